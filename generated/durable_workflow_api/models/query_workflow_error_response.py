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
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="QueryWorkflowErrorResponse")


@_attrs_define
class QueryWorkflowErrorResponse:
    """Query error body (`result` null, `reason`, `message`)."""

    workflow_id: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    target_scope: None | str | Unset = UNSET
    query_name: None | str | Unset = UNSET
    result: Any | Unset = UNSET
    """ Decoded JSON result (may be null when only `result_envelope` is set). """
    result_envelope: None | PayloadEnvelope | Unset = UNSET
    reason: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    """ Human-readable message. """
    errors: ValidationErrors | Unset = UNSET
    """ Field path (dot notation) to the list of messages for that field. """
    validation_errors: list[Any] | MapOrEmptyListType0 | Unset = UNSET
    """ A map-typed field. The server is written in PHP and encodes an empty map as `[]`, so an empty array is
    accepted wherever this schema appears. """
    remediation: None | str | Unset = UNSET
    blocked_reason: None | str | Unset = UNSET
    """ Set when the workflow type mapping is broken. """
    workflow_type: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    retryable: bool | Unset = UNSET
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope

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

        target_scope: None | str | Unset
        if isinstance(self.target_scope, Unset):
            target_scope = UNSET
        else:
            target_scope = self.target_scope

        query_name: None | str | Unset
        if isinstance(self.query_name, Unset):
            query_name = UNSET
        else:
            query_name = self.query_name

        result = self.result

        result_envelope: dict[str, Any] | None | Unset
        if isinstance(self.result_envelope, Unset):
            result_envelope = UNSET
        elif isinstance(self.result_envelope, PayloadEnvelope):
            result_envelope = self.result_envelope.to_dict()
        else:
            result_envelope = self.result_envelope

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        validation_errors: dict[str, Any] | list[Any] | Unset
        if isinstance(self.validation_errors, Unset):
            validation_errors = UNSET
        elif isinstance(self.validation_errors, MapOrEmptyListType0):
            validation_errors = self.validation_errors.to_dict()
        else:
            validation_errors = self.validation_errors

        remediation: None | str | Unset
        if isinstance(self.remediation, Unset):
            remediation = UNSET
        else:
            remediation = self.remediation

        blocked_reason: None | str | Unset
        if isinstance(self.blocked_reason, Unset):
            blocked_reason = UNSET
        else:
            blocked_reason = self.blocked_reason

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

        retryable = self.retryable

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
        if target_scope is not UNSET:
            field_dict["target_scope"] = target_scope
        if query_name is not UNSET:
            field_dict["query_name"] = query_name
        if result is not UNSET:
            field_dict["result"] = result
        if result_envelope is not UNSET:
            field_dict["result_envelope"] = result_envelope
        if reason is not UNSET:
            field_dict["reason"] = reason
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if remediation is not UNSET:
            field_dict["remediation"] = remediation
        if blocked_reason is not UNSET:
            field_dict["blocked_reason"] = blocked_reason
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope
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

        def _parse_target_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_scope = _parse_target_scope(d.pop("target_scope", UNSET))

        def _parse_query_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query_name = _parse_query_name(d.pop("query_name", UNSET))

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

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: ValidationErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ValidationErrors.from_dict(_errors)

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

        def _parse_remediation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remediation = _parse_remediation(d.pop("remediation", UNSET))

        def _parse_blocked_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blocked_reason = _parse_blocked_reason(d.pop("blocked_reason", UNSET))

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

        retryable = d.pop("retryable", UNSET)

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        query_workflow_error_response = cls(
            workflow_id=workflow_id,
            run_id=run_id,
            target_scope=target_scope,
            query_name=query_name,
            result=result,
            result_envelope=result_envelope,
            reason=reason,
            message=message,
            errors=errors,
            validation_errors=validation_errors,
            remediation=remediation,
            blocked_reason=blocked_reason,
            workflow_type=workflow_type,
            namespace=namespace,
            retryable=retryable,
            control_plane=control_plane,
        )

        query_workflow_error_response.additional_properties = d
        return query_workflow_error_response

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
