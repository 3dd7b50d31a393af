from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_command_cancellation_policy import (
    WorkflowCommandCancellationPolicy,
    check_workflow_command_cancellation_policy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_envelope import PayloadEnvelope
    from ..models.worker_session_options import WorkerSessionOptions
    from ..models.workflow_command_retry_policy import WorkflowCommandRetryPolicy


T = TypeVar("T", bound="WorkflowCommandScheduleActivity")


@_attrs_define
class WorkflowCommandScheduleActivity:
    """Schedule an activity execution (one activity task per attempt)."""

    type_: Literal["schedule_activity"]
    activity_type: str
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    parallel_group_id: None | str | Unset = UNSET
    parallel_group_kind: None | str | Unset = UNSET
    parallel_group_base_sequence: int | None | Unset = UNSET
    parallel_group_size: int | None | Unset = UNSET
    parallel_group_index: int | None | Unset = UNSET
    parallel_group_mode: None | str | Unset = UNSET
    selection_member_key: None | str | Unset = UNSET
    selection_member_index: int | None | Unset = UNSET
    selection_member_base_sequence: int | None | Unset = UNSET
    selection_member_size: int | None | Unset = UNSET
    selection_member_kind: None | str | Unset = UNSET
    arguments: None | PayloadEnvelope | str | Unset = UNSET
    """ A payload-carrying command field: an envelope (`{codec, blob}` or `{codec, external_storage}`), a raw
    already-encoded blob string (codec = the run's), or null. """
    payload_codec: None | str | Unset = UNSET
    connection: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    """ Task queue of the activity (default the run's). """
    retry_policy: None | Unset | WorkflowCommandRetryPolicy = UNSET
    start_to_close_timeout: int | None | Unset = UNSET
    """ Seconds one attempt may run; must be at most `schedule_to_close_timeout`. """
    schedule_to_start_timeout: int | None | Unset = UNSET
    """ Seconds the activity may wait in the queue; at most `schedule_to_close_timeout`. """
    schedule_to_close_timeout: int | None | Unset = UNSET
    """ Seconds for the whole execution including retries. """
    heartbeat_timeout: int | None | Unset = UNSET
    """ Maximum seconds between heartbeats; at most `start_to_close_timeout`. """
    worker_session: None | Unset | WorkerSessionOptions = UNSET
    cancellation_policy: None | Unset | WorkflowCommandCancellationPolicy = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.worker_session_options import WorkerSessionOptions
        from ..models.workflow_command_retry_policy import WorkflowCommandRetryPolicy

        type_ = self.type_

        activity_type = self.activity_type

        cancellation_scope_id: None | str | Unset
        if isinstance(self.cancellation_scope_id, Unset):
            cancellation_scope_id = UNSET
        else:
            cancellation_scope_id = self.cancellation_scope_id

        cancellation_cleanup: bool | None | Unset
        if isinstance(self.cancellation_cleanup, Unset):
            cancellation_cleanup = UNSET
        else:
            cancellation_cleanup = self.cancellation_cleanup

        parallel_group_id: None | str | Unset
        if isinstance(self.parallel_group_id, Unset):
            parallel_group_id = UNSET
        else:
            parallel_group_id = self.parallel_group_id

        parallel_group_kind: None | str | Unset
        if isinstance(self.parallel_group_kind, Unset):
            parallel_group_kind = UNSET
        else:
            parallel_group_kind = self.parallel_group_kind

        parallel_group_base_sequence: int | None | Unset
        if isinstance(self.parallel_group_base_sequence, Unset):
            parallel_group_base_sequence = UNSET
        else:
            parallel_group_base_sequence = self.parallel_group_base_sequence

        parallel_group_size: int | None | Unset
        if isinstance(self.parallel_group_size, Unset):
            parallel_group_size = UNSET
        else:
            parallel_group_size = self.parallel_group_size

        parallel_group_index: int | None | Unset
        if isinstance(self.parallel_group_index, Unset):
            parallel_group_index = UNSET
        else:
            parallel_group_index = self.parallel_group_index

        parallel_group_mode: None | str | Unset
        if isinstance(self.parallel_group_mode, Unset):
            parallel_group_mode = UNSET
        else:
            parallel_group_mode = self.parallel_group_mode

        selection_member_key: None | str | Unset
        if isinstance(self.selection_member_key, Unset):
            selection_member_key = UNSET
        else:
            selection_member_key = self.selection_member_key

        selection_member_index: int | None | Unset
        if isinstance(self.selection_member_index, Unset):
            selection_member_index = UNSET
        else:
            selection_member_index = self.selection_member_index

        selection_member_base_sequence: int | None | Unset
        if isinstance(self.selection_member_base_sequence, Unset):
            selection_member_base_sequence = UNSET
        else:
            selection_member_base_sequence = self.selection_member_base_sequence

        selection_member_size: int | None | Unset
        if isinstance(self.selection_member_size, Unset):
            selection_member_size = UNSET
        else:
            selection_member_size = self.selection_member_size

        selection_member_kind: None | str | Unset
        if isinstance(self.selection_member_kind, Unset):
            selection_member_kind = UNSET
        else:
            selection_member_kind = self.selection_member_kind

        arguments: dict[str, Any] | None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, PayloadEnvelope):
            arguments = self.arguments.to_dict()
        else:
            arguments = self.arguments

        payload_codec: None | str | Unset
        if isinstance(self.payload_codec, Unset):
            payload_codec = UNSET
        else:
            payload_codec = self.payload_codec

        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        retry_policy: dict[str, Any] | None | Unset
        if isinstance(self.retry_policy, Unset):
            retry_policy = UNSET
        elif isinstance(self.retry_policy, WorkflowCommandRetryPolicy):
            retry_policy = self.retry_policy.to_dict()
        else:
            retry_policy = self.retry_policy

        start_to_close_timeout: int | None | Unset
        if isinstance(self.start_to_close_timeout, Unset):
            start_to_close_timeout = UNSET
        else:
            start_to_close_timeout = self.start_to_close_timeout

        schedule_to_start_timeout: int | None | Unset
        if isinstance(self.schedule_to_start_timeout, Unset):
            schedule_to_start_timeout = UNSET
        else:
            schedule_to_start_timeout = self.schedule_to_start_timeout

        schedule_to_close_timeout: int | None | Unset
        if isinstance(self.schedule_to_close_timeout, Unset):
            schedule_to_close_timeout = UNSET
        else:
            schedule_to_close_timeout = self.schedule_to_close_timeout

        heartbeat_timeout: int | None | Unset
        if isinstance(self.heartbeat_timeout, Unset):
            heartbeat_timeout = UNSET
        else:
            heartbeat_timeout = self.heartbeat_timeout

        worker_session: dict[str, Any] | None | Unset
        if isinstance(self.worker_session, Unset):
            worker_session = UNSET
        elif isinstance(self.worker_session, WorkerSessionOptions):
            worker_session = self.worker_session.to_dict()
        else:
            worker_session = self.worker_session

        cancellation_policy: None | str | Unset
        if isinstance(self.cancellation_policy, Unset):
            cancellation_policy = UNSET
        elif isinstance(self.cancellation_policy, str):
            cancellation_policy = self.cancellation_policy
        else:
            cancellation_policy = self.cancellation_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "activity_type": activity_type,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if parallel_group_id is not UNSET:
            field_dict["parallel_group_id"] = parallel_group_id
        if parallel_group_kind is not UNSET:
            field_dict["parallel_group_kind"] = parallel_group_kind
        if parallel_group_base_sequence is not UNSET:
            field_dict["parallel_group_base_sequence"] = parallel_group_base_sequence
        if parallel_group_size is not UNSET:
            field_dict["parallel_group_size"] = parallel_group_size
        if parallel_group_index is not UNSET:
            field_dict["parallel_group_index"] = parallel_group_index
        if parallel_group_mode is not UNSET:
            field_dict["parallel_group_mode"] = parallel_group_mode
        if selection_member_key is not UNSET:
            field_dict["selection_member_key"] = selection_member_key
        if selection_member_index is not UNSET:
            field_dict["selection_member_index"] = selection_member_index
        if selection_member_base_sequence is not UNSET:
            field_dict["selection_member_base_sequence"] = selection_member_base_sequence
        if selection_member_size is not UNSET:
            field_dict["selection_member_size"] = selection_member_size
        if selection_member_kind is not UNSET:
            field_dict["selection_member_kind"] = selection_member_kind
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if connection is not UNSET:
            field_dict["connection"] = connection
        if queue is not UNSET:
            field_dict["queue"] = queue
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy
        if start_to_close_timeout is not UNSET:
            field_dict["start_to_close_timeout"] = start_to_close_timeout
        if schedule_to_start_timeout is not UNSET:
            field_dict["schedule_to_start_timeout"] = schedule_to_start_timeout
        if schedule_to_close_timeout is not UNSET:
            field_dict["schedule_to_close_timeout"] = schedule_to_close_timeout
        if heartbeat_timeout is not UNSET:
            field_dict["heartbeat_timeout"] = heartbeat_timeout
        if worker_session is not UNSET:
            field_dict["worker_session"] = worker_session
        if cancellation_policy is not UNSET:
            field_dict["cancellation_policy"] = cancellation_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.worker_session_options import WorkerSessionOptions
        from ..models.workflow_command_retry_policy import WorkflowCommandRetryPolicy

        d = dict(src_dict)
        type_ = cast(Literal["schedule_activity"], d.pop("type"))
        if type_ != "schedule_activity":
            raise ValueError(f"type must match const 'schedule_activity', got '{type_}'")

        activity_type = d.pop("activity_type")

        def _parse_cancellation_scope_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_scope_id = _parse_cancellation_scope_id(d.pop("cancellation_scope_id", UNSET))

        def _parse_cancellation_cleanup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancellation_cleanup = _parse_cancellation_cleanup(d.pop("cancellation_cleanup", UNSET))

        def _parse_parallel_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_id = _parse_parallel_group_id(d.pop("parallel_group_id", UNSET))

        def _parse_parallel_group_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_kind = _parse_parallel_group_kind(d.pop("parallel_group_kind", UNSET))

        def _parse_parallel_group_base_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_base_sequence = _parse_parallel_group_base_sequence(
            d.pop("parallel_group_base_sequence", UNSET)
        )

        def _parse_parallel_group_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_size = _parse_parallel_group_size(d.pop("parallel_group_size", UNSET))

        def _parse_parallel_group_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_index = _parse_parallel_group_index(d.pop("parallel_group_index", UNSET))

        def _parse_parallel_group_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_mode = _parse_parallel_group_mode(d.pop("parallel_group_mode", UNSET))

        def _parse_selection_member_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_member_key = _parse_selection_member_key(d.pop("selection_member_key", UNSET))

        def _parse_selection_member_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_index = _parse_selection_member_index(
            d.pop("selection_member_index", UNSET)
        )

        def _parse_selection_member_base_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_base_sequence = _parse_selection_member_base_sequence(
            d.pop("selection_member_base_sequence", UNSET)
        )

        def _parse_selection_member_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_size = _parse_selection_member_size(d.pop("selection_member_size", UNSET))

        def _parse_selection_member_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_member_kind = _parse_selection_member_kind(d.pop("selection_member_kind", UNSET))

        def _parse_arguments(data: object) -> None | PayloadEnvelope | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_command_payload_type_0 = PayloadEnvelope.from_dict(data)

                return componentsschemas_workflow_command_payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | str | Unset, data)

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        def _parse_payload_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload_codec = _parse_payload_codec(d.pop("payload_codec", UNSET))

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        def _parse_retry_policy(data: object) -> None | Unset | WorkflowCommandRetryPolicy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_policy_type_0 = WorkflowCommandRetryPolicy.from_dict(data)

                return retry_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCommandRetryPolicy, data)

        retry_policy = _parse_retry_policy(d.pop("retry_policy", UNSET))

        def _parse_start_to_close_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_to_close_timeout = _parse_start_to_close_timeout(
            d.pop("start_to_close_timeout", UNSET)
        )

        def _parse_schedule_to_start_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_to_start_timeout = _parse_schedule_to_start_timeout(
            d.pop("schedule_to_start_timeout", UNSET)
        )

        def _parse_schedule_to_close_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_to_close_timeout = _parse_schedule_to_close_timeout(
            d.pop("schedule_to_close_timeout", UNSET)
        )

        def _parse_heartbeat_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heartbeat_timeout = _parse_heartbeat_timeout(d.pop("heartbeat_timeout", UNSET))

        def _parse_worker_session(data: object) -> None | Unset | WorkerSessionOptions:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                worker_session_type_0 = WorkerSessionOptions.from_dict(data)

                return worker_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerSessionOptions, data)

        worker_session = _parse_worker_session(d.pop("worker_session", UNSET))

        def _parse_cancellation_policy(
            data: object,
        ) -> None | Unset | WorkflowCommandCancellationPolicy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancellation_policy_type_0 = check_workflow_command_cancellation_policy(data)

                return cancellation_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCommandCancellationPolicy, data)

        cancellation_policy = _parse_cancellation_policy(d.pop("cancellation_policy", UNSET))

        workflow_command_schedule_activity = cls(
            type_=type_,
            activity_type=activity_type,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
            parallel_group_id=parallel_group_id,
            parallel_group_kind=parallel_group_kind,
            parallel_group_base_sequence=parallel_group_base_sequence,
            parallel_group_size=parallel_group_size,
            parallel_group_index=parallel_group_index,
            parallel_group_mode=parallel_group_mode,
            selection_member_key=selection_member_key,
            selection_member_index=selection_member_index,
            selection_member_base_sequence=selection_member_base_sequence,
            selection_member_size=selection_member_size,
            selection_member_kind=selection_member_kind,
            arguments=arguments,
            payload_codec=payload_codec,
            connection=connection,
            queue=queue,
            retry_policy=retry_policy,
            start_to_close_timeout=start_to_close_timeout,
            schedule_to_start_timeout=schedule_to_start_timeout,
            schedule_to_close_timeout=schedule_to_close_timeout,
            heartbeat_timeout=heartbeat_timeout,
            worker_session=worker_session,
            cancellation_policy=cancellation_policy,
        )

        workflow_command_schedule_activity.additional_properties = d
        return workflow_command_schedule_activity

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
