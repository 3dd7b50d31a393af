from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancellation_request_detail import CancellationRequestDetail
    from ..models.control_plane_response_block import ControlPlaneResponseBlock


T = TypeVar("T", bound="CancellationRequestAdmission")


@_attrs_define
class CancellationRequestAdmission:
    """Admission of a cooperative cancellation request (also returned, with `duplicate: true`, for a repeated request)."""

    accepted: bool
    duplicate: bool
    """ True when an earlier request was returned. """
    workflow_id: str
    run_id: str
    cancellation_request: CancellationRequestDetail
    """ The original cancellation request and its immutable cleanup deadline. """
    run_status: None | str | Unset = UNSET
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        duplicate = self.duplicate

        workflow_id = self.workflow_id

        run_id = self.run_id

        cancellation_request = self.cancellation_request.to_dict()

        run_status: None | str | Unset
        if isinstance(self.run_status, Unset):
            run_status = UNSET
        else:
            run_status = self.run_status

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "duplicate": duplicate,
                "workflow_id": workflow_id,
                "run_id": run_id,
                "cancellation_request": cancellation_request,
            }
        )
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cancellation_request_detail import CancellationRequestDetail
        from ..models.control_plane_response_block import ControlPlaneResponseBlock

        d = dict(src_dict)
        accepted = d.pop("accepted")

        duplicate = d.pop("duplicate")

        workflow_id = d.pop("workflow_id")

        run_id = d.pop("run_id")

        cancellation_request = CancellationRequestDetail.from_dict(d.pop("cancellation_request"))

        def _parse_run_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_status = _parse_run_status(d.pop("run_status", UNSET))

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        cancellation_request_admission = cls(
            accepted=accepted,
            duplicate=duplicate,
            workflow_id=workflow_id,
            run_id=run_id,
            cancellation_request=cancellation_request,
            run_status=run_status,
            control_plane=control_plane,
        )

        cancellation_request_admission.additional_properties = d
        return cancellation_request_admission

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
