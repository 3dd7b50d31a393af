from typing import Literal

LocalActivityOutcome = Literal["cancelled", "completed", "failed", "timed_out"]

LOCAL_ACTIVITY_OUTCOME_VALUES: set[LocalActivityOutcome] = {
    "cancelled",
    "completed",
    "failed",
    "timed_out",
}


def check_local_activity_outcome(value: str) -> LocalActivityOutcome:
    if value in LOCAL_ACTIVITY_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_ACTIVITY_OUTCOME_VALUES!r}"
    )
