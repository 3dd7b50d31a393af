"""Tables of search attribute definitions."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_all, fetch_one

MIGRATIONS: list[tuple[str, str]] = [
    (
        "search_attributes_001",
        """
        CREATE TABLE IF NOT EXISTS search_attribute_definitions (
            namespace TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (namespace, name)
        )
        """,
    ),
]


def list_attribute_definitions(ex: Executor, namespace: str) -> list[sqlite3.Row]:
    """The namespace's custom attributes (``name``, ``type``), sorted by name."""
    return fetch_all(
        ex,
        "SELECT name, type FROM search_attribute_definitions WHERE namespace = ? ORDER BY name",
        (namespace,),
    )


def get_attribute_definition(ex: Executor, namespace: str, name: str) -> sqlite3.Row | None:
    """The ``type`` row of a namespace's custom attribute, or ``None``."""
    return fetch_one(
        ex,
        "SELECT type FROM search_attribute_definitions WHERE namespace = ? AND name = ?",
        (namespace, name),
    )


def count_attribute_definitions(ex: Executor, namespace: str) -> int:
    """How many custom attributes a namespace defines."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) FROM search_attribute_definitions WHERE namespace = ?",
        (namespace,),
    )
    assert row is not None  # COUNT(*) always answers one row
    return int(row[0])


def insert_attribute_definition(
    ex: Executor, namespace: str, name: str, kind: str, now: str
) -> None:
    """Define a custom attribute of a namespace (the name must be free)."""
    execute(
        ex,
        "INSERT INTO search_attribute_definitions (namespace, name, type, created_at)"
        " VALUES (?, ?, ?, ?)",
        (namespace, name, kind, now),
    )


def delete_attribute_definition(ex: Executor, namespace: str, name: str) -> int:
    """Remove a custom attribute of a namespace; returns the number of rows removed."""
    return execute(
        ex,
        "DELETE FROM search_attribute_definitions WHERE namespace = ? AND name = ?",
        (namespace, name),
    )
