from typing import Literal

StartWorkflowDuplicatePolicy = Literal["fail", "use-existing"]

START_WORKFLOW_DUPLICATE_POLICY_VALUES: set[StartWorkflowDuplicatePolicy] = {
    "fail",
    "use-existing",
}


def check_start_workflow_duplicate_policy(value: str) -> StartWorkflowDuplicatePolicy:
    if value in START_WORKFLOW_DUPLICATE_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_WORKFLOW_DUPLICATE_POLICY_VALUES!r}"
    )
