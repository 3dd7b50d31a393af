from typing import Literal

ActivityTaskTimeoutType = Literal[
    "deadline_exceeded", "heartbeat", "schedule_to_close", "schedule_to_start", "start_to_close"
]

ACTIVITY_TASK_TIMEOUT_TYPE_VALUES: set[ActivityTaskTimeoutType] = {
    "deadline_exceeded",
    "heartbeat",
    "schedule_to_close",
    "schedule_to_start",
    "start_to_close",
}


def check_activity_task_timeout_type(value: str) -> ActivityTaskTimeoutType:
    if value in ACTIVITY_TASK_TIMEOUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVITY_TASK_TIMEOUT_TYPE_VALUES!r}"
    )
