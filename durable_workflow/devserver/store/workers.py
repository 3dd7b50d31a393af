"""Tables of workers."""

from __future__ import annotations

import sqlite3
from typing import Any

from .db import Executor, execute, fetch_all, fetch_one

MIGRATIONS: list[tuple[str, str]] = [
    (
        "workers_001",
        """
        CREATE TABLE IF NOT EXISTS workers (
            namespace TEXT NOT NULL,
            worker_id TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            runtime TEXT,
            sdk_version TEXT,
            build_id TEXT,
            supported_workflow_types TEXT NOT NULL DEFAULT '[]',
            workflow_definition_fingerprints TEXT NOT NULL DEFAULT '{}',
            supported_activity_types TEXT NOT NULL DEFAULT '[]',
            max_concurrent_workflow_tasks INTEGER,
            max_concurrent_activity_tasks INTEGER,
            status TEXT NOT NULL,
            extras TEXT NOT NULL DEFAULT '{}',
            last_heartbeat_at TEXT,
            registered_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (namespace, worker_id)
        );
        CREATE TABLE IF NOT EXISTS worker_sessions (
            session_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            worker_id TEXT NOT NULL,
            status TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{}',
            lease_expires_at TEXT,
            created_at TEXT NOT NULL,
            closed_at TEXT,
            close_reason TEXT
        );
        CREATE TABLE IF NOT EXISTS build_id_cohorts (
            namespace TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            build_id TEXT NOT NULL,
            drain_intent TEXT NOT NULL DEFAULT 'active',
            drained_at TEXT,
            promoted_at TEXT,
            PRIMARY KEY (namespace, task_queue, build_id)
        )
        """,
    )
]


def get_worker_status(ex: Executor, namespace: str, worker_id: str) -> sqlite3.Row | None:
    """A worker's ``status`` row."""
    return fetch_one(
        ex,
        "SELECT status FROM workers WHERE namespace = ? AND worker_id = ?",
        (namespace, worker_id),
    )


# ── workers ─────────────────────────────────────────────────────────────────────────────────


def get_worker(ex: Executor, namespace: str, worker_id: str) -> sqlite3.Row | None:
    """A registered worker of a namespace, or ``None``."""
    return fetch_one(
        ex, "SELECT * FROM workers WHERE namespace = ? AND worker_id = ?", (namespace, worker_id)
    )


def worker_registered_at(ex: Executor, namespace: str, worker_id: str) -> str | None:
    """When a worker's current registration was made (``None`` when it is not registered)."""
    row = fetch_one(
        ex,
        "SELECT registered_at FROM workers WHERE namespace = ? AND worker_id = ?",
        (namespace, worker_id),
    )
    return None if row is None else str(row["registered_at"])


def upsert_worker(
    ex: Executor,
    *,
    namespace: str,
    worker_id: str,
    task_queue: str,
    runtime: Any,
    sdk_version: Any,
    build_id: str | None,
    supported_workflow_types: str,
    workflow_definition_fingerprints: str,
    supported_activity_types: str,
    max_concurrent_workflow_tasks: Any,
    max_concurrent_activity_tasks: Any,
    status: str,
    extras: str,
    now: str,
) -> None:
    """Register a worker, or refresh its registration (``registered_at`` is kept on refresh).

    The JSON columns arrive already encoded; ``now`` is the heartbeat, registration and update
    time of a new row.
    """
    execute(
        ex,
        "INSERT INTO workers (namespace, worker_id, task_queue, runtime, sdk_version, build_id,"
        " supported_workflow_types, workflow_definition_fingerprints, supported_activity_types,"
        " max_concurrent_workflow_tasks, max_concurrent_activity_tasks, status, extras,"
        " last_heartbeat_at, registered_at, updated_at) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (namespace, worker_id) DO UPDATE SET task_queue = excluded.task_queue,"
        " runtime = excluded.runtime, sdk_version = excluded.sdk_version, build_id ="
        " excluded.build_id,"
        " supported_workflow_types = excluded.supported_workflow_types,"
        " workflow_definition_fingerprints = excluded.workflow_definition_fingerprints,"
        " supported_activity_types = excluded.supported_activity_types,"
        " max_concurrent_workflow_tasks = excluded.max_concurrent_workflow_tasks,"
        " max_concurrent_activity_tasks = excluded.max_concurrent_activity_tasks,"
        " status = excluded.status, extras = excluded.extras,"
        " last_heartbeat_at = excluded.last_heartbeat_at, updated_at = excluded.updated_at",
        (
            namespace,
            worker_id,
            task_queue,
            runtime,
            sdk_version,
            build_id,
            supported_workflow_types,
            workflow_definition_fingerprints,
            supported_activity_types,
            max_concurrent_workflow_tasks,
            max_concurrent_activity_tasks,
            status,
            extras,
            now,
            now,
            now,
        ),
    )


