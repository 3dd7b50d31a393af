from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerCapabilitiesContractRef")


@_attrs_define
class ServerCapabilitiesContractRef:
    """Reference to a contract manifest by schema id and version."""

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    name: str | Unset = UNSET
    config_schema: str | Unset = UNSET
    config_schema_version: int | Unset = UNSET
    carrier_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        name = self.name

        config_schema = self.config_schema

        config_schema_version = self.config_schema_version

        carrier_type = self.carrier_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if name is not UNSET:
            field_dict["name"] = name
        if config_schema is not UNSET:
            field_dict["config_schema"] = config_schema
        if config_schema_version is not UNSET:
            field_dict["config_schema_version"] = config_schema_version
        if carrier_type is not UNSET:
            field_dict["carrier_type"] = carrier_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        name = d.pop("name", UNSET)

        config_schema = d.pop("config_schema", UNSET)

        config_schema_version = d.pop("config_schema_version", UNSET)

        carrier_type = d.pop("carrier_type", UNSET)

        server_capabilities_contract_ref = cls(
            schema=schema,
            version=version,
            name=name,
            config_schema=config_schema,
            config_schema_version=config_schema_version,
            carrier_type=carrier_type,
        )

        server_capabilities_contract_ref.additional_properties = d
        return server_capabilities_contract_ref

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
