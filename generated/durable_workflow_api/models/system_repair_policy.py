from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemRepairPolicy")


@_attrs_define
class SystemRepairPolicy:
    """Engine task-repair policy."""

    redispatch_after_seconds: int | Unset = UNSET
    loop_throttle_seconds: int | Unset = UNSET
    scan_limit: int | Unset = UNSET
    scan_strategy: str | Unset = UNSET
    failure_backoff_max_seconds: int | Unset = UNSET
    failure_backoff_strategy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redispatch_after_seconds = self.redispatch_after_seconds

        loop_throttle_seconds = self.loop_throttle_seconds

        scan_limit = self.scan_limit

        scan_strategy = self.scan_strategy

        failure_backoff_max_seconds = self.failure_backoff_max_seconds

        failure_backoff_strategy = self.failure_backoff_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redispatch_after_seconds is not UNSET:
            field_dict["redispatch_after_seconds"] = redispatch_after_seconds
        if loop_throttle_seconds is not UNSET:
            field_dict["loop_throttle_seconds"] = loop_throttle_seconds
        if scan_limit is not UNSET:
            field_dict["scan_limit"] = scan_limit
        if scan_strategy is not UNSET:
            field_dict["scan_strategy"] = scan_strategy
        if failure_backoff_max_seconds is not UNSET:
            field_dict["failure_backoff_max_seconds"] = failure_backoff_max_seconds
        if failure_backoff_strategy is not UNSET:
            field_dict["failure_backoff_strategy"] = failure_backoff_strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        redispatch_after_seconds = d.pop("redispatch_after_seconds", UNSET)

        loop_throttle_seconds = d.pop("loop_throttle_seconds", UNSET)

        scan_limit = d.pop("scan_limit", UNSET)

        scan_strategy = d.pop("scan_strategy", UNSET)

        failure_backoff_max_seconds = d.pop("failure_backoff_max_seconds", UNSET)

        failure_backoff_strategy = d.pop("failure_backoff_strategy", UNSET)

        system_repair_policy = cls(
            redispatch_after_seconds=redispatch_after_seconds,
            loop_throttle_seconds=loop_throttle_seconds,
            scan_limit=scan_limit,
            scan_strategy=scan_strategy,
            failure_backoff_max_seconds=failure_backoff_max_seconds,
            failure_backoff_strategy=failure_backoff_strategy,
        )

        system_repair_policy.additional_properties = d
        return system_repair_policy

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
