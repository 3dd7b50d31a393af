from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_repair_scope import SystemRepairScope


T = TypeVar("T", bound="SystemRepairCandidates")


@_attrs_define
class SystemRepairCandidates:
    """Runs and tasks that currently need repair."""

    total_candidates: int | Unset = UNSET
    existing_task_candidates: int | Unset = UNSET
    missing_task_candidates: int | Unset = UNSET
    selected_existing_task_candidates: int | Unset = UNSET
    selected_missing_task_candidates: int | Unset = UNSET
    selected_total_candidates: int | Unset = UNSET
    scan_limit: int | Unset = UNSET
    scan_strategy: str | Unset = UNSET
    existing_task_scan_limit_reached: bool | Unset = UNSET
    missing_task_scan_limit_reached: bool | Unset = UNSET
    scan_pressure: bool | Unset = UNSET
    oldest_task_candidate_created_at: None | str | Unset = UNSET
    oldest_missing_run_started_at: None | str | Unset = UNSET
    max_task_candidate_age_ms: int | Unset = UNSET
    max_missing_run_age_ms: int | Unset = UNSET
    scopes: list[SystemRepairScope] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_candidates = self.total_candidates

        existing_task_candidates = self.existing_task_candidates

        missing_task_candidates = self.missing_task_candidates

        selected_existing_task_candidates = self.selected_existing_task_candidates

        selected_missing_task_candidates = self.selected_missing_task_candidates

        selected_total_candidates = self.selected_total_candidates

        scan_limit = self.scan_limit

        scan_strategy = self.scan_strategy

        existing_task_scan_limit_reached = self.existing_task_scan_limit_reached

        missing_task_scan_limit_reached = self.missing_task_scan_limit_reached

        scan_pressure = self.scan_pressure

        oldest_task_candidate_created_at: None | str | Unset
        if isinstance(self.oldest_task_candidate_created_at, Unset):
            oldest_task_candidate_created_at = UNSET
        else:
            oldest_task_candidate_created_at = self.oldest_task_candidate_created_at

        oldest_missing_run_started_at: None | str | Unset
        if isinstance(self.oldest_missing_run_started_at, Unset):
            oldest_missing_run_started_at = UNSET
        else:
            oldest_missing_run_started_at = self.oldest_missing_run_started_at

        max_task_candidate_age_ms = self.max_task_candidate_age_ms

        max_missing_run_age_ms = self.max_missing_run_age_ms

        scopes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.to_dict()
                scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_candidates is not UNSET:
            field_dict["total_candidates"] = total_candidates
        if existing_task_candidates is not UNSET:
            field_dict["existing_task_candidates"] = existing_task_candidates
        if missing_task_candidates is not UNSET:
            field_dict["missing_task_candidates"] = missing_task_candidates
        if selected_existing_task_candidates is not UNSET:
            field_dict["selected_existing_task_candidates"] = selected_existing_task_candidates
        if selected_missing_task_candidates is not UNSET:
            field_dict["selected_missing_task_candidates"] = selected_missing_task_candidates
        if selected_total_candidates is not UNSET:
            field_dict["selected_total_candidates"] = selected_total_candidates
        if scan_limit is not UNSET:
            field_dict["scan_limit"] = scan_limit
        if scan_strategy is not UNSET:
            field_dict["scan_strategy"] = scan_strategy
        if existing_task_scan_limit_reached is not UNSET:
            field_dict["existing_task_scan_limit_reached"] = existing_task_scan_limit_reached
        if missing_task_scan_limit_reached is not UNSET:
            field_dict["missing_task_scan_limit_reached"] = missing_task_scan_limit_reached
        if scan_pressure is not UNSET:
            field_dict["scan_pressure"] = scan_pressure
        if oldest_task_candidate_created_at is not UNSET:
            field_dict["oldest_task_candidate_created_at"] = oldest_task_candidate_created_at
        if oldest_missing_run_started_at is not UNSET:
            field_dict["oldest_missing_run_started_at"] = oldest_missing_run_started_at
        if max_task_candidate_age_ms is not UNSET:
            field_dict["max_task_candidate_age_ms"] = max_task_candidate_age_ms
        if max_missing_run_age_ms is not UNSET:
            field_dict["max_missing_run_age_ms"] = max_missing_run_age_ms
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_repair_scope import SystemRepairScope

        d = dict(src_dict)
        total_candidates = d.pop("total_candidates", UNSET)

        existing_task_candidates = d.pop("existing_task_candidates", UNSET)

        missing_task_candidates = d.pop("missing_task_candidates", UNSET)

        selected_existing_task_candidates = d.pop("selected_existing_task_candidates", UNSET)

        selected_missing_task_candidates = d.pop("selected_missing_task_candidates", UNSET)

        selected_total_candidates = d.pop("selected_total_candidates", UNSET)

        scan_limit = d.pop("scan_limit", UNSET)

        scan_strategy = d.pop("scan_strategy", UNSET)

        existing_task_scan_limit_reached = d.pop("existing_task_scan_limit_reached", UNSET)

        missing_task_scan_limit_reached = d.pop("missing_task_scan_limit_reached", UNSET)

        scan_pressure = d.pop("scan_pressure", UNSET)

        def _parse_oldest_task_candidate_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_task_candidate_created_at = _parse_oldest_task_candidate_created_at(
            d.pop("oldest_task_candidate_created_at", UNSET)
        )

        def _parse_oldest_missing_run_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_missing_run_started_at = _parse_oldest_missing_run_started_at(
            d.pop("oldest_missing_run_started_at", UNSET)
        )

        max_task_candidate_age_ms = d.pop("max_task_candidate_age_ms", UNSET)

        max_missing_run_age_ms = d.pop("max_missing_run_age_ms", UNSET)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[SystemRepairScope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = SystemRepairScope.from_dict(scopes_item_data)

                scopes.append(scopes_item)

        system_repair_candidates = cls(
            total_candidates=total_candidates,
            existing_task_candidates=existing_task_candidates,
            missing_task_candidates=missing_task_candidates,
            selected_existing_task_candidates=selected_existing_task_candidates,
            selected_missing_task_candidates=selected_missing_task_candidates,
            selected_total_candidates=selected_total_candidates,
            scan_limit=scan_limit,
            scan_strategy=scan_strategy,
            existing_task_scan_limit_reached=existing_task_scan_limit_reached,
            missing_task_scan_limit_reached=missing_task_scan_limit_reached,
            scan_pressure=scan_pressure,
            oldest_task_candidate_created_at=oldest_task_candidate_created_at,
            oldest_missing_run_started_at=oldest_missing_run_started_at,
            max_task_candidate_age_ms=max_task_candidate_age_ms,
            max_missing_run_age_ms=max_missing_run_age_ms,
            scopes=scopes,
        )

        system_repair_candidates.additional_properties = d
        return system_repair_candidates

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
