"""Tables of history events."""

from __future__ import annotations

import sqlite3
from typing import Any

from .db import Executor, execute, fetch_all, fetch_one

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
MIGRATIONS.append(
    (
        "history_002_task_sequence",
        # the events a workflow task recorded (the repair scan asks for the last one per run)
        """
        CREATE INDEX IF NOT EXISTS history_events_task
            ON history_events (workflow_task_id, sequence)
        """,
    )
)


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


def insert_event(
    ex: Executor,
    *,
    event_id: str,
    namespace: str,
    run_id: str,
    sequence: int,
    event_type: str,
    payload: str,
    task_id: str | None,
    command_id: str | None,
    recorded_at: str,
) -> None:
    """Insert one history event (``payload`` already JSON)."""
    execute(
        ex,
        "INSERT INTO history_events (id, namespace, run_id, sequence, event_type, payload,"
        " workflow_task_id, workflow_command_id, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            event_id,
            namespace,
            run_id,
            sequence,
            event_type,
            payload,
            task_id,
            command_id,
            recorded_at,
        ),
    )


def list_events_after(
    ex: Executor, run_id: str, after: int, limit: int | None = None
) -> list[sqlite3.Row]:
    """The run's events past sequence ``after``, in order (at most ``limit`` when given)."""
    sql = "SELECT * FROM history_events WHERE run_id = ? AND sequence > ? ORDER BY sequence"
    params: list[Any] = [run_id, after]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return fetch_all(ex, sql, params)


def list_run_events(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """Every event of a run, in order."""
    return fetch_all(
        ex, "SELECT * FROM history_events WHERE run_id = ? ORDER BY sequence", (run_id,)
    )


def count_run_events_by_type(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """``event_type`` and its count ``n`` for each event type in the run's history."""
    return fetch_all(
        ex,
        "SELECT event_type, COUNT(*) AS n FROM history_events WHERE run_id = ? GROUP BY event_type",
        (run_id,),
    )


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
