"""Workflow engine: instances, runs, control-plane commands and workflow-task completions.

:class:`WorkflowService` (``server.workflows``) is the service the HTTP handlers and the other
modules (schedules, bridge) call. All writes that belong together run in one SQLite transaction.
"""

from __future__ import annotations

import asyncio
import base64
import re
import sqlite3
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from . import activities as acts
from . import tasks as wtasks
from .errors import ApiError, Validator, WorkerError, validation_error
from .history import (
    append_event,
    decode_token,
    dumps,
    encode_token,
    iso_after,
    loads,
    new_id,
    now_iso,
    offset_iso,
    parse_iso,
)
from .tasks import OPEN_RUN_STATUSES

if TYPE_CHECKING:
    from .server import DevServer

MIGRATIONS: list[tuple[str, str]] = [
    (
        "workflows_001",
        """
        CREATE TABLE IF NOT EXISTS workflow_instances (
            workflow_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            current_run_id TEXT NOT NULL,
            run_count INTEGER NOT NULL DEFAULT 1,
            command_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS workflow_runs (
            run_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            run_number INTEGER NOT NULL,
            workflow_type TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            business_key TEXT,
            status TEXT NOT NULL,
            closed_reason TEXT,
            payload_codec TEXT,
            arguments TEXT,
            output TEXT,
            failure TEXT,
            memo TEXT,
            search_attributes TEXT,
            execution_timeout_seconds INTEGER,
            run_timeout_seconds INTEGER,
            execution_deadline_at TEXT,
            run_deadline_at TEXT,
            compatibility TEXT,
            parent_run_id TEXT,
            parent_workflow_id TEXT,
            parent_sequence INTEGER,
            child_call_id TEXT,
            parent_close_policy TEXT,
            continued_from_run_id TEXT,
            last_sequence INTEGER NOT NULL DEFAULT 0,
            step_counter INTEGER NOT NULL DEFAULT 0,
            archived_at TEXT,
            repair_count INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            closed_at TEXT,
            last_progress_at TEXT
        );
        CREATE INDEX IF NOT EXISTS workflow_runs_list ON workflow_runs (namespace, started_at);
        CREATE INDEX IF NOT EXISTS workflow_runs_instance
            ON workflow_runs (workflow_id, run_number);
        CREATE TABLE IF NOT EXISTS workflow_signals (
            signal_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            signal_name TEXT NOT NULL,
            arguments TEXT,
            command_id TEXT,
            request_id TEXT,
            received_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS workflow_updates (
            update_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            update_name TEXT NOT NULL,
            arguments TEXT,
            status TEXT NOT NULL,
            result TEXT,
            failure TEXT,
            command_id TEXT,
            request_id TEXT,
            sequence INTEGER,
            accepted_at TEXT,
            applied_at TEXT,
            rejected_at TEXT,
            closed_at TEXT
        );
        CREATE TABLE IF NOT EXISTS child_calls (
            child_call_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            parent_run_id TEXT NOT NULL,
            parent_workflow_id TEXT NOT NULL,
            sequence INTEGER,
            workflow_link_id TEXT NOT NULL,
            child_workflow_id TEXT NOT NULL,
            child_run_id TEXT,
            workflow_type TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            arguments TEXT,
            parent_close_policy TEXT NOT NULL,
            retry_policy TEXT,
            timeout_policy TEXT,
            attempt INTEGER NOT NULL DEFAULT 1,
            parallel TEXT,
            status TEXT NOT NULL
        )
        """,
    )
]

MIGRATIONS.append(
    (
        "workflows_002",
        """
        CREATE TABLE IF NOT EXISTS run_streams (
            run_id TEXT NOT NULL,
            stream_name TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            namespace TEXT NOT NULL,
            status TEXT NOT NULL,
            error_reason TEXT,
            retention_seconds INTEGER,
            opened_at TEXT NOT NULL,
            last_appended_at TEXT,
            closed_at TEXT,
            PRIMARY KEY (run_id, stream_name)
        );
        CREATE TABLE IF NOT EXISTS run_stream_items (
            run_id TEXT NOT NULL,
            stream_name TEXT NOT NULL,
            item_offset INTEGER NOT NULL,
            payload TEXT,
            payload_codec TEXT,
            payload_reference TEXT,
            idempotency_key TEXT,
            item_type TEXT,
            content_type TEXT,
            origin TEXT,
            emitted_at TEXT NOT NULL,
            PRIMARY KEY (run_id, stream_name, item_offset)
        );
        CREATE TABLE IF NOT EXISTS workflow_messages (
            namespace TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            stream_name TEXT NOT NULL,
            message_id TEXT NOT NULL,
            run_id TEXT NOT NULL,
            message_offset INTEGER NOT NULL,
            input TEXT,
            received_at TEXT NOT NULL,
            PRIMARY KEY (namespace, workflow_id, stream_name, message_id)
        )
        """,
    )
)

STANDALONE_TYPE = "dw.standalone_activity"
#: Marker of signal waits (``open_signal_wait``) among the stored waits.
SIGNAL_WAIT = "signal_wait"
#: Events that never need a workflow task to be seen.
QUIET_EVENTS = frozenset(
    {
        "ActivityStarted",
        "ActivityHeartbeatRecorded",
        "ActivityRetryScheduled",
        "RepairRequested",
        "TimerScheduled",
        "ChildRunStarted",
        "ParentClosePolicyApplied",
    }
)
WORKFLOW_ID_RE = r"[a-zA-Z0-9._:-]+"
SEARCH_ATTR_KEY_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9_]*$")
TERMINAL_COMMANDS = ("complete_workflow", "fail_workflow", "continue_as_new")
KNOWN_COMMANDS = (
    "complete_workflow",
    "fail_workflow",
    "continue_as_new",
    "schedule_activity",
    "start_timer",
    "start_child_workflow",
    "complete_update",
    "fail_update",
    "record_side_effect",
    "record_version_marker",
    "upsert_search_attributes",
    "open_condition_wait",
    "upsert_memo",
    "open_signal_wait",
    "record_local_activity",
    "cancel_selection_operation",
)
CANCELLED_EXCEPTION = "Workflow\\V2\\Exceptions\\WorkflowCancelledException"
TERMINATED_EXCEPTION = "Workflow\\V2\\Exceptions\\WorkflowTerminatedException"


# ------------------------------------------------------------------------------------- payloads


def encode_value(value: Any, field: str = "input") -> dict[str, Any]:
    """Encode a JSON value as an Avro payload envelope (422 on ``field`` when it cannot be)."""
    try:
        from .generation import encode_blob
    except ImportError as exc:  # pragma: no cover - the codec ships with the package
        raise validation_error({field: ["The Avro codec is not available."]}) from exc
    try:
        return {"codec": "avro", "blob": encode_blob(value)}
    except (ValueError, TypeError, OverflowError) as exc:
        raise validation_error({field: [f"The {field} field cannot be encoded: {exc}"]}) from exc


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def decode_envelope(envelope: Any) -> tuple[bool, Any]:
    """Decode an ``{codec: avro, blob}`` envelope: ``(ok, value)``."""
    if not isinstance(envelope, dict) or envelope.get("codec") != "avro":
        return False, None
    blob = envelope.get("blob")
    if not isinstance(blob, str):
        return False, None
    try:
        from durable_workflow.codec.framing import decode_any_blob
    except ImportError:  # pragma: no cover
        return False, None
    try:
        return True, _jsonable(decode_any_blob(blob))
    except Exception:
        return False, None


def is_envelope(value: Any) -> bool:
    return isinstance(value, dict) and set(value) in (
        {"codec", "blob"},
        {"codec", "external_storage"},
    )


def parse_input(
    value: Any, field: str, *, allow_map: bool = False, required_list: bool = True
) -> dict[str, Any] | None:
    """Validate an ``input`` (JSON list or envelope) and return an envelope (or ``None``)."""
    if value is None:
        return None
    if isinstance(value, list):
        return encode_value(value, field)
    if (
        isinstance(value, dict)
        and "codec" in value
        and ("blob" in value or "external_storage" in value)
    ):
        codec = value.get("codec")
        if not isinstance(codec, str) or not codec.strip():
            raise validation_error(
                {f"{field}.codec": ["The payload envelope codec must be a non-empty string."]}
            )
        if codec != "avro":
            raise validation_error(
                {f"{field}.codec": [f'Unknown payload codec "{codec}". Known codecs: avro.']}
            )
        if "external_storage" in value:
            if not isinstance(value["external_storage"], dict):
                raise validation_error(
                    {
                        f"{field}.external_storage": [
                            "The external payload reference must be an object."
                        ]
                    }
                )
            return {"codec": codec, "external_storage": value["external_storage"]}
        if not isinstance(value.get("blob"), str):
            raise validation_error(
                {f"{field}.blob": ["The payload envelope blob must be a string."]}
            )
        from .generation import check_input_framing

        check_input_framing(value, field)
        return {"codec": codec, "blob": value["blob"]}
    if isinstance(value, dict) and allow_map:
        return encode_value(value, field)
    if isinstance(value, dict) and not required_list:
        return encode_value(list(value.values()), field)
    raise validation_error({field: [f"The {field} field must be an array."]})


def command_payload(value: Any, codec: str | None) -> Any:
    """A command's payload field (envelope or raw blob) as a stored envelope."""
    if value is None:
        return None
    if is_envelope(value):
        return dict(value)
    if isinstance(value, str):
        return {"codec": codec or "avro", "blob": value}
    return encode_value(value)


def blob_of(envelope: Any) -> Any:
    if isinstance(envelope, dict) and "blob" in envelope:
        return envelope["blob"]
    return envelope


def status_bucket(status: str) -> str:
    if status in OPEN_RUN_STATUSES:
        return "running"
    return "completed" if status == "completed" else "failed"


def _sa(value: str | None) -> Any:
    data = loads(value, {})
    return data if data else {}


# ------------------------------------------------------------------------------------ run close


def _run(conn: sqlite3.Connection, run_id: str) -> sqlite3.Row:
    row: sqlite3.Row = conn.execute(
        "SELECT * FROM workflow_runs WHERE run_id = ?", (run_id,)
    ).fetchone()
    return row


def close_run(
    server: DevServer,
    conn: sqlite3.Connection,
    run: sqlite3.Row,
    status: str,
    closed_reason: str,
    *,
    output: Any = None,
    failure: dict[str, Any] | None = None,
    task_id: str | None = None,
    command_id: str | None = None,
    event: tuple[str, dict[str, Any]] | None = None,
) -> None:
    """Close a run: status, the closing event, open work cancelled, parent notified."""
    now = now_iso(server)
    conn.execute(
        "UPDATE workflow_runs SET status = ?, closed_reason = ?, closed_at = ?, output = ?,"
        " failure = ? WHERE run_id = ?",
        (
            status,
            closed_reason,
            now,
            dumps(output),
            dumps(failure) if failure else None,
            run["run_id"],
        ),
    )
    if status in ("cancelled", "terminated", "failed") or closed_reason == "timed_out":
        acts.cancel_run_activities(server, conn, run["run_id"], command_id)
        wtasks.cancel_run_timers(server, conn, run["run_id"])
    if event is None:
        if status == "completed" and closed_reason == "completed":
            event = (
                "WorkflowCompleted",
                {
                    "output": blob_of(output),
                    "payload_codec": (output or {}).get("codec", run["payload_codec"])
                    if isinstance(output, dict)
                    else run["payload_codec"],
                },
            )
        elif status == "failed":
            event = ("WorkflowFailed", failure or {})
    if event is not None:
        append_event(
            server, conn, run["run_id"], event[0], event[1], task_id=task_id, command_id=command_id
        )
    wtasks.cancel_open_tasks(conn, run["run_id"], now)
    if task_id is not None:
        conn.execute(
            "UPDATE workflow_tasks SET status = ? WHERE task_id = ?",
            ("failed" if status == "failed" else "completed", task_id),
        )
    # pending updates are closed with the run
    conn.execute(
        "UPDATE workflow_updates SET status = 'failed', closed_at = ?, failure = ?"
        " WHERE run_id = ? AND status = 'accepted'",
        (
            now,
            dumps({"message": "Workflow run closed before the update completed."}),
            run["run_id"],
        ),
    )
    server.notifier.notify(("updates", run["run_id"]), ("run", run["run_id"]))
    _apply_parent_close_policy(server, conn, run)
    if closed_reason != "continued":
        _notify_parent(server, conn, _run(conn, run["run_id"]))


def _apply_parent_close_policy(
    server: DevServer, conn: sqlite3.Connection, run: sqlite3.Row
) -> None:
    for call in conn.execute(
        "SELECT * FROM child_calls WHERE parent_run_id = ? AND status = 'open'", (run["run_id"],)
    ).fetchall():
        policy = call["parent_close_policy"]
        if policy == "abandon" or not call["child_run_id"]:
            continue
        child = _run(conn, call["child_run_id"])
        if child is None or child["status"] not in OPEN_RUN_STATUSES:
            continue
        reason = "Parent workflow closed."
        if policy in ("request_cancel", "request_cancellation"):
            _cancel_or_terminate(server, conn, child, "cancel", reason, None)
        elif policy == "terminate":
            _cancel_or_terminate(server, conn, child, "terminate", reason, None)
        append_event(
            server,
            conn,
            run["run_id"],
            "ParentClosePolicyApplied",
            {
                "child_instance_id": call["child_workflow_id"],
                "child_run_id": call["child_run_id"],
                "policy": policy,
                "reason": reason,
            },
        )


def _notify_parent(server: DevServer, conn: sqlite3.Connection, child: sqlite3.Row) -> None:
    if not child["child_call_id"]:
        return
    call = conn.execute(
        "SELECT * FROM child_calls WHERE child_call_id = ?", (child["child_call_id"],)
    ).fetchone()
    if call is None or call["status"] != "open":
        return
    parent = _run(conn, call["parent_run_id"])
    if parent is None or parent["status"] not in OPEN_RUN_STATUSES:
        conn.execute(
            "UPDATE child_calls SET status = 'closed' WHERE child_call_id = ?",
            (call["child_call_id"],),
        )
        return
    failure = loads(child["failure"], {}) or {}
    if child["status"] == "failed":
        retry = loads(call["retry_policy"], {}) or {}
        max_attempts = int(retry.get("max_attempts") or 1)
        nr_types = retry.get("non_retryable_error_types") or []
        non_retryable = bool(failure.get("non_retryable")) or (
            failure.get("exception_type") in nr_types or failure.get("exception_class") in nr_types
        )
        if call["attempt"] < max_attempts and not non_retryable:
            backoff = retry.get("backoff_seconds") or []
            delay = int(backoff[min(call["attempt"] - 1, len(backoff) - 1)]) if backoff else 0
            _start_child_run(server, conn, parent, call, retry_of=child, backoff=delay)
            return
    conn.execute(
        "UPDATE child_calls SET status = 'closed' WHERE child_call_id = ?", (call["child_call_id"],)
    )
    payload = _child_payload(call, child)
    payload.update(
        child_status=child["status"],
        closed_reason=child["closed_reason"],
        closed_at=child["closed_at"],
    )
    event_type = {
        "completed": "ChildRunCompleted",
        "failed": "ChildRunFailed",
        "cancelled": "ChildRunCancelled",
        "terminated": "ChildRunTerminated",
    }[child["status"]]
    if child["status"] == "completed":
        output = loads(child["output"])
        payload["output"] = blob_of(output)
        payload["result"] = blob_of(output)
        payload["payload_codec"] = (
            output.get("codec") if isinstance(output, dict) else child["payload_codec"]
        )
    else:
        for key in (
            "failure_id",
            "failure_category",
            "exception_type",
            "exception_class",
            "message",
            "exception",
            "code",
        ):
            if key in failure:
                payload[key] = failure[key]
    append_event(server, conn, parent["run_id"], event_type, payload)
    wtasks.ensure_workflow_task(
        server,
        conn,
        parent,
        {
            "workflow_wait_kind": "child",
            "open_wait_id": f"child:{call['child_call_id']}",
            "resume_source_kind": "child_workflow_run",
            "resume_source_id": child["run_id"],
            "child_call_id": call["child_call_id"],
            "child_workflow_run_id": child["run_id"],
            "workflow_sequence": call["sequence"],
            "workflow_event_type": event_type,
        },
    )


def _child_payload(call: sqlite3.Row, child: sqlite3.Row | None) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "sequence": call["sequence"],
        "workflow_link_id": call["workflow_link_id"],
        "child_call_id": call["child_call_id"],
        "child_workflow_instance_id": call["child_workflow_id"],
        "child_workflow_run_id": child["run_id"] if child is not None else call["child_run_id"],
        "child_workflow_class": call["workflow_type"],
        "child_workflow_type": call["workflow_type"],
        "child_run_number": child["run_number"] if child is not None else 1,
    }
    payload.update(loads(call["parallel"], {}) or {})
    return payload


