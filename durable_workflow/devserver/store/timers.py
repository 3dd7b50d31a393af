"""Rows of ``timers`` and ``condition_waits``."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_all, fetch_one


def insert_condition_wait(
    ex: Executor,
    wait_id: str,
    run_id: str,
    *,
    sequence: int,
    condition_key: str | None,
    fingerprint: str | None,
    timeout_seconds: int | None,
    timer_id: str | None,
    opened_at: str,
) -> None:
    """Open a condition wait (a signal wait is one whose fingerprint marks it so)."""
    execute(
        ex,
        "INSERT INTO condition_waits (wait_id, run_id, sequence, condition_key, fingerprint,"
        " timeout_seconds, timer_id, status, opened_at) VALUES (?,?,?,?,?,?,?,'open',?)",
        (
            wait_id,
            run_id,
            sequence,
            condition_key,
            fingerprint,
            timeout_seconds,
            timer_id,
            opened_at,
        ),
    )


def mark_condition_wait_satisfied(ex: Executor, wait_id: str) -> None:
    """Mark one condition wait ``satisfied``."""
    execute(ex, "UPDATE condition_waits SET status = 'satisfied' WHERE wait_id = ?", (wait_id,))


def get_pending_timer(ex: Executor, timer_id: str) -> sqlite3.Row | None:
    """A timer by id while it is still ``pending``."""
    return fetch_one(
        ex, "SELECT * FROM timers WHERE timer_id = ? AND status = 'pending'", (timer_id,)
    )


def latest_open_condition_wait(
    ex: Executor, run_id: str, except_fingerprint: str
) -> sqlite3.Row | None:
    """The newest open wait of a run whose fingerprint is not ``except_fingerprint``."""
    return fetch_one(
        ex,
        "SELECT * FROM condition_waits WHERE run_id = ? AND status = 'open'"
        " AND COALESCE(fingerprint, '') != ? ORDER BY opened_at DESC LIMIT 1",
        (run_id, except_fingerprint),
    )


def satisfy_open_condition_waits(ex: Executor, run_id: str, except_fingerprint: str) -> None:
    """Mark ``satisfied`` the open waits of a run not fingerprinted ``except_fingerprint``."""
    execute(
        ex,
        "UPDATE condition_waits SET status = 'satisfied' WHERE run_id = ? AND status = 'open'"
        " AND COALESCE(fingerprint, '') != ?",
        (run_id, except_fingerprint),
    )


def pending_condition_timeout_timers(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The pending ``condition_timeout`` timers of a run."""
    return fetch_all(
        ex,
        "SELECT * FROM timers WHERE run_id = ? AND status = 'pending' AND timer_kind ="
        " 'condition_timeout'",
        (run_id,),
    )


def run_has_open_condition_wait(ex: Executor, run_id: str) -> bool:
    """Whether a run has an open condition (or signal) wait."""
    return (
        fetch_one(
            ex, "SELECT 1 FROM condition_waits WHERE run_id = ? AND status = 'open'", (run_id,)
        )
        is not None
    )


def oldest_open_signal_wait(ex: Executor, run_id: str, signal_name: str) -> sqlite3.Row | None:
    """The oldest open signal wait of a run for ``signal_name``."""
    return fetch_one(
        ex,
        "SELECT * FROM condition_waits WHERE run_id = ? AND status = 'open'"
        " AND condition_key = ? AND fingerprint = 'signal_wait' ORDER BY opened_at LIMIT 1",
        (run_id, signal_name),
    )


def insert_timer(
    ex: Executor,
    *,
    timer_id: str,
    namespace: str,
    run_id: str,
    sequence: int | None,
    delay_seconds: int,
    fire_at: str,
    timer_kind: str | None,
    details: str,
    created_at: str,
) -> None:
    """Insert a ``pending`` timer (``details`` already JSON)."""
    execute(
        ex,
        "INSERT INTO timers (timer_id, namespace, run_id, sequence, delay_seconds, fire_at, status,"
        " timer_kind, details, created_at) VALUES (?,?,?,?,?,?,'pending',?,?,?)",
        (
            timer_id,
            namespace,
            run_id,
            sequence,
            delay_seconds,
            fire_at,
            timer_kind,
            details,
            created_at,
        ),
    )


def cancel_pending_timer(ex: Executor, timer_id: str) -> None:
    """Mark a timer ``cancelled`` if it is still ``pending``."""
    execute(
        ex,
        "UPDATE timers SET status = 'cancelled' WHERE timer_id = ? AND status = 'pending'",
        (timer_id,),
    )


def list_pending_run_timers(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The run's ``pending`` timers, oldest first."""
    return fetch_all(
        ex,
        "SELECT * FROM timers WHERE run_id = ? AND status = 'pending' ORDER BY created_at",
        (run_id,),
    )


def next_pending_fire_at(ex: Executor) -> str | None:
    """The earliest fire time of any ``pending`` timer."""
    row = fetch_one(ex, "SELECT MIN(fire_at) AS due FROM timers WHERE status = 'pending'")
    return row["due"] if row and row["due"] else None


def list_due_timer_ids(ex: Executor, now: str, limit: int = -1) -> list[sqlite3.Row]:
    """``timer_id`` of the ``pending`` timers due at ``now``, earliest first, at most ``limit``
    (``-1``: every one)."""
    return fetch_all(
        ex,
        "SELECT timer_id FROM timers WHERE status = 'pending' AND fire_at <= ? ORDER BY fire_at"
        " LIMIT ?",
        (now, limit),
    )


def mark_timer_cancelled(ex: Executor, timer_id: str) -> None:
    """Mark a timer ``cancelled`` whatever its status."""
    execute(ex, "UPDATE timers SET status = 'cancelled' WHERE timer_id = ?", (timer_id,))


def mark_timer_fired(ex: Executor, timer_id: str, fired_at: str) -> None:
    """Mark a timer ``fired`` at ``fired_at``."""
    execute(
        ex,
        "UPDATE timers SET status = 'fired', fired_at = ? WHERE timer_id = ?",
        (fired_at, timer_id),
    )


def time_out_condition_wait(ex: Executor, wait_id: str | None) -> None:
    """Mark a condition (or signal) wait ``timed_out``."""
    execute(ex, "UPDATE condition_waits SET status = 'timed_out' WHERE wait_id = ?", (wait_id,))


def run_has_pending_timer(ex: Executor, run_id: str) -> bool:
    """Whether the run has a timer still ``pending``."""
    row = fetch_one(ex, "SELECT 1 FROM timers WHERE run_id = ? AND status = 'pending'", (run_id,))
    return row is not None


def list_run_timer_summaries(ex: Executor, run_id: str) -> list[sqlite3.Row]:
    """The run's timers (sequence, delay, fire time, status, kind), oldest first."""
    return fetch_all(
        ex,
        "SELECT timer_id, sequence, delay_seconds, fire_at, status, timer_kind, fired_at"
        " FROM timers WHERE run_id = ? ORDER BY created_at",
        (run_id,),
    )


def delete_run_timers(ex: Executor, run_id: str) -> int:
    """Remove every timer of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM timers WHERE run_id = ?", (run_id,))


def delete_run_condition_waits(ex: Executor, run_id: str) -> int:
    """Remove every condition wait of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM condition_waits WHERE run_id = ?", (run_id,))
