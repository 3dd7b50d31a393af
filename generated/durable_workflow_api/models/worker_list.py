from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_description import WorkerDescription


T = TypeVar("T", bound="WorkerList")


@_attrs_define
class WorkerList:
    """Workers of the namespace, most recent heartbeat first. The server snapshot omits `namespace` and
    `stale_after_seconds`.

    """

    workers: list[WorkerDescription]
    namespace: None | str | Unset = UNSET
    stale_after_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workers = []
        for workers_item_data in self.workers:
            workers_item = workers_item_data.to_dict()
            workers.append(workers_item)

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        stale_after_seconds: int | None | Unset
        if isinstance(self.stale_after_seconds, Unset):
            stale_after_seconds = UNSET
        else:
            stale_after_seconds = self.stale_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workers": workers,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if stale_after_seconds is not UNSET:
            field_dict["stale_after_seconds"] = stale_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.worker_description import WorkerDescription

        d = dict(src_dict)
        workers = []
        _workers = d.pop("workers")
        for workers_item_data in _workers:
            workers_item = WorkerDescription.from_dict(workers_item_data)

            workers.append(workers_item)

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_stale_after_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stale_after_seconds = _parse_stale_after_seconds(d.pop("stale_after_seconds", UNSET))

        worker_list = cls(
            workers=workers,
            namespace=namespace,
            stale_after_seconds=stale_after_seconds,
        )

        worker_list.additional_properties = d
        return worker_list

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
