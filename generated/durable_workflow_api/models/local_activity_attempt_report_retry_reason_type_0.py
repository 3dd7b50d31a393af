from typing import Literal

LocalActivityAttemptReportRetryReasonType0 = Literal["cold_replay", "failure", "timeout"]

LOCAL_ACTIVITY_ATTEMPT_REPORT_RETRY_REASON_TYPE_0_VALUES: set[
    LocalActivityAttemptReportRetryReasonType0
] = {
    "cold_replay",
    "failure",
    "timeout",
}


def check_local_activity_attempt_report_retry_reason_type_0(
    value: str,
) -> LocalActivityAttemptReportRetryReasonType0:
    if value in LOCAL_ACTIVITY_ATTEMPT_REPORT_RETRY_REASON_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_ACTIVITY_ATTEMPT_REPORT_RETRY_REASON_TYPE_0_VALUES!r}"
    )
