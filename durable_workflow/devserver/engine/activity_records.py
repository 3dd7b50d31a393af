"""Activity executions as the engine records them: snapshots, payloads, cancellation of a run's."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, cast

from ..store import activities as store
from .history import append_event, loads, now_iso

if TYPE_CHECKING:
    from ..server import DevServer

PARALLEL_KEYS = (
    "parallel_group_id",
    "parallel_group_kind",
    "parallel_group_base_sequence",
    "parallel_group_size",
    "parallel_group_index",
    "parallel_group_path",
)


def act_key(namespace: str, queue: str) -> tuple[str, str, str]:
    return ("act", namespace, queue)


def _execution_row(conn: sqlite3.Connection, execution_id: str) -> sqlite3.Row:
    """The execution ``execution_id``, known to exist."""
    return cast(sqlite3.Row, store.get_activity_execution(conn, execution_id))


def _attempt_row(conn: sqlite3.Connection, attempt_id: str) -> sqlite3.Row:
    """The attempt ``attempt_id``, known to exist."""
    return cast(sqlite3.Row, store.get_attempt(conn, attempt_id))


def retry_snapshot(command: dict[str, Any]) -> dict[str, Any] | None:
    """The durable retry/timeout snapshot of a ``schedule_activity`` command."""
    policy = command.get("retry_policy")
    timeouts = {
        "start_to_close_timeout": command.get("start_to_close_timeout"),
        "schedule_to_start_timeout": command.get("schedule_to_start_timeout"),
        "schedule_to_close_timeout": command.get("schedule_to_close_timeout"),
        "heartbeat_timeout": command.get("heartbeat_timeout"),
    }
    if not policy and not any(v is not None for v in timeouts.values()):
        return None
    policy = policy if isinstance(policy, dict) else {}
    backoff = policy.get("backoff_seconds") or []
    if isinstance(backoff, int | float):
        backoff = [int(backoff)]
    return {
        "snapshot_version": 1,
        "max_attempts": int(policy["max_attempts"]) if policy.get("max_attempts") else 1,
        "backoff_seconds": [int(b) for b in backoff],
        **{k: (int(v) if v is not None else None) for k, v in timeouts.items()},
        "non_retryable_error_types": list(policy.get("non_retryable_error_types") or []),
    }


def _exec_snapshot(ex: sqlite3.Row) -> dict[str, Any]:
    snap: dict[str, Any] = {
        "id": ex["id"],
        "idempotency_key": ex["id"],
        "sequence": ex["sequence"],
        "type": ex["activity_type"],
        "class": ex["activity_class"] or ex["activity_type"],
        "attempt_id": ex["current_attempt_id"],
        "status": ex["status"],
        "attempt_count": ex["attempt_count"],
        "retry_policy": loads(ex["retry_policy"]),
        "queue": ex["task_queue"],
        "last_heartbeat_at": ex["last_heartbeat_at"],
        "created_at": ex["created_at"],
        "started_at": ex["started_at"],
        "closed_at": ex["closed_at"],
    }
    return {k: v for k, v in snap.items() if v is not None}


def _base_payload(ex: sqlite3.Row, attempt: sqlite3.Row | None = None) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "activity_execution_id": ex["id"],
        "activity_class": ex["activity_class"] or ex["activity_type"],
        "activity_type": ex["activity_type"],
        "sequence": ex["sequence"],
    }
    if attempt is not None:
        payload["activity_attempt_id"] = attempt["attempt_id"]
        payload["attempt_number"] = attempt["attempt_number"]
    payload.update(loads(ex["parallel"], {}) or {})
    return payload


def _attempt_snapshot(attempt: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": attempt["attempt_id"],
        "attempt_number": attempt["attempt_number"],
        "status": attempt["status"],
        "task_id": attempt["task_id"],
        "lease_owner": attempt["lease_owner"],
        "last_heartbeat_at": attempt["last_heartbeat_at"],
        "lease_expires_at": attempt["lease_expires_at"],
        "started_at": attempt["started_at"],
        "closed_at": attempt["closed_at"],
    }


def cancel_run_activities(
    server: DevServer, conn: sqlite3.Connection, run_id: str, command_id: str | None = None
) -> None:
    """Cancel every pending/running activity of a run (``ActivityCancelled`` each)."""
    now = now_iso(server)
    for ex in store.open_executions_of_run(conn, run_id):
        store.mark_execution_cancelled(conn, ex["id"], now)
        store.cancel_open_tasks(conn, ex["id"])
        attempt = None
        if ex["current_attempt_id"]:
            attempt = store.get_attempt(conn, ex["current_attempt_id"])
        payload = _base_payload(ex, attempt)
        payload.update(workflow_command_id=command_id, cancelled_at=now)
        fresh = _execution_row(conn, ex["id"])
        payload["activity"] = _exec_snapshot(fresh)
        append_event(server, conn, run_id, "ActivityCancelled", payload, command_id=command_id)
