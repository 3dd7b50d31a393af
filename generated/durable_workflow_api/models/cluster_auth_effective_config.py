from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ClusterAuthEffectiveConfig")


@_attrs_define
class ClusterAuthEffectiveConfig:
    required_fields: list[str] | Unset = UNSET
    source_values: list[str] | Unset = UNSET
    field_contracts: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_fields: list[str] | Unset = UNSET
        if not isinstance(self.required_fields, Unset):
            required_fields = self.required_fields

        source_values: list[str] | Unset = UNSET
        if not isinstance(self.source_values, Unset):
            source_values = self.source_values

        field_contracts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_contracts, Unset):
            field_contracts = self.field_contracts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_fields is not UNSET:
            field_dict["required_fields"] = required_fields
        if source_values is not UNSET:
            field_dict["source_values"] = source_values
        if field_contracts is not UNSET:
            field_dict["field_contracts"] = field_contracts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        required_fields = cast(list[str], d.pop("required_fields", UNSET))

        source_values = cast(list[str], d.pop("source_values", UNSET))

        _field_contracts = d.pop("field_contracts", UNSET)
        field_contracts: JsonObject | Unset
        if isinstance(_field_contracts, Unset):
            field_contracts = UNSET
        else:
            field_contracts = JsonObject.from_dict(_field_contracts)

        cluster_auth_effective_config = cls(
            required_fields=required_fields,
            source_values=source_values,
            field_contracts=field_contracts,
        )

        cluster_auth_effective_config.additional_properties = d
        return cluster_auth_effective_config

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
