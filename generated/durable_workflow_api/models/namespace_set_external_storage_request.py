from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_driver import StorageDriver, check_storage_driver
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_external_storage_config import NamespaceExternalStorageConfig


T = TypeVar("T", bound="NamespaceSetExternalStorageRequest")


@_attrs_define
class NamespaceSetExternalStorageRequest:
    """Body of `PUT /api/namespaces/{namespace}/external-storage`. The stored policy replaces any previous one."""

    driver: StorageDriver
    """ External payload storage driver. """
    enabled: bool | Unset = True
    threshold_bytes: int | None | Unset = UNSET
    """ Payloads larger than this many bytes are stored externally. """
    config: NamespaceExternalStorageConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.namespace_external_storage_config import NamespaceExternalStorageConfig

        driver: str = self.driver

        enabled = self.enabled

        threshold_bytes: int | None | Unset
        if isinstance(self.threshold_bytes, Unset):
            threshold_bytes = UNSET
        else:
            threshold_bytes = self.threshold_bytes

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, NamespaceExternalStorageConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "driver": driver,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if threshold_bytes is not UNSET:
            field_dict["threshold_bytes"] = threshold_bytes
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.namespace_external_storage_config import NamespaceExternalStorageConfig

        d = dict(src_dict)
        driver = check_storage_driver(d.pop("driver"))

        enabled = d.pop("enabled", UNSET)

        def _parse_threshold_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_bytes = _parse_threshold_bytes(d.pop("threshold_bytes", UNSET))

        def _parse_config(data: object) -> NamespaceExternalStorageConfig | None | Unset:
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
            return cast(NamespaceExternalStorageConfig | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        namespace_set_external_storage_request = cls(
            driver=driver,
            enabled=enabled,
            threshold_bytes=threshold_bytes,
            config=config,
        )

        namespace_set_external_storage_request.additional_properties = d
        return namespace_set_external_storage_request

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
