"""System passes: task repair, retention, and the background sweep of timers and timeouts."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import sqlite3
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast

from ..clock import isoformat
from ..store import activities as activity_store
from ..store import history as history_store
from ..store import messages as message_store
from ..store import runs as run_store
from ..store import tasks as task_store
from ..store import timers as timer_store
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
from .values import QUIET_EVENTS

if TYPE_CHECKING:
    from ..server import DevServer

#: Candidate runs the background sweep looks at per pass.
SCAN_LIMIT = 25
#: Timers one background pass fires at most (each is a transaction on the event loop); the
#: rest are still due, so the next pass follows as soon as the loop has served what waits.
TIMER_LIMIT = 200
REPAIR_POLICY = {
    "redispatch_after_seconds": 3,
    "loop_throttle_seconds": 5,
    "scan_limit": SCAN_LIMIT,
    "scan_strategy": "scope_fair_round_robin",
    "failure_backoff_max_seconds": 60,
    "failure_backoff_strategy": "exponential_by_repair_count",
}


#: The workflow-task repair scan of one server: where the next sweep pass goes on from.
@dataclass
class _RepairScan:
    #: The ``run_id`` of the last candidate the sweep looked at ("" at first).
    cursor: str = ""
    #: The last pass took ``scan_limit`` candidates: more may be waiting for the next one.
    more: bool = False


_SCANS: weakref.WeakKeyDictionary[DevServer, _RepairScan] = weakref.WeakKeyDictionary()


def _scan_state(server: DevServer) -> _RepairScan:
    state = _SCANS.get(server)
    if state is None:
        state = _SCANS[server] = _RepairScan()
    return state


def _backoff_seconds(server: DevServer, repair_count: int) -> float:
    initial = float(server.config.repair_backoff_initial_seconds)
    return min(
        initial * (1 << min(repair_count, 64)), float(server.config.repair_backoff_max_seconds)
    )


def _backoff_steps(server: DevServer) -> dict[int, float]:
    """The backoff delay of each repair count up to the first that reaches the maximum."""
    delays: dict[int, float] = {}
    for step in range(64):
        delays[step] = _backoff_seconds(server, step)
        if delays[step] >= server.config.repair_backoff_max_seconds:
            break
    return delays


def _candidate_rows(
    server: DevServer,
    namespace: str | None,
    after: str = "",
    up_to: str | None = None,
    limit: int = -1,
    *,
    due_only: bool = False,
) -> list[sqlite3.Row]:
    """Runs that may need a workflow task (a superset that ``_needs_task`` settles), in SQL;
    ``due_only`` leaves out runs whose failed task is still in its backoff."""
    failed_by = None
    if due_only:
        now = server.clock.now()
        failed_by = [
            (k, isoformat(now - timedelta(seconds=d))) for k, d in _backoff_steps(server).items()
        ]
    return run_store.repair_candidate_runs(
        server.db,
        namespace,
        sorted(QUIET_EVENTS),
        after_run_id=after,
        up_to_run_id=up_to,
        limit=limit,
        failed_by=failed_by,
    )


def repair_candidate_rows(server: DevServer, namespace: str) -> list[sqlite3.Row]:
    """Every run of ``namespace`` that may need a workflow task (a read: it may run in a
    worker thread; :func:`repair_pass` checks each again before it repairs)."""
    return _candidate_rows(server, namespace)


def _repair_candidates(
    server: DevServer,
    namespace: str | None = None,
    *,
    due_only: bool = False,
    rows: list[sqlite3.Row] | None = None,
) -> list[dict[str, Any]]:
    """Open runs without an open workflow task whose last task failed or missed new history.

    ``rows`` are the runs to look at (default: every one the SQL candidate query finds).
    """
    out: list[dict[str, Any]] = []
    now = server.clock.now()
    for run in _candidate_rows(server, namespace) if rows is None else rows:
        with server.db.transaction() as conn:
            needs = server.workflows._needs_task(conn, run)
        if not needs:
            continue
        due_at = None
        if run["last_task_status"] == "failed":
            delay = _backoff_seconds(server, int(run["repair_count"]))
            due_at = parse_iso(run["last_task_updated_at"]) + timedelta(seconds=delay)
            if due_only and due_at > now:
                out.append({"run": run, "due_at": isoformat(due_at), "due": False})
                continue
        out.append({"run": run, "due_at": isoformat(due_at) if due_at else None, "due": True})
    return out


def _scan_rows(server: DevServer) -> list[sqlite3.Row]:
    """Up to ``scan_limit`` candidate runs, round robin over every namespace's open runs."""
    limit = SCAN_LIMIT
    state = _scan_state(server)
    rows = _candidate_rows(server, None, after=state.cursor, limit=limit, due_only=True)
    if len(rows) < limit and state.cursor:
        rows += _candidate_rows(
            server, None, up_to=state.cursor, limit=limit - len(rows), due_only=True
        )
    state.more = len(rows) >= limit
    if rows:
        state.cursor = rows[-1]["run_id"]
    return rows


