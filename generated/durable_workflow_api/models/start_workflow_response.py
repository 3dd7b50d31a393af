from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_block import ControlPlaneResponseBlock


T = TypeVar("T", bound="StartWorkflowResponse")


@_attrs_define
class StartWorkflowResponse:
    """Start result: 201 with outcome `started_new`, 200 with `returned_existing_active`."""

    workflow_id: str
    outcome: str
    run_id: None | str | Unset = UNSET
    """ The new run, or the existing run for `use-existing`. """
    workflow_type: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Run status (`pending` right after start). """
    business_key: None | str | Unset = UNSET
    payload_codec: None | str | Unset = UNSET
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        outcome = self.outcome

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        workflow_type = self.workflow_type

        namespace = self.namespace

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        payload_codec: None | str | Unset
        if isinstance(self.payload_codec, Unset):
            payload_codec = UNSET
        else:
            payload_codec = self.payload_codec

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "outcome": outcome,
            }
        )
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status
        if business_key is not UNSET:
            field_dict["business_key"] = business_key
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        outcome = d.pop("outcome")

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        workflow_type = d.pop("workflow_type", UNSET)

        namespace = d.pop("namespace", UNSET)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("business_key", UNSET))

        def _parse_payload_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload_codec = _parse_payload_codec(d.pop("payload_codec", UNSET))

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        start_workflow_response = cls(
            workflow_id=workflow_id,
            outcome=outcome,
            run_id=run_id,
            workflow_type=workflow_type,
            namespace=namespace,
            status=status,
            business_key=business_key,
            payload_codec=payload_codec,
            control_plane=control_plane,
        )

        start_workflow_response.additional_properties = d
        return start_workflow_response

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
