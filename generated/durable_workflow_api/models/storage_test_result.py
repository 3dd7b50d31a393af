from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_payload_test_result import StoragePayloadTestResult


T = TypeVar("T", bound="StorageTestResult")


@_attrs_define
class StorageTestResult:
    """A passed external storage round trip (write, read back, SHA-256 verify, delete)."""

    status: str
    namespace: str | Unset = UNSET
    driver: None | str | Unset = UNSET
    small_payload: StoragePayloadTestResult | Unset = UNSET
    """ Round trip of one probe payload. """
    large_payload: StoragePayloadTestResult | Unset = UNSET
    """ Round trip of one probe payload. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        namespace = self.namespace

        driver: None | str | Unset
        if isinstance(self.driver, Unset):
            driver = UNSET
        else:
            driver = self.driver

        small_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.small_payload, Unset):
            small_payload = self.small_payload.to_dict()

        large_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.large_payload, Unset):
            large_payload = self.large_payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if driver is not UNSET:
            field_dict["driver"] = driver
        if small_payload is not UNSET:
            field_dict["small_payload"] = small_payload
        if large_payload is not UNSET:
            field_dict["large_payload"] = large_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.storage_payload_test_result import StoragePayloadTestResult

        d = dict(src_dict)
        status = d.pop("status")

        namespace = d.pop("namespace", UNSET)

        def _parse_driver(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver = _parse_driver(d.pop("driver", UNSET))

        _small_payload = d.pop("small_payload", UNSET)
        small_payload: StoragePayloadTestResult | Unset
        if isinstance(_small_payload, Unset):
            small_payload = UNSET
        else:
            small_payload = StoragePayloadTestResult.from_dict(_small_payload)

        _large_payload = d.pop("large_payload", UNSET)
        large_payload: StoragePayloadTestResult | Unset
        if isinstance(_large_payload, Unset):
            large_payload = UNSET
        else:
            large_payload = StoragePayloadTestResult.from_dict(_large_payload)

        storage_test_result = cls(
            status=status,
            namespace=namespace,
            driver=driver,
            small_payload=small_payload,
            large_payload=large_payload,
        )

        storage_test_result.additional_properties = d
        return storage_test_result

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
