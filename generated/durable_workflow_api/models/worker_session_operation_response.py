from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities
    from ..models.worker_session_snapshot import WorkerSessionSnapshot


T = TypeVar("T", bound="WorkerSessionOperationResponse")


@_attrs_define
class WorkerSessionOperationResponse:
    """Result of a session lifecycle call (also the body of its refusals)."""

    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    admitted: bool | Unset = UNSET
    outcome: None | str | Unset = UNSET
    session: WorkerSessionSnapshot | Unset = UNSET
    activity_task_id: None | str | Unset = UNSET
    status: int | Unset = UNSET
    """ HTTP status of this outcome. """
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    missing_requirements: list[str] | Unset = UNSET
    max_concurrent_worker_sessions: int | Unset = UNSET
    max_concurrent_activities: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        admitted = self.admitted

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        activity_task_id: None | str | Unset
        if isinstance(self.activity_task_id, Unset):
            activity_task_id = UNSET
        else:
            activity_task_id = self.activity_task_id

        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        missing_requirements: list[str] | Unset = UNSET
        if not isinstance(self.missing_requirements, Unset):
            missing_requirements = self.missing_requirements

        max_concurrent_worker_sessions = self.max_concurrent_worker_sessions

        max_concurrent_activities = self.max_concurrent_activities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if admitted is not UNSET:
            field_dict["admitted"] = admitted
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if session is not UNSET:
            field_dict["session"] = session
        if activity_task_id is not UNSET:
            field_dict["activity_task_id"] = activity_task_id
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if missing_requirements is not UNSET:
            field_dict["missing_requirements"] = missing_requirements
        if max_concurrent_worker_sessions is not UNSET:
            field_dict["max_concurrent_worker_sessions"] = max_concurrent_worker_sessions
        if max_concurrent_activities is not UNSET:
            field_dict["max_concurrent_activities"] = max_concurrent_activities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities
        from ..models.worker_session_snapshot import WorkerSessionSnapshot

        d = dict(src_dict)
        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        admitted = d.pop("admitted", UNSET)

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        _session = d.pop("session", UNSET)
        session: WorkerSessionSnapshot | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = WorkerSessionSnapshot.from_dict(_session)

        def _parse_activity_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_task_id = _parse_activity_task_id(d.pop("activity_task_id", UNSET))

        status = d.pop("status", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        missing_requirements = cast(list[str], d.pop("missing_requirements", UNSET))

        max_concurrent_worker_sessions = d.pop("max_concurrent_worker_sessions", UNSET)

        max_concurrent_activities = d.pop("max_concurrent_activities", UNSET)

        worker_session_operation_response = cls(
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            admitted=admitted,
            outcome=outcome,
            session=session,
            activity_task_id=activity_task_id,
            status=status,
            reason=reason,
            error=error,
            message=message,
            missing_requirements=missing_requirements,
            max_concurrent_worker_sessions=max_concurrent_worker_sessions,
            max_concurrent_activities=max_concurrent_activities,
        )

        worker_session_operation_response.additional_properties = d
        return worker_session_operation_response

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
