"""Task queue and worker results: admission, build-id rollout, descriptions, lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from durable_workflow.client._display import Displayable
from durable_workflow.client._time import parse_timestamp
from durable_workflow.client.types._wire import (
    _bool,
    _dicts,
    _int,
    _int_or,
    _map,
    _str,
    _str_or,
    _strings,
    wire_dict,
)

# --------------------------------------------------------------------------- task queues


@dataclass
class TaskQueueTaskAdmission:
    """Workflow/activity admission state for one task queue."""

    status: str | None = None
    budget_source: str | None = None
    server_budget_source: str | None = None
    active_worker_count: int | None = None
    configured_slot_count: int | None = None
    leased_count: int | None = None
    ready_count: int | None = None
    available_slot_count: int | None = None
    server_max_active_leases_per_queue: int | None = None
    server_active_lease_count: int | None = None
    server_remaining_active_lease_capacity: int | None = None
    server_max_active_leases_per_namespace: int | None = None
    server_namespace_active_lease_count: int | None = None
    server_remaining_namespace_active_lease_capacity: int | None = None
    server_max_dispatches_per_minute: int | None = None
    server_dispatch_count_this_minute: int | None = None
    server_remaining_dispatch_capacity: int | None = None
    server_max_dispatches_per_minute_per_namespace: int | None = None
    server_namespace_dispatch_count_this_minute: int | None = None
    server_remaining_namespace_dispatch_capacity: int | None = None
    server_dispatch_budget_group: str | None = None
    server_max_dispatches_per_minute_per_budget_group: int | None = None
    server_budget_group_dispatch_count_this_minute: int | None = None
    server_remaining_budget_group_dispatch_capacity: int | None = None
    server_lock_required: bool | None = None
    server_lock_supported: bool | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueTaskAdmission | None:
        """Map ``admission.workflow_tasks`` / ``activity_tasks`` (``None`` when absent)."""
        if data is None:
            return None
        d = wire_dict(data)
        values: dict[str, Any] = {}
        for name, kind in _TASK_ADMISSION_FIELDS.items():
            raw = d.get(name)
            values[name] = _str(raw) if kind is str else _bool(raw) if kind is bool else _int(raw)
        return cls(**values, raw=d)


_TASK_ADMISSION_FIELDS: dict[str, type] = {
    "status": str,
    "budget_source": str,
    "server_budget_source": str,
    "active_worker_count": int,
    "configured_slot_count": int,
    "leased_count": int,
    "ready_count": int,
    "available_slot_count": int,
    "server_max_active_leases_per_queue": int,
    "server_active_lease_count": int,
    "server_remaining_active_lease_capacity": int,
    "server_max_active_leases_per_namespace": int,
    "server_namespace_active_lease_count": int,
    "server_remaining_namespace_active_lease_capacity": int,
    "server_max_dispatches_per_minute": int,
    "server_dispatch_count_this_minute": int,
    "server_remaining_dispatch_capacity": int,
    "server_max_dispatches_per_minute_per_namespace": int,
    "server_namespace_dispatch_count_this_minute": int,
    "server_remaining_namespace_dispatch_capacity": int,
    "server_dispatch_budget_group": str,
    "server_max_dispatches_per_minute_per_budget_group": int,
    "server_budget_group_dispatch_count_this_minute": int,
    "server_remaining_budget_group_dispatch_capacity": int,
    "server_lock_required": bool,
    "server_lock_supported": bool,
}


@dataclass
class TaskQueueQueryAdmission:
    """Worker-routed query-task admission state for one task queue."""

    status: str | None = None
    budget_source: str | None = None
    max_pending_per_queue: int | None = None
    approximate_pending_count: int | None = None
    remaining_pending_capacity: int | None = None
    lock_required: bool | None = None
    lock_supported: bool | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueQueryAdmission | None:
        """Map ``admission.query_tasks`` (``None`` when absent)."""
        if data is None:
            return None
        d = wire_dict(data)
        return cls(
            status=_str(d.get("status")),
            budget_source=_str(d.get("budget_source")),
            max_pending_per_queue=_int(d.get("max_pending_per_queue")),
            approximate_pending_count=_int(d.get("approximate_pending_count")),
            remaining_pending_capacity=_int(d.get("remaining_pending_capacity")),
            lock_required=_bool(d.get("lock_required")),
            lock_supported=_bool(d.get("lock_supported")),
            raw=d,
        )


@dataclass
class TaskQueueAdmission:
    """Server-side admission budgets for workflow, activity, and query tasks."""

    workflow_tasks: TaskQueueTaskAdmission | None = None
    activity_tasks: TaskQueueTaskAdmission | None = None
    query_tasks: TaskQueueQueryAdmission | None = None
    raw: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueAdmission:
        """Map the ``admission`` object."""
        d = wire_dict(data)
        return cls(
            workflow_tasks=TaskQueueTaskAdmission.from_wire(_map(d.get("workflow_tasks"))),
            activity_tasks=TaskQueueTaskAdmission.from_wire(_map(d.get("activity_tasks"))),
            query_tasks=TaskQueueQueryAdmission.from_wire(_map(d.get("query_tasks"))),
            raw=d,
        )


@dataclass
class TaskQueueDescription(Displayable):
    """Current server visibility and admission state for one task queue."""

    name: str
    namespace: str | None = None
    stats: dict[str, Any] | None = None
    admission: TaskQueueAdmission | None = None
    pollers: list[dict[str, Any]] | None = None
    current_leases: list[dict[str, Any]] | None = None
    raw: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any, *, name: str | None = None) -> TaskQueueDescription:
        """Map a task-queue object (list item or describe)."""
        d = wire_dict(data)
        admission = d.get("admission")
        pollers, leases = d.get("pollers"), d.get("current_leases")
        return cls(
            name=_str_or(d.get("name"), name or ""),
            namespace=_str(d.get("namespace")),
            stats=_map(d.get("stats")),
            admission=TaskQueueAdmission.from_wire(admission)
            if isinstance(admission, dict)
            else None,
            pollers=_dicts(pollers) if isinstance(pollers, list) else None,
            current_leases=_dicts(leases) if isinstance(leases, list) else None,
            raw=d,
        )


@dataclass
class TaskQueueList(Displayable):
    """One task-queue visibility page returned by the server."""

    namespace: str | None
    task_queues: list[TaskQueueDescription]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueList:
        """Map ``{"namespace", "task_queues": [...]}``."""
        d = wire_dict(data)
        return cls(
            namespace=_str(d.get("namespace")),
            task_queues=[TaskQueueDescription.from_wire(i) for i in _dicts(d.get("task_queues"))],
            raw=d,
        )


@dataclass
class TaskQueueBuildIdCohort:
    """Per-build-id rollout state for one task queue.

    ``build_id`` is ``None`` for the cohort of workers that registered without a build
    identifier (the legacy unversioned default).
    """

    build_id: str | None
    rollout_status: str
    active_worker_count: int
    draining_worker_count: int
    stale_worker_count: int
    total_worker_count: int
    runtimes: list[str]
    sdk_versions: list[str]
    last_heartbeat_at: str | None = None
    first_seen_at: str | None = None
    drain_intent: str | None = None
    drained_at: str | None = None
    promoted_at: str | None = None
    rolled_back_at: str | None = None
    new_start_selected: bool = False
    workflow_definition_fingerprint_count: int = 0
    workflow_definition_fingerprint_conflicts: list[dict[str, Any]] | None = None
    raw: dict[str, Any] | None = None

    @property
    def last_heartbeat_at_dt(self) -> datetime | None:
        """``last_heartbeat_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.last_heartbeat_at)

    @property
    def first_seen_at_dt(self) -> datetime | None:
        """``first_seen_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.first_seen_at)

    @property
    def drained_at_dt(self) -> datetime | None:
        """``drained_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.drained_at)

    @property
    def promoted_at_dt(self) -> datetime | None:
        """``promoted_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.promoted_at)

    @property
    def rolled_back_at_dt(self) -> datetime | None:
        """``rolled_back_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.rolled_back_at)

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueBuildIdCohort:
        """Map one ``build_ids[]`` cohort; counts default to 0, lists keep strings only."""
        d = wire_dict(data)
        conflicts = d.get("workflow_definition_fingerprint_conflicts")
        return cls(
            build_id=_str(d.get("build_id")),
            rollout_status=_str_or(d.get("rollout_status"), ""),
            active_worker_count=_int_or(d.get("active_worker_count"), 0),
            draining_worker_count=_int_or(d.get("draining_worker_count"), 0),
            stale_worker_count=_int_or(d.get("stale_worker_count"), 0),
            total_worker_count=_int_or(d.get("total_worker_count"), 0),
            runtimes=_strings(d.get("runtimes")),
            sdk_versions=_strings(d.get("sdk_versions")),
            last_heartbeat_at=_str(d.get("last_heartbeat_at")),
            first_seen_at=_str(d.get("first_seen_at")),
            drain_intent=_str(d.get("drain_intent")),
            drained_at=_str(d.get("drained_at")),
            promoted_at=_str(d.get("promoted_at")),
            rolled_back_at=_str(d.get("rolled_back_at")),
            new_start_selected=_bool(d.get("new_start_selected")) or False,
            workflow_definition_fingerprint_count=_int_or(
                d.get("workflow_definition_fingerprint_count"), 0
            ),
            workflow_definition_fingerprint_conflicts=(
                _dicts(conflicts) if isinstance(conflicts, list) else None
            ),
            raw=d,
        )


