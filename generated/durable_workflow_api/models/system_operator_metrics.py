from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_structural_limits import ClusterStructuralLimits
    from ..models.json_object import JsonObject
    from ..models.system_operator_activity_metrics import SystemOperatorActivityMetrics
    from ..models.system_operator_backend import SystemOperatorBackend
    from ..models.system_operator_backlog_metrics import SystemOperatorBacklogMetrics
    from ..models.system_operator_run_metrics import SystemOperatorRunMetrics
    from ..models.system_operator_schedule_metrics import SystemOperatorScheduleMetrics
    from ..models.system_operator_task_metrics import SystemOperatorTaskMetrics
    from ..models.system_operator_worker_metrics import SystemOperatorWorkerMetrics
    from ..models.system_repair_candidates import SystemRepairCandidates
    from ..models.system_repair_policy import SystemRepairPolicy


T = TypeVar("T", bound="SystemOperatorMetrics")


@_attrs_define
class SystemOperatorMetrics:
    """Engine operator metrics snapshot (newer engines add sections and counters; sections not typed here are open
    objects).

    """

    generated_at: None | str | Unset = UNSET
    runs: SystemOperatorRunMetrics | Unset = UNSET
    """ Run counters. """
    tasks: SystemOperatorTaskMetrics | Unset = UNSET
    """ Task counters. """
    activities: SystemOperatorActivityMetrics | Unset = UNSET
    """ Activity counters. """
    backlog: SystemOperatorBacklogMetrics | Unset = UNSET
    """ Backlog counters. """
    repair: SystemRepairCandidates | Unset = UNSET
    """ Runs and tasks that currently need repair. """
    starts: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    history: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    command_contracts: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    projections: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    schedules: SystemOperatorScheduleMetrics | Unset = UNSET
    """ Schedule counters. """
    workers: SystemOperatorWorkerMetrics | Unset = UNSET
    """ Worker fleet compatibility summary. """
    backend: SystemOperatorBackend | Unset = UNSET
    """ Backend readiness (database, queue, cache, codec) and its issues. """
    structural_limits: ClusterStructuralLimits | Unset = UNSET
    """ Structural limits of the engine. """
    update_wait: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    repair_policy: SystemRepairPolicy | Unset = UNSET
    """ Engine task-repair policy. """
    matching_role: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = self.generated_at

        runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = self.runs.to_dict()

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        activities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activities, Unset):
            activities = self.activities.to_dict()

        backlog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backlog, Unset):
            backlog = self.backlog.to_dict()

        repair: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repair, Unset):
            repair = self.repair.to_dict()

        starts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.starts, Unset):
            starts = self.starts.to_dict()

        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        command_contracts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command_contracts, Unset):
            command_contracts = self.command_contracts.to_dict()

        projections: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projections, Unset):
            projections = self.projections.to_dict()

        schedules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = self.schedules.to_dict()

        workers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = self.workers.to_dict()

        backend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backend, Unset):
            backend = self.backend.to_dict()

        structural_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structural_limits, Unset):
            structural_limits = self.structural_limits.to_dict()

        update_wait: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_wait, Unset):
            update_wait = self.update_wait.to_dict()

        repair_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repair_policy, Unset):
            repair_policy = self.repair_policy.to_dict()

        matching_role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.matching_role, Unset):
            matching_role = self.matching_role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if runs is not UNSET:
            field_dict["runs"] = runs
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if activities is not UNSET:
            field_dict["activities"] = activities
        if backlog is not UNSET:
            field_dict["backlog"] = backlog
        if repair is not UNSET:
            field_dict["repair"] = repair
        if starts is not UNSET:
            field_dict["starts"] = starts
        if history is not UNSET:
            field_dict["history"] = history
        if command_contracts is not UNSET:
            field_dict["command_contracts"] = command_contracts
        if projections is not UNSET:
            field_dict["projections"] = projections
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if workers is not UNSET:
            field_dict["workers"] = workers
        if backend is not UNSET:
            field_dict["backend"] = backend
        if structural_limits is not UNSET:
            field_dict["structural_limits"] = structural_limits
        if update_wait is not UNSET:
            field_dict["update_wait"] = update_wait
        if repair_policy is not UNSET:
            field_dict["repair_policy"] = repair_policy
        if matching_role is not UNSET:
            field_dict["matching_role"] = matching_role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_structural_limits import ClusterStructuralLimits
        from ..models.json_object import JsonObject
        from ..models.system_operator_activity_metrics import SystemOperatorActivityMetrics
        from ..models.system_operator_backend import SystemOperatorBackend
        from ..models.system_operator_backlog_metrics import SystemOperatorBacklogMetrics
        from ..models.system_operator_run_metrics import SystemOperatorRunMetrics
        from ..models.system_operator_schedule_metrics import SystemOperatorScheduleMetrics
        from ..models.system_operator_task_metrics import SystemOperatorTaskMetrics
        from ..models.system_operator_worker_metrics import SystemOperatorWorkerMetrics
        from ..models.system_repair_candidates import SystemRepairCandidates
        from ..models.system_repair_policy import SystemRepairPolicy

        d = dict(src_dict)

        def _parse_generated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_at = _parse_generated_at(d.pop("generated_at", UNSET))

        _runs = d.pop("runs", UNSET)
        runs: SystemOperatorRunMetrics | Unset
        if isinstance(_runs, Unset):
            runs = UNSET
        else:
            runs = SystemOperatorRunMetrics.from_dict(_runs)

        _tasks = d.pop("tasks", UNSET)
        tasks: SystemOperatorTaskMetrics | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = SystemOperatorTaskMetrics.from_dict(_tasks)

        _activities = d.pop("activities", UNSET)
        activities: SystemOperatorActivityMetrics | Unset
        if isinstance(_activities, Unset):
            activities = UNSET
        else:
            activities = SystemOperatorActivityMetrics.from_dict(_activities)

        _backlog = d.pop("backlog", UNSET)
        backlog: SystemOperatorBacklogMetrics | Unset
        if isinstance(_backlog, Unset):
            backlog = UNSET
        else:
            backlog = SystemOperatorBacklogMetrics.from_dict(_backlog)

        _repair = d.pop("repair", UNSET)
        repair: SystemRepairCandidates | Unset
        if isinstance(_repair, Unset):
            repair = UNSET
        else:
            repair = SystemRepairCandidates.from_dict(_repair)

        _starts = d.pop("starts", UNSET)
        starts: JsonObject | Unset
        if isinstance(_starts, Unset):
            starts = UNSET
        else:
            starts = JsonObject.from_dict(_starts)

        _history = d.pop("history", UNSET)
        history: JsonObject | Unset
        if isinstance(_history, Unset):
            history = UNSET
        else:
            history = JsonObject.from_dict(_history)

        _command_contracts = d.pop("command_contracts", UNSET)
        command_contracts: JsonObject | Unset
        if isinstance(_command_contracts, Unset):
            command_contracts = UNSET
        else:
            command_contracts = JsonObject.from_dict(_command_contracts)

        _projections = d.pop("projections", UNSET)
        projections: JsonObject | Unset
        if isinstance(_projections, Unset):
            projections = UNSET
        else:
            projections = JsonObject.from_dict(_projections)

        _schedules = d.pop("schedules", UNSET)
        schedules: SystemOperatorScheduleMetrics | Unset
        if isinstance(_schedules, Unset):
            schedules = UNSET
        else:
            schedules = SystemOperatorScheduleMetrics.from_dict(_schedules)

        _workers = d.pop("workers", UNSET)
        workers: SystemOperatorWorkerMetrics | Unset
        if isinstance(_workers, Unset):
            workers = UNSET
        else:
            workers = SystemOperatorWorkerMetrics.from_dict(_workers)

        _backend = d.pop("backend", UNSET)
        backend: SystemOperatorBackend | Unset
        if isinstance(_backend, Unset):
            backend = UNSET
        else:
            backend = SystemOperatorBackend.from_dict(_backend)

        _structural_limits = d.pop("structural_limits", UNSET)
        structural_limits: ClusterStructuralLimits | Unset
        if isinstance(_structural_limits, Unset):
            structural_limits = UNSET
        else:
            structural_limits = ClusterStructuralLimits.from_dict(_structural_limits)

        _update_wait = d.pop("update_wait", UNSET)
        update_wait: JsonObject | Unset
        if isinstance(_update_wait, Unset):
            update_wait = UNSET
        else:
            update_wait = JsonObject.from_dict(_update_wait)

        _repair_policy = d.pop("repair_policy", UNSET)
        repair_policy: SystemRepairPolicy | Unset
        if isinstance(_repair_policy, Unset):
            repair_policy = UNSET
        else:
            repair_policy = SystemRepairPolicy.from_dict(_repair_policy)

        _matching_role = d.pop("matching_role", UNSET)
        matching_role: JsonObject | Unset
        if isinstance(_matching_role, Unset):
            matching_role = UNSET
        else:
            matching_role = JsonObject.from_dict(_matching_role)

        system_operator_metrics = cls(
            generated_at=generated_at,
            runs=runs,
            tasks=tasks,
            activities=activities,
            backlog=backlog,
            repair=repair,
            starts=starts,
            history=history,
            command_contracts=command_contracts,
            projections=projections,
            schedules=schedules,
            workers=workers,
            backend=backend,
            structural_limits=structural_limits,
            update_wait=update_wait,
            repair_policy=repair_policy,
            matching_role=matching_role,
        )

        system_operator_metrics.additional_properties = d
        return system_operator_metrics

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
