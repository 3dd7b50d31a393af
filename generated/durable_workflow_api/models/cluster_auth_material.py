from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterAuthMaterial")


@_attrs_define
class ClusterAuthMaterial:
    """Policy of one auth material kind."""

    status: str | Unset = UNSET
    transport: str | Unset = UNSET
    persisted_as: str | Unset = UNSET
    effective_config_value: str | Unset = UNSET
    rule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        transport = self.transport

        persisted_as = self.persisted_as

        effective_config_value = self.effective_config_value

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if transport is not UNSET:
            field_dict["transport"] = transport
        if persisted_as is not UNSET:
            field_dict["persisted_as"] = persisted_as
        if effective_config_value is not UNSET:
            field_dict["effective_config_value"] = effective_config_value
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        transport = d.pop("transport", UNSET)

        persisted_as = d.pop("persisted_as", UNSET)

        effective_config_value = d.pop("effective_config_value", UNSET)

        rule = d.pop("rule", UNSET)

        cluster_auth_material = cls(
            status=status,
            transport=transport,
            persisted_as=persisted_as,
            effective_config_value=effective_config_value,
            rule=rule,
        )

        cluster_auth_material.additional_properties = d
        return cluster_auth_material

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
