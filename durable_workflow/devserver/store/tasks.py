"""Rows of ``workflow_tasks``, and the schema of the task-side tables: workflow tasks, timers,
condition waits and lease deliveries (the queries on the last three live in :mod:`.timers` and
:mod:`.lease_deliveries`)."""

from __future__ import annotations

import sqlite3
from typing import Any

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
MIGRATIONS.append(
    (
        "tasks_003_latest_and_failed",
        # a run's newest task in one index step; failed tasks and expired leases without walking
        # every task
        """
        CREATE INDEX IF NOT EXISTS workflow_tasks_latest ON workflow_tasks (run_id, created_at);
        CREATE INDEX IF NOT EXISTS workflow_tasks_failed
            ON workflow_tasks (updated_at) WHERE status = 'failed';
        CREATE INDEX IF NOT EXISTS workflow_tasks_leases
            ON workflow_tasks (lease_expires_at) WHERE status = 'leased'
        """,
    )
)


def insert_workflow_task(
    ex: Executor,
    task_id: str,
    run: sqlite3.Row,
    *,
    available_at: str,
    resume: str,
    now: str,
) -> None:
    """Add a ``ready`` workflow task for ``run`` (``resume`` is the stored JSON text)."""
    execute(
        ex,
        "INSERT INTO workflow_tasks (task_id, namespace, run_id, workflow_id, task_queue,"
        " workflow_type, status, available_at, attempt_count, resume, compatibility, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,'ready',?,0,?,?,?,?)",
        (
            task_id,
            run["namespace"],
            run["run_id"],
            run["workflow_id"],
            run["task_queue"],
            run["workflow_type"],
            available_at,
            resume,
            run["compatibility"],
            now,
            now,
        ),
    )


def get_open_workflow_task(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """The newest ``ready`` or ``leased`` workflow task of a run."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_tasks WHERE run_id = ? AND status IN ('ready', 'leased')"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (run_id,),
    )


def set_workflow_task_resume(ex: Executor, task_id: str, resume: str) -> None:
    """Replace the stored resume context (JSON text) of a workflow task."""
    execute(ex, "UPDATE workflow_tasks SET resume = ? WHERE task_id = ?", (resume, task_id))


def cancel_open_workflow_tasks(ex: Executor, run_id: str, now: str) -> None:
    """Mark every ``ready`` or ``leased`` workflow task of a run ``cancelled``."""
    execute(
        ex,
        "UPDATE workflow_tasks SET status = 'cancelled', updated_at = ? WHERE run_id = ?"
        " AND status IN ('ready', 'leased')",
        (now, run_id),
    )


def expired_workflow_leases(
    ex: Executor, now: str, namespace: str | None = None, queue: str | None = None
) -> list[sqlite3.Row]:
    """Leased workflow tasks whose lease ended by ``now`` (of one queue when ``namespace`` given).

    Rows hold ``task_id``, ``namespace`` and ``task_queue``.
    """
    sql = (
        "SELECT task_id, namespace, task_queue FROM workflow_tasks"
        " WHERE status = 'leased' AND lease_expires_at <= ?"
    )
    params: list[object] = [now]
    if namespace is not None:
        sql += " AND namespace = ? AND task_queue = ?"
        params += [namespace, queue]
    return fetch_all(ex, sql, params)


def get_workflow_task_leased_by_poll(
    ex: Executor, namespace: str, queue: str, owner: str, poll_request_id: str
) -> sqlite3.Row | None:
    """The leased workflow task of a queue held by ``owner`` for poll ``poll_request_id``."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_tasks WHERE namespace = ? AND task_queue = ? AND status ="
        " 'leased' AND lease_owner = ? AND poll_request_id = ?",
        (namespace, queue, owner, poll_request_id),
    )


def lease_workflow_task(
    ex: Executor,
    task_id: str,
    *,
    owner: str,
    expires_at: str,
    seq_at_lease: int,
    now: str,
    poll_request_id: str | None,
) -> None:
    """Lease a workflow task to ``owner`` and count the attempt."""
    execute(
        ex,
        "UPDATE workflow_tasks SET status = 'leased', lease_owner = ?, lease_expires_at ="
        " ?,"
        " attempt_count = attempt_count + 1, seq_at_lease = ?, updated_at = ?,"
        " poll_request_id = ? WHERE task_id = ?",
        (owner, expires_at, seq_at_lease, now, poll_request_id, task_id),
    )


def get_workflow_task(ex: Executor, task_id: str) -> sqlite3.Row | None:
    """A workflow task by id."""
    return fetch_one(ex, "SELECT * FROM workflow_tasks WHERE task_id = ?", (task_id,))


