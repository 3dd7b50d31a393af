"""Tables of workflow tasks, timers and lease deliveries."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_all

MIGRATIONS: list[tuple[str, str]] = [
    (
        "tasks_001",
        """
        CREATE TABLE IF NOT EXISTS workflow_tasks (
            task_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            workflow_type TEXT,
            status TEXT NOT NULL,
            available_at TEXT NOT NULL,
            lease_owner TEXT,
            lease_expires_at TEXT,
            attempt_count INTEGER NOT NULL DEFAULT 0,
            resume TEXT,
            compatibility TEXT,
            seq_at_lease INTEGER,
            last_error TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS workflow_tasks_queue
            ON workflow_tasks (namespace, task_queue, status, available_at);
        CREATE INDEX IF NOT EXISTS workflow_tasks_run ON workflow_tasks (run_id, status);
        CREATE TABLE IF NOT EXISTS timers (
            timer_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            sequence INTEGER,
            delay_seconds INTEGER NOT NULL,
            fire_at TEXT NOT NULL,
            status TEXT NOT NULL,
            timer_kind TEXT,
            details TEXT,
            created_at TEXT NOT NULL,
            fired_at TEXT
        );
        CREATE INDEX IF NOT EXISTS timers_due ON timers (status, fire_at);
        CREATE TABLE IF NOT EXISTS condition_waits (
            wait_id TEXT PRIMARY KEY,
            run_id TEXT NOT NULL,
            sequence INTEGER,
            condition_key TEXT,
            fingerprint TEXT,
            timeout_seconds INTEGER,
            timer_id TEXT,
            status TEXT NOT NULL,
            opened_at TEXT NOT NULL
        )
        """,
    ),
    (
        "tasks_002_lease_deliveries",
        # One row per lease whose poll answer was sent: ``kind`` is ``workflow`` or ``activity``,
        # ``lease_ref`` the lease's attempt (workflow task attempt, activity attempt id).
        """
        CREATE TABLE IF NOT EXISTS lease_deliveries (
            kind TEXT NOT NULL,
            task_id TEXT NOT NULL,
            lease_ref TEXT NOT NULL,
            PRIMARY KEY (kind, task_id, lease_ref)
        ) WITHOUT ROWID
        """,
    ),
]
MIGRATIONS.append(
    (
        "tasks_002_poll_request_id",
        """
        ALTER TABLE workflow_tasks ADD COLUMN poll_request_id TEXT
        """,
    )
)


def recent_unfinished_tasks_of_run(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """A run's 25 newest workflow tasks that are ready, leased or failed (the debug view)."""
    return fetch_all(
        ex,
        "SELECT task_id, status, available_at, lease_owner, lease_expires_at, attempt_count,"
        " last_error"
        " FROM workflow_tasks WHERE run_id = ? AND status IN ('ready','leased','failed')"
        " ORDER BY created_at DESC LIMIT 25",
        (run_id,),
    )


def extend_workflow_task_lease(ex: Executor, task_id: str, lease_expires_at: str) -> None:
    """Move a leased workflow task's lease expiry (a heartbeat)."""
    execute(
        ex,
        "UPDATE workflow_tasks SET lease_expires_at = ? WHERE task_id = ?",
        (lease_expires_at, task_id),
    )
