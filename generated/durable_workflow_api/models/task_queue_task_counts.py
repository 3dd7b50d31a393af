from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueueTaskCounts")


@_attrs_define
class TaskQueueTaskCounts:
    """Counts for one task kind."""

    ready_count: int | Unset = UNSET
    leased_count: int | Unset = UNSET
    expired_lease_count: int | Unset = UNSET
    added_last_minute: int | Unset = UNSET
    dispatched_last_minute: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ready_count = self.ready_count

        leased_count = self.leased_count

        expired_lease_count = self.expired_lease_count

        added_last_minute = self.added_last_minute

        dispatched_last_minute = self.dispatched_last_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ready_count is not UNSET:
            field_dict["ready_count"] = ready_count
        if leased_count is not UNSET:
            field_dict["leased_count"] = leased_count
        if expired_lease_count is not UNSET:
            field_dict["expired_lease_count"] = expired_lease_count
        if added_last_minute is not UNSET:
            field_dict["added_last_minute"] = added_last_minute
        if dispatched_last_minute is not UNSET:
            field_dict["dispatched_last_minute"] = dispatched_last_minute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ready_count = d.pop("ready_count", UNSET)

        leased_count = d.pop("leased_count", UNSET)

        expired_lease_count = d.pop("expired_lease_count", UNSET)

        added_last_minute = d.pop("added_last_minute", UNSET)

        dispatched_last_minute = d.pop("dispatched_last_minute", UNSET)

        task_queue_task_counts = cls(
            ready_count=ready_count,
            leased_count=leased_count,
            expired_lease_count=expired_lease_count,
            added_last_minute=added_last_minute,
            dispatched_last_minute=dispatched_last_minute,
        )

        task_queue_task_counts.additional_properties = d
        return task_queue_task_counts

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
