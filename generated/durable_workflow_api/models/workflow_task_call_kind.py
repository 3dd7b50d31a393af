from typing import Literal

WorkflowTaskCallKind = Literal[
    "activity",
    "child",
    "condition",
    "local_activity",
    "parallel",
    "selection_handle",
    "service_operation",
    "signal",
    "timer",
]

WORKFLOW_TASK_CALL_KIND_VALUES: set[WorkflowTaskCallKind] = {
    "activity",
    "child",
    "condition",
    "local_activity",
    "parallel",
    "selection_handle",
    "service_operation",
    "signal",
    "timer",
}


def check_workflow_task_call_kind(value: str) -> WorkflowTaskCallKind:
    if value in WORKFLOW_TASK_CALL_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_TASK_CALL_KIND_VALUES!r}"
    )
