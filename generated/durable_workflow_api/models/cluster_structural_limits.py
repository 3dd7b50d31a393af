from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterStructuralLimits")


@_attrs_define
class ClusterStructuralLimits:
    """Structural limits of the engine."""

    pending_activity_count: int | Unset = UNSET
    pending_child_count: int | Unset = UNSET
    pending_timer_count: int | Unset = UNSET
    pending_signal_count: int | Unset = UNSET
    pending_update_count: int | Unset = UNSET
    command_batch_size: int | Unset = UNSET
    payload_size_bytes: int | Unset = UNSET
    memo_size_bytes: int | Unset = UNSET
    search_attribute_size_bytes: int | Unset = UNSET
    history_transaction_size: int | Unset = UNSET
    warning_threshold_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending_activity_count = self.pending_activity_count

        pending_child_count = self.pending_child_count

        pending_timer_count = self.pending_timer_count

        pending_signal_count = self.pending_signal_count

        pending_update_count = self.pending_update_count

        command_batch_size = self.command_batch_size

        payload_size_bytes = self.payload_size_bytes

        memo_size_bytes = self.memo_size_bytes

        search_attribute_size_bytes = self.search_attribute_size_bytes

        history_transaction_size = self.history_transaction_size

        warning_threshold_percent = self.warning_threshold_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending_activity_count is not UNSET:
            field_dict["pending_activity_count"] = pending_activity_count
        if pending_child_count is not UNSET:
            field_dict["pending_child_count"] = pending_child_count
        if pending_timer_count is not UNSET:
            field_dict["pending_timer_count"] = pending_timer_count
        if pending_signal_count is not UNSET:
            field_dict["pending_signal_count"] = pending_signal_count
        if pending_update_count is not UNSET:
            field_dict["pending_update_count"] = pending_update_count
        if command_batch_size is not UNSET:
            field_dict["command_batch_size"] = command_batch_size
        if payload_size_bytes is not UNSET:
            field_dict["payload_size_bytes"] = payload_size_bytes
        if memo_size_bytes is not UNSET:
            field_dict["memo_size_bytes"] = memo_size_bytes
        if search_attribute_size_bytes is not UNSET:
            field_dict["search_attribute_size_bytes"] = search_attribute_size_bytes
        if history_transaction_size is not UNSET:
            field_dict["history_transaction_size"] = history_transaction_size
        if warning_threshold_percent is not UNSET:
            field_dict["warning_threshold_percent"] = warning_threshold_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pending_activity_count = d.pop("pending_activity_count", UNSET)

        pending_child_count = d.pop("pending_child_count", UNSET)

        pending_timer_count = d.pop("pending_timer_count", UNSET)

        pending_signal_count = d.pop("pending_signal_count", UNSET)

        pending_update_count = d.pop("pending_update_count", UNSET)

        command_batch_size = d.pop("command_batch_size", UNSET)

        payload_size_bytes = d.pop("payload_size_bytes", UNSET)

        memo_size_bytes = d.pop("memo_size_bytes", UNSET)

        search_attribute_size_bytes = d.pop("search_attribute_size_bytes", UNSET)

        history_transaction_size = d.pop("history_transaction_size", UNSET)

        warning_threshold_percent = d.pop("warning_threshold_percent", UNSET)

        cluster_structural_limits = cls(
            pending_activity_count=pending_activity_count,
            pending_child_count=pending_child_count,
            pending_timer_count=pending_timer_count,
            pending_signal_count=pending_signal_count,
            pending_update_count=pending_update_count,
            command_batch_size=command_batch_size,
            payload_size_bytes=payload_size_bytes,
            memo_size_bytes=memo_size_bytes,
            search_attribute_size_bytes=search_attribute_size_bytes,
            history_transaction_size=history_transaction_size,
            warning_threshold_percent=warning_threshold_percent,
        )

        cluster_structural_limits.additional_properties = d
        return cluster_structural_limits

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
