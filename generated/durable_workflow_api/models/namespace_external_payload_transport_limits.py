from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NamespaceExternalPayloadTransportLimits")


@_attrs_define
class NamespaceExternalPayloadTransportLimits:
    max_payload_bytes: int | Unset = UNSET
    request_timeout_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_payload_bytes = self.max_payload_bytes

        request_timeout_seconds = self.request_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_payload_bytes is not UNSET:
            field_dict["max_payload_bytes"] = max_payload_bytes
        if request_timeout_seconds is not UNSET:
            field_dict["request_timeout_seconds"] = request_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_payload_bytes = d.pop("max_payload_bytes", UNSET)

        request_timeout_seconds = d.pop("request_timeout_seconds", UNSET)

        namespace_external_payload_transport_limits = cls(
            max_payload_bytes=max_payload_bytes,
            request_timeout_seconds=request_timeout_seconds,
        )

        namespace_external_payload_transport_limits.additional_properties = d
        return namespace_external_payload_transport_limits

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
