from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_activity_outcome import LocalActivityOutcome, check_local_activity_outcome
from ..models.local_activity_timeout_kind import (
    LocalActivityTimeoutKind,
    check_local_activity_timeout_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_activity_attempt_report import LocalActivityAttemptReport
    from ..models.local_activity_retry_policy import LocalActivityRetryPolicy
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="WorkflowCommandRecordLocalActivity")


@_attrs_define
class WorkflowCommandRecordLocalActivity:
    """Record an activity the workflow worker executed itself (protocol 1.18; attempts 1.19)."""

    type_: Literal["record_local_activity"]
    activity_type: str
    outcome: LocalActivityOutcome
    attempts: list[LocalActivityAttemptReport]
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
    execution_mode: Literal["local"] | Unset = UNSET
    arguments: None | PayloadEnvelope | str | Unset = UNSET
    """ A payload-carrying command field: an envelope (`{codec, blob}` or `{codec, external_storage}`), a raw
    already-encoded blob string (codec = the run's), or null. """
    result: None | PayloadEnvelope | str | Unset = UNSET
    """ A payload-carrying command field: an envelope (`{codec, blob}` or `{codec, external_storage}`), a raw
    already-encoded blob string (codec = the run's), or null. """
    payload_codec: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    exception_type: None | str | Unset = UNSET
    non_retryable: bool | None | Unset = UNSET
    timeout_kind: LocalActivityTimeoutKind | None | Unset = UNSET
    retry_policy: LocalActivityRetryPolicy | None | Unset = UNSET
    start_to_close_timeout: int | None | Unset = UNSET
    schedule_to_close_timeout: int | None | Unset = UNSET
    heartbeat_timeout: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.local_activity_retry_policy import LocalActivityRetryPolicy
        from ..models.payload_envelope import PayloadEnvelope

        type_ = self.type_

        activity_type = self.activity_type

        outcome: str = self.outcome

        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)

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

        execution_mode = self.execution_mode

        arguments: dict[str, Any] | None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, PayloadEnvelope):
            arguments = self.arguments.to_dict()
        else:
            arguments = self.arguments

        result: dict[str, Any] | None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, PayloadEnvelope):
            result = self.result.to_dict()
        else:
            result = self.result

        payload_codec: None | str | Unset
        if isinstance(self.payload_codec, Unset):
            payload_codec = UNSET
        else:
            payload_codec = self.payload_codec

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        exception_type: None | str | Unset
        if isinstance(self.exception_type, Unset):
            exception_type = UNSET
        else:
            exception_type = self.exception_type

        non_retryable: bool | None | Unset
        if isinstance(self.non_retryable, Unset):
            non_retryable = UNSET
        else:
            non_retryable = self.non_retryable

        timeout_kind: None | str | Unset
        if isinstance(self.timeout_kind, Unset):
            timeout_kind = UNSET
        elif isinstance(self.timeout_kind, str):
            timeout_kind = self.timeout_kind
        else:
            timeout_kind = self.timeout_kind

        retry_policy: dict[str, Any] | None | Unset
        if isinstance(self.retry_policy, Unset):
            retry_policy = UNSET
        elif isinstance(self.retry_policy, LocalActivityRetryPolicy):
            retry_policy = self.retry_policy.to_dict()
        else:
            retry_policy = self.retry_policy

        start_to_close_timeout: int | None | Unset
        if isinstance(self.start_to_close_timeout, Unset):
            start_to_close_timeout = UNSET
        else:
            start_to_close_timeout = self.start_to_close_timeout

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "activity_type": activity_type,
                "outcome": outcome,
                "attempts": attempts,
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
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if result is not UNSET:
            field_dict["result"] = result
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if message is not UNSET:
            field_dict["message"] = message
        if exception_type is not UNSET:
            field_dict["exception_type"] = exception_type
        if non_retryable is not UNSET:
            field_dict["non_retryable"] = non_retryable
        if timeout_kind is not UNSET:
            field_dict["timeout_kind"] = timeout_kind
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy
        if start_to_close_timeout is not UNSET:
            field_dict["start_to_close_timeout"] = start_to_close_timeout
        if schedule_to_close_timeout is not UNSET:
            field_dict["schedule_to_close_timeout"] = schedule_to_close_timeout
        if heartbeat_timeout is not UNSET:
            field_dict["heartbeat_timeout"] = heartbeat_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.local_activity_attempt_report import LocalActivityAttemptReport
        from ..models.local_activity_retry_policy import LocalActivityRetryPolicy
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        type_ = cast(Literal["record_local_activity"], d.pop("type"))
        if type_ != "record_local_activity":
            raise ValueError(f"type must match const 'record_local_activity', got '{type_}'")

        activity_type = d.pop("activity_type")

        outcome = check_local_activity_outcome(d.pop("outcome"))

        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in _attempts:
            attempts_item = LocalActivityAttemptReport.from_dict(attempts_item_data)

            attempts.append(attempts_item)

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

        execution_mode = cast(Literal["local"] | Unset, d.pop("execution_mode", UNSET))
        if execution_mode != "local" and not isinstance(execution_mode, Unset):
            raise ValueError(f"execution_mode must match const 'local', got '{execution_mode}'")

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

        def _parse_result(data: object) -> None | PayloadEnvelope | str | Unset:
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

        result = _parse_result(d.pop("result", UNSET))

        def _parse_payload_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload_codec = _parse_payload_codec(d.pop("payload_codec", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_exception_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_type = _parse_exception_type(d.pop("exception_type", UNSET))

        def _parse_non_retryable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        non_retryable = _parse_non_retryable(d.pop("non_retryable", UNSET))

        def _parse_timeout_kind(data: object) -> LocalActivityTimeoutKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timeout_kind_type_0 = check_local_activity_timeout_kind(data)

                return timeout_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalActivityTimeoutKind | None | Unset, data)

        timeout_kind = _parse_timeout_kind(d.pop("timeout_kind", UNSET))

        def _parse_retry_policy(data: object) -> LocalActivityRetryPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_policy_type_0 = LocalActivityRetryPolicy.from_dict(data)

                return retry_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalActivityRetryPolicy | None | Unset, data)

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

        workflow_command_record_local_activity = cls(
            type_=type_,
            activity_type=activity_type,
            outcome=outcome,
            attempts=attempts,
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
            execution_mode=execution_mode,
            arguments=arguments,
            result=result,
            payload_codec=payload_codec,
            message=message,
            exception_type=exception_type,
            non_retryable=non_retryable,
            timeout_kind=timeout_kind,
            retry_policy=retry_policy,
            start_to_close_timeout=start_to_close_timeout,
            schedule_to_close_timeout=schedule_to_close_timeout,
            heartbeat_timeout=heartbeat_timeout,
        )

        workflow_command_record_local_activity.additional_properties = d
        return workflow_command_record_local_activity

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
