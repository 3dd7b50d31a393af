"""Tables of workers."""

from __future__ import annotations

import sqlite3

from .db import Executor, fetch_one

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
