from typing import Literal

UpdateWorkflowWaitFor = Literal["accepted", "completed"]

UPDATE_WORKFLOW_WAIT_FOR_VALUES: set[UpdateWorkflowWaitFor] = {
    "accepted",
    "completed",
}


def check_update_workflow_wait_for(value: str) -> UpdateWorkflowWaitFor:
    if value in UPDATE_WORKFLOW_WAIT_FOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_WORKFLOW_WAIT_FOR_VALUES!r}"
    )
