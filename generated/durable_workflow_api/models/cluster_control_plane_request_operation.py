from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_control_plane_request_operation_fields import (
        ClusterControlPlaneRequestOperationFields,
    )
    from ..models.cluster_control_plane_request_operation_removed_fields import (
        ClusterControlPlaneRequestOperationRemovedFields,
    )


T = TypeVar("T", bound="ClusterControlPlaneRequestOperation")


@_attrs_define
class ClusterControlPlaneRequestOperation:
    fields: ClusterControlPlaneRequestOperationFields | Unset = UNSET
    """ Request field name to its rules. """
    unsupported_fields: list[str] | Unset = UNSET
    removed_fields: ClusterControlPlaneRequestOperationRemovedFields | Unset = UNSET
    """ Removed field name to a hint naming its replacement. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        unsupported_fields: list[str] | Unset = UNSET
        if not isinstance(self.unsupported_fields, Unset):
            unsupported_fields = self.unsupported_fields

        removed_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.removed_fields, Unset):
            removed_fields = self.removed_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if unsupported_fields is not UNSET:
            field_dict["unsupported_fields"] = unsupported_fields
        if removed_fields is not UNSET:
            field_dict["removed_fields"] = removed_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_control_plane_request_operation_fields import (
            ClusterControlPlaneRequestOperationFields,
        )
        from ..models.cluster_control_plane_request_operation_removed_fields import (
            ClusterControlPlaneRequestOperationRemovedFields,
        )

        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: ClusterControlPlaneRequestOperationFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ClusterControlPlaneRequestOperationFields.from_dict(_fields)

        unsupported_fields = cast(list[str], d.pop("unsupported_fields", UNSET))

        _removed_fields = d.pop("removed_fields", UNSET)
        removed_fields: ClusterControlPlaneRequestOperationRemovedFields | Unset
        if isinstance(_removed_fields, Unset):
            removed_fields = UNSET
        else:
            removed_fields = ClusterControlPlaneRequestOperationRemovedFields.from_dict(
                _removed_fields
            )

        cluster_control_plane_request_operation = cls(
            fields=fields,
            unsupported_fields=unsupported_fields,
            removed_fields=removed_fields,
        )

        cluster_control_plane_request_operation.additional_properties = d
        return cluster_control_plane_request_operation

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
