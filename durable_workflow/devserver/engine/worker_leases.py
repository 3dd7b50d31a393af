"""Requests a worker makes on a task it holds: the next history page and the heartbeat of a
workflow task, the status and lease renewal of an activity attempt."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import WorkerError
from ..store.activities import extend_attempt_lease, extend_task_lease, get_activity_execution
from ..store.tasks import extend_workflow_task_lease
from .activities import _guard
from .history import decode_token, iso_after, worker_page
from .runs import _run
from .tasks import compress_history, guard_workflow_task

if TYPE_CHECKING:
    from ..server import DevServer


def workflow_task_history(
    server: DevServer,
    namespace: str,
    task_id: str,
    body: dict[str, Any],
    history_page_size: int | None,
) -> dict[str, Any]:
    """The history page after ``body['next_history_page_token']`` for the task's holder."""
    attempt = int(body["workflow_task_attempt"])
    with server.db.transaction() as conn:
        _, run = guard_workflow_task(server, conn, namespace, task_id, body["lease_owner"], attempt)
    after = decode_token(body["next_history_page_token"])
    if after is None:
        raise WorkerError(400, "invalid_page_token", "Invalid history page token.", task_id=task_id)
    cfg = server.config
    size = min(history_page_size or cfg.history_page_size_default, cfg.history_page_size_max)
    events, token, last = worker_page(server, run["run_id"], after, size)
    return {
        "task_id": task_id,
        "workflow_task_attempt": attempt,
        **compress_history(events, body.get("accept_history_encoding")),
        "total_history_events": last,
        "next_history_page_token": token,
    }


def heartbeat_workflow_task(
    server: DevServer, namespace: str, task_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Extend the holder's lease of a workflow task."""
    attempt = int(body["workflow_task_attempt"])
    with server.db.transaction() as conn:
        _, run = guard_workflow_task(server, conn, namespace, task_id, body["lease_owner"], attempt)
        expires = iso_after(server, server.config.workflow_task_lease_seconds)
        extend_workflow_task_lease(conn, task_id, expires)
    return {
        "task_id": task_id,
        "workflow_task_attempt": attempt,
        "lease_owner": body["lease_owner"],
        "renewed": True,
        "lease_expires_at": expires,
        "run_status": run["status"],
        "task_status": "leased",
        "reason": None,
    }


def activity_attempt_status(
    server: DevServer, namespace: str, task_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Whether the holder of an activity attempt may go on (or was cancelled, or is stale)."""
    with server.db.transaction() as conn:
        task, attempt = _guard(
            conn, namespace, task_id, body["activity_attempt_id"], body["lease_owner"]
        )
        ex = get_activity_execution(conn, attempt["execution_id"])
        run = _run(conn, task["run_id"])
    cancelled = (ex is not None and ex["status"] == "cancelled") or (
        run is not None and run["status"] in ("cancelled", "terminated")
    )
    can_continue = attempt["status"] == "running" and task["status"] == "leased" and not cancelled
    return {
        "task_id": task_id,
        "activity_attempt_id": attempt["attempt_id"],
        "lease_owner": body["lease_owner"],
        "cancel_requested": cancelled,
        "can_continue": can_continue,
        "reason": None
        if can_continue
        else ("activity_cancelled" if cancelled else "attempt_closed"),
        "lease_expires_at": task["lease_expires_at"],
        "attempt_status": attempt["status"],
    }


def renew_activity_lease(
    server: DevServer, namespace: str, task_id: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """Extend the holder's lease of a running activity attempt (409 when it is stale)."""
    with server.db.transaction() as conn:
        task, attempt = _guard(
            conn, namespace, task_id, body["activity_attempt_id"], body["lease_owner"]
        )
        if attempt["status"] != "running" or task["status"] != "leased":
            return 409, {
                "task_id": task_id,
                "activity_attempt_id": attempt["attempt_id"],
                "renewed": False,
                "reason": "stale_attempt",
            }
        expires = iso_after(server, server.config.activity_task_lease_seconds)
        extend_task_lease(conn, task_id, expires)
        extend_attempt_lease(conn, attempt["attempt_id"], expires)
    return 200, {
        "task_id": task_id,
        "activity_attempt_id": attempt["attempt_id"],
        "lease_owner": body["lease_owner"],
        "renewed": True,
        "lease_expires_at": expires,
        "reason": None,
    }
