from typing import Literal

LocalActivityTimeoutKind = Literal["heartbeat", "schedule_to_close", "start_to_close"]

LOCAL_ACTIVITY_TIMEOUT_KIND_VALUES: set[LocalActivityTimeoutKind] = {
    "heartbeat",
    "schedule_to_close",
    "start_to_close",
}


def check_local_activity_timeout_kind(value: str) -> LocalActivityTimeoutKind:
    if value in LOCAL_ACTIVITY_TIMEOUT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_ACTIVITY_TIMEOUT_KIND_VALUES!r}"
    )
