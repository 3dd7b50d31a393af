"""Worker polls for workflow, activity and query tasks: a poll retried with the same
``poll_request_id`` gets the task it already leased, a draining worker claims nothing new, and
otherwise the poll waits for a task until its timeout."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .activities import claim_activity_task
from .activities import leased_by_poll as activity_leased_by_poll
from .activity_records import act_key
from .long_poll import _is_draining, _next_ready, _poll_timeout, long_poll
from .queries import QueryBroker
from .tasks import build_task_payload, claim_workflow_task, leased_by_poll, wf_key
from .workers import resolve_worker

if TYPE_CHECKING:
    from ..server import DevServer


@dataclass(frozen=True)
class PolledTask:
    """What a poll hands out: the task document, and for a leased task which lease it is
    (``kind``, ``task_id`` and the lease's reference) so its delivery can be recorded."""

    task: dict[str, Any] | None
    kind: str | None = None
    task_id: str | None = None
    lease_ref: str | None = None


async def poll_workflow_task(
    server: DevServer, namespace: str, body: dict[str, Any], history_page_size: int | None
) -> PolledTask:
    """Lease a workflow task of ``body['task_queue']`` to the polling worker (or none)."""
    cfg = server.config
    size = min(history_page_size or cfg.history_page_size_default, cfg.history_page_size_max)
    encoding = body.get("accept_history_encoding")
    queue = body["task_queue"]
    worker = resolve_worker(
        server, namespace, body["worker_id"], queue, body.get("build_id"), check_build=True
    )
    poll_id = body.get("poll_request_id") or None
    if poll_id:
        again = leased_by_poll(server, namespace, queue, worker["worker_id"], poll_id)
        if again is not None:
            row, run = again
            payload = build_task_payload(server, row, run, size, encoding)
            return PolledTask(payload, "workflow", row["task_id"], str(row["attempt_count"]))

    def probe() -> Any:
        # a draining worker keeps its in-flight work but claims nothing new
        if _is_draining(server, worker):
            return None
        return claim_workflow_task(server, namespace, queue, worker, poll_id)

    claimed = await long_poll(
        server,
        [wf_key(namespace, queue)],
        probe,
        _poll_timeout(server, body),
        _next_ready(server, "workflow_tasks", namespace, queue),
    )
    if claimed is None:
        return PolledTask(None)
    task, run = claimed
    payload = build_task_payload(server, task, run, size, encoding)
    return PolledTask(payload, "workflow", task["task_id"], str(task["attempt_count"]))


async def poll_activity_task(server: DevServer, namespace: str, body: dict[str, Any]) -> PolledTask:
    """Lease an activity task of ``body['task_queue']`` to the polling worker (or none)."""
    queue = body["task_queue"]
    worker = resolve_worker(
        server, namespace, body["worker_id"], queue, body.get("build_id"), check_build=True
    )
    poll_id = body.get("poll_request_id") or None
    if poll_id:
        again = activity_leased_by_poll(server, namespace, queue, worker["worker_id"], poll_id)
        if again is not None:
            return _activity_lease(again)

    def probe() -> Any:
        if _is_draining(server, worker):
            return None
        return claim_activity_task(server, namespace, queue, worker, poll_id)

    task = await long_poll(
        server,
        [act_key(namespace, queue)],
        probe,
        _poll_timeout(server, body),
        _next_ready(server, "activity_tasks", namespace, queue),
    )
    return PolledTask(None) if task is None else _activity_lease(task)


async def poll_query_task(
    server: DevServer, namespace: str, body: dict[str, Any]
) -> dict[str, Any] | None:
    """A query task of ``body['task_queue']`` for the polling worker (or none)."""
    queue = body["task_queue"]
    worker = resolve_worker(server, namespace, body["worker_id"], queue, None, check_build=False)
    broker = QueryBroker.of(server)
    task: dict[str, Any] | None = await long_poll(
        server,
        [("query", namespace, queue)],
        lambda: broker.claim(namespace, queue, worker),
        _poll_timeout(server, body),
    )
    return task


def _activity_lease(task: dict[str, Any]) -> PolledTask:
    return PolledTask(task, "activity", task["task_id"], str(task["activity_attempt_id"]))
