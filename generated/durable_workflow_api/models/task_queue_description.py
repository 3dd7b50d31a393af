from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_queue_admission import TaskQueueAdmission
    from ..models.task_queue_lease import TaskQueueLease
    from ..models.task_queue_poller import TaskQueuePoller
    from ..models.task_queue_repair import TaskQueueRepair
    from ..models.task_queue_stats import TaskQueueStats


T = TypeVar("T", bound="TaskQueueDescription")


@_attrs_define
class TaskQueueDescription:
    """One task queue. List items carry `name`, `stats`, `repair` and `admission` only; the describe answer adds `pollers`
    and `current_leases`. The server snapshot omits `namespace` (newer servers send it).

    """

    name: str
    namespace: None | str | Unset = UNSET
    pollers: list[TaskQueuePoller] | Unset = UNSET
    stats: TaskQueueStats | Unset = UNSET
    """ Backlog and poller statistics of a queue (engine-defined). """
    current_leases: list[TaskQueueLease] | Unset = UNSET
    repair: TaskQueueRepair | Unset = UNSET
    """ Engine task-repair summary for the queue. """
    admission: TaskQueueAdmission | Unset = UNSET
    """ Admission state of the queue per task kind. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        pollers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pollers, Unset):
            pollers = []
            for pollers_item_data in self.pollers:
                pollers_item = pollers_item_data.to_dict()
                pollers.append(pollers_item)

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        current_leases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.current_leases, Unset):
            current_leases = []
            for current_leases_item_data in self.current_leases:
                current_leases_item = current_leases_item_data.to_dict()
                current_leases.append(current_leases_item)

        repair: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repair, Unset):
            repair = self.repair.to_dict()

        admission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.admission, Unset):
            admission = self.admission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if pollers is not UNSET:
            field_dict["pollers"] = pollers
        if stats is not UNSET:
            field_dict["stats"] = stats
        if current_leases is not UNSET:
            field_dict["current_leases"] = current_leases
        if repair is not UNSET:
            field_dict["repair"] = repair
        if admission is not UNSET:
            field_dict["admission"] = admission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_queue_admission import TaskQueueAdmission
        from ..models.task_queue_lease import TaskQueueLease
        from ..models.task_queue_poller import TaskQueuePoller
        from ..models.task_queue_repair import TaskQueueRepair
        from ..models.task_queue_stats import TaskQueueStats

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        _pollers = d.pop("pollers", UNSET)
        pollers: list[TaskQueuePoller] | Unset = UNSET
        if _pollers is not UNSET:
            pollers = []
            for pollers_item_data in _pollers:
                pollers_item = TaskQueuePoller.from_dict(pollers_item_data)

                pollers.append(pollers_item)

        _stats = d.pop("stats", UNSET)
        stats: TaskQueueStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = TaskQueueStats.from_dict(_stats)

        _current_leases = d.pop("current_leases", UNSET)
        current_leases: list[TaskQueueLease] | Unset = UNSET
        if _current_leases is not UNSET:
            current_leases = []
            for current_leases_item_data in _current_leases:
                current_leases_item = TaskQueueLease.from_dict(current_leases_item_data)

                current_leases.append(current_leases_item)

        _repair = d.pop("repair", UNSET)
        repair: TaskQueueRepair | Unset
        if isinstance(_repair, Unset):
            repair = UNSET
        else:
            repair = TaskQueueRepair.from_dict(_repair)

        _admission = d.pop("admission", UNSET)
        admission: TaskQueueAdmission | Unset
        if isinstance(_admission, Unset):
            admission = UNSET
        else:
            admission = TaskQueueAdmission.from_dict(_admission)

        task_queue_description = cls(
            name=name,
            namespace=namespace,
            pollers=pollers,
            stats=stats,
            current_leases=current_leases,
            repair=repair,
            admission=admission,
        )

        task_queue_description.additional_properties = d
        return task_queue_description

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
