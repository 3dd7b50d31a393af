"""Worker-plane routes (``/api/worker/*``): registration, long polls, task outcomes, query tasks.

Long polls register on the notifier *before* probing for work, so a task created between the
probe and the wait still wakes them; they return as soon as work arrives, at the next known
due time (retry back-off, timer), or empty at the poll timeout.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from . import activities as acts
from . import tasks as wtasks
from .errors import ApiError, Validator, WorkerError
from .history import decode_token, iso_after, loads, new_id, now_iso, parse_iso, worker_page
from .history import dumps as _dumps
from .workers import heartbeat, live_query_workers, register, resolve_worker

if TYPE_CHECKING:
    from .server import DevServer

MIGRATIONS: list[tuple[str, str]] = []


def _body(request: Request) -> dict[str, Any]:
    body = request.state.json_body
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ApiError(
            422,
            "validation_failed",
            "The request body must be a JSON object.",
            errors={"body": ["The request body must be a JSON object."]},
            validation_errors={"body": ["The request body must be a JSON object."]},
        )
    return body


def _poll_timeout(server: DevServer, body: dict[str, Any]) -> float:
    timeout = server.config.poll_timeout
    requested = body.get("timeout_seconds")
    if isinstance(requested, int | float) and not isinstance(requested, bool) and requested >= 0:
        timeout = min(timeout, float(requested))
    return timeout


async def long_poll(
    server: DevServer,
    keys: list[Hashable],
    probe: Callable[[], Any],
    timeout: float,
    next_due: Callable[[], str | None] | None = None,
) -> Any:
    """Probe, then wait on the notifier until work arrives or ``timeout`` passes."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        with server.notifier.listen(*keys) as event:
            found = probe()
            if found is not None:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                return None
            wait = remaining
            due = next_due() if next_due is not None else None
            if due is not None:
                until = (parse_iso(due) - server.clock.now()).total_seconds()
                wait = min(wait, max(until, 0.005))
            await server.notifier.wait(event, wait)


def _next_ready(
    server: DevServer, table: str, namespace: str, queue: str
) -> Callable[[], str | None]:
    def due() -> str | None:
        now = now_iso(server)
        row = server.db.query_one(
            f"SELECT MIN(available_at) AS a FROM {table} WHERE namespace = ? AND task_queue = ?"
            " AND status = 'ready' AND available_at > ?",
            (namespace, queue, now),
        )
        lease = server.db.query_one(
            f"SELECT MIN(lease_expires_at) AS a FROM {table} WHERE namespace = ? AND task_queue = ?"
            " AND status = 'leased'",
            (namespace, queue),
        )
        values = [v for v in (row["a"] if row else None, lease["a"] if lease else None) if v]
        return min(values) if values else None

    return due


def _is_draining(server: DevServer, worker: sqlite3.Row) -> bool:
    """Whether the worker's build cohort is draining right now (re-read on every probe)."""
    row = server.db.query_one(
        "SELECT status FROM workers WHERE namespace = ? AND worker_id = ?",
        (worker["namespace"], worker["worker_id"]),
    )
    return row is None or row["status"] == "draining"


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
        from .workflows import decode_envelope

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
            run = server.db.query_one(
                "SELECT * FROM workflow_runs WHERE run_id = ?", (task.run_id,)
            )
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


# -------------------------------------------------------------------------------------- routes


