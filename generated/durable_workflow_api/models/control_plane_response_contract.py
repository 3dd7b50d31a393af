from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_contract_legacy_fields import (
        ControlPlaneResponseContractLegacyFields,
    )


T = TypeVar("T", bound="ControlPlaneResponseContract")


@_attrs_define
class ControlPlaneResponseContract:
    """Per-operation contract published inside the `control_plane` block."""

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    legacy_field_policy: str | Unset = UNSET
    legacy_fields: ControlPlaneResponseContractLegacyFields | Unset = UNSET
    """ Names that are never used (key) and the canonical name used instead (value), e.g. `{"query": "query_name",
    "signal": "signal_name", "update": "update_name", "wait_policy": "wait_for"}`. """
    required_fields: list[str] | Unset = UNSET
    """ Top-level fields the operation always carries. """
    success_fields: list[str] | Unset = UNSET
    """ Top-level fields that carry the operation's result. """
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
        from ..models.control_plane_response_contract_legacy_fields import (
            ControlPlaneResponseContractLegacyFields,
        )

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        legacy_field_policy = d.pop("legacy_field_policy", UNSET)

        _legacy_fields = d.pop("legacy_fields", UNSET)
        legacy_fields: ControlPlaneResponseContractLegacyFields | Unset
        if isinstance(_legacy_fields, Unset):
            legacy_fields = UNSET
        else:
            legacy_fields = ControlPlaneResponseContractLegacyFields.from_dict(_legacy_fields)

        required_fields = cast(list[str], d.pop("required_fields", UNSET))

        success_fields = cast(list[str], d.pop("success_fields", UNSET))

        control_plane_response_contract = cls(
            schema=schema,
            version=version,
            legacy_field_policy=legacy_field_policy,
            legacy_fields=legacy_fields,
            required_fields=required_fields,
            success_fields=success_fields,
        )

        control_plane_response_contract.additional_properties = d
        return control_plane_response_contract

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
