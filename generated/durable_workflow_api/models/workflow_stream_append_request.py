from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_stream_append_item import WorkflowStreamAppendItem


T = TypeVar("T", bound="WorkflowStreamAppendRequest")


@_attrs_define
class WorkflowStreamAppendRequest:
    items: list[WorkflowStreamAppendItem]
    max_pending_items: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        max_pending_items = self.max_pending_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if max_pending_items is not UNSET:
            field_dict["max_pending_items"] = max_pending_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_stream_append_item import WorkflowStreamAppendItem

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = WorkflowStreamAppendItem.from_dict(items_item_data)

            items.append(items_item)

        max_pending_items = d.pop("max_pending_items", UNSET)

        workflow_stream_append_request = cls(
            items=items,
            max_pending_items=max_pending_items,
        )

        workflow_stream_append_request.additional_properties = d
        return workflow_stream_append_request

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
