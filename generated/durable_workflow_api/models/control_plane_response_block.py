from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_contract import ControlPlaneResponseContract
    from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="ControlPlaneResponseBlock")


@_attrs_define
class ControlPlaneResponseBlock:
    """The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the history
    export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level fields.
    Newer servers may add fields.

    """

    schema: str
    version: int
    operation: str
    """ Control-plane operation that produced the response. """
    workflow_id: None | str | Unset = UNSET
    operation_name: str | Unset = UNSET
    """ Signal, query or update name (those operations only). """
    operation_name_field: str | Unset = UNSET
    """ Top-level field that carries the operation name. """
    contract: ControlPlaneResponseContract | Unset = UNSET
    """ Per-operation contract published inside the `control_plane` block. """
    run_id: None | str | Unset = UNSET
    workflow_type: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    business_key: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    status_bucket: None | str | Unset = UNSET
    is_terminal: bool | None | Unset = UNSET
    task_queue: Any | Unset = UNSET
    """ Mirror of the top-level `task_queue` (a string, or an object on debug). """
    run_number: int | None | Unset = UNSET
    run_count: int | None | Unset = UNSET
    workflow_count: int | None | Unset = UNSET
    is_current_run: bool | None | Unset = UNSET
    compatibility: Any | Unset = UNSET
    """ Mirror of the top-level `compatibility` (a string, or an object on debug). """
    started_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    closed_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    last_progress_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    wait_kind: None | str | Unset = UNSET
    wait_reason: None | str | Unset = UNSET
    next_page_token: None | str | Unset = UNSET
    command_id: None | str | Unset = UNSET
    command_status: None | str | Unset = UNSET
    command_source: None | str | Unset = UNSET
    target_scope: None | str | Unset = UNSET
    outcome: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    rejection_reason: None | str | Unset = UNSET
    validation_errors: list[Any] | MapOrEmptyListType0 | Unset = UNSET
    """ A map-typed field. The server is written in PHP and encodes an empty map as `[]`, so an empty array is
    accepted wherever this schema appears. """
    result: Any | Unset = UNSET
    """ Mirror of the top-level `result`. """
    result_envelope: None | PayloadEnvelope | Unset = UNSET
    update_id: None | str | Unset = UNSET
    update_status: None | str | Unset = UNSET
    wait_for: None | str | Unset = UNSET
    wait_timed_out: bool | None | Unset = UNSET
    wait_timeout_seconds: int | None | Unset = UNSET
    blocked_reason: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    diagnostic_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope

        schema = self.schema

        version = self.version

        operation = self.operation

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        operation_name = self.operation_name

        operation_name_field = self.operation_name_field

        contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract, Unset):
            contract = self.contract.to_dict()

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        workflow_type: None | str | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        else:
            workflow_type = self.workflow_type

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_bucket: None | str | Unset
        if isinstance(self.status_bucket, Unset):
            status_bucket = UNSET
        else:
            status_bucket = self.status_bucket

        is_terminal: bool | None | Unset
        if isinstance(self.is_terminal, Unset):
            is_terminal = UNSET
        else:
            is_terminal = self.is_terminal

        task_queue = self.task_queue

        run_number: int | None | Unset
        if isinstance(self.run_number, Unset):
            run_number = UNSET
        else:
            run_number = self.run_number

        run_count: int | None | Unset
        if isinstance(self.run_count, Unset):
            run_count = UNSET
        else:
            run_count = self.run_count

        workflow_count: int | None | Unset
        if isinstance(self.workflow_count, Unset):
            workflow_count = UNSET
        else:
            workflow_count = self.workflow_count

        is_current_run: bool | None | Unset
        if isinstance(self.is_current_run, Unset):
            is_current_run = UNSET
        else:
            is_current_run = self.is_current_run

        compatibility = self.compatibility

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        last_progress_at: None | str | Unset
        if isinstance(self.last_progress_at, Unset):
            last_progress_at = UNSET
        else:
            last_progress_at = self.last_progress_at

        wait_kind: None | str | Unset
        if isinstance(self.wait_kind, Unset):
            wait_kind = UNSET
        else:
            wait_kind = self.wait_kind

        wait_reason: None | str | Unset
        if isinstance(self.wait_reason, Unset):
            wait_reason = UNSET
        else:
            wait_reason = self.wait_reason

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        command_id: None | str | Unset
        if isinstance(self.command_id, Unset):
            command_id = UNSET
        else:
            command_id = self.command_id

        command_status: None | str | Unset
        if isinstance(self.command_status, Unset):
            command_status = UNSET
        else:
            command_status = self.command_status

        command_source: None | str | Unset
        if isinstance(self.command_source, Unset):
            command_source = UNSET
        else:
            command_source = self.command_source

        target_scope: None | str | Unset
        if isinstance(self.target_scope, Unset):
            target_scope = UNSET
        else:
            target_scope = self.target_scope

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        validation_errors: dict[str, Any] | list[Any] | Unset
        if isinstance(self.validation_errors, Unset):
            validation_errors = UNSET
        elif isinstance(self.validation_errors, MapOrEmptyListType0):
            validation_errors = self.validation_errors.to_dict()
        else:
            validation_errors = self.validation_errors

        result = self.result

        result_envelope: dict[str, Any] | None | Unset
        if isinstance(self.result_envelope, Unset):
            result_envelope = UNSET
        elif isinstance(self.result_envelope, PayloadEnvelope):
            result_envelope = self.result_envelope.to_dict()
        else:
            result_envelope = self.result_envelope

        update_id: None | str | Unset
        if isinstance(self.update_id, Unset):
            update_id = UNSET
        else:
            update_id = self.update_id

        update_status: None | str | Unset
        if isinstance(self.update_status, Unset):
            update_status = UNSET
        else:
            update_status = self.update_status

        wait_for: None | str | Unset
        if isinstance(self.wait_for, Unset):
            wait_for = UNSET
        else:
            wait_for = self.wait_for

        wait_timed_out: bool | None | Unset
        if isinstance(self.wait_timed_out, Unset):
            wait_timed_out = UNSET
        else:
            wait_timed_out = self.wait_timed_out

        wait_timeout_seconds: int | None | Unset
        if isinstance(self.wait_timeout_seconds, Unset):
            wait_timeout_seconds = UNSET
        else:
            wait_timeout_seconds = self.wait_timeout_seconds

        blocked_reason: None | str | Unset
        if isinstance(self.blocked_reason, Unset):
            blocked_reason = UNSET
        else:
            blocked_reason = self.blocked_reason

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        diagnostic_status: None | str | Unset
        if isinstance(self.diagnostic_status, Unset):
            diagnostic_status = UNSET
        else:
            diagnostic_status = self.diagnostic_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "version": version,
                "operation": operation,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if operation_name is not UNSET:
            field_dict["operation_name"] = operation_name
        if operation_name_field is not UNSET:
            field_dict["operation_name_field"] = operation_name_field
        if contract is not UNSET:
            field_dict["contract"] = contract
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if business_key is not UNSET:
            field_dict["business_key"] = business_key
        if status is not UNSET:
            field_dict["status"] = status
        if status_bucket is not UNSET:
            field_dict["status_bucket"] = status_bucket
        if is_terminal is not UNSET:
            field_dict["is_terminal"] = is_terminal
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if run_number is not UNSET:
            field_dict["run_number"] = run_number
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if workflow_count is not UNSET:
            field_dict["workflow_count"] = workflow_count
        if is_current_run is not UNSET:
            field_dict["is_current_run"] = is_current_run
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if last_progress_at is not UNSET:
            field_dict["last_progress_at"] = last_progress_at
        if wait_kind is not UNSET:
            field_dict["wait_kind"] = wait_kind
        if wait_reason is not UNSET:
            field_dict["wait_reason"] = wait_reason
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if command_status is not UNSET:
            field_dict["command_status"] = command_status
        if command_source is not UNSET:
            field_dict["command_source"] = command_source
        if target_scope is not UNSET:
            field_dict["target_scope"] = target_scope
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if reason is not UNSET:
            field_dict["reason"] = reason
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if result is not UNSET:
            field_dict["result"] = result
        if result_envelope is not UNSET:
            field_dict["result_envelope"] = result_envelope
        if update_id is not UNSET:
            field_dict["update_id"] = update_id
        if update_status is not UNSET:
            field_dict["update_status"] = update_status
        if wait_for is not UNSET:
            field_dict["wait_for"] = wait_for
        if wait_timed_out is not UNSET:
            field_dict["wait_timed_out"] = wait_timed_out
        if wait_timeout_seconds is not UNSET:
            field_dict["wait_timeout_seconds"] = wait_timeout_seconds
        if blocked_reason is not UNSET:
            field_dict["blocked_reason"] = blocked_reason
        if message is not UNSET:
            field_dict["message"] = message
        if diagnostic_status is not UNSET:
            field_dict["diagnostic_status"] = diagnostic_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_contract import ControlPlaneResponseContract
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        schema = d.pop("schema")

        version = d.pop("version")

        operation = d.pop("operation")

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        operation_name = d.pop("operation_name", UNSET)

        operation_name_field = d.pop("operation_name_field", UNSET)

        _contract = d.pop("contract", UNSET)
        contract: ControlPlaneResponseContract | Unset
        if isinstance(_contract, Unset):
            contract = UNSET
        else:
            contract = ControlPlaneResponseContract.from_dict(_contract)

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_workflow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("business_key", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_status_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_bucket = _parse_status_bucket(d.pop("status_bucket", UNSET))

        def _parse_is_terminal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_terminal = _parse_is_terminal(d.pop("is_terminal", UNSET))

        task_queue = d.pop("task_queue", UNSET)

        def _parse_run_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_number = _parse_run_number(d.pop("run_number", UNSET))

        def _parse_run_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_count = _parse_run_count(d.pop("run_count", UNSET))

        def _parse_workflow_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_count = _parse_workflow_count(d.pop("workflow_count", UNSET))

        def _parse_is_current_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_current_run = _parse_is_current_run(d.pop("is_current_run", UNSET))

        compatibility = d.pop("compatibility", UNSET)

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_closed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_last_progress_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_progress_at = _parse_last_progress_at(d.pop("last_progress_at", UNSET))

        def _parse_wait_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wait_kind = _parse_wait_kind(d.pop("wait_kind", UNSET))

        def _parse_wait_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wait_reason = _parse_wait_reason(d.pop("wait_reason", UNSET))

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        def _parse_command_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_id = _parse_command_id(d.pop("command_id", UNSET))

        def _parse_command_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_status = _parse_command_status(d.pop("command_status", UNSET))

        def _parse_command_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_source = _parse_command_source(d.pop("command_source", UNSET))

        def _parse_target_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_scope = _parse_target_scope(d.pop("target_scope", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_rejection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

        def _parse_validation_errors(data: object) -> list[Any] | MapOrEmptyListType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_0 = MapOrEmptyListType0.from_dict(data)

                return componentsschemas_map_or_empty_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_map_or_empty_list_type_1 = cast(list[Any], data)

            return componentsschemas_map_or_empty_list_type_1

        validation_errors = _parse_validation_errors(d.pop("validation_errors", UNSET))

        result = d.pop("result", UNSET)

        def _parse_result_envelope(data: object) -> None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_envelope_type_0 = PayloadEnvelope.from_dict(data)

                return result_envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | Unset, data)

        result_envelope = _parse_result_envelope(d.pop("result_envelope", UNSET))

        def _parse_update_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_id = _parse_update_id(d.pop("update_id", UNSET))

        def _parse_update_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_status = _parse_update_status(d.pop("update_status", UNSET))

        def _parse_wait_for(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wait_for = _parse_wait_for(d.pop("wait_for", UNSET))

        def _parse_wait_timed_out(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        wait_timed_out = _parse_wait_timed_out(d.pop("wait_timed_out", UNSET))

        def _parse_wait_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wait_timeout_seconds = _parse_wait_timeout_seconds(d.pop("wait_timeout_seconds", UNSET))

        def _parse_blocked_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blocked_reason = _parse_blocked_reason(d.pop("blocked_reason", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_diagnostic_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        diagnostic_status = _parse_diagnostic_status(d.pop("diagnostic_status", UNSET))

        control_plane_response_block = cls(
            schema=schema,
            version=version,
            operation=operation,
            workflow_id=workflow_id,
            operation_name=operation_name,
            operation_name_field=operation_name_field,
            contract=contract,
            run_id=run_id,
            workflow_type=workflow_type,
            namespace=namespace,
            business_key=business_key,
            status=status,
            status_bucket=status_bucket,
            is_terminal=is_terminal,
            task_queue=task_queue,
            run_number=run_number,
            run_count=run_count,
            workflow_count=workflow_count,
            is_current_run=is_current_run,
            compatibility=compatibility,
            started_at=started_at,
            closed_at=closed_at,
            last_progress_at=last_progress_at,
            wait_kind=wait_kind,
            wait_reason=wait_reason,
            next_page_token=next_page_token,
            command_id=command_id,
            command_status=command_status,
            command_source=command_source,
            target_scope=target_scope,
            outcome=outcome,
            reason=reason,
            rejection_reason=rejection_reason,
            validation_errors=validation_errors,
            result=result,
            result_envelope=result_envelope,
            update_id=update_id,
            update_status=update_status,
            wait_for=wait_for,
            wait_timed_out=wait_timed_out,
            wait_timeout_seconds=wait_timeout_seconds,
            blocked_reason=blocked_reason,
            message=message,
            diagnostic_status=diagnostic_status,
        )

        control_plane_response_block.additional_properties = d
        return control_plane_response_block

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
