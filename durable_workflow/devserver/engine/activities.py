"""Activity executions, tasks and attempts: scheduling, leasing, completion, failure and retries."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from ..errors import WorkerError
from ..store import activities as store
from ..store.runs import get_run
from .activity_records import (
    PARALLEL_KEYS,
    _attempt_row,
    _attempt_snapshot,
    _base_payload,
    _exec_snapshot,
    _execution_row,
    act_key,
    retry_snapshot,
)
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
from .runs import close_run
from .tasks import OPEN_RUN_STATUSES, ensure_workflow_task
from .values import check_envelope, encode_value

if TYPE_CHECKING:
    from ..server import DevServer

TIMEOUT_EXCEPTION = "Workflow\\V2\\Exceptions\\ActivityTimeoutException"


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
    store.insert_execution(
        conn,
        execution_id=execution_id,
        namespace=run["namespace"],
        run_id=run["run_id"],
        workflow_id=run["workflow_id"],
        sequence=sequence,
        activity_type=command["activity_type"],
        activity_class=command.get("activity_class") or command["activity_type"],
        task_queue=queue,
        arguments=dumps(arguments),
        retry_policy=dumps(snapshot) if snapshot else None,
        schedule_deadline_at=iso_after(server, int(s2s)) if s2s else None,
        schedule_to_close_deadline_at=iso_after(server, int(s2c)) if s2c else None,
        parallel=dumps(parallel),
        compatibility=run["compatibility"],
        created_at=now,
    )
    activity_task = _create_activity_task(server, conn, execution_id, now)
    ex = _execution_row(conn, execution_id)
    payload = _base_payload(ex)
    payload["activity"] = _exec_snapshot(ex)
    append_event(server, conn, run["run_id"], "ActivityScheduled", payload, task_id=task_id)
    return activity_task


def _create_activity_task(
    server: DevServer, conn: sqlite3.Connection, execution_id: str, available_at: str
) -> str:
    ex = _execution_row(conn, execution_id)
    task_id = new_id()
    store.insert_task(
        conn,
        task_id=task_id,
        namespace=ex["namespace"],
        execution_id=execution_id,
        run_id=ex["run_id"],
        task_queue=ex["task_queue"],
        activity_type=ex["activity_type"],
        available_at=available_at,
        compatibility=ex["compatibility"],
        created_at=now_iso(server),
    )
    store.set_execution_current_task(conn, execution_id, task_id)
    server.notifier.notify(act_key(ex["namespace"], ex["task_queue"]), "sweep")
    return task_id


# ------------------------------------------------------------------------------------- claiming


def leased_by_poll(
    server: DevServer, namespace: str, queue: str, owner: str, poll_request_id: str
) -> dict[str, Any] | None:
    """The answer already given to poll ``poll_request_id`` of ``owner``, while its lease holds.

    A worker whose poll answer was lost retries with the same id and gets the same task,
    instead of the task staying leased to nobody until the lease runs out.
    """
    with server.db.transaction() as conn:
        task = store.task_leased_by_poll(conn, namespace, queue, owner, poll_request_id)
        if task is None or parse_iso(task["lease_expires_at"]) <= server.clock.now():
            return None
        attempt = store.get_attempt(conn, task["attempt_id"])
        ex = store.get_activity_execution(conn, task["execution_id"])
        if attempt is None or ex is None or attempt["status"] != "running":
            return None
        return _poll_body(
            conn,
            task,
            ex,
            attempt["attempt_id"],
            int(attempt["attempt_number"]),
            owner,
            task["lease_expires_at"],
        )


def claim_activity_task(
    server: DevServer,
    namespace: str,
    queue: str,
    worker: sqlite3.Row,
    poll_request_id: str | None = None,
) -> dict[str, Any] | None:
    """Lease one due activity task to ``worker``; returns the poll ``task`` object."""
    now = now_iso(server)
    types = loads(worker["supported_activity_types"], []) or []
    build_id = worker["build_id"]
    with server.db.transaction() as conn:
        task = store.next_claimable_activity_task(conn, namespace, queue, now, build_id, types)
        if task is not None:
            ex = store.get_activity_execution(conn, task["execution_id"])
            assert ex is not None  # joined above
            return _lease(server, conn, task, ex, worker["worker_id"], now, poll_request_id)
    return None


def _lease(
    server: DevServer,
    conn: sqlite3.Connection,
    task: sqlite3.Row,
    ex: sqlite3.Row,
    owner: str,
    now: str,
    poll_request_id: str | None = None,
) -> dict[str, Any]:
    attempt_id = new_id().upper()
    number = int(ex["attempt_count"]) + 1
    expires = iso_after(server, server.config.activity_task_lease_seconds)
    snapshot = loads(ex["retry_policy"]) or {}
    stc = snapshot.get("start_to_close_timeout")
    hb = snapshot.get("heartbeat_timeout")
    close_deadline = iso_after(server, stc) if stc else None
    hb_deadline = iso_after(server, hb) if hb else None
    store.insert_attempt(
        conn,
        attempt_id=attempt_id,
        execution_id=ex["id"],
        task_id=task["task_id"],
        attempt_number=number,
        lease_owner=owner,
        lease_expires_at=expires,
        started_at=now,
    )
    store.mark_task_leased(
        conn,
        task["task_id"],
        owner=owner,
        lease_expires_at=expires,
        attempt_id=attempt_id,
        poll_request_id=poll_request_id,
    )
    store.mark_execution_started(
        conn,
        ex["id"],
        attempt_count=number,
        attempt_id=attempt_id,
        close_deadline_at=close_deadline,
        heartbeat_deadline_at=hb_deadline,
        now=now,
    )
    ex = _execution_row(conn, ex["id"])
    attempt = _attempt_row(conn, attempt_id)
    payload = _base_payload(ex, attempt)
    payload["lease_expires_at"] = expires
    payload["activity"] = _exec_snapshot(ex)
    payload["activity_attempt"] = _attempt_snapshot(attempt)
    append_event(server, conn, ex["run_id"], "ActivityStarted", payload)
    return _poll_body(conn, task, ex, attempt_id, number, owner, expires)


def _poll_body(
    conn: sqlite3.Connection,
    task: sqlite3.Row,
    ex: sqlite3.Row,
    attempt_id: str,
    number: int,
    owner: str,
    expires: str,
) -> dict[str, Any]:
    """The ``task`` object of an activity poll answer for a leased attempt."""
    run = get_run(conn, ex["run_id"])
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
    task = store.get_task(conn, namespace, task_id)
    if task is None:
        raise WorkerError(404, "task_not_found", "Activity task not found.", **echo)
    attempt = store.get_attempt(conn, attempt_id)
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
        ex = _execution_row(conn, attempt["execution_id"])
        out = _outcome(task_id, attempt_id, "completed", False, None, None)
        run = get_run(conn, task["run_id"])
        if run is not None and run["status"] in ("cancelled", "terminated"):
            return 409, _closed_run_ignored(out, run, ex, attempt, task)
        if _stale(conn, task, attempt, ex):
            out["reason"] = "stale_attempt"
            return 409, out
        result = normalize_result(body.get("result"), run)
        store.close_attempt(conn, attempt_id, "completed", now)
        store.mark_task_completed(conn, task_id)
        store.mark_execution_completed(conn, ex["id"], dumps(result), now)
        out["recorded"] = True
        if run is None or run["status"] not in OPEN_RUN_STATUSES:
            return 200, out
        ex = _execution_row(conn, ex["id"])
        attempt = _attempt_row(conn, attempt_id)
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
        return check_envelope(value, "result")
    if isinstance(value, str):
        return check_envelope({"codec": codec, "blob": value}, "result")
    if value is None:
        return None

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
    schedule_deadline = None
    if timeout_kind is not None and snapshot.get("schedule_to_start_timeout"):
        schedule_deadline = iso_plus(available, int(snapshot["schedule_to_start_timeout"]))
    store.reset_execution_for_retry(conn, ex["id"], schedule_deadline)
    ex = _execution_row(conn, ex["id"])
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
        ex = _execution_row(conn, attempt["execution_id"])
        out = _outcome(task_id, attempt_id, "failed", False, None, None)
        run = get_run(conn, task["run_id"])
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
        store.close_attempt(conn, attempt_id, "failed", now)
        store.mark_task_completed(conn, task_id)
        attempt = _attempt_row(conn, attempt_id)
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
            and run is not None
            and not non_retryable
            and not s2c_passed
            and _can_retry(snapshot, int(attempt["attempt_number"]))
        ):
            out["next_task_id"] = _schedule_retry(
                server, conn, run, ex, attempt, task_id, failure_fields
            )
            return 200, out
        store.mark_execution_failed(conn, ex["id"], dumps(failure_fields), now)
        if not run_open or run is None:
            return 200, out
        ex = _execution_row(conn, ex["id"])
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
