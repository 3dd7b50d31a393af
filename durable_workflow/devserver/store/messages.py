"""Rows of ``workflow_signals``, ``workflow_updates`` and ``workflow_messages``."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_one


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
