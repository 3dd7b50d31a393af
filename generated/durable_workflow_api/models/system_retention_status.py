from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemRetentionStatus")


@_attrs_define
class SystemRetentionStatus:
    """Closed, unarchived runs older than the namespace retention window."""

    namespace: str | Unset = UNSET
    retention_days: int | Unset = UNSET
    cutoff: str | Unset = UNSET
    """ ISO-8601; runs closed before it are expired. """
    expired_run_count: int | Unset = UNSET
    expired_run_ids: list[str] | Unset = UNSET
    scan_limit: int | Unset = UNSET
    scan_pressure: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        retention_days = self.retention_days

        cutoff = self.cutoff

        expired_run_count = self.expired_run_count

        expired_run_ids: list[str] | Unset = UNSET
        if not isinstance(self.expired_run_ids, Unset):
            expired_run_ids = self.expired_run_ids

        scan_limit = self.scan_limit

        scan_pressure = self.scan_pressure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if cutoff is not UNSET:
            field_dict["cutoff"] = cutoff
        if expired_run_count is not UNSET:
            field_dict["expired_run_count"] = expired_run_count
        if expired_run_ids is not UNSET:
            field_dict["expired_run_ids"] = expired_run_ids
        if scan_limit is not UNSET:
            field_dict["scan_limit"] = scan_limit
        if scan_pressure is not UNSET:
            field_dict["scan_pressure"] = scan_pressure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        retention_days = d.pop("retention_days", UNSET)

        cutoff = d.pop("cutoff", UNSET)

        expired_run_count = d.pop("expired_run_count", UNSET)

        expired_run_ids = cast(list[str], d.pop("expired_run_ids", UNSET))

        scan_limit = d.pop("scan_limit", UNSET)

        scan_pressure = d.pop("scan_pressure", UNSET)

        system_retention_status = cls(
            namespace=namespace,
            retention_days=retention_days,
            cutoff=cutoff,
            expired_run_count=expired_run_count,
            expired_run_ids=expired_run_ids,
            scan_limit=scan_limit,
            scan_pressure=scan_pressure,
        )

        system_retention_status.additional_properties = d
        return system_retention_status

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