def _failure(
    category: str,
    message: str,
    exc_class: str,
    exc_type: str | None = None,
    non_retryable: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    failure: dict[str, Any] = {
        "failure_id": new_id(),
        "failure_category": category,
        "non_retryable": non_retryable,
        "exception_type": exc_type,
        "exception_class": exc_class,
        "message": message,
        "exception": {
            "class": exc_class,
            "type": exc_type,
            "message": message,
            "code": 0,
            "file": "",
            "line": 0,
            "trace": [],
            "properties": [],
        },
    }
    failure.update(extra)
    return failure


def _cancel_or_terminate(
    server: DevServer,
    conn: sqlite3.Connection,
    run: sqlite3.Row,
    kind: str,
    reason: str | None,
    command_id: str | None,
) -> None:
    cancelled = kind == "cancel"
    status = "cancelled" if cancelled else "terminated"
    base = {
        "workflow_command_id": command_id,
        "workflow_instance_id": run["workflow_id"],
        "workflow_run_id": run["run_id"],
    }
    append_event(
        server,
        conn,
        run["run_id"],
        "CancelRequested" if cancelled else "TerminateRequested",
        {**base, "command_type": kind, "reason": reason},
        command_id=command_id,
    )
    word = "cancelled" if cancelled else "terminated"
    message = f"Workflow {word}." if not reason else f"Workflow {word}: {reason}"
    exc_class = CANCELLED_EXCEPTION if cancelled else TERMINATED_EXCEPTION
    failure = _failure(
        status, message, exc_class, source_kind="workflow_run", source_id=run["run_id"]
    )
    event_payload = {
        **base,
        "failure_id": failure["failure_id"],
        "failure_category": status,
        "closed_reason": status,
        "exception_class": exc_class,
        "message": message,
        "reason": reason,
    }
    close_run(
        server,
        conn,
        run,
        status,
        status,
        failure=failure,
        command_id=command_id,
        event=("WorkflowCancelled" if cancelled else "WorkflowTerminated", event_payload),
    )


# ------------------------------------------------------------------------------------- starting


def _create_run(
    server: DevServer,
    conn: sqlite3.Connection,
    *,
    namespace: str,
    workflow_id: str,
    run_number: int,
    workflow_type: str,
    task_queue: str,
    arguments: Any,
    business_key: str | None = None,
    memo: Any = None,
    search_attributes: Any = None,
    execution_timeout: int | None = None,
    run_timeout: int | None = None,
    execution_deadline_at: str | None = None,
    compatibility: str | None = None,
    parent: dict[str, Any] | None = None,
    continued_from: str | None = None,
    payload_codec: str = "avro",
) -> sqlite3.Row:
    run_id = new_id()
    now = now_iso(server)
    if execution_timeout and execution_deadline_at is None:
        execution_deadline_at = iso_after(server, execution_timeout)
    run_deadline_at = iso_after(server, run_timeout) if run_timeout else None
    parent = parent or {}
    conn.execute(
        "INSERT INTO workflow_runs (run_id, namespace, workflow_id, run_number, workflow_type,"
        " task_queue, business_key, status, payload_codec, arguments, memo, search_attributes,"
        " execution_timeout_seconds, run_timeout_seconds, execution_deadline_at, run_deadline_at,"
        " compatibility, parent_run_id, parent_workflow_id, parent_sequence, child_call_id,"
        " parent_close_policy, continued_from_run_id, started_at, last_progress_at)"
        " VALUES (?,?,?,?,?,?,?,'pending',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            run_id,
            namespace,
            workflow_id,
            run_number,
            workflow_type,
            task_queue,
            business_key,
            payload_codec,
            dumps(arguments),
            dumps(memo or {}),
            dumps(search_attributes or {}),
            execution_timeout,
            run_timeout,
            execution_deadline_at,
            run_deadline_at,
            compatibility,
            parent.get("run_id"),
            parent.get("workflow_id"),
            parent.get("sequence"),
            parent.get("child_call_id"),
            parent.get("parent_close_policy"),
            continued_from,
            now,
            now,
        ),
    )
    if execution_deadline_at or run_deadline_at:
        server.notifier.notify("sweep")
    return _run(conn, run_id)


def _started_payload(run: sqlite3.Row, command_id: str | None, **extra: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "workflow_class": run["workflow_type"],
        "workflow_type": run["workflow_type"],
        "workflow_instance_id": run["workflow_id"],
        "workflow_run_id": run["run_id"],
        "workflow_command_id": command_id,
        "business_key": run["business_key"],
        "memo": _sa(run["memo"]),
        "search_attributes": _sa(run["search_attributes"]),
        "execution_timeout_seconds": run["execution_timeout_seconds"],
        "run_timeout_seconds": run["run_timeout_seconds"],
        "execution_deadline_at": run["execution_deadline_at"],
        "run_deadline_at": run["run_deadline_at"],
        "task_queue": run["task_queue"],
        "payload_codec": run["payload_codec"],
    }
    payload.update(extra)
    return {k: v for k, v in payload.items() if v is not None}


def _start_child_run(
    server: DevServer,
    conn: sqlite3.Connection,
    parent: sqlite3.Row,
    call: sqlite3.Row,
    *,
    retry_of: sqlite3.Row | None = None,
    backoff: int = 0,
    task_id: str | None = None,
) -> str:
    timeout_policy = loads(call["timeout_policy"], {}) or {}
    attempt = call["attempt"] + (1 if retry_of is not None else 0)
    child = _create_run(
        server,
        conn,
        namespace=parent["namespace"],
        workflow_id=call["child_workflow_id"],
        run_number=(retry_of["run_number"] + 1) if retry_of is not None else 1,
        workflow_type=call["workflow_type"],
        task_queue=call["task_queue"],
        arguments=loads(call["arguments"]),
        execution_timeout=timeout_policy.get("execution_timeout_seconds"),
        run_timeout=timeout_policy.get("run_timeout_seconds"),
        compatibility=parent["compatibility"],
        payload_codec=parent["payload_codec"] or "avro",
        parent={
            "run_id": parent["run_id"],
            "workflow_id": parent["workflow_id"],
            "sequence": call["sequence"],
            "child_call_id": call["child_call_id"],
            "parent_close_policy": call["parent_close_policy"],
        },
    )
    if retry_of is None:
        conn.execute(
            "INSERT INTO workflow_instances (workflow_id, namespace, current_run_id, run_count,"
            " created_at) VALUES (?,?,?,1,?)",
            (call["child_workflow_id"], parent["namespace"], child["run_id"], now_iso(server)),
        )
    else:
        conn.execute(
            "UPDATE workflow_instances SET current_run_id = ?, run_count = run_count + 1"
            " WHERE workflow_id = ?",
            (child["run_id"], call["child_workflow_id"]),
        )
    conn.execute(
        "UPDATE child_calls SET child_run_id = ?, attempt = ? WHERE child_call_id = ?",
        (child["run_id"], attempt, call["child_call_id"]),
    )
    append_event(
        server,
        conn,
        child["run_id"],
        "WorkflowStarted",
        _started_payload(
            child,
            None,
            parent_workflow_instance_id=parent["workflow_id"],
            parent_workflow_run_id=parent["run_id"],
            parent_sequence=call["sequence"],
            workflow_link_id=call["workflow_link_id"],
            child_call_id=call["child_call_id"],
            parent_close_policy=call["parent_close_policy"],
            retry_policy=loads(call["retry_policy"]),
            timeout_policy=timeout_policy or None,
            retry_attempt=attempt if retry_of is not None else None,
            retry_of_child_workflow_run_id=retry_of["run_id"] if retry_of is not None else None,
        ),
    )
    child_task = wtasks.create_workflow_task(
        server, conn, child, available_at=iso_after(server, backoff) if backoff else None
    )
    fresh_call = conn.execute(
        "SELECT * FROM child_calls WHERE child_call_id = ?", (call["child_call_id"],)
    ).fetchone()
    payload = _child_payload(fresh_call, child)
    payload.update(
        child_status=child["status"],
        parent_close_policy=call["parent_close_policy"],
        retry_policy=loads(call["retry_policy"]),
        timeout_policy=timeout_policy or None,
        execution_timeout_seconds=timeout_policy.get("execution_timeout_seconds"),
        run_timeout_seconds=timeout_policy.get("run_timeout_seconds"),
        execution_deadline_at=child["execution_deadline_at"],
        run_deadline_at=child["run_deadline_at"],
    )
    if retry_of is not None:
        payload.update(
            retry_attempt=attempt,
            retry_of_child_workflow_run_id=retry_of["run_id"],
            retry_backoff_seconds=backoff,
        )
    append_event(server, conn, parent["run_id"], "ChildRunStarted", payload, task_id=task_id)
    return child_task


# ----------------------------------------------------------------------------------- the service


