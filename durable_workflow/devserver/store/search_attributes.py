"""Tables of search attribute definitions."""

from __future__ import annotations

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
