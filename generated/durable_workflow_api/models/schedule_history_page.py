from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_history_event import ScheduleHistoryEvent


T = TypeVar("T", bound="ScheduleHistoryPage")


@_attrs_define
class ScheduleHistoryPage:
    """One page of a schedule's audit stream, ascending by `sequence`. While `has_more`, pass `next_cursor` as
    `after_sequence` to get the next page.

    """

    events: list[ScheduleHistoryEvent]
    has_more: bool
    schedule_id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    next_cursor: int | None | Unset = UNSET
    """ Sequence of the last returned event when `has_more`, else null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        has_more = self.has_more

        schedule_id = self.schedule_id

        namespace = self.namespace

        next_cursor: int | None | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "has_more": has_more,
            }
        )
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_history_event import ScheduleHistoryEvent

        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = ScheduleHistoryEvent.from_dict(events_item_data)

            events.append(events_item)

        has_more = d.pop("has_more")

        schedule_id = d.pop("schedule_id", UNSET)

        namespace = d.pop("namespace", UNSET)

        def _parse_next_cursor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        schedule_history_page = cls(
            events=events,
            has_more=has_more,
            schedule_id=schedule_id,
            namespace=namespace,
            next_cursor=next_cursor,
        )

        schedule_history_page.additional_properties = d
        return schedule_history_page

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
