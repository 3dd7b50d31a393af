from typing import Literal

ScheduleOverlapPolicy = Literal[
    "allow_all", "buffer_all", "buffer_one", "cancel_other", "skip", "terminate_other"
]

SCHEDULE_OVERLAP_POLICY_VALUES: set[ScheduleOverlapPolicy] = {
    "allow_all",
    "buffer_all",
    "buffer_one",
    "cancel_other",
    "skip",
    "terminate_other",
}


def check_schedule_overlap_policy(value: str) -> ScheduleOverlapPolicy:
    if value in SCHEDULE_OVERLAP_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULE_OVERLAP_POLICY_VALUES!r}"
    )
