from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterLimits")


@_attrs_define
class ClusterLimits:
    """Request-size and per-execution limits the server enforces."""

    max_payload_bytes: int | Unset = 2097152
    max_memo_bytes: int | Unset = 262144
    max_search_attributes: int | Unset = 100
    max_search_attribute_key_length: int | Unset = 128
    max_search_attribute_value_bytes: int | Unset = 2048
    max_operation_name_length: int | Unset = 256
    max_pending_activities: int | Unset = 2000
    max_pending_children: int | Unset = 2000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_payload_bytes = self.max_payload_bytes

        max_memo_bytes = self.max_memo_bytes

        max_search_attributes = self.max_search_attributes

        max_search_attribute_key_length = self.max_search_attribute_key_length

        max_search_attribute_value_bytes = self.max_search_attribute_value_bytes

        max_operation_name_length = self.max_operation_name_length

        max_pending_activities = self.max_pending_activities

        max_pending_children = self.max_pending_children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_payload_bytes is not UNSET:
            field_dict["max_payload_bytes"] = max_payload_bytes
        if max_memo_bytes is not UNSET:
            field_dict["max_memo_bytes"] = max_memo_bytes
        if max_search_attributes is not UNSET:
            field_dict["max_search_attributes"] = max_search_attributes
        if max_search_attribute_key_length is not UNSET:
            field_dict["max_search_attribute_key_length"] = max_search_attribute_key_length
        if max_search_attribute_value_bytes is not UNSET:
            field_dict["max_search_attribute_value_bytes"] = max_search_attribute_value_bytes
        if max_operation_name_length is not UNSET:
            field_dict["max_operation_name_length"] = max_operation_name_length
        if max_pending_activities is not UNSET:
            field_dict["max_pending_activities"] = max_pending_activities
        if max_pending_children is not UNSET:
            field_dict["max_pending_children"] = max_pending_children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_payload_bytes = d.pop("max_payload_bytes", UNSET)

        max_memo_bytes = d.pop("max_memo_bytes", UNSET)

        max_search_attributes = d.pop("max_search_attributes", UNSET)

        max_search_attribute_key_length = d.pop("max_search_attribute_key_length", UNSET)

        max_search_attribute_value_bytes = d.pop("max_search_attribute_value_bytes", UNSET)

        max_operation_name_length = d.pop("max_operation_name_length", UNSET)

        max_pending_activities = d.pop("max_pending_activities", UNSET)

        max_pending_children = d.pop("max_pending_children", UNSET)

        cluster_limits = cls(
            max_payload_bytes=max_payload_bytes,
            max_memo_bytes=max_memo_bytes,
            max_search_attributes=max_search_attributes,
            max_search_attribute_key_length=max_search_attribute_key_length,
            max_search_attribute_value_bytes=max_search_attribute_value_bytes,
            max_operation_name_length=max_operation_name_length,
            max_pending_activities=max_pending_activities,
            max_pending_children=max_pending_children,
        )

        cluster_limits.additional_properties = d
        return cluster_limits

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
