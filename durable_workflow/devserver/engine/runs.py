"""Workflow runs: creation, closing, parent close policies, children and their completion."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, cast

from ..store import children as children_store
from ..store import messages as messages_store
from ..store import runs as runs_store
from ..store import tasks as tasks_store
from .activity_records import cancel_run_activities
from .history import append_event, dumps, iso_after, loads, new_id, now_iso
from .tasks import OPEN_RUN_STATUSES, cancel_open_tasks, create_workflow_task, ensure_workflow_task
from .timers import cancel_run_timers
from .values import CANCELLED_EXCEPTION, TERMINATED_EXCEPTION, _sa, blob_of

if TYPE_CHECKING:
    from ..server import DevServer


# ------------------------------------------------------------------------------------ run close


def _run(conn: sqlite3.Connection, run_id: str) -> sqlite3.Row:
    return cast(sqlite3.Row, runs_store.get_run(conn, run_id))


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
    runs_store.mark_run_closed(
        conn,
        run["run_id"],
        status=status,
        closed_reason=closed_reason,
        closed_at=now,
        output=dumps(output),
        failure=dumps(failure) if failure else None,
    )
    if status in ("cancelled", "terminated", "failed") or closed_reason == "timed_out":
        cancel_run_activities(server, conn, run["run_id"], command_id)
        cancel_run_timers(server, conn, run["run_id"])
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
    cancel_open_tasks(conn, run["run_id"], now)
    if task_id is not None:
        tasks_store.set_workflow_task_status(
            conn, task_id, "failed" if status == "failed" else "completed"
        )
    # pending updates are closed with the run
    messages_store.fail_accepted_updates(
        conn,
        run["run_id"],
        now,
        dumps({"message": "Workflow run closed before the update completed."}),
    )
    server.notifier.notify(("updates", run["run_id"]), ("run", run["run_id"]))
    _apply_parent_close_policy(server, conn, run)
    if closed_reason != "continued":
        _notify_parent(server, conn, _run(conn, run["run_id"]))


def _apply_parent_close_policy(
    server: DevServer, conn: sqlite3.Connection, run: sqlite3.Row
) -> None:
    for call in children_store.list_open_child_calls(conn, run["run_id"]):
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
    call = children_store.get_child_call(conn, child["child_call_id"])
    if call is None or call["status"] != "open":
        return
    parent = _run(conn, call["parent_run_id"])
    if parent is None or parent["status"] not in OPEN_RUN_STATUSES:
        children_store.close_child_call(conn, call["child_call_id"])
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
    children_store.close_child_call(conn, call["child_call_id"])
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
    ensure_workflow_task(
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
    runs_store.insert_run(
        conn,
        run_id=run_id,
        namespace=namespace,
        workflow_id=workflow_id,
        run_number=run_number,
        workflow_type=workflow_type,
        task_queue=task_queue,
        business_key=business_key,
        payload_codec=payload_codec,
        arguments=dumps(arguments),
        memo=dumps(memo or {}),
        search_attributes=dumps(search_attributes or {}),
        execution_timeout_seconds=execution_timeout,
        run_timeout_seconds=run_timeout,
        execution_deadline_at=execution_deadline_at,
        run_deadline_at=run_deadline_at,
        compatibility=compatibility,
        parent_run_id=parent.get("run_id"),
        parent_workflow_id=parent.get("workflow_id"),
        parent_sequence=parent.get("sequence"),
        child_call_id=parent.get("child_call_id"),
        parent_close_policy=parent.get("parent_close_policy"),
        continued_from_run_id=continued_from,
        started_at=now,
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
        runs_store.insert_instance(
            conn, call["child_workflow_id"], parent["namespace"], child["run_id"], now_iso(server)
        )
    else:
        runs_store.advance_current_run(conn, call["child_workflow_id"], child["run_id"])
    children_store.set_child_call_run(conn, call["child_call_id"], child["run_id"], attempt)
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
    child_task = create_workflow_task(
        server, conn, child, available_at=iso_after(server, backoff) if backoff else None
    )
    fresh_call = cast(sqlite3.Row, children_store.get_child_call(conn, call["child_call_id"]))
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
