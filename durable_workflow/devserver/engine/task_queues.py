"""Task queues: statistics, admission figures, pollers, leases, and build-id rollout."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..clock import isoformat
from .history import loads, now_iso, parse_iso
from .queries import QueryBroker
from .workers import is_stale

if TYPE_CHECKING:
    from ..server import DevServer


def promoted_build_id(
    server: DevServer, conn: sqlite3.Connection, namespace: str, queue: str
) -> str | None:
    """The build id fresh starts on ``queue`` are pinned to (``None`` = unversioned)."""
    row = conn.execute(
        "SELECT build_id FROM build_id_cohorts WHERE namespace = ? AND task_queue = ? AND"
        " promoted_at IS NOT NULL"
        " ORDER BY promoted_at DESC LIMIT 1",
        (namespace, queue),
    ).fetchone()
    if row is None or not row["build_id"]:
        return None
    return str(row["build_id"])


def _counts(server: DevServer, table: str, namespace: str, queue: str) -> dict[str, int]:
    now = now_iso(server)
    row = server.db.query_one(
        f"SELECT SUM(status = 'ready') AS r, SUM(status = 'leased') AS l,"
        f" SUM(status = 'leased' AND lease_expires_at <= ?) AS e FROM {table}"
        " WHERE namespace = ? AND task_queue = ?",
        (now, namespace, queue),
    )
    return {
        "ready_count": int(row["r"] or 0) if row else 0,
        "leased_count": int(row["l"] or 0) if row else 0,
        "expired_lease_count": int(row["e"] or 0) if row else 0,
    }


def _workers(server: DevServer, namespace: str, queue: str) -> list[sqlite3.Row]:
    return server.db.query(
        "SELECT * FROM workers WHERE namespace = ? AND task_queue = ? ORDER BY last_heartbeat_at"
        " DESC",
        (namespace, queue),
    )


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
    table = "workflow_tasks" if kind == "workflow" else "activity_tasks"
    ns_leased = server.db.query_one(
        f"SELECT COUNT(*) AS n FROM {table} WHERE namespace = ? AND status = 'leased'", (namespace,)
    )
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
        "server_namespace_active_lease_count": int(ns_leased["n"]) if ns_leased else 0,
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
    wf = _counts(server, "workflow_tasks", namespace, queue)
    act = _counts(server, "activity_tasks", namespace, queue)
    now = now_iso(server)
    oldest = None
    for table, kind in (("workflow_tasks", "workflow"), ("activity_tasks", "activity")):
        row = server.db.query_one(
            f"SELECT * FROM {table} WHERE namespace = ? AND task_queue = ? AND status = 'ready'"
            f" AND available_at <= ?"
            " ORDER BY available_at LIMIT 1",
            (namespace, queue, now),
        )
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
        for row in server.db.query(
            "SELECT * FROM workflow_tasks WHERE namespace = ? AND task_queue = ? AND status ="
            " 'leased'",
            (namespace, queue),
        ):
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
        for row in server.db.query(
            "SELECT t.*, a.attempt_number, e.workflow_id FROM activity_tasks t LEFT JOIN"
            " activity_attempts a"
            " ON a.attempt_id = t.attempt_id LEFT JOIN activity_executions e ON e.id ="
            " t.execution_id"
            " WHERE t.namespace = ? AND t.task_queue = ? AND t.status = 'leased'",
            (namespace, queue),
        ):
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
        for r in server.db.query(
            "SELECT * FROM build_id_cohorts WHERE namespace = ? AND task_queue = ?",
            (namespace, queue),
        )
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
