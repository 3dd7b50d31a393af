from typing import Literal

WorkflowCommandStartServiceOperationWaitForType0 = Literal["accepted", "completed"]

WORKFLOW_COMMAND_START_SERVICE_OPERATION_WAIT_FOR_TYPE_0_VALUES: set[
    WorkflowCommandStartServiceOperationWaitForType0
] = {
    "accepted",
    "completed",
}


def check_workflow_command_start_service_operation_wait_for_type_0(
    value: str,
) -> WorkflowCommandStartServiceOperationWaitForType0:
    if value in WORKFLOW_COMMAND_START_SERVICE_OPERATION_WAIT_FOR_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_COMMAND_START_SERVICE_OPERATION_WAIT_FOR_TYPE_0_VALUES!r}"
    )
