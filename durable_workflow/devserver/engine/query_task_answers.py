"""A worker's answers to the query tasks it leased (a result or a failure), and a query task's
status; each answer resolves the control-plane query waiting for it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import WorkerError
from .queries import QueryBroker

if TYPE_CHECKING:
    from ..server import DevServer


def complete_query_task(
    server: DevServer,
    namespace: str,
    query_task_id: str,
    body: dict[str, Any],
    envelope: dict[str, Any] | None,
) -> dict[str, Any]:
    """Answer the waiting query with the worker's result (``envelope``: its validated
    ``result_envelope``)."""
    broker = QueryBroker.of(server)
    task = broker.guard(query_task_id, namespace, body)
    task.status = "completed"
    broker.resolve(task, {"ok": True, "result": body.get("result"), "result_envelope": envelope})
    return {
        "query_task_id": query_task_id,
        "query_task_attempt": task.attempt,
        "outcome": "completed",
        "status": 200,
    }


def fail_query_task(
    server: DevServer,
    namespace: str,
    query_task_id: str,
    body: dict[str, Any],
    failure: dict[str, Any],
) -> dict[str, Any]:
    """Answer the waiting query with the worker's failure (reason ``query_rejected`` unless
    the failure names one)."""
    broker = QueryBroker.of(server)
    task = broker.guard(query_task_id, namespace, body)
    task.status = "failed"
    reason = failure.get("reason") or "query_rejected"
    broker.resolve(task, {"ok": False, "reason": reason, "message": failure["message"]})
    return {
        "query_task_id": query_task_id,
        "query_task_attempt": task.attempt,
        "outcome": "failed",
        "reason": reason,
        "status": 200,
    }


def query_task_status(server: DevServer, namespace: str, query_task_id: str) -> dict[str, Any]:
    """A query task's status and lease (404 outside its namespace)."""
    task = QueryBroker.of(server).tasks.get(query_task_id)
    if task is None or task.namespace != namespace:
        raise WorkerError(
            404, "query_task_not_found", "Query task not found.", query_task_id=query_task_id
        )
    return {
        "query_task_id": query_task_id,
        "query_task_attempt": task.attempt,
        "status": task.status,
        "lease_owner": task.lease_owner,
        "lease_expires_at": task.lease_expires_at,
    }
