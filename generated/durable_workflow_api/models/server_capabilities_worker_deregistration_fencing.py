from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerCapabilitiesWorkerDeregistrationFencing")


@_attrs_define
class ServerCapabilitiesWorkerDeregistrationFencing:
    supported: bool | Unset = UNSET
    schema: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    receipt_retention_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        schema = self.schema

        endpoint = self.endpoint

        receipt_retention_seconds = self.receipt_retention_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported is not UNSET:
            field_dict["supported"] = supported
        if schema is not UNSET:
            field_dict["schema"] = schema
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if receipt_retention_seconds is not UNSET:
            field_dict["receipt_retention_seconds"] = receipt_retention_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        supported = d.pop("supported", UNSET)

        schema = d.pop("schema", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        receipt_retention_seconds = d.pop("receipt_retention_seconds", UNSET)

        server_capabilities_worker_deregistration_fencing = cls(
            supported=supported,
            schema=schema,
            endpoint=endpoint,
            receipt_retention_seconds=receipt_retention_seconds,
        )

        server_capabilities_worker_deregistration_fencing.additional_properties = d
        return server_capabilities_worker_deregistration_fencing

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
