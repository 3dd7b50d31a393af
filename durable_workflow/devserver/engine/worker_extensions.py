"""Worker-plane calls beyond the task loop: activity cancellation acknowledgement,
update-validation task polls, and the refusal of capabilities this server does not advertise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

from ..errors import WorkerError
from ..store import activities as activity_store
from ..store import history as history_store
from ..store import runs as run_store
from .activities import _guard
from .history import now_iso
from .long_poll import _poll_timeout, long_poll
from .tasks import guard_workflow_task
from .workers import resolve_worker

if TYPE_CHECKING:
    from ..server import DevServer


def acknowledge_activity_cancellation(
    server: DevServer,
    namespace: str,
    task_id: str,
    attempt_id: str,
    lease_owner: str,
    request_id: str,
) -> dict[str, Any]:
    """The lease holder confirms it stopped a cancelled activity; its attempt closes.

    409 when no cancellation was requested (neither the execution nor its run is cancelled). A
    repeated request id answers the first receipt again, marked as a duplicate.
    """
    receipts: dict[Any, Any] = server.state.setdefault("cancel_receipts", {})
    key = (namespace, task_id, attempt_id, request_id)
    if key in receipts:
        return {**receipts[key], "duplicate": True}
    with server.db.transaction() as conn:
        task, attempt = _guard(conn, namespace, task_id, attempt_id, lease_owner)
        ex = activity_store.get_activity_execution(conn, attempt["execution_id"])
        run = run_store.get_run(conn, task["run_id"])
        cancelled = (ex is not None and ex["status"] == "cancelled") or (
            run is not None and run["status"] in ("cancelled", "terminated")
        )
        if not cancelled:
            raise WorkerError(
                409,
                "cancellation_not_requested",
                "No cancellation was requested for this activity.",
                task_id=task_id,
                activity_attempt_id=attempt["attempt_id"],
            )
        if attempt["status"] == "running":
            activity_store.close_attempt(conn, attempt["attempt_id"], "cancelled", now_iso(server))
            activity_store.mark_activity_task_cancelled(conn, task_id)
        event_id = history_store.latest_event_id_of_type(conn, task["run_id"], "ActivityCancelled")
    receipt = {
        "task_id": task_id,
        "activity_attempt_id": attempt_id,
        "lease_owner": lease_owner,
        "request_id": request_id,
        "acknowledged": True,
        "duplicate": False,
        "reason": None,
        "heartbeat_recorded": False,
        "history_event_id": event_id if event_id is not None else "",
    }
    receipts[key] = receipt
    return receipt


async def poll_update_validation_tasks(
    server: DevServer, namespace: str, body: dict[str, Any]
) -> Any:
    """Long-poll for update-validation tasks (none is ever created: the capability is off)."""
    resolve_worker(
        server, namespace, body["worker_id"], body["task_queue"], None, check_build=False
    )
    return await long_poll(
        server,
        [("update_validation", namespace, body["task_queue"])],
        lambda: None,
        _poll_timeout(server, body),
    )


def refuse_unadvertised(
    server: DevServer,
    namespace: str,
    task_id: str,
    lease_owner: str,
    attempt: int,
    capability: str,
) -> NoReturn:
    """Check the workflow-task lease, then refuse a capability this server does not advertise."""
    with server.db.transaction() as conn:
        guard_workflow_task(server, conn, namespace, task_id, lease_owner, attempt)
    raise WorkerError(
        409,
        "capability_not_advertised",
        f"This server does not advertise the {capability} capability.",
        task_id=task_id,
        workflow_task_attempt=attempt,
        capability=capability,
    )
