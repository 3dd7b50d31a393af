from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_stream_item import WorkflowStreamItem


T = TypeVar("T", bound="WorkflowStreamItemsPage")


@_attrs_define
class WorkflowStreamItemsPage:
    items: list[WorkflowStreamItem]
    stream: Any | Unset = UNSET
    """ The stream (object) the items belong to. """
    next_offset: int | None | Unset = UNSET
    terminal: bool | Unset = UNSET
    """ True when the stream is closed and fully read. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        stream = self.stream

        next_offset: int | None | Unset
        if isinstance(self.next_offset, Unset):
            next_offset = UNSET
        else:
            next_offset = self.next_offset

        terminal = self.terminal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset
        if terminal is not UNSET:
            field_dict["terminal"] = terminal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_stream_item import WorkflowStreamItem

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = WorkflowStreamItem.from_dict(items_item_data)

            items.append(items_item)

        stream = d.pop("stream", UNSET)

        def _parse_next_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_offset = _parse_next_offset(d.pop("next_offset", UNSET))

        terminal = d.pop("terminal", UNSET)

        workflow_stream_items_page = cls(
            items=items,
            stream=stream,
            next_offset=next_offset,
            terminal=terminal,
        )

        workflow_stream_items_page.additional_properties = d
        return workflow_stream_items_page

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
