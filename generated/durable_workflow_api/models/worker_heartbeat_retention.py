from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerHeartbeatRetention")


@_attrs_define
class WorkerHeartbeatRetention:
    """Result of the inline history-retention pass."""

    throttled: bool | Unset = UNSET
    processed: int | Unset = UNSET
    pruned: int | Unset = UNSET
    skipped: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        throttled = self.throttled

        processed = self.processed

        pruned = self.pruned

        skipped = self.skipped

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if throttled is not UNSET:
            field_dict["throttled"] = throttled
        if processed is not UNSET:
            field_dict["processed"] = processed
        if pruned is not UNSET:
            field_dict["pruned"] = pruned
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        throttled = d.pop("throttled", UNSET)

        processed = d.pop("processed", UNSET)

        pruned = d.pop("pruned", UNSET)

        skipped = d.pop("skipped", UNSET)

        failed = d.pop("failed", UNSET)

        worker_heartbeat_retention = cls(
            throttled=throttled,
            processed=processed,
            pruned=pruned,
            skipped=skipped,
            failed=failed,
        )

        worker_heartbeat_retention.additional_properties = d
        return worker_heartbeat_retention

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
