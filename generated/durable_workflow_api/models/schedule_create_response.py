from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleCreateResponse")


@_attrs_define
class ScheduleCreateResponse:
    """Answer of a schedule creation (newer servers add `namespace`, `status`, `created_at`)."""

    schedule_id: str
    outcome: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Schedule status (`active` or `paused`; deleted schedules answer 404). """
    created_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_id = self.schedule_id

        outcome = self.outcome

        namespace = self.namespace

        status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

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
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        schedule_id = d.pop("schedule_id")

        outcome = d.pop("outcome", UNSET)

        namespace = d.pop("namespace", UNSET)

        status = d.pop("status", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        schedule_create_response = cls(
            schedule_id=schedule_id,
            outcome=outcome,
            namespace=namespace,
            status=status,
            created_at=created_at,
        )

        schedule_create_response.additional_properties = d
        return schedule_create_response

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
