from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerServerCapabilitiesUpdateValidationTaskPoll")


@_attrs_define
class WorkerServerCapabilitiesUpdateValidationTaskPoll:
    strategy: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    request_field: str | Unset = UNSET
    response_discriminator: str | Unset = UNSET
    task_kinds: list[str] | Unset = UNSET
    default_task_kinds: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        endpoint = self.endpoint

        request_field = self.request_field

        response_discriminator = self.response_discriminator

        task_kinds: list[str] | Unset = UNSET
        if not isinstance(self.task_kinds, Unset):
            task_kinds = self.task_kinds

        default_task_kinds: list[str] | Unset = UNSET
        if not isinstance(self.default_task_kinds, Unset):
            default_task_kinds = self.default_task_kinds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if request_field is not UNSET:
            field_dict["request_field"] = request_field
        if response_discriminator is not UNSET:
            field_dict["response_discriminator"] = response_discriminator
        if task_kinds is not UNSET:
            field_dict["task_kinds"] = task_kinds
        if default_task_kinds is not UNSET:
            field_dict["default_task_kinds"] = default_task_kinds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        strategy = d.pop("strategy", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        request_field = d.pop("request_field", UNSET)

        response_discriminator = d.pop("response_discriminator", UNSET)

        task_kinds = cast(list[str], d.pop("task_kinds", UNSET))

        default_task_kinds = cast(list[str], d.pop("default_task_kinds", UNSET))

        worker_server_capabilities_update_validation_task_poll = cls(
            strategy=strategy,
            endpoint=endpoint,
            request_field=request_field,
            response_discriminator=response_discriminator,
            task_kinds=task_kinds,
            default_task_kinds=default_task_kinds,
        )

        worker_server_capabilities_update_validation_task_poll.additional_properties = d
        return worker_server_capabilities_update_validation_task_poll

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
