from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_block import ControlPlaneResponseBlock
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="QueryWorkflowResponse")


@_attrs_define
class QueryWorkflowResponse:
    workflow_id: str
    query_name: str
    run_id: None | str | Unset = UNSET
    target_scope: str | Unset = UNSET
    result: Any | Unset = UNSET
    """ Decoded JSON result (may be null when only `result_envelope` is set). """
    result_envelope: None | PayloadEnvelope | Unset = UNSET
    reason: None | str | Unset = UNSET
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payload_envelope import PayloadEnvelope

        workflow_id = self.workflow_id

        query_name = self.query_name

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        target_scope = self.target_scope

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

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "query_name": query_name,
            }
        )
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if target_scope is not UNSET:
            field_dict["target_scope"] = target_scope
        if result is not UNSET:
            field_dict["result"] = result
        if result_envelope is not UNSET:
            field_dict["result_envelope"] = result_envelope
        if reason is not UNSET:
            field_dict["reason"] = reason
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        query_name = d.pop("query_name")

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        target_scope = d.pop("target_scope", UNSET)

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

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        query_workflow_response = cls(
            workflow_id=workflow_id,
            query_name=query_name,
            run_id=run_id,
            target_scope=target_scope,
            result=result,
            result_envelope=result_envelope,
            reason=reason,
            control_plane=control_plane,
        )

        query_workflow_response.additional_properties = d
        return query_workflow_response

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
