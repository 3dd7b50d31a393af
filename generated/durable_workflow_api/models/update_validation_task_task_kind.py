from typing import Literal

UpdateValidationTaskTaskKind = Literal["update_validation"]

UPDATE_VALIDATION_TASK_TASK_KIND_VALUES: set[UpdateValidationTaskTaskKind] = {
    "update_validation",
}


def check_update_validation_task_task_kind(value: str) -> UpdateValidationTaskTaskKind:
    if value in UPDATE_VALIDATION_TASK_TASK_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VALIDATION_TASK_TASK_KIND_VALUES!r}"
    )
