from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterTopology")


@_attrs_define
class ClusterTopology:
    """Server topology manifest (newer servers)."""

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    supported_shapes: list[Any] | Unset = UNSET
    current_shape: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        supported_shapes: list[Any] | Unset = UNSET
        if not isinstance(self.supported_shapes, Unset):
            supported_shapes = self.supported_shapes

        current_shape = self.current_shape

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if supported_shapes is not UNSET:
            field_dict["supported_shapes"] = supported_shapes
        if current_shape is not UNSET:
            field_dict["current_shape"] = current_shape

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        supported_shapes = cast(list[Any], d.pop("supported_shapes", UNSET))

        current_shape = d.pop("current_shape", UNSET)

        cluster_topology = cls(
            schema=schema,
            version=version,
            supported_shapes=supported_shapes,
            current_shape=current_shape,
        )

        cluster_topology.additional_properties = d
        return cluster_topology

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
