from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueueQueryAdmission")


@_attrs_define
class TaskQueueQueryAdmission:
    """Admission of query tasks."""

    status: str | Unset = UNSET
    """ Admission status of query tasks (open set). """
    budget_source: None | str | Unset = UNSET
    """ e.g. `server.query_tasks.max_pending_per_queue`. """
    max_pending_per_queue: int | Unset = 1024
    approximate_pending_count: int | Unset = UNSET
    remaining_pending_capacity: int | Unset = UNSET
    lock_required: bool | Unset = UNSET
    lock_supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        budget_source: None | str | Unset
        if isinstance(self.budget_source, Unset):
            budget_source = UNSET
        else:
            budget_source = self.budget_source

        max_pending_per_queue = self.max_pending_per_queue

        approximate_pending_count = self.approximate_pending_count

        remaining_pending_capacity = self.remaining_pending_capacity

        lock_required = self.lock_required

        lock_supported = self.lock_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if budget_source is not UNSET:
            field_dict["budget_source"] = budget_source
        if max_pending_per_queue is not UNSET:
            field_dict["max_pending_per_queue"] = max_pending_per_queue
        if approximate_pending_count is not UNSET:
            field_dict["approximate_pending_count"] = approximate_pending_count
        if remaining_pending_capacity is not UNSET:
            field_dict["remaining_pending_capacity"] = remaining_pending_capacity
        if lock_required is not UNSET:
            field_dict["lock_required"] = lock_required
        if lock_supported is not UNSET:
            field_dict["lock_supported"] = lock_supported

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        def _parse_budget_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_source = _parse_budget_source(d.pop("budget_source", UNSET))

        max_pending_per_queue = d.pop("max_pending_per_queue", UNSET)

        approximate_pending_count = d.pop("approximate_pending_count", UNSET)

        remaining_pending_capacity = d.pop("remaining_pending_capacity", UNSET)

        lock_required = d.pop("lock_required", UNSET)

        lock_supported = d.pop("lock_supported", UNSET)

        task_queue_query_admission = cls(
            status=status,
            budget_source=budget_source,
            max_pending_per_queue=max_pending_per_queue,
            approximate_pending_count=approximate_pending_count,
            remaining_pending_capacity=remaining_pending_capacity,
            lock_required=lock_required,
            lock_supported=lock_supported,
        )

        task_queue_query_admission.additional_properties = d
        return task_queue_query_admission

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
