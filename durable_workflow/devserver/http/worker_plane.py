"""Worker-plane routes (``/api/worker/*``): registration, workflow, activity and query tasks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..engine.activities import _guard, claim_activity_task, complete_activity, fail_activity
from ..engine.activities import leased_by_poll as leased_by_poll_activity
from ..engine.activity_records import act_key
from ..engine.activity_timeouts import heartbeat_activity
from ..engine.history import decode_token, iso_after, worker_page
from ..engine.long_poll import _is_draining, _next_ready, _poll_timeout, long_poll
from ..engine.queries import QueryBroker
from ..engine.tasks import (
    build_task_payload,
    claim_workflow_task,
    compress_history,
    guard_workflow_task,
    leased_by_poll,
    wf_key,
)
from ..engine.workers import deregister_worker, heartbeat, register, resolve_worker
from ..errors import Validator, WorkerError
from .json_io import JSONResponse
from .lease_answers import leasing_answer
from .worker_common import attempt_fields, json_body, lease_fields, namespace_of, poll_fields, reply

if TYPE_CHECKING:
    from ..server import DevServer


# -------------------------------------------------------------------------------------- routes


def routes(server: DevServer) -> list[Route]:
    cfg = server.config

    async def do_register(request: Request) -> JSONResponse:
        return reply(*register(server, namespace_of(request), json_body(request)))

    async def do_heartbeat(request: Request) -> JSONResponse:
        return reply(*heartbeat(server, namespace_of(request), json_body(request)))

    async def deregister(request: Request) -> JSONResponse:
        worker_id = request.path_params["worker_id"]
        return reply(200, deregister_worker(server, namespace_of(request), worker_id))

    # ---- workflow tasks

    async def wf_poll(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        body = json_body(request)
        v = poll_fields(body)
        size = v.integer("history_page_size", min=1, max=1000)
        v.string("accept_history_encoding", max=64)
        v.check()
        size = min(size or cfg.history_page_size_default, cfg.history_page_size_max)
        queue = body["task_queue"]
        worker = resolve_worker(
            server, namespace, body["worker_id"], queue, body.get("build_id"), check_build=True
        )
        poll_id = body.get("poll_request_id") or None
        if poll_id:
            again = leased_by_poll(server, namespace, queue, worker["worker_id"], poll_id)
            if again is not None:
                row, run = again
                payload = build_task_payload(
                    server, row, run, size, body.get("accept_history_encoding")
                )
                answer = reply(200, {"task": payload})
                return leasing_answer(
                    server, answer, "workflow", row["task_id"], row["attempt_count"]
                )

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
            return reply(200, {"task": None})
        task, run = claimed
        payload = build_task_payload(server, task, run, size, body.get("accept_history_encoding"))
        answer = reply(200, {"task": payload})
        return leasing_answer(server, answer, "workflow", task["task_id"], task["attempt_count"])

    async def wf_history(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        task_id = request.path_params["task_id"]
        body = json_body(request)
        v = lease_fields(body)
        v.string("next_history_page_token", required=True)
        size = v.integer("history_page_size", min=1, max=1000)
        v.string("accept_history_encoding", max=64)
        v.check()
        attempt = int(body["workflow_task_attempt"])
        with server.db.transaction() as conn:
            _, run = guard_workflow_task(
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
                **compress_history(events, body.get("accept_history_encoding")),
                "total_history_events": last,
                "next_history_page_token": token,
            },
        )

    async def wf_heartbeat(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        task_id = request.path_params["task_id"]
        body = json_body(request)
        lease_fields(body).check()
        attempt = int(body["workflow_task_attempt"])
        with server.db.transaction() as conn:
            _, run = guard_workflow_task(
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
                namespace_of(request), request.path_params["task_id"], json_body(request)
            )
        )

    async def wf_fail(request: Request) -> JSONResponse:
        return reply(
            *server.workflows.fail_workflow_task(
                namespace_of(request), request.path_params["task_id"], json_body(request)
            )
        )

    # ---- activity tasks

    async def act_poll(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        body = json_body(request)
        poll_fields(body).check()
        queue = body["task_queue"]
        worker = resolve_worker(
            server, namespace, body["worker_id"], queue, body.get("build_id"), check_build=True
        )

        poll_id = body.get("poll_request_id") or None
        if poll_id:
            again = leased_by_poll_activity(server, namespace, queue, worker["worker_id"], poll_id)
            if again is not None:
                answer = reply(200, {"task": again})
                return leasing_answer(
                    server, answer, "activity", again["task_id"], again["activity_attempt_id"]
                )

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
        if task is None:
            return reply(200, {"task": None})
        answer = reply(200, {"task": task})
        return leasing_answer(
            server, answer, "activity", task["task_id"], task["activity_attempt_id"]
        )

    async def act_complete(request: Request) -> JSONResponse:
        body = json_body(request)
        attempt_fields(body).check()
        return reply(
            *complete_activity(server, namespace_of(request), request.path_params["task_id"], body)
        )

    async def act_fail(request: Request) -> JSONResponse:
        body = json_body(request)
        v = attempt_fields(body)
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
        return reply(
            *fail_activity(server, namespace_of(request), request.path_params["task_id"], body)
        )

    async def act_heartbeat(request: Request) -> JSONResponse:
        body = json_body(request)
        v = attempt_fields(body)
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
            *heartbeat_activity(server, namespace_of(request), request.path_params["task_id"], body)
        )

    async def act_status(request: Request) -> JSONResponse:
        body = json_body(request)
        attempt_fields(body).check()
        task_id = request.path_params["task_id"]
        with server.db.transaction() as conn:
            task, attempt = _guard(
                conn,
                namespace_of(request),
                task_id,
                body["activity_attempt_id"],
                body["lease_owner"],
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
        body = json_body(request)
        attempt_fields(body).check()
        task_id = request.path_params["task_id"]
        with server.db.transaction() as conn:
            task, attempt = _guard(
                conn,
                namespace_of(request),
                task_id,
                body["activity_attempt_id"],
                body["lease_owner"],
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
        namespace = namespace_of(request)
        body = json_body(request)
        poll_fields(body).check()
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
        body = json_body(request)
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
        task = broker.guard(qid, namespace_of(request), body)
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
        body = json_body(request)
        v = _q_fields(body)
        failure = v.obj("failure", required=True)
        if failure is not None and not isinstance(failure.get("message"), str):
            v.add("failure.message", "The failure.message field is required.")
        v.check()
        assert failure is not None
        qid = request.path_params["query_task_id"]
        task = broker.guard(qid, namespace_of(request), body)
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
        if task is None or task.namespace != namespace_of(request):
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

    p = "/api/worker"
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
    return [Route(path, fn, methods=methods) for path, fn, methods in handlers]
