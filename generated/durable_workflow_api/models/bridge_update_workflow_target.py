from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_workflow_wait_for import UpdateWorkflowWaitFor, check_update_workflow_wait_for
from ..types import UNSET, Unset

T = TypeVar("T", bound="BridgeUpdateWorkflowTarget")


@_attrs_define
class BridgeUpdateWorkflowTarget:
    """Target of `update_workflow`."""

    workflow_id: str
    update_name: str
    wait_for: None | Unset | UpdateWorkflowWaitFor = UNSET
    wait_timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        update_name = self.update_name

        wait_for: None | str | Unset
        if isinstance(self.wait_for, Unset):
            wait_for = UNSET
        elif isinstance(self.wait_for, str):
            wait_for = self.wait_for
        else:
            wait_for = self.wait_for

        wait_timeout_seconds: int | None | Unset
        if isinstance(self.wait_timeout_seconds, Unset):
            wait_timeout_seconds = UNSET
        else:
            wait_timeout_seconds = self.wait_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "update_name": update_name,
            }
        )
        if wait_for is not UNSET:
            field_dict["wait_for"] = wait_for
        if wait_timeout_seconds is not UNSET:
            field_dict["wait_timeout_seconds"] = wait_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        update_name = d.pop("update_name")

        def _parse_wait_for(data: object) -> None | Unset | UpdateWorkflowWaitFor:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                wait_for_type_0 = check_update_workflow_wait_for(data)

                return wait_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateWorkflowWaitFor, data)

        wait_for = _parse_wait_for(d.pop("wait_for", UNSET))

        def _parse_wait_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wait_timeout_seconds = _parse_wait_timeout_seconds(d.pop("wait_timeout_seconds", UNSET))

        bridge_update_workflow_target = cls(
            workflow_id=workflow_id,
            update_name=update_name,
            wait_for=wait_for,
            wait_timeout_seconds=wait_timeout_seconds,
        )

        bridge_update_workflow_target.additional_properties = d
        return bridge_update_workflow_target

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
