from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerServerCapabilitiesHistoryCompression")


@_attrs_define
class WorkerServerCapabilitiesHistoryCompression:
    supported_encodings: list[str] | Unset = UNSET
    compression_threshold: int | Unset = UNSET
    """ Minimum number of events in a page before it is compressed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported_encodings: list[str] | Unset = UNSET
        if not isinstance(self.supported_encodings, Unset):
            supported_encodings = self.supported_encodings

        compression_threshold = self.compression_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported_encodings is not UNSET:
            field_dict["supported_encodings"] = supported_encodings
        if compression_threshold is not UNSET:
            field_dict["compression_threshold"] = compression_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        supported_encodings = cast(list[str], d.pop("supported_encodings", UNSET))

        compression_threshold = d.pop("compression_threshold", UNSET)

        worker_server_capabilities_history_compression = cls(
            supported_encodings=supported_encodings,
            compression_threshold=compression_threshold,
        )

        worker_server_capabilities_history_compression.additional_properties = d
        return worker_server_capabilities_history_compression

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
