from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_workflow_wait_for import UpdateWorkflowWaitFor, check_update_workflow_wait_for
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.payload_envelope import PayloadEnvelope
    from ..models.workflow_observability_context import WorkflowObservabilityContext


T = TypeVar("T", bound="UpdateWorkflowRequest")


@_attrs_define
class UpdateWorkflowRequest:
    """The removed legacy field `wait_policy` is rejected with 422."""

    input_: JsonObject | list[Any] | None | PayloadEnvelope | Unset = UNSET
    """ Arguments in a request: a plain JSON array of positional arguments, a payload envelope (`{codec, blob}` or
    `{codec, external_storage}`; an object is an envelope only when its keys are exactly one of those pairs), a JSON
    object of named arguments (signal, query and update; for start the values are taken in order), or null for no
    arguments. """
    request_id: None | str | Unset = UNSET
    wait_for: None | Unset | UpdateWorkflowWaitFor = UNSET
    wait_timeout_seconds: int | None | Unset = UNSET
    """ Only applies when `wait_for` is `completed`. """
    observability_context: WorkflowObservabilityContext | Unset = UNSET
    """ Trace context sent by newer clients when discovery advertises
    `worker_protocol.server_capabilities.observability_context`; older servers ignore it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope

        input_: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, PayloadEnvelope) or isinstance(self.input_, JsonObject):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        wait_for: None | str | Unset
        if isinstance(self.wait_for, Unset):
            wait_for = UNSET
        elif isinstance(self.wait_for, str):
            wait_for = self.wait_for
        else:
            wait_for = self.wait_for

        wait_timeout_seconds: int | None | Unset
        if isinstance(self.wait_timeout_seconds, Unset):
            wait_timeout_seconds = UNSET
        else:
            wait_timeout_seconds = self.wait_timeout_seconds

        observability_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.observability_context, Unset):
            observability_context = self.observability_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if wait_for is not UNSET:
            field_dict["wait_for"] = wait_for
        if wait_timeout_seconds is not UNSET:
            field_dict["wait_timeout_seconds"] = wait_timeout_seconds
        if observability_context is not UNSET:
            field_dict["observability_context"] = observability_context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.workflow_observability_context import WorkflowObservabilityContext

        d = dict(src_dict)

        def _parse_input_(data: object) -> JsonObject | list[Any] | None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_workflow_input_type_0 = cast(list[Any], data)

                return componentsschemas_workflow_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_input_type_1 = PayloadEnvelope.from_dict(data)

                return componentsschemas_workflow_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_input_type_2 = JsonObject.from_dict(data)

                return componentsschemas_workflow_input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | list[Any] | None | PayloadEnvelope | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_wait_for(data: object) -> None | Unset | UpdateWorkflowWaitFor:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                wait_for_type_0 = check_update_workflow_wait_for(data)

                return wait_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateWorkflowWaitFor, data)

        wait_for = _parse_wait_for(d.pop("wait_for", UNSET))

        def _parse_wait_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wait_timeout_seconds = _parse_wait_timeout_seconds(d.pop("wait_timeout_seconds", UNSET))

        _observability_context = d.pop("observability_context", UNSET)
        observability_context: WorkflowObservabilityContext | Unset
        if isinstance(_observability_context, Unset):
            observability_context = UNSET
        else:
            observability_context = WorkflowObservabilityContext.from_dict(_observability_context)

        update_workflow_request = cls(
            input_=input_,
            request_id=request_id,
            wait_for=wait_for,
            wait_timeout_seconds=wait_timeout_seconds,
            observability_context=observability_context,
        )

        update_workflow_request.additional_properties = d
        return update_workflow_request

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
