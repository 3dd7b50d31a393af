from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BridgeOutcomeTarget")


@_attrs_define
class BridgeOutcomeTarget:
    """Redacted summary of the request target."""

    workflow_id: str | Unset = UNSET
    workflow_type: str | Unset = UNSET
    signal_name: str | Unset = UNSET
    update_name: str | Unset = UNSET
    task_queue: str | Unset = UNSET
    business_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        workflow_type = self.workflow_type

        signal_name = self.signal_name

        update_name = self.update_name

        task_queue = self.task_queue

        business_key = self.business_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if signal_name is not UNSET:
            field_dict["signal_name"] = signal_name
        if update_name is not UNSET:
            field_dict["update_name"] = update_name
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if business_key is not UNSET:
            field_dict["business_key"] = business_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id", UNSET)

        workflow_type = d.pop("workflow_type", UNSET)

        signal_name = d.pop("signal_name", UNSET)

        update_name = d.pop("update_name", UNSET)

        task_queue = d.pop("task_queue", UNSET)

        business_key = d.pop("business_key", UNSET)

        bridge_outcome_target = cls(
            workflow_id=workflow_id,
            workflow_type=workflow_type,
            signal_name=signal_name,
            update_name=update_name,
            task_queue=task_queue,
            business_key=business_key,
        )

        bridge_outcome_target.additional_properties = d
        return bridge_outcome_target

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
