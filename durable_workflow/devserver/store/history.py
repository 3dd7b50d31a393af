"""Tables of history events."""

from __future__ import annotations

import sqlite3

from .db import Executor, fetch_all, fetch_one

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


def events_after_from_other_tasks(
    ex: Executor, run_id: str, after: int, task_id: str
) -> list[sqlite3.Row]:
    """``event_type`` and ``payload`` of run events after ``after`` not recorded by ``task_id``."""
    return fetch_all(
        ex,
        "SELECT event_type, payload FROM history_events WHERE run_id = ? AND sequence > ?"
        " AND (workflow_task_id IS NULL OR workflow_task_id != ?)",
        (run_id, after, task_id),
    )


def last_sequence_of_task(ex: Executor, task_id: str) -> int | None:
    """The highest event sequence recorded by a workflow task (``None`` when it recorded none)."""
    row = fetch_one(
        ex,
        "SELECT MAX(sequence) AS s FROM history_events WHERE workflow_task_id = ?",
        (task_id,),
    )
    assert row is not None  # an aggregate always answers one row
    value: int | None = row["s"]
    return value


def event_types_after(ex: Executor, run_id: str, after: int) -> list[sqlite3.Row]:
    """``event_type`` of a run's events after sequence ``after``."""
    return fetch_all(
        ex,
        "SELECT event_type FROM history_events WHERE run_id = ? AND sequence > ?",
        (run_id, after),
    )
