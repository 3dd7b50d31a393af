from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerRegisterCapabilityDeclaration")


@_attrs_define
class WorkerRegisterCapabilityDeclaration:
    supported: bool
    minimum_protocol_version: str | Unset = UNSET
    implementation: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        minimum_protocol_version = self.minimum_protocol_version

        implementation = self.implementation

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supported": supported,
            }
        )
        if minimum_protocol_version is not UNSET:
            field_dict["minimum_protocol_version"] = minimum_protocol_version
        if implementation is not UNSET:
            field_dict["implementation"] = implementation
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        supported = d.pop("supported")

        minimum_protocol_version = d.pop("minimum_protocol_version", UNSET)

        implementation = d.pop("implementation", UNSET)

        reason = d.pop("reason", UNSET)

        worker_register_capability_declaration = cls(
            supported=supported,
            minimum_protocol_version=minimum_protocol_version,
            implementation=implementation,
            reason=reason,
        )

        worker_register_capability_declaration.additional_properties = d
        return worker_register_capability_declaration

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
