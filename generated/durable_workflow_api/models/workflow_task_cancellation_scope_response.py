from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="WorkflowTaskCancellationScopeResponse")


@_attrs_define
class WorkflowTaskCancellationScopeResponse:
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    task_id: str | Unset = UNSET
    workflow_task_attempt: int | Unset = UNSET
    cancellation_scope_id: None | str | Unset = UNSET
    outcome: None | str | Unset = UNSET
    duplicate: bool | Unset = UNSET
    delivered: bool | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        task_id = self.task_id

        workflow_task_attempt = self.workflow_task_attempt

        cancellation_scope_id: None | str | Unset
        if isinstance(self.cancellation_scope_id, Unset):
            cancellation_scope_id = UNSET
        else:
            cancellation_scope_id = self.cancellation_scope_id

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        duplicate = self.duplicate

        delivered = self.delivered

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if workflow_task_attempt is not UNSET:
            field_dict["workflow_task_attempt"] = workflow_task_attempt
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        task_id = d.pop("task_id", UNSET)

        workflow_task_attempt = d.pop("workflow_task_attempt", UNSET)

        def _parse_cancellation_scope_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_scope_id = _parse_cancellation_scope_id(d.pop("cancellation_scope_id", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        duplicate = d.pop("duplicate", UNSET)

        delivered = d.pop("delivered", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        workflow_task_cancellation_scope_response = cls(
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            task_id=task_id,
            workflow_task_attempt=workflow_task_attempt,
            cancellation_scope_id=cancellation_scope_id,
            outcome=outcome,
            duplicate=duplicate,
            delivered=delivered,
            reason=reason,
        )

        workflow_task_cancellation_scope_response.additional_properties = d
        return workflow_task_cancellation_scope_response

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
