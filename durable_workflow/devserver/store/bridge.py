"""Tables of the webhook bridge adapter."""

from __future__ import annotations

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
