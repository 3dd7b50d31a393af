"""System passes: task repair, retention, and the background sweep of timers and timeouts."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..clock import isoformat
from .activity_timeouts import (
    enforce_timeout,
    expired_executions,
    next_activity_due,
    recover_expired_activity_leases,
)
from .history import now_iso, parse_iso
from .namespaces import get_namespace
from .tasks import OPEN_RUN_STATUSES, recover_expired_leases
from .timers import fire_due_timers, next_timer_due

if TYPE_CHECKING:
    from ..server import DevServer

REPAIR_POLICY = {
    "redispatch_after_seconds": 3,
    "loop_throttle_seconds": 5,
    "scan_limit": 25,
    "scan_strategy": "scope_fair_round_robin",
    "failure_backoff_max_seconds": 60,
    "failure_backoff_strategy": "exponential_by_repair_count",
}


def _repair_candidates(
    server: DevServer, namespace: str | None = None, *, due_only: bool = False
) -> list[dict[str, Any]]:
    """Open runs without an open workflow task whose last task failed or missed new history."""
    sql = (
        "SELECT r.* FROM workflow_runs r WHERE r.status IN ('pending','running','waiting')"
        " AND r.workflow_type != 'dw.standalone_activity'"
        " AND NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.run_id = r.run_id AND t.status"
        " IN ('ready','leased'))"
    )
    args: list[Any] = []
    if namespace is not None:
        sql += " AND r.namespace = ?"
        args.append(namespace)
    out: list[dict[str, Any]] = []
    now = server.clock.now()
    for run in server.db.query(sql, args):
        last = server.db.query_one(
            "SELECT * FROM workflow_tasks WHERE run_id = ? ORDER BY created_at DESC, rowid DESC"
            " LIMIT 1",
            (run["run_id"],),
        )
        with server.db.transaction() as conn:
            needs = server.workflows._needs_task(conn, run)
        if not needs:
            continue
        due_at = None
        if last is not None and last["status"] == "failed":
            delay = min(
                server.config.repair_backoff_initial_seconds * (2 ** int(run["repair_count"])),
                server.config.repair_backoff_max_seconds,
            )
            due_at = parse_iso(last["updated_at"]) + timedelta(seconds=delay)
            if due_only and due_at > now:
                out.append({"run": run, "due_at": isoformat(due_at), "due": False})
                continue
        out.append({"run": run, "due_at": isoformat(due_at) if due_at else None, "due": True})
    return out


def repair_status(server: DevServer, namespace: str) -> dict[str, Any]:
    candidates = _repair_candidates(server, namespace)
    expired = server.db.query(
        "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM workflow_tasks WHERE namespace = ?"
        " AND status = 'leased' AND lease_expires_at <= ?",
        (namespace, now_iso(server)),
    )[0]
    existing = int(expired["n"])
    missing = len(candidates)
    oldest_missing = min((c["run"]["started_at"] for c in candidates), default=None)
    return {
        "policy": dict(REPAIR_POLICY),
        "candidates": {
            "existing_task_candidates": existing,
            "missing_task_candidates": missing,
            "total_candidates": existing + missing,
            "scan_limit": 25,
            "scan_strategy": "scope_fair_round_robin",
            "selected_existing_task_candidates": min(existing, 25),
            "selected_missing_task_candidates": min(missing, 25),
            "selected_total_candidates": min(existing + missing, 25),
            "existing_task_scan_limit_reached": existing > 25,
            "missing_task_scan_limit_reached": missing > 25,
            "scan_pressure": existing + missing > 25,
            "oldest_task_candidate_created_at": expired["oldest"],
            "oldest_missing_run_started_at": oldest_missing,
            "scopes": [],
        },
    }


def repair_pass(
    server: DevServer,
    namespace: str | None,
    run_ids: list[str] | None = None,
    instance_id: str | None = None,
    *,
    due_only: bool = False,
) -> dict[str, Any]:
    existing = (
        recover_expired_leases(server) if namespace is None or not (run_ids or instance_id) else 0
    )
    repaired = 0
    selected = 0
    failures: list[dict[str, Any]] = []
    for cand in _repair_candidates(server, namespace, due_only=due_only):
        run = cand["run"]
        if run_ids and run["run_id"] not in run_ids:
            continue
        if instance_id and run["workflow_id"] != instance_id:
            continue
        if not cand["due"]:
            continue
        selected += 1
        try:
            with server.db.transaction() as conn:
                fresh = conn.execute(
                    "SELECT * FROM workflow_runs WHERE run_id = ?", (run["run_id"],)
                ).fetchone()
                if server.workflows.repair_run(conn, fresh):
                    repaired += 1
        except Exception as exc:  # pragma: no cover - reported, not raised
            failures.append({"run_id": run["run_id"], "message": str(exc)})
    return {
        "connection": None,
        "queue": None,
        "run_ids": list(run_ids or []),
        "instance_id": instance_id,
        "respect_throttle": False,
        "throttled": False,
        "selected_total_candidates": existing + selected,
        "deadline_expired_candidates": 0,
        "deadline_expired_tasks_created": 0,
        "deadline_expired_failures": [],
        "activity_timeout_candidates": 0,
        "activity_timeouts_enforced": 0,
        "activity_timeout_failures": [],
        "selected_existing_task_candidates": existing,
        "selected_missing_task_candidates": selected,
        "repaired_existing_tasks": existing,
        "repaired_missing_tasks": repaired,
        "dispatched_tasks": existing + repaired,
        "selected_command_contract_candidates": 0,
        "backfilled_command_contracts": 0,
        "command_contract_backfill_unavailable": 0,
        "command_contract_failures": [],
        "existing_task_failures": [],
        "missing_run_failures": failures,
    }


def _retention_cutoff(server: DevServer, namespace: str) -> tuple[int, str]:
    days = server.config.retention_days
    info = get_namespace(server.db, namespace)
    if info and isinstance(info.get("retention_days"), int):
        days = info["retention_days"]
    return days, isoformat(server.clock.now() - timedelta(days=days))


def expired_runs(server: DevServer, namespace: str, limit: int) -> list[str]:
    _, cutoff = _retention_cutoff(server, namespace)
    rows = server.db.query(
        "SELECT run_id FROM workflow_runs WHERE namespace = ? AND status IN"
        " ('completed','failed','cancelled','terminated')"
        " AND archived_at IS NULL AND closed_at < ? ORDER BY closed_at LIMIT ?",
        (namespace, cutoff, limit),
    )
    return [r["run_id"] for r in rows]


def retention_pass(
    server: DevServer, namespace: str, run_ids: list[str] | None, limit: int
) -> dict[str, Any]:
    targets = run_ids if run_ids is not None else expired_runs(server, namespace, limit)
    _, cutoff = _retention_cutoff(server, namespace)
    results: list[dict[str, Any]] = []
    for run_id in targets:
        run = server.db.query_one(
            "SELECT * FROM workflow_runs WHERE run_id = ? AND namespace = ?", (run_id, namespace)
        )
        if run is None:
            results.append({"run_id": run_id, "outcome": "skipped", "reason": "run_not_found"})
            continue
        if run["status"] in OPEN_RUN_STATUSES:
            results.append({"run_id": run_id, "outcome": "skipped", "reason": "run_not_terminal"})
            continue
        if run["archived_at"] is not None:
            results.append({"run_id": run_id, "outcome": "skipped", "reason": "run_archived"})
            continue
        if run_ids is None and not (run["closed_at"] and run["closed_at"] < cutoff):
            results.append({"run_id": run_id, "outcome": "skipped", "reason": "run_not_expired"})
            continue
        deleted: dict[str, int] = {}
        with server.db.transaction() as conn:
            for table, column in (
                ("history_events", "run_id"),
                ("workflow_tasks", "run_id"),
                ("activity_tasks", "run_id"),
                ("activity_executions", "run_id"),
                ("timers", "run_id"),
                ("condition_waits", "run_id"),
                ("workflow_signals", "run_id"),
                ("workflow_updates", "run_id"),
            ):
                deleted[table] = conn.execute(
                    f"DELETE FROM {table} WHERE {column} = ?", (run_id,)
                ).rowcount
            deleted["workflow_runs"] = conn.execute(
                "DELETE FROM workflow_runs WHERE run_id = ?", (run_id,)
            ).rowcount
            remaining = conn.execute(
                "SELECT run_id FROM workflow_runs WHERE workflow_id = ? ORDER BY run_number DESC"
                " LIMIT 1",
                (run["workflow_id"],),
            ).fetchone()
            if remaining is None:
                deleted["workflow_instances"] = conn.execute(
                    "DELETE FROM workflow_instances WHERE workflow_id = ?", (run["workflow_id"],)
                ).rowcount
            else:
                conn.execute(
                    "UPDATE workflow_instances SET current_run_id = ? WHERE workflow_id = ? AND"
                    " current_run_id = ?",
                    (remaining["run_id"], run["workflow_id"], run_id),
                )
        results.append(
            {
                "run_id": run_id,
                "outcome": "pruned",
                "history_events_deleted": deleted["history_events"],
                "tasks_deleted": deleted["workflow_tasks"] + deleted["activity_tasks"],
                "external_payloads_deleted": 0,
                "deleted": deleted,
            }
        )
    return {
        "processed": len(results),
        "pruned": sum(1 for r in results if r["outcome"] == "pruned"),
        "skipped": sum(1 for r in results if r["outcome"] == "skipped"),
        "failed": sum(1 for r in results if r["outcome"] == "error"),
        "results": results,
    }


def sweep_once(server: DevServer) -> None:
    """One pass of every time-driven rule."""
    fire_due_timers(server)
    for execution_id, _ in expired_executions(server, 1000):
        enforce_timeout(server, execution_id)
    recover_expired_activity_leases(server)
    server.workflows.enforce_run_deadlines()
    repair_pass(server, None, due_only=True)


def _next_due(server: DevServer) -> str | None:
    values = [
        next_timer_due(server),
        next_activity_due(server),
        server.workflows.next_run_deadline(),
    ]
    for cand in _repair_candidates(server, due_only=True):
        if not cand["due"] and cand["due_at"]:
            values.append(cand["due_at"])
    present = [v for v in values if v]
    return min(present) if present else None


async def background(server: DevServer) -> None:
    """The sweep loop (started by the server's lifespan)."""
    while True:
        with server.notifier.listen("sweep") as event:
            if not server.config.background_sweeps:
                await server.notifier.wait(event, 3600.0)
                continue
            sweep_once(server)
            due = _next_due(server)
            wait = 3600.0
            if due is not None:
                wait = max((parse_iso(due) - server.clock.now()).total_seconds(), 0.001)
            await server.notifier.wait(event, min(wait, 3600.0))
        await asyncio.sleep(0)
