from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_driver import StorageDriver, check_storage_driver
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageTestRequest")


@_attrs_define
class StorageTestRequest:
    """Body of `POST /api/storage/test`. The server requires both sizes (the reference SDK treats them as optional;
    omitting them yields `422 validation_failed`).

    """

    small_payload_bytes: int
    large_payload_bytes: int
    driver: None | StorageDriver | Unset = UNSET
    """ Driver to probe; defaults to the namespace policy's driver. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        small_payload_bytes = self.small_payload_bytes

        large_payload_bytes = self.large_payload_bytes

        driver: None | str | Unset
        if isinstance(self.driver, Unset):
            driver = UNSET
        elif isinstance(self.driver, str):
            driver = self.driver
        else:
            driver = self.driver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "small_payload_bytes": small_payload_bytes,
                "large_payload_bytes": large_payload_bytes,
            }
        )
        if driver is not UNSET:
            field_dict["driver"] = driver

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        small_payload_bytes = d.pop("small_payload_bytes")

        large_payload_bytes = d.pop("large_payload_bytes")

        def _parse_driver(data: object) -> None | StorageDriver | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                driver_type_0 = check_storage_driver(data)

                return driver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageDriver | Unset, data)

        driver = _parse_driver(d.pop("driver", UNSET))

        storage_test_request = cls(
            small_payload_bytes=small_payload_bytes,
            large_payload_bytes=large_payload_bytes,
            driver=driver,
        )

        storage_test_request.additional_properties = d
        return storage_test_request

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
