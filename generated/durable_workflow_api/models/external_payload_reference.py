from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalPayloadReference")


@_attrs_define
class ExternalPayloadReference:
    """Reference to a payload kept in external payload storage."""

    schema: str | Unset = UNSET
    uri: str | Unset = UNSET
    sha256: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    codec: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        uri = self.uri

        sha256 = self.sha256

        size_bytes = self.size_bytes

        codec = self.codec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if uri is not UNSET:
            field_dict["uri"] = uri
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if codec is not UNSET:
            field_dict["codec"] = codec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        uri = d.pop("uri", UNSET)

        sha256 = d.pop("sha256", UNSET)

        size_bytes = d.pop("size_bytes", UNSET)

        codec = d.pop("codec", UNSET)

        external_payload_reference = cls(
            schema=schema,
            uri=uri,
            sha256=sha256,
            size_bytes=size_bytes,
            codec=codec,
        )

        external_payload_reference.additional_properties = d
        return external_payload_reference

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
