"""Durable timers: scheduling, cancellation and firing of due timers."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from ..store import runs as runs_store
from ..store import timers as timers_store
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
    timers_store.insert_timer(
        conn,
        timer_id=timer_id,
        namespace=run["namespace"],
        run_id=run["run_id"],
        sequence=sequence,
        delay_seconds=delay_seconds,
        fire_at=fire_at,
        timer_kind=kind,
        details=dumps(details or {}),
        created_at=now_iso(server),
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
    timers_store.cancel_pending_timer(conn, timer["timer_id"])
    payload = _timer_payload(timer)
    payload["cancelled_at"] = now
    append_event(server, conn, timer["run_id"], "TimerCancelled", payload, task_id=task_id)


def cancel_run_timers(server: DevServer, conn: sqlite3.Connection, run_id: str) -> None:
    for timer in timers_store.list_pending_run_timers(conn, run_id):
        cancel_timer(server, conn, timer)


def next_timer_due(server: DevServer) -> str | None:
    return timers_store.next_pending_fire_at(server.db)


def fire_due_timers(server: DevServer, limit: int = -1) -> int:
    """Fire the pending timers that are due, earliest first, at most ``limit`` (``-1``: every
    one): ``TimerFired`` plus a workflow task each."""
    now = now_iso(server)
    due = timers_store.list_due_timer_ids(server.db, now, limit)
    fired = 0
    for item in due:
        with server.db.transaction() as conn:
            timer = timers_store.get_pending_timer(conn, item["timer_id"])
            if timer is None:
                continue
            run = runs_store.get_run(conn, timer["run_id"])
            if run is None or run["status"] not in OPEN_RUN_STATUSES:
                timers_store.mark_timer_cancelled(conn, timer["timer_id"])
                continue
            timers_store.mark_timer_fired(conn, timer["timer_id"], now)
            payload = _timer_payload(timer)
            payload["fired_at"] = now
            append_event(server, conn, run["run_id"], "TimerFired", payload)
            details = loads(timer["details"], {}) or {}
            kind = timer["timer_kind"]
            if kind == "condition_timeout":
                timers_store.time_out_condition_wait(conn, details.get("condition_wait_id"))
                wait_kind, open_wait = "condition", details.get("condition_wait_id")
            elif kind == "signal_timeout":
                timers_store.time_out_condition_wait(conn, details.get("signal_wait_id"))
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
