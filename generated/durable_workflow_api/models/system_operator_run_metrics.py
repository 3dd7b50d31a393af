from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemOperatorRunMetrics")


@_attrs_define
class SystemOperatorRunMetrics:
    """Run counters."""

    total: int | Unset = UNSET
    current: int | Unset = UNSET
    running: int | Unset = UNSET
    completed: int | Unset = UNSET
    failed: int | Unset = UNSET
    cancelled: int | Unset = UNSET
    terminated: int | Unset = UNSET
    archived: int | Unset = UNSET
    repair_needed: int | Unset = UNSET
    max_repair_needed_age_ms: int | Unset = UNSET
    claim_failed: int | Unset = UNSET
    compatibility_blocked: int | Unset = UNSET
    waiting: int | Unset = UNSET
    max_wait_age_ms: int | Unset = UNSET
    oldest_repair_needed_at: None | str | Unset = UNSET
    oldest_wait_started_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        current = self.current

        running = self.running

        completed = self.completed

        failed = self.failed

        cancelled = self.cancelled

        terminated = self.terminated

        archived = self.archived

        repair_needed = self.repair_needed

        max_repair_needed_age_ms = self.max_repair_needed_age_ms

        claim_failed = self.claim_failed

        compatibility_blocked = self.compatibility_blocked

        waiting = self.waiting

        max_wait_age_ms = self.max_wait_age_ms

        oldest_repair_needed_at: None | str | Unset
        if isinstance(self.oldest_repair_needed_at, Unset):
            oldest_repair_needed_at = UNSET
        else:
            oldest_repair_needed_at = self.oldest_repair_needed_at

        oldest_wait_started_at: None | str | Unset
        if isinstance(self.oldest_wait_started_at, Unset):
            oldest_wait_started_at = UNSET
        else:
            oldest_wait_started_at = self.oldest_wait_started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if current is not UNSET:
            field_dict["current"] = current
        if running is not UNSET:
            field_dict["running"] = running
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if terminated is not UNSET:
            field_dict["terminated"] = terminated
        if archived is not UNSET:
            field_dict["archived"] = archived
        if repair_needed is not UNSET:
            field_dict["repair_needed"] = repair_needed
        if max_repair_needed_age_ms is not UNSET:
            field_dict["max_repair_needed_age_ms"] = max_repair_needed_age_ms
        if claim_failed is not UNSET:
            field_dict["claim_failed"] = claim_failed
        if compatibility_blocked is not UNSET:
            field_dict["compatibility_blocked"] = compatibility_blocked
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if max_wait_age_ms is not UNSET:
            field_dict["max_wait_age_ms"] = max_wait_age_ms
        if oldest_repair_needed_at is not UNSET:
            field_dict["oldest_repair_needed_at"] = oldest_repair_needed_at
        if oldest_wait_started_at is not UNSET:
            field_dict["oldest_wait_started_at"] = oldest_wait_started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        current = d.pop("current", UNSET)

        running = d.pop("running", UNSET)

        completed = d.pop("completed", UNSET)

        failed = d.pop("failed", UNSET)

        cancelled = d.pop("cancelled", UNSET)

        terminated = d.pop("terminated", UNSET)

        archived = d.pop("archived", UNSET)

        repair_needed = d.pop("repair_needed", UNSET)

        max_repair_needed_age_ms = d.pop("max_repair_needed_age_ms", UNSET)

        claim_failed = d.pop("claim_failed", UNSET)

        compatibility_blocked = d.pop("compatibility_blocked", UNSET)

        waiting = d.pop("waiting", UNSET)

        max_wait_age_ms = d.pop("max_wait_age_ms", UNSET)

        def _parse_oldest_repair_needed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_repair_needed_at = _parse_oldest_repair_needed_at(
            d.pop("oldest_repair_needed_at", UNSET)
        )

        def _parse_oldest_wait_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_wait_started_at = _parse_oldest_wait_started_at(
            d.pop("oldest_wait_started_at", UNSET)
        )

        system_operator_run_metrics = cls(
            total=total,
            current=current,
            running=running,
            completed=completed,
            failed=failed,
            cancelled=cancelled,
            terminated=terminated,
            archived=archived,
            repair_needed=repair_needed,
            max_repair_needed_age_ms=max_repair_needed_age_ms,
            claim_failed=claim_failed,
            compatibility_blocked=compatibility_blocked,
            waiting=waiting,
            max_wait_age_ms=max_wait_age_ms,
            oldest_repair_needed_at=oldest_repair_needed_at,
            oldest_wait_started_at=oldest_wait_started_at,
        )

        system_operator_run_metrics.additional_properties = d
        return system_operator_run_metrics

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
