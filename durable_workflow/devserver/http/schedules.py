"""HTTP routes of schedules: list, create, describe, update, delete, pause, resume, trigger,
backfill and history.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.schedule_commands import (
    Attribution,
    backfill_schedule,
    create_schedule,
    delete_schedule,
    pause_schedule,
    resume_schedule,
    trigger_schedule,
    update_schedule,
)
from ..engine.schedule_views import (
    describe_schedule,
    list_schedules,
    require_schedule,
    schedule_history,
)
from .admin_request import command_context, json_response, read_json_object, request_namespace
from .offload import offload

if TYPE_CHECKING:
    from ..store.rows import AdminServer

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True


# ── routes ────────────────────────────────────────────────────────────────────────────────


def routes(server: AdminServer) -> list[Route]:
    """The schedule routes of the request's namespace."""

    def target(request: Request) -> tuple[str, str]:
        return request_namespace(request), str(request.path_params["schedule_id"])

    def attribution(request: Request, namespace: str) -> Attribution:
        return partial(command_context, request, namespace)

    def existing(request: Request) -> tuple[str, str]:
        # A missing schedule is reported before its request body is read.
        namespace, schedule_id = target(request)
        require_schedule(server, namespace, schedule_id)
        return namespace, schedule_id

    async def list_route(request: Request) -> Response:
        namespace = request_namespace(request)
        return json_response(
            await offload(server, list_schedules, server, namespace, dict(request.query_params))
        )

    async def create_route(request: Request) -> Response:
        namespace = request_namespace(request)
        body = await read_json_object(request)
        answer = await create_schedule(server, namespace, body, attribution(request, namespace))
        return json_response(answer, 201)

    async def describe_route(request: Request) -> Response:
        return json_response(describe_schedule(server, *target(request)))

    async def update_route(request: Request) -> Response:
        namespace, schedule_id = existing(request)
        body = await read_json_object(request)
        by = attribution(request, namespace)
        return json_response(await update_schedule(server, namespace, schedule_id, body, by))

    async def delete_route(request: Request) -> Response:
        namespace, schedule_id = existing(request)
        by = attribution(request, namespace)
        return json_response(await delete_schedule(server, namespace, schedule_id, by))

    async def pause_route(request: Request) -> Response:
        namespace, schedule_id = existing(request)
        body = await read_json_object(request)
        by = attribution(request, namespace)
        return json_response(await pause_schedule(server, namespace, schedule_id, body, by))

    async def resume_route(request: Request) -> Response:
        namespace, schedule_id = existing(request)
        body = await read_json_object(request)
        by = attribution(request, namespace)
        return json_response(await resume_schedule(server, namespace, schedule_id, body, by))

    async def trigger_route(request: Request) -> Response:
        namespace, schedule_id = existing(request)
        body = await read_json_object(request)
        by = attribution(request, namespace)
        status, answer = await trigger_schedule(server, namespace, schedule_id, body, by)
        return json_response(answer, status)

    async def backfill_route(request: Request) -> Response:
        namespace, schedule_id = existing(request)
        body = await read_json_object(request)
        by = attribution(request, namespace)
        return json_response(await backfill_schedule(server, namespace, schedule_id, body, by))

    async def history_route(request: Request) -> Response:
        namespace, schedule_id = target(request)
        query = dict(request.query_params)
        return json_response(
            await offload(server, schedule_history, server, namespace, schedule_id, query)
        )

    base = "/api/schedules/{schedule_id}"
    return [
        Route("/api/schedules", list_route, methods=["GET"]),
        Route("/api/schedules", create_route, methods=["POST"]),
        Route(base, describe_route, methods=["GET"]),
        Route(base, update_route, methods=["PUT"]),
        Route(base, delete_route, methods=["DELETE"]),
        Route(base + "/pause", pause_route, methods=["POST"]),
        Route(base + "/resume", resume_route, methods=["POST"]),
        Route(base + "/trigger", trigger_route, methods=["POST"]),
        Route(base + "/backfill", backfill_route, methods=["POST"]),
        Route(base + "/history", history_route, methods=["GET"]),
    ]
