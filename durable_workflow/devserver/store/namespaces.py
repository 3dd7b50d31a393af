"""Tables of namespaces."""

from __future__ import annotations

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
