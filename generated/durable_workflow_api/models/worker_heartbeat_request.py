from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.worker_heartbeat_task_slots import WorkerHeartbeatTaskSlots


T = TypeVar("T", bound="WorkerHeartbeatRequest")


@_attrs_define
class WorkerHeartbeatRequest:
    worker_id: str
    task_slots: WorkerHeartbeatTaskSlots | Unset = UNSET
    """ Free task slots of the worker process. """
    process_metrics: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    heartbeat_interval_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        task_slots: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_slots, Unset):
            task_slots = self.task_slots.to_dict()

        process_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.process_metrics, Unset):
            process_metrics = self.process_metrics.to_dict()

        heartbeat_interval_seconds = self.heartbeat_interval_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_id": worker_id,
            }
        )
        if task_slots is not UNSET:
            field_dict["task_slots"] = task_slots
        if process_metrics is not UNSET:
            field_dict["process_metrics"] = process_metrics
        if heartbeat_interval_seconds is not UNSET:
            field_dict["heartbeat_interval_seconds"] = heartbeat_interval_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.worker_heartbeat_task_slots import WorkerHeartbeatTaskSlots

        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        _task_slots = d.pop("task_slots", UNSET)
        task_slots: WorkerHeartbeatTaskSlots | Unset
        if isinstance(_task_slots, Unset):
            task_slots = UNSET
        else:
            task_slots = WorkerHeartbeatTaskSlots.from_dict(_task_slots)

        _process_metrics = d.pop("process_metrics", UNSET)
        process_metrics: JsonObject | Unset
        if isinstance(_process_metrics, Unset):
            process_metrics = UNSET
        else:
            process_metrics = JsonObject.from_dict(_process_metrics)

        heartbeat_interval_seconds = d.pop("heartbeat_interval_seconds", UNSET)

        worker_heartbeat_request = cls(
            worker_id=worker_id,
            task_slots=task_slots,
            process_metrics=process_metrics,
            heartbeat_interval_seconds=heartbeat_interval_seconds,
        )

        worker_heartbeat_request.additional_properties = d
        return worker_heartbeat_request

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
