from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerServerCapabilitiesFeature")


@_attrs_define
class WorkerServerCapabilitiesFeature:
    """An optional feature and its contract; `supported` tells whether workers may use it. Further contract keys vary by
    feature.

    """

    supported: bool | Unset = UNSET
    schema: str | Unset = UNSET
    version: int | str | Unset = UNSET
    feature: str | Unset = UNSET
    type_: str | Unset = UNSET
    worker_capability: str | Unset = UNSET
    minimum_protocol_version: str | Unset = UNSET
    minimum_worker_protocol_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        schema = self.schema

        version: int | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        feature = self.feature

        type_ = self.type_

        worker_capability = self.worker_capability

        minimum_protocol_version = self.minimum_protocol_version

        minimum_worker_protocol_version = self.minimum_worker_protocol_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported is not UNSET:
            field_dict["supported"] = supported
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if feature is not UNSET:
            field_dict["feature"] = feature
        if type_ is not UNSET:
            field_dict["type"] = type_
        if worker_capability is not UNSET:
            field_dict["worker_capability"] = worker_capability
        if minimum_protocol_version is not UNSET:
            field_dict["minimum_protocol_version"] = minimum_protocol_version
        if minimum_worker_protocol_version is not UNSET:
            field_dict["minimum_worker_protocol_version"] = minimum_worker_protocol_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        supported = d.pop("supported", UNSET)

        schema = d.pop("schema", UNSET)

        def _parse_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        feature = d.pop("feature", UNSET)

        type_ = d.pop("type", UNSET)

        worker_capability = d.pop("worker_capability", UNSET)

        minimum_protocol_version = d.pop("minimum_protocol_version", UNSET)

        minimum_worker_protocol_version = d.pop("minimum_worker_protocol_version", UNSET)

        worker_server_capabilities_feature = cls(
            supported=supported,
            schema=schema,
            version=version,
            feature=feature,
            type_=type_,
            worker_capability=worker_capability,
            minimum_protocol_version=minimum_protocol_version,
            minimum_worker_protocol_version=minimum_worker_protocol_version,
        )

        worker_server_capabilities_feature.additional_properties = d
        return worker_server_capabilities_feature

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
