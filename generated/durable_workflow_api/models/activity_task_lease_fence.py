from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityTaskLeaseFence")


@_attrs_define
class ActivityTaskLeaseFence:
    """The attempt fence every call on a leased activity task carries."""

    activity_attempt_id: str
    lease_owner: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_attempt_id = self.activity_attempt_id

        lease_owner = self.lease_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_attempt_id": activity_attempt_id,
                "lease_owner": lease_owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_attempt_id = d.pop("activity_attempt_id")

        lease_owner = d.pop("lease_owner")

        activity_task_lease_fence = cls(
            activity_attempt_id=activity_attempt_id,
            lease_owner=lease_owner,
        )

        activity_task_lease_fence.additional_properties = d
        return activity_task_lease_fence

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
