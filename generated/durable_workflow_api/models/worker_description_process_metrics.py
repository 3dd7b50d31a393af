from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerDescriptionProcessMetrics")


@_attrs_define
class WorkerDescriptionProcessMetrics:
    """Process metrics the worker reported (newer servers)."""

    cpu_percent: float | None | Unset = UNSET
    memory_bytes: int | None | Unset = UNSET
    process_uptime_seconds: float | None | Unset = UNSET
    process_id: int | None | str | Unset = UNSET
    process_started_at: None | str | Unset = UNSET
    host: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_percent: float | None | Unset
        if isinstance(self.cpu_percent, Unset):
            cpu_percent = UNSET
        else:
            cpu_percent = self.cpu_percent

        memory_bytes: int | None | Unset
        if isinstance(self.memory_bytes, Unset):
            memory_bytes = UNSET
        else:
            memory_bytes = self.memory_bytes

        process_uptime_seconds: float | None | Unset
        if isinstance(self.process_uptime_seconds, Unset):
            process_uptime_seconds = UNSET
        else:
            process_uptime_seconds = self.process_uptime_seconds

        process_id: int | None | str | Unset
        if isinstance(self.process_id, Unset):
            process_id = UNSET
        else:
            process_id = self.process_id

        process_started_at: None | str | Unset
        if isinstance(self.process_started_at, Unset):
            process_started_at = UNSET
        else:
            process_started_at = self.process_started_at

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_percent is not UNSET:
            field_dict["cpu_percent"] = cpu_percent
        if memory_bytes is not UNSET:
            field_dict["memory_bytes"] = memory_bytes
        if process_uptime_seconds is not UNSET:
            field_dict["process_uptime_seconds"] = process_uptime_seconds
        if process_id is not UNSET:
            field_dict["process_id"] = process_id
        if process_started_at is not UNSET:
            field_dict["process_started_at"] = process_started_at
        if host is not UNSET:
            field_dict["host"] = host

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cpu_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_percent = _parse_cpu_percent(d.pop("cpu_percent", UNSET))

        def _parse_memory_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_bytes = _parse_memory_bytes(d.pop("memory_bytes", UNSET))

        def _parse_process_uptime_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        process_uptime_seconds = _parse_process_uptime_seconds(
            d.pop("process_uptime_seconds", UNSET)
        )

        def _parse_process_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        process_id = _parse_process_id(d.pop("process_id", UNSET))

        def _parse_process_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_started_at = _parse_process_started_at(d.pop("process_started_at", UNSET))

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        worker_description_process_metrics = cls(
            cpu_percent=cpu_percent,
            memory_bytes=memory_bytes,
            process_uptime_seconds=process_uptime_seconds,
            process_id=process_id,
            process_started_at=process_started_at,
            host=host,
        )

        worker_description_process_metrics.additional_properties = d
        return worker_description_process_metrics

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
