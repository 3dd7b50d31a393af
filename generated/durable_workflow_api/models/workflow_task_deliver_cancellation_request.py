from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_task_call_kind import WorkflowTaskCallKind, check_workflow_task_call_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskDeliverCancellationRequest")


@_attrs_define
class WorkflowTaskDeliverCancellationRequest:
    lease_owner: str
    """ The polling worker id the task is leased to. """
    workflow_task_attempt: int
    request_id: str
    sequence: int
    call_kind: WorkflowTaskCallKind
    """ Kind of the durable call a cooperative cancellation is delivered at. """
    sequence_span: int | None | Unset = 1
    operation_sequence: int | None | Unset = UNSET
    operation_sequence_span: int | None | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_owner = self.lease_owner

        workflow_task_attempt = self.workflow_task_attempt

        request_id = self.request_id

        sequence = self.sequence

        call_kind: str = self.call_kind

        sequence_span: int | None | Unset
        if isinstance(self.sequence_span, Unset):
            sequence_span = UNSET
        else:
            sequence_span = self.sequence_span

        operation_sequence: int | None | Unset
        if isinstance(self.operation_sequence, Unset):
            operation_sequence = UNSET
        else:
            operation_sequence = self.operation_sequence

        operation_sequence_span: int | None | Unset
        if isinstance(self.operation_sequence_span, Unset):
            operation_sequence_span = UNSET
        else:
            operation_sequence_span = self.operation_sequence_span

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "workflow_task_attempt": workflow_task_attempt,
                "request_id": request_id,
                "sequence": sequence,
                "call_kind": call_kind,
            }
        )
        if sequence_span is not UNSET:
            field_dict["sequence_span"] = sequence_span
        if operation_sequence is not UNSET:
            field_dict["operation_sequence"] = operation_sequence
        if operation_sequence_span is not UNSET:
            field_dict["operation_sequence_span"] = operation_sequence_span

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        request_id = d.pop("request_id")

        sequence = d.pop("sequence")

        call_kind = check_workflow_task_call_kind(d.pop("call_kind"))

        def _parse_sequence_span(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence_span = _parse_sequence_span(d.pop("sequence_span", UNSET))

        def _parse_operation_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        operation_sequence = _parse_operation_sequence(d.pop("operation_sequence", UNSET))

        def _parse_operation_sequence_span(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        operation_sequence_span = _parse_operation_sequence_span(
            d.pop("operation_sequence_span", UNSET)
        )

        workflow_task_deliver_cancellation_request = cls(
            lease_owner=lease_owner,
            workflow_task_attempt=workflow_task_attempt,
            request_id=request_id,
            sequence=sequence,
            call_kind=call_kind,
            sequence_span=sequence_span,
            operation_sequence=operation_sequence,
            operation_sequence_span=operation_sequence_span,
        )

        workflow_task_deliver_cancellation_request.additional_properties = d
        return workflow_task_deliver_cancellation_request

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