def get_workflow_task_in_namespace(
    ex: Executor, task_id: str, namespace: str
) -> sqlite3.Row | None:
    """A workflow task by id, when it belongs to ``namespace``."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_tasks WHERE task_id = ? AND namespace = ?",
        (task_id, namespace),
    )


def free_workflow_task_lease(ex: Executor, task_id: str, now: str) -> None:
    """Put a workflow task back to ``ready`` without an owner, whatever its status."""
    execute(
        ex,
        "UPDATE workflow_tasks SET status = 'ready', lease_owner = NULL, lease_expires_at ="
        " NULL,"
        " available_at = ?, updated_at = ? WHERE task_id = ?",
        (now, now, task_id),
    )


def mark_workflow_task_completed(ex: Executor, task_id: str, now: str) -> None:
    """Drop the owner of a workflow task, marking it ``completed`` if it was still leased."""
    execute(
        ex,
        "UPDATE workflow_tasks SET status = CASE WHEN status = 'leased' THEN 'completed'"
        " ELSE status END,"
        " lease_owner = NULL, updated_at = ? WHERE task_id = ?",
        (now, task_id),
    )


def last_completed_regular_task(
    ex: Executor, run_id: str, except_task_id: str
) -> sqlite3.Row | None:
    """``seq_at_lease`` of the run's last completed workflow task that was not an update task."""
    return fetch_one(
        ex,
        "SELECT seq_at_lease FROM workflow_tasks WHERE run_id = ? AND task_id != ?"
        " AND status = 'completed' AND resume NOT LIKE '%\"workflow_update_id\":\"%'"
        " ORDER BY updated_at DESC LIMIT 1",
        (run_id, except_task_id),
    )


def latest_workflow_task_of_run(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """The newest workflow task of a run, whatever its status."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_tasks WHERE run_id = ? ORDER BY created_at DESC, rowid DESC"
        " LIMIT 1",
        (run_id,),
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


def next_claimable_workflow_task(
    ex: Executor, namespace: str, queue: str, now: str, build_id: str | None, types: list[str]
) -> sqlite3.Row | None:
    """The oldest ready task of ``queue`` due by ``now``, on an open run, that a worker of
    ``build_id`` handling ``types`` may take (filtered in SQL, so no number of tasks the worker
    cannot take hides one it can)."""
    sql = (
        "SELECT t.* FROM workflow_tasks t JOIN workflow_runs r ON r.run_id = t.run_id"
        " WHERE t.namespace = ? AND t.task_queue = ? AND t.status = 'ready'"
        " AND t.available_at <= ? AND r.status IN ('pending', 'running', 'waiting')"
        " AND (COALESCE(t.compatibility, '') = '' OR t.compatibility = ?)"
    )
    params: list[Any] = [namespace, queue, now, build_id]
    if types:
        sql += f" AND t.workflow_type IN ({','.join('?' * len(types))})"
        params.extend(types)
    return fetch_one(ex, sql + " ORDER BY t.available_at, t.task_id LIMIT 1", params)


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


def failed_latest_task_times(ex: Executor, thresholds: list[tuple[int, str]]) -> list[sqlite3.Row]:
    """Per backoff step, the earliest failure after that step's threshold of an open run's
    newest workflow task.

    ``thresholds`` pairs a step ``k`` with a time: a run of ``repair_count`` ``c`` belongs to
    step ``min(c, K)`` (``K`` the highest step given), and counts only when its newest task is
    ``failed`` with ``updated_at`` after the step's time. Answers rows of ``k`` and ``failed_at``
    (the earliest such ``updated_at``), one per step that has any. Walks failed tasks only.
    """
    if not thresholds:
        return []
    top = max(k for k, _ in thresholds)
    values = ", ".join("(?, ?)" for _ in thresholds)
    args: list[Any] = [v for pair in thresholds for v in pair]
    return fetch_all(
        ex,
        f"WITH steps(k, after) AS (VALUES {values})"
        " SELECT s.k AS k, MIN(t.updated_at) AS failed_at"
        " FROM workflow_tasks t INDEXED BY workflow_tasks_failed"
        " JOIN workflow_runs r ON r.run_id = t.run_id"
        " JOIN steps s ON s.k = MIN(r.repair_count, ?)"
        " WHERE t.status = 'failed' AND t.updated_at > s.after"
        " AND r.status IN ('pending','running','waiting')"
        " AND r.workflow_type != 'dw.standalone_activity'"
        " AND t.task_id = (SELECT l.task_id FROM workflow_tasks l WHERE l.run_id = t.run_id"
        " ORDER BY l.created_at DESC, l.rowid DESC LIMIT 1)"
        " AND NOT EXISTS (SELECT 1 FROM workflow_tasks o WHERE o.run_id = t.run_id"
        " AND o.status IN ('ready','leased'))"
        " GROUP BY s.k",
        [*args, top],
    )
