from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskStickyCacheMetrics")


@_attrs_define
class WorkflowTaskStickyCacheMetrics:
    hit: int | Unset = UNSET
    miss: int | Unset = UNSET
    eviction: int | Unset = UNSET
    forced_cold_replay: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hit = self.hit

        miss = self.miss

        eviction = self.eviction

        forced_cold_replay = self.forced_cold_replay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hit is not UNSET:
            field_dict["hit"] = hit
        if miss is not UNSET:
            field_dict["miss"] = miss
        if eviction is not UNSET:
            field_dict["eviction"] = eviction
        if forced_cold_replay is not UNSET:
            field_dict["forced_cold_replay"] = forced_cold_replay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hit = d.pop("hit", UNSET)

        miss = d.pop("miss", UNSET)

        eviction = d.pop("eviction", UNSET)

        forced_cold_replay = d.pop("forced_cold_replay", UNSET)

        workflow_task_sticky_cache_metrics = cls(
            hit=hit,
            miss=miss,
            eviction=eviction,
            forced_cold_replay=forced_cold_replay,
        )

        workflow_task_sticky_cache_metrics.additional_properties = d
        return workflow_task_sticky_cache_metrics

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