def repair_status(server: DevServer, namespace: str) -> dict[str, Any]:
    candidates = _repair_candidates(server, namespace)
    expired = task_store.expired_workflow_lease_summary(server.db, namespace, now_iso(server))
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
    rows: list[sqlite3.Row] | None = None,
) -> dict[str, Any]:
    """Recreate the missing workflow tasks (of ``rows`` when given, else of every candidate)."""
    existing = (
        recover_expired_leases(server) if namespace is None or not (run_ids or instance_id) else 0
    )
    repaired = 0
    selected = 0
    failures: list[dict[str, Any]] = []
    for cand in _repair_candidates(server, namespace, due_only=due_only, rows=rows):
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
                fresh = run_store.get_run(conn, run["run_id"])
                # A run removed meanwhile reaches repair_run as None and is reported as failed.
                if server.workflows.repair_run(conn, cast(sqlite3.Row, fresh)):
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
    return run_store.closed_run_ids_before(server.db, namespace, cutoff, limit)


#: The rows a pruned run leaves behind, per table, with the store function that removes them.
_RUN_ROWS: tuple[tuple[str, Callable[[sqlite3.Connection, str], int]], ...] = (
    ("history_events", history_store.delete_run_history_events),
    ("workflow_tasks", task_store.delete_run_workflow_tasks),
    ("activity_tasks", activity_store.delete_run_activity_tasks),
    ("activity_executions", activity_store.delete_run_activity_executions),
    ("timers", timer_store.delete_run_timers),
    ("condition_waits", timer_store.delete_run_condition_waits),
    ("workflow_signals", message_store.delete_run_signals),
    ("workflow_updates", message_store.delete_run_updates),
)


def retention_pass(
    server: DevServer, namespace: str, run_ids: list[str] | None, limit: int
) -> dict[str, Any]:
    targets = run_ids if run_ids is not None else expired_runs(server, namespace, limit)
    _, cutoff = _retention_cutoff(server, namespace)
    results: list[dict[str, Any]] = []
    for run_id in targets:
        run = run_store.get_namespace_run(server.db, namespace, run_id)
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
            for table, delete_rows in _RUN_ROWS:
                deleted[table] = delete_rows(conn, run_id)
            deleted["workflow_runs"] = run_store.delete_run(conn, run_id)
            remaining = run_store.latest_run_id_of_workflow(conn, run["workflow_id"])
            if remaining is None:
                deleted["workflow_instances"] = run_store.delete_workflow_instance(
                    conn, run["workflow_id"]
                )
            else:
                run_store.replace_current_run(conn, run["workflow_id"], run_id, remaining)
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


def sweep_once(
    server: DevServer, repair_rows: list[sqlite3.Row] | None = None, *, timer_limit: int = -1
) -> None:
    """One pass of every time-driven rule.

    ``repair_rows`` are the repair candidates of this pass when already read (see
    :func:`background`); by default the pass reads them itself. ``timer_limit`` bounds the
    timers fired (``-1``: every due one); the ones left are due at once for the next pass.
    """
    fire_due_timers(server, timer_limit)
    for execution_id, _ in expired_executions(server, 1000):
        enforce_timeout(server, execution_id)
    recover_expired_activity_leases(server)
    server.workflows.enforce_run_deadlines()
    rows = _scan_rows(server) if repair_rows is None else repair_rows
    outcome = repair_pass(server, None, due_only=True, rows=rows)
    # a full pass that repaired nothing waits for the next due time rather than spin
    state = _scan_state(server)
    state.more = state.more and outcome["repaired_missing_tasks"] > 0


def sweep_until_done(server: DevServer) -> None:
    """Sweep passes until one leaves no due repair candidate behind (what a test's
    ``advance()`` waits for: everything due has happened)."""
    sweep_once(server)
    while _scan_state(server).more:
        sweep_once(server)


async def _scan_off_loop(server: DevServer) -> list[sqlite3.Row]:
    """:func:`_scan_rows` in a worker thread, on its read connection, in one read snapshot.

    The candidate query walks the open runs (a few index steps each): on the loop it would
    hold every request for that long. The repairs it leads to stay on the loop, and check
    each run again in their own transaction.
    """

    def call() -> list[sqlite3.Row]:
        with server.db.read_only(), server.db.transaction():
            return _scan_rows(server)

    context = contextvars.copy_context()  # the active server generation goes along
    future = asyncio.get_running_loop().run_in_executor(None, context.run, call)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        # the server is stopping: the read goes on in its thread, and must end before the
        # database closes its connections (the lifespan waits for this task)
        with contextlib.suppress(Exception):
            await future
        raise


def _next_repair_due(server: DevServer) -> str | None:
    """When the sweep should look for repair next: now while candidates wait beyond the last
    pass's limit, else the earliest end of a failed task's backoff still to come."""
    if _scan_state(server).more:
        return now_iso(server)
    now = server.clock.now()
    delays = _backoff_steps(server)
    thresholds = [(k, isoformat(now - timedelta(seconds=d))) for k, d in delays.items()]
    dues = [
        parse_iso(row["failed_at"]) + timedelta(seconds=delays[int(row["k"])])
        for row in task_store.failed_latest_task_times(server.db, thresholds)
    ]
    return isoformat(min(dues)) if dues else None


