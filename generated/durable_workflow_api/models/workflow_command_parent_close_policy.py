from typing import Literal

WorkflowCommandParentClosePolicy = Literal[
    "abandon", "request_cancel", "request_cancellation", "terminate"
]

WORKFLOW_COMMAND_PARENT_CLOSE_POLICY_VALUES: set[WorkflowCommandParentClosePolicy] = {
    "abandon",
    "request_cancel",
    "request_cancellation",
    "terminate",
}


def check_workflow_command_parent_close_policy(value: str) -> WorkflowCommandParentClosePolicy:
    if value in WORKFLOW_COMMAND_PARENT_CLOSE_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_COMMAND_PARENT_CLOSE_POLICY_VALUES!r}"
    )
