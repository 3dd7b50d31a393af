from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemOperatorActivityMetrics")


@_attrs_define
class SystemOperatorActivityMetrics:
    """Activity counters."""

    open_: int | Unset = UNSET
    pending: int | Unset = UNSET
    running: int | Unset = UNSET
    retrying: int | Unset = UNSET
    max_retrying_age_ms: int | Unset = UNSET
    timeout_overdue: int | Unset = UNSET
    max_timeout_overdue_age_ms: int | Unset = UNSET
    failed_attempts: int | Unset = UNSET
    max_attempt_count: int | Unset = UNSET
    oldest_retrying_started_at: None | str | Unset = UNSET
    oldest_timeout_overdue_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = self.open_

        pending = self.pending

        running = self.running

        retrying = self.retrying

        max_retrying_age_ms = self.max_retrying_age_ms

        timeout_overdue = self.timeout_overdue

        max_timeout_overdue_age_ms = self.max_timeout_overdue_age_ms

        failed_attempts = self.failed_attempts

        max_attempt_count = self.max_attempt_count

        oldest_retrying_started_at: None | str | Unset
        if isinstance(self.oldest_retrying_started_at, Unset):
            oldest_retrying_started_at = UNSET
        else:
            oldest_retrying_started_at = self.oldest_retrying_started_at

        oldest_timeout_overdue_at: None | str | Unset
        if isinstance(self.oldest_timeout_overdue_at, Unset):
            oldest_timeout_overdue_at = UNSET
        else:
            oldest_timeout_overdue_at = self.oldest_timeout_overdue_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if pending is not UNSET:
            field_dict["pending"] = pending
        if running is not UNSET:
            field_dict["running"] = running
        if retrying is not UNSET:
            field_dict["retrying"] = retrying
        if max_retrying_age_ms is not UNSET:
            field_dict["max_retrying_age_ms"] = max_retrying_age_ms
        if timeout_overdue is not UNSET:
            field_dict["timeout_overdue"] = timeout_overdue
        if max_timeout_overdue_age_ms is not UNSET:
            field_dict["max_timeout_overdue_age_ms"] = max_timeout_overdue_age_ms
        if failed_attempts is not UNSET:
            field_dict["failed_attempts"] = failed_attempts
        if max_attempt_count is not UNSET:
            field_dict["max_attempt_count"] = max_attempt_count
        if oldest_retrying_started_at is not UNSET:
            field_dict["oldest_retrying_started_at"] = oldest_retrying_started_at
        if oldest_timeout_overdue_at is not UNSET:
            field_dict["oldest_timeout_overdue_at"] = oldest_timeout_overdue_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        open_ = d.pop("open", UNSET)

        pending = d.pop("pending", UNSET)

        running = d.pop("running", UNSET)

        retrying = d.pop("retrying", UNSET)

        max_retrying_age_ms = d.pop("max_retrying_age_ms", UNSET)

        timeout_overdue = d.pop("timeout_overdue", UNSET)

        max_timeout_overdue_age_ms = d.pop("max_timeout_overdue_age_ms", UNSET)

        failed_attempts = d.pop("failed_attempts", UNSET)

        max_attempt_count = d.pop("max_attempt_count", UNSET)

        def _parse_oldest_retrying_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_retrying_started_at = _parse_oldest_retrying_started_at(
            d.pop("oldest_retrying_started_at", UNSET)
        )

        def _parse_oldest_timeout_overdue_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_timeout_overdue_at = _parse_oldest_timeout_overdue_at(
            d.pop("oldest_timeout_overdue_at", UNSET)
        )

        system_operator_activity_metrics = cls(
            open_=open_,
            pending=pending,
            running=running,
            retrying=retrying,
            max_retrying_age_ms=max_retrying_age_ms,
            timeout_overdue=timeout_overdue,
            max_timeout_overdue_age_ms=max_timeout_overdue_age_ms,
            failed_attempts=failed_attempts,
            max_attempt_count=max_attempt_count,
            oldest_retrying_started_at=oldest_retrying_started_at,
            oldest_timeout_overdue_at=oldest_timeout_overdue_at,
        )

        system_operator_activity_metrics.additional_properties = d
        return system_operator_activity_metrics

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
