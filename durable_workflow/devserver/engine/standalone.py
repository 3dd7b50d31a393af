"""Standalone activities: an activity started without a workflow, run as a one-activity run."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, cast

from ..errors import ApiError, Validator
from ..store import activities as activity_store
from ..store import runs as runs_store
from .activities import schedule_activity
from .history import append_event, loads, new_id, now_iso
from .runs import _create_run, _started_payload
from .values import STANDALONE_TYPE, WORKFLOW_ID_RE, encode_value, parse_input, status_bucket

if TYPE_CHECKING:
    from ..server import DevServer


# ------------------------------------------------------------------------ standalone activities


def start_standalone(
    server: DevServer, namespace: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """Start an activity outside a workflow, inside a server-managed host run."""

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
        existing = runs_store.get_instance(conn, activity_id)
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
        runs_store.mark_run_running(conn, run["run_id"])
        runs_store.insert_instance(conn, activity_id, namespace, run["run_id"], now_iso(server))
        append_event(server, conn, run["run_id"], "WorkflowStarted", _started_payload(run, None))
        schedule_activity(server, conn, run, command, 1, arguments=arguments)
        ex = cast(sqlite3.Row, activity_store.first_execution_of_run(conn, run["run_id"]))
    return 201, {
        **standalone_object(server, activity_id, namespace),
        "command_status": "accepted",
        "command_source": "control_plane",
        "activity_execution_id": ex["id"],
    }


def standalone_object(server: DevServer, activity_id: str, namespace: str) -> dict[str, Any]:

    inst = runs_store.get_instance_in_namespace(server.db, namespace, activity_id)
    run = runs_store.get_run(server.db, inst["current_run_id"]) if inst is not None else None
    if run is None or run["workflow_type"] != STANDALONE_TYPE:
        raise ApiError(
            404,
            "activity_not_found",
            f"Activity [{activity_id}] not found.",
            activity_id=activity_id,
        )
    ex = activity_store.first_execution_of_run(server.db, run["run_id"])
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
