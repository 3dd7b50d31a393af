from typing import Literal

WorkflowCommandCancellationPolicy = Literal["abandon", "try_cancel", "wait_cancellation_completed"]

WORKFLOW_COMMAND_CANCELLATION_POLICY_VALUES: set[WorkflowCommandCancellationPolicy] = {
    "abandon",
    "try_cancel",
    "wait_cancellation_completed",
}


def check_workflow_command_cancellation_policy(value: str) -> WorkflowCommandCancellationPolicy:
    if value in WORKFLOW_COMMAND_CANCELLATION_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_COMMAND_CANCELLATION_POLICY_VALUES!r}"
    )
