from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterControlPlaneOperationFields")


@_attrs_define
class ClusterControlPlaneOperationFields:
    operation_name_field: None | str | Unset = UNSET
    required_fields: list[str] | Unset = UNSET
    success_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_name_field: None | str | Unset
        if isinstance(self.operation_name_field, Unset):
            operation_name_field = UNSET
        else:
            operation_name_field = self.operation_name_field

        required_fields: list[str] | Unset = UNSET
        if not isinstance(self.required_fields, Unset):
            required_fields = self.required_fields

        success_fields: list[str] | Unset = UNSET
        if not isinstance(self.success_fields, Unset):
            success_fields = self.success_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation_name_field is not UNSET:
            field_dict["operation_name_field"] = operation_name_field
        if required_fields is not UNSET:
            field_dict["required_fields"] = required_fields
        if success_fields is not UNSET:
            field_dict["success_fields"] = success_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_operation_name_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_name_field = _parse_operation_name_field(d.pop("operation_name_field", UNSET))

        required_fields = cast(list[str], d.pop("required_fields", UNSET))

        success_fields = cast(list[str], d.pop("success_fields", UNSET))

        cluster_control_plane_operation_fields = cls(
            operation_name_field=operation_name_field,
            required_fields=required_fields,
            success_fields=success_fields,
        )

        cluster_control_plane_operation_fields.additional_properties = d
        return cluster_control_plane_operation_fields

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
