from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_external_payload_transport import NamespaceExternalPayloadTransport
    from ..models.namespace_external_storage_config import NamespaceExternalStorageConfig


T = TypeVar("T", bound="NamespaceExternalPayloadStorage")


@_attrs_define
class NamespaceExternalPayloadStorage:
    """The stored external payload storage policy of a namespace. Newer servers add transport details (`reference`,
    `prefix`, `mode`, `status`, `integrity_required`, `transport`, `direct_provider_adapters`).

    """

    driver: str | Unset = UNSET
    """ Storage driver (`local`, `s3`, `gcs` or `azure`). """
    enabled: bool | Unset = UNSET
    threshold_bytes: int | None | Unset = UNSET
    """ Payloads larger than this many bytes are stored externally. """
    config: list[Any] | NamespaceExternalStorageConfig | None | Unset = UNSET
    """ Driver configuration (`[]` when every value was empty). """
    reference: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    mode: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    integrity_required: bool | Unset = True
    transport: NamespaceExternalPayloadTransport | None | Unset = UNSET
    """ Runtime-mediated external payload transport (newer servers). """
    direct_provider_adapters: Any | Unset = UNSET
    """ Provider adapters a runtime may use directly (shape owned by the server). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.namespace_external_payload_transport import NamespaceExternalPayloadTransport
        from ..models.namespace_external_storage_config import NamespaceExternalStorageConfig

        driver = self.driver

        enabled = self.enabled

        threshold_bytes: int | None | Unset
        if isinstance(self.threshold_bytes, Unset):
            threshold_bytes = UNSET
        else:
            threshold_bytes = self.threshold_bytes

        config: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, NamespaceExternalStorageConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, list):
            config = self.config

        else:
            config = self.config

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        integrity_required = self.integrity_required

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
        if driver is not UNSET:
            field_dict["driver"] = driver
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if threshold_bytes is not UNSET:
            field_dict["threshold_bytes"] = threshold_bytes
        if config is not UNSET:
            field_dict["config"] = config
        if reference is not UNSET:
            field_dict["reference"] = reference
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if mode is not UNSET:
            field_dict["mode"] = mode
        if status is not UNSET:
            field_dict["status"] = status
        if integrity_required is not UNSET:
            field_dict["integrity_required"] = integrity_required
        if transport is not UNSET:
            field_dict["transport"] = transport
        if direct_provider_adapters is not UNSET:
            field_dict["direct_provider_adapters"] = direct_provider_adapters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.namespace_external_payload_transport import NamespaceExternalPayloadTransport
        from ..models.namespace_external_storage_config import NamespaceExternalStorageConfig

        d = dict(src_dict)
        driver = d.pop("driver", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_threshold_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_bytes = _parse_threshold_bytes(d.pop("threshold_bytes", UNSET))

        def _parse_config(
            data: object,
        ) -> list[Any] | NamespaceExternalStorageConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = NamespaceExternalStorageConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                config_type_1 = cast(list[Any], data)

                return config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | NamespaceExternalStorageConfig | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        integrity_required = d.pop("integrity_required", UNSET)

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

        namespace_external_payload_storage = cls(
            driver=driver,
            enabled=enabled,
            threshold_bytes=threshold_bytes,
            config=config,
            reference=reference,
            prefix=prefix,
            mode=mode,
            status=status,
            integrity_required=integrity_required,
            transport=transport,
            direct_provider_adapters=direct_provider_adapters,
        )

        namespace_external_payload_storage.additional_properties = d
        return namespace_external_payload_storage

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
