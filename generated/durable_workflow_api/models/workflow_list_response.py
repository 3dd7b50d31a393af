from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_block import ControlPlaneResponseBlock
    from ..models.workflow_list_item import WorkflowListItem


T = TypeVar("T", bound="WorkflowListResponse")


@_attrs_define
class WorkflowListResponse:
    workflows: list[WorkflowListItem]
    """ Newest first. """
    workflow_count: int | Unset = UNSET
    """ Items in this page. """
    next_page_token: None | str | Unset = UNSET
    """ Opaque; null on the last page. """
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflows = []
        for workflows_item_data in self.workflows:
            workflows_item = workflows_item_data.to_dict()
            workflows.append(workflows_item)

        workflow_count = self.workflow_count

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflows": workflows,
            }
        )
        if workflow_count is not UNSET:
            field_dict["workflow_count"] = workflow_count
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock
        from ..models.workflow_list_item import WorkflowListItem

        d = dict(src_dict)
        workflows = []
        _workflows = d.pop("workflows")
        for workflows_item_data in _workflows:
            workflows_item = WorkflowListItem.from_dict(workflows_item_data)

            workflows.append(workflows_item)

        workflow_count = d.pop("workflow_count", UNSET)

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        workflow_list_response = cls(
            workflows=workflows,
            workflow_count=workflow_count,
            next_page_token=next_page_token,
            control_plane=control_plane,
        )

        workflow_list_response.additional_properties = d
        return workflow_list_response

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
