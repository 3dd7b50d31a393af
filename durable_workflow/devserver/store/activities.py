"""Tables of activity executions, attempts and tasks."""

from __future__ import annotations

import sqlite3

from .db import Executor, fetch_all, fetch_one

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


def run_has_open_activity(ex: Executor, run_id: str) -> bool:
    """Whether the run has an activity execution still ``pending`` or ``running``."""
    row = fetch_one(
        ex,
        "SELECT 1 FROM activity_executions WHERE run_id = ? AND status IN ('pending','running')",
        (run_id,),
    )
    return row is not None


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
