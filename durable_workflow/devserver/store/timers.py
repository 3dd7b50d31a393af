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