def _next_due(server: DevServer) -> str | None:
    values = [
        next_timer_due(server),
        next_activity_due(server),
        server.workflows.next_run_deadline(),
        _next_repair_due(server),
    ]
    present = [v for v in values if v]
    return min(present) if present else None


async def background(server: DevServer) -> None:
    """The sweep loop (started by the server's lifespan)."""
    while True:
        with server.notifier.listen("sweep") as event:
            if not server.config.background_sweeps:
                await server.notifier.wait(event, 3600.0)
                continue
            sweep_once(server, await _scan_off_loop(server), timer_limit=TIMER_LIMIT)
            due = _next_due(server)
            wait = 3600.0
            if due is not None:
                wait = max((parse_iso(due) - server.clock.now()).total_seconds(), 0.001)
            await server.notifier.wait(event, min(wait, 3600.0))
        await asyncio.sleep(0)


def retention_status(server: DevServer, namespace: str, limit: int) -> dict[str, Any]:
    """The retention answer of a namespace: its policy, cutoff and up to ``limit`` expired runs."""
    days, cutoff = _retention_cutoff(server, namespace)
    ids = expired_runs(server, namespace, limit + 1)
    return {
        "namespace": namespace,
        "retention_days": days,
        "cutoff": parse_iso(cutoff).replace(microsecond=0).isoformat(),
        "expired_run_count": min(len(ids), limit),
        "expired_run_ids": ids[:limit],
        "scan_limit": limit,
        "scan_pressure": len(ids) > limit,
    }


def activity_timeout_status(server: DevServer, limit: int) -> dict[str, Any]:
    """Up to ``limit`` activity executions whose timeout has passed unenforced."""
    ids = [e for e, _ in expired_executions(server, limit + 1)]
    return {
        "expired_count": min(len(ids), limit),
        "expired_execution_ids": ids[:limit],
        "scan_limit": limit,
        "scan_pressure": len(ids) > limit,
    }


def activity_timeout_pass(
    server: DevServer, execution_ids: list[str] | None, limit: int
) -> dict[str, Any]:
    """Enforce the timeouts of the named executions (or of up to ``limit`` expired ones)."""
    targets = (
        execution_ids
        if execution_ids is not None
        else [e for e, _ in expired_executions(server, limit)]
    )
    results = []
    for execution_id in targets:
        try:
            results.append(enforce_timeout(server, execution_id))
        except Exception as exc:  # pragma: no cover
            results.append({"execution_id": execution_id, "outcome": "error", "reason": str(exc)})
    return {
        "processed": len(results),
        "enforced": sum(1 for r in results if r["outcome"] == "enforced"),
        "skipped": sum(1 for r in results if r["outcome"] == "skipped"),
        "failed": sum(1 for r in results if r["outcome"] == "error"),
        "results": results,
    }


def task_metrics(server: DevServer, namespace: str) -> dict[str, Any]:
    """The ``/system/metrics`` answer of a namespace (workflow-task failure figures)."""
    failed = task_store.failed_workflow_task_counts_by_type(server.db, namespace)
    return {
        "generated_at": now_iso(server),
        "namespace": namespace,
        "metrics": {
            "dw_workflow_task_consecutive_failures": {
                "max_consecutive_failures": max((r["n"] for r in failed), default=0),
                "failed_task_count": sum(r["n"] for r in failed),
                "workflow_type_count": len(failed),
                "workflow_type_limit": 50,
                "workflow_types_truncated": False,
                "suppressed_workflow_type_count": 0,
                "suppressed_failed_task_count": 0,
            },
            "dw_projection_drift_total": {
                "total": 0,
                "table_count": 0,
                "tables_with_drift": 0,
                "scope": "namespace",
            },
        },
        "cardinality": {"metric_label_sets": {}},
    }


def operator_metrics(server: DevServer, namespace: str) -> dict[str, Any]:
    """The ``/system/operator-metrics`` answer of a namespace: runs, tasks and repair."""
    db = server.db
    now = now_iso(server)
    return {
        "namespace": namespace,
        "operator_metrics": {
            "generated_at": now,
            "runs": {
                "open": run_store.count_open_runs(db, namespace),
                "repair_needed": len(_repair_candidates(server, namespace)),
                "claim_failed": 0,
                "compatibility_blocked": 0,
            },
            "tasks": {
                "ready": task_store.count_ready_workflow_tasks(db, namespace)
                + activity_store.count_ready_activity_tasks(db, namespace),
                "ready_due": task_store.count_due_workflow_tasks(db, namespace, now),
                "delayed": activity_store.count_delayed_activity_tasks(db, namespace, now),
                "leased": task_store.count_leased_workflow_tasks(db, namespace)
                + activity_store.count_leased_activity_tasks(db, namespace),
                "lease_expired": task_store.count_expired_workflow_leases(db, namespace, now),
                "dispatch_failed": 0,
                "claim_failed": 0,
                "dispatch_overdue": 0,
                "unhealthy": 0,
            },
            "repair": repair_status(server, namespace),
            "repair_policy": dict(REPAIR_POLICY),
        },
    }
