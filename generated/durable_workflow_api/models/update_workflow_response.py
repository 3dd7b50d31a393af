from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_block import ControlPlaneResponseBlock
    from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="UpdateWorkflowResponse")


@_attrs_define
class UpdateWorkflowResponse:
    """Command result plus the update's fields."""

    workflow_id: str
    command_status: str
    outcome: str
    """ Command outcome (open set). """
    run_id: None | str | Unset = UNSET
    """ Run the command resolved to. """
    requested_run_id: None | str | Unset = UNSET
    resolved_run_id: None | str | Unset = UNSET
    command_id: None | str | Unset = UNSET
    """ Durable command id. """
    command_sequence: int | None | Unset = UNSET
    command_source: None | str | Unset = UNSET
    target_scope: str | Unset = UNSET
    """ `instance` for commands sent through these routes; `run` only in the historical-run rejection body. """
    workflow_type: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    """ Rejection reason when rejected (e.g. `run_not_active`, `unknown_signal`); on a successful
    cancel/terminate/archive it echoes the caller's reason. """
    rejection_reason: None | str | Unset = UNSET
    validation_errors: list[Any] | MapOrEmptyListType0 | Unset = UNSET
    """ A map-typed field. The server is written in PHP and encodes an empty map as `[]`, so an empty array is
    accepted wherever this schema appears. """
    message: None | str | Unset = UNSET
    """ Present on some rejections. """
    blocked_reason: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    """ Echo of the caller's request id (servers that retain command keys). """
    retained: bool | Unset = UNSET
    """ True when a previous admission with the same request id was returned (servers that retain command keys). """
    intent_verified: bool | Unset = UNSET
    """ Servers that retain command keys. """
    update_name: str | Unset = UNSET
    update_id: None | str | Unset = UNSET
    update_status: str | Unset = UNSET
    workflow_sequence: int | None | Unset = UNSET
    result: Any | Unset = UNSET
    """ Handler result (decoded) when completed. """
    result_envelope: None | PayloadEnvelope | Unset = UNSET
    failure_id: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    accepted_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    applied_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    rejected_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    closed_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    wait_for: str | Unset = UNSET
    """ Effective wait stage. """
    wait_timed_out: bool | Unset = UNSET
    wait_timeout_seconds: int | None | Unset = UNSET
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope

        workflow_id = self.workflow_id

        command_status = self.command_status

        outcome = self.outcome

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        requested_run_id: None | str | Unset
        if isinstance(self.requested_run_id, Unset):
            requested_run_id = UNSET
        else:
            requested_run_id = self.requested_run_id

        resolved_run_id: None | str | Unset
        if isinstance(self.resolved_run_id, Unset):
            resolved_run_id = UNSET
        else:
            resolved_run_id = self.resolved_run_id

        command_id: None | str | Unset
        if isinstance(self.command_id, Unset):
            command_id = UNSET
        else:
            command_id = self.command_id

        command_sequence: int | None | Unset
        if isinstance(self.command_sequence, Unset):
            command_sequence = UNSET
        else:
            command_sequence = self.command_sequence

        command_source: None | str | Unset
        if isinstance(self.command_source, Unset):
            command_source = UNSET
        else:
            command_source = self.command_source

        target_scope = self.target_scope

        workflow_type: None | str | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        else:
            workflow_type = self.workflow_type

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

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        blocked_reason: None | str | Unset
        if isinstance(self.blocked_reason, Unset):
            blocked_reason = UNSET
        else:
            blocked_reason = self.blocked_reason

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        retained = self.retained

        intent_verified = self.intent_verified

        update_name = self.update_name

        update_id: None | str | Unset
        if isinstance(self.update_id, Unset):
            update_id = UNSET
        else:
            update_id = self.update_id

        update_status = self.update_status

        workflow_sequence: int | None | Unset
        if isinstance(self.workflow_sequence, Unset):
            workflow_sequence = UNSET
        else:
            workflow_sequence = self.workflow_sequence

        result = self.result

        result_envelope: dict[str, Any] | None | Unset
        if isinstance(self.result_envelope, Unset):
            result_envelope = UNSET
        elif isinstance(self.result_envelope, PayloadEnvelope):
            result_envelope = self.result_envelope.to_dict()
        else:
            result_envelope = self.result_envelope

        failure_id: None | str | Unset
        if isinstance(self.failure_id, Unset):
            failure_id = UNSET
        else:
            failure_id = self.failure_id

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        accepted_at: None | str | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        else:
            accepted_at = self.accepted_at

        applied_at: None | str | Unset
        if isinstance(self.applied_at, Unset):
            applied_at = UNSET
        else:
            applied_at = self.applied_at

        rejected_at: None | str | Unset
        if isinstance(self.rejected_at, Unset):
            rejected_at = UNSET
        else:
            rejected_at = self.rejected_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        wait_for = self.wait_for

        wait_timed_out = self.wait_timed_out

        wait_timeout_seconds: int | None | Unset
        if isinstance(self.wait_timeout_seconds, Unset):
            wait_timeout_seconds = UNSET
        else:
            wait_timeout_seconds = self.wait_timeout_seconds

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "command_status": command_status,
                "outcome": outcome,
            }
        )
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if requested_run_id is not UNSET:
            field_dict["requested_run_id"] = requested_run_id
        if resolved_run_id is not UNSET:
            field_dict["resolved_run_id"] = resolved_run_id
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if command_sequence is not UNSET:
            field_dict["command_sequence"] = command_sequence
        if command_source is not UNSET:
            field_dict["command_source"] = command_source
        if target_scope is not UNSET:
            field_dict["target_scope"] = target_scope
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if reason is not UNSET:
            field_dict["reason"] = reason
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if message is not UNSET:
            field_dict["message"] = message
        if blocked_reason is not UNSET:
            field_dict["blocked_reason"] = blocked_reason
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if retained is not UNSET:
            field_dict["retained"] = retained
        if intent_verified is not UNSET:
            field_dict["intent_verified"] = intent_verified
        if update_name is not UNSET:
            field_dict["update_name"] = update_name
        if update_id is not UNSET:
            field_dict["update_id"] = update_id
        if update_status is not UNSET:
            field_dict["update_status"] = update_status
        if workflow_sequence is not UNSET:
            field_dict["workflow_sequence"] = workflow_sequence
        if result is not UNSET:
            field_dict["result"] = result
        if result_envelope is not UNSET:
            field_dict["result_envelope"] = result_envelope
        if failure_id is not UNSET:
            field_dict["failure_id"] = failure_id
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if applied_at is not UNSET:
            field_dict["applied_at"] = applied_at
        if rejected_at is not UNSET:
            field_dict["rejected_at"] = rejected_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if wait_for is not UNSET:
            field_dict["wait_for"] = wait_for
        if wait_timed_out is not UNSET:
            field_dict["wait_timed_out"] = wait_timed_out
        if wait_timeout_seconds is not UNSET:
            field_dict["wait_timeout_seconds"] = wait_timeout_seconds
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        command_status = d.pop("command_status")

        outcome = d.pop("outcome")

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_requested_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_run_id = _parse_requested_run_id(d.pop("requested_run_id", UNSET))

        def _parse_resolved_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolved_run_id = _parse_resolved_run_id(d.pop("resolved_run_id", UNSET))

        def _parse_command_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_id = _parse_command_id(d.pop("command_id", UNSET))

        def _parse_command_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        command_sequence = _parse_command_sequence(d.pop("command_sequence", UNSET))

        def _parse_command_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_source = _parse_command_source(d.pop("command_source", UNSET))

        target_scope = d.pop("target_scope", UNSET)

        def _parse_workflow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

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

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_blocked_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blocked_reason = _parse_blocked_reason(d.pop("blocked_reason", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        retained = d.pop("retained", UNSET)

        intent_verified = d.pop("intent_verified", UNSET)

        update_name = d.pop("update_name", UNSET)

        def _parse_update_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_id = _parse_update_id(d.pop("update_id", UNSET))

        update_status = d.pop("update_status", UNSET)

        def _parse_workflow_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_sequence = _parse_workflow_sequence(d.pop("workflow_sequence", UNSET))

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

        def _parse_failure_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_id = _parse_failure_id(d.pop("failure_id", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        def _parse_accepted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accepted_at = _parse_accepted_at(d.pop("accepted_at", UNSET))

        def _parse_applied_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applied_at = _parse_applied_at(d.pop("applied_at", UNSET))

        def _parse_rejected_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejected_at = _parse_rejected_at(d.pop("rejected_at", UNSET))

        def _parse_closed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        wait_for = d.pop("wait_for", UNSET)

        wait_timed_out = d.pop("wait_timed_out", UNSET)

        def _parse_wait_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wait_timeout_seconds = _parse_wait_timeout_seconds(d.pop("wait_timeout_seconds", UNSET))

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        update_workflow_response = cls(
            workflow_id=workflow_id,
            command_status=command_status,
            outcome=outcome,
            run_id=run_id,
            requested_run_id=requested_run_id,
            resolved_run_id=resolved_run_id,
            command_id=command_id,
            command_sequence=command_sequence,
            command_source=command_source,
            target_scope=target_scope,
            workflow_type=workflow_type,
            reason=reason,
            rejection_reason=rejection_reason,
            validation_errors=validation_errors,
            message=message,
            blocked_reason=blocked_reason,
            request_id=request_id,
            retained=retained,
            intent_verified=intent_verified,
            update_name=update_name,
            update_id=update_id,
            update_status=update_status,
            workflow_sequence=workflow_sequence,
            result=result,
            result_envelope=result_envelope,
            failure_id=failure_id,
            failure_message=failure_message,
            accepted_at=accepted_at,
            applied_at=applied_at,
            rejected_at=rejected_at,
            closed_at=closed_at,
            wait_for=wait_for,
            wait_timed_out=wait_timed_out,
            wait_timeout_seconds=wait_timeout_seconds,
            control_plane=control_plane,
        )

        update_workflow_response.additional_properties = d
        return update_workflow_response

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
