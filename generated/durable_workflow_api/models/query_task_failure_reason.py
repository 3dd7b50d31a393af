from typing import Literal

QueryTaskFailureReason = Literal[
    "invalid_query_arguments",
    "query_payload_decode_failed",
    "query_rejected",
    "query_result_completion_failed",
    "query_result_encode_failed",
    "query_workflow_state_unavailable",
    "query_workflow_type_not_registered",
    "rejected_unknown_query",
]

QUERY_TASK_FAILURE_REASON_VALUES: set[QueryTaskFailureReason] = {
    "invalid_query_arguments",
    "query_payload_decode_failed",
    "query_rejected",
    "query_result_completion_failed",
    "query_result_encode_failed",
    "query_workflow_state_unavailable",
    "query_workflow_type_not_registered",
    "rejected_unknown_query",
}


def check_query_task_failure_reason(value: str) -> QueryTaskFailureReason:
    if value in QUERY_TASK_FAILURE_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_TASK_FAILURE_REASON_VALUES!r}"
    )
