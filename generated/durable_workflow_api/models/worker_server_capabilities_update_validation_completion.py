from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerServerCapabilitiesUpdateValidationCompletion")


@_attrs_define
class WorkerServerCapabilitiesUpdateValidationCompletion:
    approve_endpoint: str | Unset = UNSET
    reject_endpoint: str | Unset = UNSET
    fence_fields: list[str] | Unset = UNSET
    typed_failure_reasons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approve_endpoint = self.approve_endpoint

        reject_endpoint = self.reject_endpoint

        fence_fields: list[str] | Unset = UNSET
        if not isinstance(self.fence_fields, Unset):
            fence_fields = self.fence_fields

        typed_failure_reasons: list[str] | Unset = UNSET
        if not isinstance(self.typed_failure_reasons, Unset):
            typed_failure_reasons = self.typed_failure_reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approve_endpoint is not UNSET:
            field_dict["approve_endpoint"] = approve_endpoint
        if reject_endpoint is not UNSET:
            field_dict["reject_endpoint"] = reject_endpoint
        if fence_fields is not UNSET:
            field_dict["fence_fields"] = fence_fields
        if typed_failure_reasons is not UNSET:
            field_dict["typed_failure_reasons"] = typed_failure_reasons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approve_endpoint = d.pop("approve_endpoint", UNSET)

        reject_endpoint = d.pop("reject_endpoint", UNSET)

        fence_fields = cast(list[str], d.pop("fence_fields", UNSET))

        typed_failure_reasons = cast(list[str], d.pop("typed_failure_reasons", UNSET))

        worker_server_capabilities_update_validation_completion = cls(
            approve_endpoint=approve_endpoint,
            reject_endpoint=reject_endpoint,
            fence_fields=fence_fields,
            typed_failure_reasons=typed_failure_reasons,
        )

        worker_server_capabilities_update_validation_completion.additional_properties = d
        return worker_server_capabilities_update_validation_completion

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
