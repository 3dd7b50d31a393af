from typing import Literal

UpdateValidationTaskFailureReasonType0 = Literal[
    "update_validation_worker_failed", "update_validator_rejected"
]

UPDATE_VALIDATION_TASK_FAILURE_REASON_TYPE_0_VALUES: set[UpdateValidationTaskFailureReasonType0] = {
    "update_validation_worker_failed",
    "update_validator_rejected",
}


def check_update_validation_task_failure_reason_type_0(
    value: str,
) -> UpdateValidationTaskFailureReasonType0:
    if value in UPDATE_VALIDATION_TASK_FAILURE_REASON_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VALIDATION_TASK_FAILURE_REASON_TYPE_0_VALUES!r}"
    )
