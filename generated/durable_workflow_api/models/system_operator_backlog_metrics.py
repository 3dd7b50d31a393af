from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemOperatorBacklogMetrics")


@_attrs_define
class SystemOperatorBacklogMetrics:
    """Backlog counters."""

    runnable_tasks: int | Unset = UNSET
    delayed_tasks: int | Unset = UNSET
    leased_tasks: int | Unset = UNSET
    retrying_activities: int | Unset = UNSET
    unhealthy_tasks: int | Unset = UNSET
    repair_needed_runs: int | Unset = UNSET
    claim_failed_runs: int | Unset = UNSET
    compatibility_blocked_runs: int | Unset = UNSET
    max_compatibility_blocked_age_ms: int | Unset = UNSET
    oldest_compatibility_blocked_started_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        runnable_tasks = self.runnable_tasks

        delayed_tasks = self.delayed_tasks

        leased_tasks = self.leased_tasks

        retrying_activities = self.retrying_activities

        unhealthy_tasks = self.unhealthy_tasks

        repair_needed_runs = self.repair_needed_runs

        claim_failed_runs = self.claim_failed_runs

        compatibility_blocked_runs = self.compatibility_blocked_runs

        max_compatibility_blocked_age_ms = self.max_compatibility_blocked_age_ms

        oldest_compatibility_blocked_started_at: None | str | Unset
        if isinstance(self.oldest_compatibility_blocked_started_at, Unset):
            oldest_compatibility_blocked_started_at = UNSET
        else:
            oldest_compatibility_blocked_started_at = self.oldest_compatibility_blocked_started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if runnable_tasks is not UNSET:
            field_dict["runnable_tasks"] = runnable_tasks
        if delayed_tasks is not UNSET:
            field_dict["delayed_tasks"] = delayed_tasks
        if leased_tasks is not UNSET:
            field_dict["leased_tasks"] = leased_tasks
        if retrying_activities is not UNSET:
            field_dict["retrying_activities"] = retrying_activities
        if unhealthy_tasks is not UNSET:
            field_dict["unhealthy_tasks"] = unhealthy_tasks
        if repair_needed_runs is not UNSET:
            field_dict["repair_needed_runs"] = repair_needed_runs
        if claim_failed_runs is not UNSET:
            field_dict["claim_failed_runs"] = claim_failed_runs
        if compatibility_blocked_runs is not UNSET:
            field_dict["compatibility_blocked_runs"] = compatibility_blocked_runs
        if max_compatibility_blocked_age_ms is not UNSET:
            field_dict["max_compatibility_blocked_age_ms"] = max_compatibility_blocked_age_ms
        if oldest_compatibility_blocked_started_at is not UNSET:
            field_dict["oldest_compatibility_blocked_started_at"] = (
                oldest_compatibility_blocked_started_at
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        runnable_tasks = d.pop("runnable_tasks", UNSET)

        delayed_tasks = d.pop("delayed_tasks", UNSET)

        leased_tasks = d.pop("leased_tasks", UNSET)

        retrying_activities = d.pop("retrying_activities", UNSET)

        unhealthy_tasks = d.pop("unhealthy_tasks", UNSET)

        repair_needed_runs = d.pop("repair_needed_runs", UNSET)

        claim_failed_runs = d.pop("claim_failed_runs", UNSET)

        compatibility_blocked_runs = d.pop("compatibility_blocked_runs", UNSET)

        max_compatibility_blocked_age_ms = d.pop("max_compatibility_blocked_age_ms", UNSET)

        def _parse_oldest_compatibility_blocked_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_compatibility_blocked_started_at = _parse_oldest_compatibility_blocked_started_at(
            d.pop("oldest_compatibility_blocked_started_at", UNSET)
        )

        system_operator_backlog_metrics = cls(
            runnable_tasks=runnable_tasks,
            delayed_tasks=delayed_tasks,
            leased_tasks=leased_tasks,
            retrying_activities=retrying_activities,
            unhealthy_tasks=unhealthy_tasks,
            repair_needed_runs=repair_needed_runs,
            claim_failed_runs=claim_failed_runs,
            compatibility_blocked_runs=compatibility_blocked_runs,
            max_compatibility_blocked_age_ms=max_compatibility_blocked_age_ms,
            oldest_compatibility_blocked_started_at=oldest_compatibility_blocked_started_at,
        )

        system_operator_backlog_metrics.additional_properties = d
        return system_operator_backlog_metrics

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
