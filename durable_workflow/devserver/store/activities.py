"""Tables of activity executions, attempts and tasks."""

from __future__ import annotations

import sqlite3
from typing import Any

from .db import Executor, execute, fetch_all, fetch_one

MIGRATIONS: list[tuple[str, str]] = [
    (
        "activities_001",
        """
        CREATE TABLE IF NOT EXISTS activity_executions (
            id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            sequence INTEGER,
            activity_type TEXT NOT NULL,
            activity_class TEXT,
            task_queue TEXT NOT NULL,
            arguments TEXT,
            status TEXT NOT NULL,
            attempt_count INTEGER NOT NULL DEFAULT 0,
            retry_policy TEXT,
            schedule_deadline_at TEXT,
            schedule_to_close_deadline_at TEXT,
            close_deadline_at TEXT,
            heartbeat_deadline_at TEXT,
            current_attempt_id TEXT,
            current_task_id TEXT,
            last_heartbeat_at TEXT,
            result TEXT,
            failure TEXT,
            parallel TEXT,
            compatibility TEXT,
            created_at TEXT NOT NULL,
            started_at TEXT,
            closed_at TEXT
        );
        CREATE INDEX IF NOT EXISTS activity_executions_run ON activity_executions (run_id, status);
        CREATE TABLE IF NOT EXISTS activity_tasks (
            task_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            run_id TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            activity_type TEXT,
            status TEXT NOT NULL,
            available_at TEXT NOT NULL,
            lease_owner TEXT,
            lease_expires_at TEXT,
            attempt_id TEXT,
            compatibility TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS activity_tasks_queue
            ON activity_tasks (namespace, task_queue, status, available_at);
        CREATE TABLE IF NOT EXISTS activity_attempts (
            attempt_id TEXT PRIMARY KEY,
            execution_id TEXT NOT NULL,
            task_id TEXT NOT NULL,
            attempt_number INTEGER NOT NULL,
            status TEXT NOT NULL,
            lease_owner TEXT,
            lease_expires_at TEXT,
            started_at TEXT NOT NULL,
            closed_at TEXT,
            last_heartbeat_at TEXT
        )
        """,
    )
]
MIGRATIONS.append(
    (
        "activities_002_poll_request_id",
        """
        ALTER TABLE activity_tasks ADD COLUMN poll_request_id TEXT
        """,
    )
)


# ------------------------------------------------------------------------------------ executions


def insert_execution(
    ex: Executor,
    *,
    execution_id: str,
    namespace: str,
    run_id: str,
    workflow_id: str,
    sequence: int | None,
    activity_type: str,
    activity_class: str,
    task_queue: str,
    arguments: str,
    retry_policy: str | None,
    schedule_deadline_at: str | None,
    schedule_to_close_deadline_at: str | None,
    parallel: str,
    compatibility: str | None,
    created_at: str,
) -> None:
    """Record a new ``pending`` execution with no attempt yet."""
    execute(
        ex,
        "INSERT INTO activity_executions (id, namespace, run_id, workflow_id, sequence,"
        " activity_type, activity_class, task_queue, arguments, status, attempt_count,"
        " retry_policy,"
        " schedule_deadline_at, schedule_to_close_deadline_at, parallel, compatibility, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,'pending',0,?,?,?,?,?,?)",
        (
            execution_id,
            namespace,
            run_id,
            workflow_id,
            sequence,
            activity_type,
            activity_class,
            task_queue,
            arguments,
            retry_policy,
            schedule_deadline_at,
            schedule_to_close_deadline_at,
            parallel,
            compatibility,
            created_at,
        ),
    )


def get_activity_execution(ex: Executor, execution_id: str) -> sqlite3.Row | None:
    """An activity execution by its id, or ``None``."""
    return fetch_one(ex, "SELECT * FROM activity_executions WHERE id = ?", (execution_id,))


