"""Activity executions, tasks and attempts: scheduling, leasing, outcomes, retries, timeouts."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from .errors import ApiError, Validator, WorkerError
from .history import (
    append_event,
    dumps,
    iso_after,
    iso_plus,
    loads,
    new_id,
    now_iso,
    offset_iso,
    parse_iso,
)
from .tasks import OPEN_RUN_STATUSES, ensure_workflow_task

if TYPE_CHECKING:
    from .server import DevServer

MIGRATIONS: list[tuple[str, str]] = [
    (
        "activities_001",
        """
        CREATE TABLE IF NOT EXISTS activity_executions (
            id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            sequence INTEGER,
            activity_type TEXT NOT NULL,
            activity_class TEXT,
            task_queue TEXT NOT NULL,
            arguments TEXT,
            status TEXT NOT NULL,
            attempt_count INTEGER NOT NULL DEFAULT 0,
            retry_policy TEXT,
            schedule_deadline_at TEXT,
            schedule_to_close_deadline_at TEXT,
            close_deadline_at TEXT,
            heartbeat_deadline_at TEXT,
            current_attempt_id TEXT,
            current_task_id TEXT,
            last_heartbeat_at TEXT,
            result TEXT,
            failure TEXT,
            parallel TEXT,
            compatibility TEXT,
            created_at TEXT NOT NULL,
            started_at TEXT,
            closed_at TEXT
        );
        CREATE INDEX IF NOT EXISTS activity_executions_run ON activity_executions (run_id, status);
        CREATE TABLE IF NOT EXISTS activity_tasks (
            task_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            run_id TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            activity_type TEXT,
            status TEXT NOT NULL,
            available_at TEXT NOT NULL,
            lease_owner TEXT,
            lease_expires_at TEXT,
            attempt_id TEXT,
            compatibility TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS activity_tasks_queue
            ON activity_tasks (namespace, task_queue, status, available_at);
        CREATE TABLE IF NOT EXISTS activity_attempts (
            attempt_id TEXT PRIMARY KEY,
            execution_id TEXT NOT NULL,
            task_id TEXT NOT NULL,
            attempt_number INTEGER NOT NULL,
            status TEXT NOT NULL,
            lease_owner TEXT,
            lease_expires_at TEXT,
            started_at TEXT NOT NULL,
            closed_at TEXT,
            last_heartbeat_at TEXT
        )
        """,
    )
]

TIMEOUT_EXCEPTION = "Workflow\\V2\\Exceptions\\ActivityTimeoutException"
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


def schedule_activity(
    server: DevServer,
    conn: sqlite3.Connection,
    run: sqlite3.Row,
    command: dict[str, Any],
    sequence: int | None,
    *,
    task_id: str | None = None,
    arguments: dict[str, Any] | None = None,
) -> str:
    """Create an execution + ready task and record ``ActivityScheduled``; returns the task id."""
    now = now_iso(server)
    execution_id = new_id()
    snapshot = retry_snapshot(command)
    queue = command.get("queue") or run["task_queue"]
    s2s = command.get("schedule_to_start_timeout")
    s2c = command.get("schedule_to_close_timeout")
    parallel = {k: command[k] for k in PARALLEL_KEYS if command.get(k) is not None}
    conn.execute(
        "INSERT INTO activity_executions (id, namespace, run_id, workflow_id, sequence,"
        " activity_type, activity_class, task_queue, arguments, status, attempt_count,"
        " retry_policy,"
        " schedule_deadline_at, schedule_to_close_deadline_at, parallel, compatibility, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,'pending',0,?,?,?,?,?,?)",
        (
            execution_id,
            run["namespace"],
            run["run_id"],
            run["workflow_id"],
            sequence,
            command["activity_type"],
            command.get("activity_class") or command["activity_type"],
            queue,
            dumps(arguments),
            dumps(snapshot) if snapshot else None,
            iso_after(server, int(s2s)) if s2s else None,
            iso_after(server, int(s2c)) if s2c else None,
            dumps(parallel),
            run["compatibility"],
            now,
        ),
    )
    activity_task = _create_activity_task(server, conn, execution_id, now)
    ex = conn.execute("SELECT * FROM activity_executions WHERE id = ?", (execution_id,)).fetchone()
    payload = _base_payload(ex)
    payload["activity"] = _exec_snapshot(ex)
    append_event(server, conn, run["run_id"], "ActivityScheduled", payload, task_id=task_id)
    return activity_task


def _create_activity_task(
    server: DevServer, conn: sqlite3.Connection, execution_id: str, available_at: str
) -> str:
    ex = conn.execute("SELECT * FROM activity_executions WHERE id = ?", (execution_id,)).fetchone()
    task_id = new_id()
    conn.execute(
        "INSERT INTO activity_tasks (task_id, namespace, execution_id, run_id, task_queue,"
        " activity_type, status, available_at, compatibility, created_at)"
        " VALUES (?,?,?,?,?,?,'ready',?,?,?)",
        (
            task_id,
            ex["namespace"],
            execution_id,
            ex["run_id"],
            ex["task_queue"],
            ex["activity_type"],
            available_at,
            ex["compatibility"],
            now_iso(server),
        ),
    )
    conn.execute(
        "UPDATE activity_executions SET current_task_id = ? WHERE id = ?", (task_id, execution_id)
    )
    server.notifier.notify(act_key(ex["namespace"], ex["task_queue"]), "sweep")
    return task_id


# ------------------------------------------------------------------------------------- claiming


def claim_activity_task(
    server: DevServer, namespace: str, queue: str, worker: sqlite3.Row
) -> dict[str, Any] | None:
    """Lease one due activity task to ``worker``; returns the poll ``task`` object."""
    now = now_iso(server)
    types = loads(worker["supported_activity_types"], []) or []
    build_id = worker["build_id"]
    with server.db.transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM activity_tasks WHERE namespace = ? AND task_queue = ? AND status ="
            " 'ready'"
            " AND available_at <= ? ORDER BY available_at, task_id LIMIT 100",
            (namespace, queue, now),
        ).fetchall()
        for task in rows:
            if build_id:
                if task["compatibility"] and task["compatibility"] != build_id:
                    continue
            elif task["compatibility"]:
                continue
            if types and task["activity_type"] not in types:
                continue
            ex = conn.execute(
                "SELECT * FROM activity_executions WHERE id = ?", (task["execution_id"],)
            ).fetchone()
            if ex is None or ex["status"] not in ("pending", "running"):
                continue
            return _lease(server, conn, task, ex, worker["worker_id"], now)
    return None


def _lease(
    server: DevServer,
    conn: sqlite3.Connection,
    task: sqlite3.Row,
    ex: sqlite3.Row,
    owner: str,
    now: str,
) -> dict[str, Any]:
    attempt_id = new_id().upper()
    number = int(ex["attempt_count"]) + 1
    expires = iso_after(server, server.config.activity_task_lease_seconds)
    snapshot = loads(ex["retry_policy"]) or {}
    stc = snapshot.get("start_to_close_timeout")
    hb = snapshot.get("heartbeat_timeout")
    close_deadline = iso_after(server, stc) if stc else None
    hb_deadline = iso_after(server, hb) if hb else None
    conn.execute(
        "INSERT INTO activity_attempts (attempt_id, execution_id, task_id, attempt_number, status,"
        " lease_owner, lease_expires_at, started_at) VALUES (?,?,?,?,'running',?,?,?)",
        (attempt_id, ex["id"], task["task_id"], number, owner, expires, now),
    )
    conn.execute(
        "UPDATE activity_tasks SET status = 'leased', lease_owner = ?, lease_expires_at = ?,"
        " attempt_id = ? WHERE task_id = ?",
        (owner, expires, attempt_id, task["task_id"]),
    )
    conn.execute(
        "UPDATE activity_executions SET status = 'running', attempt_count = ?,"
        " current_attempt_id = ?, close_deadline_at = ?, heartbeat_deadline_at = ?,"
        " started_at = COALESCE(started_at, ?) WHERE id = ?",
        (number, attempt_id, close_deadline, hb_deadline, now, ex["id"]),
    )
    ex = conn.execute("SELECT * FROM activity_executions WHERE id = ?", (ex["id"],)).fetchone()
    attempt = conn.execute(
        "SELECT * FROM activity_attempts WHERE attempt_id = ?", (attempt_id,)
    ).fetchone()
    payload = _base_payload(ex, attempt)
    payload["lease_expires_at"] = expires
    payload["activity"] = _exec_snapshot(ex)
    payload["activity_attempt"] = _attempt_snapshot(attempt)
    append_event(server, conn, ex["run_id"], "ActivityStarted", payload)
    run = conn.execute("SELECT * FROM workflow_runs WHERE run_id = ?", (ex["run_id"],)).fetchone()
    body: dict[str, Any] = {
        "task_id": task["task_id"],
        "workflow_id": ex["workflow_id"],
        "run_id": ex["run_id"],
        "activity_execution_id": ex["id"],
        "activity_attempt_id": attempt_id,
        "attempt_number": number,
        "activity_type": ex["activity_type"],
        "payload_codec": (run["payload_codec"] if run else None) or "avro",
        "arguments": loads(ex["arguments"]),
        "retry_policy": loads(ex["retry_policy"]),
        "task_queue": task["task_queue"],
        "lease_owner": owner,
        "lease_expires_at": expires,
    }
    deadlines = {
        "schedule_to_start": offset_iso(ex["schedule_deadline_at"])
        if ex["status"] == "pending"
        else None,
        "start_to_close": offset_iso(ex["close_deadline_at"]),
        "schedule_to_close": offset_iso(ex["schedule_to_close_deadline_at"]),
        "heartbeat": offset_iso(ex["heartbeat_deadline_at"]),
    }
    deadlines = {k: v for k, v in deadlines.items() if v is not None}
    if deadlines:
        body["deadlines"] = deadlines
    return {k: v for k, v in body.items() if v is not None}


# ------------------------------------------------------------------------------------- outcomes


def _guard(
    conn: sqlite3.Connection, namespace: str, task_id: str, attempt_id: str, lease_owner: str
) -> tuple[sqlite3.Row, sqlite3.Row]:
    echo = {"task_id": task_id, "activity_attempt_id": attempt_id}
    task = conn.execute(
        "SELECT * FROM activity_tasks WHERE task_id = ? AND namespace = ?", (task_id, namespace)
    ).fetchone()
    if task is None:
        raise WorkerError(404, "task_not_found", "Activity task not found.", **echo)
    attempt = conn.execute(
        "SELECT * FROM activity_attempts WHERE attempt_id = ?", (attempt_id,)
    ).fetchone()
    if attempt is None:
        raise WorkerError(404, "attempt_not_found", "Activity attempt not found.", **echo)
    if attempt["task_id"] != task_id:
        raise WorkerError(
            409, "task_mismatch", "Activity attempt does not belong to this task.", **echo
        )
    if attempt["lease_owner"] != lease_owner:
        raise WorkerError(
            409,
            "lease_owner_mismatch",
            "Activity attempt lease is owned by another worker.",
            **echo,
            lease_owner=attempt["lease_owner"],
        )
    return task, attempt


def _outcome(
    task_id: str,
    attempt_id: str,
    outcome: str,
    recorded: bool,
    reason: str | None,
    next_task_id: str | None,
) -> dict[str, Any]:
    return {
        "task_id": task_id,
        "activity_attempt_id": attempt_id,
        "outcome": outcome,
        "recorded": recorded,
        "reason": reason,
        "next_task_id": next_task_id,
    }


def _closed_run_ignored(
    body: dict[str, Any], run: sqlite3.Row, ex: sqlite3.Row, attempt: sqlite3.Row, task: sqlite3.Row
) -> dict[str, Any]:
    body.update(
        outcome="ignored",
        recorded=False,
        reason="run_cancelled" if run["status"] == "cancelled" else "run_terminated",
        error="Activity outcome ignored because the workflow run is already closed.",
        cancel_requested=True,
        can_continue=False,
        run_status=run["status"],
        run_closed_reason=run["closed_reason"],
        run_closed_at=run["closed_at"],
        activity_status=ex["status"],
        attempt_status=attempt["status"],
        task_status=task["status"],
        lease_owner=task["lease_owner"],
        lease_expires_at=task["lease_expires_at"],
    )
    return body


def _stale(
    conn: sqlite3.Connection, task: sqlite3.Row, attempt: sqlite3.Row, ex: sqlite3.Row | None
) -> bool:
    if attempt["status"] != "running":
        return True
    if task["status"] != "leased" or task["attempt_id"] != attempt["attempt_id"]:
        return True
    return ex is None or ex["current_attempt_id"] != attempt["attempt_id"]


def complete_activity(
    server: DevServer, namespace: str, task_id: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    attempt_id, owner = body["activity_attempt_id"], body["lease_owner"]
    now = now_iso(server)
    with server.db.transaction() as conn:
        task, attempt = _guard(conn, namespace, task_id, attempt_id, owner)
        ex = conn.execute(
            "SELECT * FROM activity_executions WHERE id = ?", (attempt["execution_id"],)
        ).fetchone()
        out = _outcome(task_id, attempt_id, "completed", False, None, None)
        run = conn.execute(
            "SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)
        ).fetchone()
        if run is not None and run["status"] in ("cancelled", "terminated"):
            return 409, _closed_run_ignored(out, run, ex, attempt, task)
        if _stale(conn, task, attempt, ex):
            out["reason"] = "stale_attempt"
            return 409, out
        result = normalize_result(body.get("result"), run)
        conn.execute(
            "UPDATE activity_attempts SET status = 'completed', closed_at = ? WHERE attempt_id = ?",
            (now, attempt_id),
        )
        conn.execute(
            "UPDATE activity_tasks SET status = 'completed', lease_owner = NULL,"
            " lease_expires_at = NULL WHERE task_id = ?",
            (task_id,),
        )
        conn.execute(
            "UPDATE activity_executions SET status = 'completed', result = ?, closed_at = ?"
            " WHERE id = ?",
            (dumps(result), now, ex["id"]),
        )
        out["recorded"] = True
        if run is None or run["status"] not in OPEN_RUN_STATUSES:
            return 200, out
        ex = conn.execute("SELECT * FROM activity_executions WHERE id = ?", (ex["id"],)).fetchone()
        attempt = conn.execute(
            "SELECT * FROM activity_attempts WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()
        payload = _base_payload(ex, attempt)
        payload["result"] = result.get("blob") if isinstance(result, dict) else result
        payload["payload_codec"] = (
            result.get("codec") if isinstance(result, dict) else run["payload_codec"]
        )
        if isinstance(result, dict) and "external_storage" in result:
            payload["result"] = result
        payload["activity"] = _exec_snapshot(ex)
        payload["activity_attempt"] = _attempt_snapshot(attempt)
        append_event(server, conn, run["run_id"], "ActivityCompleted", payload)
        out["next_task_id"] = _resume_after_activity(
            server, conn, run, ex, attempt, "ActivityCompleted", result=result
        )
    return 200, out


def normalize_result(value: Any, run: sqlite3.Row | None) -> Any:
    """Keep envelopes as they are; wrap a raw blob string into an envelope of the run codec."""
    codec = (run["payload_codec"] if run is not None else None) or "avro"
    if isinstance(value, dict) and set(value) in ({"codec", "blob"}, {"codec", "external_storage"}):
        return value
    if isinstance(value, str):
        return {"codec": codec, "blob": value}
    if value is None:
        return None
    from .workflows import encode_value

    return encode_value(value)


def _resume_after_activity(
    server: DevServer,
    conn: sqlite3.Connection,
    run: sqlite3.Row,
    ex: sqlite3.Row,
    attempt: sqlite3.Row | None,
    event_type: str,
    *,
    result: Any = None,
    failure: dict[str, Any] | None = None,
) -> str | None:
    if run["workflow_type"] == "dw.standalone_activity":
        from .workflows import close_run

        if event_type == "ActivityCompleted":
            close_run(server, conn, run, "completed", "completed", output=result)
        else:
            close_run(server, conn, run, "failed", "failed", failure=failure or {})
        return None
    resume = {
        "workflow_wait_kind": "activity",
        "open_wait_id": f"activity:{ex['id']}",
        "resume_source_kind": "activity_execution",
        "resume_source_id": ex["id"],
        "activity_execution_id": ex["id"],
        "activity_attempt_id": attempt["attempt_id"] if attempt is not None else None,
        "activity_type": ex["activity_type"],
        "workflow_sequence": ex["sequence"],
        "workflow_event_type": event_type,
    }
    return ensure_workflow_task(server, conn, run, resume)


def _failure_exception(failure: dict[str, Any]) -> dict[str, Any]:
    exc: dict[str, Any] = {
        "class": failure.get("class") or failure.get("type") or "RuntimeException",
        "type": failure.get("type"),
        "message": failure.get("message", ""),
        "code": failure.get("code") or 0,
        "file": "",
        "line": 0,
        "trace": [],
        "properties": [],
    }
    if failure.get("stack_trace") is not None:
        exc["stack_trace"] = failure["stack_trace"]
    for key in ("non_retryable", "kind", "timeout_type", "cancelled", "malformed_output"):
        if failure.get(key) is not None:
            exc[key] = failure[key]
    if "details" in failure:
        details = failure["details"]
        if isinstance(details, dict) and "codec" in details:
            exc["details"] = details.get("blob", details)
            exc["details_payload_codec"] = details.get("codec")
        else:
            exc["details"] = details
    return exc


def _backoff_for(snapshot: dict[str, Any], attempt_number: int) -> int:
    backoff = snapshot.get("backoff_seconds") or []
    if not backoff:
        return 0
    return int(backoff[min(attempt_number - 1, len(backoff) - 1)])


def _can_retry(snapshot: dict[str, Any] | None, attempt_number: int) -> bool:
    if not snapshot:
        return False
    max_attempts = snapshot.get("max_attempts", 1)
    return max_attempts is None or attempt_number < int(max_attempts)


def _schedule_retry(
    server: DevServer,
    conn: sqlite3.Connection,
    run: sqlite3.Row,
    ex: sqlite3.Row,
    attempt: sqlite3.Row,
    old_task_id: str,
    failure_fields: dict[str, Any],
    *,
    timeout_kind: str | None = None,
) -> str:
    snapshot = loads(ex["retry_policy"]) or {}
    delay = _backoff_for(snapshot, int(attempt["attempt_number"]))
    available = iso_after(server, delay)
    retry_task = _create_activity_task(server, conn, ex["id"], available)
    updates = "status = 'pending', close_deadline_at = NULL, heartbeat_deadline_at = NULL"
    params: list[Any] = []
    if timeout_kind is not None and snapshot.get("schedule_to_start_timeout"):
        updates += ", schedule_deadline_at = ?"
        params.append(iso_plus(available, int(snapshot["schedule_to_start_timeout"])))
    conn.execute(f"UPDATE activity_executions SET {updates} WHERE id = ?", (*params, ex["id"]))
    ex = conn.execute("SELECT * FROM activity_executions WHERE id = ?", (ex["id"],)).fetchone()
    payload = _base_payload(ex)
    payload.update(
        activity_attempt_id=attempt["attempt_id"],
        retry_task_id=retry_task,
        retry_of_task_id=old_task_id,
        retry_available_at=available,
        retry_backoff_seconds=delay,
        retry_after_attempt_id=attempt["attempt_id"],
        retry_after_attempt=attempt["attempt_number"],
        max_attempts=snapshot.get("max_attempts"),
        retry_policy=snapshot,
        timeout_kind=timeout_kind,
    )
    payload.update(failure_fields)
    payload["activity"] = _exec_snapshot(ex)
    append_event(server, conn, run["run_id"], "ActivityRetryScheduled", payload)
    return retry_task


def fail_activity(
    server: DevServer, namespace: str, task_id: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    attempt_id, owner = body["activity_attempt_id"], body["lease_owner"]
    failure: dict[str, Any] = body.get("failure") or {}
    now = now_iso(server)
    with server.db.transaction() as conn:
        task, attempt = _guard(conn, namespace, task_id, attempt_id, owner)
        ex = conn.execute(
            "SELECT * FROM activity_executions WHERE id = ?", (attempt["execution_id"],)
        ).fetchone()
        out = _outcome(task_id, attempt_id, "failed", False, None, None)
        run = conn.execute(
            "SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)
        ).fetchone()
        if run is not None and run["status"] in ("cancelled", "terminated"):
            return 409, _closed_run_ignored(out, run, ex, attempt, task)
        if _stale(conn, task, attempt, ex):
            out["reason"] = "stale_attempt"
            return 409, out
        snapshot = loads(ex["retry_policy"])
        non_retryable_types = (snapshot or {}).get("non_retryable_error_types") or []
        exc_type = failure.get("type")
        exc_class = failure.get("class") or exc_type or "RuntimeException"
        non_retryable = bool(failure.get("non_retryable")) or (
            exc_type in non_retryable_types or exc_class in non_retryable_types
        )
        s2c = ex["schedule_to_close_deadline_at"]
        s2c_passed = s2c is not None and parse_iso(s2c) <= server.clock.now()
        conn.execute(
            "UPDATE activity_attempts SET status = 'failed', closed_at = ? WHERE attempt_id = ?",
            (now, attempt_id),
        )
        conn.execute(
            "UPDATE activity_tasks SET status = 'completed', lease_owner = NULL,"
            " lease_expires_at = NULL WHERE task_id = ?",
            (task_id,),
        )
        attempt = conn.execute(
            "SELECT * FROM activity_attempts WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()
        exception = _failure_exception(failure)
        failure_fields = {
            "exception_type": exc_type,
            "exception_class": exc_class,
            "message": failure.get("message", ""),
            "code": failure.get("code") or 0,
            "exception": exception,
        }
        out["recorded"] = True
        run_open = run is not None and run["status"] in OPEN_RUN_STATUSES
        if (
            run_open
            and not non_retryable
            and not s2c_passed
            and _can_retry(snapshot, int(attempt["attempt_number"]))
        ):
            out["next_task_id"] = _schedule_retry(
                server, conn, run, ex, attempt, task_id, failure_fields
            )
            return 200, out
        conn.execute(
            "UPDATE activity_executions SET status = 'failed', failure = ?, closed_at = ?"
            " WHERE id = ?",
            (dumps(failure_fields), now, ex["id"]),
        )
        if not run_open:
            return 200, out
        ex = conn.execute("SELECT * FROM activity_executions WHERE id = ?", (ex["id"],)).fetchone()
        payload = _base_payload(ex, attempt)
        payload.update(
            failure_id=new_id(),
            failure_category="activity",
            non_retryable=non_retryable,
        )
        payload.update(failure_fields)
        payload["activity"] = _exec_snapshot(ex)
        payload["activity_attempt"] = _attempt_snapshot(attempt)
        append_event(server, conn, run["run_id"], "ActivityFailed", payload)
        out["next_task_id"] = _resume_after_activity(
            server, conn, run, ex, attempt, "ActivityFailed", failure=payload
        )
    return 200, out


def heartbeat_activity(
    server: DevServer, namespace: str, task_id: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    attempt_id, owner = body["activity_attempt_id"], body["lease_owner"]
    now = now_iso(server)
    with server.db.transaction() as conn:
        task, attempt = _guard(conn, namespace, task_id, attempt_id, owner)
        ex = conn.execute(
            "SELECT * FROM activity_executions WHERE id = ?", (attempt["execution_id"],)
        ).fetchone()
        run = conn.execute(
            "SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)
        ).fetchone()
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
        if reason is not None:
            out.update(reason=reason, can_continue=False, cancel_requested=cancel)
            if cancel and attempt["status"] == "running":
                conn.execute(
                    "UPDATE activity_attempts SET status = 'cancelled', closed_at = ?"
                    " WHERE attempt_id = ?",
                    (now, attempt_id),
                )
                conn.execute(
                    "UPDATE activity_tasks SET status = 'cancelled' WHERE task_id = ?", (task_id,)
                )
            return 200, out
        expires = iso_after(server, server.config.activity_task_lease_seconds)
        snapshot = loads(ex["retry_policy"]) or {}
        hb = snapshot.get("heartbeat_timeout")
        conn.execute(
            "UPDATE activity_attempts SET last_heartbeat_at = ?, lease_expires_at = ?"
            " WHERE attempt_id = ?",
            (now, expires, attempt_id),
        )
        conn.execute(
            "UPDATE activity_tasks SET lease_expires_at = ? WHERE task_id = ?", (expires, task_id)
        )
        conn.execute(
            "UPDATE activity_executions SET last_heartbeat_at = ?, heartbeat_deadline_at = ?"
            " WHERE id = ?",
            (now, iso_after(server, hb) if hb else None, ex["id"]),
        )
        progress = {
            k: body[k] for k in ("message", "current", "total", "unit", "details") if k in body
        }
        ex = conn.execute("SELECT * FROM activity_executions WHERE id = ?", (ex["id"],)).fetchone()
        attempt = conn.execute(
            "SELECT * FROM activity_attempts WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()
        payload = _base_payload(ex, attempt)
        payload.update(heartbeat_at=now, lease_expires_at=expires, progress=progress)
        payload["activity"] = _exec_snapshot(ex)
        payload["activity_attempt"] = _attempt_snapshot(attempt)
        append_event(server, conn, run["run_id"], "ActivityHeartbeatRecorded", payload)
        out.update(heartbeat_recorded=True, lease_expires_at=expires, last_heartbeat_at=now)
    server.notifier.notify("sweep")
    return 200, out


# ---------------------------------------------------------------------- cancellation & timeouts


def cancel_run_activities(
    server: DevServer, conn: sqlite3.Connection, run_id: str, command_id: str | None = None
) -> None:
    """Cancel every pending/running activity of a run (``ActivityCancelled`` each)."""
    now = now_iso(server)
    for ex in conn.execute(
        "SELECT * FROM activity_executions WHERE run_id = ? AND status IN ('pending', 'running')"
        " ORDER BY created_at",
        (run_id,),
    ).fetchall():
        conn.execute(
            "UPDATE activity_executions SET status = 'cancelled', closed_at = ? WHERE id = ?",
            (now, ex["id"]),
        )
        conn.execute(
            "UPDATE activity_tasks SET status = 'cancelled' WHERE execution_id = ?"
            " AND status IN ('ready', 'leased')",
            (ex["id"],),
        )
        attempt = None
        if ex["current_attempt_id"]:
            attempt = conn.execute(
                "SELECT * FROM activity_attempts WHERE attempt_id = ?", (ex["current_attempt_id"],)
            ).fetchone()
        payload = _base_payload(ex, attempt)
        payload.update(workflow_command_id=command_id, cancelled_at=now)
        fresh = conn.execute(
            "SELECT * FROM activity_executions WHERE id = ?", (ex["id"],)
        ).fetchone()
        payload["activity"] = _exec_snapshot(fresh)
        append_event(server, conn, run_id, "ActivityCancelled", payload, command_id=command_id)


def expired_executions(server: DevServer, limit: int = 100) -> list[tuple[str, str]]:
    """Executions whose timeout deadline has passed: ``(execution id, timeout kind)``."""
    now = now_iso(server)
    rows = server.db.query(
        "SELECT * FROM activity_executions WHERE status IN ('pending', 'running') AND ("
        " (schedule_to_close_deadline_at IS NOT NULL AND schedule_to_close_deadline_at <= ?)"
        " OR (status = 'pending' AND schedule_deadline_at IS NOT NULL AND schedule_deadline_at <="
        " ?)"
        " OR (status = 'running' AND heartbeat_deadline_at IS NOT NULL AND heartbeat_deadline_at"
        " <= ?)"
        " OR (status = 'running' AND close_deadline_at IS NOT NULL AND close_deadline_at <= ?))"
        " ORDER BY created_at LIMIT ?",
        (now, now, now, now, limit),
    )
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
        ex = conn.execute(
            "SELECT * FROM activity_executions WHERE id = ?", (execution_id,)
        ).fetchone()
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
        run = conn.execute(
            "SELECT * FROM workflow_runs WHERE run_id = ?", (ex["run_id"],)
        ).fetchone()
        attempt = None
        if ex["current_attempt_id"]:
            attempt = conn.execute(
                "SELECT * FROM activity_attempts WHERE attempt_id = ?", (ex["current_attempt_id"],)
            ).fetchone()
        text, deadline_field = _KIND_TEXT[kind]
        message = f"Activity {ex['activity_type']} {text} deadline expired at {ex[deadline_field]}."
        if attempt is not None and attempt["status"] == "running":
            conn.execute(
                "UPDATE activity_attempts SET status = 'failed', closed_at = ? WHERE attempt_id ="
                " ?",
                (now, attempt["attempt_id"]),
            )
        old_task = ex["current_task_id"]
        conn.execute(
            "UPDATE activity_tasks SET status = 'cancelled', lease_owner = NULL WHERE"
            " execution_id = ?"
            " AND status IN ('ready', 'leased')",
            (ex["id"],),
        )
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
        conn.execute(
            "UPDATE activity_executions SET status = 'failed', failure = ?, closed_at = ? WHERE"
            " id = ?",
            (dumps(failure_fields | {"timeout_kind": kind}), now, ex["id"]),
        )
        if run_open and run is not None:
            ex = conn.execute(
                "SELECT * FROM activity_executions WHERE id = ?", (ex["id"],)
            ).fetchone()
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
    rows = server.db.query(
        "SELECT * FROM activity_tasks WHERE status = 'leased' AND lease_expires_at <= ?", (now,)
    )
    for task in rows:
        with server.db.transaction() as conn:
            conn.execute(
                "UPDATE activity_attempts SET status = 'expired', closed_at = ? WHERE attempt_id"
                " = ?"
                " AND status = 'running'",
                (now, task["attempt_id"]),
            )
            conn.execute(
                "UPDATE activity_tasks SET status = 'ready', lease_owner = NULL,"
                " lease_expires_at = NULL, attempt_id = NULL, available_at = ? WHERE task_id = ?",
                (now, task["task_id"]),
            )
            conn.execute(
                "UPDATE activity_executions SET status = 'pending', current_attempt_id = NULL"
                " WHERE id = ? AND status = 'running'",
                (task["execution_id"],),
            )
        server.notifier.notify(act_key(task["namespace"], task["task_queue"]))
    return len(rows)


def next_activity_due(server: DevServer) -> str | None:
    row = server.db.query_one(
        "SELECT MIN(d) AS due FROM ("
        " SELECT MIN(schedule_to_close_deadline_at) AS d FROM activity_executions"
        "  WHERE status IN ('pending','running')"
        " UNION ALL SELECT MIN(schedule_deadline_at) FROM activity_executions WHERE status ="
        " 'pending'"
        " UNION ALL SELECT MIN(heartbeat_deadline_at) FROM activity_executions WHERE status ="
        " 'running'"
        " UNION ALL SELECT MIN(close_deadline_at) FROM activity_executions WHERE status = 'running'"
        " UNION ALL SELECT MIN(lease_expires_at) FROM activity_tasks WHERE status = 'leased')"
    )
    return row["due"] if row and row["due"] else None


# ------------------------------------------------------------------------ standalone activities


def start_standalone(
    server: DevServer, namespace: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """Start an activity outside a workflow, inside a server-managed host run."""
    from .workflows import (
        STANDALONE_TYPE,
        WORKFLOW_ID_RE,
        _create_run,
        _started_payload,
        encode_value,
        parse_input,
    )

    v = Validator(body)
    v.string("activity_type", required=True, max=255)
    v.string("task_queue", required=True, max=255)
    v.string("activity_id", max=128, pattern=WORKFLOW_ID_RE)
    v.string("activity_class", max=255)
    v.string("business_key", max=255)
    for name in (
        "start_to_close_timeout_seconds",
        "schedule_to_start_timeout_seconds",
        "schedule_to_close_timeout_seconds",
        "heartbeat_timeout_seconds",
    ):
        v.integer(name, min=1)
    policy = v.obj("retry_policy")
    if policy is not None:
        backoff = policy.get("backoff_seconds")
        if isinstance(backoff, int) and not isinstance(backoff, bool):
            policy = {**policy, "backoff_seconds": [backoff]}
    v.check()
    arguments = parse_input(body.get("input"), "input") or encode_value([])
    activity_id = body.get("activity_id") or new_id()
    command: dict[str, Any] = {
        "activity_type": body["activity_type"],
        "activity_class": body.get("activity_class"),
        "queue": body["task_queue"],
        "retry_policy": policy,
        "start_to_close_timeout": body.get("start_to_close_timeout_seconds"),
        "schedule_to_start_timeout": body.get("schedule_to_start_timeout_seconds"),
        "schedule_to_close_timeout": body.get("schedule_to_close_timeout_seconds"),
        "heartbeat_timeout": body.get("heartbeat_timeout_seconds"),
    }
    with server.db.transaction() as conn:
        existing = conn.execute(
            "SELECT namespace FROM workflow_instances WHERE workflow_id = ?", (activity_id,)
        ).fetchone()
        if existing is not None:
            raise ApiError(
                409,
                "activity_already_started",
                f"Activity [{activity_id}] has already been started.",
                activity_id=activity_id,
            )
        run = _create_run(
            server,
            conn,
            namespace=namespace,
            workflow_id=activity_id,
            run_number=1,
            workflow_type=STANDALONE_TYPE,
            task_queue=body["task_queue"],
            arguments=arguments,
            business_key=body.get("business_key"),
        )
        conn.execute(
            "UPDATE workflow_runs SET status = 'running' WHERE run_id = ?", (run["run_id"],)
        )
        conn.execute(
            "INSERT INTO workflow_instances (workflow_id, namespace, current_run_id, run_count,"
            " created_at) VALUES (?,?,?,1,?)",
            (activity_id, namespace, run["run_id"], now_iso(server)),
        )
        append_event(server, conn, run["run_id"], "WorkflowStarted", _started_payload(run, None))
        schedule_activity(server, conn, run, command, 1, arguments=arguments)
        ex = conn.execute(
            "SELECT * FROM activity_executions WHERE run_id = ?", (run["run_id"],)
        ).fetchone()
    return 201, {
        **standalone_object(server, activity_id, namespace),
        "command_status": "accepted",
        "command_source": "control_plane",
        "activity_execution_id": ex["id"],
    }


def standalone_object(server: DevServer, activity_id: str, namespace: str) -> dict[str, Any]:
    from .workflows import STANDALONE_TYPE, status_bucket

    inst = server.db.query_one(
        "SELECT * FROM workflow_instances WHERE workflow_id = ? AND namespace = ?",
        (activity_id, namespace),
    )
    run = (
        server.db.query_one(
            "SELECT * FROM workflow_runs WHERE run_id = ?", (inst["current_run_id"],)
        )
        if inst is not None
        else None
    )
    if run is None or run["workflow_type"] != STANDALONE_TYPE:
        raise ApiError(
            404,
            "activity_not_found",
            f"Activity [{activity_id}] not found.",
            activity_id=activity_id,
        )
    ex = server.db.query_one(
        "SELECT * FROM activity_executions WHERE run_id = ? ORDER BY created_at LIMIT 1",
        (run["run_id"],),
    )
    result = loads(run["output"]) if run["status"] == "completed" else None
    return {
        "activity_id": activity_id,
        "workflow_id": activity_id,
        "workflow_run_id": run["run_id"],
        "activity_execution_id": ex["id"] if ex else None,
        "workflow_type": STANDALONE_TYPE,
        "activity_type": ex["activity_type"] if ex else None,
        "activity_class": ex["activity_class"] if ex else None,
        "task_queue": run["task_queue"],
        "namespace": run["namespace"],
        "status": run["status"],
        "status_bucket": status_bucket(run["status"]),
        "activity_status": ex["status"] if ex else None,
        "closed_reason": run["closed_reason"],
        "business_key": run["business_key"],
        "payload_codec": run["payload_codec"],
        "started_at": run["started_at"],
        "closed_at": run["closed_at"],
        "last_progress_at": run["last_progress_at"],
        "last_heartbeat_at": ex["last_heartbeat_at"] if ex else None,
        "schedule_to_start_deadline_at": ex["schedule_deadline_at"] if ex else None,
        "schedule_to_close_deadline_at": ex["schedule_to_close_deadline_at"] if ex else None,
        "attempt_count": ex["attempt_count"] if ex else 0,
        "result": result,
        "failure": loads(run["failure"]) if run["status"] == "failed" else None,
    }


def routes(server: DevServer) -> list[Any]:
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from .history import decode_token, encode_token

    async def start_or_list(request: Request) -> JSONResponse:
        ns = request.state.namespace
        if request.method == "POST":
            body = request.state.json_body
            status, out = start_standalone(server, ns, body if isinstance(body, dict) else {})
            return JSONResponse(out, status_code=status)
        q = dict(request.query_params)
        v = Validator(q)
        size = v.integer("page_size", min=1, max=200) or 50
        bucket = q.get("status")
        if bucket and bucket not in ("running", "completed", "failed"):
            v.add("status", "The selected status is invalid.")
        v.check()
        rows = server.db.query(
            "SELECT workflow_id, status FROM workflow_runs WHERE namespace = ?"
            " AND workflow_type = 'dw.standalone_activity' ORDER BY started_at DESC, run_id DESC",
            (ns,),
        )
        if bucket:
            from .workflows import status_bucket

            rows = [r for r in rows if status_bucket(r["status"]) == bucket]
        offset = decode_token(q.get("next_page_token") or "") or 0
        page = rows[offset : offset + size]
        items = [standalone_object(server, r["workflow_id"], ns) for r in page]
        more = offset + size < len(rows)
        return JSONResponse(
            {
                "activities": items,
                "activity_count": len(items),
                "next_page_token": encode_token(offset + size) if more else None,
            }
        )

    async def describe(request: Request) -> JSONResponse:
        return JSONResponse(
            standalone_object(server, request.path_params["activity_id"], request.state.namespace)
        )

    return [
        Route("/api/activities", start_or_list, methods=["GET", "POST"]),
        Route("/api/activities/{activity_id}", describe, methods=["GET"]),
    ]
