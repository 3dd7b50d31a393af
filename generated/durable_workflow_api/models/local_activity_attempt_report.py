from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_activity_attempt_report_retry_reason_type_0 import (
    LocalActivityAttemptReportRetryReasonType0,
    check_local_activity_attempt_report_retry_reason_type_0,
)
from ..models.local_activity_outcome import LocalActivityOutcome, check_local_activity_outcome
from ..models.local_activity_timeout_kind import (
    LocalActivityTimeoutKind,
    check_local_activity_timeout_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_activity_heartbeat_report import LocalActivityHeartbeatReport


T = TypeVar("T", bound="LocalActivityAttemptReport")


@_attrs_define
class LocalActivityAttemptReport:
    """One attempt of a local activity (attempt numbers contiguous from 1)."""

    attempt_number: int
    outcome: LocalActivityOutcome
    attempt_id: str | Unset = UNSET
    """ The worker's own attempt id (kept apart from the server's durable id). """
    duration_ms: int | Unset = UNSET
    message: None | str | Unset = UNSET
    exception_type: None | str | Unset = UNSET
    non_retryable: bool | None | Unset = UNSET
    timeout_kind: LocalActivityTimeoutKind | None | Unset = UNSET
    retry_reason: LocalActivityAttemptReportRetryReasonType0 | None | Unset = UNSET
    backoff_seconds: int | None | Unset = UNSET
    heartbeats: list[LocalActivityHeartbeatReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt_number = self.attempt_number

        outcome: str = self.outcome

        attempt_id = self.attempt_id

        duration_ms = self.duration_ms

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        exception_type: None | str | Unset
        if isinstance(self.exception_type, Unset):
            exception_type = UNSET
        else:
            exception_type = self.exception_type

        non_retryable: bool | None | Unset
        if isinstance(self.non_retryable, Unset):
            non_retryable = UNSET
        else:
            non_retryable = self.non_retryable

        timeout_kind: None | str | Unset
        if isinstance(self.timeout_kind, Unset):
            timeout_kind = UNSET
        elif isinstance(self.timeout_kind, str):
            timeout_kind = self.timeout_kind
        else:
            timeout_kind = self.timeout_kind

        retry_reason: None | str | Unset
        if isinstance(self.retry_reason, Unset):
            retry_reason = UNSET
        elif isinstance(self.retry_reason, str):
            retry_reason = self.retry_reason
        else:
            retry_reason = self.retry_reason

        backoff_seconds: int | None | Unset
        if isinstance(self.backoff_seconds, Unset):
            backoff_seconds = UNSET
        else:
            backoff_seconds = self.backoff_seconds

        heartbeats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.heartbeats, Unset):
            heartbeats = []
            for heartbeats_item_data in self.heartbeats:
                heartbeats_item = heartbeats_item_data.to_dict()
                heartbeats.append(heartbeats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt_number": attempt_number,
                "outcome": outcome,
            }
        )
        if attempt_id is not UNSET:
            field_dict["attempt_id"] = attempt_id
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if message is not UNSET:
            field_dict["message"] = message
        if exception_type is not UNSET:
            field_dict["exception_type"] = exception_type
        if non_retryable is not UNSET:
            field_dict["non_retryable"] = non_retryable
        if timeout_kind is not UNSET:
            field_dict["timeout_kind"] = timeout_kind
        if retry_reason is not UNSET:
            field_dict["retry_reason"] = retry_reason
        if backoff_seconds is not UNSET:
            field_dict["backoff_seconds"] = backoff_seconds
        if heartbeats is not UNSET:
            field_dict["heartbeats"] = heartbeats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.local_activity_heartbeat_report import LocalActivityHeartbeatReport

        d = dict(src_dict)
        attempt_number = d.pop("attempt_number")

        outcome = check_local_activity_outcome(d.pop("outcome"))

        attempt_id = d.pop("attempt_id", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_exception_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_type = _parse_exception_type(d.pop("exception_type", UNSET))

        def _parse_non_retryable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        non_retryable = _parse_non_retryable(d.pop("non_retryable", UNSET))

        def _parse_timeout_kind(data: object) -> LocalActivityTimeoutKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timeout_kind_type_0 = check_local_activity_timeout_kind(data)

                return timeout_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalActivityTimeoutKind | None | Unset, data)

        timeout_kind = _parse_timeout_kind(d.pop("timeout_kind", UNSET))

        def _parse_retry_reason(
            data: object,
        ) -> LocalActivityAttemptReportRetryReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_reason_type_0 = check_local_activity_attempt_report_retry_reason_type_0(data)

                return retry_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalActivityAttemptReportRetryReasonType0 | None | Unset, data)

        retry_reason = _parse_retry_reason(d.pop("retry_reason", UNSET))

        def _parse_backoff_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        backoff_seconds = _parse_backoff_seconds(d.pop("backoff_seconds", UNSET))

        _heartbeats = d.pop("heartbeats", UNSET)
        heartbeats: list[LocalActivityHeartbeatReport] | Unset = UNSET
        if _heartbeats is not UNSET:
            heartbeats = []
            for heartbeats_item_data in _heartbeats:
                heartbeats_item = LocalActivityHeartbeatReport.from_dict(heartbeats_item_data)

                heartbeats.append(heartbeats_item)

        local_activity_attempt_report = cls(
            attempt_number=attempt_number,
            outcome=outcome,
            attempt_id=attempt_id,
            duration_ms=duration_ms,
            message=message,
            exception_type=exception_type,
            non_retryable=non_retryable,
            timeout_kind=timeout_kind,
            retry_reason=retry_reason,
            backoff_seconds=backoff_seconds,
            heartbeats=heartbeats,
        )

        local_activity_attempt_report.additional_properties = d
        return local_activity_attempt_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
