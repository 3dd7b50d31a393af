from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterClientRequirement")


@_attrs_define
class ClusterClientRequirement:
    """Requirements the server states for one client."""

    supported_versions: None | str | Unset = UNSET
    requires: list[str] | Unset = UNSET
    """ Manifest paths the client must find and understand. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported_versions: None | str | Unset
        if isinstance(self.supported_versions, Unset):
            supported_versions = UNSET
        else:
            supported_versions = self.supported_versions

        requires: list[str] | Unset = UNSET
        if not isinstance(self.requires, Unset):
            requires = self.requires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported_versions is not UNSET:
            field_dict["supported_versions"] = supported_versions
        if requires is not UNSET:
            field_dict["requires"] = requires

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_supported_versions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supported_versions = _parse_supported_versions(d.pop("supported_versions", UNSET))

        requires = cast(list[str], d.pop("requires", UNSET))

        cluster_client_requirement = cls(
            supported_versions=supported_versions,
            requires=requires,
        )

        cluster_client_requirement.additional_properties = d
        return cluster_client_requirement

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
