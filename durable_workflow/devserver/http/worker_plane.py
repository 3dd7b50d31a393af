"""Worker-plane routes (``/api/worker/*``): registration, workflow, activity and query tasks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.routing import Route

from ..engine.activities import complete_activity, fail_activity
from ..engine.activity_timeouts import heartbeat_activity
from ..engine.query_task_answers import complete_query_task, fail_query_task, query_task_status
from ..engine.worker_leases import (
    activity_attempt_status,
    heartbeat_workflow_task,
    renew_activity_lease,
    workflow_task_history,
)
from ..engine.worker_polls import (
    PolledTask,
    poll_activity_task,
    poll_query_task,
    poll_workflow_task,
)
from ..engine.workers import deregister_worker, heartbeat, register
from .json_io import JSONResponse
from .lease_answers import leasing_answer
from .worker_common import (
    activity_failure_fields,
    attempt_fields,
    json_body,
    lease_fields,
    namespace_of,
    poll_fields,
    query_task_fields,
    reply,
    result_envelope_fields,
)

if TYPE_CHECKING:
    from ..server import DevServer


# -------------------------------------------------------------------------------------- routes


def routes(server: DevServer) -> list[Route]:
    def polled(found: PolledTask) -> JSONResponse:
        answer = reply(200, {"task": found.task})
        if found.kind is None or found.task_id is None:
            return answer
        return leasing_answer(server, answer, found.kind, found.task_id, found.lease_ref)

    async def do_register(request: Request) -> JSONResponse:
        return reply(*register(server, namespace_of(request), json_body(request)))

    async def do_heartbeat(request: Request) -> JSONResponse:
        return reply(*heartbeat(server, namespace_of(request), json_body(request)))

    async def deregister(request: Request) -> JSONResponse:
        worker_id = request.path_params["worker_id"]
        return reply(200, deregister_worker(server, namespace_of(request), worker_id))

    # ---- workflow tasks

    async def wf_poll(request: Request) -> JSONResponse:
        body = json_body(request)
        v = poll_fields(body)
        size = v.integer("history_page_size", min=1, max=1000)
        v.string("accept_history_encoding", max=64)
        v.check()
        return polled(await poll_workflow_task(server, namespace_of(request), body, size))

    async def wf_history(request: Request) -> JSONResponse:
        body = json_body(request)
        v = lease_fields(body)
        v.string("next_history_page_token", required=True)
        size = v.integer("history_page_size", min=1, max=1000)
        v.string("accept_history_encoding", max=64)
        v.check()
        task_id = request.path_params["task_id"]
        return reply(200, workflow_task_history(server, namespace_of(request), task_id, body, size))

    async def wf_heartbeat(request: Request) -> JSONResponse:
        body = json_body(request)
        lease_fields(body).check()
        task_id = request.path_params["task_id"]
        return reply(200, heartbeat_workflow_task(server, namespace_of(request), task_id, body))

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
        body = json_body(request)
        poll_fields(body).check()
        return polled(await poll_activity_task(server, namespace_of(request), body))

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
            activity_failure_fields(v, failure)
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
        return reply(200, activity_attempt_status(server, namespace_of(request), task_id, body))

    async def act_renew(request: Request) -> JSONResponse:
        body = json_body(request)
        attempt_fields(body).check()
        task_id = request.path_params["task_id"]
        return reply(*renew_activity_lease(server, namespace_of(request), task_id, body))

    # ---- query tasks

    async def q_poll(request: Request) -> JSONResponse:
        body = json_body(request)
        poll_fields(body).check()
        return reply(200, {"task": await poll_query_task(server, namespace_of(request), body)})

    async def q_complete(request: Request) -> JSONResponse:
        body = json_body(request)
        v = query_task_fields(body)
        env = v.obj("result_envelope")
        if env is not None:
            result_envelope_fields(v, env)
        v.check()
        qid = request.path_params["query_task_id"]
        return reply(200, complete_query_task(server, namespace_of(request), qid, body, env))

    async def q_fail(request: Request) -> JSONResponse:
        body = json_body(request)
        v = query_task_fields(body)
        failure = v.obj("failure", required=True)
        if failure is not None and not isinstance(failure.get("message"), str):
            v.add("failure.message", "The failure.message field is required.")
        v.check()
        assert failure is not None
        qid = request.path_params["query_task_id"]
        return reply(200, fail_query_task(server, namespace_of(request), qid, body, failure))

    async def q_status(request: Request) -> JSONResponse:
        qid = request.path_params["query_task_id"]
        return reply(200, query_task_status(server, namespace_of(request), qid))

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
