from typing import Literal

GetWorkflowRunHistoryWaitNewEvent = Literal["0", "1"]

GET_WORKFLOW_RUN_HISTORY_WAIT_NEW_EVENT_VALUES: set[GetWorkflowRunHistoryWaitNewEvent] = {
    "0",
    "1",
}


def check_get_workflow_run_history_wait_new_event(value: str) -> GetWorkflowRunHistoryWaitNewEvent:
    if value in GET_WORKFLOW_RUN_HISTORY_WAIT_NEW_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WORKFLOW_RUN_HISTORY_WAIT_NEW_EVENT_VALUES!r}"
    )
