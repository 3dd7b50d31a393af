from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_external_payload_transport import NamespaceExternalPayloadTransport


T = TypeVar("T", bound="ClusterNamespaceExternalPayloadStorage")


@_attrs_define
class ClusterNamespaceExternalPayloadStorage:
    threshold_bytes: int | None | Unset = UNSET
    transport: NamespaceExternalPayloadTransport | None | Unset = UNSET
    direct_provider_adapters: Any | Unset = UNSET
    """ Provider adapters a runtime may use directly (shape owned by the server). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.namespace_external_payload_transport import NamespaceExternalPayloadTransport

        threshold_bytes: int | None | Unset
        if isinstance(self.threshold_bytes, Unset):
            threshold_bytes = UNSET
        else:
            threshold_bytes = self.threshold_bytes

        transport: dict[str, Any] | None | Unset
        if isinstance(self.transport, Unset):
            transport = UNSET
        elif isinstance(self.transport, NamespaceExternalPayloadTransport):
            transport = self.transport.to_dict()
        else:
            transport = self.transport

        direct_provider_adapters = self.direct_provider_adapters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threshold_bytes is not UNSET:
            field_dict["threshold_bytes"] = threshold_bytes
        if transport is not UNSET:
            field_dict["transport"] = transport
        if direct_provider_adapters is not UNSET:
            field_dict["direct_provider_adapters"] = direct_provider_adapters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.namespace_external_payload_transport import NamespaceExternalPayloadTransport

        d = dict(src_dict)

        def _parse_threshold_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_bytes = _parse_threshold_bytes(d.pop("threshold_bytes", UNSET))

        def _parse_transport(data: object) -> NamespaceExternalPayloadTransport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transport_type_0 = NamespaceExternalPayloadTransport.from_dict(data)

                return transport_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamespaceExternalPayloadTransport | None | Unset, data)

        transport = _parse_transport(d.pop("transport", UNSET))

        direct_provider_adapters = d.pop("direct_provider_adapters", UNSET)

        cluster_namespace_external_payload_storage = cls(
            threshold_bytes=threshold_bytes,
            transport=transport,
            direct_provider_adapters=direct_provider_adapters,
        )

        cluster_namespace_external_payload_storage.additional_properties = d
        return cluster_namespace_external_payload_storage

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
