from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="ActivityTaskCancellationAckResponse")


@_attrs_define
class ActivityTaskCancellationAckResponse:
    task_id: str
    activity_attempt_id: str
    request_id: str
    acknowledged: bool
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    lease_owner: str | Unset = UNSET
    duplicate: bool | Unset = UNSET
    reason: None | str | Unset = UNSET
    heartbeat_recorded: bool | Unset = UNSET
    history_event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        activity_attempt_id = self.activity_attempt_id

        request_id = self.request_id

        acknowledged = self.acknowledged

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        lease_owner = self.lease_owner

        duplicate = self.duplicate

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        heartbeat_recorded = self.heartbeat_recorded

        history_event_id = self.history_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "activity_attempt_id": activity_attempt_id,
                "request_id": request_id,
                "acknowledged": acknowledged,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if reason is not UNSET:
            field_dict["reason"] = reason
        if heartbeat_recorded is not UNSET:
            field_dict["heartbeat_recorded"] = heartbeat_recorded
        if history_event_id is not UNSET:
            field_dict["history_event_id"] = history_event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        task_id = d.pop("task_id")

        activity_attempt_id = d.pop("activity_attempt_id")

        request_id = d.pop("request_id")

        acknowledged = d.pop("acknowledged")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        lease_owner = d.pop("lease_owner", UNSET)

        duplicate = d.pop("duplicate", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        heartbeat_recorded = d.pop("heartbeat_recorded", UNSET)

        history_event_id = d.pop("history_event_id", UNSET)

        activity_task_cancellation_ack_response = cls(
            task_id=task_id,
            activity_attempt_id=activity_attempt_id,
            request_id=request_id,
            acknowledged=acknowledged,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            lease_owner=lease_owner,
            duplicate=duplicate,
            reason=reason,
            heartbeat_recorded=heartbeat_recorded,
            history_event_id=history_event_id,
        )

        activity_task_cancellation_ack_response.additional_properties = d
        return activity_task_cancellation_ack_response

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
