from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityTaskDeadlines")


@_attrs_define
class ActivityTaskDeadlines:
    """Deadlines of the attempt / execution (ISO-8601 with offset)."""

    schedule_to_start: datetime.datetime | Unset = UNSET
    start_to_close: datetime.datetime | Unset = UNSET
    schedule_to_close: datetime.datetime | Unset = UNSET
    heartbeat: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_to_start: str | Unset = UNSET
        if not isinstance(self.schedule_to_start, Unset):
            schedule_to_start = self.schedule_to_start.isoformat()

        start_to_close: str | Unset = UNSET
        if not isinstance(self.start_to_close, Unset):
            start_to_close = self.start_to_close.isoformat()

        schedule_to_close: str | Unset = UNSET
        if not isinstance(self.schedule_to_close, Unset):
            schedule_to_close = self.schedule_to_close.isoformat()

        heartbeat: str | Unset = UNSET
        if not isinstance(self.heartbeat, Unset):
            heartbeat = self.heartbeat.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule_to_start is not UNSET:
            field_dict["schedule_to_start"] = schedule_to_start
        if start_to_close is not UNSET:
            field_dict["start_to_close"] = start_to_close
        if schedule_to_close is not UNSET:
            field_dict["schedule_to_close"] = schedule_to_close
        if heartbeat is not UNSET:
            field_dict["heartbeat"] = heartbeat

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _schedule_to_start = d.pop("schedule_to_start", UNSET)
        schedule_to_start: datetime.datetime | Unset
        if isinstance(_schedule_to_start, Unset):
            schedule_to_start = UNSET
        else:
            schedule_to_start = datetime.datetime.fromisoformat(_schedule_to_start)

        _start_to_close = d.pop("start_to_close", UNSET)
        start_to_close: datetime.datetime | Unset
        if isinstance(_start_to_close, Unset):
            start_to_close = UNSET
        else:
            start_to_close = datetime.datetime.fromisoformat(_start_to_close)

        _schedule_to_close = d.pop("schedule_to_close", UNSET)
        schedule_to_close: datetime.datetime | Unset
        if isinstance(_schedule_to_close, Unset):
            schedule_to_close = UNSET
        else:
            schedule_to_close = datetime.datetime.fromisoformat(_schedule_to_close)

        _heartbeat = d.pop("heartbeat", UNSET)
        heartbeat: datetime.datetime | Unset
        if isinstance(_heartbeat, Unset):
            heartbeat = UNSET
        else:
            heartbeat = datetime.datetime.fromisoformat(_heartbeat)

        activity_task_deadlines = cls(
            schedule_to_start=schedule_to_start,
            start_to_close=start_to_close,
            schedule_to_close=schedule_to_close,
            heartbeat=heartbeat,
        )

        activity_task_deadlines.additional_properties = d
        return activity_task_deadlines

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
