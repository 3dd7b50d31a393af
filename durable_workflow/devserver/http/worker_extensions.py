"""Worker-plane routes beyond the task loop: fenced deregistration, sessions, cancellation
acknowledgement, update-validation tasks, and the 1.20 features this server does not advertise.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.routing import Route

from ..engine.worker_extensions import (
    acknowledge_activity_cancellation,
    poll_update_validation_tasks,
    refuse_unadvertised,
)
from ..engine.worker_sessions import close_session, open_session, renew_session
from ..engine.workers import deregister_with_token
from ..errors import Validator, WorkerError
from .json_io import JSONResponse
from .worker_common import attempt_fields, json_body, lease_fields, namespace_of, poll_fields, reply

if TYPE_CHECKING:
    from ..server import DevServer


def routes(server: DevServer) -> list[Route]:
    """Routes of the worker-plane extensions."""

    async def deregister_fenced(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        worker_id = request.path_params["worker_id"]
        body = json_body(request)
        v = Validator(body)
        token = v.string("registration_token", required=True, pattern=r"[0-9a-f]{32}")
        v.check()
        return reply(200, deregister_with_token(server, namespace, worker_id, str(token)))

    # ---- worker sessions

    async def session_create(request: Request) -> JSONResponse:
        body = json_body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        session_id = v.string("session_id", max=255)
        lease = v.integer("lease_seconds", min=1) or 60
        v.check()
        options = {k: v for k, v in body.items() if k not in ("worker_id", "session_id")}
        status, out = open_session(
            server, namespace_of(request), str(worker_id), session_id, lease, options
        )
        return reply(status, out)

    async def session_heartbeat(request: Request) -> JSONResponse:
        body = json_body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        lease = v.integer("lease_seconds", min=1) or 60
        v.check()
        sid = request.path_params["session_id"]
        return reply(200, renew_session(server, namespace_of(request), sid, str(worker_id), lease))

    async def session_close(request: Request) -> JSONResponse:
        body = json_body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        reason = v.string("reason", max=255)
        v.check()
        sid = request.path_params["session_id"]
        return reply(200, close_session(server, namespace_of(request), sid, str(worker_id), reason))

    # ---- activity cancellation acknowledgement

    async def act_ack_cancel(request: Request) -> JSONResponse:
        body = json_body(request)
        v = attempt_fields(body)
        request_id = v.string("request_id", required=True, max=255)
        v.check()
        receipt = acknowledge_activity_cancellation(
            server,
            namespace_of(request),
            request.path_params["task_id"],
            body["activity_attempt_id"],
            body["lease_owner"],
            str(request_id),
        )
        return reply(200, receipt)

    # ---- update-validation tasks (never created: the capability is not advertised)

    async def uv_poll(request: Request) -> JSONResponse:
        body = json_body(request)
        poll_fields(body).check()
        task = await poll_update_validation_tasks(server, namespace_of(request), body)
        return reply(200, {"task": task})

    async def uv_outcome(request: Request) -> JSONResponse:
        json_body(request)
        raise WorkerError(
            404,
            "update_validation_task_not_found",
            "Update validation task not found.",
            update_validation_task_id=request.path_params["task_id"],
        )

    # ---- 1.20 features this server does not advertise

    def _unadvertised(capability: str) -> Callable[[Request], Awaitable[JSONResponse]]:
        async def endpoint(request: Request) -> JSONResponse:
            body = json_body(request)
            v = lease_fields(body)
            v.check()
            refuse_unadvertised(
                server,
                namespace_of(request),
                request.path_params["task_id"],
                body["lease_owner"],
                int(body["workflow_task_attempt"]),
                capability,
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
    return [Route(path, fn, methods=methods) for path, fn, methods in extra]
