from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_fleet_worker import ClusterFleetWorker


T = TypeVar("T", bound="ClusterWorkerFleet")


@_attrs_define
class ClusterWorkerFleet:
    """Worker fleet summary for the request namespace (engine-defined)."""

    namespace: str | Unset = UNSET
    active_workers: int | Unset = UNSET
    active_worker_scopes: int | list[Any] | Unset = UNSET
    """ Count of active worker scopes (older servers) or the scopes themselves. """
    queues: list[str] | Unset = UNSET
    """ Task queue names served by active workers. """
    build_ids: list[str] | Unset = UNSET
    """ Build ids of active workers. """
    workers: list[ClusterFleetWorker] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        active_workers = self.active_workers

        active_worker_scopes: int | list[Any] | Unset
        if isinstance(self.active_worker_scopes, Unset):
            active_worker_scopes = UNSET
        elif isinstance(self.active_worker_scopes, list):
            active_worker_scopes = self.active_worker_scopes

        else:
            active_worker_scopes = self.active_worker_scopes

        queues: list[str] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = self.queues

        build_ids: list[str] | Unset = UNSET
        if not isinstance(self.build_ids, Unset):
            build_ids = self.build_ids

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if active_workers is not UNSET:
            field_dict["active_workers"] = active_workers
        if active_worker_scopes is not UNSET:
            field_dict["active_worker_scopes"] = active_worker_scopes
        if queues is not UNSET:
            field_dict["queues"] = queues
        if build_ids is not UNSET:
            field_dict["build_ids"] = build_ids
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_fleet_worker import ClusterFleetWorker

        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        active_workers = d.pop("active_workers", UNSET)

        def _parse_active_worker_scopes(data: object) -> int | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                active_worker_scopes_type_1 = cast(list[Any], data)

                return active_worker_scopes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[Any] | Unset, data)

        active_worker_scopes = _parse_active_worker_scopes(d.pop("active_worker_scopes", UNSET))

        queues = cast(list[str], d.pop("queues", UNSET))

        build_ids = cast(list[str], d.pop("build_ids", UNSET))

        _workers = d.pop("workers", UNSET)
        workers: list[ClusterFleetWorker] | Unset = UNSET
        if _workers is not UNSET:
            workers = []
            for workers_item_data in _workers:
                workers_item = ClusterFleetWorker.from_dict(workers_item_data)

                workers.append(workers_item)

        cluster_worker_fleet = cls(
            namespace=namespace,
            active_workers=active_workers,
            active_worker_scopes=active_worker_scopes,
            queues=queues,
            build_ids=build_ids,
            workers=workers,
        )

        cluster_worker_fleet.additional_properties = d
        return cluster_worker_fleet

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
