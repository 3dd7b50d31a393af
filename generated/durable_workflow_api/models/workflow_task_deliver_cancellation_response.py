from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="WorkflowTaskDeliverCancellationResponse")


@_attrs_define
class WorkflowTaskDeliverCancellationResponse:
    delivered: bool
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    claim_released: bool | Unset = UNSET
    """ True when delivery must wait and the task claim was released. """
    task_id: str | Unset = UNSET
    workflow_run_id: str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    sequence: int | None | Unset = UNSET
    call_kind: None | str | Unset = UNSET
    sequence_span: int | None | Unset = UNSET
    operation_sequence: int | None | Unset = UNSET
    operation_sequence_span: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    duplicate: bool | Unset = UNSET
    history_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered = self.delivered

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        claim_released = self.claim_released

        task_id = self.task_id

        workflow_run_id = self.workflow_run_id

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

        call_kind: None | str | Unset
        if isinstance(self.call_kind, Unset):
            call_kind = UNSET
        else:
            call_kind = self.call_kind

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

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        duplicate = self.duplicate

        history_event_id: None | str | Unset
        if isinstance(self.history_event_id, Unset):
            history_event_id = UNSET
        else:
            history_event_id = self.history_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivered": delivered,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if claim_released is not UNSET:
            field_dict["claim_released"] = claim_released
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if call_kind is not UNSET:
            field_dict["call_kind"] = call_kind
        if sequence_span is not UNSET:
            field_dict["sequence_span"] = sequence_span
        if operation_sequence is not UNSET:
            field_dict["operation_sequence"] = operation_sequence
        if operation_sequence_span is not UNSET:
            field_dict["operation_sequence_span"] = operation_sequence_span
        if reason is not UNSET:
            field_dict["reason"] = reason
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if history_event_id is not UNSET:
            field_dict["history_event_id"] = history_event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        delivered = d.pop("delivered")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        claim_released = d.pop("claim_released", UNSET)

        task_id = d.pop("task_id", UNSET)

        workflow_run_id = d.pop("workflow_run_id", UNSET)

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

        def _parse_call_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_kind = _parse_call_kind(d.pop("call_kind", UNSET))

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

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        duplicate = d.pop("duplicate", UNSET)

        def _parse_history_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        history_event_id = _parse_history_event_id(d.pop("history_event_id", UNSET))

        workflow_task_deliver_cancellation_response = cls(
            delivered=delivered,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            claim_released=claim_released,
            task_id=task_id,
            workflow_run_id=workflow_run_id,
            request_id=request_id,
            sequence=sequence,
            call_kind=call_kind,
            sequence_span=sequence_span,
            operation_sequence=operation_sequence,
            operation_sequence_span=operation_sequence_span,
            reason=reason,
            duplicate=duplicate,
            history_event_id=history_event_id,
        )

        workflow_task_deliver_cancellation_response.additional_properties = d
        return workflow_task_deliver_cancellation_response

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
