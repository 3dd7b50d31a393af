"""Tables of activity executions, attempts and tasks."""

from __future__ import annotations

import sqlite3

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


def get_activity_execution(ex: Executor, execution_id: str) -> sqlite3.Row | None:
    """An activity execution by its id, or ``None``."""
    return fetch_one(ex, "SELECT * FROM activity_executions WHERE id = ?", (execution_id,))


def mark_activity_attempt_cancelled(ex: Executor, attempt_id: str, now: str) -> int:
    """Close an activity attempt as cancelled at ``now``."""
    return execute(
        ex,
        "UPDATE activity_attempts SET status = 'cancelled', closed_at = ? WHERE attempt_id = ?",
        (now, attempt_id),
    )


def mark_activity_task_cancelled(ex: Executor, task_id: str) -> int:
    """Mark an activity task cancelled."""
    return execute(
        ex, "UPDATE activity_tasks SET status = 'cancelled' WHERE task_id = ?", (task_id,)
    )


def delete_run_activity_tasks(ex: Executor, run_id: str) -> int:
    """Remove every activity task of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM activity_tasks WHERE run_id = ?", (run_id,))


def delete_run_activity_executions(ex: Executor, run_id: str) -> int:
    """Remove every activity execution of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM activity_executions WHERE run_id = ?", (run_id,))
