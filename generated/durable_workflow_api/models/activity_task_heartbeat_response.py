from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_task_deadlines import ActivityTaskDeadlines
    from ..models.server_capabilities import ServerCapabilities
    from ..models.worker_session_task_affinity import WorkerSessionTaskAffinity
    from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest


T = TypeVar("T", bound="ActivityTaskHeartbeatResponse")


@_attrs_define
class ActivityTaskHeartbeatResponse:
    task_id: str
    activity_attempt_id: str
    cancel_requested: bool
    """ The activity or its run was cancelled; stop work. """
    can_continue: bool
    """ Whether this attempt still owns the work. """
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    lease_owner: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    run_status: None | str | Unset = UNSET
    run_closed_reason: None | str | Unset = UNSET
    run_closed_at: datetime.datetime | None | Unset = UNSET
    heartbeat_recorded: bool | Unset = UNSET
    lease_expires_at: datetime.datetime | None | Unset = UNSET
    last_heartbeat_at: datetime.datetime | None | Unset = UNSET
    activity_status: None | str | Unset = UNSET
    attempt_status: None | str | Unset = UNSET
    task_status: None | str | Unset = UNSET
    deadlines: ActivityTaskDeadlines | None | Unset = UNSET
    worker_session: None | Unset | WorkerSessionTaskAffinity = UNSET
    cancellation_request: None | Unset | WorkflowTaskCancellationRequest = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_task_deadlines import ActivityTaskDeadlines
        from ..models.worker_session_task_affinity import WorkerSessionTaskAffinity
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        task_id = self.task_id

        activity_attempt_id = self.activity_attempt_id

        cancel_requested = self.cancel_requested

        can_continue = self.can_continue

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        lease_owner: None | str | Unset
        if isinstance(self.lease_owner, Unset):
            lease_owner = UNSET
        else:
            lease_owner = self.lease_owner

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        run_status: None | str | Unset
        if isinstance(self.run_status, Unset):
            run_status = UNSET
        else:
            run_status = self.run_status

        run_closed_reason: None | str | Unset
        if isinstance(self.run_closed_reason, Unset):
            run_closed_reason = UNSET
        else:
            run_closed_reason = self.run_closed_reason

        run_closed_at: None | str | Unset
        if isinstance(self.run_closed_at, Unset):
            run_closed_at = UNSET
        elif isinstance(self.run_closed_at, datetime.datetime):
            run_closed_at = self.run_closed_at.isoformat()
        else:
            run_closed_at = self.run_closed_at

        heartbeat_recorded = self.heartbeat_recorded

        lease_expires_at: None | str | Unset
        if isinstance(self.lease_expires_at, Unset):
            lease_expires_at = UNSET
        elif isinstance(self.lease_expires_at, datetime.datetime):
            lease_expires_at = self.lease_expires_at.isoformat()
        else:
            lease_expires_at = self.lease_expires_at

        last_heartbeat_at: None | str | Unset
        if isinstance(self.last_heartbeat_at, Unset):
            last_heartbeat_at = UNSET
        elif isinstance(self.last_heartbeat_at, datetime.datetime):
            last_heartbeat_at = self.last_heartbeat_at.isoformat()
        else:
            last_heartbeat_at = self.last_heartbeat_at

        activity_status: None | str | Unset
        if isinstance(self.activity_status, Unset):
            activity_status = UNSET
        else:
            activity_status = self.activity_status

        attempt_status: None | str | Unset
        if isinstance(self.attempt_status, Unset):
            attempt_status = UNSET
        else:
            attempt_status = self.attempt_status

        task_status: None | str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        else:
            task_status = self.task_status

        deadlines: dict[str, Any] | None | Unset
        if isinstance(self.deadlines, Unset):
            deadlines = UNSET
        elif isinstance(self.deadlines, ActivityTaskDeadlines):
            deadlines = self.deadlines.to_dict()
        else:
            deadlines = self.deadlines

        worker_session: dict[str, Any] | None | Unset
        if isinstance(self.worker_session, Unset):
            worker_session = UNSET
        elif isinstance(self.worker_session, WorkerSessionTaskAffinity):
            worker_session = self.worker_session.to_dict()
        else:
            worker_session = self.worker_session

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
                "activity_attempt_id": activity_attempt_id,
                "cancel_requested": cancel_requested,
                "can_continue": can_continue,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if reason is not UNSET:
            field_dict["reason"] = reason
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if run_closed_reason is not UNSET:
            field_dict["run_closed_reason"] = run_closed_reason
        if run_closed_at is not UNSET:
            field_dict["run_closed_at"] = run_closed_at
        if heartbeat_recorded is not UNSET:
            field_dict["heartbeat_recorded"] = heartbeat_recorded
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if last_heartbeat_at is not UNSET:
            field_dict["last_heartbeat_at"] = last_heartbeat_at
        if activity_status is not UNSET:
            field_dict["activity_status"] = activity_status
        if attempt_status is not UNSET:
            field_dict["attempt_status"] = attempt_status
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if deadlines is not UNSET:
            field_dict["deadlines"] = deadlines
        if worker_session is not UNSET:
            field_dict["worker_session"] = worker_session
        if cancellation_request is not UNSET:
            field_dict["cancellation_request"] = cancellation_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activity_task_deadlines import ActivityTaskDeadlines
        from ..models.server_capabilities import ServerCapabilities
        from ..models.worker_session_task_affinity import WorkerSessionTaskAffinity
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        d = dict(src_dict)
        task_id = d.pop("task_id")

        activity_attempt_id = d.pop("activity_attempt_id")

        cancel_requested = d.pop("cancel_requested")

        can_continue = d.pop("can_continue")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        def _parse_lease_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lease_owner = _parse_lease_owner(d.pop("lease_owner", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_run_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_status = _parse_run_status(d.pop("run_status", UNSET))

        def _parse_run_closed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_closed_reason = _parse_run_closed_reason(d.pop("run_closed_reason", UNSET))

        def _parse_run_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return run_closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        run_closed_at = _parse_run_closed_at(d.pop("run_closed_at", UNSET))

        heartbeat_recorded = d.pop("heartbeat_recorded", UNSET)

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

        def _parse_last_heartbeat_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_heartbeat_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_heartbeat_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_heartbeat_at = _parse_last_heartbeat_at(d.pop("last_heartbeat_at", UNSET))

        def _parse_activity_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_status = _parse_activity_status(d.pop("activity_status", UNSET))

        def _parse_attempt_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attempt_status = _parse_attempt_status(d.pop("attempt_status", UNSET))

        def _parse_task_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_status = _parse_task_status(d.pop("task_status", UNSET))

        def _parse_deadlines(data: object) -> ActivityTaskDeadlines | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deadlines_type_0 = ActivityTaskDeadlines.from_dict(data)

                return deadlines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityTaskDeadlines | None | Unset, data)

        deadlines = _parse_deadlines(d.pop("deadlines", UNSET))

        def _parse_worker_session(data: object) -> None | Unset | WorkerSessionTaskAffinity:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                worker_session_type_0 = WorkerSessionTaskAffinity.from_dict(data)

                return worker_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerSessionTaskAffinity, data)

        worker_session = _parse_worker_session(d.pop("worker_session", UNSET))

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

        activity_task_heartbeat_response = cls(
            task_id=task_id,
            activity_attempt_id=activity_attempt_id,
            cancel_requested=cancel_requested,
            can_continue=can_continue,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            lease_owner=lease_owner,
            reason=reason,
            run_status=run_status,
            run_closed_reason=run_closed_reason,
            run_closed_at=run_closed_at,
            heartbeat_recorded=heartbeat_recorded,
            lease_expires_at=lease_expires_at,
            last_heartbeat_at=last_heartbeat_at,
            activity_status=activity_status,
            attempt_status=attempt_status,
            task_status=task_status,
            deadlines=deadlines,
            worker_session=worker_session,
            cancellation_request=cancellation_request,
        )

        activity_task_heartbeat_response.additional_properties = d
        return activity_task_heartbeat_response

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
