from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_command_cancellation_policy import (
    WorkflowCommandCancellationPolicy,
    check_workflow_command_cancellation_policy,
)
from ..models.workflow_command_parent_close_policy import (
    WorkflowCommandParentClosePolicy,
    check_workflow_command_parent_close_policy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_envelope import PayloadEnvelope
    from ..models.workflow_command_retry_policy import WorkflowCommandRetryPolicy


T = TypeVar("T", bound="WorkflowCommandStartChildWorkflow")


@_attrs_define
class WorkflowCommandStartChildWorkflow:
    """Start a child workflow (the server generates the child's instance id)."""

    type_: Literal["start_child_workflow"]
    workflow_type: str
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
    connection: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    parent_close_policy: None | Unset | WorkflowCommandParentClosePolicy = UNSET
    retry_policy: None | Unset | WorkflowCommandRetryPolicy = UNSET
    execution_timeout_seconds: int | None | Unset = UNSET
    """ Seconds for the whole child execution. """
    run_timeout_seconds: int | None | Unset = UNSET
    """ Seconds for one child run; at most `execution_timeout_seconds`. """
    cancellation_policy: None | Unset | WorkflowCommandCancellationPolicy = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.workflow_command_retry_policy import WorkflowCommandRetryPolicy

        type_ = self.type_

        workflow_type = self.workflow_type

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

        parent_close_policy: None | str | Unset
        if isinstance(self.parent_close_policy, Unset):
            parent_close_policy = UNSET
        elif isinstance(self.parent_close_policy, str):
            parent_close_policy = self.parent_close_policy
        else:
            parent_close_policy = self.parent_close_policy

        retry_policy: dict[str, Any] | None | Unset
        if isinstance(self.retry_policy, Unset):
            retry_policy = UNSET
        elif isinstance(self.retry_policy, WorkflowCommandRetryPolicy):
            retry_policy = self.retry_policy.to_dict()
        else:
            retry_policy = self.retry_policy

        execution_timeout_seconds: int | None | Unset
        if isinstance(self.execution_timeout_seconds, Unset):
            execution_timeout_seconds = UNSET
        else:
            execution_timeout_seconds = self.execution_timeout_seconds

        run_timeout_seconds: int | None | Unset
        if isinstance(self.run_timeout_seconds, Unset):
            run_timeout_seconds = UNSET
        else:
            run_timeout_seconds = self.run_timeout_seconds

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
                "workflow_type": workflow_type,
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
        if connection is not UNSET:
            field_dict["connection"] = connection
        if queue is not UNSET:
            field_dict["queue"] = queue
        if parent_close_policy is not UNSET:
            field_dict["parent_close_policy"] = parent_close_policy
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy
        if execution_timeout_seconds is not UNSET:
            field_dict["execution_timeout_seconds"] = execution_timeout_seconds
        if run_timeout_seconds is not UNSET:
            field_dict["run_timeout_seconds"] = run_timeout_seconds
        if cancellation_policy is not UNSET:
            field_dict["cancellation_policy"] = cancellation_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.workflow_command_retry_policy import WorkflowCommandRetryPolicy

        d = dict(src_dict)
        type_ = cast(Literal["start_child_workflow"], d.pop("type"))
        if type_ != "start_child_workflow":
            raise ValueError(f"type must match const 'start_child_workflow', got '{type_}'")

        workflow_type = d.pop("workflow_type")

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

        def _parse_parent_close_policy(
            data: object,
        ) -> None | Unset | WorkflowCommandParentClosePolicy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_close_policy_type_0 = check_workflow_command_parent_close_policy(data)

                return parent_close_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCommandParentClosePolicy, data)

        parent_close_policy = _parse_parent_close_policy(d.pop("parent_close_policy", UNSET))

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

        def _parse_execution_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_timeout_seconds = _parse_execution_timeout_seconds(
            d.pop("execution_timeout_seconds", UNSET)
        )

        def _parse_run_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_timeout_seconds = _parse_run_timeout_seconds(d.pop("run_timeout_seconds", UNSET))

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

        workflow_command_start_child_workflow = cls(
            type_=type_,
            workflow_type=workflow_type,
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
            connection=connection,
            queue=queue,
            parent_close_policy=parent_close_policy,
            retry_policy=retry_policy,
            execution_timeout_seconds=execution_timeout_seconds,
            run_timeout_seconds=run_timeout_seconds,
            cancellation_policy=cancellation_policy,
        )

        workflow_command_start_child_workflow.additional_properties = d
        return workflow_command_start_child_workflow

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
