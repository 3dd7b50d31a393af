from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_observability_context import WorkflowObservabilityContext


T = TypeVar("T", bound="CancelWorkflowRequest")


@_attrs_define
class CancelWorkflowRequest:
    """Cancel a run (all fields optional)."""

    reason: None | str | Unset = UNSET
    """ Why the run is cancelled; echoed in the result. """
    request_id: None | str | Unset = UNSET
    observability_context: WorkflowObservabilityContext | Unset = UNSET
    """ Trace context sent by newer clients when discovery advertises
    `worker_protocol.server_capabilities.observability_context`; older servers ignore it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        observability_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.observability_context, Unset):
            observability_context = self.observability_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if observability_context is not UNSET:
            field_dict["observability_context"] = observability_context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_observability_context import WorkflowObservabilityContext

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        _observability_context = d.pop("observability_context", UNSET)
        observability_context: WorkflowObservabilityContext | Unset
        if isinstance(_observability_context, Unset):
            observability_context = UNSET
        else:
            observability_context = WorkflowObservabilityContext.from_dict(_observability_context)

        cancel_workflow_request = cls(
            reason=reason,
            request_id=request_id,
            observability_context=observability_context,
        )

        cancel_workflow_request.additional_properties = d
        return cancel_workflow_request

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
