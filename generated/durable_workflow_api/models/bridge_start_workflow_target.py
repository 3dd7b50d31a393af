from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bridge_start_duplicate_policy import (
    BridgeStartDuplicatePolicy,
    check_bridge_start_duplicate_policy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BridgeStartWorkflowTarget")


@_attrs_define
class BridgeStartWorkflowTarget:
    """Target of `start_workflow`."""

    workflow_type: str
    workflow_id: None | str | Unset = UNSET
    """ Default: `bridge-{adapter}-{first 32 hex chars of sha256(idempotency_key)}`. """
    task_queue: None | str | Unset = UNSET
    business_key: None | str | Unset = UNSET
    duplicate_policy: BridgeStartDuplicatePolicy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_type = self.workflow_type

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        duplicate_policy: None | str | Unset
        if isinstance(self.duplicate_policy, Unset):
            duplicate_policy = UNSET
        elif isinstance(self.duplicate_policy, str):
            duplicate_policy = self.duplicate_policy
        else:
            duplicate_policy = self.duplicate_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_type": workflow_type,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if business_key is not UNSET:
            field_dict["business_key"] = business_key
        if duplicate_policy is not UNSET:
            field_dict["duplicate_policy"] = duplicate_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_type = d.pop("workflow_type")

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("business_key", UNSET))

        def _parse_duplicate_policy(data: object) -> BridgeStartDuplicatePolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duplicate_policy_type_0 = check_bridge_start_duplicate_policy(data)

                return duplicate_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BridgeStartDuplicatePolicy | None | Unset, data)

        duplicate_policy = _parse_duplicate_policy(d.pop("duplicate_policy", UNSET))

        bridge_start_workflow_target = cls(
            workflow_type=workflow_type,
            workflow_id=workflow_id,
            task_queue=task_queue,
            business_key=business_key,
            duplicate_policy=duplicate_policy,
        )

        bridge_start_workflow_target.additional_properties = d
        return bridge_start_workflow_target

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
