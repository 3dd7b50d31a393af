from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerHeartbeatTaskSlots")


@_attrs_define
class WorkerHeartbeatTaskSlots:
    """Free task slots of the worker process."""

    workflow_available: int | Unset = UNSET
    activity_available: int | Unset = UNSET
    session_available: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_available = self.workflow_available

        activity_available = self.activity_available

        session_available = self.session_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_available is not UNSET:
            field_dict["workflow_available"] = workflow_available
        if activity_available is not UNSET:
            field_dict["activity_available"] = activity_available
        if session_available is not UNSET:
            field_dict["session_available"] = session_available

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_available = d.pop("workflow_available", UNSET)

        activity_available = d.pop("activity_available", UNSET)

        session_available = d.pop("session_available", UNSET)

        worker_heartbeat_task_slots = cls(
            workflow_available=workflow_available,
            activity_available=activity_available,
            session_available=session_available,
        )

        worker_heartbeat_task_slots.additional_properties = d
        return worker_heartbeat_task_slots

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