def record_worker_heartbeat(
    ex: Executor, namespace: str, worker_id: str, *, now: str, status: str, extras: str
) -> int:
    """Store a worker's heartbeat time, status and (JSON-encoded) extras."""
    return execute(
        ex,
        "UPDATE workers SET last_heartbeat_at = ?, updated_at = ?, status = ?, extras = ?"
        " WHERE namespace = ? AND worker_id = ?",
        (now, now, status, extras, namespace, worker_id),
    )


def delete_worker(ex: Executor, namespace: str, worker_id: str) -> int:
    """Remove a worker's registration; returns the number of rows removed."""
    return execute(
        ex, "DELETE FROM workers WHERE namespace = ? AND worker_id = ?", (namespace, worker_id)
    )


def queue_workers(ex: Executor, namespace: str, task_queue: str) -> list[sqlite3.Row]:
    """Every worker registered for a task queue (any status, stale ones included)."""
    return fetch_all(
        ex,
        "SELECT * FROM workers WHERE namespace = ? AND task_queue = ?",
        (namespace, task_queue),
    )


def queue_workers_by_heartbeat(ex: Executor, namespace: str, task_queue: str) -> list[sqlite3.Row]:
    """Every worker registered for a task queue, the latest heartbeat first."""
    return fetch_all(
        ex,
        "SELECT * FROM workers WHERE namespace = ? AND task_queue = ? ORDER BY last_heartbeat_at"
        " DESC",
        (namespace, task_queue),
    )


def active_non_php_queue_workers(
    ex: Executor, namespace: str, task_queue: str
) -> list[sqlite3.Row]:
    """Active workers of a task queue whose runtime is not PHP (they may answer queries)."""
    return fetch_all(
        ex,
        "SELECT * FROM workers WHERE namespace = ? AND task_queue = ? AND status = 'active'"
        " AND COALESCE(runtime, '') != 'php'",
        (namespace, task_queue),
    )


def list_workers(
    ex: Executor, namespace: str, *, task_queue: str | None = None, status: str | None = None
) -> list[sqlite3.Row]:
    """The workers of a namespace, optionally of one task queue and one stored status.

    Ordered by the latest heartbeat first, then by worker id.
    """
    sql = "SELECT * FROM workers WHERE namespace = ?"
    args: list[Any] = [namespace]
    if task_queue:
        sql += " AND task_queue = ?"
        args.append(task_queue)
    if status:
        sql += " AND status = ?"
        args.append(status)
    sql += " ORDER BY last_heartbeat_at DESC, worker_id"
    return fetch_all(ex, sql, args)


def worker_task_queue_names(ex: Executor, namespace: str) -> set[str]:
    """The task queues named by the workers of a namespace."""
    rows = fetch_all(
        ex, "SELECT DISTINCT task_queue FROM workers WHERE namespace = ?", (namespace,)
    )
    return {r["task_queue"] for r in rows}


def mark_queue_workers_draining(
    ex: Executor, namespace: str, task_queue: str, build_id: str
) -> int:
    """Mark every worker of a build id (``""`` = unversioned) on a task queue as draining."""
    return execute(
        ex,
        "UPDATE workers SET status = 'draining' WHERE namespace = ? AND task_queue ="
        " ? AND COALESCE(build_id, '') = ?",
        (namespace, task_queue, build_id),
    )


def reactivate_draining_queue_workers(
    ex: Executor, namespace: str, task_queue: str, build_id: str
) -> int:
    """Make the draining workers of a build id (``""`` = unversioned) on a task queue active."""
    return execute(
        ex,
        "UPDATE workers SET status = 'active' WHERE namespace = ? AND task_queue = ?"
        " AND COALESCE(build_id, '') = ?"
        " AND status = 'draining'",
        (namespace, task_queue, build_id),
    )


# ── worker sessions ─────────────────────────────────────────────────────────────────────────


def get_worker_session(ex: Executor, namespace: str, session_id: str) -> sqlite3.Row | None:
    """A worker session of a namespace, or ``None``."""
    return fetch_one(
        ex,
        "SELECT * FROM worker_sessions WHERE session_id = ? AND namespace = ?",
        (session_id, namespace),
    )


