"""Activity heartbeats, timeouts (schedule-to-start, start-to-close, heartbeat), lease recovery."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from ..store import activities as store
from ..store.runs import get_run
from .activities import (
    TIMEOUT_EXCEPTION,
    _can_retry,
    _guard,
    _resume_after_activity,
    _schedule_retry,
)
from .activity_records import (
    _attempt_row,
    _attempt_snapshot,
    _base_payload,
    _exec_snapshot,
    _execution_row,
    act_key,
)
from .history import append_event, dumps, iso_after, loads, new_id, now_iso
from .tasks import OPEN_RUN_STATUSES

if TYPE_CHECKING:
    from ..server import DevServer


def heartbeat_activity(
    server: DevServer, namespace: str, task_id: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    attempt_id, owner = body["activity_attempt_id"], body["lease_owner"]
    now = now_iso(server)
    with server.db.transaction() as conn:
        task, attempt = _guard(conn, namespace, task_id, attempt_id, owner)
        ex = store.get_activity_execution(conn, attempt["execution_id"])
        run = get_run(conn, task["run_id"])
        out: dict[str, Any] = {
            "task_id": task_id,
            "activity_attempt_id": attempt_id,
            "lease_owner": owner,
            "cancel_requested": False,
            "can_continue": True,
            "reason": None,
            "run_closed_reason": None,
            "run_closed_at": None,
            "heartbeat_recorded": False,
            "lease_expires_at": None,
            "last_heartbeat_at": attempt["last_heartbeat_at"],
        }
        reason: str | None = None
        cancel = False
        if run is None:
            reason = "workflow_run_missing"
        elif run["status"] == "cancelled":
            reason, cancel = "run_cancelled", True
        elif run["status"] == "terminated":
            reason, cancel = "run_terminated", True
        elif ex is None:
            reason = "activity_execution_missing"
        elif ex["status"] == "cancelled":
            reason, cancel = "activity_cancelled", True
        elif task["status"] == "cancelled":
            reason, cancel = "task_cancelled", True
        elif attempt["status"] != "running":
            reason = "attempt_closed"
        elif run["status"] not in OPEN_RUN_STATUSES:
            reason = "run_closed"
        elif ex["status"] != "running":
            reason = "activity_not_running"
        elif ex["current_attempt_id"] != attempt_id:
            reason = "stale_attempt"
        elif task["status"] != "leased":
            reason = "task_not_leased"
        if run is not None and run["status"] not in OPEN_RUN_STATUSES:
            out["run_closed_reason"] = run["closed_reason"]
            out["run_closed_at"] = run["closed_at"]
        if reason is not None or run is None or ex is None:
            out.update(reason=reason, can_continue=False, cancel_requested=cancel)
            if cancel and attempt["status"] == "running":
                store.close_attempt(conn, attempt_id, "cancelled", now)
                store.mark_activity_task_cancelled(conn, task_id)
            return 200, out
        expires = iso_after(server, server.config.activity_task_lease_seconds)
        snapshot = loads(ex["retry_policy"]) or {}
        hb = snapshot.get("heartbeat_timeout")
        store.record_attempt_heartbeat(conn, attempt_id, now, expires)
        store.extend_task_lease(conn, task_id, expires)
        store.record_execution_heartbeat(conn, ex["id"], now, iso_after(server, hb) if hb else None)
        progress = {
            k: body[k] for k in ("message", "current", "total", "unit", "details") if k in body
        }
        ex = _execution_row(conn, ex["id"])
        attempt = _attempt_row(conn, attempt_id)
        payload = _base_payload(ex, attempt)
        payload.update(heartbeat_at=now, lease_expires_at=expires, progress=progress)
        payload["activity"] = _exec_snapshot(ex)
        payload["activity_attempt"] = _attempt_snapshot(attempt)
        append_event(server, conn, run["run_id"], "ActivityHeartbeatRecorded", payload)
        out.update(heartbeat_recorded=True, lease_expires_at=expires, last_heartbeat_at=now)
    server.notifier.notify("sweep")
    return 200, out


# ---------------------------------------------------------------------- cancellation & timeouts


def expired_executions(server: DevServer, limit: int = 100) -> list[tuple[str, str]]:
    """Executions whose timeout deadline has passed: ``(execution id, timeout kind)``."""
    now = now_iso(server)
    rows = store.executions_past_deadline(server.db, now, limit)
    return [(r["id"], _timeout_kind(r, now) or "") for r in rows]


def _timeout_kind(ex: sqlite3.Row, now: str) -> str | None:
    def passed(value: str | None) -> bool:
        return value is not None and value <= now

    if passed(ex["schedule_to_close_deadline_at"]):
        return "schedule_to_close"
    if ex["status"] == "pending" and passed(ex["schedule_deadline_at"]):
        return "schedule_to_start"
    if ex["status"] == "running" and passed(ex["heartbeat_deadline_at"]):
        return "heartbeat"
    if ex["status"] == "running" and passed(ex["close_deadline_at"]):
        return "start_to_close"
    return None


_KIND_TEXT = {
    "schedule_to_close": ("schedule-to-close", "schedule_to_close_deadline_at"),
    "schedule_to_start": ("schedule-to-start", "schedule_deadline_at"),
    "heartbeat": ("heartbeat", "heartbeat_deadline_at"),
    "start_to_close": ("start-to-close", "close_deadline_at"),
}


def enforce_timeout(server: DevServer, execution_id: str) -> dict[str, Any]:
    """Apply the timeout of one execution; returns the activity-timeouts pass result item."""
    now = now_iso(server)
    with server.db.transaction() as conn:
        ex = store.get_activity_execution(conn, execution_id)
        if ex is None:
            return {
                "execution_id": execution_id,
                "outcome": "skipped",
                "reason": "execution_not_found",
            }
        if ex["status"] not in ("pending", "running"):
            return {
                "execution_id": execution_id,
                "outcome": "skipped",
                "reason": "execution_closed",
            }
        kind = _timeout_kind(ex, now)
        if kind is None:
            return {
                "execution_id": execution_id,
                "outcome": "skipped",
                "reason": "deadline_not_expired",
            }
        run = get_run(conn, ex["run_id"])
        attempt = None
        if ex["current_attempt_id"]:
            attempt = store.get_attempt(conn, ex["current_attempt_id"])
        text, deadline_field = _KIND_TEXT[kind]
        message = f"Activity {ex['activity_type']} {text} deadline expired at {ex[deadline_field]}."
        if attempt is not None and attempt["status"] == "running":
            store.close_attempt(conn, attempt["attempt_id"], "failed", now)
        old_task = ex["current_task_id"]
        store.cancel_open_tasks_dropping_owner(conn, ex["id"])
        snapshot = loads(ex["retry_policy"])
        number = int(ex["attempt_count"])
        run_open = run is not None and run["status"] in OPEN_RUN_STATUSES
        retry = (
            run_open
            and kind != "schedule_to_close"
            and _can_retry(snapshot, max(number, 1))
            and attempt is not None
        )
        failure_fields = {
            "exception_class": TIMEOUT_EXCEPTION,
            "message": message,
            "failure_category": "timeout",
        }
        if retry and run is not None and attempt is not None:
            _schedule_retry(
                server, conn, run, ex, attempt, old_task, failure_fields, timeout_kind=kind
            )
            return {"execution_id": execution_id, "outcome": "enforced", "has_retry": True}
        store.mark_execution_failed(
            conn, ex["id"], dumps(failure_fields | {"timeout_kind": kind}), now
        )
        if run_open and run is not None:
            ex = _execution_row(conn, ex["id"])
            payload = _base_payload(ex, attempt)
            payload.update(
                failure_id=new_id(),
                failure_category="timeout",
                timeout_kind=kind,
                message=message,
                exception_class=TIMEOUT_EXCEPTION,
                schedule_deadline_at=ex["schedule_deadline_at"],
                close_deadline_at=ex["close_deadline_at"],
                schedule_to_close_deadline_at=ex["schedule_to_close_deadline_at"],
                heartbeat_deadline_at=ex["heartbeat_deadline_at"],
            )
            payload["activity"] = _exec_snapshot(ex)
            if attempt is not None:
                payload["activity_attempt"] = _attempt_snapshot(attempt)
            append_event(server, conn, run["run_id"], "ActivityTimedOut", payload)
            _resume_after_activity(
                server, conn, run, ex, attempt, "ActivityTimedOut", failure=payload
            )
        return {"execution_id": execution_id, "outcome": "enforced", "has_retry": False}


def recover_expired_activity_leases(server: DevServer) -> int:
    """Leased activity tasks whose lease ran out: attempt ``expired``, task back to ``ready``."""
    now = now_iso(server)
    rows = store.expired_leased_tasks(server.db, now)
    for task in rows:
        with server.db.transaction() as conn:
            store.expire_running_attempt(conn, task["attempt_id"], now)
            store.requeue_task(conn, task["task_id"], now)
            store.return_running_execution_to_pending(conn, task["execution_id"])
        server.notifier.notify(act_key(task["namespace"], task["task_queue"]))
    return len(rows)


def next_activity_due(server: DevServer) -> str | None:
    return store.next_activity_deadline(server.db)