@dataclass
class TaskQueueBuildIdRollout:
    """Build-id rollout snapshot returned by the server for one task queue."""

    namespace: str | None
    task_queue: str
    stale_after_seconds: int | None
    build_ids: list[TaskQueueBuildIdCohort]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any, *, task_queue: str | None = None) -> TaskQueueBuildIdRollout:
        """Map the build-id rollout snapshot."""
        d = wire_dict(data)
        return cls(
            namespace=_str(d.get("namespace")),
            task_queue=_str_or(d.get("task_queue"), task_queue or ""),
            stale_after_seconds=_int(d.get("stale_after_seconds")),
            build_ids=[TaskQueueBuildIdCohort.from_wire(i) for i in _dicts(d.get("build_ids"))],
            raw=d,
        )


@dataclass
class TaskQueueBuildIdRolloutState:
    """Operator-recorded drain intent for one ``(task_queue, build_id)`` cohort.

    Returned by ``drain_task_queue_build_id``, ``promote_task_queue_build_id``, and
    ``resume_task_queue_build_id``. ``build_id`` is ``None`` for the unversioned cohort (workers
    registered without a build identifier). ``drain_intent`` is ``"active"`` or ``"draining"``.
    ``drained_at`` is set only when ``drain_intent`` is ``"draining"``; repeated drains do not
    shift the timestamp. ``promoted_at`` and ``new_start_selected`` identify the cohort currently
    selected for fresh workflow starts.
    """

    namespace: str | None
    task_queue: str
    build_id: str | None
    drain_intent: str
    drained_at: str | None
    promoted_at: str | None = None
    rolled_back_at: str | None = None
    new_start_selected: bool = False
    deployment: dict[str, Any] | None = None
    raw: dict[str, Any] | None = None

    @property
    def promoted_at_dt(self) -> datetime | None:
        """``promoted_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.promoted_at)

    @property
    def rolled_back_at_dt(self) -> datetime | None:
        """``rolled_back_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.rolled_back_at)

    @classmethod
    def from_wire(cls, data: Any, *, task_queue: str | None = None) -> TaskQueueBuildIdRolloutState:
        """Map a drain/resume/promote response."""
        d = wire_dict(data)
        return cls(
            namespace=_str(d.get("namespace")),
            task_queue=_str_or(d.get("task_queue"), task_queue or ""),
            build_id=_str(d.get("build_id")),
            drain_intent=_str_or(d.get("drain_intent"), ""),
            drained_at=_str(d.get("drained_at")),
            promoted_at=_str(d.get("promoted_at")),
            rolled_back_at=_str(d.get("rolled_back_at")),
            new_start_selected=_bool(d.get("new_start_selected")) or False,
            deployment=_map(d.get("deployment")),
            raw=d,
        )


