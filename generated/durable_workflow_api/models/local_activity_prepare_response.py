from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="LocalActivityPrepareResponse")


@_attrs_define
class LocalActivityPrepareResponse:
    prepared: bool
    activity_attempt_id: str
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    duplicate: bool | Unset = UNSET
    reason: None | str | Unset = UNSET
    activity_execution_id: str | Unset = UNSET
    worker_attempt_id: str | Unset = UNSET
    attempt_number: int | Unset = UNSET
    workflow_task_id: str | Unset = UNSET
    workflow_task_attempt: int | Unset = UNSET
    lease_owner: str | Unset = UNSET
    lease_expires_at: datetime.datetime | Unset = UNSET
    server_time: datetime.datetime | Unset = UNSET
    start_to_close_deadline_at: datetime.datetime | None | Unset = UNSET
    schedule_to_close_deadline_at: datetime.datetime | None | Unset = UNSET
    heartbeat_deadline_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prepared = self.prepared

        activity_attempt_id = self.activity_attempt_id

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        duplicate = self.duplicate

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        activity_execution_id = self.activity_execution_id

        worker_attempt_id = self.worker_attempt_id

        attempt_number = self.attempt_number

        workflow_task_id = self.workflow_task_id

        workflow_task_attempt = self.workflow_task_attempt

        lease_owner = self.lease_owner

        lease_expires_at: str | Unset = UNSET
        if not isinstance(self.lease_expires_at, Unset):
            lease_expires_at = self.lease_expires_at.isoformat()

        server_time: str | Unset = UNSET
        if not isinstance(self.server_time, Unset):
            server_time = self.server_time.isoformat()

        start_to_close_deadline_at: None | str | Unset
        if isinstance(self.start_to_close_deadline_at, Unset):
            start_to_close_deadline_at = UNSET
        elif isinstance(self.start_to_close_deadline_at, datetime.datetime):
            start_to_close_deadline_at = self.start_to_close_deadline_at.isoformat()
        else:
            start_to_close_deadline_at = self.start_to_close_deadline_at

        schedule_to_close_deadline_at: None | str | Unset
        if isinstance(self.schedule_to_close_deadline_at, Unset):
            schedule_to_close_deadline_at = UNSET
        elif isinstance(self.schedule_to_close_deadline_at, datetime.datetime):
            schedule_to_close_deadline_at = self.schedule_to_close_deadline_at.isoformat()
        else:
            schedule_to_close_deadline_at = self.schedule_to_close_deadline_at

        heartbeat_deadline_at: None | str | Unset
        if isinstance(self.heartbeat_deadline_at, Unset):
            heartbeat_deadline_at = UNSET
        elif isinstance(self.heartbeat_deadline_at, datetime.datetime):
            heartbeat_deadline_at = self.heartbeat_deadline_at.isoformat()
        else:
            heartbeat_deadline_at = self.heartbeat_deadline_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prepared": prepared,
                "activity_attempt_id": activity_attempt_id,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if reason is not UNSET:
            field_dict["reason"] = reason
        if activity_execution_id is not UNSET:
            field_dict["activity_execution_id"] = activity_execution_id
        if worker_attempt_id is not UNSET:
            field_dict["worker_attempt_id"] = worker_attempt_id
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if workflow_task_id is not UNSET:
            field_dict["workflow_task_id"] = workflow_task_id
        if workflow_task_attempt is not UNSET:
            field_dict["workflow_task_attempt"] = workflow_task_attempt
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if server_time is not UNSET:
            field_dict["server_time"] = server_time
        if start_to_close_deadline_at is not UNSET:
            field_dict["start_to_close_deadline_at"] = start_to_close_deadline_at
        if schedule_to_close_deadline_at is not UNSET:
            field_dict["schedule_to_close_deadline_at"] = schedule_to_close_deadline_at
        if heartbeat_deadline_at is not UNSET:
            field_dict["heartbeat_deadline_at"] = heartbeat_deadline_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        prepared = d.pop("prepared")

        activity_attempt_id = d.pop("activity_attempt_id")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        duplicate = d.pop("duplicate", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        activity_execution_id = d.pop("activity_execution_id", UNSET)

        worker_attempt_id = d.pop("worker_attempt_id", UNSET)

        attempt_number = d.pop("attempt_number", UNSET)

        workflow_task_id = d.pop("workflow_task_id", UNSET)

        workflow_task_attempt = d.pop("workflow_task_attempt", UNSET)

        lease_owner = d.pop("lease_owner", UNSET)

        _lease_expires_at = d.pop("lease_expires_at", UNSET)
        lease_expires_at: datetime.datetime | Unset
        if isinstance(_lease_expires_at, Unset):
            lease_expires_at = UNSET
        else:
            lease_expires_at = datetime.datetime.fromisoformat(_lease_expires_at)

        _server_time = d.pop("server_time", UNSET)
        server_time: datetime.datetime | Unset
        if isinstance(_server_time, Unset):
            server_time = UNSET
        else:
            server_time = datetime.datetime.fromisoformat(_server_time)

        def _parse_start_to_close_deadline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_to_close_deadline_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_to_close_deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_to_close_deadline_at = _parse_start_to_close_deadline_at(
            d.pop("start_to_close_deadline_at", UNSET)
        )

        def _parse_schedule_to_close_deadline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_to_close_deadline_at_type_0 = datetime.datetime.fromisoformat(data)

                return schedule_to_close_deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        schedule_to_close_deadline_at = _parse_schedule_to_close_deadline_at(
            d.pop("schedule_to_close_deadline_at", UNSET)
        )

        def _parse_heartbeat_deadline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                heartbeat_deadline_at_type_0 = datetime.datetime.fromisoformat(data)

                return heartbeat_deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        heartbeat_deadline_at = _parse_heartbeat_deadline_at(d.pop("heartbeat_deadline_at", UNSET))

        local_activity_prepare_response = cls(
            prepared=prepared,
            activity_attempt_id=activity_attempt_id,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            duplicate=duplicate,
            reason=reason,
            activity_execution_id=activity_execution_id,
            worker_attempt_id=worker_attempt_id,
            attempt_number=attempt_number,
            workflow_task_id=workflow_task_id,
            workflow_task_attempt=workflow_task_attempt,
            lease_owner=lease_owner,
            lease_expires_at=lease_expires_at,
            server_time=server_time,
            start_to_close_deadline_at=start_to_close_deadline_at,
            schedule_to_close_deadline_at=schedule_to_close_deadline_at,
            heartbeat_deadline_at=heartbeat_deadline_at,
        )

        local_activity_prepare_response.additional_properties = d
        return local_activity_prepare_response

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
