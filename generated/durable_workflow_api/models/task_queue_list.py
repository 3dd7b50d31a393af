from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_queue_description import TaskQueueDescription


T = TypeVar("T", bound="TaskQueueList")


@_attrs_define
class TaskQueueList:
    """Task queues of the namespace known from worker registrations and tasks."""

    task_queues: list[TaskQueueDescription]
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_queues = []
        for task_queues_item_data in self.task_queues:
            task_queues_item = task_queues_item_data.to_dict()
            task_queues.append(task_queues_item)

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_queues": task_queues,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_queue_description import TaskQueueDescription

        d = dict(src_dict)
        task_queues = []
        _task_queues = d.pop("task_queues")
        for task_queues_item_data in _task_queues:
            task_queues_item = TaskQueueDescription.from_dict(task_queues_item_data)

            task_queues.append(task_queues_item)

        namespace = d.pop("namespace", UNSET)

        task_queue_list = cls(
            task_queues=task_queues,
            namespace=namespace,
        )

        task_queue_list.additional_properties = d
        return task_queue_list

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