def open_worker_session(
    ex: Executor,
    *,
    session_id: str,
    namespace: str,
    worker_id: str,
    options: str,
    lease_expires_at: str,
    now: str,
) -> None:
    """Open a session for a worker, or reopen an existing one for it (``options`` is JSON)."""
    execute(
        ex,
        "INSERT INTO worker_sessions (session_id, namespace, worker_id, status, options,"
        " lease_expires_at, created_at) VALUES (?,?,?,'open',?,?,?) ON CONFLICT"
        " (session_id)"
        " DO UPDATE SET worker_id = excluded.worker_id, status = 'open',"
        " lease_expires_at = excluded.lease_expires_at, closed_at = NULL",
        (session_id, namespace, worker_id, options, lease_expires_at, now),
    )


def renew_worker_session(ex: Executor, session_id: str, lease_expires_at: str) -> int:
    """Move a session's lease expiry."""
    return execute(
        ex,
        "UPDATE worker_sessions SET lease_expires_at = ? WHERE session_id = ?",
        (lease_expires_at, session_id),
    )


def close_worker_session(ex: Executor, session_id: str, *, now: str, reason: str | None) -> int:
    """Close a session with its reason."""
    return execute(
        ex,
        "UPDATE worker_sessions SET status = 'closed', closed_at = ?, close_reason = ?"
        " WHERE session_id = ?",
        (now, reason, session_id),
    )


# ── build-id cohorts ────────────────────────────────────────────────────────────────────────


def get_build_id_cohort(
    ex: Executor, namespace: str, task_queue: str, build_id: str
) -> sqlite3.Row | None:
    """The rollout record of a build id (``""`` = unversioned) on a task queue, or ``None``."""
    return fetch_one(
        ex,
        "SELECT * FROM build_id_cohorts WHERE namespace = ? AND task_queue = ? AND build_id = ?",
        (namespace, task_queue, build_id),
    )


def latest_promoted_build_id_cohort(
    ex: Executor, namespace: str, task_queue: str
) -> sqlite3.Row | None:
    """The most recently promoted build-id record of a task queue, or ``None``."""
    return fetch_one(
        ex,
        "SELECT build_id FROM build_id_cohorts WHERE namespace = ? AND task_queue = ? AND"
        " promoted_at IS NOT NULL"
        " ORDER BY promoted_at DESC LIMIT 1",
        (namespace, task_queue),
    )


def list_build_id_cohorts(ex: Executor, namespace: str, task_queue: str) -> list[sqlite3.Row]:
    """Every build-id rollout record of a task queue."""
    return fetch_all(
        ex,
        "SELECT * FROM build_id_cohorts WHERE namespace = ? AND task_queue = ?",
        (namespace, task_queue),
    )


def ensure_build_id_cohort(ex: Executor, namespace: str, task_queue: str, build_id: str) -> None:
    """Create the rollout record of a build id on a task queue unless it exists."""
    execute(
        ex,
        "INSERT OR IGNORE INTO build_id_cohorts (namespace, task_queue, build_id) VALUES (?,?,?)",
        (namespace, task_queue, build_id),
    )


def mark_build_id_draining(
    ex: Executor, namespace: str, task_queue: str, build_id: str, now: str
) -> int:
    """Set a build id's drain intent to draining (a first drain records ``now``)."""
    return execute(
        ex,
        "UPDATE build_id_cohorts SET drain_intent = 'draining', drained_at ="
        " COALESCE(CASE WHEN drain_intent = 'draining' THEN drained_at END, ?)"
        " WHERE namespace = ? AND task_queue = ? AND build_id = ?",
        (now, namespace, task_queue, build_id),
    )


def mark_build_id_active(ex: Executor, namespace: str, task_queue: str, build_id: str) -> int:
    """Set a build id's drain intent back to active."""
    return execute(
        ex,
        "UPDATE build_id_cohorts SET drain_intent = 'active', drained_at = NULL"
        " WHERE namespace = ? AND task_queue = ? AND build_id = ?",
        (namespace, task_queue, build_id),
    )


def clear_promoted_build_ids(ex: Executor, namespace: str, task_queue: str) -> int:
    """Withdraw the promotion of every build id of a task queue."""
    return execute(
        ex,
        "UPDATE build_id_cohorts SET promoted_at = NULL WHERE namespace = ? AND task_queue = ?",
        (namespace, task_queue),
    )


def mark_build_id_promoted(
    ex: Executor, namespace: str, task_queue: str, build_id: str, now: str
) -> int:
    """Promote a build id (fresh starts go to it) and make it active again."""
    return execute(
        ex,
        "UPDATE build_id_cohorts SET promoted_at = ?, drain_intent = 'active',"
        " drained_at = NULL"
        " WHERE namespace = ? AND task_queue = ? AND build_id = ?",
        (now, namespace, task_queue, build_id),
    )
