from typing import Literal

WorkflowStatusBucket = Literal["completed", "failed", "running"]

WORKFLOW_STATUS_BUCKET_VALUES: set[WorkflowStatusBucket] = {
    "completed",
    "failed",
    "running",
}


def check_workflow_status_bucket(value: str) -> WorkflowStatusBucket:
    if value in WORKFLOW_STATUS_BUCKET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_STATUS_BUCKET_VALUES!r}"
    )
