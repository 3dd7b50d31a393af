from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterAuthPrecedence")


@_attrs_define
class ClusterAuthPrecedence:
    connection_values: list[str] | Unset = UNSET
    profile_selection: list[str] | Unset = UNSET
    notes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_values: list[str] | Unset = UNSET
        if not isinstance(self.connection_values, Unset):
            connection_values = self.connection_values

        profile_selection: list[str] | Unset = UNSET
        if not isinstance(self.profile_selection, Unset):
            profile_selection = self.profile_selection

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_values is not UNSET:
            field_dict["connection_values"] = connection_values
        if profile_selection is not UNSET:
            field_dict["profile_selection"] = profile_selection
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection_values = cast(list[str], d.pop("connection_values", UNSET))

        profile_selection = cast(list[str], d.pop("profile_selection", UNSET))

        notes = cast(list[str], d.pop("notes", UNSET))

        cluster_auth_precedence = cls(
            connection_values=connection_values,
            profile_selection=profile_selection,
            notes=notes,
        )

        cluster_auth_precedence.additional_properties = d
        return cluster_auth_precedence

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
