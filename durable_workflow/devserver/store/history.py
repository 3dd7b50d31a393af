"""Tables of history events."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "history_001",
        """
        CREATE TABLE IF NOT EXISTS history_events (
            id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            event_type TEXT NOT NULL,
            payload TEXT NOT NULL,
            workflow_task_id TEXT,
            workflow_command_id TEXT,
            recorded_at TEXT NOT NULL,
            UNIQUE (run_id, sequence)
        );
        CREATE INDEX IF NOT EXISTS history_events_run ON history_events (run_id, sequence)
        """,
    )
]
