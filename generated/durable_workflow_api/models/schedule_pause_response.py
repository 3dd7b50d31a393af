from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulePauseResponse")


@_attrs_define
class SchedulePauseResponse:
    schedule_id: str
    outcome: str | Unset = UNSET
    namespace: str | Unset = UNSET
    paused: bool | Unset = UNSET
    note: None | str | Unset = UNSET
    paused_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_id = self.schedule_id

        outcome = self.outcome

        namespace = self.namespace

        paused = self.paused

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        paused_at: None | str | Unset
        if isinstance(self.paused_at, Unset):
            paused_at = UNSET
        else:
            paused_at = self.paused_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_id": schedule_id,
            }
        )
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if paused is not UNSET:
            field_dict["paused"] = paused
        if note is not UNSET:
            field_dict["note"] = note
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        schedule_id = d.pop("schedule_id")

        outcome = d.pop("outcome", UNSET)

        namespace = d.pop("namespace", UNSET)

        paused = d.pop("paused", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_paused_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paused_at = _parse_paused_at(d.pop("paused_at", UNSET))

        schedule_pause_response = cls(
            schedule_id=schedule_id,
            outcome=outcome,
            namespace=namespace,
            paused=paused,
            note=note,
            paused_at=paused_at,
        )

        schedule_pause_response.additional_properties = d
        return schedule_pause_response

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
