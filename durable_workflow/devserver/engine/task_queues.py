"""Task queues: statistics, admission figures, pollers, leases, and build-id rollout."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..clock import isoformat
from ..store import activities as activity_store
from ..store import tasks as task_store
from ..store import workers as worker_store
from .activity_records import act_key
from .history import loads, now_iso, parse_iso
from .queries import QueryBroker
from .tasks import wf_key
from .workers import is_stale

if TYPE_CHECKING:
    from ..server import DevServer


def promoted_build_id(
    server: DevServer, conn: sqlite3.Connection, namespace: str, queue: str
) -> str | None:
    """The build id fresh starts on ``queue`` are pinned to (``None`` = unversioned)."""
    row = worker_store.latest_promoted_build_id_cohort(conn, namespace, queue)
    if row is None or not row["build_id"]:
        return None
    return str(row["build_id"])


def _counts(server: DevServer, kind: str, namespace: str, queue: str) -> dict[str, int]:
    now = now_iso(server)
    counts = (
        task_store.workflow_task_queue_counts
        if kind == "workflow"
        else activity_store.activity_task_queue_counts
    )
    row = counts(server.db, namespace, queue, now)
    return {
        "ready_count": int(row["r"] or 0) if row else 0,
        "leased_count": int(row["l"] or 0) if row else 0,
        "expired_lease_count": int(row["e"] or 0) if row else 0,
    }


def _workers(server: DevServer, namespace: str, queue: str) -> list[sqlite3.Row]:
    return worker_store.queue_workers_by_heartbeat(server.db, namespace, queue)


def _admission(
    server: DevServer, namespace: str, queue: str, kind: str, counts: dict[str, int]
) -> dict[str, Any]:
    workers = [
        w
        for w in _workers(server, namespace, queue)
        if not is_stale(server, w) and w["status"] == "active"
    ]
    column = (
        "max_concurrent_workflow_tasks" if kind == "workflow" else "max_concurrent_activity_tasks"
    )
    slots = sum(int(w[column] or 0) for w in workers)
    leased = counts["leased_count"]
    count_leased = (
        task_store.count_leased_workflow_tasks
        if kind == "workflow"
        else activity_store.count_leased_activity_tasks
    )
    ns_leased = count_leased(server.db, namespace)
    if not workers:
        status = "no_active_workers"
    elif slots <= 0:
        status = "no_slots"
    elif leased >= slots:
        status = "saturated"
    else:
        status = "accepting"
    return {
        "budget_source": f"worker_registration.max_concurrent_{kind}_tasks",
        "server_budget_source": f"server.admission.{kind}_tasks.max_active_leases_per_queue",
        "active_worker_count": len(workers),
        "configured_slot_count": slots,
        "leased_count": leased,
        "ready_count": counts["ready_count"],
        "available_slot_count": max(slots - leased, 0),
        "server_max_active_leases_per_queue": None,
        "server_active_lease_count": leased,
        "server_remaining_active_lease_capacity": None,
        "server_max_active_leases_per_namespace": None,
        "server_namespace_active_lease_count": ns_leased,
        "server_remaining_namespace_active_lease_capacity": None,
        "server_max_dispatches_per_minute": None,
        "server_dispatch_count_this_minute": 0,
        "server_remaining_dispatch_capacity": None,
        "server_max_dispatches_per_minute_per_namespace": None,
        "server_namespace_dispatch_count_this_minute": 0,
        "server_remaining_namespace_dispatch_capacity": None,
        "server_dispatch_budget_group": None,
        "server_max_dispatches_per_minute_per_budget_group": None,
        "server_budget_group_dispatch_count_this_minute": 0,
        "server_remaining_budget_group_dispatch_capacity": None,
        "server_lock_required": False,
        "server_lock_supported": True,
        "status": status,
    }


def _query_admission(server: DevServer, namespace: str, queue: str) -> dict[str, Any]:

    broker = QueryBroker.of(server)
    pending = sum(
        1
        for t in broker.tasks.values()
        if t.namespace == namespace and t.task_queue == queue and t.status == "pending"
    )
    limit = server.config.query_task_max_pending_per_queue
    return {
        "status": "full" if pending >= limit else "accepting",
        "budget_source": "server.query_tasks.max_pending_per_queue",
        "max_pending_per_queue": limit,
        "approximate_pending_count": pending,
        "remaining_pending_capacity": max(limit - pending, 0),
        "lock_required": True,
        "lock_supported": True,
    }


def queue_summary(server: DevServer, namespace: str, queue: str, *, detail: bool) -> dict[str, Any]:
    wf = _counts(server, "workflow", namespace, queue)
    act = _counts(server, "activity", namespace, queue)
    now = now_iso(server)
    oldest = None
    for oldest_ready, kind in (
        (task_store.oldest_ready_workflow_task, "workflow"),
        (activity_store.oldest_ready_activity_task, "activity"),
    ):
        row = oldest_ready(server.db, namespace, queue, now)
        if row is not None and (oldest is None or row["available_at"] < oldest["available_at"]):
            age = int((server.clock.now() - parse_iso(row["available_at"])).total_seconds())
            oldest = {
                "task_id": row["task_id"],
                "task_type": kind,
                "workflow_id": row["workflow_id"] if kind == "workflow" else None,
                "run_id": row["run_id"],
                "available_at": row["available_at"],
                "age_seconds": age,
            }
    workers = _workers(server, namespace, queue)
    stale = [w for w in workers if is_stale(server, w)]
    out: dict[str, Any] = {"name": queue}
    stale_after = int(server.config.stale_after_seconds)
    if detail:
        out["namespace"] = namespace
        out["pollers"] = [
            {
                "worker_id": w["worker_id"],
                "runtime": w["runtime"],
                "sdk_version": w["sdk_version"],
                "build_id": w["build_id"],
                "last_heartbeat_at": w["last_heartbeat_at"],
                "heartbeat_expires_at": isoformat(
                    parse_iso(w["last_heartbeat_at"]) + timedelta(seconds=stale_after)
                )
                if w["last_heartbeat_at"]
                else None,
                "status": "stale" if is_stale(server, w) else w["status"],
                "is_stale": is_stale(server, w),
                "supported_workflow_types": _json(w["supported_workflow_types"]),
                "supported_activity_types": _json(w["supported_activity_types"]),
                "max_concurrent_workflow_tasks": w["max_concurrent_workflow_tasks"],
                "max_concurrent_activity_tasks": w["max_concurrent_activity_tasks"],
            }
            for w in workers
        ]
    out["stats"] = {
        "approximate_backlog_count": wf["ready_count"] + act["ready_count"],
        "approximate_backlog_age": f"{oldest['age_seconds']}s" if oldest else None,
        "approximate_backlog_age_seconds": oldest["age_seconds"] if oldest else None,
        "oldest_ready_task": oldest,
        "workflow_tasks": wf,
        "activity_tasks": act,
        "pollers": {
            "active_count": len(workers) - len(stale),
            "stale_count": len(stale),
            "stale_after_seconds": stale_after,
        },
    }
    if detail:
        leases = []
        for row in task_store.leased_workflow_tasks_of_queue(server.db, namespace, queue):
            leases.append(
                {
                    "task_id": row["task_id"],
                    "task_type": "workflow",
                    "workflow_id": row["workflow_id"],
                    "run_id": row["run_id"],
                    "lease_owner": row["lease_owner"],
                    "lease_expires_at": row["lease_expires_at"],
                    "is_expired": row["lease_expires_at"] <= now,
                    "workflow_task_attempt": row["attempt_count"],
                }
            )
        for row in activity_store.leased_activity_tasks_of_queue(server.db, namespace, queue):
            leases.append(
                {
                    "task_id": row["task_id"],
                    "task_type": "activity",
                    "workflow_id": row["workflow_id"],
                    "run_id": row["run_id"],
                    "lease_owner": row["lease_owner"],
                    "lease_expires_at": row["lease_expires_at"],
                    "is_expired": row["lease_expires_at"] <= now,
                    "activity_attempt_id": row["attempt_id"],
                    "attempt_number": row["attempt_number"],
                }
            )
        out["current_leases"] = leases
    out["repair"] = {
        "candidates": wf["expired_lease_count"],
        "dispatch_failed": 0,
        "expired_leases": wf["expired_lease_count"] + act["expired_lease_count"],
        "dispatch_overdue": 0,
        "needs_attention": bool(wf["expired_lease_count"] or act["expired_lease_count"]),
        "policy": {"redispatch_after_seconds": 3},
    }
    out["admission"] = {
        "workflow_tasks": _admission(server, namespace, queue, "workflow", wf),
        "activity_tasks": _admission(server, namespace, queue, "activity", act),
        "query_tasks": _query_admission(server, namespace, queue),
    }
    return out


def _json(value: str | None) -> Any:

    return loads(value, [])


def build_id_cohorts(server: DevServer, namespace: str, queue: str) -> list[dict[str, Any]]:
    workers = _workers(server, namespace, queue)
    intents = {
        (r["build_id"] or None): r
        for r in worker_store.list_build_id_cohorts(server.db, namespace, queue)
    }
    keys = {w["build_id"] or None for w in workers} | set(intents)
    cohorts = []
    for build_id in keys:
        members = [w for w in workers if (w["build_id"] or None) == build_id]
        stale = [w for w in members if is_stale(server, w)]
        live = [w for w in members if not is_stale(server, w)]
        draining = [w for w in live if w["status"] == "draining"]
        active = [w for w in live if w["status"] != "draining"]
        intent = intents.get(build_id)
        drain_intent = intent["drain_intent"] if intent is not None else "active"
        if active and draining:
            rollout = "active_with_draining"
        elif active:
            rollout = "active"
        elif draining:
            rollout = "draining"
        elif stale:
            rollout = "stale_only"
        else:
            rollout = "no_workers"
        heartbeats = [w["last_heartbeat_at"] for w in members if w["last_heartbeat_at"]]
        cohort: dict[str, Any] = {
            "build_id": build_id,
            "rollout_status": rollout,
            "drain_intent": drain_intent,
            "drained_at": intent["drained_at"]
            if intent is not None and drain_intent == "draining"
            else None,
            "active_worker_count": len(active),
            "draining_worker_count": len(draining),
            "stale_worker_count": len(stale),
            "total_worker_count": len(members),
            "runtimes": sorted({w["runtime"] for w in members if w["runtime"]}),
            "sdk_versions": sorted({w["sdk_version"] for w in members if w["sdk_version"]}),
            "last_heartbeat_at": max(heartbeats) if heartbeats else None,
            "first_seen_at": min((w["registered_at"] for w in members), default=None),
            "promoted_at": intent["promoted_at"] if intent is not None else None,
            "new_start_selected": False,
        }
        cohorts.append(cohort)
    promoted = max(
        (c for c in cohorts if c["promoted_at"]), key=lambda c: c["promoted_at"], default=None
    )
    if promoted is not None:
        promoted["new_start_selected"] = True
    order = {"active": 0, "active_with_draining": 1, "draining": 2, "stale_only": 3}
    cohorts.sort(
        key=lambda c: (
            order.get(c["rollout_status"], 4),
            c["build_id"] is None,
            _neg(c["last_heartbeat_at"]),
        )
    )
    return cohorts


def _neg(value: str | None) -> str:
    if value is None:
        return "~"
    return "".join(chr(255 - ord(ch)) for ch in value)


def list_task_queues(server: DevServer, namespace: str) -> dict[str, Any]:
    """Every task queue a namespace's workers or tasks name, each with its summary."""
    names = (
        worker_store.worker_task_queue_names(server.db, namespace)
        | task_store.workflow_task_queue_names(server.db, namespace)
        | activity_store.activity_task_queue_names(server.db, namespace)
    )
    return {
        "namespace": namespace,
        "task_queues": [queue_summary(server, namespace, n, detail=False) for n in sorted(names)],
    }


