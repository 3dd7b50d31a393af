from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterBridgeOutcomeRule")


@_attrs_define
class ClusterBridgeOutcomeRule:
    http_status: int | Unset = UNSET
    retriable: bool | Unset = UNSET
    terminal: bool | Unset = UNSET
    meaning: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_status = self.http_status

        retriable = self.retriable

        terminal = self.terminal

        meaning = self.meaning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_status is not UNSET:
            field_dict["http_status"] = http_status
        if retriable is not UNSET:
            field_dict["retriable"] = retriable
        if terminal is not UNSET:
            field_dict["terminal"] = terminal
        if meaning is not UNSET:
            field_dict["meaning"] = meaning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        http_status = d.pop("http_status", UNSET)

        retriable = d.pop("retriable", UNSET)

        terminal = d.pop("terminal", UNSET)

        meaning = d.pop("meaning", UNSET)

        cluster_bridge_outcome_rule = cls(
            http_status=http_status,
            retriable=retriable,
            terminal=terminal,
            meaning=meaning,
        )

        cluster_bridge_outcome_rule.additional_properties = d
        return cluster_bridge_outcome_rule

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
