"""Tables of search attribute definitions."""

from __future__ import annotations

import sqlite3

from .db import Executor, fetch_all

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
