from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_overlap_policy import ScheduleOverlapPolicy, check_schedule_overlap_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleTriggerRequest")


@_attrs_define
class ScheduleTriggerRequest:
    """Body of the trigger route; the overlap policy applies to this fire only."""

    overlap_policy: None | ScheduleOverlapPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overlap_policy: None | str | Unset
        if isinstance(self.overlap_policy, Unset):
            overlap_policy = UNSET
        elif isinstance(self.overlap_policy, str):
            overlap_policy = self.overlap_policy
        else:
            overlap_policy = self.overlap_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overlap_policy is not UNSET:
            field_dict["overlap_policy"] = overlap_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_overlap_policy(data: object) -> None | ScheduleOverlapPolicy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overlap_policy_type_0 = check_schedule_overlap_policy(data)

                return overlap_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleOverlapPolicy | Unset, data)

        overlap_policy = _parse_overlap_policy(d.pop("overlap_policy", UNSET))

        schedule_trigger_request = cls(
            overlap_policy=overlap_policy,
        )

        schedule_trigger_request.additional_properties = d
        return schedule_trigger_request

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
