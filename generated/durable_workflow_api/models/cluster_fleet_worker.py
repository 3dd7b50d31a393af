from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterFleetWorker")


@_attrs_define
class ClusterFleetWorker:
    """One active worker of the fleet summary."""

    worker_id: str | Unset = UNSET
    queues: list[str] | Unset = UNSET
    build_ids: list[str] | Unset = UNSET
    recorded_at: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        queues: list[str] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = self.queues

        build_ids: list[str] | Unset = UNSET
        if not isinstance(self.build_ids, Unset):
            build_ids = self.build_ids

        recorded_at: None | str | Unset
        if isinstance(self.recorded_at, Unset):
            recorded_at = UNSET
        else:
            recorded_at = self.recorded_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if queues is not UNSET:
            field_dict["queues"] = queues
        if build_ids is not UNSET:
            field_dict["build_ids"] = build_ids
        if recorded_at is not UNSET:
            field_dict["recorded_at"] = recorded_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        worker_id = d.pop("worker_id", UNSET)

        queues = cast(list[str], d.pop("queues", UNSET))

        build_ids = cast(list[str], d.pop("build_ids", UNSET))

        def _parse_recorded_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recorded_at = _parse_recorded_at(d.pop("recorded_at", UNSET))

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        cluster_fleet_worker = cls(
            worker_id=worker_id,
            queues=queues,
            build_ids=build_ids,
            recorded_at=recorded_at,
            expires_at=expires_at,
        )

        cluster_fleet_worker.additional_properties = d
        return cluster_fleet_worker

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
