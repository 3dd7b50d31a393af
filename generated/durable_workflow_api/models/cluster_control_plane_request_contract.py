from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_control_plane_request_contract_operations import (
        ClusterControlPlaneRequestContractOperations,
    )


T = TypeVar("T", bound="ClusterControlPlaneRequestContract")


@_attrs_define
class ClusterControlPlaneRequestContract:
    """Request contract (`durable-workflow.v2.control-plane-request.contract`, version 1): per operation, the canonical
    values, rejected aliases and unsupported or removed fields.

    """

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    operations: ClusterControlPlaneRequestContractOperations | Unset = UNSET
    """ Operation name (`list`, `start`, `update`, ...) to its request rules. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        operations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operations, Unset):
            operations = self.operations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if operations is not UNSET:
            field_dict["operations"] = operations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_control_plane_request_contract_operations import (
            ClusterControlPlaneRequestContractOperations,
        )

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        _operations = d.pop("operations", UNSET)
        operations: ClusterControlPlaneRequestContractOperations | Unset
        if isinstance(_operations, Unset):
            operations = UNSET
        else:
            operations = ClusterControlPlaneRequestContractOperations.from_dict(_operations)

        cluster_control_plane_request_contract = cls(
            schema=schema,
            version=version,
            operations=operations,
        )

        cluster_control_plane_request_contract.additional_properties = d
        return cluster_control_plane_request_contract

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
