"""Tables of workflow tasks, timers and lease deliveries."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_all, fetch_one

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


def set_workflow_task_status(ex: Executor, task_id: str, status: str) -> None:
    """Set a workflow task's status (nothing else)."""
    execute(ex, "UPDATE workflow_tasks SET status = ? WHERE task_id = ?", (status, task_id))


def list_run_workflow_task_summaries(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The run's workflow tasks (status, attempts, lease, times), oldest first."""
    return fetch_all(
        ex,
        "SELECT task_id, status, attempt_count, lease_owner, lease_expires_at, available_at,"
        " created_at FROM workflow_tasks WHERE run_id = ? ORDER BY created_at",
        (run_id,),
    )


def set_workflow_task_resume(ex: Executor, task_id: str, resume: str) -> None:
    """Replace a workflow task's resume context (``resume`` already JSON)."""
    execute(ex, "UPDATE workflow_tasks SET resume = ? WHERE task_id = ?", (resume, task_id))


def mark_workflow_task_failed(ex: Executor, task_id: str, error: str, updated_at: str) -> None:
    """End a workflow task as ``failed`` with ``error``, releasing its lease."""
    execute(
        ex,
        "UPDATE workflow_tasks SET status = 'failed', last_error = ?, lease_owner = NULL,"
        " lease_expires_at = NULL, updated_at = ? WHERE task_id = ?",
        (error, updated_at, task_id),
    )


def get_workflow_task_lease_sequence(ex: Executor, task_id: str) -> sqlite3.Row | None:
    """A workflow task's ``run_id`` and ``seq_at_lease`` (the history sequence when leased)."""
    return fetch_one(
        ex, "SELECT run_id, seq_at_lease FROM workflow_tasks WHERE task_id = ?", (task_id,)
    )


def workflow_task_wakeups(
    ex: Executor, namespace: str, task_queue: str, now: str
) -> tuple[str | None, str | None]:
    """The queue's earliest future ``available_at`` of a ready task and earliest lease expiry."""
    row = fetch_one(
        ex,
        "SELECT MIN(available_at) AS a FROM workflow_tasks WHERE namespace = ? AND task_queue = ?"
        " AND status = 'ready' AND available_at > ?",
        (namespace, task_queue, now),
    )
    lease = fetch_one(
        ex,
        "SELECT MIN(lease_expires_at) AS a FROM workflow_tasks WHERE namespace = ?"
        " AND task_queue = ? AND status = 'leased'",
        (namespace, task_queue),
    )
    return (row["a"] if row else None, lease["a"] if lease else None)
