from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueuePollerStats")


@_attrs_define
class TaskQueuePollerStats:
    active_count: int | Unset = UNSET
    stale_count: int | Unset = UNSET
    stale_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_count = self.active_count

        stale_count = self.stale_count

        stale_after_seconds = self.stale_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_count is not UNSET:
            field_dict["active_count"] = active_count
        if stale_count is not UNSET:
            field_dict["stale_count"] = stale_count
        if stale_after_seconds is not UNSET:
            field_dict["stale_after_seconds"] = stale_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_count = d.pop("active_count", UNSET)

        stale_count = d.pop("stale_count", UNSET)

        stale_after_seconds = d.pop("stale_after_seconds", UNSET)

        task_queue_poller_stats = cls(
            active_count=active_count,
            stale_count=stale_count,
            stale_after_seconds=stale_after_seconds,
        )

        task_queue_poller_stats.additional_properties = d
        return task_queue_poller_stats

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
