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


def leased_workflow_task_ids_of_worker(
    ex: Executor, namespace: str, lease_owner: str
) -> list[sqlite3.Row]:
    """The ``task_id`` rows of the workflow tasks a worker holds leased."""
    return fetch_all(
        ex,
        "SELECT task_id FROM workflow_tasks WHERE namespace = ? AND lease_owner = ? AND"
        " status = 'leased'",
        (namespace, lease_owner),
    )


def release_workflow_leases_of_worker(
    ex: Executor, namespace: str, lease_owner: str, now: str
) -> int:
    """Make the workflow tasks a worker holds leased ready again at ``now``."""
    return execute(
        ex,
        "UPDATE workflow_tasks SET status = 'ready', lease_owner = NULL, lease_expires_at"
        " = NULL,"
        " available_at = ? WHERE namespace = ? AND lease_owner = ? AND status = 'leased'",
        (now, namespace, lease_owner),
    )


def latest_workflow_task_of_run(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """The newest workflow task of a run, whatever its status."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_tasks WHERE run_id = ? ORDER BY created_at DESC, rowid DESC"
        " LIMIT 1",
        (run_id,),
    )


def expired_workflow_lease_summary(ex: Executor, namespace: str, now: str) -> sqlite3.Row:
    """``n`` (how many) and ``oldest`` (earliest ``created_at``) of the expired leases."""
    return fetch_all(
        ex,
        "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM workflow_tasks WHERE namespace = ?"
        " AND status = 'leased' AND lease_expires_at <= ?",
        (namespace, now),
    )[0]


def workflow_task_queue_counts(
    ex: Executor, namespace: str, task_queue: str, now: str
) -> sqlite3.Row | None:
    """``r`` ready, ``l`` leased and ``e`` expired-lease counts of a queue's workflow tasks."""
    return fetch_one(
        ex,
        "SELECT SUM(status = 'ready') AS r, SUM(status = 'leased') AS l,"
        " SUM(status = 'leased' AND lease_expires_at <= ?) AS e FROM workflow_tasks"
        " WHERE namespace = ? AND task_queue = ?",
        (now, namespace, task_queue),
    )


def count_leased_workflow_tasks(ex: Executor, namespace: str) -> int:
    """How many workflow tasks of a namespace are leased."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) AS n FROM workflow_tasks WHERE namespace = ? AND status = 'leased'",
        (namespace,),
    )
    return int(row["n"]) if row else 0


def oldest_ready_workflow_task(
    ex: Executor, namespace: str, task_queue: str, now: str
) -> sqlite3.Row | None:
    """The ready workflow task of a queue available longest (by ``now``), or ``None``."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_tasks WHERE namespace = ? AND task_queue = ? AND status = 'ready'"
        " AND available_at <= ?"
        " ORDER BY available_at LIMIT 1",
        (namespace, task_queue, now),
    )


def leased_workflow_tasks_of_queue(
    ex: Executor, namespace: str, task_queue: str
) -> list[sqlite3.Row]:
    """The leased workflow tasks of a task queue."""
    return fetch_all(
        ex,
        "SELECT * FROM workflow_tasks WHERE namespace = ? AND task_queue = ? AND status = 'leased'",
        (namespace, task_queue),
    )


def workflow_task_queue_names(ex: Executor, namespace: str) -> set[str]:
    """The task queues named by the workflow tasks of a namespace."""
    rows = fetch_all(
        ex, "SELECT DISTINCT task_queue FROM workflow_tasks WHERE namespace = ?", (namespace,)
    )
    return {r["task_queue"] for r in rows}


def failed_workflow_task_counts_by_type(ex: Executor, namespace: str) -> list[sqlite3.Row]:
    """``workflow_type`` and ``n`` (failed task count) per workflow type of a namespace."""
    return fetch_all(
        ex,
        "SELECT workflow_type, COUNT(*) AS n FROM workflow_tasks WHERE namespace = ? AND"
        " status = 'failed'"
        " GROUP BY workflow_type",
        (namespace,),
    )


def count_ready_workflow_tasks(ex: Executor, namespace: str) -> int:
    """How many workflow tasks of a namespace are ready (due or not)."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) FROM workflow_tasks WHERE namespace = ? AND status = 'ready'",
        (namespace,),
    )
    return int(row[0]) if row else 0


def count_due_workflow_tasks(ex: Executor, namespace: str, now: str) -> int:
    """How many ready workflow tasks of a namespace are available by ``now``."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) FROM workflow_tasks WHERE namespace = ? AND status ="
        " 'ready' AND available_at <= ?",
        (namespace, now),
    )
    return int(row[0]) if row else 0


def count_expired_workflow_leases(ex: Executor, namespace: str, now: str) -> int:
    """How many leased workflow tasks of a namespace have a lease expired by ``now``."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) FROM workflow_tasks WHERE namespace = ? AND status ="
        " 'leased' AND lease_expires_at <= ?",
        (namespace, now),
    )
    return int(row[0]) if row else 0


def delete_run_workflow_tasks(ex: Executor, run_id: str) -> int:
    """Remove every workflow task of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM workflow_tasks WHERE run_id = ?", (run_id,))
