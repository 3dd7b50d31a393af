"""Rows of ``run_streams`` and ``run_stream_items``."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_all, fetch_one


def get_run_stream(ex: Executor, run_id: str, stream: str) -> sqlite3.Row | None:
    """A stream of a run by name."""
    return fetch_one(
        ex, "SELECT * FROM run_streams WHERE run_id = ? AND stream_name = ?", (run_id, stream)
    )


def insert_run_stream(
    ex: Executor, run_id: str, stream: str, workflow_id: str, namespace: str, now: str
) -> None:
    """Open a new stream on a run."""
    execute(
        ex,
        "INSERT INTO run_streams (run_id, stream_name, workflow_id, namespace, status,"
        " opened_at)"
        " VALUES (?,?,?,?,'open',?)",
        (run_id, stream, workflow_id, namespace, now),
    )


def list_run_streams(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The streams of a run, in the order they opened."""
    return fetch_all(ex, "SELECT * FROM run_streams WHERE run_id = ? ORDER BY opened_at", (run_id,))


def stream_item_counts(ex: Executor, run_id: str, stream: str) -> sqlite3.Row:
    """How many items a stream holds (``n``) and its highest offset (``m``, ``None`` if empty)."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) AS n, MAX(item_offset) AS m FROM run_stream_items WHERE run_id = ?"
        " AND stream_name = ?",
        (run_id, stream),
    )
    assert row is not None  # an aggregate always answers one row
    return row


def find_stream_item_by_key(
    ex: Executor, run_id: str, stream: str, idempotency_key: str
) -> sqlite3.Row | None:
    """The ``item_offset`` of the stream item appended with ``idempotency_key``, if any."""
    return fetch_one(
        ex,
        "SELECT item_offset FROM run_stream_items WHERE run_id = ? AND"
        " stream_name = ?"
        " AND idempotency_key = ?",
        (run_id, stream, idempotency_key),
    )


def next_stream_item_offset(ex: Executor, run_id: str, stream: str) -> int:
    """The offset the next item of a stream gets (0 for an empty stream)."""
    row = fetch_one(
        ex,
        "SELECT COALESCE(MAX(item_offset) + 1, 0) AS n FROM run_stream_items WHERE"
        " run_id = ?"
        " AND stream_name = ?",
        (run_id, stream),
    )
    assert row is not None  # an aggregate always answers one row
    return int(row["n"])


def insert_stream_item(
    ex: Executor,
    run_id: str,
    stream: str,
    offset: int,
    *,
    payload: str | None,
    payload_codec: str | None,
    payload_reference: str | None,
    idempotency_key: str | None,
    item_type: str | None,
    content_type: str | None,
    origin: str,
    emitted_at: str,
) -> None:
    """Append an item to a stream (``payload`` and ``payload_reference`` are JSON text)."""
    execute(
        ex,
        "INSERT INTO run_stream_items (run_id, stream_name, item_offset, payload,"
        " payload_codec,"
        " payload_reference, idempotency_key, item_type, content_type, origin,"
        " emitted_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            run_id,
            stream,
            offset,
            payload,
            payload_codec,
            payload_reference,
            idempotency_key,
            item_type,
            content_type,
            origin,
            emitted_at,
        ),
    )


def set_stream_last_appended(ex: Executor, run_id: str, stream: str, now: str) -> None:
    """Note when a stream last received items."""
    execute(
        ex,
        "UPDATE run_streams SET last_appended_at = ? WHERE run_id = ? AND stream_name = ?",
        (now, run_id, stream),
    )


def stream_items_from(
    ex: Executor, run_id: str, stream: str, start: int, limit: int
) -> list[sqlite3.Row]:
    """Up to ``limit`` items of a stream from offset ``start`` on, in offset order."""
    return fetch_all(
        ex,
        "SELECT * FROM run_stream_items WHERE run_id = ? AND stream_name = ?"
        " AND item_offset >= ? ORDER BY item_offset LIMIT ?",
        (run_id, stream, start, limit),
    )


def close_run_stream(
    ex: Executor,
    run_id: str,
    stream: str,
    *,
    status: str,
    error_reason: str | None,
    retention_seconds: int | None,
    now: str,
) -> None:
    """Close a stream with ``status`` (``closed`` or ``errored``)."""
    execute(
        ex,
        "UPDATE run_streams SET status = ?, error_reason = ?, retention_seconds = ?,"
        " closed_at = ?"
        " WHERE run_id = ? AND stream_name = ?",
        (status, error_reason, retention_seconds, now, run_id, stream),
    )
