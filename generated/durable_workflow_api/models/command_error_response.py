from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_block import ControlPlaneResponseBlock
    from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="CommandErrorResponse")


@_attrs_define
class CommandErrorResponse:
    """Error body of the command routes: either a rejected command result (`command_status: rejected`, `outcome`, `reason`)
    or the generic workflow error envelope (`instance_not_found`, `historical_run_command_rejected` with `target_scope:
    run`, `validation_failed`, ...).

    """

    workflow_id: None | str | Unset = UNSET
    """ Workflow id from the URL (copied by the server). """
    run_id: None | str | Unset = UNSET
    """ Run id from the URL on run-scoped routes. """
    requested_run_id: None | str | Unset = UNSET
    resolved_run_id: None | str | Unset = UNSET
    command_id: None | str | Unset = UNSET
    """ Durable command id. """
    command_sequence: int | None | Unset = UNSET
    command_status: None | str | Unset = UNSET
    command_source: None | str | Unset = UNSET
    outcome: None | str | Unset = UNSET
    """ Rejection outcome when the engine rejected the command. """
    target_scope: None | str | Unset = UNSET
    workflow_type: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    """ Stable machine-readable code (e.g. `instance_not_found`, `run_not_found`, `validation_failed`,
    `namespace_not_found`). """
    rejection_reason: None | str | Unset = UNSET
    validation_errors: list[Any] | MapOrEmptyListType0 | Unset = UNSET
    """ A map-typed field. The server is written in PHP and encodes an empty map as `[]`, so an empty array is
    accepted wherever this schema appears. """
    message: None | str | Unset = UNSET
    """ Human-readable message. """
    blocked_reason: None | str | Unset = UNSET
    """ Set when the workflow type mapping is broken. """
    request_id: None | str | Unset = UNSET
    """ Echo of the caller's request id (servers that retain command keys). """
    retained: bool | Unset = UNSET
    """ True when a previous admission with the same request id was returned (servers that retain command keys). """
    intent_verified: bool | Unset = UNSET
    """ Servers that retain command keys. """
    errors: ValidationErrors | Unset = UNSET
    """ Field path (dot notation) to the list of messages for that field. """
    remediation: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    retained_command_type: None | str | Unset = UNSET
    """ On `409 request_id_conflict`. """
    details: Any | Unset = UNSET
    """ On `409 request_id_conflict`. """
    signal_name: None | str | Unset = UNSET
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

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

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        target_scope: None | str | Unset
        if isinstance(self.target_scope, Unset):
            target_scope = UNSET
        else:
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

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        remediation: None | str | Unset
        if isinstance(self.remediation, Unset):
            remediation = UNSET
        else:
            remediation = self.remediation

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        retained_command_type: None | str | Unset
        if isinstance(self.retained_command_type, Unset):
            retained_command_type = UNSET
        else:
            retained_command_type = self.retained_command_type

        details = self.details

        signal_name: None | str | Unset
        if isinstance(self.signal_name, Unset):
            signal_name = UNSET
        else:
            signal_name = self.signal_name

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
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
        if command_status is not UNSET:
            field_dict["command_status"] = command_status
        if command_source is not UNSET:
            field_dict["command_source"] = command_source
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
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
        if errors is not UNSET:
            field_dict["errors"] = errors
        if remediation is not UNSET:
            field_dict["remediation"] = remediation
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if retained_command_type is not UNSET:
            field_dict["retained_command_type"] = retained_command_type
        if details is not UNSET:
            field_dict["details"] = details
        if signal_name is not UNSET:
            field_dict["signal_name"] = signal_name
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.validation_errors import ValidationErrors

        d = dict(src_dict)

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

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

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_target_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_scope = _parse_target_scope(d.pop("target_scope", UNSET))

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

        _errors = d.pop("errors", UNSET)
        errors: ValidationErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ValidationErrors.from_dict(_errors)

        def _parse_remediation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remediation = _parse_remediation(d.pop("remediation", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_retained_command_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retained_command_type = _parse_retained_command_type(d.pop("retained_command_type", UNSET))

        details = d.pop("details", UNSET)

        def _parse_signal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signal_name = _parse_signal_name(d.pop("signal_name", UNSET))

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        command_error_response = cls(
            workflow_id=workflow_id,
            run_id=run_id,
            requested_run_id=requested_run_id,
            resolved_run_id=resolved_run_id,
            command_id=command_id,
            command_sequence=command_sequence,
            command_status=command_status,
            command_source=command_source,
            outcome=outcome,
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
            errors=errors,
            remediation=remediation,
            namespace=namespace,
            retained_command_type=retained_command_type,
            details=details,
            signal_name=signal_name,
            control_plane=control_plane,
        )

        command_error_response.additional_properties = d
        return command_error_response

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
