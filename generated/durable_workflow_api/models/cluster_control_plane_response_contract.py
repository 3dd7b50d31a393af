from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_control_plane_response_contract_operations import (
        ClusterControlPlaneResponseContractOperations,
    )
    from ..models.cluster_control_plane_response_contract_rules import (
        ClusterControlPlaneResponseContractRules,
    )


T = TypeVar("T", bound="ClusterControlPlaneResponseContract")


@_attrs_define
class ClusterControlPlaneResponseContract:
    """Manifest of the `control_plane` block carried by workflow responses."""

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    contract: ClusterControlPlaneResponseContractRules | Unset = UNSET
    projected_fields: list[str] | Unset = UNSET
    """ Top-level response fields mirrored into the block. """
    operations: ClusterControlPlaneResponseContractOperations | Unset = UNSET
    """ Operation name to its field requirements. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract, Unset):
            contract = self.contract.to_dict()

        projected_fields: list[str] | Unset = UNSET
        if not isinstance(self.projected_fields, Unset):
            projected_fields = self.projected_fields

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
        if contract is not UNSET:
            field_dict["contract"] = contract
        if projected_fields is not UNSET:
            field_dict["projected_fields"] = projected_fields
        if operations is not UNSET:
            field_dict["operations"] = operations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_control_plane_response_contract_operations import (
            ClusterControlPlaneResponseContractOperations,
        )
        from ..models.cluster_control_plane_response_contract_rules import (
            ClusterControlPlaneResponseContractRules,
        )

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        _contract = d.pop("contract", UNSET)
        contract: ClusterControlPlaneResponseContractRules | Unset
        if isinstance(_contract, Unset):
            contract = UNSET
        else:
            contract = ClusterControlPlaneResponseContractRules.from_dict(_contract)

        projected_fields = cast(list[str], d.pop("projected_fields", UNSET))

        _operations = d.pop("operations", UNSET)
        operations: ClusterControlPlaneResponseContractOperations | Unset
        if isinstance(_operations, Unset):
            operations = UNSET
        else:
            operations = ClusterControlPlaneResponseContractOperations.from_dict(_operations)

        cluster_control_plane_response_contract = cls(
            schema=schema,
            version=version,
            contract=contract,
            projected_fields=projected_fields,
            operations=operations,
        )

        cluster_control_plane_response_contract.additional_properties = d
        return cluster_control_plane_response_contract

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
