from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_control_plane_response_contract_rules_legacy_fields import (
        ClusterControlPlaneResponseContractRulesLegacyFields,
    )


T = TypeVar("T", bound="ClusterControlPlaneResponseContractRules")


@_attrs_define
class ClusterControlPlaneResponseContractRules:
    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    legacy_field_policy: str | Unset = UNSET
    legacy_fields: ClusterControlPlaneResponseContractRulesLegacyFields | Unset = UNSET
    """ Legacy field name to its canonical replacement. """
    required_fields: list[str] | Unset = UNSET
    success_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        legacy_field_policy = self.legacy_field_policy

        legacy_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legacy_fields, Unset):
            legacy_fields = self.legacy_fields.to_dict()

        required_fields: list[str] | Unset = UNSET
        if not isinstance(self.required_fields, Unset):
            required_fields = self.required_fields

        success_fields: list[str] | Unset = UNSET
        if not isinstance(self.success_fields, Unset):
            success_fields = self.success_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if legacy_field_policy is not UNSET:
            field_dict["legacy_field_policy"] = legacy_field_policy
        if legacy_fields is not UNSET:
            field_dict["legacy_fields"] = legacy_fields
        if required_fields is not UNSET:
            field_dict["required_fields"] = required_fields
        if success_fields is not UNSET:
            field_dict["success_fields"] = success_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_control_plane_response_contract_rules_legacy_fields import (
            ClusterControlPlaneResponseContractRulesLegacyFields,
        )

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        legacy_field_policy = d.pop("legacy_field_policy", UNSET)

        _legacy_fields = d.pop("legacy_fields", UNSET)
        legacy_fields: ClusterControlPlaneResponseContractRulesLegacyFields | Unset
        if isinstance(_legacy_fields, Unset):
            legacy_fields = UNSET
        else:
            legacy_fields = ClusterControlPlaneResponseContractRulesLegacyFields.from_dict(
                _legacy_fields
            )

        required_fields = cast(list[str], d.pop("required_fields", UNSET))

        success_fields = cast(list[str], d.pop("success_fields", UNSET))

        cluster_control_plane_response_contract_rules = cls(
            schema=schema,
            version=version,
            legacy_field_policy=legacy_field_policy,
            legacy_fields=legacy_fields,
            required_fields=required_fields,
            success_fields=success_fields,
        )

        cluster_control_plane_response_contract_rules.additional_properties = d
        return cluster_control_plane_response_contract_rules

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
