"""Rows of ``workflow_signals``, ``workflow_updates`` and ``workflow_messages``."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_all, fetch_one


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


def get_update(ex: Executor, update_id: str) -> sqlite3.Row | None:
    """An update by id."""
    return fetch_one(ex, "SELECT * FROM workflow_updates WHERE update_id = ?", (update_id,))


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
