from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_block import ControlPlaneResponseBlock
    from ..models.workflow_run_summary import WorkflowRunSummary


T = TypeVar("T", bound="WorkflowRunListResponse")


@_attrs_define
class WorkflowRunListResponse:
    workflow_id: str
    runs: list[WorkflowRunSummary]
    """ All runs of the chain, oldest first. """
    run_count: int | Unset = UNSET
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        run_count = self.run_count

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "runs": runs,
            }
        )
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock
        from ..models.workflow_run_summary import WorkflowRunSummary

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = WorkflowRunSummary.from_dict(runs_item_data)

            runs.append(runs_item)

        run_count = d.pop("run_count", UNSET)

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        workflow_run_list_response = cls(
            workflow_id=workflow_id,
            runs=runs,
            run_count=run_count,
            control_plane=control_plane,
        )

        workflow_run_list_response.additional_properties = d
        return workflow_run_list_response

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
