from typing import Literal

WorkflowTaskTaskKind = Literal["workflow"]

WORKFLOW_TASK_TASK_KIND_VALUES: set[WorkflowTaskTaskKind] = {
    "workflow",
}


def check_workflow_task_task_kind(value: str) -> WorkflowTaskTaskKind:
    if value in WORKFLOW_TASK_TASK_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_TASK_TASK_KIND_VALUES!r}"
    )
