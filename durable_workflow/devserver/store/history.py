"""Tables of history events."""

from __future__ import annotations

from .db import Executor, execute, fetch_one

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


def delete_run_history_events(ex: Executor, run_id: str) -> int:
    """Remove every history event of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM history_events WHERE run_id = ?", (run_id,))


def latest_event_id_of_type(ex: Executor, run_id: str, event_type: str) -> str | None:
    """The id of a run's last history event of ``event_type``, or ``None``."""
    row = fetch_one(
        ex,
        "SELECT id FROM history_events WHERE run_id = ? AND event_type = ?"
        " ORDER BY sequence DESC LIMIT 1",
        (run_id, event_type),
    )
    return None if row is None else str(row["id"])
