"""Tables of the webhook bridge adapter."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_one

MIGRATIONS: list[tuple[str, str]] = [
    (
        "bridge_001",
        """
        CREATE TABLE IF NOT EXISTS bridge_commands (
            namespace TEXT NOT NULL,
            adapter TEXT NOT NULL,
            action TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            target_name TEXT NOT NULL,
            run_id TEXT,
            control_plane_outcome TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (namespace, adapter, action, idempotency_key, workflow_id, target_name)
        )
        """,
    ),
]


def get_bridge_command(
    ex: Executor,
    namespace: str,
    adapter: str,
    action: str,
    idempotency_key: str,
    workflow_id: str,
    target_name: str,
) -> sqlite3.Row | None:
    """The recorded bridge command with this identity (its ``run_id``), or ``None``."""
    return fetch_one(
        ex,
        "SELECT run_id FROM bridge_commands WHERE namespace = ? AND adapter = ? AND action = ?"
        " AND idempotency_key = ? AND workflow_id = ? AND target_name = ?",
        (namespace, adapter, action, idempotency_key, workflow_id, target_name),
    )


def insert_bridge_command(
    ex: Executor,
    namespace: str,
    adapter: str,
    action: str,
    idempotency_key: str,
    workflow_id: str,
    target_name: str,
    run_id: str | None,
    control_plane_outcome: str | None,
    created_at: str,
) -> None:
    """Record an accepted bridge command (a command already recorded stays as it is)."""
    execute(
        ex,
        "INSERT OR IGNORE INTO bridge_commands (namespace, adapter, action,"
        " idempotency_key, workflow_id, target_name, run_id, control_plane_outcome,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            namespace,
            adapter,
            action,
            idempotency_key,
            workflow_id,
            target_name,
            run_id,
            control_plane_outcome,
            created_at,
        ),
    )