def build_id_rollout(server: DevServer, namespace: str, queue: str) -> dict[str, Any]:
    """The build-id rollout answer of a task queue."""
    return {
        "namespace": namespace,
        "task_queue": queue,
        "stale_after_seconds": int(server.config.stale_after_seconds),
        "build_ids": build_id_cohorts(server, namespace, queue),
    }


BUILD_ID_ACTIONS = ("drain", "resume", "promote")


def change_build_id(
    server: DevServer, namespace: str, queue: str, build_id: str | None, action: str
) -> dict[str, Any]:
    """Drain, resume or promote a build id (``None`` = unversioned) on a task queue.

    Draining marks its workers draining; resuming and promoting make them active again;
    promoting also withdraws every other build id's promotion. Pollers of the queue are woken.
    """
    now = isoformat(server.clock.now().replace(microsecond=0))
    key = build_id or ""
    with server.db.transaction() as conn:
        worker_store.ensure_build_id_cohort(conn, namespace, queue, key)
        if action == "drain":
            worker_store.mark_build_id_draining(conn, namespace, queue, key, now)
            worker_store.mark_queue_workers_draining(conn, namespace, queue, key)
        elif action == "resume":
            worker_store.mark_build_id_active(conn, namespace, queue, key)
            worker_store.reactivate_draining_queue_workers(conn, namespace, queue, key)
        else:
            worker_store.clear_promoted_build_ids(conn, namespace, queue)
            worker_store.mark_build_id_promoted(conn, namespace, queue, key, now)
            worker_store.reactivate_draining_queue_workers(conn, namespace, queue, key)
        row = worker_store.get_build_id_cohort(conn, namespace, queue, key)
    assert row is not None  # created above when missing
    server.notifier.notify(wf_key(namespace, queue), act_key(namespace, queue))
    out: dict[str, Any] = {
        "namespace": namespace,
        "task_queue": queue,
        "build_id": build_id,
        "drain_intent": row["drain_intent"],
        "drained_at": row["drained_at"],
    }
    if action == "promote":
        out.update(promoted_at=row["promoted_at"], new_start_selected=True)
    return out
