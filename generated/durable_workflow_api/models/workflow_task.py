from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_task_task_kind import WorkflowTaskTaskKind, check_workflow_task_task_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_event import HistoryEvent
    from ..models.payload_envelope import PayloadEnvelope
    from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest


T = TypeVar("T", bound="WorkflowTask")


@_attrs_define
class WorkflowTask:
    """A leased workflow task: what to replay (first history page, start input) and why it exists (resume context: always
    present on the server, null when not applicable).

    """

    task_id: str
    workflow_id: str
    run_id: str
    workflow_task_attempt: int
    """ Fencing token (claim counter); echo it on history, heartbeat, complete, fail. """
    task_kind: WorkflowTaskTaskKind | Unset = UNSET
    """ Present on multiplexed polls. """
    workflow_type: None | str | Unset = UNSET
    payload_codec: str | Unset = UNSET
    """ The run's payload codec; tags every raw blob of the run. """
    arguments: None | PayloadEnvelope | Unset = UNSET
    """ Workflow start input (an encoded list of positional arguments). """
    run_status: str | Unset = UNSET
    """ Open run status (`pending`, `running`, `waiting`). """
    last_history_sequence: int | Unset = UNSET
    history_events: list[HistoryEvent] | Unset = UNSET
    """ First page of the run's history, ascending by `sequence`. """
    total_history_events: int | Unset = UNSET
    next_history_page_token: None | str | Unset = UNSET
    """ Opaque token of the next page; null when the first page is complete. """
    history_events_compressed: str | Unset = UNSET
    """ Base64 of the compressed JSON event array (then `history_events` is empty). """
    history_events_encoding: str | Unset = UNSET
    task_queue: None | str | Unset = UNSET
    connection: None | str | Unset = UNSET
    compatibility: None | str | Unset = UNSET
    """ Build-id marker; only workers registered with that build id receive the task. """
    lease_owner: str | Unset = UNSET
    lease_expires_at: datetime.datetime | Unset = UNSET
    workflow_wait_kind: None | str | Unset = UNSET
    open_wait_id: None | str | Unset = UNSET
    resume_source_kind: None | str | Unset = UNSET
    resume_source_id: None | str | Unset = UNSET
    workflow_update_id: None | str | Unset = UNSET
    """ Set when the task applies an accepted update. """
    workflow_signal_id: None | str | Unset = UNSET
    signal_name: None | str | Unset = UNSET
    signal_wait_id: None | str | Unset = UNSET
    workflow_command_id: None | str | Unset = UNSET
    activity_execution_id: None | str | Unset = UNSET
    activity_attempt_id: None | str | Unset = UNSET
    activity_type: None | str | Unset = UNSET
    child_call_id: None | str | Unset = UNSET
    child_workflow_run_id: None | str | Unset = UNSET
    workflow_sequence: int | None | Unset = UNSET
    workflow_event_type: None | str | Unset = UNSET
    timer_id: None | str | Unset = UNSET
    condition_wait_id: None | str | Unset = UNSET
    condition_key: None | str | Unset = UNSET
    condition_definition_fingerprint: None | str | Unset = UNSET
    cancel_requested: bool | Unset = UNSET
    cancellation_request: None | Unset | WorkflowTaskCancellationRequest = UNSET
    sticky_replay_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        task_id = self.task_id

        workflow_id = self.workflow_id

        run_id = self.run_id

        workflow_task_attempt = self.workflow_task_attempt

        task_kind: str | Unset = UNSET
        if not isinstance(self.task_kind, Unset):
            task_kind = self.task_kind

        workflow_type: None | str | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        else:
            workflow_type = self.workflow_type

        payload_codec = self.payload_codec

        arguments: dict[str, Any] | None | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, PayloadEnvelope):
            arguments = self.arguments.to_dict()
        else:
            arguments = self.arguments

        run_status = self.run_status

        last_history_sequence = self.last_history_sequence

        history_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history_events, Unset):
            history_events = []
            for history_events_item_data in self.history_events:
                history_events_item = history_events_item_data.to_dict()
                history_events.append(history_events_item)

        total_history_events = self.total_history_events

        next_history_page_token: None | str | Unset
        if isinstance(self.next_history_page_token, Unset):
            next_history_page_token = UNSET
        else:
            next_history_page_token = self.next_history_page_token

        history_events_compressed = self.history_events_compressed

        history_events_encoding = self.history_events_encoding

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        compatibility: None | str | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        lease_owner = self.lease_owner

        lease_expires_at: str | Unset = UNSET
        if not isinstance(self.lease_expires_at, Unset):
            lease_expires_at = self.lease_expires_at.isoformat()

        workflow_wait_kind: None | str | Unset
        if isinstance(self.workflow_wait_kind, Unset):
            workflow_wait_kind = UNSET
        else:
            workflow_wait_kind = self.workflow_wait_kind

        open_wait_id: None | str | Unset
        if isinstance(self.open_wait_id, Unset):
            open_wait_id = UNSET
        else:
            open_wait_id = self.open_wait_id

        resume_source_kind: None | str | Unset
        if isinstance(self.resume_source_kind, Unset):
            resume_source_kind = UNSET
        else:
            resume_source_kind = self.resume_source_kind

        resume_source_id: None | str | Unset
        if isinstance(self.resume_source_id, Unset):
            resume_source_id = UNSET
        else:
            resume_source_id = self.resume_source_id

        workflow_update_id: None | str | Unset
        if isinstance(self.workflow_update_id, Unset):
            workflow_update_id = UNSET
        else:
            workflow_update_id = self.workflow_update_id

        workflow_signal_id: None | str | Unset
        if isinstance(self.workflow_signal_id, Unset):
            workflow_signal_id = UNSET
        else:
            workflow_signal_id = self.workflow_signal_id

        signal_name: None | str | Unset
        if isinstance(self.signal_name, Unset):
            signal_name = UNSET
        else:
            signal_name = self.signal_name

        signal_wait_id: None | str | Unset
        if isinstance(self.signal_wait_id, Unset):
            signal_wait_id = UNSET
        else:
            signal_wait_id = self.signal_wait_id

        workflow_command_id: None | str | Unset
        if isinstance(self.workflow_command_id, Unset):
            workflow_command_id = UNSET
        else:
            workflow_command_id = self.workflow_command_id

        activity_execution_id: None | str | Unset
        if isinstance(self.activity_execution_id, Unset):
            activity_execution_id = UNSET
        else:
            activity_execution_id = self.activity_execution_id

        activity_attempt_id: None | str | Unset
        if isinstance(self.activity_attempt_id, Unset):
            activity_attempt_id = UNSET
        else:
            activity_attempt_id = self.activity_attempt_id

        activity_type: None | str | Unset
        if isinstance(self.activity_type, Unset):
            activity_type = UNSET
        else:
            activity_type = self.activity_type

        child_call_id: None | str | Unset
        if isinstance(self.child_call_id, Unset):
            child_call_id = UNSET
        else:
            child_call_id = self.child_call_id

        child_workflow_run_id: None | str | Unset
        if isinstance(self.child_workflow_run_id, Unset):
            child_workflow_run_id = UNSET
        else:
            child_workflow_run_id = self.child_workflow_run_id

        workflow_sequence: int | None | Unset
        if isinstance(self.workflow_sequence, Unset):
            workflow_sequence = UNSET
        else:
            workflow_sequence = self.workflow_sequence

        workflow_event_type: None | str | Unset
        if isinstance(self.workflow_event_type, Unset):
            workflow_event_type = UNSET
        else:
            workflow_event_type = self.workflow_event_type

        timer_id: None | str | Unset
        if isinstance(self.timer_id, Unset):
            timer_id = UNSET
        else:
            timer_id = self.timer_id

        condition_wait_id: None | str | Unset
        if isinstance(self.condition_wait_id, Unset):
            condition_wait_id = UNSET
        else:
            condition_wait_id = self.condition_wait_id

        condition_key: None | str | Unset
        if isinstance(self.condition_key, Unset):
            condition_key = UNSET
        else:
            condition_key = self.condition_key

        condition_definition_fingerprint: None | str | Unset
        if isinstance(self.condition_definition_fingerprint, Unset):
            condition_definition_fingerprint = UNSET
        else:
            condition_definition_fingerprint = self.condition_definition_fingerprint

        cancel_requested = self.cancel_requested

        cancellation_request: dict[str, Any] | None | Unset
        if isinstance(self.cancellation_request, Unset):
            cancellation_request = UNSET
        elif isinstance(self.cancellation_request, WorkflowTaskCancellationRequest):
            cancellation_request = self.cancellation_request.to_dict()
        else:
            cancellation_request = self.cancellation_request

        sticky_replay_mode: None | str | Unset
        if isinstance(self.sticky_replay_mode, Unset):
            sticky_replay_mode = UNSET
        else:
            sticky_replay_mode = self.sticky_replay_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "workflow_id": workflow_id,
                "run_id": run_id,
                "workflow_task_attempt": workflow_task_attempt,
            }
        )
        if task_kind is not UNSET:
            field_dict["task_kind"] = task_kind
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if last_history_sequence is not UNSET:
            field_dict["last_history_sequence"] = last_history_sequence
        if history_events is not UNSET:
            field_dict["history_events"] = history_events
        if total_history_events is not UNSET:
            field_dict["total_history_events"] = total_history_events
        if next_history_page_token is not UNSET:
            field_dict["next_history_page_token"] = next_history_page_token
        if history_events_compressed is not UNSET:
            field_dict["history_events_compressed"] = history_events_compressed
        if history_events_encoding is not UNSET:
            field_dict["history_events_encoding"] = history_events_encoding
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if connection is not UNSET:
            field_dict["connection"] = connection
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if workflow_wait_kind is not UNSET:
            field_dict["workflow_wait_kind"] = workflow_wait_kind
        if open_wait_id is not UNSET:
            field_dict["open_wait_id"] = open_wait_id
        if resume_source_kind is not UNSET:
            field_dict["resume_source_kind"] = resume_source_kind
        if resume_source_id is not UNSET:
            field_dict["resume_source_id"] = resume_source_id
        if workflow_update_id is not UNSET:
            field_dict["workflow_update_id"] = workflow_update_id
        if workflow_signal_id is not UNSET:
            field_dict["workflow_signal_id"] = workflow_signal_id
        if signal_name is not UNSET:
            field_dict["signal_name"] = signal_name
        if signal_wait_id is not UNSET:
            field_dict["signal_wait_id"] = signal_wait_id
        if workflow_command_id is not UNSET:
            field_dict["workflow_command_id"] = workflow_command_id
        if activity_execution_id is not UNSET:
            field_dict["activity_execution_id"] = activity_execution_id
        if activity_attempt_id is not UNSET:
            field_dict["activity_attempt_id"] = activity_attempt_id
        if activity_type is not UNSET:
            field_dict["activity_type"] = activity_type
        if child_call_id is not UNSET:
            field_dict["child_call_id"] = child_call_id
        if child_workflow_run_id is not UNSET:
            field_dict["child_workflow_run_id"] = child_workflow_run_id
        if workflow_sequence is not UNSET:
            field_dict["workflow_sequence"] = workflow_sequence
        if workflow_event_type is not UNSET:
            field_dict["workflow_event_type"] = workflow_event_type
        if timer_id is not UNSET:
            field_dict["timer_id"] = timer_id
        if condition_wait_id is not UNSET:
            field_dict["condition_wait_id"] = condition_wait_id
        if condition_key is not UNSET:
            field_dict["condition_key"] = condition_key
        if condition_definition_fingerprint is not UNSET:
            field_dict["condition_definition_fingerprint"] = condition_definition_fingerprint
        if cancel_requested is not UNSET:
            field_dict["cancel_requested"] = cancel_requested
        if cancellation_request is not UNSET:
            field_dict["cancellation_request"] = cancellation_request
        if sticky_replay_mode is not UNSET:
            field_dict["sticky_replay_mode"] = sticky_replay_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.history_event import HistoryEvent
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        d = dict(src_dict)
        task_id = d.pop("task_id")

        workflow_id = d.pop("workflow_id")

        run_id = d.pop("run_id")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        _task_kind = d.pop("task_kind", UNSET)
        task_kind: WorkflowTaskTaskKind | Unset
        if isinstance(_task_kind, Unset):
            task_kind = UNSET
        else:
            task_kind = check_workflow_task_task_kind(_task_kind)

        def _parse_workflow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

        payload_codec = d.pop("payload_codec", UNSET)

        def _parse_arguments(data: object) -> None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                arguments_type_0 = PayloadEnvelope.from_dict(data)

                return arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | Unset, data)

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        run_status = d.pop("run_status", UNSET)

        last_history_sequence = d.pop("last_history_sequence", UNSET)

        _history_events = d.pop("history_events", UNSET)
        history_events: list[HistoryEvent] | Unset = UNSET
        if _history_events is not UNSET:
            history_events = []
            for history_events_item_data in _history_events:
                history_events_item = HistoryEvent.from_dict(history_events_item_data)

                history_events.append(history_events_item)

        total_history_events = d.pop("total_history_events", UNSET)

        def _parse_next_history_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_history_page_token = _parse_next_history_page_token(
            d.pop("next_history_page_token", UNSET)
        )

        history_events_compressed = d.pop("history_events_compressed", UNSET)

        history_events_encoding = d.pop("history_events_encoding", UNSET)

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))

        lease_owner = d.pop("lease_owner", UNSET)

        _lease_expires_at = d.pop("lease_expires_at", UNSET)
        lease_expires_at: datetime.datetime | Unset
        if isinstance(_lease_expires_at, Unset):
            lease_expires_at = UNSET
        else:
            lease_expires_at = datetime.datetime.fromisoformat(_lease_expires_at)

        def _parse_workflow_wait_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_wait_kind = _parse_workflow_wait_kind(d.pop("workflow_wait_kind", UNSET))

        def _parse_open_wait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        open_wait_id = _parse_open_wait_id(d.pop("open_wait_id", UNSET))

        def _parse_resume_source_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resume_source_kind = _parse_resume_source_kind(d.pop("resume_source_kind", UNSET))

        def _parse_resume_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resume_source_id = _parse_resume_source_id(d.pop("resume_source_id", UNSET))

        def _parse_workflow_update_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_update_id = _parse_workflow_update_id(d.pop("workflow_update_id", UNSET))

        def _parse_workflow_signal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_signal_id = _parse_workflow_signal_id(d.pop("workflow_signal_id", UNSET))

        def _parse_signal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signal_name = _parse_signal_name(d.pop("signal_name", UNSET))

        def _parse_signal_wait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signal_wait_id = _parse_signal_wait_id(d.pop("signal_wait_id", UNSET))

        def _parse_workflow_command_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_command_id = _parse_workflow_command_id(d.pop("workflow_command_id", UNSET))

        def _parse_activity_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_execution_id = _parse_activity_execution_id(d.pop("activity_execution_id", UNSET))

        def _parse_activity_attempt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_attempt_id = _parse_activity_attempt_id(d.pop("activity_attempt_id", UNSET))

        def _parse_activity_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_type = _parse_activity_type(d.pop("activity_type", UNSET))

        def _parse_child_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        child_call_id = _parse_child_call_id(d.pop("child_call_id", UNSET))

        def _parse_child_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        child_workflow_run_id = _parse_child_workflow_run_id(d.pop("child_workflow_run_id", UNSET))

        def _parse_workflow_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_sequence = _parse_workflow_sequence(d.pop("workflow_sequence", UNSET))

        def _parse_workflow_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_event_type = _parse_workflow_event_type(d.pop("workflow_event_type", UNSET))

        def _parse_timer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timer_id = _parse_timer_id(d.pop("timer_id", UNSET))

        def _parse_condition_wait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_wait_id = _parse_condition_wait_id(d.pop("condition_wait_id", UNSET))

        def _parse_condition_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_key = _parse_condition_key(d.pop("condition_key", UNSET))

        def _parse_condition_definition_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_definition_fingerprint = _parse_condition_definition_fingerprint(
            d.pop("condition_definition_fingerprint", UNSET)
        )

        cancel_requested = d.pop("cancel_requested", UNSET)

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

        def _parse_sticky_replay_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sticky_replay_mode = _parse_sticky_replay_mode(d.pop("sticky_replay_mode", UNSET))

        workflow_task = cls(
            task_id=task_id,
            workflow_id=workflow_id,
            run_id=run_id,
            workflow_task_attempt=workflow_task_attempt,
            task_kind=task_kind,
            workflow_type=workflow_type,
            payload_codec=payload_codec,
            arguments=arguments,
            run_status=run_status,
            last_history_sequence=last_history_sequence,
            history_events=history_events,
            total_history_events=total_history_events,
            next_history_page_token=next_history_page_token,
            history_events_compressed=history_events_compressed,
            history_events_encoding=history_events_encoding,
            task_queue=task_queue,
            connection=connection,
            compatibility=compatibility,
            lease_owner=lease_owner,
            lease_expires_at=lease_expires_at,
            workflow_wait_kind=workflow_wait_kind,
            open_wait_id=open_wait_id,
            resume_source_kind=resume_source_kind,
            resume_source_id=resume_source_id,
            workflow_update_id=workflow_update_id,
            workflow_signal_id=workflow_signal_id,
            signal_name=signal_name,
            signal_wait_id=signal_wait_id,
            workflow_command_id=workflow_command_id,
            activity_execution_id=activity_execution_id,
            activity_attempt_id=activity_attempt_id,
            activity_type=activity_type,
            child_call_id=child_call_id,
            child_workflow_run_id=child_workflow_run_id,
            workflow_sequence=workflow_sequence,
            workflow_event_type=workflow_event_type,
            timer_id=timer_id,
            condition_wait_id=condition_wait_id,
            condition_key=condition_key,
            condition_definition_fingerprint=condition_definition_fingerprint,
            cancel_requested=cancel_requested,
            cancellation_request=cancellation_request,
            sticky_replay_mode=sticky_replay_mode,
        )

        workflow_task.additional_properties = d
        return workflow_task

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
