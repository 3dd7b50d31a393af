from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemOperatorTaskMetrics")


@_attrs_define
class SystemOperatorTaskMetrics:
    """Task counters."""

    open_: int | Unset = UNSET
    ready: int | Unset = UNSET
    ready_due: int | Unset = UNSET
    delayed: int | Unset = UNSET
    leased: int | Unset = UNSET
    dispatch_failed: int | Unset = UNSET
    claim_failed: int | Unset = UNSET
    dispatch_overdue: int | Unset = UNSET
    lease_expired: int | Unset = UNSET
    max_lease_expired_age_ms: int | Unset = UNSET
    max_ready_due_age_ms: int | Unset = UNSET
    max_dispatch_overdue_age_ms: int | Unset = UNSET
    max_claim_failed_age_ms: int | Unset = UNSET
    max_dispatch_failed_age_ms: int | Unset = UNSET
    unhealthy: int | Unset = UNSET
    max_unhealthy_age_ms: int | Unset = UNSET
    oldest_lease_expired_at: None | str | Unset = UNSET
    oldest_ready_due_at: None | str | Unset = UNSET
    oldest_dispatch_overdue_since: None | str | Unset = UNSET
    oldest_claim_failed_at: None | str | Unset = UNSET
    oldest_dispatch_failed_at: None | str | Unset = UNSET
    oldest_unhealthy_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = self.open_

        ready = self.ready

        ready_due = self.ready_due

        delayed = self.delayed

        leased = self.leased

        dispatch_failed = self.dispatch_failed

        claim_failed = self.claim_failed

        dispatch_overdue = self.dispatch_overdue

        lease_expired = self.lease_expired

        max_lease_expired_age_ms = self.max_lease_expired_age_ms

        max_ready_due_age_ms = self.max_ready_due_age_ms

        max_dispatch_overdue_age_ms = self.max_dispatch_overdue_age_ms

        max_claim_failed_age_ms = self.max_claim_failed_age_ms

        max_dispatch_failed_age_ms = self.max_dispatch_failed_age_ms

        unhealthy = self.unhealthy

        max_unhealthy_age_ms = self.max_unhealthy_age_ms

        oldest_lease_expired_at: None | str | Unset
        if isinstance(self.oldest_lease_expired_at, Unset):
            oldest_lease_expired_at = UNSET
        else:
            oldest_lease_expired_at = self.oldest_lease_expired_at

        oldest_ready_due_at: None | str | Unset
        if isinstance(self.oldest_ready_due_at, Unset):
            oldest_ready_due_at = UNSET
        else:
            oldest_ready_due_at = self.oldest_ready_due_at

        oldest_dispatch_overdue_since: None | str | Unset
        if isinstance(self.oldest_dispatch_overdue_since, Unset):
            oldest_dispatch_overdue_since = UNSET
        else:
            oldest_dispatch_overdue_since = self.oldest_dispatch_overdue_since

        oldest_claim_failed_at: None | str | Unset
        if isinstance(self.oldest_claim_failed_at, Unset):
            oldest_claim_failed_at = UNSET
        else:
            oldest_claim_failed_at = self.oldest_claim_failed_at

        oldest_dispatch_failed_at: None | str | Unset
        if isinstance(self.oldest_dispatch_failed_at, Unset):
            oldest_dispatch_failed_at = UNSET
        else:
            oldest_dispatch_failed_at = self.oldest_dispatch_failed_at

        oldest_unhealthy_at: None | str | Unset
        if isinstance(self.oldest_unhealthy_at, Unset):
            oldest_unhealthy_at = UNSET
        else:
            oldest_unhealthy_at = self.oldest_unhealthy_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if ready is not UNSET:
            field_dict["ready"] = ready
        if ready_due is not UNSET:
            field_dict["ready_due"] = ready_due
        if delayed is not UNSET:
            field_dict["delayed"] = delayed
        if leased is not UNSET:
            field_dict["leased"] = leased
        if dispatch_failed is not UNSET:
            field_dict["dispatch_failed"] = dispatch_failed
        if claim_failed is not UNSET:
            field_dict["claim_failed"] = claim_failed
        if dispatch_overdue is not UNSET:
            field_dict["dispatch_overdue"] = dispatch_overdue
        if lease_expired is not UNSET:
            field_dict["lease_expired"] = lease_expired
        if max_lease_expired_age_ms is not UNSET:
            field_dict["max_lease_expired_age_ms"] = max_lease_expired_age_ms
        if max_ready_due_age_ms is not UNSET:
            field_dict["max_ready_due_age_ms"] = max_ready_due_age_ms
        if max_dispatch_overdue_age_ms is not UNSET:
            field_dict["max_dispatch_overdue_age_ms"] = max_dispatch_overdue_age_ms
        if max_claim_failed_age_ms is not UNSET:
            field_dict["max_claim_failed_age_ms"] = max_claim_failed_age_ms
        if max_dispatch_failed_age_ms is not UNSET:
            field_dict["max_dispatch_failed_age_ms"] = max_dispatch_failed_age_ms
        if unhealthy is not UNSET:
            field_dict["unhealthy"] = unhealthy
        if max_unhealthy_age_ms is not UNSET:
            field_dict["max_unhealthy_age_ms"] = max_unhealthy_age_ms
        if oldest_lease_expired_at is not UNSET:
            field_dict["oldest_lease_expired_at"] = oldest_lease_expired_at
        if oldest_ready_due_at is not UNSET:
            field_dict["oldest_ready_due_at"] = oldest_ready_due_at
        if oldest_dispatch_overdue_since is not UNSET:
            field_dict["oldest_dispatch_overdue_since"] = oldest_dispatch_overdue_since
        if oldest_claim_failed_at is not UNSET:
            field_dict["oldest_claim_failed_at"] = oldest_claim_failed_at
        if oldest_dispatch_failed_at is not UNSET:
            field_dict["oldest_dispatch_failed_at"] = oldest_dispatch_failed_at
        if oldest_unhealthy_at is not UNSET:
            field_dict["oldest_unhealthy_at"] = oldest_unhealthy_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        open_ = d.pop("open", UNSET)

        ready = d.pop("ready", UNSET)

        ready_due = d.pop("ready_due", UNSET)

        delayed = d.pop("delayed", UNSET)

        leased = d.pop("leased", UNSET)

        dispatch_failed = d.pop("dispatch_failed", UNSET)

        claim_failed = d.pop("claim_failed", UNSET)

        dispatch_overdue = d.pop("dispatch_overdue", UNSET)

        lease_expired = d.pop("lease_expired", UNSET)

        max_lease_expired_age_ms = d.pop("max_lease_expired_age_ms", UNSET)

        max_ready_due_age_ms = d.pop("max_ready_due_age_ms", UNSET)

        max_dispatch_overdue_age_ms = d.pop("max_dispatch_overdue_age_ms", UNSET)

        max_claim_failed_age_ms = d.pop("max_claim_failed_age_ms", UNSET)

        max_dispatch_failed_age_ms = d.pop("max_dispatch_failed_age_ms", UNSET)

        unhealthy = d.pop("unhealthy", UNSET)

        max_unhealthy_age_ms = d.pop("max_unhealthy_age_ms", UNSET)

        def _parse_oldest_lease_expired_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_lease_expired_at = _parse_oldest_lease_expired_at(
            d.pop("oldest_lease_expired_at", UNSET)
        )

        def _parse_oldest_ready_due_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_ready_due_at = _parse_oldest_ready_due_at(d.pop("oldest_ready_due_at", UNSET))

        def _parse_oldest_dispatch_overdue_since(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_dispatch_overdue_since = _parse_oldest_dispatch_overdue_since(
            d.pop("oldest_dispatch_overdue_since", UNSET)
        )

        def _parse_oldest_claim_failed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_claim_failed_at = _parse_oldest_claim_failed_at(
            d.pop("oldest_claim_failed_at", UNSET)
        )

        def _parse_oldest_dispatch_failed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_dispatch_failed_at = _parse_oldest_dispatch_failed_at(
            d.pop("oldest_dispatch_failed_at", UNSET)
        )

        def _parse_oldest_unhealthy_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_unhealthy_at = _parse_oldest_unhealthy_at(d.pop("oldest_unhealthy_at", UNSET))

        system_operator_task_metrics = cls(
            open_=open_,
            ready=ready,
            ready_due=ready_due,
            delayed=delayed,
            leased=leased,
            dispatch_failed=dispatch_failed,
            claim_failed=claim_failed,
            dispatch_overdue=dispatch_overdue,
            lease_expired=lease_expired,
            max_lease_expired_age_ms=max_lease_expired_age_ms,
            max_ready_due_age_ms=max_ready_due_age_ms,
            max_dispatch_overdue_age_ms=max_dispatch_overdue_age_ms,
            max_claim_failed_age_ms=max_claim_failed_age_ms,
            max_dispatch_failed_age_ms=max_dispatch_failed_age_ms,
            unhealthy=unhealthy,
            max_unhealthy_age_ms=max_unhealthy_age_ms,
            oldest_lease_expired_at=oldest_lease_expired_at,
            oldest_ready_due_at=oldest_ready_due_at,
            oldest_dispatch_overdue_since=oldest_dispatch_overdue_since,
            oldest_claim_failed_at=oldest_claim_failed_at,
            oldest_dispatch_failed_at=oldest_dispatch_failed_at,
            oldest_unhealthy_at=oldest_unhealthy_at,
        )

        system_operator_task_metrics.additional_properties = d
        return system_operator_task_metrics

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
