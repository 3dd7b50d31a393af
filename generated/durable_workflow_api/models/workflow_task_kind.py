from typing import Literal

WorkflowTaskKind = Literal["update_validation", "workflow"]

WORKFLOW_TASK_KIND_VALUES: set[WorkflowTaskKind] = {
    "update_validation",
    "workflow",
}


def check_workflow_task_kind(value: str) -> WorkflowTaskKind:
    if value in WORKFLOW_TASK_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_TASK_KIND_VALUES!r}")
