from typing import Literal

ScheduleStatusFilter = Literal["active", "paused"]

SCHEDULE_STATUS_FILTER_VALUES: set[ScheduleStatusFilter] = {
    "active",
    "paused",
}


def check_schedule_status_filter(value: str) -> ScheduleStatusFilter:
    if value in SCHEDULE_STATUS_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULE_STATUS_FILTER_VALUES!r}"
    )
