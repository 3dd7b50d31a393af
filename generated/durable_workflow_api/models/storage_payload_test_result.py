from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoragePayloadTestResult")


@_attrs_define
class StoragePayloadTestResult:
    """Round trip of one probe payload."""

    status: str | Unset = UNSET
    bytes_: int | Unset = UNSET
    sha256: str | Unset = UNSET
    """ Lower-case hex SHA-256 of the payload. """
    reference_uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        bytes_ = self.bytes_

        sha256 = self.sha256

        reference_uri: None | str | Unset
        if isinstance(self.reference_uri, Unset):
            reference_uri = UNSET
        else:
            reference_uri = self.reference_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if reference_uri is not UNSET:
            field_dict["reference_uri"] = reference_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        sha256 = d.pop("sha256", UNSET)

        def _parse_reference_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_uri = _parse_reference_uri(d.pop("reference_uri", UNSET))

        storage_payload_test_result = cls(
            status=status,
            bytes_=bytes_,
            sha256=sha256,
            reference_uri=reference_uri,
        )

        storage_payload_test_result.additional_properties = d
        return storage_payload_test_result

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
