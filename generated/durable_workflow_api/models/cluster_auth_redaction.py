from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterAuthRedaction")


@_attrs_define
class ClusterAuthRedaction:
    never_echo: list[str] | Unset = UNSET
    allowed_diagnostics: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        never_echo: list[str] | Unset = UNSET
        if not isinstance(self.never_echo, Unset):
            never_echo = self.never_echo

        allowed_diagnostics: list[str] | Unset = UNSET
        if not isinstance(self.allowed_diagnostics, Unset):
            allowed_diagnostics = self.allowed_diagnostics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if never_echo is not UNSET:
            field_dict["never_echo"] = never_echo
        if allowed_diagnostics is not UNSET:
            field_dict["allowed_diagnostics"] = allowed_diagnostics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        never_echo = cast(list[str], d.pop("never_echo", UNSET))

        allowed_diagnostics = cast(list[str], d.pop("allowed_diagnostics", UNSET))

        cluster_auth_redaction = cls(
            never_echo=never_echo,
            allowed_diagnostics=allowed_diagnostics,
        )

        cluster_auth_redaction.additional_properties = d
        return cluster_auth_redaction

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
