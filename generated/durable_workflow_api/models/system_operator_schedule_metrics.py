from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemOperatorScheduleMetrics")


@_attrs_define
class SystemOperatorScheduleMetrics:
    """Schedule counters."""

    active: int | Unset = UNSET
    paused: int | Unset = UNSET
    missed: int | Unset = UNSET
    max_overdue_ms: int | Unset = UNSET
    fires_total: int | Unset = UNSET
    failures_total: int | Unset = UNSET
    oldest_overdue_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        paused = self.paused

        missed = self.missed

        max_overdue_ms = self.max_overdue_ms

        fires_total = self.fires_total

        failures_total = self.failures_total

        oldest_overdue_at: None | str | Unset
        if isinstance(self.oldest_overdue_at, Unset):
            oldest_overdue_at = UNSET
        else:
            oldest_overdue_at = self.oldest_overdue_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if paused is not UNSET:
            field_dict["paused"] = paused
        if missed is not UNSET:
            field_dict["missed"] = missed
        if max_overdue_ms is not UNSET:
            field_dict["max_overdue_ms"] = max_overdue_ms
        if fires_total is not UNSET:
            field_dict["fires_total"] = fires_total
        if failures_total is not UNSET:
            field_dict["failures_total"] = failures_total
        if oldest_overdue_at is not UNSET:
            field_dict["oldest_overdue_at"] = oldest_overdue_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        paused = d.pop("paused", UNSET)

        missed = d.pop("missed", UNSET)

        max_overdue_ms = d.pop("max_overdue_ms", UNSET)

        fires_total = d.pop("fires_total", UNSET)

        failures_total = d.pop("failures_total", UNSET)

        def _parse_oldest_overdue_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oldest_overdue_at = _parse_oldest_overdue_at(d.pop("oldest_overdue_at", UNSET))

        system_operator_schedule_metrics = cls(
            active=active,
            paused=paused,
            missed=missed,
            max_overdue_ms=max_overdue_ms,
            fires_total=fires_total,
            failures_total=failures_total,
            oldest_overdue_at=oldest_overdue_at,
        )

        system_operator_schedule_metrics.additional_properties = d
        return system_operator_schedule_metrics

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
