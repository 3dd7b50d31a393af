from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities
    from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest


T = TypeVar("T", bound="LocalActivityControlResponse")


@_attrs_define
class LocalActivityControlResponse:
    active: bool
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    renewed: bool | Unset = UNSET
    stop_required: bool | Unset = UNSET
    heartbeat_recorded: bool | Unset = UNSET
    reason: None | str | Unset = UNSET
    activity_execution_id: str | Unset = UNSET
    activity_attempt_id: str | Unset = UNSET
    workflow_task_id: str | Unset = UNSET
    workflow_task_attempt: int | Unset = UNSET
    lease_expires_at: datetime.datetime | None | Unset = UNSET
    server_time: datetime.datetime | Unset = UNSET
    cancellation_request: None | Unset | WorkflowTaskCancellationRequest = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        active = self.active

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        renewed = self.renewed

        stop_required = self.stop_required

        heartbeat_recorded = self.heartbeat_recorded

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        activity_execution_id = self.activity_execution_id

        activity_attempt_id = self.activity_attempt_id

        workflow_task_id = self.workflow_task_id

        workflow_task_attempt = self.workflow_task_attempt

        lease_expires_at: None | str | Unset
        if isinstance(self.lease_expires_at, Unset):
            lease_expires_at = UNSET
        elif isinstance(self.lease_expires_at, datetime.datetime):
            lease_expires_at = self.lease_expires_at.isoformat()
        else:
            lease_expires_at = self.lease_expires_at

        server_time: str | Unset = UNSET
        if not isinstance(self.server_time, Unset):
            server_time = self.server_time.isoformat()

        cancellation_request: dict[str, Any] | None | Unset
        if isinstance(self.cancellation_request, Unset):
            cancellation_request = UNSET
        elif isinstance(self.cancellation_request, WorkflowTaskCancellationRequest):
            cancellation_request = self.cancellation_request.to_dict()
        else:
            cancellation_request = self.cancellation_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if renewed is not UNSET:
            field_dict["renewed"] = renewed
        if stop_required is not UNSET:
            field_dict["stop_required"] = stop_required
        if heartbeat_recorded is not UNSET:
            field_dict["heartbeat_recorded"] = heartbeat_recorded
        if reason is not UNSET:
            field_dict["reason"] = reason
        if activity_execution_id is not UNSET:
            field_dict["activity_execution_id"] = activity_execution_id
        if activity_attempt_id is not UNSET:
            field_dict["activity_attempt_id"] = activity_attempt_id
        if workflow_task_id is not UNSET:
            field_dict["workflow_task_id"] = workflow_task_id
        if workflow_task_attempt is not UNSET:
            field_dict["workflow_task_attempt"] = workflow_task_attempt
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if server_time is not UNSET:
            field_dict["server_time"] = server_time
        if cancellation_request is not UNSET:
            field_dict["cancellation_request"] = cancellation_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        d = dict(src_dict)
        active = d.pop("active")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        renewed = d.pop("renewed", UNSET)

        stop_required = d.pop("stop_required", UNSET)

        heartbeat_recorded = d.pop("heartbeat_recorded", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        activity_execution_id = d.pop("activity_execution_id", UNSET)

        activity_attempt_id = d.pop("activity_attempt_id", UNSET)

        workflow_task_id = d.pop("workflow_task_id", UNSET)

        workflow_task_attempt = d.pop("workflow_task_attempt", UNSET)

        def _parse_lease_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lease_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return lease_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        lease_expires_at = _parse_lease_expires_at(d.pop("lease_expires_at", UNSET))

        _server_time = d.pop("server_time", UNSET)
        server_time: datetime.datetime | Unset
        if isinstance(_server_time, Unset):
            server_time = UNSET
        else:
            server_time = datetime.datetime.fromisoformat(_server_time)

        def _parse_cancellation_request(
            data: object,
        ) -> None | Unset | WorkflowTaskCancellationRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cancellation_request_type_0 = WorkflowTaskCancellationRequest.from_dict(data)

                return cancellation_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowTaskCancellationRequest, data)

        cancellation_request = _parse_cancellation_request(d.pop("cancellation_request", UNSET))

        local_activity_control_response = cls(
            active=active,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            renewed=renewed,
            stop_required=stop_required,
            heartbeat_recorded=heartbeat_recorded,
            reason=reason,
            activity_execution_id=activity_execution_id,
            activity_attempt_id=activity_attempt_id,
            workflow_task_id=workflow_task_id,
            workflow_task_attempt=workflow_task_attempt,
            lease_expires_at=lease_expires_at,
            server_time=server_time,
            cancellation_request=cancellation_request,
        )

        local_activity_control_response.additional_properties = d
        return local_activity_control_response

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
