from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerCapabilitiesFeature")


@_attrs_define
class ServerCapabilitiesFeature:
    """A feature descriptor; `supported` says whether it is usable. Other fields are owned by the feature's own contract."""

    supported: bool | Unset = UNSET
    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    minimum_worker_protocol_version: str | Unset = UNSET
    minimum_protocol_version: str | Unset = UNSET
    worker_capability: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        schema = self.schema

        version = self.version

        minimum_worker_protocol_version = self.minimum_worker_protocol_version

        minimum_protocol_version = self.minimum_protocol_version

        worker_capability = self.worker_capability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported is not UNSET:
            field_dict["supported"] = supported
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if minimum_worker_protocol_version is not UNSET:
            field_dict["minimum_worker_protocol_version"] = minimum_worker_protocol_version
        if minimum_protocol_version is not UNSET:
            field_dict["minimum_protocol_version"] = minimum_protocol_version
        if worker_capability is not UNSET:
            field_dict["worker_capability"] = worker_capability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        supported = d.pop("supported", UNSET)

        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        minimum_worker_protocol_version = d.pop("minimum_worker_protocol_version", UNSET)

        minimum_protocol_version = d.pop("minimum_protocol_version", UNSET)

        worker_capability = d.pop("worker_capability", UNSET)

        server_capabilities_feature = cls(
            supported=supported,
            schema=schema,
            version=version,
            minimum_worker_protocol_version=minimum_worker_protocol_version,
            minimum_protocol_version=minimum_protocol_version,
            worker_capability=worker_capability,
        )

        server_capabilities_feature.additional_properties = d
        return server_capabilities_feature

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