def first_execution_of_run(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """The earliest execution of a run (a standalone activity's host run has exactly one)."""
    return fetch_one(
        ex,
        "SELECT * FROM activity_executions WHERE run_id = ? ORDER BY created_at LIMIT 1",
        (run_id,),
    )


def open_executions_of_run(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The ``pending`` and ``running`` executions of a run, oldest first."""
    return fetch_all(
        ex,
        "SELECT * FROM activity_executions WHERE run_id = ? AND status IN ('pending', 'running')"
        " ORDER BY created_at",
        (run_id,),
    )


def set_execution_current_task(ex: Executor, execution_id: str, task_id: str) -> None:
    execute(
        ex,
        "UPDATE activity_executions SET current_task_id = ? WHERE id = ?",
        (task_id, execution_id),
    )


def mark_execution_started(
    ex: Executor,
    execution_id: str,
    *,
    attempt_count: int,
    attempt_id: str,
    close_deadline_at: str | None,
    heartbeat_deadline_at: str | None,
    now: str,
) -> None:
    """An attempt leased: the execution runs it (``started_at`` keeps the first start)."""
    execute(
        ex,
        "UPDATE activity_executions SET status = 'running', attempt_count = ?,"
        " current_attempt_id = ?, close_deadline_at = ?, heartbeat_deadline_at = ?,"
        " started_at = COALESCE(started_at, ?) WHERE id = ?",
        (attempt_count, attempt_id, close_deadline_at, heartbeat_deadline_at, now, execution_id),
    )


def mark_execution_completed(ex: Executor, execution_id: str, result: str, closed_at: str) -> None:
    execute(
        ex,
        "UPDATE activity_executions SET status = 'completed', result = ?, closed_at = ?"
        " WHERE id = ?",
        (result, closed_at, execution_id),
    )


def mark_execution_failed(ex: Executor, execution_id: str, failure: str, closed_at: str) -> None:
    execute(
        ex,
        "UPDATE activity_executions SET status = 'failed', failure = ?, closed_at = ? WHERE id = ?",
        (failure, closed_at, execution_id),
    )


def mark_execution_cancelled(ex: Executor, execution_id: str, closed_at: str) -> None:
    execute(
        ex,
        "UPDATE activity_executions SET status = 'cancelled', closed_at = ? WHERE id = ?",
        (closed_at, execution_id),
    )


def reset_execution_for_retry(
    ex: Executor, execution_id: str, schedule_deadline_at: str | None = None
) -> None:
    """Back to ``pending`` without attempt deadlines; a given ``schedule_deadline_at`` replaces
    the schedule-to-start deadline (otherwise it is left as it is)."""
    updates = "status = 'pending', close_deadline_at = NULL, heartbeat_deadline_at = NULL"
    params: list[str] = []
    if schedule_deadline_at is not None:
        updates += ", schedule_deadline_at = ?"
        params.append(schedule_deadline_at)
    execute(ex, f"UPDATE activity_executions SET {updates} WHERE id = ?", (*params, execution_id))


def record_execution_heartbeat(
    ex: Executor, execution_id: str, heartbeat_at: str, heartbeat_deadline_at: str | None
) -> None:
    execute(
        ex,
        "UPDATE activity_executions SET last_heartbeat_at = ?, heartbeat_deadline_at = ?"
        " WHERE id = ?",
        (heartbeat_at, heartbeat_deadline_at, execution_id),
    )


def return_running_execution_to_pending(ex: Executor, execution_id: str) -> None:
    """A ``running`` execution whose attempt lease expired waits for its next attempt."""
    execute(
        ex,
        "UPDATE activity_executions SET status = 'pending', current_attempt_id = NULL"
        " WHERE id = ? AND status = 'running'",
        (execution_id,),
    )


def executions_past_deadline(ex: Executor, now: str, limit: int) -> list[sqlite3.Row]:
    """Open executions with a timeout deadline at or before ``now``, oldest first."""
    return fetch_all(
        ex,
        "SELECT * FROM activity_executions WHERE status IN ('pending', 'running') AND ("
        " (schedule_to_close_deadline_at IS NOT NULL AND schedule_to_close_deadline_at <= ?)"
        " OR (status = 'pending' AND schedule_deadline_at IS NOT NULL AND schedule_deadline_at <="
        " ?)"
        " OR (status = 'running' AND heartbeat_deadline_at IS NOT NULL AND heartbeat_deadline_at"
        " <= ?)"
        " OR (status = 'running' AND close_deadline_at IS NOT NULL AND close_deadline_at <= ?))"
        " ORDER BY created_at LIMIT ?",
        (now, now, now, now, limit),
    )


def next_activity_deadline(ex: Executor) -> str | None:
    """The earliest open execution deadline or activity task lease expiry, if any."""
    row = fetch_one(
        ex,
        "SELECT MIN(d) AS due FROM ("
        " SELECT MIN(schedule_to_close_deadline_at) AS d FROM activity_executions"
        "  WHERE status IN ('pending','running')"
        " UNION ALL SELECT MIN(schedule_deadline_at) FROM activity_executions WHERE status ="
        " 'pending'"
        " UNION ALL SELECT MIN(heartbeat_deadline_at) FROM activity_executions WHERE status ="
        " 'running'"
        " UNION ALL SELECT MIN(close_deadline_at) FROM activity_executions WHERE status = 'running'"
        " UNION ALL SELECT MIN(lease_expires_at) FROM activity_tasks WHERE status = 'leased')",
    )
    due: str | None = row["due"] if row and row["due"] else None
    return due


# ----------------------------------------------------------------------------------------- tasks


def insert_task(
    ex: Executor,
    *,
    task_id: str,
    namespace: str,
    execution_id: str,
    run_id: str,
    task_queue: str,
    activity_type: str,
    available_at: str,
    compatibility: str | None,
    created_at: str,
) -> None:
    """Record a ``ready`` activity task, due at ``available_at``."""
    execute(
        ex,
        "INSERT INTO activity_tasks (task_id, namespace, execution_id, run_id, task_queue,"
        " activity_type, status, available_at, compatibility, created_at)"
        " VALUES (?,?,?,?,?,?,'ready',?,?,?)",
        (
            task_id,
            namespace,
            execution_id,
            run_id,
            task_queue,
            activity_type,
            available_at,
            compatibility,
            created_at,
        ),
    )


def get_task(ex: Executor, namespace: str, task_id: str) -> sqlite3.Row | None:
    """The activity task ``task_id`` of ``namespace``."""
    return fetch_one(
        ex,
        "SELECT * FROM activity_tasks WHERE task_id = ? AND namespace = ?",
        (task_id, namespace),
    )


def task_leased_by_poll(
    ex: Executor, namespace: str, queue: str, owner: str, poll_request_id: str
) -> sqlite3.Row | None:
    """The task of ``queue`` leased to ``owner`` by poll ``poll_request_id``, if still leased."""
    return fetch_one(
        ex,
        "SELECT * FROM activity_tasks WHERE namespace = ? AND task_queue = ? AND status ="
        " 'leased' AND lease_owner = ? AND poll_request_id = ?",
        (namespace, queue, owner, poll_request_id),
    )


def expired_leased_tasks(ex: Executor, now: str) -> list[sqlite3.Row]:
    """``leased`` tasks whose lease expired at or before ``now``."""
    return fetch_all(
        ex,
        "SELECT * FROM activity_tasks WHERE status = 'leased' AND lease_expires_at <= ?",
        (now,),
    )


def mark_task_leased(
    ex: Executor,
    task_id: str,
    *,
    owner: str,
    lease_expires_at: str,
    attempt_id: str,
    poll_request_id: str | None,
) -> None:
    execute(
        ex,
        "UPDATE activity_tasks SET status = 'leased', lease_owner = ?, lease_expires_at = ?,"
        " attempt_id = ?, poll_request_id = ? WHERE task_id = ?",
        (owner, lease_expires_at, attempt_id, poll_request_id, task_id),
    )


def extend_task_lease(ex: Executor, task_id: str, lease_expires_at: str) -> None:
    execute(
        ex,
        "UPDATE activity_tasks SET lease_expires_at = ? WHERE task_id = ?",
        (lease_expires_at, task_id),
    )


def mark_task_completed(ex: Executor, task_id: str) -> None:
    """The task is done (its attempt completed or failed); its lease is dropped."""
    execute(
        ex,
        "UPDATE activity_tasks SET status = 'completed', lease_owner = NULL,"
        " lease_expires_at = NULL WHERE task_id = ?",
        (task_id,),
    )


def mark_activity_task_cancelled(ex: Executor, task_id: str) -> int:
    """Mark an activity task cancelled."""
    return execute(
        ex, "UPDATE activity_tasks SET status = 'cancelled' WHERE task_id = ?", (task_id,)
    )


def cancel_open_tasks(ex: Executor, execution_id: str) -> None:
    """Cancel the ``ready`` and ``leased`` tasks of an execution."""
    execute(
        ex,
        "UPDATE activity_tasks SET status = 'cancelled' WHERE execution_id = ?"
        " AND status IN ('ready', 'leased')",
        (execution_id,),
    )


def cancel_open_tasks_dropping_owner(ex: Executor, execution_id: str) -> None:
    """Cancel the ``ready`` and ``leased`` tasks of an execution and clear their lease owner."""
    execute(
        ex,
        "UPDATE activity_tasks SET status = 'cancelled', lease_owner = NULL WHERE"
        " execution_id = ?"
        " AND status IN ('ready', 'leased')",
        (execution_id,),
    )


def requeue_task(ex: Executor, task_id: str, available_at: str) -> None:
    """Put a task back to ``ready`` without lease or attempt, due at ``available_at``."""
    execute(
        ex,
        "UPDATE activity_tasks SET status = 'ready', lease_owner = NULL,"
        " lease_expires_at = NULL, attempt_id = NULL, available_at = ? WHERE task_id = ?",
        (available_at, task_id),
    )


# -------------------------------------------------------------------------------------- attempts


def insert_attempt(
    ex: Executor,
    *,
    attempt_id: str,
    execution_id: str,
    task_id: str,
    attempt_number: int,
    lease_owner: str,
    lease_expires_at: str,
    started_at: str,
) -> None:
    """Record a new ``running`` attempt leased to ``lease_owner``."""
    execute(
        ex,
        "INSERT INTO activity_attempts (attempt_id, execution_id, task_id, attempt_number, status,"
        " lease_owner, lease_expires_at, started_at) VALUES (?,?,?,?,'running',?,?,?)",
        (
            attempt_id,
            execution_id,
            task_id,
            attempt_number,
            lease_owner,
            lease_expires_at,
            started_at,
        ),
    )


def get_attempt(ex: Executor, attempt_id: str) -> sqlite3.Row | None:
    return fetch_one(ex, "SELECT * FROM activity_attempts WHERE attempt_id = ?", (attempt_id,))


def close_attempt(ex: Executor, attempt_id: str, status: str, closed_at: str) -> None:
    """End an attempt with ``status`` (``completed``, ``failed``, ``cancelled``)."""
    execute(
        ex,
        "UPDATE activity_attempts SET status = ?, closed_at = ? WHERE attempt_id = ?",
        (status, closed_at, attempt_id),
    )


def expire_running_attempt(ex: Executor, attempt_id: str, closed_at: str) -> None:
    """End an attempt whose lease ran out as ``expired`` (if it still runs)."""
    execute(
        ex,
        "UPDATE activity_attempts SET status = 'expired', closed_at = ? WHERE attempt_id"
        " = ?"
        " AND status = 'running'",
        (closed_at, attempt_id),
    )


def record_attempt_heartbeat(
    ex: Executor, attempt_id: str, heartbeat_at: str, lease_expires_at: str
) -> None:
    execute(
        ex,
        "UPDATE activity_attempts SET last_heartbeat_at = ?, lease_expires_at = ?"
        " WHERE attempt_id = ?",
        (heartbeat_at, lease_expires_at, attempt_id),
    )


def run_has_open_activity(ex: Executor, run_id: str) -> bool:
    """Whether a run has an activity execution still ``pending`` or ``running``."""
    return (
        fetch_one(
            ex,
            "SELECT 1 FROM activity_executions WHERE run_id = ? AND status IN"
            " ('pending','running')",
            (run_id,),
        )
        is not None
    )


def list_run_activity_summaries(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The run's activity executions (type, status, attempts, queue, times), oldest first."""
    return fetch_all(
        ex,
        "SELECT id, activity_type, status, attempt_count, sequence, task_queue, created_at,"
        " started_at, closed_at FROM activity_executions WHERE run_id = ? ORDER BY created_at",
        (run_id,),
    )


def activity_task_wakeups(
    ex: Executor, namespace: str, task_queue: str, now: str
) -> tuple[str | None, str | None]:
    """The queue's earliest future ``available_at`` of a ready task and earliest lease expiry."""
    row = fetch_one(
        ex,
        "SELECT MIN(available_at) AS a FROM activity_tasks WHERE namespace = ? AND task_queue = ?"
        " AND status = 'ready' AND available_at > ?",
        (namespace, task_queue, now),
    )
    lease = fetch_one(
        ex,
        "SELECT MIN(lease_expires_at) AS a FROM activity_tasks WHERE namespace = ?"
        " AND task_queue = ? AND status = 'leased'",
        (namespace, task_queue),
    )
    return (row["a"] if row else None, lease["a"] if lease else None)


def next_claimable_activity_task(
    ex: Executor, namespace: str, queue: str, now: str, build_id: str | None, types: list[str]
) -> sqlite3.Row | None:
    """The oldest ready task of ``queue`` due by ``now``, of an open execution, that a worker of
    ``build_id`` handling ``types`` may take (filtered in SQL, so no number of tasks the worker
    cannot take hides one it can)."""
    sql = (
        "SELECT t.* FROM activity_tasks t JOIN activity_executions e ON e.id = t.execution_id"
        " WHERE t.namespace = ? AND t.task_queue = ? AND t.status = 'ready'"
        " AND t.available_at <= ? AND e.status IN ('pending', 'running')"
        " AND (COALESCE(t.compatibility, '') = '' OR t.compatibility = ?)"
    )
    params: list[Any] = [namespace, queue, now, build_id]
    if types:
        sql += f" AND t.activity_type IN ({','.join('?' * len(types))})"
        params.extend(types)
    return fetch_one(ex, sql + " ORDER BY t.available_at, t.task_id LIMIT 1", params)


def activity_task_queue_counts(
    ex: Executor, namespace: str, task_queue: str, now: str
) -> sqlite3.Row | None:
    """``r`` ready, ``l`` leased and ``e`` expired-lease counts of a queue's activity tasks."""
    return fetch_one(
        ex,
        "SELECT SUM(status = 'ready') AS r, SUM(status = 'leased') AS l,"
        " SUM(status = 'leased' AND lease_expires_at <= ?) AS e FROM activity_tasks"
        " WHERE namespace = ? AND task_queue = ?",
        (now, namespace, task_queue),
    )


def count_leased_activity_tasks(ex: Executor, namespace: str) -> int:
    """How many activity tasks of a namespace are leased."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) AS n FROM activity_tasks WHERE namespace = ? AND status = 'leased'",
        (namespace,),
    )
    return int(row["n"]) if row else 0


def oldest_ready_activity_task(
    ex: Executor, namespace: str, task_queue: str, now: str
) -> sqlite3.Row | None:
    """The ready activity task of a queue available longest (by ``now``), or ``None``."""
    return fetch_one(
        ex,
        "SELECT * FROM activity_tasks WHERE namespace = ? AND task_queue = ? AND status = 'ready'"
        " AND available_at <= ?"
        " ORDER BY available_at LIMIT 1",
        (namespace, task_queue, now),
    )


def leased_activity_tasks_of_queue(
    ex: Executor, namespace: str, task_queue: str
) -> list[sqlite3.Row]:
    """The leased activity tasks of a queue with ``attempt_number`` and ``workflow_id``."""
    return fetch_all(
        ex,
        "SELECT t.*, a.attempt_number, e.workflow_id FROM activity_tasks t LEFT JOIN"
        " activity_attempts a"
        " ON a.attempt_id = t.attempt_id LEFT JOIN activity_executions e ON e.id ="
        " t.execution_id"
        " WHERE t.namespace = ? AND t.task_queue = ? AND t.status = 'leased'",
        (namespace, task_queue),
    )


def activity_task_queue_names(ex: Executor, namespace: str) -> set[str]:
    """The task queues named by the activity tasks of a namespace."""
    rows = fetch_all(
        ex, "SELECT DISTINCT task_queue FROM activity_tasks WHERE namespace = ?", (namespace,)
    )
    return {r["task_queue"] for r in rows}


def count_ready_activity_tasks(ex: Executor, namespace: str) -> int:
    """How many activity tasks of a namespace are ready (due or not)."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) FROM activity_tasks WHERE namespace = ? AND status = 'ready'",
        (namespace,),
    )
    return int(row[0]) if row else 0


def count_delayed_activity_tasks(ex: Executor, namespace: str, now: str) -> int:
    """How many ready activity tasks of a namespace become available only after ``now``."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) FROM activity_tasks WHERE namespace = ? AND status ="
        " 'ready' AND available_at > ?",
        (namespace, now),
    )
    return int(row[0]) if row else 0


def delete_run_activity_tasks(ex: Executor, run_id: str) -> int:
    """Remove every activity task of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM activity_tasks WHERE run_id = ?", (run_id,))


def delete_run_activity_executions(ex: Executor, run_id: str) -> int:
    """Remove every activity execution of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM activity_executions WHERE run_id = ?", (run_id,))


def open_activities_of_run(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """Up to 25 of a run's activity executions that are pending or running (the debug view)."""
    return fetch_all(
        ex,
        "SELECT id, activity_type, status, attempt_count FROM activity_executions WHERE"
        " run_id = ?"
        " AND status IN ('pending','running') LIMIT 25",
        (run_id,),
    )


def extend_attempt_lease(ex: Executor, attempt_id: str, lease_expires_at: str) -> None:
    """Move a running attempt's lease expiry (a lease renewal)."""
    execute(
        ex,
        "UPDATE activity_attempts SET lease_expires_at = ? WHERE attempt_id = ?",
        (lease_expires_at, attempt_id),
    )