# --------------------------------------------------------------------------- workers


@dataclass
class WorkerDescription(Displayable):
    """Current server view of one registered worker."""

    worker_id: str
    task_queue: str | None = None
    runtime: str | None = None
    namespace: str | None = None
    sdk_version: str | None = None
    build_id: str | None = None
    status: str | None = None
    max_concurrent_workflow_tasks: int | None = None
    max_concurrent_activity_tasks: int | None = None
    supported_workflow_types: list[str] | None = None
    supported_activity_types: list[str] | None = None
    last_heartbeat_at: str | None = None
    registered_at: str | None = None
    updated_at: str | None = None
    task_slots: dict[str, int | None] | None = None
    process_metrics: dict[str, Any] | None = None
    heartbeat_interval_seconds: int | None = None
    raw: dict[str, Any] | None = None

    @property
    def last_heartbeat_at_dt(self) -> datetime | None:
        """``last_heartbeat_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.last_heartbeat_at)

    @property
    def registered_at_dt(self) -> datetime | None:
        """``registered_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.registered_at)

    @property
    def updated_at_dt(self) -> datetime | None:
        """``updated_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.updated_at)

    @classmethod
    def from_wire(cls, data: Any, *, worker_id: str | None = None) -> WorkerDescription:
        """Map a worker object."""
        d = wire_dict(data)
        wf, act = d.get("supported_workflow_types"), d.get("supported_activity_types")
        slots = _map(d.get("task_slots"))
        return cls(
            worker_id=_str_or(d.get("worker_id"), worker_id or ""),
            task_queue=_str(d.get("task_queue")),
            runtime=_str(d.get("runtime")),
            namespace=_str(d.get("namespace")),
            sdk_version=_str(d.get("sdk_version")),
            build_id=_str(d.get("build_id")),
            status=_str(d.get("status")),
            max_concurrent_workflow_tasks=_int(d.get("max_concurrent_workflow_tasks")),
            max_concurrent_activity_tasks=_int(d.get("max_concurrent_activity_tasks")),
            supported_workflow_types=_strings(wf) if isinstance(wf, list) else None,
            supported_activity_types=_strings(act) if isinstance(act, list) else None,
            last_heartbeat_at=_str(d.get("last_heartbeat_at")),
            registered_at=_str(d.get("registered_at")),
            updated_at=_str(d.get("updated_at")),
            task_slots={str(k): _int(v) for k, v in slots.items()} if slots is not None else None,
            process_metrics=_map(d.get("process_metrics")),
            heartbeat_interval_seconds=_int(d.get("heartbeat_interval_seconds")),
            raw=d,
        )


@dataclass
class WorkerList(Displayable):
    """Registered worker roster for one namespace."""

    namespace: str | None
    workers: list[WorkerDescription]
    stale_after_seconds: int | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> WorkerList:
        """Map ``{"workers": [...], "namespace"?, "stale_after_seconds"?}``."""
        d = wire_dict(data)
        return cls(
            namespace=_str(d.get("namespace")),
            workers=[WorkerDescription.from_wire(i) for i in _dicts(d.get("workers"))],
            stale_after_seconds=_int(d.get("stale_after_seconds")),
            raw=d,
        )