def routes(server: DevServer) -> list[Route]:
    cfg = server.config

    def ns(request: Request) -> str:
        return str(request.state.namespace)

    def reply(status: int, body: dict[str, Any]) -> JSONResponse:
        return JSONResponse(body, status_code=status)

    async def do_register(request: Request) -> JSONResponse:
        return reply(*register(server, ns(request), _body(request)))

    async def do_heartbeat(request: Request) -> JSONResponse:
        return reply(*heartbeat(server, ns(request), _body(request)))

    async def deregister(request: Request) -> JSONResponse:
        namespace = ns(request)
        worker_id = request.path_params["worker_id"]
        row = server.db.query_one(
            "SELECT * FROM workers WHERE namespace = ? AND worker_id = ?", (namespace, worker_id)
        )
        if row is None:
            raise WorkerError(
                404, "worker_not_found", "Worker not registered.", worker_id=worker_id
            )
        now = now_iso(server)
        with server.db.transaction() as conn:
            leased = conn.execute(
                "SELECT task_id FROM workflow_tasks WHERE namespace = ? AND lease_owner = ? AND"
                " status = 'leased'",
                (namespace, worker_id),
            ).fetchall()
            conn.execute(
                "UPDATE workflow_tasks SET status = 'ready', lease_owner = NULL, lease_expires_at"
                " = NULL,"
                " available_at = ? WHERE namespace = ? AND lease_owner = ? AND status = 'leased'",
                (now, namespace, worker_id),
            )
            conn.execute(
                "DELETE FROM workers WHERE namespace = ? AND worker_id = ?", (namespace, worker_id)
            )
        server.notifier.notify(wtasks.wf_key(namespace, row["task_queue"]))
        return reply(
            200,
            {
                "worker_id": worker_id,
                "outcome": "deregistered",
                "recovered_workflow_task_count": len(leased),
            },
        )

    # ---- workflow tasks

    def _poll_fields(body: dict[str, Any]) -> Validator:
        v = Validator(body)
        v.string("worker_id", required=True, max=255)
        v.string("task_queue", required=True, max=255)
        v.string("build_id", max=255)
        v.string("poll_request_id", max=255)
        return v

    async def wf_poll(request: Request) -> JSONResponse:
        namespace = ns(request)
        body = _body(request)
        v = _poll_fields(body)
        size = v.integer("history_page_size", min=1, max=1000)
        v.string("accept_history_encoding", max=64)
        v.check()
        size = min(size or cfg.history_page_size_default, cfg.history_page_size_max)
        queue = body["task_queue"]
        worker = resolve_worker(
            server, namespace, body["worker_id"], queue, body.get("build_id"), check_build=True
        )
        poll_id = body.get("poll_request_id")
        cache: dict[Any, Any] = server.state.setdefault("poll_cache", {})
        cache_key = (namespace, queue, worker["build_id"], worker["worker_id"], poll_id)
        if poll_id and cache_key in cache:
            cached_task, cached_attempt = cache[cache_key]
            row = server.db.query_one(
                "SELECT * FROM workflow_tasks WHERE task_id = ?", (cached_task,)
            )
            if (
                row is not None
                and row["status"] == "leased"
                and row["lease_owner"] == worker["worker_id"]
                and row["attempt_count"] == cached_attempt
                and parse_iso(row["lease_expires_at"]) > server.clock.now()
            ):
                run = server.db.query_one(
                    "SELECT * FROM workflow_runs WHERE run_id = ?", (row["run_id"],)
                )
                assert run is not None
                payload = wtasks.build_task_payload(
                    server, row, run, size, body.get("accept_history_encoding")
                )
                return reply(200, {"task": payload})
            cache.pop(cache_key, None)

        def probe() -> Any:
            # a draining worker keeps its in-flight work but claims nothing new
            if _is_draining(server, worker):
                return None
            return wtasks.claim_workflow_task(server, namespace, queue, worker)

        claimed = await long_poll(
            server,
            [wtasks.wf_key(namespace, queue)],
            probe,
            _poll_timeout(server, body),
            _next_ready(server, "workflow_tasks", namespace, queue),
        )
        if claimed is None:
            return reply(200, {"task": None})
        task, run = claimed
        if poll_id:
            cache[cache_key] = (task["task_id"], task["attempt_count"])
            if len(cache) > 10_000:
                cache.clear()
        payload = wtasks.build_task_payload(
            server, task, run, size, body.get("accept_history_encoding")
        )
        return reply(200, {"task": payload})

    def _lease_fields(body: dict[str, Any]) -> Validator:
        v = Validator(body)
        v.string("lease_owner", required=True)
        v.integer("workflow_task_attempt", required=True, min=1)
        return v

    async def wf_history(request: Request) -> JSONResponse:
        namespace = ns(request)
        task_id = request.path_params["task_id"]
        body = _body(request)
        v = _lease_fields(body)
        v.string("next_history_page_token", required=True)
        size = v.integer("history_page_size", min=1, max=1000)
        v.string("accept_history_encoding", max=64)
        v.check()
        attempt = int(body["workflow_task_attempt"])
        with server.db.transaction() as conn:
            _, run = wtasks.guard_workflow_task(
                server, conn, namespace, task_id, body["lease_owner"], attempt
            )
        after = decode_token(body["next_history_page_token"])
        if after is None:
            raise WorkerError(
                400, "invalid_page_token", "Invalid history page token.", task_id=task_id
            )
        size = min(size or cfg.history_page_size_default, cfg.history_page_size_max)
        events, token, last = worker_page(server, run["run_id"], after, size)
        return reply(
            200,
            {
                "task_id": task_id,
                "workflow_task_attempt": attempt,
                **wtasks.compress_history(events, body.get("accept_history_encoding")),
                "total_history_events": last,
                "next_history_page_token": token,
            },
        )

    async def wf_heartbeat(request: Request) -> JSONResponse:
        namespace = ns(request)
        task_id = request.path_params["task_id"]
        body = _body(request)
        _lease_fields(body).check()
        attempt = int(body["workflow_task_attempt"])
        with server.db.transaction() as conn:
            _, run = wtasks.guard_workflow_task(
                server, conn, namespace, task_id, body["lease_owner"], attempt
            )
            expires = iso_after(server, cfg.workflow_task_lease_seconds)
            conn.execute(
                "UPDATE workflow_tasks SET lease_expires_at = ? WHERE task_id = ?",
                (expires, task_id),
            )
        return reply(
            200,
            {
                "task_id": task_id,
                "workflow_task_attempt": attempt,
                "lease_owner": body["lease_owner"],
                "renewed": True,
                "lease_expires_at": expires,
                "run_status": run["status"],
                "task_status": "leased",
                "reason": None,
            },
        )

    async def wf_complete(request: Request) -> JSONResponse:
        return reply(
            *server.workflows.complete_workflow_task(
                ns(request), request.path_params["task_id"], _body(request)
            )
        )

    async def wf_fail(request: Request) -> JSONResponse:
        return reply(
            *server.workflows.fail_workflow_task(
                ns(request), request.path_params["task_id"], _body(request)
            )
        )

    # ---- activity tasks

    async def act_poll(request: Request) -> JSONResponse:
        namespace = ns(request)
        body = _body(request)
        _poll_fields(body).check()
        queue = body["task_queue"]
        worker = resolve_worker(
            server, namespace, body["worker_id"], queue, body.get("build_id"), check_build=True
        )

        def probe() -> Any:
            if _is_draining(server, worker):
                return None
            return acts.claim_activity_task(server, namespace, queue, worker)

        task = await long_poll(
            server,
            [acts.act_key(namespace, queue)],
            probe,
            _poll_timeout(server, body),
            _next_ready(server, "activity_tasks", namespace, queue),
        )
        return reply(200, {"task": task})

    def _attempt_fields(body: dict[str, Any]) -> Validator:
        v = Validator(body)
        v.string("activity_attempt_id", required=True)
        v.string("lease_owner", required=True)
        return v

    async def act_complete(request: Request) -> JSONResponse:
        body = _body(request)
        _attempt_fields(body).check()
        return reply(
            *acts.complete_activity(server, ns(request), request.path_params["task_id"], body)
        )

    async def act_fail(request: Request) -> JSONResponse:
        body = _body(request)
        v = _attempt_fields(body)
        failure = v.obj("failure", required=True)
        if failure is not None:
            fv = Validator(failure)
            fv.string("message", required=True)
            for name in ("type", "stack_trace"):
                fv.string(name)
            fv.one_of(
                "kind",
                [
                    "application",
                    "timeout",
                    "cancellation",
                    "malformed_output",
                    "handler_crash",
                    "decode_failure",
                    "unsupported_payload",
                ],
            )
            fv.one_of(
                "timeout_type",
                [
                    "schedule_to_start",
                    "start_to_close",
                    "schedule_to_close",
                    "heartbeat",
                    "deadline_exceeded",
                ],
            )
            for name in ("non_retryable", "retryable", "cancelled", "malformed_output"):
                fv.boolean(name)
            for name, msgs in fv.errors.items():
                for msg in msgs:
                    v.add(
                        f"failure.{name}",
                        msg.replace(
                            f"The {name.replace('_', ' ')}", f"The failure.{name.replace('_', ' ')}"
                        ),
                    )
        v.check()
        return reply(*acts.fail_activity(server, ns(request), request.path_params["task_id"], body))

    async def act_heartbeat(request: Request) -> JSONResponse:
        body = _body(request)
        v = _attempt_fields(body)
        v.string("message")
        v.string("unit")
        for name in ("current", "total"):
            value = body.get(name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                v.add(name, f"The {name} field must be a number.")
        v.obj("details")
        v.check()
        return reply(
            *acts.heartbeat_activity(server, ns(request), request.path_params["task_id"], body)
        )

    async def act_status(request: Request) -> JSONResponse:
        body = _body(request)
        _attempt_fields(body).check()
        task_id = request.path_params["task_id"]
        with server.db.transaction() as conn:
            task, attempt = acts._guard(
                conn, ns(request), task_id, body["activity_attempt_id"], body["lease_owner"]
            )
            ex = conn.execute(
                "SELECT * FROM activity_executions WHERE id = ?", (attempt["execution_id"],)
            ).fetchone()
            run = conn.execute(
                "SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)
            ).fetchone()
        cancelled = (ex is not None and ex["status"] == "cancelled") or (
            run is not None and run["status"] in ("cancelled", "terminated")
        )
        can_continue = (
            attempt["status"] == "running" and task["status"] == "leased" and not cancelled
        )
        return reply(
            200,
            {
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
            },
        )

    async def act_renew(request: Request) -> JSONResponse:
        body = _body(request)
        _attempt_fields(body).check()
        task_id = request.path_params["task_id"]
        with server.db.transaction() as conn:
            task, attempt = acts._guard(
                conn, ns(request), task_id, body["activity_attempt_id"], body["lease_owner"]
            )
            if attempt["status"] != "running" or task["status"] != "leased":
                return reply(
                    409,
                    {
                        "task_id": task_id,
                        "activity_attempt_id": attempt["attempt_id"],
                        "renewed": False,
                        "reason": "stale_attempt",
                    },
                )
            expires = iso_after(server, cfg.activity_task_lease_seconds)
            conn.execute(
                "UPDATE activity_tasks SET lease_expires_at = ? WHERE task_id = ?",
                (expires, task_id),
            )
            conn.execute(
                "UPDATE activity_attempts SET lease_expires_at = ? WHERE attempt_id = ?",
                (expires, attempt["attempt_id"]),
            )
        return reply(
            200,
            {
                "task_id": task_id,
                "activity_attempt_id": attempt["attempt_id"],
                "lease_owner": body["lease_owner"],
                "renewed": True,
                "lease_expires_at": expires,
                "reason": None,
            },
        )

    # ---- query tasks

    broker = QueryBroker.of(server)

    async def q_poll(request: Request) -> JSONResponse:
        namespace = ns(request)
        body = _body(request)
        _poll_fields(body).check()
        queue = body["task_queue"]
        worker = resolve_worker(
            server, namespace, body["worker_id"], queue, None, check_build=False
        )
        task = await long_poll(
            server,
            [("query", namespace, queue)],
            lambda: broker.claim(namespace, queue, worker),
            _poll_timeout(server, body),
        )
        return reply(200, {"task": task})

    def _q_fields(body: dict[str, Any]) -> Validator:
        v = Validator(body)
        v.string("lease_owner", required=True)
        v.integer("query_task_attempt", required=True, min=1)
        return v

    async def q_complete(request: Request) -> JSONResponse:
        body = _body(request)
        v = _q_fields(body)
        env = v.obj("result_envelope")
        if env is not None:
            ev = Validator(env)
            ev.string("codec", required=True, max=64)
            if "external_storage" not in env:
                ev.string("blob", required=True)
            for name, msgs in ev.errors.items():
                for msg in msgs:
                    v.add(f"result_envelope.{name}", msg)
        v.check()
        qid = request.path_params["query_task_id"]
        task = broker.guard(qid, ns(request), body)
        task.status = "completed"
        broker.resolve(task, {"ok": True, "result": body.get("result"), "result_envelope": env})
        return reply(
            200,
            {
                "query_task_id": qid,
                "query_task_attempt": task.attempt,
                "outcome": "completed",
                "status": 200,
            },
        )

    async def q_fail(request: Request) -> JSONResponse:
        body = _body(request)
        v = _q_fields(body)
        failure = v.obj("failure", required=True)
        if failure is not None and not isinstance(failure.get("message"), str):
            v.add("failure.message", "The failure.message field is required.")
        v.check()
        assert failure is not None
        qid = request.path_params["query_task_id"]
        task = broker.guard(qid, ns(request), body)
        task.status = "failed"
        reason = failure.get("reason") or "query_rejected"
        broker.resolve(task, {"ok": False, "reason": reason, "message": failure["message"]})
        return reply(
            200,
            {
                "query_task_id": qid,
                "query_task_attempt": task.attempt,
                "outcome": "failed",
                "reason": reason,
                "status": 200,
            },
        )

    async def q_status(request: Request) -> JSONResponse:
        qid = request.path_params["query_task_id"]
        task = broker.tasks.get(qid)
        if task is None or task.namespace != ns(request):
            raise WorkerError(
                404, "query_task_not_found", "Query task not found.", query_task_id=qid
            )
        return reply(
            200,
            {
                "query_task_id": qid,
                "query_task_attempt": task.attempt,
                "status": task.status,
                "lease_owner": task.lease_owner,
                "lease_expires_at": task.lease_expires_at,
            },
        )

    async def deregister_fenced(request: Request) -> JSONResponse:
        namespace = ns(request)
        worker_id = request.path_params["worker_id"]
        body = _body(request)
        v = Validator(body)
        token = v.string("registration_token", required=True, pattern=r"[0-9a-f]{32}")
        v.check()
        row = server.db.query_one(
            "SELECT * FROM workers WHERE namespace = ? AND worker_id = ?", (namespace, worker_id)
        )
        if row is None:
            raise WorkerError(
                404, "worker_not_found", "Worker not registered.", worker_id=worker_id
            )
        from .workers import registration_token

        if token != registration_token(server, namespace, worker_id):
            raise WorkerError(
                409,
                "registration_token_mismatch",
                "The registration token does not match the current registration.",
                worker_id=worker_id,
            )
        response = await deregister(request)
        import json as _json

        out = _json.loads(bytes(response.body))
        out["registration_token"] = token
        return reply(200, out)

    # ---- worker sessions

    async def session_create(request: Request) -> JSONResponse:
        namespace = ns(request)
        body = _body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        session_id = v.string("session_id", max=255)
        lease = v.integer("lease_seconds", min=1) or 60
        v.check()
        resolve_worker_row(namespace, str(worker_id))
        now = now_iso(server)
        expires = iso_after(server, lease)
        with server.db.transaction() as conn:
            existing = None
            if session_id:
                existing = conn.execute(
                    "SELECT * FROM worker_sessions WHERE session_id = ? AND namespace = ?",
                    (session_id, namespace),
                ).fetchone()
            if (
                existing is not None
                and existing["worker_id"] != worker_id
                and existing["status"] == "open"
            ):
                raise WorkerError(
                    409,
                    "session_owned_by_other_worker",
                    "The session is held by another worker.",
                    session_id=session_id,
                    worker_id=existing["worker_id"],
                )
            sid = session_id or new_id()
            options = {k: v for k, v in body.items() if k not in ("worker_id", "session_id")}
            conn.execute(
                "INSERT INTO worker_sessions (session_id, namespace, worker_id, status, options,"
                " lease_expires_at, created_at) VALUES (?,?,?,'open',?,?,?) ON CONFLICT"
                " (session_id)"
                " DO UPDATE SET worker_id = excluded.worker_id, status = 'open',"
                " lease_expires_at = excluded.lease_expires_at, closed_at = NULL",
                (sid, namespace, worker_id, _dumps(options), expires, now),
            )
        status = 200 if existing is not None else 201
        return reply(
            status,
            {
                "session_id": sid,
                "worker_id": worker_id,
                "status": "open",
                "outcome": "reused" if existing is not None else "created",
                "lease_expires_at": expires,
            },
        )

    def _session(namespace: str, session_id: str, worker_id: str) -> sqlite3.Row:
        row = server.db.query_one(
            "SELECT * FROM worker_sessions WHERE session_id = ? AND namespace = ?",
            (session_id, namespace),
        )
        if row is None:
            raise WorkerError(
                404, "session_not_found", "Worker session not found.", session_id=session_id
            )
        if row["worker_id"] != worker_id:
            raise WorkerError(
                409,
                "session_owned_by_other_worker",
                "The session is held by another worker.",
                session_id=session_id,
                worker_id=row["worker_id"],
            )
        return row

    async def session_heartbeat(request: Request) -> JSONResponse:
        namespace = ns(request)
        body = _body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        lease = v.integer("lease_seconds", min=1) or 60
        v.check()
        sid = request.path_params["session_id"]
        row = _session(namespace, sid, str(worker_id))
        if row["status"] != "open":
            raise WorkerError(409, "session_closed", "Worker session is closed.", session_id=sid)
        expires = iso_after(server, lease)
        with server.db.transaction() as conn:
            conn.execute(
                "UPDATE worker_sessions SET lease_expires_at = ? WHERE session_id = ?",
                (expires, sid),
            )
        return reply(
            200,
            {
                "session_id": sid,
                "worker_id": worker_id,
                "status": "open",
                "renewed": True,
                "lease_expires_at": expires,
            },
        )

    async def session_close(request: Request) -> JSONResponse:
        namespace = ns(request)
        body = _body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        reason = v.string("reason", max=255)
        v.check()
        sid = request.path_params["session_id"]
        _session(namespace, sid, str(worker_id))
        with server.db.transaction() as conn:
            conn.execute(
                "UPDATE worker_sessions SET status = 'closed', closed_at = ?, close_reason = ?"
                " WHERE session_id = ?",
                (now_iso(server), reason, sid),
            )
        return reply(
            200, {"session_id": sid, "worker_id": worker_id, "status": "closed", "reason": reason}
        )

    def resolve_worker_row(namespace: str, worker_id: str) -> sqlite3.Row:
        row = server.db.query_one(
            "SELECT * FROM workers WHERE namespace = ? AND worker_id = ?", (namespace, worker_id)
        )
        if row is None:
            raise WorkerError(
                412,
                "worker_not_registered",
                "Worker must be registered before polling. Call POST /worker/register first.",
                worker_id=worker_id,
            )
        return row

    # ---- activity cancellation acknowledgement

    async def act_ack_cancel(request: Request) -> JSONResponse:
        body = _body(request)
        v = _attempt_fields(body)
        request_id = v.string("request_id", required=True, max=255)
        v.check()
        task_id = request.path_params["task_id"]
        receipts: dict[Any, Any] = server.state.setdefault("cancel_receipts", {})
        key = (ns(request), task_id, body["activity_attempt_id"], request_id)
        if key in receipts:
            return reply(200, {**receipts[key], "duplicate": True})
        with server.db.transaction() as conn:
            task, attempt = acts._guard(
                conn, ns(request), task_id, body["activity_attempt_id"], body["lease_owner"]
            )
            ex = conn.execute(
                "SELECT * FROM activity_executions WHERE id = ?", (attempt["execution_id"],)
            ).fetchone()
            run = conn.execute(
                "SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)
            ).fetchone()
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
                conn.execute(
                    "UPDATE activity_attempts SET status = 'cancelled', closed_at = ? WHERE"
                    " attempt_id = ?",
                    (now_iso(server), attempt["attempt_id"]),
                )
                conn.execute(
                    "UPDATE activity_tasks SET status = 'cancelled' WHERE task_id = ?", (task_id,)
                )
            event = conn.execute(
                "SELECT id FROM history_events WHERE run_id = ? AND event_type ="
                " 'ActivityCancelled'"
                " ORDER BY sequence DESC LIMIT 1",
                (task["run_id"],),
            ).fetchone()
        receipt = {
            "task_id": task_id,
            "activity_attempt_id": body["activity_attempt_id"],
            "lease_owner": body["lease_owner"],
            "request_id": request_id,
            "acknowledged": True,
            "duplicate": False,
            "reason": None,
            "heartbeat_recorded": False,
            "history_event_id": event["id"] if event is not None else "",
        }
        receipts[key] = receipt
        return reply(200, receipt)

    # ---- update-validation tasks (never created: the capability is not advertised)

    async def uv_poll(request: Request) -> JSONResponse:
        namespace = ns(request)
        body = _body(request)
        _poll_fields(body).check()
        resolve_worker(
            server, namespace, body["worker_id"], body["task_queue"], None, check_build=False
        )
        task = await long_poll(
            server,
            [("update_validation", namespace, body["task_queue"])],
            lambda: None,
            _poll_timeout(server, body),
        )
        return reply(200, {"task": task})

    async def uv_outcome(request: Request) -> JSONResponse:
        _body(request)
        raise WorkerError(
            404,
            "update_validation_task_not_found",
            "Update validation task not found.",
            update_validation_task_id=request.path_params["task_id"],
        )

    # ---- 1.20 features this server does not advertise

    def _unadvertised(capability: str) -> Callable[[Request], Awaitable[JSONResponse]]:
        async def endpoint(request: Request) -> JSONResponse:
            body = _body(request)
            v = _lease_fields(body)
            v.check()
            attempt = int(body["workflow_task_attempt"])
            task_id = request.path_params["task_id"]
            with server.db.transaction() as conn:
                wtasks.guard_workflow_task(
                    server, conn, ns(request), task_id, body["lease_owner"], attempt
                )
            raise WorkerError(
                409,
                "capability_not_advertised",
                f"This server does not advertise the {capability} capability.",
                task_id=task_id,
                workflow_task_attempt=attempt,
                capability=capability,
            )

        return endpoint

    p = "/api/worker"
    wt = p + "/workflow-tasks/{task_id}"
    extra: list[tuple[str, Callable[[Request], Awaitable[JSONResponse]], list[str]]] = [
        (p + "/registrations/{worker_id}/deregister", deregister_fenced, ["POST"]),
        (p + "/sessions", session_create, ["POST"]),
        (p + "/sessions/{session_id}/heartbeat", session_heartbeat, ["POST"]),
        (p + "/sessions/{session_id}", session_close, ["DELETE"]),
        (p + "/activity-tasks/{task_id}/acknowledge-cancellation", act_ack_cancel, ["POST"]),
        (p + "/update-validation-tasks/poll", uv_poll, ["POST"]),
        (p + "/update-validation-tasks/{task_id}/approve", uv_outcome, ["POST"]),
        (p + "/update-validation-tasks/{task_id}/reject", uv_outcome, ["POST"]),
        (wt + "/deliver-cancellation", _unadvertised("cooperative_cancellation"), ["POST"]),
    ]
    for scope_op in ("open", "prepare", "deliver"):
        extra.append(
            (
                wt + f"/cancellation-scopes/{scope_op}",
                _unadvertised("cancellation_scopes"),
                ["POST"],
            )
        )
    for la_op in ("checkpoint", "checkpoint-group", "prepare", "recover"):
        extra.append(
            (
                wt + f"/local-activities/{la_op}",
                _unadvertised("prepared_local_activities"),
                ["POST"],
            )
        )
    for la_op in ("acknowledge-cancellation", "control", "heartbeat", "outcome"):
        extra.append(
            (
                wt + "/local-activities/{attempt_id}/" + la_op,
                _unadvertised("prepared_local_activities"),
                ["POST"],
            )
        )
    handlers: list[tuple[str, Callable[[Request], Awaitable[JSONResponse]], list[str]]] = [
        (p + "/register", do_register, ["POST"]),
        (p + "/heartbeat", do_heartbeat, ["POST"]),
        (p + "/registrations/{worker_id}", deregister, ["DELETE"]),
        (p + "/workflow-tasks/poll", wf_poll, ["POST"]),
        (p + "/workflow-tasks/{task_id}/history", wf_history, ["POST"]),
        (p + "/workflow-tasks/{task_id}/heartbeat", wf_heartbeat, ["POST"]),
        (p + "/workflow-tasks/{task_id}/complete", wf_complete, ["POST"]),
        (p + "/workflow-tasks/{task_id}/fail", wf_fail, ["POST"]),
        (p + "/activity-tasks/poll", act_poll, ["POST"]),
        (p + "/activity-tasks/{task_id}/complete", act_complete, ["POST"]),
        (p + "/activity-tasks/{task_id}/fail", act_fail, ["POST"]),
        (p + "/activity-tasks/{task_id}/heartbeat", act_heartbeat, ["POST"]),
        (p + "/activity-tasks/{task_id}/status", act_status, ["POST"]),
        (p + "/activity-tasks/{task_id}/renew-lease", act_renew, ["POST"]),
        (p + "/query-tasks/poll", q_poll, ["POST"]),
        (p + "/query-tasks/{query_task_id}/complete", q_complete, ["POST"]),
        (p + "/query-tasks/{query_task_id}/fail", q_fail, ["POST"]),
        (p + "/query-tasks/{query_task_id}/status", q_status, ["GET"]),
    ]
    return [Route(path, fn, methods=methods) for path, fn, methods in [*handlers, *extra]]
