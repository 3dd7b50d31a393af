from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowActions")


@_attrs_define
class WorkflowActions:
    """Which commands the run currently accepts."""

    can_signal: bool | Unset = UNSET
    can_query: bool | Unset = UNSET
    can_update: bool | Unset = UNSET
    can_cancel: bool | Unset = UNSET
    can_terminate: bool | Unset = UNSET
    can_repair: bool | Unset = UNSET
    can_archive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_signal = self.can_signal

        can_query = self.can_query

        can_update = self.can_update

        can_cancel = self.can_cancel

        can_terminate = self.can_terminate

        can_repair = self.can_repair

        can_archive = self.can_archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_signal is not UNSET:
            field_dict["can_signal"] = can_signal
        if can_query is not UNSET:
            field_dict["can_query"] = can_query
        if can_update is not UNSET:
            field_dict["can_update"] = can_update
        if can_cancel is not UNSET:
            field_dict["can_cancel"] = can_cancel
        if can_terminate is not UNSET:
            field_dict["can_terminate"] = can_terminate
        if can_repair is not UNSET:
            field_dict["can_repair"] = can_repair
        if can_archive is not UNSET:
            field_dict["can_archive"] = can_archive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        can_signal = d.pop("can_signal", UNSET)

        can_query = d.pop("can_query", UNSET)

        can_update = d.pop("can_update", UNSET)

        can_cancel = d.pop("can_cancel", UNSET)

        can_terminate = d.pop("can_terminate", UNSET)

        can_repair = d.pop("can_repair", UNSET)

        can_archive = d.pop("can_archive", UNSET)

        workflow_actions = cls(
            can_signal=can_signal,
            can_query=can_query,
            can_update=can_update,
            can_cancel=can_cancel,
            can_terminate=can_terminate,
            can_repair=can_repair,
            can_archive=can_archive,
        )

        workflow_actions.additional_properties = d
        return workflow_actions

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
