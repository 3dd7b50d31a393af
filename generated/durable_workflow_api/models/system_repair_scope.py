from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemRepairScope")


@_attrs_define
class SystemRepairScope:
    """Repair candidates of one dispatch scope."""

    scope_key: str | Unset = UNSET
    connection: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    compatibility: None | str | Unset = UNSET
    existing_task_candidates: int | Unset = UNSET
    missing_task_candidates: int | Unset = UNSET
    total_candidates: int | Unset = UNSET
    selected_existing_task_candidates: int | Unset = UNSET
    selected_missing_task_candidates: int | Unset = UNSET
    selected_total_candidates: int | Unset = UNSET
    oldest_task_candidate_created_at: None | str | Unset = UNSET
    oldest_missing_run_started_at: None | str | Unset = UNSET
    max_task_candidate_age_ms: int | Unset = UNSET
    max_missing_run_age_ms: int | Unset = UNSET
    scan_limited_by_global_policy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope_key = self.scope_key

        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        compatibility: None | str | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        existing_task_candidates = self.existing_task_candidates

        missing_task_candidates = self.missing_task_candidates

        total_candidates = self.total_candidates

        selected_existing_task_candidates = self.selected_existing_task_candidates

        selected_missing_task_candidates = self.selected_missing_task_candidates

        selected_total_candidates = self.selected_total_candidates

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

        scan_limited_by_global_policy = self.scan_limited_by_global_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope_key is not UNSET:
            field_dict["scope_key"] = scope_key
        if connection is not UNSET:
            field_dict["connection"] = connection
        if queue is not UNSET:
            field_dict["queue"] = queue
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if existing_task_candidates is not UNSET:
            field_dict["existing_task_candidates"] = existing_task_candidates
        if missing_task_candidates is not UNSET:
            field_dict["missing_task_candidates"] = missing_task_candidates
        if total_candidates is not UNSET:
            field_dict["total_candidates"] = total_candidates
        if selected_existing_task_candidates is not UNSET:
            field_dict["selected_existing_task_candidates"] = selected_existing_task_candidates
        if selected_missing_task_candidates is not UNSET:
            field_dict["selected_missing_task_candidates"] = selected_missing_task_candidates
        if selected_total_candidates is not UNSET:
            field_dict["selected_total_candidates"] = selected_total_candidates
        if oldest_task_candidate_created_at is not UNSET:
            field_dict["oldest_task_candidate_created_at"] = oldest_task_candidate_created_at
        if oldest_missing_run_started_at is not UNSET:
            field_dict["oldest_missing_run_started_at"] = oldest_missing_run_started_at
        if max_task_candidate_age_ms is not UNSET:
            field_dict["max_task_candidate_age_ms"] = max_task_candidate_age_ms
        if max_missing_run_age_ms is not UNSET:
            field_dict["max_missing_run_age_ms"] = max_missing_run_age_ms
        if scan_limited_by_global_policy is not UNSET:
            field_dict["scan_limited_by_global_policy"] = scan_limited_by_global_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scope_key = d.pop("scope_key", UNSET)

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        def _parse_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))

        existing_task_candidates = d.pop("existing_task_candidates", UNSET)

        missing_task_candidates = d.pop("missing_task_candidates", UNSET)

        total_candidates = d.pop("total_candidates", UNSET)

        selected_existing_task_candidates = d.pop("selected_existing_task_candidates", UNSET)

        selected_missing_task_candidates = d.pop("selected_missing_task_candidates", UNSET)

        selected_total_candidates = d.pop("selected_total_candidates", UNSET)

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

        scan_limited_by_global_policy = d.pop("scan_limited_by_global_policy", UNSET)

        system_repair_scope = cls(
            scope_key=scope_key,
            connection=connection,
            queue=queue,
            compatibility=compatibility,
            existing_task_candidates=existing_task_candidates,
            missing_task_candidates=missing_task_candidates,
            total_candidates=total_candidates,
            selected_existing_task_candidates=selected_existing_task_candidates,
            selected_missing_task_candidates=selected_missing_task_candidates,
            selected_total_candidates=selected_total_candidates,
            oldest_task_candidate_created_at=oldest_task_candidate_created_at,
            oldest_missing_run_started_at=oldest_missing_run_started_at,
            max_task_candidate_age_ms=max_task_candidate_age_ms,
            max_missing_run_age_ms=max_missing_run_age_ms,
            scan_limited_by_global_policy=scan_limited_by_global_policy,
        )

        system_repair_scope.additional_properties = d
        return system_repair_scope

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
