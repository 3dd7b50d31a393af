from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.schedule_recent_action import ScheduleRecentAction


T = TypeVar("T", bound="ScheduleInfo")


@_attrs_define
class ScheduleInfo:
    """Counters, fire times and buffered/skipped details of a schedule."""

    next_fire: None | str | Unset = UNSET
    last_fire: None | str | Unset = UNSET
    fires_count: int | Unset = UNSET
    failures_count: int | Unset = UNSET
    recent_actions: list[ScheduleRecentAction] | Unset = UNSET
    buffered_actions: list[JsonObject] | Unset = UNSET
    skipped_trigger_count: int | Unset = UNSET
    last_skip_reason: None | str | Unset = UNSET
    last_skipped_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_fire: None | str | Unset
        if isinstance(self.next_fire, Unset):
            next_fire = UNSET
        else:
            next_fire = self.next_fire

        last_fire: None | str | Unset
        if isinstance(self.last_fire, Unset):
            last_fire = UNSET
        else:
            last_fire = self.last_fire

        fires_count = self.fires_count

        failures_count = self.failures_count

        recent_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent_actions, Unset):
            recent_actions = []
            for recent_actions_item_data in self.recent_actions:
                recent_actions_item = recent_actions_item_data.to_dict()
                recent_actions.append(recent_actions_item)

        buffered_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buffered_actions, Unset):
            buffered_actions = []
            for buffered_actions_item_data in self.buffered_actions:
                buffered_actions_item = buffered_actions_item_data.to_dict()
                buffered_actions.append(buffered_actions_item)

        skipped_trigger_count = self.skipped_trigger_count

        last_skip_reason: None | str | Unset
        if isinstance(self.last_skip_reason, Unset):
            last_skip_reason = UNSET
        else:
            last_skip_reason = self.last_skip_reason

        last_skipped_at: None | str | Unset
        if isinstance(self.last_skipped_at, Unset):
            last_skipped_at = UNSET
        else:
            last_skipped_at = self.last_skipped_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_fire is not UNSET:
            field_dict["next_fire"] = next_fire
        if last_fire is not UNSET:
            field_dict["last_fire"] = last_fire
        if fires_count is not UNSET:
            field_dict["fires_count"] = fires_count
        if failures_count is not UNSET:
            field_dict["failures_count"] = failures_count
        if recent_actions is not UNSET:
            field_dict["recent_actions"] = recent_actions
        if buffered_actions is not UNSET:
            field_dict["buffered_actions"] = buffered_actions
        if skipped_trigger_count is not UNSET:
            field_dict["skipped_trigger_count"] = skipped_trigger_count
        if last_skip_reason is not UNSET:
            field_dict["last_skip_reason"] = last_skip_reason
        if last_skipped_at is not UNSET:
            field_dict["last_skipped_at"] = last_skipped_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.schedule_recent_action import ScheduleRecentAction

        d = dict(src_dict)

        def _parse_next_fire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_fire = _parse_next_fire(d.pop("next_fire", UNSET))

        def _parse_last_fire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_fire = _parse_last_fire(d.pop("last_fire", UNSET))

        fires_count = d.pop("fires_count", UNSET)

        failures_count = d.pop("failures_count", UNSET)

        _recent_actions = d.pop("recent_actions", UNSET)
        recent_actions: list[ScheduleRecentAction] | Unset = UNSET
        if _recent_actions is not UNSET:
            recent_actions = []
            for recent_actions_item_data in _recent_actions:
                recent_actions_item = ScheduleRecentAction.from_dict(recent_actions_item_data)

                recent_actions.append(recent_actions_item)

        _buffered_actions = d.pop("buffered_actions", UNSET)
        buffered_actions: list[JsonObject] | Unset = UNSET
        if _buffered_actions is not UNSET:
            buffered_actions = []
            for buffered_actions_item_data in _buffered_actions:
                buffered_actions_item = JsonObject.from_dict(buffered_actions_item_data)

                buffered_actions.append(buffered_actions_item)

        skipped_trigger_count = d.pop("skipped_trigger_count", UNSET)

        def _parse_last_skip_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_skip_reason = _parse_last_skip_reason(d.pop("last_skip_reason", UNSET))

        def _parse_last_skipped_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_skipped_at = _parse_last_skipped_at(d.pop("last_skipped_at", UNSET))

        schedule_info = cls(
            next_fire=next_fire,
            last_fire=last_fire,
            fires_count=fires_count,
            failures_count=failures_count,
            recent_actions=recent_actions,
            buffered_actions=buffered_actions,
            skipped_trigger_count=skipped_trigger_count,
            last_skip_reason=last_skip_reason,
            last_skipped_at=last_skipped_at,
        )

        schedule_info.additional_properties = d
        return schedule_info

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
