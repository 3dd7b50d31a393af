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


def open_activities_of_run(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """Up to 25 of a run's activity executions that are pending or running (the debug view)."""
    return fetch_all(
        ex,
        "SELECT id, activity_type, status, attempt_count FROM activity_executions WHERE"
        " run_id = ?"
        " AND status IN ('pending','running') LIMIT 25",
        (run_id,),
    )


def get_activity_execution(ex: Executor, execution_id: str) -> sqlite3.Row | None:
    """An activity execution by its id, or ``None``."""
    return fetch_one(ex, "SELECT * FROM activity_executions WHERE id = ?", (execution_id,))


def extend_task_lease(ex: Executor, task_id: str, lease_expires_at: str) -> None:
    execute(
        ex,
        "UPDATE activity_tasks SET lease_expires_at = ? WHERE task_id = ?",
        (lease_expires_at, task_id),
    )


def extend_attempt_lease(ex: Executor, attempt_id: str, lease_expires_at: str) -> None:
    """Move a running attempt's lease expiry (a lease renewal)."""
    execute(
        ex,
        "UPDATE activity_attempts SET lease_expires_at = ? WHERE attempt_id = ?",
        (lease_expires_at, attempt_id),
    )
