"""Rows of ``workflow_signals``, ``workflow_updates`` and ``workflow_messages``."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_all, fetch_one


def get_workflow_message(
    ex: Executor, namespace: str, workflow_id: str, stream: str, message_id: str
) -> sqlite3.Row | None:
    """A message of a workflow's message stream by id."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_messages WHERE namespace = ? AND workflow_id = ?"
        " AND stream_name = ? AND message_id = ?",
        (namespace, workflow_id, stream, message_id),
    )


def count_workflow_messages(ex: Executor, namespace: str, workflow_id: str, stream: str) -> int:
    """How many messages a workflow's message stream holds."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) AS n FROM workflow_messages WHERE namespace = ? AND workflow_id"
        " = ?"
        " AND stream_name = ?",
        (namespace, workflow_id, stream),
    )
    assert row is not None  # an aggregate always answers one row
    return int(row["n"])


def insert_workflow_message(
    ex: Executor,
    namespace: str,
    workflow_id: str,
    stream: str,
    message_id: str,
    *,
    run_id: str,
    offset: int,
    input_json: str,
    received_at: str,
) -> None:
    """Add a message to a workflow's message stream (``input_json``: its input as JSON)."""
    execute(
        ex,
        "INSERT INTO workflow_messages (namespace, workflow_id, stream_name, message_id,"
        " run_id,"
        " message_offset, input, received_at) VALUES (?,?,?,?,?,?,?,?)",
        (namespace, workflow_id, stream, message_id, run_id, offset, input_json, received_at),
    )


def get_update(ex: Executor, update_id: str) -> sqlite3.Row | None:
    """A workflow update by id."""
    return fetch_one(ex, "SELECT * FROM workflow_updates WHERE update_id = ?", (update_id,))


def mark_update_completed(
    ex: Executor, update_id: str, *, result: str, sequence: int, now: str
) -> None:
    """Close an update as ``completed`` with its result (JSON text), applied and closed ``now``."""
    execute(
        ex,
        "UPDATE workflow_updates SET status = 'completed', result = ?, sequence = ?,"
        " applied_at = ?, closed_at = ?"
        " WHERE update_id = ?",
        (result, sequence, now, now, update_id),
    )


def mark_update_failed(
    ex: Executor, update_id: str, *, failure: str, sequence: int, now: str
) -> None:
    """Close an update as ``failed`` with its failure (JSON text)."""
    execute(
        ex,
        "UPDATE workflow_updates SET status = 'failed', failure = ?, sequence = ?,"
        " closed_at = ? WHERE update_id = ?",
        (failure, sequence, now, update_id),
    )


def signals_bound_to_open_waits(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """Signals of a run whose ``SignalReceived`` names a still open signal wait, oldest first.

    Each row is the signal with the wait's ``wait_id``, ``wait_sequence`` and ``timer_id``.
    """
    return fetch_all(
        ex,
        "SELECT s.*, w.wait_id, w.sequence AS wait_sequence, w.timer_id FROM workflow_signals s"
        " JOIN history_events e ON e.run_id = s.run_id AND e.event_type = 'SignalReceived'"
        " AND json_extract(e.payload, '$.signal_id') = s.signal_id"
        " JOIN condition_waits w ON w.wait_id = json_extract(e.payload, '$.signal_wait_id')"
        " WHERE s.run_id = ? AND w.status = 'open' ORDER BY s.received_at",
        (run_id,),
    )


def oldest_accepted_update(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """``update_id`` and ``command_id`` of the run's oldest ``accepted`` update."""
    return fetch_one(
        ex,
        "SELECT update_id, command_id FROM workflow_updates WHERE run_id = ? AND status ="
        " 'accepted'"
        " ORDER BY accepted_at LIMIT 1",
        (run_id,),
    )


def get_update_status(ex: Executor, update_id: str, run_id: str) -> sqlite3.Row | None:
    """The ``status`` of an update of a run (``None`` when the run has no such update)."""
    return fetch_one(
        ex,
        "SELECT status FROM workflow_updates WHERE update_id = ? AND run_id = ?",
        (update_id, run_id),
    )


def get_signal_by_request_id(
    ex: Executor, namespace: str, workflow_id: str, request_id: str
) -> sqlite3.Row | None:
    """The signal a workflow received with ``request_id``, if any."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_signals WHERE namespace = ? AND workflow_id = ? AND request_id = ?",
        (namespace, workflow_id, request_id),
    )


def insert_signal(
    ex: Executor,
    signal_id: str,
    *,
    namespace: str,
    run_id: str,
    workflow_id: str,
    signal_name: str,
    arguments: str,
    command_id: str,
    request_id: str | None,
    received_at: str,
) -> None:
    """Record a signal a run received (``arguments`` is JSON text)."""
    execute(
        ex,
        "INSERT INTO workflow_signals (signal_id, namespace, run_id, workflow_id,"
        " signal_name,"
        " arguments, command_id, request_id, received_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            signal_id,
            namespace,
            run_id,
            workflow_id,
            signal_name,
            arguments,
            command_id,
            request_id,
            received_at,
        ),
    )


def fail_accepted_updates(ex: Executor, run_id: str, closed_at: str, failure: str) -> None:
    """Close the run's still ``accepted`` updates as ``failed`` with ``failure`` (JSON)."""
    execute(
        ex,
        "UPDATE workflow_updates SET status = 'failed', closed_at = ?, failure = ?"
        " WHERE run_id = ? AND status = 'accepted'",
        (closed_at, failure, run_id),
    )


def list_run_signal_summaries(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The run's signals (ids, name, command, request, time), in arrival order."""
    return fetch_all(
        ex,
        "SELECT signal_id, signal_name, command_id, request_id, received_at FROM"
        " workflow_signals"
        " WHERE run_id = ? ORDER BY received_at",
        (run_id,),
    )


def list_run_update_summaries(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The run's updates (ids, name, status, command, sequence, times), in acceptance order."""
    return fetch_all(
        ex,
        "SELECT update_id, update_name, status, command_id, sequence, accepted_at, applied_at,"
        " closed_at FROM workflow_updates WHERE run_id = ? ORDER BY accepted_at",
        (run_id,),
    )


def find_update_by_request_id(
    ex: Executor, namespace: str, workflow_id: str, request_id: str
) -> sqlite3.Row | None:
    """The instance's update sent with ``request_id``, if any."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_updates WHERE namespace = ? AND workflow_id = ? AND request_id = ?",
        (namespace, workflow_id, request_id),
    )


def insert_accepted_update(
    ex: Executor,
    *,
    update_id: str,
    namespace: str,
    run_id: str,
    workflow_id: str,
    update_name: str,
    arguments: str,
    command_id: str,
    request_id: str | None,
    accepted_at: str,
) -> None:
    """Insert an ``accepted`` update (``arguments`` already JSON)."""
    execute(
        ex,
        "INSERT INTO workflow_updates (update_id, namespace, run_id, workflow_id,"
        " update_name,"
        " arguments, status, command_id, request_id, accepted_at) VALUES"
        " (?,?,?,?,?,?,'accepted',?,?,?)",
        (
            update_id,
            namespace,
            run_id,
            workflow_id,
            update_name,
            arguments,
            command_id,
            request_id,
            accepted_at,
        ),
    )


def delete_run_signals(ex: Executor, run_id: str) -> int:
    """Remove every signal of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM workflow_signals WHERE run_id = ?", (run_id,))


def delete_run_updates(ex: Executor, run_id: str) -> int:
    """Remove every update of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM workflow_updates WHERE run_id = ?", (run_id,))
