"""Query tasks: a control-plane query handed to a live worker and its answer waited for."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import WorkerError
from ..store import runs as runs_store
from .history import iso_after, loads, new_id, parse_iso, worker_page
from .values import decode_envelope
from .workers import live_query_workers

if TYPE_CHECKING:
    from ..server import DevServer


# --------------------------------------------------------------------------------- query tasks


@dataclass
class QueryTask:
    query_task_id: str
    namespace: str
    task_queue: str
    workflow_type: str
    run_id: str
    workflow_id: str
    query_name: str
    arguments: dict[str, Any]
    created_at: float
    attempt: int = 0
    status: str = "pending"
    lease_owner: str | None = None
    lease_expires_at: str | None = None
    outcome: asyncio.Future[dict[str, Any]] | None = None
    loop: asyncio.AbstractEventLoop | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _qerr(status: int, reason: str, message: str, **extra: Any) -> WorkerError:
    """A query-task guard error (its body repeats the HTTP ``status``)."""
    error = WorkerError(status, reason, message, **extra)
    error.extra["status"] = status
    return error


class QueryBroker:
    """In-memory query tasks (never written to history)."""

    def __init__(self, server: DevServer) -> None:
        self.server = server
        self.tasks: dict[str, QueryTask] = {}

    @classmethod
    def of(cls, server: DevServer) -> QueryBroker:
        broker = server.state.get("query_broker")
        if broker is None:
            broker = cls(server)
            server.state["query_broker"] = broker
        assert isinstance(broker, QueryBroker)
        return broker

    def _prune(self) -> None:
        loop_now = asyncio.get_running_loop().time()
        for key, task in list(self.tasks.items()):
            if (
                task.status != "pending"
                and task.status != "leased"
                and loop_now - task.created_at > 180
            ):
                del self.tasks[key]

    async def ask(
        self, run: sqlite3.Row, query_name: str, arguments: dict[str, Any], base: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:

        server = self.server
        self._prune()
        if not live_query_workers(
            server, run["namespace"], run["task_queue"], run["workflow_type"]
        ):
            return 409, {
                **base,
                "reason": "query_worker_unavailable",
                "message": "No active worker is available to answer the workflow query.",
            }
        pending = sum(
            1
            for t in self.tasks.values()
            if t.status == "pending"
            and t.namespace == run["namespace"]
            and t.task_queue == run["task_queue"]
        )
        if pending >= server.config.query_task_max_pending_per_queue:
            return 429, {
                **base,
                "reason": "query_task_queue_full",
                "message": "The query task queue is full.",
            }
        loop = asyncio.get_running_loop()
        task = QueryTask(
            query_task_id=new_id().upper(),
            namespace=run["namespace"],
            task_queue=run["task_queue"],
            workflow_type=run["workflow_type"],
            run_id=run["run_id"],
            workflow_id=run["workflow_id"],
            query_name=query_name,
            arguments=arguments,
            created_at=loop.time(),
            outcome=loop.create_future(),
            loop=loop,
        )
        self.tasks[task.query_task_id] = task
        server.notifier.notify(("query", task.namespace, task.task_queue))
        assert task.outcome is not None
        try:
            result = await asyncio.wait_for(
                asyncio.shield(task.outcome), server.config.effective_query_timeout
            )
        except TimeoutError:
            task.status = "timed_out"
            return 504, {
                **base,
                "reason": "query_worker_timeout",
                "message": "Timed out waiting for a worker to execute the workflow query.",
            }
        if result["ok"]:
            envelope = result.get("result_envelope")
            value = result.get("result")
            if value is None and envelope is not None:
                ok, decoded = decode_envelope(envelope)
                value = decoded if ok else None
            return 200, {**base, "result": value, "result_envelope": envelope, "reason": None}
        reason = result.get("reason") or "query_rejected"
        status = 404 if reason == "rejected_unknown_query" else 409
        return status, {**base, "reason": reason, "message": result.get("message")}

    def claim(self, namespace: str, queue: str, worker: sqlite3.Row) -> dict[str, Any] | None:
        server = self.server
        types = loads(worker["supported_workflow_types"], []) or []
        candidates = sorted(
            (t for t in self.tasks.values() if t.namespace == namespace and t.task_queue == queue),
            key=lambda t: t.created_at,
        )
        now = server.clock.now()
        for task in candidates:
            expired = (
                task.status == "leased"
                and task.lease_expires_at
                and parse_iso(task.lease_expires_at) <= now
            )
            if task.status != "pending" and not expired:
                continue
            if task.outcome is not None and task.outcome.done():
                continue
            if types and task.workflow_type not in types:
                continue
            run = runs_store.get_run(server.db, task.run_id)
            if run is None:
                continue
            task.status = "leased"
            task.attempt += 1
            task.lease_owner = worker["worker_id"]
            task.lease_expires_at = iso_after(server, server.config.query_task_lease_seconds)
            events, _, last = worker_page(server, task.run_id, 0, 1_000_000)
            return {
                "query_task_id": task.query_task_id,
                "query_task_attempt": task.attempt,
                "workflow_id": task.workflow_id,
                "run_id": task.run_id,
                "workflow_type": task.workflow_type,
                "query_name": task.query_name,
                "payload_codec": run["payload_codec"] or "avro",
                "workflow_arguments": loads(run["arguments"]),
                "query_arguments": task.arguments,
                "run_status": run["status"],
                "last_history_sequence": last,
                "history_events": events,
                "task_queue": task.task_queue,
                "lease_owner": task.lease_owner,
                "lease_expires_at": task.lease_expires_at,
            }
        return None

    def guard(self, query_task_id: str, namespace: str, body: dict[str, Any]) -> QueryTask:
        task = self.tasks.get(query_task_id)
        base = {"query_task_id": query_task_id, "outcome": "rejected"}
        if task is None or task.namespace != namespace:
            raise _qerr(404, "query_task_not_found", "Query task not found.", **base)
        if task.status != "leased":
            raise _qerr(
                409,
                "query_task_not_leased",
                "Query task is not currently leased.",
                **base,
            )
        if task.lease_owner != body["lease_owner"]:
            raise _qerr(
                409,
                "lease_owner_mismatch",
                "Query task lease is owned by another worker.",
                **base,
                lease_owner=task.lease_owner,
            )
        if task.attempt != int(body["query_task_attempt"]):
            raise _qerr(
                409,
                "query_task_attempt_mismatch",
                "Query task attempt does not match the current claim.",
                **base,
                current_attempt=task.attempt,
            )
        if task.lease_expires_at and parse_iso(task.lease_expires_at) <= self.server.clock.now():
            raise _qerr(
                409,
                "lease_expired",
                "Query task lease has expired.",
                **base,
                lease_expires_at=task.lease_expires_at,
            )
        return task

    def resolve(self, task: QueryTask, outcome: dict[str, Any]) -> None:
        future, loop = task.outcome, task.loop
        if future is None or loop is None:
            return

        def _set() -> None:
            if not future.done():
                future.set_result(outcome)

        if loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            _set()
        else:
            loop.call_soon_threadsafe(_set)
