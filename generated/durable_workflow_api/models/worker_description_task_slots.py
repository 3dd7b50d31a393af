from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerDescriptionTaskSlots")


@_attrs_define
class WorkerDescriptionTaskSlots:
    """Free task slots the worker reported (newer servers)."""

    workflow_available: int | None | Unset = UNSET
    activity_available: int | None | Unset = UNSET
    session_available: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_available: int | None | Unset
        if isinstance(self.workflow_available, Unset):
            workflow_available = UNSET
        else:
            workflow_available = self.workflow_available

        activity_available: int | None | Unset
        if isinstance(self.activity_available, Unset):
            activity_available = UNSET
        else:
            activity_available = self.activity_available

        session_available: int | None | Unset
        if isinstance(self.session_available, Unset):
            session_available = UNSET
        else:
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

        def _parse_workflow_available(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_available = _parse_workflow_available(d.pop("workflow_available", UNSET))

        def _parse_activity_available(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        activity_available = _parse_activity_available(d.pop("activity_available", UNSET))

        def _parse_session_available(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        session_available = _parse_session_available(d.pop("session_available", UNSET))

        worker_description_task_slots = cls(
            workflow_available=workflow_available,
            activity_available=activity_available,
            session_available=session_available,
        )

        worker_description_task_slots.additional_properties = d
        return worker_description_task_slots

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
