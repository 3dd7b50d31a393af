from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_list_item import ScheduleListItem


T = TypeVar("T", bound="ScheduleListResponse")


@_attrs_define
class ScheduleListResponse:
    """A page of schedules, newest first. The server snapshot returns every schedule and a null `next_page_token`."""

    schedules: list[ScheduleListItem]
    namespace: str | Unset = UNSET
    schedule_count: int | Unset = UNSET
    next_page_token: None | str | Unset = UNSET
    """ Opaque; pass back unchanged with the same filters. Null at the end. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedules = []
        for schedules_item_data in self.schedules:
            schedules_item = schedules_item_data.to_dict()
            schedules.append(schedules_item)

        namespace = self.namespace

        schedule_count = self.schedule_count

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedules": schedules,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if schedule_count is not UNSET:
            field_dict["schedule_count"] = schedule_count
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_list_item import ScheduleListItem

        d = dict(src_dict)
        schedules = []
        _schedules = d.pop("schedules")
        for schedules_item_data in _schedules:
            schedules_item = ScheduleListItem.from_dict(schedules_item_data)

            schedules.append(schedules_item)

        namespace = d.pop("namespace", UNSET)

        schedule_count = d.pop("schedule_count", UNSET)

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        schedule_list_response = cls(
            schedules=schedules,
            namespace=namespace,
            schedule_count=schedule_count,
            next_page_token=next_page_token,
        )

        schedule_list_response.additional_properties = d
        return schedule_list_response

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
