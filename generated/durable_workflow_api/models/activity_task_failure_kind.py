from typing import Literal

ActivityTaskFailureKind = Literal[
    "application",
    "cancellation",
    "decode_failure",
    "handler_crash",
    "malformed_output",
    "timeout",
    "unsupported_payload",
]

ACTIVITY_TASK_FAILURE_KIND_VALUES: set[ActivityTaskFailureKind] = {
    "application",
    "cancellation",
    "decode_failure",
    "handler_crash",
    "malformed_output",
    "timeout",
    "unsupported_payload",
}


def check_activity_task_failure_kind(value: str) -> ActivityTaskFailureKind:
    if value in ACTIVITY_TASK_FAILURE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVITY_TASK_FAILURE_KIND_VALUES!r}"
    )