class WorkflowService:
    """Workflow operations shared by the HTTP handlers and the other modules."""

    def __init__(self, server: DevServer) -> None:
        self.server = server

    # ---- helpers

    def _instance(
        self, conn: sqlite3.Connection, namespace: str, workflow_id: str
    ) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM workflow_instances WHERE workflow_id = ? AND namespace = ?",
            (workflow_id, namespace),
        ).fetchone()
        return row

    def _current_run(
        self, conn: sqlite3.Connection, namespace: str, workflow_id: str
    ) -> sqlite3.Row:
        inst = self._instance(conn, namespace, workflow_id)
        if inst is None:
            raise ApiError(
                404, "instance_not_found", "Workflow not found.", workflow_id=workflow_id
            )
        return _run(conn, inst["current_run_id"])

    def _command_id(self, conn: sqlite3.Connection, workflow_id: str) -> tuple[str, int]:
        conn.execute(
            "UPDATE workflow_instances SET command_count = command_count + 1 WHERE workflow_id = ?",
            (workflow_id,),
        )
        row = conn.execute(
            "SELECT command_count FROM workflow_instances WHERE workflow_id = ?", (workflow_id,)
        ).fetchone()
        return new_id(), int(row["command_count"]) if row else 1

    # ---- start

    def validate_start(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            body = {}
        v = Validator(body)
        renamed = {
            "workflow_execution_timeout": "execution_timeout_seconds",
            "workflow_run_timeout": "run_timeout_seconds",
        }
        for key in ("workflow_execution_timeout", "workflow_run_timeout", "workflow_task_timeout",
                    "retry_policy", "idempotency_key", "request_id"):  # fmt: skip
            if key in body:
                if key in renamed:
                    v.add(key, f"Use {renamed[key]} instead of {key}.")
                else:
                    v.add(key, f"The {key} field is not supported by the v2 workflow start API.")
        v.string("workflow_type", required=True, max=255)
        v.string("workflow_id", max=128, pattern=WORKFLOW_ID_RE)
        v.string("task_queue", max=255)
        v.string("business_key", max=255)
        v.integer("execution_timeout_seconds", min=1)
        v.integer("run_timeout_seconds", min=1)
        policy = body.get("duplicate_policy")
        if policy is not None and policy not in ("fail", "use-existing"):
            v.add(
                "duplicate_policy", "The duplicate_policy field only supports fail or use-existing."
            )
        memo = body.get("memo")
        if memo is not None:
            if not isinstance(memo, dict | list) or (isinstance(memo, list) and memo):
                v.add("memo", "The memo field must be an array.")
            elif len(dumps(memo)) > self.server.config.max_memo_bytes:
                v.add(
                    "memo",
                    f"The memo must not exceed {self.server.config.max_memo_bytes} bytes when"
                    f" JSON-encoded.",
                )
        sa = body.get("search_attributes")
        if sa is not None:
            if not isinstance(sa, dict | list) or (isinstance(sa, list) and sa):
                v.add("search_attributes", "The search attributes field must be an array.")
            elif isinstance(sa, dict):
                for key, value in sa.items():
                    if len(key.encode()) > 128 or not SEARCH_ATTR_KEY_RE.match(key):
                        v.add(
                            "search_attributes",
                            f"Search attribute key [{key}] must start with a letter and contain"
                            f" only letters, numbers, and underscores.",
                        )
                    values = value if isinstance(value, list) else [value]
                    for item in values:
                        if isinstance(item, str) and len(item.encode()) > 2048:
                            v.add(
                                "search_attributes",
                                f"Search attribute [{key}] value must not exceed 2048 bytes.",
                            )
        inp = body.get("input")
        if inp is not None and not isinstance(inp, list | dict):
            v.add("input", "The input field must be an array.")
        v.check()
        return dict(body)

    def start_workflow(
        self, namespace: str, body: dict[str, Any], *, source: str = "control_plane"
    ) -> tuple[int, dict[str, Any]]:
        """Start a workflow (``POST /api/workflows`` semantics)."""
        server = self.server
        body = self.validate_start(body)
        arguments = parse_input(body.get("input"), "input", required_list=False)
        if arguments is None:
            arguments = encode_value([])
        workflow_id = body.get("workflow_id") or new_id()
        workflow_type = body["workflow_type"]
        queue = body.get("task_queue") or "default"
        policy = body.get("duplicate_policy") or "fail"
        with server.db.transaction() as conn:
            inst = conn.execute(
                "SELECT * FROM workflow_instances WHERE workflow_id = ?", (workflow_id,)
            ).fetchone()
            if inst is not None and inst["namespace"] != namespace:
                raise ApiError(
                    409,
                    "workflow_id_reserved_in_namespace",
                    f"Workflow [{workflow_id}] is already reserved in another namespace.",
                    workflow_id=workflow_id,
                )
            if inst is not None:
                run = _run(conn, inst["current_run_id"])
                active = run["status"] in OPEN_RUN_STATUSES
                outcome = (
                    "returned_existing_active"
                    if (policy == "use-existing" and active)
                    else "rejected_duplicate"
                )
                out = self._start_body(run, outcome)
                if outcome == "rejected_duplicate":
                    out["reason"] = "instance_already_started"
                    out["message"] = f"Workflow [{workflow_id}] has already been started."
                return (200 if outcome == "returned_existing_active" else 409), out
            compatibility = body.get("build_id") or body.get("compatibility")
            if not compatibility:
                from .task_queues import promoted_build_id

                compatibility = promoted_build_id(server, conn, namespace, queue)
            run = _create_run(
                server,
                conn,
                namespace=namespace,
                workflow_id=workflow_id,
                run_number=1,
                workflow_type=workflow_type,
                task_queue=queue,
                arguments=arguments,
                business_key=body.get("business_key"),
                memo=body.get("memo"),
                search_attributes=body.get("search_attributes"),
                execution_timeout=body.get("execution_timeout_seconds"),
                run_timeout=body.get("run_timeout_seconds"),
                compatibility=compatibility or None,
                payload_codec=arguments.get("codec") or "avro",
            )
            conn.execute(
                "INSERT INTO workflow_instances (workflow_id, namespace, current_run_id, run_count,"
                " command_count, created_at) VALUES (?,?,?,1,0,?)",
                (workflow_id, namespace, run["run_id"], now_iso(server)),
            )
            command_id, command_sequence = self._command_id(conn, workflow_id)
            now = now_iso(server)
            command = {
                "id": command_id,
                "sequence": command_sequence,
                "type": "start",
                "target_scope": "instance",
                "resolved_run_id": run["run_id"],
                "payload_codec": run["payload_codec"],
                "payload": blob_of(arguments),
                "source": source,
                "status": "accepted",
                "outcome": "started_new",
                "accepted_at": now,
                "applied_at": now,
            }
            append_event(
                server,
                conn,
                run["run_id"],
                "StartAccepted",
                {
                    "workflow_command_id": command_id,
                    "workflow_instance_id": workflow_id,
                    "workflow_run_id": run["run_id"],
                    "workflow_class": workflow_type,
                    "workflow_type": workflow_type,
                    "business_key": run["business_key"],
                    "visibility_labels": None,
                    "memo": _sa(run["memo"]),
                    "search_attributes": _sa(run["search_attributes"]),
                    "outcome": "started_new",
                    "source": source,
                    "command": command,
                },
                command_id=command_id,
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "WorkflowStarted",
                _started_payload(run, command_id, command=command),
                command_id=command_id,
            )
            wtasks.create_workflow_task(server, conn, run)
            run = _run(conn, run["run_id"])
            return 201, self._start_body(run, "started_new")

    def _start_body(self, run: sqlite3.Row, outcome: str) -> dict[str, Any]:
        return {
            "workflow_id": run["workflow_id"],
            "run_id": run["run_id"],
            "workflow_type": run["workflow_type"],
            "namespace": run["namespace"],
            "status": run["status"],
            "business_key": run["business_key"],
            "payload_codec": run["payload_codec"],
            "outcome": outcome,
        }

    # ---- reads

    def is_running(self, namespace: str, workflow_id: str) -> bool:
        with self.server.db.transaction() as conn:
            inst = self._instance(conn, namespace, workflow_id)
            if inst is None:
                return False
            return bool(_run(conn, inst["current_run_id"])["status"] in OPEN_RUN_STATUSES)

    def describe_workflow(self, namespace: str, workflow_id: str) -> dict[str, Any] | None:
        with self.server.db.transaction() as conn:
            inst = self._instance(conn, namespace, workflow_id)
            if inst is None:
                return None
            return self.run_detail(conn, _run(conn, inst["current_run_id"]), inst)

    def run_detail(
        self, conn: sqlite3.Connection, run: sqlite3.Row, inst: sqlite3.Row | None = None
    ) -> dict[str, Any]:
        if inst is None:
            inst = conn.execute(
                "SELECT * FROM workflow_instances WHERE workflow_id = ?", (run["workflow_id"],)
            ).fetchone()
        arguments = loads(run["arguments"])
        output = loads(run["output"])
        ok, decoded_input = decode_envelope(arguments)
        if not ok or not isinstance(decoded_input, list):
            decoded_input = [] if not ok else [decoded_input]
        ok_out, decoded_output = decode_envelope(output)
        open_ = run["status"] in OPEN_RUN_STATUSES
        wait_kind, wait_reason = self._wait(conn, run) if open_ else (None, None)
        is_current = inst is not None and inst["current_run_id"] == run["run_id"]
        return {
            "workflow_id": run["workflow_id"],
            "run_id": run["run_id"],
            "namespace": run["namespace"],
            "workflow_type": run["workflow_type"],
            "business_key": run["business_key"],
            "status": run["status"],
            "status_bucket": status_bucket(run["status"]),
            "is_terminal": not open_,
            "closed_reason": run["closed_reason"],
            "task_queue": run["task_queue"],
            "run_number": run["run_number"],
            "run_count": inst["run_count"] if inst is not None else 1,
            "is_current_run": is_current,
            "compatibility": run["compatibility"],
            "payload_codec": run["payload_codec"],
            "execution_timeout_seconds": run["execution_timeout_seconds"],
            "run_timeout_seconds": run["run_timeout_seconds"],
            "execution_deadline_at": run["execution_deadline_at"],
            "run_deadline_at": run["run_deadline_at"],
            "input": decoded_input,
            "output": decoded_output if ok_out else None,
            "input_envelope": arguments,
            "output_envelope": output,
            "started_at": run["started_at"],
            "closed_at": run["closed_at"],
            "last_progress_at": run["last_progress_at"],
            "wait_kind": wait_kind,
            "wait_reason": wait_reason,
            "memo": _sa(run["memo"]),
            "search_attributes": _sa(run["search_attributes"]),
            "archived": run["archived_at"] is not None,
            "archived_at": run["archived_at"],
            "actions": {
                "can_signal": open_,
                "can_query": open_,
                "can_update": open_,
                "can_cancel": open_,
                "can_terminate": open_,
                "can_repair": open_,
                "can_archive": not open_ and run["archived_at"] is None,
            },
        }

    def _wait(self, conn: sqlite3.Connection, run: sqlite3.Row) -> tuple[str | None, str | None]:
        task = wtasks.open_workflow_task(conn, run["run_id"])
        if task is not None:
            return "workflow_task", f"Workflow task {task['status']}"
        if conn.execute(
            "SELECT 1 FROM activity_executions WHERE run_id = ? AND status IN"
            " ('pending','running')",
            (run["run_id"],),
        ).fetchone():
            return "activity", "Waiting for activity"
        if conn.execute(
            "SELECT 1 FROM child_calls WHERE parent_run_id = ? AND status = 'open'",
            (run["run_id"],),
        ).fetchone():
            return "child", "Waiting for child workflow"
        if conn.execute(
            "SELECT 1 FROM condition_waits WHERE run_id = ? AND status = 'open'", (run["run_id"],)
        ).fetchone():
            return "condition", "Waiting for condition"
        if conn.execute(
            "SELECT 1 FROM timers WHERE run_id = ? AND status = 'pending'", (run["run_id"],)
        ).fetchone():
            return "timer", "Waiting for timer"
        return None, None

    def list_workflows(self, namespace: str, params: dict[str, str]) -> dict[str, Any]:
        v = Validator(params)
        status = params.get("status")
        if status not in (None, "") and status not in ("running", "completed", "failed"):
            v.add("status", "The selected status is invalid.")
        page_size = v.integer("page_size", min=1, max=200) or 50
        v.check()
        where = ["namespace = ?"]
        args: list[Any] = [namespace]
        if params.get("workflow_type"):
            where.append("workflow_type = ?")
            args.append(params["workflow_type"])
        if status:
            bucket = {
                "running": OPEN_RUN_STATUSES,
                "completed": ("completed",),
                "failed": ("failed", "cancelled", "terminated"),
            }[status]
            where.append(f"status IN ({','.join('?' * len(bucket))})")
            args.extend(bucket)
        query = (params.get("query") or "").strip()
        sa_filters = _parse_visibility_query(query) if query else None
        if query and sa_filters is None:
            where.append("(workflow_id LIKE ? OR business_key LIKE ?)")
            args.extend([f"%{query}%", f"%{query}%"])
        rows = self.server.db.query(
            f"SELECT * FROM workflow_runs WHERE {' AND '.join(where)} AND workflow_type != ?"
            " ORDER BY started_at DESC, run_id DESC",
            [*args, STANDALONE_TYPE],
        )
        if sa_filters:
            rows = [r for r in rows if _matches_sa(_sa(r["search_attributes"]), sa_filters)]
        offset = 0
        token = params.get("next_page_token")
        if token:
            decoded = decode_token(token)
            offset = decoded if decoded is not None else 0
        page = rows[offset : offset + page_size]
        next_token = encode_token(offset + page_size) if offset + page_size < len(rows) else None
        items = [
            {
                "workflow_id": r["workflow_id"],
                "run_id": r["run_id"],
                "workflow_type": r["workflow_type"],
                "business_key": r["business_key"],
                "status": r["status"],
                "status_bucket": status_bucket(r["status"]),
                "task_queue": r["task_queue"],
                "is_terminal": r["status"] not in OPEN_RUN_STATUSES,
                "started_at": r["started_at"],
                "closed_at": r["closed_at"],
                "search_attributes": _sa(r["search_attributes"]),
                "memo": _sa(r["memo"]),
                "namespace": r["namespace"],
                "payload_codec": r["payload_codec"],
            }
            for r in page
        ]
        return {"workflows": items, "workflow_count": len(items), "next_page_token": next_token}

    def list_runs(self, namespace: str, workflow_id: str) -> dict[str, Any]:
        with self.server.db.transaction() as conn:
            inst = self._instance(conn, namespace, workflow_id)
            if inst is None:
                raise ApiError(
                    404, "instance_not_found", "Workflow not found.", workflow_id=workflow_id
                )
            rows = conn.execute(
                "SELECT * FROM workflow_runs WHERE workflow_id = ? ORDER BY run_number",
                (workflow_id,),
            ).fetchall()
        runs = [
            {
                "run_id": r["run_id"],
                "workflow_id": r["workflow_id"],
                "run_number": r["run_number"],
                "workflow_type": r["workflow_type"],
                "business_key": r["business_key"],
                "status": r["status"],
                "status_bucket": status_bucket(r["status"]),
                "is_current_run": r["run_id"] == inst["current_run_id"],
                "task_queue": r["task_queue"],
                "started_at": r["started_at"],
                "closed_at": r["closed_at"],
            }
            for r in rows
        ]
        return {"workflow_id": workflow_id, "run_count": len(runs), "runs": runs}

    def _run_in_ns(
        self, conn: sqlite3.Connection, namespace: str, workflow_id: str, run_id: str
    ) -> sqlite3.Row:
        run = conn.execute(
            "SELECT * FROM workflow_runs WHERE run_id = ? AND workflow_id = ? AND namespace = ?",
            (run_id, workflow_id, namespace),
        ).fetchone()
        if run is None:
            raise ApiError(
                404,
                "run_not_found",
                "Workflow run not found.",
                workflow_id=workflow_id,
                run_id=run_id,
            )
        row: sqlite3.Row = run
        return row

    def describe_run(self, namespace: str, workflow_id: str, run_id: str) -> dict[str, Any]:
        with self.server.db.transaction() as conn:
            return self.run_detail(conn, self._run_in_ns(conn, namespace, workflow_id, run_id))

    def history_page(
        self, namespace: str, workflow_id: str, run_id: str, after: int, size: int
    ) -> tuple[list[dict[str, Any]], str | None]:
        with self.server.db.transaction() as conn:
            self._run_in_ns(conn, namespace, workflow_id, run_id)
        rows = self.server.db.query(
            "SELECT * FROM history_events WHERE run_id = ? AND sequence > ? ORDER BY sequence"
            " LIMIT ?",
            (run_id, after, size + 1),
        )
        more = len(rows) > size
        rows = rows[:size]
        events = [
            {
                "id": r["id"],
                "sequence": r["sequence"],
                "event_type": r["event_type"],
                "timestamp": r["recorded_at"],
                "payload": loads(r["payload"], {}),
                "workflow_task_id": r["workflow_task_id"],
                "workflow_command_id": r["workflow_command_id"],
            }
            for r in rows
        ]
        token = encode_token(rows[-1]["sequence"]) if more and rows else None
        return events, token

    def export_history(self, namespace: str, workflow_id: str, run_id: str) -> dict[str, Any]:
        import hashlib
        import json

        with self.server.db.transaction() as conn:
            run = self._run_in_ns(conn, namespace, workflow_id, run_id)
            detail = self.run_detail(conn, run)
            inst = self._instance(conn, namespace, workflow_id)
        events = [
            {
                "id": r["id"],
                "sequence": r["sequence"],
                "event_type": r["event_type"],
                "type": r["event_type"],
                "payload": loads(r["payload"], {}),
                "workflow_task_id": r["workflow_task_id"],
                "workflow_command_id": r["workflow_command_id"],
                "recorded_at": r["recorded_at"],
            }
            for r in self.server.db.query(
                "SELECT * FROM history_events WHERE run_id = ? ORDER BY sequence", (run_id,)
            )
        ]
        arguments = loads(run["arguments"])
        output = loads(run["output"])
        bundle: dict[str, Any] = {
            "schema": "durable-workflow.v2.history-export",
            "schema_version": 1,
            "exported_at": now_iso(self.server),
            "dedupe_key": f"{workflow_id}:{run_id}:{len(events)}",
            "history_complete": run["status"] not in OPEN_RUN_STATUSES,
            "workflow": {
                "instance_id": workflow_id,
                "run_id": run_id,
                "run_number": run["run_number"],
                "is_current_run": inst is not None and inst["current_run_id"] == run_id,
                "current_run_id": inst["current_run_id"] if inst is not None else run_id,
                "workflow_type": run["workflow_type"],
                "business_key": run["business_key"],
                "memo": detail["memo"],
                "search_attributes": detail["search_attributes"],
                "status": run["status"],
                "status_bucket": detail["status_bucket"],
                "closed_reason": run["closed_reason"],
                "compatibility": run["compatibility"],
                "queue": run["task_queue"],
                "connection": None,
                "workflow_class": run["workflow_type"],
                "visibility_labels": None,
                "current_run_source": "instance",
                "archived_at": run["archived_at"],
                "archive_command_id": None,
                "archive_reason": None,
                "last_history_sequence": run["last_sequence"],
                "last_progress_at": run["last_progress_at"],
                "started_at": run["started_at"],
                "closed_at": run["closed_at"],
            },
            **self._export_sections(run_id),
            "payloads": {
                "codec": run["payload_codec"],
                "arguments": {"available": arguments is not None, "data": blob_of(arguments)},
                "output": {
                    "available": output is not None,
                    "codec": output.get("codec") if isinstance(output, dict) else None,
                    "data": blob_of(output),
                },
            },
            "history_events": events,
        }
        canonical = json.dumps(bundle, sort_keys=True, separators=(",", ":"))
        bundle["integrity"] = {
            "canonicalization": "json-sorted-keys",
            "checksum_algorithm": "sha256",
            "checksum": hashlib.sha256(canonical.encode()).hexdigest(),
            "signature_algorithm": None,
            "signature": None,
            "key_id": None,
        }
        return bundle

    def _export_sections(self, run_id: str) -> dict[str, Any]:
        db = self.server.db

        def rows(sql: str) -> list[dict[str, Any]]:
            return [dict(r) for r in db.query(sql, (run_id,))]

        signals = rows(
            "SELECT signal_id, signal_name, command_id, request_id, received_at FROM"
            " workflow_signals"
            " WHERE run_id = ? ORDER BY received_at"
        )
        updates = rows(
            "SELECT update_id, update_name, status, command_id, sequence, accepted_at, applied_at,"
            " closed_at FROM workflow_updates WHERE run_id = ? ORDER BY accepted_at"
        )
        tasks = rows(
            "SELECT task_id, status, attempt_count, lease_owner, lease_expires_at, available_at,"
            " created_at FROM workflow_tasks WHERE run_id = ? ORDER BY created_at"
        )
        activities = rows(
            "SELECT id, activity_type, status, attempt_count, sequence, task_queue, created_at,"
            " started_at, closed_at FROM activity_executions WHERE run_id = ? ORDER BY created_at"
        )
        timers = rows(
            "SELECT timer_id, sequence, delay_seconds, fire_at, status, timer_kind, fired_at"
            " FROM timers WHERE run_id = ? ORDER BY created_at"
        )
        children = rows(
            "SELECT child_call_id, child_workflow_id, child_run_id, workflow_type, status,"
            " parent_close_policy, sequence FROM child_calls WHERE parent_run_id = ?"
        )
        counts: dict[str, int] = {}
        for r in db.query(
            "SELECT event_type, COUNT(*) AS n FROM history_events WHERE run_id = ? GROUP BY"
            " event_type",
            (run_id,),
        ):
            counts[r["event_type"]] = int(r["n"])
        timeline = [
            {
                "id": r["id"],
                "sequence": r["sequence"],
                "type": r["event_type"],
                "recorded_at": r["recorded_at"],
                "command_id": r["workflow_command_id"],
                "task_id": r["workflow_task_id"],
            }
            for r in db.query(
                "SELECT id, sequence, event_type, recorded_at, workflow_command_id,"
                " workflow_task_id"
                " FROM history_events WHERE run_id = ? ORDER BY sequence",
                (run_id,),
            )
        ]
        waits = [
            {
                "id": f"activity:{a['id']}",
                "kind": "activity",
                "sequence": a["sequence"],
                "status": "open" if a["status"] in ("pending", "running") else "resolved",
                "source_status": a["status"],
                "opened_at": a["created_at"],
                "resolved_at": a["closed_at"],
                "target_type": a["activity_type"],
            }
            for a in activities
        ] + [
            {
                "id": f"timer:{t['timer_id']}",
                "kind": "timer",
                "sequence": t["sequence"],
                "status": "open" if t["status"] == "pending" else "resolved",
                "source_status": t["status"],
                "deadline_at": t["fire_at"],
                "resolved_at": t["fired_at"],
            }
            for t in timers
        ]
        return {
            "summary": {"history_event_count": sum(counts.values()), "event_type_counts": counts},
            "selected_run": {"run_id": run_id, "projection_source": "history_events"},
            "waits": waits,
            "timeline": timeline,
            "linked_intakes_scope": "selected_run",
            "linked_intakes": [],
            "payload_manifest": {
                "version": 1,
                "entries": [
                    {"path": "payloads.arguments.data", "codec": "avro", "encoding": "base64-avro"},
                    {"path": "payloads.output.data", "codec": "avro", "encoding": "base64-avro"},
                ],
            },
            "signals": signals,
            "updates": updates,
            "tasks": tasks,
            "activities": activities,
            "timers": timers,
            "links": children,
            "failures": [],
            "commands": [],
            "redaction": {"applied": False, "policy": None, "paths": []},
            "codec_schemas": {
                "avro": {
                    "schema": "durable_workflow.protocol.Value",
                    "framing": "single-object",
                    "magic": "c301",
                    "fingerprint": "e2a33dff55802237",
                }
            },
        }

    # ---- commands

    def _command_result(
        self,
        run: sqlite3.Row,
        command_id: str | None,
        command_sequence: int | None,
        outcome: str,
        *,
        accepted: bool,
        reason: str | None = None,
        requested_run_id: str | None = None,
        target_scope: str = "instance",
    ) -> dict[str, Any]:
        return {
            "outcome": outcome,
            "workflow_id": run["workflow_id"],
            "run_id": run["run_id"],
            "requested_run_id": requested_run_id,
            "resolved_run_id": run["run_id"],
            "command_id": command_id,
            "command_sequence": command_sequence,
            "target_scope": target_scope,
            "workflow_type": run["workflow_type"],
            "command_status": "accepted" if accepted else "rejected",
            "command_source": "control_plane",
            "reason": reason,
            "rejection_reason": None if accepted else reason,
            "validation_errors": [],
        }

    def _target_run(
        self, conn: sqlite3.Connection, namespace: str, workflow_id: str, run_id: str | None
    ) -> sqlite3.Row:
        run = self._current_run(conn, namespace, workflow_id)
        if run_id is not None and run_id != run["run_id"]:
            raise ApiError(
                409,
                "historical_run_command_rejected",
                (
                    "Commands cannot target historical runs. Use the instance-level endpoint to "
                    "command the current run, or omit the run ID."
                ),
                workflow_id=workflow_id,
                run_id=run_id,
                target_scope="run",
            )
        return run

    def _declared(self, conn: sqlite3.Connection, run: sqlite3.Row, kind: str) -> list[str] | None:
        from .workers import declared_names

        return declared_names(
            self.server, conn, run["namespace"], run["task_queue"], run["workflow_type"], kind
        )

    def signal_workflow(
        self,
        namespace: str,
        workflow_id: str,
        signal_name: str,
        body: dict[str, Any],
        *,
        run_id: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        server = self.server
        _check_name(signal_name, "signal_name")
        body = body if isinstance(body, dict) else {}
        v = Validator(body)
        v.string("request_id", max=255)
        v.check()
        arguments = parse_input(body.get("input"), "input", allow_map=True)
        request_id = body.get("request_id")
        with server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
            if request_id:
                retained = conn.execute(
                    "SELECT * FROM workflow_signals WHERE namespace = ? AND workflow_id = ?"
                    " AND request_id = ?",
                    (namespace, workflow_id, request_id),
                ).fetchone()
                if retained is not None:
                    return self._retained_signal(
                        conn, run, retained, signal_name, arguments, run_id
                    )
            command_id, seq = self._command_id(conn, workflow_id)
            extra = {"signal_name": signal_name}
            if run["status"] not in OPEN_RUN_STATUSES:
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_not_active",
                    accepted=False,
                    reason="run_not_active",
                    requested_run_id=run_id,
                )
                return 409, {**out, **extra}
            declared = self._declared(conn, run, "signals")
            if declared is not None and signal_name not in declared:
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_unknown_signal",
                    accepted=False,
                    reason="unknown_signal",
                    requested_run_id=run_id,
                )
                return 404, {**out, **extra}
            signal_id = new_id()
            wait = conn.execute(
                "SELECT * FROM condition_waits WHERE run_id = ? AND status = 'open'"
                " AND condition_key = ? AND fingerprint = 'signal_wait' ORDER BY opened_at LIMIT 1",
                (run["run_id"], signal_name),
            ).fetchone()
            conn.execute(
                "INSERT INTO workflow_signals (signal_id, namespace, run_id, workflow_id,"
                " signal_name,"
                " arguments, command_id, request_id, received_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    signal_id,
                    namespace,
                    run["run_id"],
                    workflow_id,
                    signal_name,
                    dumps(arguments),
                    command_id,
                    body.get("request_id"),
                    now_iso(server),
                ),
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "SignalReceived",
                {
                    "workflow_command_id": command_id,
                    "signal_id": signal_id,
                    "workflow_instance_id": workflow_id,
                    "workflow_run_id": run["run_id"],
                    "signal_name": signal_name,
                    "signal_wait_id": wait["wait_id"] if wait is not None else None,
                    "workflow_sequence": wait["sequence"] if wait is not None else None,
                    "arguments": arguments,
                    "payload_codec": (arguments or {}).get("codec", run["payload_codec"]),
                },
                command_id=command_id,
            )
            wtasks.ensure_workflow_task(
                server,
                conn,
                run,
                {
                    "workflow_wait_kind": "signal",
                    "open_wait_id": f"signal-application:{signal_id}",
                    "resume_source_kind": "workflow_signal",
                    "resume_source_id": signal_id,
                    "workflow_signal_id": signal_id,
                    "signal_name": signal_name,
                    "signal_wait_id": wait["wait_id"] if wait is not None else None,
                    "workflow_sequence": wait["sequence"] if wait is not None else None,
                    "workflow_command_id": command_id,
                },
            )
            out = self._command_result(
                run, command_id, seq, "signal_received", accepted=True, requested_run_id=run_id
            )
            if request_id:
                out.update(request_id=request_id, retained=False, intent_verified=True)
            return 202, {**out, **extra}

    def _retained_signal(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        retained: sqlite3.Row,
        signal_name: str,
        arguments: Any,
        run_id: str | None,
    ) -> tuple[int, dict[str, Any]]:
        """Answer a repeated ``request_id``: the original admission, or a conflict."""
        same = retained["signal_name"] == signal_name and loads(retained["arguments"]) == arguments
        if not same:
            raise ApiError(
                409,
                "request_id_conflict",
                "The request_id was already used for a different signal.",
                workflow_id=run["workflow_id"],
                request_id=retained["request_id"],
                retained_command_type="signal",
                details={"signal_name": retained["signal_name"]},
            )
        original = conn.execute(
            "SELECT * FROM workflow_runs WHERE run_id = ?", (retained["run_id"],)
        ).fetchone()
        out = self._command_result(
            original,
            retained["command_id"],
            None,
            "signal_received",
            accepted=True,
            requested_run_id=run_id,
        )
        out.update(
            signal_name=signal_name,
            request_id=retained["request_id"],
            retained=True,
            intent_verified=True,
        )
        return 202, out

    def cancel_workflow(
        self, namespace: str, workflow_id: str, reason: str | None, *, run_id: str | None = None
    ) -> dict[str, Any]:
        return self._close_command(namespace, workflow_id, "cancel", reason, run_id)[1]

    def terminate_workflow(
        self, namespace: str, workflow_id: str, reason: str | None, *, run_id: str | None = None
    ) -> dict[str, Any]:
        return self._close_command(namespace, workflow_id, "terminate", reason, run_id)[1]

    def _close_command(
        self, namespace: str, workflow_id: str, kind: str, reason: str | None, run_id: str | None
    ) -> tuple[int, dict[str, Any]]:
        server = self.server
        with server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
            command_id, seq = self._command_id(conn, workflow_id)
            if run["status"] not in OPEN_RUN_STATUSES:
                return 409, self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_not_active",
                    accepted=False,
                    reason="run_not_active",
                    requested_run_id=run_id,
                )
            _cancel_or_terminate(server, conn, run, kind, reason, command_id)
            run = _run(conn, run["run_id"])
            out = self._command_result(
                run,
                command_id,
                seq,
                "cancelled" if kind == "cancel" else "terminated",
                accepted=True,
                requested_run_id=run_id,
            )
            out["reason"] = reason
            return 200, out

    def repair_workflow(self, namespace: str, workflow_id: str) -> tuple[int, dict[str, Any]]:
        server = self.server
        with server.db.transaction() as conn:
            run = self._current_run(conn, namespace, workflow_id)
            command_id, seq = self._command_id(conn, workflow_id)
            if run["status"] not in OPEN_RUN_STATUSES:
                return 409, self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_not_active",
                    accepted=False,
                    reason="run_not_active",
                )
            dispatched = self.repair_run(conn, run, command_id)
            return 200, self._command_result(
                run,
                command_id,
                seq,
                "repair_dispatched" if dispatched else "repair_not_needed",
                accepted=True,
            )

    def repair_run(
        self, conn: sqlite3.Connection, run: sqlite3.Row, command_id: str | None = None
    ) -> bool:
        """Recreate the workflow task of a run left without a resume source."""
        if wtasks.open_workflow_task(conn, run["run_id"]) is not None:
            return False
        if conn.execute(
            "SELECT 1 FROM activity_executions WHERE run_id = ? AND status IN"
            " ('pending','running')",
            (run["run_id"],),
        ).fetchone() and not self._needs_task(conn, run):
            return False
        if not self._needs_task(conn, run):
            return False
        task_id = wtasks.create_workflow_task(server := self.server, conn, run)
        append_event(
            server,
            conn,
            run["run_id"],
            "RepairRequested",
            {
                "workflow_command_id": command_id,
                "workflow_instance_id": run["workflow_id"],
                "workflow_run_id": run["run_id"],
                "command_type": "repair",
                "outcome": "repair_dispatched",
                "liveness_state": "workflow_task_missing",
                "wait_kind": "workflow_task",
                "task_id": task_id,
                "task_type": "workflow",
            },
            command_id=command_id,
        )
        conn.execute(
            "UPDATE workflow_runs SET repair_count = repair_count + 1 WHERE run_id = ?",
            (run["run_id"],),
        )
        return True

    def _needs_task(self, conn: sqlite3.Connection, run: sqlite3.Row) -> bool:
        last = conn.execute(
            "SELECT * FROM workflow_tasks WHERE run_id = ? ORDER BY created_at DESC, rowid DESC"
            " LIMIT 1",
            (run["run_id"],),
        ).fetchone()
        if last is None:
            return True
        if last["status"] == "failed":
            return True
        # history recorded after the last task was completed (nothing will see it otherwise)
        seen = last["seq_at_lease"] or 0
        completion = conn.execute(
            "SELECT MAX(sequence) AS s FROM history_events WHERE workflow_task_id = ?",
            (last["task_id"],),
        ).fetchone()
        seen = max(seen, completion["s"] or 0)
        return bool(
            run["last_sequence"] > seen
            and last["status"] == "completed"
            and self._unseen_events_matter(conn, run, seen)
        )

    def _unseen_events_matter(self, conn: sqlite3.Connection, run: sqlite3.Row, after: int) -> bool:
        rows = conn.execute(
            "SELECT event_type FROM history_events WHERE run_id = ? AND sequence > ?",
            (run["run_id"], after),
        ).fetchall()
        quiet = QUIET_EVENTS
        return any(r["event_type"] not in quiet for r in rows)

    def archive_workflow(
        self, namespace: str, workflow_id: str, reason: str | None
    ) -> tuple[int, dict[str, Any]]:
        server = self.server
        with server.db.transaction() as conn:
            run = self._current_run(conn, namespace, workflow_id)
            command_id, seq = self._command_id(conn, workflow_id)
            if run["status"] in OPEN_RUN_STATUSES:
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_run_not_closed",
                    accepted=False,
                    reason="run_not_closed",
                )
                out["message"] = "Only closed workflow runs can be archived."
                return 409, out
            if run["archived_at"] is not None:
                return 200, self._command_result(
                    run, command_id, seq, "archive_not_needed", accepted=True
                )
            base = {
                "workflow_command_id": command_id,
                "workflow_instance_id": workflow_id,
                "workflow_run_id": run["run_id"],
            }
            append_event(
                server,
                conn,
                run["run_id"],
                "ArchiveRequested",
                {**base, "command_type": "archive", "outcome": "archived", "reason": reason},
                command_id=command_id,
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "WorkflowArchived",
                {**base, "archive_command_id": command_id, "reason": reason},
                command_id=command_id,
            )
            conn.execute(
                "UPDATE workflow_runs SET archived_at = ? WHERE run_id = ?",
                (now_iso(server), run["run_id"]),
            )
            out = self._command_result(run, command_id, seq, "archived", accepted=True)
            out["reason"] = reason
            return 200, out

    def redrive_run(
        self, namespace: str, workflow_id: str, run_id: str
    ) -> tuple[int, dict[str, Any]]:
        """Re-drive a run: recreate its workflow task when nothing would resume it."""
        with self.server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
            command_id, seq = self._command_id(conn, workflow_id)
            if run["status"] not in OPEN_RUN_STATUSES:
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_not_active",
                    accepted=False,
                    reason="run_not_active",
                    requested_run_id=run_id,
                )
                return 409, out
            dispatched = self.repair_run(conn, run, command_id)
            outcome = "repair_dispatched" if dispatched else "repair_not_needed"
            return 200, self._command_result(
                run, command_id, seq, outcome, accepted=True, requested_run_id=run_id
            )

    # ---- message streams and run streams

    def append_message(
        self, namespace: str, workflow_id: str, stream: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        v = Validator(body)
        message_id = v.string("message_id", required=True, max=255)
        v.check()
        envelope = parse_input(body.get("input"), "input", allow_map=True)
        with self.server.db.transaction() as conn:
            run = self._current_run(conn, namespace, workflow_id)
            existing = conn.execute(
                "SELECT * FROM workflow_messages WHERE namespace = ? AND workflow_id = ?"
                " AND stream_name = ? AND message_id = ?",
                (namespace, workflow_id, stream, message_id),
            ).fetchone()
            if existing is not None:
                return 200, {
                    "workflow_id": workflow_id,
                    "run_id": existing["run_id"],
                    "stream": stream,
                    "message_id": message_id,
                    "offset": existing["message_offset"],
                    "duplicate": True,
                }
            if run["status"] not in OPEN_RUN_STATUSES:
                raise ApiError(
                    409,
                    "run_not_active",
                    "The workflow run is not active.",
                    workflow_id=workflow_id,
                )
            count = conn.execute(
                "SELECT COUNT(*) AS n FROM workflow_messages WHERE namespace = ? AND workflow_id"
                " = ?"
                " AND stream_name = ?",
                (namespace, workflow_id, stream),
            ).fetchone()["n"]
            conn.execute(
                "INSERT INTO workflow_messages (namespace, workflow_id, stream_name, message_id,"
                " run_id,"
                " message_offset, input, received_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    namespace,
                    workflow_id,
                    stream,
                    message_id,
                    run["run_id"],
                    count,
                    dumps(envelope),
                    now_iso(self.server),
                ),
            )
            signal_id = new_id()
            append_event(
                self.server,
                conn,
                run["run_id"],
                "SignalReceived",
                {
                    "signal_id": signal_id,
                    "workflow_instance_id": workflow_id,
                    "workflow_run_id": run["run_id"],
                    "signal_name": stream,
                    "message_stream": stream,
                    "message_id": message_id,
                    "message_offset": count,
                    "arguments": envelope,
                    "payload_codec": (envelope or {}).get("codec", run["payload_codec"]),
                },
            )
            wtasks.ensure_workflow_task(
                self.server,
                conn,
                run,
                {
                    "workflow_wait_kind": "signal",
                    "open_wait_id": f"signal-application:{signal_id}",
                    "resume_source_kind": "workflow_signal",
                    "resume_source_id": signal_id,
                    "workflow_signal_id": signal_id,
                    "signal_name": stream,
                },
            )
        return 202, {
            "workflow_id": workflow_id,
            "run_id": run["run_id"],
            "stream": stream,
            "message_id": message_id,
            "offset": count,
            "duplicate": False,
        }

    def _stream_row(
        self,
        conn: sqlite3.Connection,
        namespace: str,
        workflow_id: str,
        run_id: str,
        stream: str,
        *,
        create: bool = False,
    ) -> sqlite3.Row:
        run = self._run_in_ns(conn, namespace, workflow_id, run_id)
        row = conn.execute(
            "SELECT * FROM run_streams WHERE run_id = ? AND stream_name = ?", (run_id, stream)
        ).fetchone()
        if row is None and create:
            conn.execute(
                "INSERT INTO run_streams (run_id, stream_name, workflow_id, namespace, status,"
                " opened_at)"
                " VALUES (?,?,?,?,'open',?)",
                (run_id, stream, workflow_id, namespace, now_iso(self.server)),
            )
            row = conn.execute(
                "SELECT * FROM run_streams WHERE run_id = ? AND stream_name = ?", (run_id, stream)
            ).fetchone()
        if row is None:
            raise ApiError(
                404,
                "stream_not_found",
                f"Stream [{stream}] not found.",
                workflow_id=workflow_id,
                run_id=run["run_id"],
            )
        result: sqlite3.Row = row
        return result

    def _stream_object(self, conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
        count = conn.execute(
            "SELECT COUNT(*) AS n, MAX(item_offset) AS m FROM run_stream_items WHERE run_id = ?"
            " AND stream_name = ?",
            (row["run_id"], row["stream_name"]),
        ).fetchone()
        return {
            "workflow_id": row["workflow_id"],
            "workflow_run_id": row["run_id"],
            "run_id": row["run_id"],
            "stream_name": row["stream_name"],
            "status": row["status"],
            "last_offset": count["m"],
            "total_items": count["n"],
            "pending_items": 0,
            "error_reason": row["error_reason"],
            "opened_at": row["opened_at"],
            "last_appended_at": row["last_appended_at"],
            "closed_at": row["closed_at"],
            "retention_seconds": row["retention_seconds"],
        }

    def list_streams(self, namespace: str, workflow_id: str, run_id: str) -> dict[str, Any]:
        with self.server.db.transaction() as conn:
            self._run_in_ns(conn, namespace, workflow_id, run_id)
            rows = conn.execute(
                "SELECT * FROM run_streams WHERE run_id = ? ORDER BY opened_at", (run_id,)
            ).fetchall()
            return {
                "workflow_id": workflow_id,
                "workflow_run_id": run_id,
                "streams": [self._stream_object(conn, r) for r in rows],
            }

    def stream_object(
        self, namespace: str, workflow_id: str, run_id: str, stream: str
    ) -> dict[str, Any]:
        with self.server.db.transaction() as conn:
            return self._stream_object(
                conn, self._stream_row(conn, namespace, workflow_id, run_id, stream)
            )

    def append_stream_items(
        self, namespace: str, workflow_id: str, run_id: str, stream: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        v = Validator(body)
        items = v.array("items", required=True, max_items=500)
        for i, item in enumerate(items or []):
            if not isinstance(item, dict):
                v.add(f"items.{i}", f"The items.{i} field must be an array.")
            elif item.get("payload") is not None and not is_envelope(item["payload"]):
                v.add(f"items.{i}.payload", "The payload must be a payload envelope.")
        v.check()
        now = now_iso(self.server)
        accepted: list[int] = []
        deduped = 0
        with self.server.db.transaction() as conn:
            row = self._stream_row(conn, namespace, workflow_id, run_id, stream, create=True)
            if row["status"] != "open":
                raise ApiError(
                    409,
                    "stream_closed",
                    f"Stream [{stream}] is closed.",
                    workflow_id=workflow_id,
                    run_id=run_id,
                )
            for item in items or []:
                key = item.get("idempotency_key")
                if key:
                    dup = conn.execute(
                        "SELECT item_offset FROM run_stream_items WHERE run_id = ? AND"
                        " stream_name = ?"
                        " AND idempotency_key = ?",
                        (run_id, stream, key),
                    ).fetchone()
                    if dup is not None:
                        deduped += 1
                        continue
                nxt = conn.execute(
                    "SELECT COALESCE(MAX(item_offset) + 1, 0) AS n FROM run_stream_items WHERE"
                    " run_id = ?"
                    " AND stream_name = ?",
                    (run_id, stream),
                ).fetchone()["n"]
                payload = item.get("payload")
                conn.execute(
                    "INSERT INTO run_stream_items (run_id, stream_name, item_offset, payload,"
                    " payload_codec,"
                    " payload_reference, idempotency_key, item_type, content_type, origin,"
                    " emitted_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        run_id,
                        stream,
                        nxt,
                        dumps(payload),
                        item.get("payload_codec") or (payload or {}).get("codec"),
                        dumps(item.get("payload_reference")),
                        key,
                        item.get("item_type"),
                        item.get("content_type"),
                        "control_plane",
                        now,
                    ),
                )
                accepted.append(int(nxt))
            conn.execute(
                "UPDATE run_streams SET last_appended_at = ? WHERE run_id = ? AND stream_name = ?",
                (now, run_id, stream),
            )
            obj = self._stream_object(
                conn, self._stream_row(conn, namespace, workflow_id, run_id, stream)
            )
        self.server.notifier.notify(("stream", run_id, stream))
        return {
            "stream": obj,
            "accepted_offsets": accepted,
            "accepted": len(accepted),
            "deduped": deduped,
        }

    async def read_stream_items(
        self, namespace: str, workflow_id: str, run_id: str, stream: str, params: dict[str, str]
    ) -> dict[str, Any]:
        v = Validator(params)
        start = v.integer("from", min=0) or 0
        limit = v.integer("max_items", min=1, max=500) or 100
        wait = v.integer("wait_seconds", min=0, max=60) or 0
        v.check()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(float(wait), self.server.config.poll_timeout)
        while True:
            with self.server.notifier.listen(("stream", run_id, stream)) as event:
                with self.server.db.transaction() as conn:
                    row = self._stream_row(conn, namespace, workflow_id, run_id, stream)
                    rows = conn.execute(
                        "SELECT * FROM run_stream_items WHERE run_id = ? AND stream_name = ?"
                        " AND item_offset >= ? ORDER BY item_offset LIMIT ?",
                        (run_id, stream, start, limit),
                    ).fetchall()
                    obj = self._stream_object(conn, row)
                remaining = deadline - loop.time()
                if rows or row["status"] != "open" or remaining <= 0:
                    break
                await self.server.notifier.wait(event, remaining)
        items = [
            {
                "offset": r["item_offset"],
                "payload": loads(r["payload"]),
                "payload_reference": loads(r["payload_reference"]),
                "payload_codec": r["payload_codec"],
                "idempotency_key": r["idempotency_key"],
                "item_type": r["item_type"],
                "content_type": r["content_type"],
                "origin": r["origin"],
                "origin_reference": None,
                "emitted_at": r["emitted_at"],
            }
            for r in rows
        ]
        next_offset = items[-1]["offset"] + 1 if items else start
        last = obj["last_offset"]
        terminal = row["status"] != "open" and (last is None or next_offset > last)
        return {"stream": obj, "items": items, "next_offset": next_offset, "terminal": terminal}

    def close_stream(
        self, namespace: str, workflow_id: str, run_id: str, stream: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        v = Validator(body)
        error_reason = v.string("error_reason", max=255)
        retention = v.integer("retention_seconds", min=0)
        v.check()
        with self.server.db.transaction() as conn:
            row = self._stream_row(conn, namespace, workflow_id, run_id, stream, create=True)
            if row["status"] == "open":
                conn.execute(
                    "UPDATE run_streams SET status = ?, error_reason = ?, retention_seconds = ?,"
                    " closed_at = ?"
                    " WHERE run_id = ? AND stream_name = ?",
                    (
                        "errored" if error_reason else "closed",
                        error_reason,
                        retention,
                        now_iso(self.server),
                        run_id,
                        stream,
                    ),
                )
            obj = self._stream_object(
                conn, self._stream_row(conn, namespace, workflow_id, run_id, stream)
            )
        self.server.notifier.notify(("stream", run_id, stream))
        return obj

    # ---- updates

    def update_workflow(
        self,
        namespace: str,
        workflow_id: str,
        update_name: str,
        body: dict[str, Any],
        *,
        run_id: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """Synchronous variant for modules without an event loop at hand (accepted stage only)."""
        status, out, _ = self._accept_update(namespace, workflow_id, update_name, body, run_id)
        return status, out

    async def update_workflow_async(
        self,
        namespace: str,
        workflow_id: str,
        update_name: str,
        body: dict[str, Any],
        *,
        run_id: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        status, out, update_id = self._accept_update(
            namespace, workflow_id, update_name, body, run_id
        )
        if update_id is None or out.get("wait_for") != "completed":
            return status, out
        timeout = out.get("wait_timeout_seconds") or self.server.config.update_wait_timeout
        deadline = asyncio.get_running_loop().time() + float(timeout)
        run_key = out["run_id"]
        while True:
            with self.server.notifier.listen(("updates", run_key)) as event:
                row = self.server.db.query_one(
                    "SELECT * FROM workflow_updates WHERE update_id = ?", (update_id,)
                )
                if row is not None and row["status"] != "accepted":
                    return self._update_response(row, out)
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    out["wait_timed_out"] = True
                    return 202, out
                await self.server.notifier.wait(event, remaining)

    def _update_response(self, row: sqlite3.Row, out: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        result = loads(row["result"])
        failure = loads(row["failure"], {}) or {}
        ok, decoded = decode_envelope(result)
        out.update(
            update_status=row["status"],
            outcome="update_completed" if row["status"] == "completed" else "update_failed",
            result=decoded if ok else None,
            result_envelope=result,
            failure_id=failure.get("failure_id"),
            failure_message=failure.get("message"),
            applied_at=row["applied_at"],
            closed_at=row["closed_at"],
            workflow_sequence=row["sequence"],
            wait_timed_out=False,
        )
        return (200 if row["status"] == "completed" else 422), out

    def _accept_update(
        self,
        namespace: str,
        workflow_id: str,
        update_name: str,
        body: dict[str, Any],
        run_id: str | None,
    ) -> tuple[int, dict[str, Any], str | None]:
        server = self.server
        _check_name(update_name, "update_name")
        body = body if isinstance(body, dict) else {}
        v = Validator(body)
        if "wait_policy" in body:
            v.add("wait_policy", "The wait_policy field is no longer supported. Use wait_for.")
        wait_for = body.get("wait_for")
        if wait_for is not None and wait_for not in ("accepted", "completed"):
            v.add("wait_for", "The selected wait for is invalid.")
        v.string("request_id", max=255)
        wait_timeout = v.integer("wait_timeout_seconds", min=1)
        v.check()
        wait_for = wait_for or "accepted"
        arguments = parse_input(body.get("input"), "input", allow_map=True) or encode_value([])
        now = now_iso(server)
        request_id = body.get("request_id")
        with server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
            if request_id:
                retained = conn.execute(
                    "SELECT * FROM workflow_updates WHERE namespace = ? AND workflow_id = ?"
                    " AND request_id = ?",
                    (namespace, workflow_id, request_id),
                ).fetchone()
                if retained is not None:
                    if (
                        retained["update_name"] != update_name
                        or loads(retained["arguments"]) != arguments
                    ):
                        raise ApiError(
                            409,
                            "request_id_conflict",
                            "The request_id was already used for a different update.",
                            workflow_id=workflow_id,
                            request_id=request_id,
                            retained_command_type="update",
                            details={"update_name": retained["update_name"]},
                        )
                    original = _run(conn, retained["run_id"])
                    out = self._command_result(
                        original,
                        retained["command_id"],
                        None,
                        "update_accepted",
                        accepted=True,
                        requested_run_id=run_id,
                    )
                    out.update(
                        update_name=update_name,
                        update_id=retained["update_id"],
                        workflow_sequence=retained["sequence"],
                        result=None,
                        result_envelope=None,
                        failure_id=None,
                        failure_message=None,
                        accepted_at=retained["accepted_at"],
                        applied_at=retained["applied_at"],
                        rejected_at=None,
                        closed_at=retained["closed_at"],
                        wait_for=wait_for,
                        wait_timed_out=False,
                        wait_timeout_seconds=wait_timeout,
                        update_status="accepted",
                        request_id=request_id,
                        retained=True,
                        intent_verified=True,
                    )
                    if retained["status"] != "accepted":
                        status, done = self._update_response(retained, out)
                        return status, done, None
                    return 202, out, retained["update_id"]
            command_id, seq = self._command_id(conn, workflow_id)
            update_id = new_id()
            base = {
                "update_name": update_name,
                "update_id": update_id,
                "workflow_sequence": None,
                "result": None,
                "result_envelope": None,
                "failure_id": None,
                "failure_message": None,
                "accepted_at": None,
                "applied_at": None,
                "rejected_at": None,
                "closed_at": None,
                "wait_for": wait_for,
                "wait_timed_out": False,
                "wait_timeout_seconds": wait_timeout,
            }
            reject: tuple[int, str, str] | None = None
            if run["status"] not in OPEN_RUN_STATUSES:
                reject = (409, "rejected_not_active", "run_not_active")
            else:
                declared = self._declared(conn, run, "updates")
                if declared is not None and update_name not in declared:
                    reject = (404, "rejected_unknown_update", "unknown_update")
            if reject is not None:
                status, outcome, reason = reject
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    outcome,
                    accepted=False,
                    reason=reason,
                    requested_run_id=run_id,
                )
                out.update(base, update_status="rejected", rejected_at=now, closed_at=now)
                if run["status"] in OPEN_RUN_STATUSES:
                    append_event(
                        server,
                        conn,
                        run["run_id"],
                        "UpdateRejected",
                        {
                            "workflow_command_id": command_id,
                            "update_id": update_id,
                            "workflow_instance_id": workflow_id,
                            "workflow_run_id": run["run_id"],
                            "update_name": update_name,
                            "arguments": blob_of(arguments),
                            "rejection_reason": reason,
                            "validation_errors": [],
                        },
                        command_id=command_id,
                    )
                return status, out, None
            conn.execute(
                "INSERT INTO workflow_updates (update_id, namespace, run_id, workflow_id,"
                " update_name,"
                " arguments, status, command_id, request_id, accepted_at) VALUES"
                " (?,?,?,?,?,?,'accepted',?,?,?)",
                (
                    update_id,
                    namespace,
                    run["run_id"],
                    workflow_id,
                    update_name,
                    dumps(arguments),
                    command_id,
                    body.get("request_id"),
                    now,
                ),
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "UpdateAccepted",
                {
                    "workflow_command_id": command_id,
                    "update_id": update_id,
                    "workflow_instance_id": workflow_id,
                    "workflow_run_id": run["run_id"],
                    "update_name": update_name,
                    "arguments": blob_of(arguments),
                    "payload_codec": arguments.get("codec"),
                },
                command_id=command_id,
            )
            resume = {
                "workflow_wait_kind": "update",
                "open_wait_id": f"update:{update_id}",
                "resume_source_kind": "workflow_update",
                "resume_source_id": update_id,
                "workflow_update_id": update_id,
                "workflow_command_id": command_id,
            }
            existing = wtasks.open_workflow_task(conn, run["run_id"])
            if existing is None:
                wtasks.create_workflow_task(server, conn, run, resume)
            elif existing["status"] == "ready":
                current = loads(existing["resume"], {}) or {}
                if current.get("workflow_update_id"):
                    # one update per task: queue another task behind it
                    wtasks.create_workflow_task(server, conn, run, resume)
                else:
                    current.update(resume)
                    conn.execute(
                        "UPDATE workflow_tasks SET resume = ? WHERE task_id = ?",
                        (dumps(current), existing["task_id"]),
                    )
            out = self._command_result(
                run, command_id, seq, "update_accepted", accepted=True, requested_run_id=run_id
            )
            out.update(base, update_status="accepted", accepted_at=now)
            return 202, out, update_id

    # ---- queries

    async def query_workflow(
        self,
        namespace: str,
        workflow_id: str,
        query_name: str,
        body: dict[str, Any],
        *,
        run_id: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        from .worker_plane import QueryBroker

        _check_name(query_name, "query_name")
        body = body if isinstance(body, dict) else {}
        arguments = parse_input(body.get("input") or None, "input", allow_map=True) or {
            "codec": "avro",
            "blob": None,
        }
        with self.server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
        base = {
            "workflow_id": workflow_id,
            "run_id": run["run_id"],
            "target_scope": "instance",
            "query_name": query_name,
            "result": None,
        }
        return await QueryBroker.of(self.server).ask(run, query_name, arguments, base)

    # ---- workflow task completion

    def complete_workflow_task(
        self, namespace: str, task_id: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        server = self.server
        commands = _validate_commands(body)
        owner, attempt = body["lease_owner"], int(body["workflow_task_attempt"])
        with server.db.transaction() as conn:
            task, run = wtasks.guard_workflow_task(server, conn, namespace, task_id, owner, attempt)
            out: dict[str, Any] = {
                "task_id": task_id,
                "workflow_task_attempt": attempt,
                "outcome": "completed",
                "recorded": False,
                "run_id": run["run_id"],
                "run_status": run["status"],
                "created_task_ids": [],
                "reason": None,
            }
            problem = self._check_commands(conn, task, run, commands)
            if problem is not None:
                out["reason"] = "invalid_commands"
                out["error"] = problem
                return 409, out
            created = self._apply_commands(conn, task, run, commands)
            run = _run(conn, run["run_id"])
            conn.execute(
                "UPDATE workflow_tasks SET status = CASE WHEN status = 'leased' THEN 'completed'"
                " ELSE status END,"
                " lease_owner = NULL, updated_at = ? WHERE task_id = ?",
                (now_iso(server), task_id),
            )
            if run["status"] in OPEN_RUN_STATUSES:
                conn.execute(
                    "UPDATE workflow_runs SET status = 'waiting' WHERE run_id = ?", (run["run_id"],)
                )
                run = _run(conn, run["run_id"])
                follow = self._follow_up(conn, task, run)
                if follow is not None:
                    created.append(follow)
            out.update(recorded=True, run_status=run["status"], created_task_ids=created)
            return 200, out

    def _follow_up(
        self, conn: sqlite3.Connection, task: sqlite3.Row, run: sqlite3.Row
    ) -> str | None:
        """Create a task when history arrived during the lease (signals, updates, outcomes)."""
        if wtasks.open_workflow_task(conn, run["run_id"]) is not None:
            return None
        seen = task["seq_at_lease"] or 0
        update_mode = bool((loads(task["resume"], {}) or {}).get("workflow_update_id"))
        if update_mode:
            # An update task only applies the update. History a regular task has not seen yet,
            # and open condition waits the update may have satisfied, still need a regular task.
            last_regular = conn.execute(
                "SELECT seq_at_lease FROM workflow_tasks WHERE run_id = ? AND task_id != ?"
                " AND status = 'completed' AND resume NOT LIKE '%\"workflow_update_id\":\"%'"
                " ORDER BY updated_at DESC LIMIT 1",
                (run["run_id"], task["task_id"]),
            ).fetchone()
            seen = (last_regular["seq_at_lease"] or 0) if last_regular is not None else 0
            if conn.execute(
                "SELECT 1 FROM condition_waits WHERE run_id = ? AND status = 'open'",
                (run["run_id"],),
            ).fetchone():
                return wtasks.create_workflow_task(
                    self.server, conn, run, self._pending_update(conn, run)
                )
        rows = conn.execute(
            "SELECT event_type, payload FROM history_events WHERE run_id = ? AND sequence > ?"
            " AND (workflow_task_id IS NULL OR workflow_task_id != ?)",
            (run["run_id"], seen, task["task_id"]),
        ).fetchall()
        quiet = {
            "ActivityStarted",
            "ActivityHeartbeatRecorded",
            "ActivityRetryScheduled",
            "TimerScheduled",
        }
        if update_mode:
            quiet |= {"UpdateAccepted", "UpdateApplied", "UpdateCompleted", "UpdateRejected"}
        wake = [r for r in rows if r["event_type"] not in quiet]
        if not wake:
            return None
        return wtasks.create_workflow_task(self.server, conn, run, self._pending_update(conn, run))

    def _pending_update(self, conn: sqlite3.Connection, run: sqlite3.Row) -> dict[str, Any]:
        """Resume context of the oldest accepted update of ``run`` (empty when none)."""
        resume: dict[str, Any] = {}
        pending_update = conn.execute(
            "SELECT update_id, command_id FROM workflow_updates WHERE run_id = ? AND status ="
            " 'accepted'"
            " ORDER BY accepted_at LIMIT 1",
            (run["run_id"],),
        ).fetchone()
        if pending_update is not None:
            resume = {
                "workflow_wait_kind": "update",
                "open_wait_id": f"update:{pending_update['update_id']}",
                "resume_source_kind": "workflow_update",
                "resume_source_id": pending_update["update_id"],
                "workflow_update_id": pending_update["update_id"],
                "workflow_command_id": pending_update["command_id"],
            }
        return resume

    def _check_commands(
        self,
        conn: sqlite3.Connection,
        task: sqlite3.Row,
        run: sqlite3.Row,
        commands: list[dict[str, Any]],
    ) -> str | None:
        terminal = [c for c in commands if c["type"] in TERMINAL_COMMANDS]
        if len(terminal) > 1:
            return "A workflow task completion may contain at most one terminal command."
        resume = loads(task["resume"], {}) or {}
        update_target = resume.get("workflow_update_id")
        seen_updates: set[str] = set()
        for command in commands:
            if command["type"] not in ("complete_update", "fail_update"):
                continue
            update_id = command.get("update_id")
            if not update_id or update_id in seen_updates:
                return "Each update may be completed at most once per workflow task."
            seen_updates.add(update_id)
            if update_target and update_id != update_target:
                return (
                    f"Update commands must target update [{update_target}] in this workflow task."
                )
            row = conn.execute(
                "SELECT status FROM workflow_updates WHERE update_id = ? AND run_id = ?",
                (update_id, run["run_id"]),
            ).fetchone()
            if row is None or row["status"] != "accepted":
                return f"Update [{update_id}] is not an accepted update of this run."
        for command in commands:
            if command["type"] == "record_version_marker" and not (
                command["min_supported"] <= command["version"] <= command["max_supported"]
            ):
                return "Version marker version must be within min_supported..max_supported."
        return None

    def _next_step(self, conn: sqlite3.Connection, run_id: str) -> int:
        conn.execute(
            "UPDATE workflow_runs SET step_counter = step_counter + 1 WHERE run_id = ?", (run_id,)
        )
        row = conn.execute(
            "SELECT step_counter FROM workflow_runs WHERE run_id = ?", (run_id,)
        ).fetchone()
        return int(row["step_counter"])

    def _apply_commands(
        self,
        conn: sqlite3.Connection,
        task: sqlite3.Row,
        run: sqlite3.Row,
        commands: list[dict[str, Any]],
    ) -> list[str]:
        server = self.server
        created: list[str] = []
        task_id = task["task_id"]
        codec = run["payload_codec"] or "avro"
        has_reopen = any(c["type"] == "open_condition_wait" for c in commands)
        resume = loads(task["resume"], {}) or {}
        if resume.get("resume_source_kind") == "workflow_signal":
            self._apply_signal_waits(conn, run, task_id)
        if resume.get("resume_source_kind") == "workflow_signal" and not has_reopen:
            self._satisfy_condition(conn, run, task_id, resume)
        for command in commands:
            kind = command["type"]
            if kind in TERMINAL_COMMANDS:
                continue
            seq = self._next_step(conn, run["run_id"])
            if kind == "schedule_activity":
                args = command_payload(command.get("arguments"), codec)
                created.append(
                    acts.schedule_activity(
                        server, conn, run, command, seq, task_id=task_id, arguments=args
                    )
                )
            elif kind == "start_timer":
                extra = {k: command[k] for k in acts.PARALLEL_KEYS if command.get(k) is not None}
                timer_id = wtasks.schedule_timer(
                    server,
                    conn,
                    run,
                    seq,
                    int(command["delay_seconds"]),
                    task_id=task_id,
                    extra_payload=extra,
                )
                created.append(timer_id)
            elif kind == "start_child_workflow":
                created.append(self._start_child(conn, run, command, seq, task_id))
            elif kind == "complete_update":
                self._finish_update(conn, run, command, seq, task_id, ok=True)
            elif kind == "fail_update":
                self._finish_update(conn, run, command, seq, task_id, ok=False)
            elif kind == "record_side_effect":
                result = command.get("result")
                append_event(
                    server,
                    conn,
                    run["run_id"],
                    "SideEffectRecorded",
                    {
                        "sequence": seq,
                        "result": blob_of(result) if is_envelope(result) else result,
                    },
                    task_id=task_id,
                )
            elif kind == "record_version_marker":
                append_event(
                    server,
                    conn,
                    run["run_id"],
                    "VersionMarkerRecorded",
                    {
                        "sequence": seq,
                        "change_id": command["change_id"],
                        "version": command["version"],
                        "min_supported": command["min_supported"],
                        "max_supported": command["max_supported"],
                    },
                    task_id=task_id,
                )
            elif kind == "upsert_search_attributes":
                self._upsert_sa(conn, run, command, seq, task_id)
            elif kind == "upsert_memo":
                self._upsert_memo(conn, run, command, seq, task_id)
            elif kind == "open_condition_wait":
                self._open_condition(conn, run, command, seq, task_id)
            elif kind == "open_signal_wait":
                self._open_signal_wait(conn, run, command, seq, task_id)
            elif kind == "record_local_activity":
                self._record_local_activity(conn, run, command, seq, task_id)
            elif kind == "cancel_selection_operation":
                fields = (
                    "selection_group_id",
                    "member_key",
                    "member_index",
                    "member_base_sequence",
                    "member_size",
                    "operation_kind",
                    "operation_identity",
                )
                append_event(
                    server,
                    conn,
                    run["run_id"],
                    "SelectionOperationCancelled",
                    {"sequence": seq, **{f: command.get(f) for f in fields}},
                    task_id=task_id,
                )
        terminal = next((c for c in commands if c["type"] in TERMINAL_COMMANDS), None)
        if terminal is None:
            return created
        fresh = _run(conn, run["run_id"])
        if terminal["type"] == "complete_workflow":
            close_run(
                server,
                conn,
                fresh,
                "completed",
                "completed",
                output=command_payload(terminal.get("result"), codec),
                task_id=task_id,
            )
        elif terminal["type"] == "fail_workflow":
            message = terminal["message"]
            exc_class = terminal.get("exception_class") or "RuntimeException"
            category = "application"
            low = message.lower()
            if any(
                s in low
                for s in ("timed out", "timeout exceeded", "execution deadline", "run deadline")
            ):
                category = "timeout"
            elif message.startswith("Structural limit exceeded:"):
                category = "structural_limit"
            failure = _failure(
                category,
                message,
                exc_class,
                terminal.get("exception_type"),
                bool(terminal.get("non_retryable")),
                source_kind="workflow_run",
                source_id=run["run_id"],
            )
            if isinstance(terminal.get("exception"), dict):
                failure["exception"].update(terminal["exception"])
            close_run(server, conn, fresh, "failed", "failed", failure=failure, task_id=task_id)
        else:
            created.append(self._continue_as_new(conn, fresh, terminal, task_id))
        return created

    def _continue_as_new(
        self, conn: sqlite3.Connection, run: sqlite3.Row, command: dict[str, Any], task_id: str
    ) -> str:
        server = self.server
        seq = self._next_step(conn, run["run_id"])
        arguments = command_payload(command.get("arguments"), run["payload_codec"]) or loads(
            run["arguments"]
        )
        inst = conn.execute(
            "SELECT * FROM workflow_instances WHERE workflow_id = ?", (run["workflow_id"],)
        ).fetchone()
        new = _create_run(
            server,
            conn,
            namespace=run["namespace"],
            workflow_id=run["workflow_id"],
            run_number=run["run_number"] + 1,
            workflow_type=command.get("workflow_type") or run["workflow_type"],
            task_queue=command.get("queue") or run["task_queue"],
            arguments=arguments,
            business_key=run["business_key"],
            memo=_sa(run["memo"]),
            search_attributes=_sa(run["search_attributes"]),
            execution_timeout=run["execution_timeout_seconds"],
            run_timeout=run["run_timeout_seconds"],
            execution_deadline_at=run["execution_deadline_at"],
            compatibility=run["compatibility"],
            parent={
                "run_id": run["parent_run_id"],
                "workflow_id": run["parent_workflow_id"],
                "sequence": run["parent_sequence"],
                "child_call_id": run["child_call_id"],
                "parent_close_policy": run["parent_close_policy"],
            },
            continued_from=run["run_id"],
            payload_codec=run["payload_codec"] or "avro",
        )
        link = new_id()
        conn.execute(
            "UPDATE workflow_instances SET current_run_id = ?, run_count = run_count + 1 WHERE"
            " workflow_id = ?",
            (new["run_id"], run["workflow_id"]),
        )
        if run["child_call_id"]:
            conn.execute(
                "UPDATE child_calls SET child_run_id = ? WHERE child_call_id = ?",
                (new["run_id"], run["child_call_id"]),
            )
        close_run(
            server,
            conn,
            run,
            "completed",
            "continued",
            task_id=task_id,
            event=(
                "WorkflowContinuedAsNew",
                {
                    "sequence": seq,
                    "continued_to_run_id": new["run_id"],
                    "continued_to_run_number": new["run_number"],
                    "workflow_link_id": link,
                    "closed_reason": "continued",
                },
            ),
        )
        append_event(
            server,
            conn,
            new["run_id"],
            "WorkflowStarted",
            _started_payload(new, None, continued_from_run_id=run["run_id"], workflow_link_id=link),
        )
        _ = inst
        return wtasks.create_workflow_task(server, conn, new)

    def _start_child(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> str:
        server = self.server
        call_id = new_id()
        link = new_id()
        child_id = new_id()
        retry = command.get("retry_policy")
        retry_snapshot = None
        if isinstance(retry, dict):
            retry_snapshot = {
                "snapshot_version": 1,
                "max_attempts": int(retry.get("max_attempts") or 1),
                "backoff_seconds": [int(b) for b in (retry.get("backoff_seconds") or [])],
                "non_retryable_error_types": list(retry.get("non_retryable_error_types") or []),
            }
        timeout_policy = None
        if command.get("execution_timeout_seconds") or command.get("run_timeout_seconds"):
            timeout_policy = {
                "snapshot_version": 1,
                "execution_timeout_seconds": command.get("execution_timeout_seconds"),
                "run_timeout_seconds": command.get("run_timeout_seconds"),
            }
        policy = command.get("parent_close_policy") or "abandon"
        parallel = {k: command[k] for k in acts.PARALLEL_KEYS if command.get(k) is not None}
        conn.execute(
            "INSERT INTO child_calls (child_call_id, namespace, parent_run_id,"
            " parent_workflow_id, sequence,"
            " workflow_link_id, child_workflow_id, workflow_type, task_queue, arguments,"
            " parent_close_policy,"
            " retry_policy, timeout_policy, attempt, parallel, status) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,'open')",
            (
                call_id,
                run["namespace"],
                run["run_id"],
                run["workflow_id"],
                seq,
                link,
                child_id,
                command["workflow_type"],
                command.get("queue") or run["task_queue"],
                dumps(
                    command_payload(command.get("arguments"), run["payload_codec"])
                    or encode_value([])
                ),
                policy,
                dumps(retry_snapshot) if retry_snapshot else None,
                dumps(timeout_policy) if timeout_policy else None,
                dumps(parallel),
            ),
        )
        call = conn.execute(
            "SELECT * FROM child_calls WHERE child_call_id = ?", (call_id,)
        ).fetchone()
        payload = _child_payload(call, None)
        payload.update(
            parent_close_policy=policy,
            retry_policy=retry_snapshot,
            timeout_policy=timeout_policy,
            child_workflow_run_id=None,
        )
        append_event(
            server, conn, run["run_id"], "ChildWorkflowScheduled", payload, task_id=task_id
        )
        return _start_child_run(server, conn, run, call, task_id=task_id)

    def _finish_update(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
        *,
        ok: bool,
    ) -> None:
        server = self.server
        now = now_iso(server)
        row = conn.execute(
            "SELECT * FROM workflow_updates WHERE update_id = ?", (command["update_id"],)
        ).fetchone()
        base = {
            "workflow_command_id": row["command_id"],
            "update_id": row["update_id"],
            "workflow_instance_id": run["workflow_id"],
            "workflow_run_id": run["run_id"],
            "update_name": row["update_name"],
        }
        arguments = loads(row["arguments"])
        if ok:
            result = command_payload(command.get("result"), run["payload_codec"])
            append_event(
                server,
                conn,
                run["run_id"],
                "UpdateApplied",
                {**base, "arguments": blob_of(arguments), "sequence": seq},
                task_id=task_id,
                command_id=row["command_id"],
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "UpdateCompleted",
                {
                    **base,
                    "sequence": seq,
                    "result": blob_of(result),
                    "payload_codec": (result or {}).get("codec")
                    if isinstance(result, dict)
                    else run["payload_codec"],
                },
                task_id=task_id,
                command_id=row["command_id"],
            )
            conn.execute(
                "UPDATE workflow_updates SET status = 'completed', result = ?, sequence = ?,"
                " applied_at = ?, closed_at = ?"
                " WHERE update_id = ?",
                (dumps(result), seq, now, now, row["update_id"]),
            )
        else:
            failure = _failure(
                "application",
                command["message"],
                command.get("exception_class") or "RuntimeException",
                command.get("exception_type"),
                bool(command.get("non_retryable")),
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "UpdateCompleted",
                {
                    **base,
                    "sequence": seq,
                    **{
                        k: failure[k]
                        for k in (
                            "failure_id",
                            "failure_category",
                            "non_retryable",
                            "exception_type",
                            "exception_class",
                            "message",
                            "exception",
                        )
                    },
                    "code": 0,
                },
                task_id=task_id,
                command_id=row["command_id"],
            )
            conn.execute(
                "UPDATE workflow_updates SET status = 'failed', failure = ?, sequence = ?,"
                " closed_at = ? WHERE update_id = ?",
                (dumps(failure), seq, now, row["update_id"]),
            )
        server.notifier.notify(("updates", run["run_id"]))

    def _upsert_sa(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        current = _sa(_run(conn, run["run_id"])["search_attributes"])
        attrs: dict[str, Any] = {}
        for key, value in command["attributes"].items():
            if isinstance(value, str):
                value = value.strip() or None
            attrs[key] = value
        for key, value in attrs.items():
            if value is None:
                current.pop(key, None)
            else:
                current[key] = value
        merged = dict(sorted(current.items()))
        conn.execute(
            "UPDATE workflow_runs SET search_attributes = ? WHERE run_id = ?",
            (dumps(merged), run["run_id"]),
        )
        append_event(
            self.server,
            conn,
            run["run_id"],
            "SearchAttributesUpserted",
            {"sequence": seq, "attributes": dict(sorted(attrs.items())), "merged": merged},
            task_id=task_id,
        )

    def _upsert_memo(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        entries = command.get("entries")
        ok, patch = decode_envelope(entries)
        current = _sa(_run(conn, run["run_id"])["memo"])
        if ok and isinstance(patch, dict):
            for key, value in patch.items():
                if value is None:
                    current.pop(key, None)
                else:
                    current[key] = value
        conn.execute(
            "UPDATE workflow_runs SET memo = ? WHERE run_id = ?", (dumps(current), run["run_id"])
        )
        merged_env = encode_value(current) if ok else entries
        append_event(
            self.server,
            conn,
            run["run_id"],
            "MemoUpserted",
            {"sequence": seq, "entries": entries, "merged": merged_env},
            task_id=task_id,
        )

    def _open_condition(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        server = self.server
        wait_id = new_id()
        timeout = command.get("timeout_seconds")
        key = command.get("condition_key")
        fp = command.get("condition_definition_fingerprint")
        append_event(
            server,
            conn,
            run["run_id"],
            "ConditionWaitOpened",
            {
                "condition_wait_id": wait_id,
                "condition_key": key,
                "condition_definition_fingerprint": fp,
                "sequence": seq,
                "timeout_seconds": timeout,
            },
            task_id=task_id,
        )
        timer_id = None
        if timeout:
            timer_id = wtasks.schedule_timer(
                server,
                conn,
                run,
                seq,
                int(timeout),
                task_id=task_id,
                kind="condition_timeout",
                details={
                    "condition_wait_id": wait_id,
                    "condition_key": key,
                    "condition_definition_fingerprint": fp,
                },
            )
        conn.execute(
            "INSERT INTO condition_waits (wait_id, run_id, sequence, condition_key, fingerprint,"
            " timeout_seconds,"
            " timer_id, status, opened_at) VALUES (?,?,?,?,?,?,?,'open',?)",
            (wait_id, run["run_id"], seq, key, fp, timeout, timer_id, now_iso(server)),
        )

    def _open_signal_wait(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        server = self.server
        wait_id = new_id()
        name = command["signal_name"]
        timeout = command.get("timeout_seconds")
        append_event(
            server,
            conn,
            run["run_id"],
            "SignalWaitOpened",
            {
                "signal_name": name,
                "signal_wait_id": wait_id,
                "sequence": seq,
                "timeout_seconds": timeout,
            },
            task_id=task_id,
        )
        timer_id = None
        if timeout is not None:
            timer_id = wtasks.schedule_timer(
                server,
                conn,
                run,
                seq,
                int(timeout),
                task_id=task_id,
                kind="signal_timeout",
                details={"signal_wait_id": wait_id, "signal_name": name},
            )
        conn.execute(
            "INSERT INTO condition_waits (wait_id, run_id, sequence, condition_key, fingerprint,"
            " timeout_seconds, timer_id, status, opened_at) VALUES (?,?,?,?,?,?,?,'open',?)",
            (wait_id, run["run_id"], seq, name, SIGNAL_WAIT, timeout, timer_id, now_iso(server)),
        )

    def _apply_signal_waits(self, conn: sqlite3.Connection, run: sqlite3.Row, task_id: str) -> None:
        """Record ``SignalApplied`` for signals bound to open signal waits; stop their timers."""
        for signal in conn.execute(
            "SELECT s.*, w.wait_id, w.sequence AS wait_sequence, w.timer_id FROM workflow_signals s"
            " JOIN history_events e ON e.run_id = s.run_id AND e.event_type = 'SignalReceived'"
            " AND json_extract(e.payload, '$.signal_id') = s.signal_id"
            " JOIN condition_waits w ON w.wait_id = json_extract(e.payload, '$.signal_wait_id')"
            " WHERE s.run_id = ? AND w.status = 'open' ORDER BY s.received_at",
            (run["run_id"],),
        ).fetchall():
            conn.execute(
                "UPDATE condition_waits SET status = 'satisfied' WHERE wait_id = ?",
                (signal["wait_id"],),
            )
            arguments = loads(signal["arguments"])
            append_event(
                self.server,
                conn,
                run["run_id"],
                "SignalApplied",
                {
                    "workflow_command_id": signal["command_id"],
                    "signal_id": signal["signal_id"],
                    "signal_name": signal["signal_name"],
                    "signal_wait_id": signal["wait_id"],
                    "sequence": signal["wait_sequence"],
                    "value": blob_of(arguments),
                },
                task_id=task_id,
            )
            if signal["timer_id"]:
                timer = conn.execute(
                    "SELECT * FROM timers WHERE timer_id = ? AND status = 'pending'",
                    (signal["timer_id"],),
                ).fetchone()
                if timer is not None:
                    wtasks.cancel_timer(self.server, conn, timer, task_id)

    def _record_local_activity(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        """Record an activity the workflow worker ran itself, with the usual activity events."""
        server = self.server
        execution_id = new_id()
        codec = run["payload_codec"] or "avro"
        raw_attempts = command.get("attempts")
        attempts: list[Any] = raw_attempts if isinstance(raw_attempts, list) else []
        last = attempts[-1] if attempts and isinstance(attempts[-1], dict) else {}
        attempt_id = str(last.get("attempt_id") or new_id().upper())
        number = int(last.get("attempt_number") or len(attempts) or 1)
        base = {
            "activity_execution_id": execution_id,
            "activity_class": command["activity_type"],
            "activity_type": command["activity_type"],
            "sequence": seq,
            "execution_mode": "local",
            "local_activity": True,
            "workflow_task_id": task_id,
        }
        base.update({k: command[k] for k in acts.PARALLEL_KEYS if command.get(k) is not None})
        arguments = command_payload(command.get("arguments"), codec)
        snapshot = {
            "id": execution_id,
            "type": command["activity_type"],
            "sequence": seq,
            "attempt_count": number,
            "arguments": blob_of(arguments),
            "retry_policy": acts.retry_snapshot(command),
        }
        append_event(
            server,
            conn,
            run["run_id"],
            "ActivityScheduled",
            {**base, "activity": snapshot},
            task_id=task_id,
        )
        started = {
            **base,
            "activity_attempt_id": attempt_id,
            "attempt_number": number,
            "attempts": attempts,
        }
        append_event(server, conn, run["run_id"], "ActivityStarted", started, task_id=task_id)
        outcome = command.get("outcome") or "completed"
        if outcome == "completed":
            result = command_payload(command.get("result"), codec)
            append_event(
                server,
                conn,
                run["run_id"],
                "ActivityCompleted",
                {
                    **base,
                    "activity_attempt_id": attempt_id,
                    "attempt_number": number,
                    "result": blob_of(result),
                    "payload_codec": result.get("codec") if isinstance(result, dict) else codec,
                },
                task_id=task_id,
            )
            return
        event_type = "ActivityTimedOut" if outcome in ("timed_out", "timeout") else "ActivityFailed"
        message = str(command.get("message") or "local activity failed")
        payload = {
            **base,
            "activity_attempt_id": attempt_id,
            "attempt_number": number,
            "failure_id": new_id(),
            "failure_category": "timeout" if event_type == "ActivityTimedOut" else "activity",
            "non_retryable": bool(command.get("non_retryable")),
            "exception_type": command.get("exception_type"),
            "exception_class": command.get("exception_class") or command.get("exception_type"),
            "message": message,
            "timeout_kind": command.get("timeout_kind"),
        }
        append_event(server, conn, run["run_id"], event_type, payload, task_id=task_id)

    def _satisfy_condition(
        self, conn: sqlite3.Connection, run: sqlite3.Row, task_id: str, resume: dict[str, Any]
    ) -> None:
        wait = conn.execute(
            "SELECT * FROM condition_waits WHERE run_id = ? AND status = 'open'"
            " AND COALESCE(fingerprint, '') != ? ORDER BY opened_at DESC LIMIT 1",
            (run["run_id"], SIGNAL_WAIT),
        ).fetchone()
        if wait is None:
            return
        conn.execute(
            "UPDATE condition_waits SET status = 'satisfied' WHERE run_id = ? AND status = 'open'"
            " AND COALESCE(fingerprint, '') != ?",
            (run["run_id"], SIGNAL_WAIT),
        )
        append_event(
            self.server,
            conn,
            run["run_id"],
            "ConditionWaitSatisfied",
            {
                "condition_wait_id": wait["wait_id"],
                "condition_key": wait["condition_key"],
                "condition_definition_fingerprint": wait["fingerprint"],
                "sequence": wait["sequence"],
                "timer_id": wait["timer_id"],
                "timeout_seconds": wait["timeout_seconds"],
                "workflow_signal_id": resume.get("workflow_signal_id"),
                "signal_name": resume.get("signal_name"),
                "signal_wait_id": resume.get("signal_wait_id"),
            },
            task_id=task_id,
        )
        for timer in conn.execute(
            "SELECT * FROM timers WHERE run_id = ? AND status = 'pending' AND timer_kind ="
            " 'condition_timeout'",
            (run["run_id"],),
        ).fetchall():
            wtasks.cancel_timer(self.server, conn, timer, task_id)

    def fail_workflow_task(
        self, namespace: str, task_id: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        v = Validator(body)
        v.string("lease_owner", required=True)
        v.integer("workflow_task_attempt", required=True, min=1)
        failure = v.obj("failure", required=True)
        if failure is not None and not isinstance(failure.get("message"), str):
            v.add("failure.message", "The failure.message field is required.")
        v.check()
        assert failure is not None
        attempt = int(body["workflow_task_attempt"])
        with self.server.db.transaction() as conn:
            wtasks.guard_workflow_task(
                self.server, conn, namespace, task_id, body["lease_owner"], attempt
            )
            conn.execute(
                "UPDATE workflow_tasks SET status = 'failed', last_error = ?, lease_owner = NULL,"
                " lease_expires_at = NULL, updated_at = ? WHERE task_id = ?",
                (failure["message"], now_iso(self.server), task_id),
            )
            from .task_followup import follow_up_failed_task

            next_task_id = follow_up_failed_task(self.server, conn, task_id)
        self.server.notifier.notify("sweep")
        return 200, {
            "task_id": task_id,
            "workflow_task_attempt": attempt,
            "outcome": "failed",
            "recorded": True,
            "reason": None,
            "next_task_id": next_task_id,
        }

    # ---- deadlines

    def enforce_run_deadlines(self) -> int:
        server = self.server
        now = now_iso(server)
        rows = server.db.query(
            "SELECT run_id FROM workflow_runs WHERE status IN ('pending','running','waiting') AND ("
            " (execution_deadline_at IS NOT NULL AND execution_deadline_at <= ?)"
            " OR (run_deadline_at IS NOT NULL AND run_deadline_at <= ?))",
            (now, now),
        )
        for item in rows:
            with server.db.transaction() as conn:
                run = _run(conn, item["run_id"])
                if run["status"] not in OPEN_RUN_STATUSES:
                    continue
                kind = (
                    "execution"
                    if run["execution_deadline_at"] and run["execution_deadline_at"] <= now
                    else "run"
                )
                message = f"Workflow {kind} deadline expired."
                failure = _failure(
                    "timeout",
                    message,
                    "Workflow\\V2\\Exceptions\\WorkflowTimeoutException",
                    source_kind="workflow_run",
                    source_id=run["run_id"],
                )
                close_run(
                    server,
                    conn,
                    run,
                    "failed",
                    "timed_out",
                    failure=failure,
                    event=(
                        "WorkflowTimedOut",
                        {
                            "failure_id": failure["failure_id"],
                            "timeout_kind": kind,
                            "failure_category": "timeout",
                            "message": message,
                            "exception_class": failure["exception_class"],
                            "execution_deadline_at": run["execution_deadline_at"],
                            "run_deadline_at": run["run_deadline_at"],
                        },
                    ),
                )
        return len(rows)

    def next_run_deadline(self) -> str | None:
        row = self.server.db.query_one(
            "SELECT MIN(d) AS due FROM (SELECT MIN(execution_deadline_at) AS d FROM workflow_runs"
            " WHERE status IN ('pending','running','waiting') UNION ALL SELECT MIN(run_deadline_at)"
            " FROM workflow_runs WHERE status IN ('pending','running','waiting'))"
        )
        return row["due"] if row and row["due"] else None


# ------------------------------------------------------------------------------ command checks


_ACTIVITY_LIKE = ("schedule_activity", "record_local_activity")
_SCOPE_RULES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "retry_policy",
        ("schedule_activity", "start_child_workflow", "record_local_activity"),
        "retry_policy is only supported for schedule_activity and start_child_workflow commands.",
    ),
    *[
        (name, _ACTIVITY_LIKE, f"{name} is only supported for schedule_activity commands.")
        for name in (
            "start_to_close_timeout",
            "schedule_to_start_timeout",
            "schedule_to_close_timeout",
            "heartbeat_timeout",
        )
    ],
    *[
        (
            name,
            ("start_child_workflow",),
            f"{name} is only supported for start_child_workflow commands.",
        )
        for name in ("execution_timeout_seconds", "run_timeout_seconds", "parent_close_policy")
    ],
    (
        "non_retryable",
        ("fail_workflow", "fail_update", "record_local_activity"),
        "non_retryable is only supported for fail_workflow and fail_update commands.",
    ),
    (
        "delay_seconds",
        ("start_timer",),
        "delay_seconds is only supported for start_timer commands.",
    ),
    (
        "timeout_seconds",
        ("open_condition_wait", "open_signal_wait"),
        "timeout_seconds is only supported for open_condition_wait commands.",
    ),
]


def _validate_commands(body: dict[str, Any]) -> list[dict[str, Any]]:
    v = Validator(body)
    v.string("lease_owner", required=True)
    v.integer("workflow_task_attempt", required=True, min=1)
    commands = v.array("commands", required=True)
    if commands is None or commands == []:
        if "commands" not in v.errors:
            v.add("commands", "The commands field is required.")
        v.check()
        return []
    errors = v.errors
    normalized: list[dict[str, Any]] = []
    for i, raw in enumerate(commands):
        p = f"commands.{i}"
        if not isinstance(raw, dict):
            errors.setdefault(p, []).append(f"The {p} field must be an array.")
            continue
        cmd = dict(raw)
        ctype = cmd.get("type")
        if not isinstance(ctype, str) or not ctype:
            errors.setdefault(f"{p}.type", []).append(f"The {p}.type field is required.")
            continue
        for field, allowed, message in _SCOPE_RULES:
            if cmd.get(field) is not None and ctype not in allowed:
                errors.setdefault(f"{p}.{field}", []).append(message)
        if ctype not in KNOWN_COMMANDS:
            errors.setdefault(f"{p}.type", []).append(
                f"Workflow task command type [{ctype}] is not supported by the server yet."
            )
            continue
        cv = Validator(cmd)

        def ints(
            *names: str, min_value: int = 1, cmd: dict[str, Any] = cmd, cv: Validator = cv
        ) -> None:
            for name in names:
                value = cmd.get(name)
                if value is None:
                    continue
                parsed = cv.integer(name, min=min_value)
                if parsed is not None:
                    cmd[name] = parsed

        if ctype == "schedule_activity":
            at = cmd.get("activity_type")
            if not isinstance(at, str) or not at.strip():
                cv.add("activity_type", f"The {p}.activity_type field is required.")
            else:
                cmd["activity_type"] = at.strip()
            ints(
                "start_to_close_timeout",
                "schedule_to_start_timeout",
                "schedule_to_close_timeout",
                "heartbeat_timeout",
            )
            _check_retry(cmd, cv)
            hb, stc = cmd.get("heartbeat_timeout"), cmd.get("start_to_close_timeout")
            s2c, s2s = cmd.get("schedule_to_close_timeout"), cmd.get("schedule_to_start_timeout")
            if isinstance(hb, int) and isinstance(stc, int) and hb > stc:
                cv.add(
                    "heartbeat_timeout", "heartbeat_timeout cannot exceed start_to_close_timeout."
                )
            if isinstance(stc, int) and isinstance(s2c, int) and stc > s2c:
                cv.add(
                    "start_to_close_timeout",
                    "start_to_close_timeout cannot exceed schedule_to_close_timeout.",
                )
            if isinstance(s2s, int) and isinstance(s2c, int) and s2s > s2c:
                cv.add(
                    "schedule_to_start_timeout",
                    "schedule_to_start_timeout cannot exceed schedule_to_close_timeout.",
                )
        elif ctype == "start_timer":
            if cmd.get("delay_seconds") is None:
                cv.add("delay_seconds", f"The {p}.delay_seconds field is required.")
            else:
                ints("delay_seconds", min_value=0)
        elif ctype == "start_child_workflow":
            wt = cmd.get("workflow_type")
            if not isinstance(wt, str) or not wt.strip():
                cv.add("workflow_type", f"The {p}.workflow_type field is required.")
            pcp = cmd.get("parent_close_policy")
            if pcp is not None and pcp not in (
                "abandon",
                "request_cancel",
                "terminate",
                "request_cancellation",
            ):
                cv.add("parent_close_policy", f"The selected {p}.parent_close_policy is invalid.")
            ints("execution_timeout_seconds", "run_timeout_seconds")
            _check_retry(cmd, cv)
            et, rt = cmd.get("execution_timeout_seconds"), cmd.get("run_timeout_seconds")
            if isinstance(et, int) and isinstance(rt, int) and rt > et:
                cv.add(
                    "run_timeout_seconds",
                    "run_timeout_seconds cannot exceed execution_timeout_seconds.",
                )
        elif ctype == "fail_workflow":
            if not isinstance(cmd.get("message"), str) or not cmd["message"].strip():
                cv.add("message", f"The {p}.message field is required.")
        elif ctype in ("complete_update", "fail_update"):
            if not isinstance(cmd.get("update_id"), str) or not cmd["update_id"]:
                cv.add("update_id", f"The {p}.update_id field is required.")
            if ctype == "fail_update" and (
                not isinstance(cmd.get("message"), str) or not cmd["message"]
            ):
                cv.add("message", f"The {p}.message field is required.")
        elif ctype == "record_side_effect":
            result = cmd.get("result")
            if (
                result is None
                or result == ""
                or not (isinstance(result, str) or is_envelope(result))
            ):
                cv.add("result", f"The {p}.result field is required.")
        elif ctype == "record_version_marker":
            if not isinstance(cmd.get("change_id"), str) or not cmd["change_id"]:
                cv.add("change_id", f"The {p}.change_id field is required.")
            for name in ("version", "min_supported", "max_supported"):
                value = cmd.get(name)
                if isinstance(value, bool) or not isinstance(value, int):
                    cv.add(name, f"The {p}.{name} field must be an integer.")
        elif ctype == "upsert_search_attributes":
            attrs = cmd.get("attributes")
            if not isinstance(attrs, dict) or not attrs:
                cv.add("attributes", f"The {p}.attributes field is required.")
            else:
                for key, value in attrs.items():
                    if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", key):
                        cv.add("attributes", f"Search attribute key [{key}] is invalid.")
                    ok = (
                        value is None
                        or isinstance(value, bool | int | float)
                        or (isinstance(value, str) and len(value) <= 191)
                        or (isinstance(value, list) and all(isinstance(x, str) for x in value))
                    )
                    if not ok:
                        cv.add("attributes", f"Search attribute [{key}] has an unsupported value.")
        elif ctype == "open_condition_wait":
            if cmd.get("timeout_seconds") is not None:
                ints("timeout_seconds", min_value=0)
        elif ctype == "open_signal_wait":
            if not isinstance(cmd.get("signal_name"), str) or not cmd["signal_name"]:
                cv.add("signal_name", f"The {p}.signal_name field is required.")
            if cmd.get("timeout_seconds") is not None:
                ints("timeout_seconds", min_value=0)
        elif ctype == "record_local_activity":
            at = cmd.get("activity_type")
            if not isinstance(at, str) or not at.strip():
                cv.add("activity_type", f"The {p}.activity_type field is required.")
            outcome = cmd.get("outcome")
            if outcome is not None and not isinstance(outcome, str):
                cv.add("outcome", f"The {p}.outcome field must be a string.")
            if cmd.get("attempts") is not None and not isinstance(cmd["attempts"], list):
                cv.add("attempts", f"The {p}.attempts field must be an array.")
        elif ctype == "cancel_selection_operation":
            if not isinstance(cmd.get("selection_group_id"), str) or not cmd["selection_group_id"]:
                cv.add("selection_group_id", f"The {p}.selection_group_id field is required.")
        elif (
            ctype == "continue_as_new"
            and cmd.get("workflow_type") is not None
            and not isinstance(cmd["workflow_type"], str)
        ):
            cv.add("workflow_type", f"The {p}.workflow_type field must be a string.")
        for key in ("arguments", "result"):
            value = cmd.get(key)
            if isinstance(value, dict) and "codec" in value and not is_envelope(value):
                cv.add(
                    key,
                    "The payload envelope must hold exactly codec and blob (or external_storage).",
                )
            elif isinstance(value, dict) and is_envelope(value):
                if not isinstance(value.get("codec"), str) or not value["codec"]:
                    cv.add(f"{key}.codec", "The payload envelope codec must be a non-empty string.")
                elif value["codec"] != "avro":
                    cv.add(
                        f"{key}.codec",
                        f'Unknown payload codec "{value["codec"]}". Known codecs: avro.',
                    )
                if "blob" in value and not isinstance(value["blob"], str):
                    cv.add(f"{key}.blob", "The payload envelope blob must be a string.")
        for name, msgs in cv.errors.items():
            errors.setdefault(f"{p}.{name}", []).extend(msgs)
        normalized.append(cmd)
    if errors:
        raise validation_error(errors)
    return normalized


def _check_retry(cmd: dict[str, Any], cv: Validator) -> None:
    policy = cmd.get("retry_policy")
    if policy is None:
        return
    if not isinstance(policy, dict):
        cv.add("retry_policy", "The retry policy field must be an array.")
        return
    ma = policy.get("max_attempts")
    if ma is not None and (isinstance(ma, bool) or not isinstance(ma, int) or ma < 1):
        cv.add(
            "retry_policy.max_attempts", "The retry_policy.max_attempts field must be at least 1."
        )
    backoff = policy.get("backoff_seconds")
    if backoff is not None and not (
        isinstance(backoff, list)
        and all(isinstance(b, int) and not isinstance(b, bool) and b >= 0 for b in backoff)
    ):
        cv.add(
            "retry_policy.backoff_seconds",
            "The retry_policy.backoff_seconds field must be a list of non-negative integers.",
        )
    nr = policy.get("non_retryable_error_types")
    if nr is not None and not (isinstance(nr, list) and all(isinstance(x, str) and x for x in nr)):
        cv.add(
            "retry_policy.non_retryable_error_types",
            "The retry_policy.non_retryable_error_types field must be a list of non-empty strings.",
        )


def _check_name(name: str, field: str) -> None:
    if not name or len(name.encode()) > 256 or any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise validation_error(
            {
                field: [
                    f"The {field.replace('_', ' ')} must be 1 to 256 bytes without control"
                    f" characters."
                ]
            }
        )


def _parse_visibility_query(query: str) -> list[tuple[str, str]] | None:
    parts = re.split(r"\s+AND\s+", query, flags=re.IGNORECASE)
    out: list[tuple[str, str]] = []
    for part in parts:
        m = re.fullmatch(
            r"\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(\S+))\s*", part
        )
        if not m:
            return None
        value = (
            m.group(2)
            if m.group(2) is not None
            else m.group(3)
            if m.group(3) is not None
            else m.group(4)
        )
        out.append((m.group(1), value))
    return out


def _matches_sa(attrs: dict[str, Any], filters: list[tuple[str, str]]) -> bool:
    for key, expected in filters:
        if key == "WorkflowType":
            continue
        value = attrs.get(key)
        values = value if isinstance(value, list) else [value]
        if not any(
            str(x).lower() == expected.lower() if isinstance(x, bool) else str(x) == expected
            for x in values
            if x is not None
        ):
            return False
    return True


# ---------------------------------------------------------------------------------------- routes


async def _body(request: Request) -> dict[str, Any]:
    body = request.state.json_body
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise validation_error({"body": ["The request body must be a JSON object."]})
    return body


def routes(server: DevServer) -> list[Route]:
    svc = server.workflows

    def ns(request: Request) -> str:
        return str(request.state.namespace)

    async def list_or_start(request: Request) -> JSONResponse:
        if request.method == "POST":
            status, out = svc.start_workflow(ns(request), await _body(request))
            return JSONResponse(out, status_code=status)
        return JSONResponse(svc.list_workflows(ns(request), dict(request.query_params)))

    async def describe(request: Request) -> JSONResponse:
        wid = request.path_params["workflow_id"]
        detail = svc.describe_workflow(ns(request), wid)
        if detail is None:
            raise ApiError(404, "instance_not_found", "Workflow not found.", workflow_id=wid)
        return JSONResponse(detail)

    async def runs(request: Request) -> JSONResponse:
        return JSONResponse(svc.list_runs(ns(request), request.path_params["workflow_id"]))

    async def run_detail(request: Request) -> JSONResponse:
        p = request.path_params
        return JSONResponse(svc.describe_run(ns(request), p["workflow_id"], p["run_id"]))

    async def debug(request: Request) -> JSONResponse:
        from .task_queues import queue_summary

        p = request.path_params
        wid = p["workflow_id"]
        if "run_id" in p:
            detail = svc.describe_run(ns(request), wid, p["run_id"])
        else:
            found = svc.describe_workflow(ns(request), wid)
            if found is None:
                raise ApiError(404, "instance_not_found", "Workflow not found.", workflow_id=wid)
            detail = found
        pending = server.db.query(
            "SELECT task_id, status, available_at, lease_owner, lease_expires_at, attempt_count,"
            " last_error"
            " FROM workflow_tasks WHERE run_id = ? AND status IN ('ready','leased','failed')"
            " ORDER BY created_at DESC LIMIT 25",
            (detail["run_id"],),
        )
        acts_rows = server.db.query(
            "SELECT id, activity_type, status, attempt_count FROM activity_executions WHERE"
            " run_id = ?"
            " AND status IN ('pending','running') LIMIT 25",
            (detail["run_id"],),
        )
        failed = [dict(r) for r in pending if r["status"] == "failed"]
        status = (
            "terminal"
            if detail["is_terminal"]
            else "needs_attention"
            if failed
            else "pending_work"
            if pending or acts_rows
            else "waiting"
        )
        return JSONResponse(
            {
                "generated_at": now_iso(server),
                "workflow_id": wid,
                "run_id": detail["run_id"],
                "namespace": detail["namespace"],
                "diagnostic_status": status,
                "execution": detail,
                "pending_workflow_tasks": [dict(r) for r in pending],
                "pending_activities": [dict(r) for r in acts_rows],
                "task_queue": queue_summary(
                    server, detail["namespace"], detail["task_queue"], detail=True
                ),
                "recent_failures": failed[:10],
                "compatibility": {
                    "run": {
                        "compatibility": detail["compatibility"],
                        "summary_compatibility": detail["compatibility"],
                        "task_queue": detail["task_queue"],
                    },
                    "namespace_worker_fleet": {"namespace": detail["namespace"]},
                },
                "findings": [],
            }
        )

    async def signal(request: Request) -> JSONResponse:
        p = request.path_params
        status, out = svc.signal_workflow(
            ns(request), p["workflow_id"], p["name"], await _body(request), run_id=p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    async def query(request: Request) -> JSONResponse:
        p = request.path_params
        status, out = await svc.query_workflow(
            ns(request), p["workflow_id"], p["name"], await _body(request), run_id=p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    async def update(request: Request) -> JSONResponse:
        p = request.path_params
        status, out = await svc.update_workflow_async(
            ns(request), p["workflow_id"], p["name"], await _body(request), run_id=p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    def _reason(body: dict[str, Any]) -> str | None:
        v = Validator(body)
        reason = v.string("reason", max=1000)
        v.string("request_id", max=255)
        v.check()
        return reason

    async def cancel(request: Request) -> JSONResponse:
        p = request.path_params
        body = await _body(request)
        status, out = svc._close_command(
            ns(request), p["workflow_id"], "cancel", _reason(body), p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    async def terminate(request: Request) -> JSONResponse:
        p = request.path_params
        body = await _body(request)
        status, out = svc._close_command(
            ns(request), p["workflow_id"], "terminate", _reason(body), p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    async def repair(request: Request) -> JSONResponse:
        _reason(await _body(request))
        status, out = svc.repair_workflow(ns(request), request.path_params["workflow_id"])
        return JSONResponse(out, status_code=status)

    async def archive(request: Request) -> JSONResponse:
        reason = _reason(await _body(request))
        status, out = svc.archive_workflow(ns(request), request.path_params["workflow_id"], reason)
        return JSONResponse(out, status_code=status)

    async def history(request: Request) -> JSONResponse:
        p = request.path_params
        q = request.query_params
        v = Validator(dict(q))
        size = v.integer("page_size", min=1, max=1000) or 100
        wait_raw = q.get("wait_new_event")
        if wait_raw is not None and wait_raw not in ("0", "1"):
            v.add("wait_new_event", "The wait new event field must be true or false.")
        v.check()
        after = decode_token(q.get("next_page_token") or "") or 0
        events, token = svc.history_page(ns(request), p["workflow_id"], p["run_id"], after, size)
        if not events and wait_raw == "1":
            deadline = asyncio.get_running_loop().time() + server.config.poll_timeout
            while not events:
                with server.notifier.listen(("history", p["run_id"])) as event:
                    events, token = svc.history_page(
                        ns(request), p["workflow_id"], p["run_id"], after, size
                    )
                    if events:
                        break
                    remaining = deadline - asyncio.get_running_loop().time()
                    if remaining <= 0:
                        break
                    await server.notifier.wait(event, remaining)
        if events and token is None:
            token = encode_token(events[-1]["sequence"]) if wait_raw == "1" else None
        return JSONResponse(
            {
                "workflow_id": p["workflow_id"],
                "run_id": p["run_id"],
                "events": events,
                "next_page_token": token,
            }
        )

    async def export(request: Request) -> JSONResponse:
        p = request.path_params
        return JSONResponse(svc.export_history(ns(request), p["workflow_id"], p["run_id"]))

    async def redrive(request: Request) -> JSONResponse:
        p = request.path_params
        _reason(await _body(request))
        status, out = svc.redrive_run(ns(request), p["workflow_id"], p["run_id"])
        return JSONResponse(out, status_code=status)

    async def request_cancellation(request: Request) -> JSONResponse:
        p = request.path_params
        raise ApiError(
            409,
            "cooperative_cancellation_unsupported",
            "This server does not advertise the cooperative_cancellation capability; "
            "use POST /api/workflows/{workflowId}/cancel.",
            workflow_id=p["workflow_id"],
            capability="cooperative_cancellation",
        )

    async def append_message(request: Request) -> JSONResponse:
        p = request.path_params
        status, out = svc.append_message(
            ns(request), p["workflow_id"], p["stream"], await _body(request)
        )
        return JSONResponse(out, status_code=status)

    async def list_streams(request: Request) -> JSONResponse:
        p = request.path_params
        return JSONResponse(svc.list_streams(ns(request), p["workflow_id"], p["run_id"]))

    async def get_stream(request: Request) -> JSONResponse:
        p = request.path_params
        return JSONResponse(
            {"stream": svc.stream_object(ns(request), p["workflow_id"], p["run_id"], p["stream"])}
        )

    async def stream_items(request: Request) -> JSONResponse:
        p = request.path_params
        if request.method == "POST":
            out = svc.append_stream_items(
                ns(request), p["workflow_id"], p["run_id"], p["stream"], await _body(request)
            )
            return JSONResponse(out)
        return JSONResponse(
            await svc.read_stream_items(
                ns(request), p["workflow_id"], p["run_id"], p["stream"], dict(request.query_params)
            )
        )

    async def close_stream(request: Request) -> JSONResponse:
        p = request.path_params
        out = svc.close_stream(
            ns(request), p["workflow_id"], p["run_id"], p["stream"], await _body(request)
        )
        return JSONResponse(out)

    w = "/api/workflows/{workflow_id}"
    r = w + "/runs/{run_id}"
    return [
        Route(r + "/redrive", redrive, methods=["POST"]),
        Route(w + "/request-cancellation", request_cancellation, methods=["POST"]),
        Route(r + "/request-cancellation", request_cancellation, methods=["POST"]),
        Route(w + "/message-streams/{stream}/messages", append_message, methods=["POST"]),
        Route(r + "/streams", list_streams, methods=["GET"]),
        Route(r + "/streams/{stream}", get_stream, methods=["GET"]),
        Route(r + "/streams/{stream}/items", stream_items, methods=["GET", "POST"]),
        Route(r + "/streams/{stream}/close", close_stream, methods=["POST"]),
        Route("/api/workflows", list_or_start, methods=["GET", "POST"]),
        Route(w, describe, methods=["GET"]),
        Route(w + "/debug", debug, methods=["GET"]),
        Route(w + "/runs", runs, methods=["GET"]),
        Route(r, run_detail, methods=["GET"]),
        Route(r + "/debug", debug, methods=["GET"]),
        Route(r + "/history", history, methods=["GET"]),
        Route(r + "/history/export", export, methods=["GET"]),
        Route(w + "/signal/{name}", signal, methods=["POST"]),
        Route(w + "/query/{name}", query, methods=["POST"]),
        Route(w + "/update/{name}", update, methods=["POST"]),
        Route(w + "/cancel", cancel, methods=["POST"]),
        Route(w + "/terminate", terminate, methods=["POST"]),
        Route(w + "/repair", repair, methods=["POST"]),
        Route(w + "/archive", archive, methods=["POST"]),
        Route(r + "/signal/{name}", signal, methods=["POST"]),
        Route(r + "/query/{name}", query, methods=["POST"]),
        Route(r + "/update/{name}", update, methods=["POST"]),
        Route(r + "/cancel", cancel, methods=["POST"]),
        Route(r + "/terminate", terminate, methods=["POST"]),
    ]


__all__ = [
    "WorkerError",
    "WorkflowService",
    "close_run",
    "decode_envelope",
    "encode_value",
    "offset_iso",
    "parse_iso",
]
