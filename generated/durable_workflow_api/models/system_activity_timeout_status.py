from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemActivityTimeoutStatus")


@_attrs_define
class SystemActivityTimeoutStatus:
    """Activity executions whose timeout has expired."""

    expired_count: int | Unset = UNSET
    expired_execution_ids: list[str] | Unset = UNSET
    scan_limit: int | Unset = UNSET
    scan_pressure: bool | Unset = UNSET
    """ True when the scan hit the limit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expired_count = self.expired_count

        expired_execution_ids: list[str] | Unset = UNSET
        if not isinstance(self.expired_execution_ids, Unset):
            expired_execution_ids = self.expired_execution_ids

        scan_limit = self.scan_limit

        scan_pressure = self.scan_pressure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expired_count is not UNSET:
            field_dict["expired_count"] = expired_count
        if expired_execution_ids is not UNSET:
            field_dict["expired_execution_ids"] = expired_execution_ids
        if scan_limit is not UNSET:
            field_dict["scan_limit"] = scan_limit
        if scan_pressure is not UNSET:
            field_dict["scan_pressure"] = scan_pressure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expired_count = d.pop("expired_count", UNSET)

        expired_execution_ids = cast(list[str], d.pop("expired_execution_ids", UNSET))

        scan_limit = d.pop("scan_limit", UNSET)

        scan_pressure = d.pop("scan_pressure", UNSET)

        system_activity_timeout_status = cls(
            expired_count=expired_count,
            expired_execution_ids=expired_execution_ids,
            scan_limit=scan_limit,
            scan_pressure=scan_pressure,
        )

        system_activity_timeout_status.additional_properties = d
        return system_activity_timeout_status

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
