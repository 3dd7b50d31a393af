"""Durable timers: scheduling, cancellation and firing of due timers."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from .history import append_event, dumps, iso_after, loads, new_id, now_iso
from .tasks import OPEN_RUN_STATUSES, ensure_workflow_task

if TYPE_CHECKING:
    from ..server import DevServer


# ---------------------------------------------------------------------------------------- timers


def schedule_timer(
    server: DevServer,
    conn: sqlite3.Connection,
    run: sqlite3.Row,
    sequence: int | None,
    delay_seconds: int,
    *,
    task_id: str | None = None,
    kind: str | None = None,
    details: dict[str, Any] | None = None,
    extra_payload: dict[str, Any] | None = None,
) -> str:
    """Create a pending timer and record ``TimerScheduled``."""
    timer_id = new_id()
    fire_at = iso_after(server, delay_seconds)
    conn.execute(
        "INSERT INTO timers (timer_id, namespace, run_id, sequence, delay_seconds, fire_at, status,"
        " timer_kind, details, created_at) VALUES (?,?,?,?,?,?,'pending',?,?,?)",
        (
            timer_id,
            run["namespace"],
            run["run_id"],
            sequence,
            delay_seconds,
            fire_at,
            kind,
            dumps(details or {}),
            now_iso(server),
        ),
    )
    payload: dict[str, Any] = {
        "timer_id": timer_id,
        "sequence": sequence,
        "delay_seconds": delay_seconds,
        "fire_at": fire_at,
    }
    if kind:
        payload["timer_kind"] = kind
    payload.update(details or {})
    payload.update(extra_payload or {})
    append_event(server, conn, run["run_id"], "TimerScheduled", payload, task_id=task_id)
    server.notifier.notify("sweep")
    return timer_id


def _timer_payload(timer: sqlite3.Row) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "timer_id": timer["timer_id"],
        "sequence": timer["sequence"],
        "delay_seconds": timer["delay_seconds"],
        "fire_at": timer["fire_at"],
    }
    if timer["timer_kind"]:
        payload["timer_kind"] = timer["timer_kind"]
    payload.update(loads(timer["details"], {}) or {})
    return payload


def cancel_timer(
    server: DevServer, conn: sqlite3.Connection, timer: sqlite3.Row, task_id: str | None = None
) -> None:
    now = now_iso(server)
    conn.execute(
        "UPDATE timers SET status = 'cancelled' WHERE timer_id = ? AND status = 'pending'",
        (timer["timer_id"],),
    )
    payload = _timer_payload(timer)
    payload["cancelled_at"] = now
    append_event(server, conn, timer["run_id"], "TimerCancelled", payload, task_id=task_id)


def cancel_run_timers(server: DevServer, conn: sqlite3.Connection, run_id: str) -> None:
    for timer in conn.execute(
        "SELECT * FROM timers WHERE run_id = ? AND status = 'pending' ORDER BY created_at",
        (run_id,),
    ).fetchall():
        cancel_timer(server, conn, timer)


def next_timer_due(server: DevServer) -> str | None:
    row = server.db.query_one("SELECT MIN(fire_at) AS due FROM timers WHERE status = 'pending'")
    return row["due"] if row and row["due"] else None


def fire_due_timers(server: DevServer) -> int:
    """Fire every pending timer that is due: ``TimerFired`` plus a workflow task."""
    now = now_iso(server)
    due = server.db.query(
        "SELECT timer_id FROM timers WHERE status = 'pending' AND fire_at <= ? ORDER BY fire_at",
        (now,),
    )
    fired = 0
    for item in due:
        with server.db.transaction() as conn:
            timer = conn.execute(
                "SELECT * FROM timers WHERE timer_id = ? AND status = 'pending'",
                (item["timer_id"],),
            ).fetchone()
            if timer is None:
                continue
            run = conn.execute(
                "SELECT * FROM workflow_runs WHERE run_id = ?", (timer["run_id"],)
            ).fetchone()
            if run is None or run["status"] not in OPEN_RUN_STATUSES:
                conn.execute(
                    "UPDATE timers SET status = 'cancelled' WHERE timer_id = ?",
                    (timer["timer_id"],),
                )
                continue
            conn.execute(
                "UPDATE timers SET status = 'fired', fired_at = ? WHERE timer_id = ?",
                (now, timer["timer_id"]),
            )
            payload = _timer_payload(timer)
            payload["fired_at"] = now
            append_event(server, conn, run["run_id"], "TimerFired", payload)
            details = loads(timer["details"], {}) or {}
            kind = timer["timer_kind"]
            if kind == "condition_timeout":
                conn.execute(
                    "UPDATE condition_waits SET status = 'timed_out' WHERE wait_id = ?",
                    (details.get("condition_wait_id"),),
                )
                wait_kind, open_wait = "condition", details.get("condition_wait_id")
            elif kind == "signal_timeout":
                conn.execute(
                    "UPDATE condition_waits SET status = 'timed_out' WHERE wait_id = ?",
                    (details.get("signal_wait_id"),),
                )
                wait_kind, open_wait = "signal", details.get("signal_wait_id")
            else:
                wait_kind, open_wait = "timer", f"timer:{timer['timer_id']}"
            resume = {
                "workflow_wait_kind": wait_kind,
                "open_wait_id": open_wait,
                "resume_source_kind": "timer",
                "resume_source_id": timer["timer_id"],
                "timer_id": timer["timer_id"],
                "workflow_sequence": timer["sequence"],
                "workflow_event_type": "TimerFired",
                "condition_wait_id": details.get("condition_wait_id"),
                "condition_key": details.get("condition_key"),
                "condition_definition_fingerprint": details.get("condition_definition_fingerprint"),
                "signal_wait_id": details.get("signal_wait_id"),
                "signal_name": details.get("signal_name"),
            }
            ensure_workflow_task(server, conn, run, resume)
            fired += 1
    return fired
