from typing import Literal

WorkflowCommandStartServiceOperationModeOverrideType0 = Literal["async", "sync"]

WORKFLOW_COMMAND_START_SERVICE_OPERATION_MODE_OVERRIDE_TYPE_0_VALUES: set[
    WorkflowCommandStartServiceOperationModeOverrideType0
] = {
    "async",
    "sync",
}


def check_workflow_command_start_service_operation_mode_override_type_0(
    value: str,
) -> WorkflowCommandStartServiceOperationModeOverrideType0:
    if value in WORKFLOW_COMMAND_START_SERVICE_OPERATION_MODE_OVERRIDE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_COMMAND_START_SERVICE_OPERATION_MODE_OVERRIDE_TYPE_0_VALUES!r}"
    )
