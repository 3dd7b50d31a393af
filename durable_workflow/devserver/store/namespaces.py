"""Tables of namespaces."""

from __future__ import annotations

import sqlite3
from typing import Any

from .db import Executor, execute, fetch_all, fetch_one

MIGRATIONS: list[tuple[str, str]] = [
    (
        "namespaces_001",
        """
        CREATE TABLE IF NOT EXISTS namespaces (
            name TEXT PRIMARY KEY,
            description TEXT,
            retention_days INTEGER NOT NULL DEFAULT 30,
            status TEXT NOT NULL DEFAULT 'active',
            external_payload_storage TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
    ),
]


def insert_namespace_if_missing(
    ex: Executor, name: str, description: str | None, retention_days: int, now: str
) -> int:
    """Create an active namespace unless one of that name exists; returns the rows created."""
    return execute(
        ex,
        "INSERT OR IGNORE INTO namespaces (name, description, retention_days, status,"
        " created_at, updated_at) VALUES (?, ?, ?, 'active', ?, ?)",
        (name, description, retention_days, now, now),
    )


def insert_namespace(
    ex: Executor, name: str, description: str | None, retention_days: int, now: str
) -> None:
    """Create an active namespace (the name must be free)."""
    execute(
        ex,
        "INSERT INTO namespaces (name, description, retention_days, status, created_at,"
        " updated_at) VALUES (?, ?, ?, 'active', ?, ?)",
        (name, description, retention_days, now, now),
    )


def namespace_row_exists(ex: Executor, name: str) -> bool:
    """Whether a namespace row of that (already normalised) name exists."""
    return fetch_one(ex, "SELECT 1 FROM namespaces WHERE name = ?", (name,)) is not None


def get_namespace_row(ex: Executor, name: str) -> sqlite3.Row | None:
    """A namespace row by its (already normalised) name, or ``None``."""
    return fetch_one(ex, "SELECT * FROM namespaces WHERE name = ?", (name,))


def namespace_names(ex: Executor) -> list[str]:
    """Every namespace name, oldest first (then by name)."""
    rows = fetch_all(ex, "SELECT name FROM namespaces ORDER BY created_at, name")
    return [row["name"] for row in rows]


def update_namespace_settings(
    ex: Executor,
    name: str,
    *,
    description: str | None,
    retention_days: int | None,
    now: str,
) -> int:
    """Set a namespace's description and retention (each only when given) and ``updated_at``."""
    sets: list[str] = []
    params: list[Any] = []
    if description is not None:
        sets.append("description = ?")
        params.append(description)
    if retention_days is not None:
        sets.append("retention_days = ?")
        params.append(retention_days)
    sets.append("updated_at = ?")
    params.append(now)
    return execute(ex, f"UPDATE namespaces SET {', '.join(sets)} WHERE name = ?", (*params, name))


def set_namespace_external_storage(ex: Executor, name: str, policy: str, now: str) -> int:
    """Store a namespace's (JSON-encoded) external payload storage policy."""
    return execute(
        ex,
        "UPDATE namespaces SET external_payload_storage = ?, updated_at = ? WHERE name = ?",
        (policy, now, name),
    )


def delete_namespace_row(ex: Executor, name: str) -> int:
    """Remove a namespace's own row (its data is removed separately)."""
    return execute(ex, "DELETE FROM namespaces WHERE name = ?", (name,))


# ── rows of a namespace across every table (used when a namespace is deleted) ─────────────


def table_names(ex: Executor) -> list[str]:
    """The names of the database's own tables (SQLite's internal ones left out)."""
    rows = fetch_all(
        ex, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return [row["name"] for row in rows]


def table_columns(ex: Executor, table: str) -> set[str]:
    """The column names of a table (``table`` must be a name from :func:`table_names`)."""
    return {row["name"] for row in fetch_all(ex, f"PRAGMA table_info({table})")}


def count_namespace_rows(ex: Executor, table: str, namespace: str, *, live_only: bool) -> int:
    """How many rows of ``table`` belong to a namespace (``live_only``: status not deleted)."""
    where = "namespace = ?" + (" AND status != 'deleted'" if live_only else "")
    row = fetch_one(ex, f"SELECT COUNT(*) FROM {table} WHERE {where}", (namespace,))
    assert row is not None  # COUNT(*) always answers one row
    return int(row[0])


def delete_run_rows_of_namespace(ex: Executor, table: str, namespace: str) -> int:
    """Remove the rows of a ``run_id``-keyed table that belong to a namespace's runs."""
    return execute(
        ex,
        f"DELETE FROM {table} WHERE run_id IN"
        " (SELECT run_id FROM workflow_runs WHERE namespace = ?)",
        (namespace,),
    )


def delete_namespace_rows(ex: Executor, table: str, namespace: str) -> int:
    """Remove every row of ``table`` (it has a ``namespace`` column) of a namespace."""
    return execute(ex, f"DELETE FROM {table} WHERE namespace = ?", (namespace,))
