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


T = TypeVar("T", bound="WorkflowTaskHeartbeatResponse")


@_attrs_define
class WorkflowTaskHeartbeatResponse:
    task_id: str
    renewed: bool
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    workflow_task_attempt: int | Unset = UNSET
    lease_owner: None | str | Unset = UNSET
    lease_expires_at: datetime.datetime | None | Unset = UNSET
    """ New expiry (now + 5 minutes) when renewed. """
    run_status: None | str | Unset = UNSET
    task_status: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    cancellation_request: None | Unset | WorkflowTaskCancellationRequest = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        task_id = self.task_id

        renewed = self.renewed

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        workflow_task_attempt = self.workflow_task_attempt

        lease_owner: None | str | Unset
        if isinstance(self.lease_owner, Unset):
            lease_owner = UNSET
        else:
            lease_owner = self.lease_owner

        lease_expires_at: None | str | Unset
        if isinstance(self.lease_expires_at, Unset):
            lease_expires_at = UNSET
        elif isinstance(self.lease_expires_at, datetime.datetime):
            lease_expires_at = self.lease_expires_at.isoformat()
        else:
            lease_expires_at = self.lease_expires_at

        run_status: None | str | Unset
        if isinstance(self.run_status, Unset):
            run_status = UNSET
        else:
            run_status = self.run_status

        task_status: None | str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        else:
            task_status = self.task_status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

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
                "task_id": task_id,
                "renewed": renewed,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if workflow_task_attempt is not UNSET:
            field_dict["workflow_task_attempt"] = workflow_task_attempt
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if cancellation_request is not UNSET:
            field_dict["cancellation_request"] = cancellation_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        d = dict(src_dict)
        task_id = d.pop("task_id")

        renewed = d.pop("renewed")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        workflow_task_attempt = d.pop("workflow_task_attempt", UNSET)

        def _parse_lease_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lease_owner = _parse_lease_owner(d.pop("lease_owner", UNSET))

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

        def _parse_run_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_status = _parse_run_status(d.pop("run_status", UNSET))

        def _parse_task_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_status = _parse_task_status(d.pop("task_status", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

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

        workflow_task_heartbeat_response = cls(
            task_id=task_id,
            renewed=renewed,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            workflow_task_attempt=workflow_task_attempt,
            lease_owner=lease_owner,
            lease_expires_at=lease_expires_at,
            run_status=run_status,
            task_status=task_status,
            reason=reason,
            cancellation_request=cancellation_request,
        )

        workflow_task_heartbeat_response.additional_properties = d
        return workflow_task_heartbeat_response

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
