from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskCancellationScopeRequest")


@_attrs_define
class WorkflowTaskCancellationScopeRequest:
    """Claim fence plus the scope being opened, prepared or delivered (candidate feature; the scope fields beyond the ids
    are not fixed yet).

    """

    lease_owner: str
    """ The polling worker id the task is leased to. """
    workflow_task_attempt: int
    cancellation_scope_id: str | Unset = UNSET
    parent_cancellation_scope_id: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    sequence: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_owner = self.lease_owner

        workflow_task_attempt = self.workflow_task_attempt

        cancellation_scope_id = self.cancellation_scope_id

        parent_cancellation_scope_id: None | str | Unset
        if isinstance(self.parent_cancellation_scope_id, Unset):
            parent_cancellation_scope_id = UNSET
        else:
            parent_cancellation_scope_id = self.parent_cancellation_scope_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "workflow_task_attempt": workflow_task_attempt,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if parent_cancellation_scope_id is not UNSET:
            field_dict["parent_cancellation_scope_id"] = parent_cancellation_scope_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if sequence is not UNSET:
            field_dict["sequence"] = sequence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        cancellation_scope_id = d.pop("cancellation_scope_id", UNSET)

        def _parse_parent_cancellation_scope_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_cancellation_scope_id = _parse_parent_cancellation_scope_id(
            d.pop("parent_cancellation_scope_id", UNSET)
        )

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        workflow_task_cancellation_scope_request = cls(
            lease_owner=lease_owner,
            workflow_task_attempt=workflow_task_attempt,
            cancellation_scope_id=cancellation_scope_id,
            parent_cancellation_scope_id=parent_cancellation_scope_id,
            request_id=request_id,
            sequence=sequence,
        )

        workflow_task_cancellation_scope_request.additional_properties = d
        return workflow_task_cancellation_scope_request

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
