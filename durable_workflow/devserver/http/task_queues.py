"""HTTP routes of task queues and build-id rollout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..engine.task_queues import (
    BUILD_ID_ACTIONS,
    build_id_rollout,
    change_build_id,
    list_task_queues,
    queue_summary,
)
from ..errors import Validator
from .json_io import JSONResponse
from .offload import offload

if TYPE_CHECKING:
    from ..server import DevServer


def routes(server: DevServer) -> list[Route]:
    async def list_queues(request: Request) -> JSONResponse:
        return JSONResponse(
            await offload(server, list_task_queues, server, request.state.namespace)
        )

    async def describe(request: Request) -> JSONResponse:
        return JSONResponse(
            queue_summary(
                server, request.state.namespace, request.path_params["queue"], detail=True
            )
        )

    async def build_ids(request: Request) -> JSONResponse:
        return JSONResponse(
            build_id_rollout(server, request.state.namespace, request.path_params["queue"])
        )

    def _build_id(request: Request) -> str | None:
        body = request.state.json_body if isinstance(request.state.json_body, dict) else {}
        v = Validator(body)
        if "build_id" not in body:
            v.add("build_id", "The build id field must be present.")
        else:
            v.string("build_id", max=255)
        v.check()
        value = body.get("build_id")
        return value.strip() if isinstance(value, str) and value.strip() else None

    async def change(request: Request, action: str) -> JSONResponse:
        ns, queue = request.state.namespace, request.path_params["queue"]
        build_id = _build_id(request)
        return JSONResponse(change_build_id(server, ns, queue, build_id, action))

    return [
        Route("/api/task-queues", list_queues, methods=["GET"]),
        Route("/api/task-queues/{queue}", describe, methods=["GET"]),
        Route("/api/task-queues/{queue}/build-ids", build_ids, methods=["GET"]),
        *[
            Route(
                f"/api/task-queues/{{queue}}/build-ids/{action}",
                _bind(change, action),
                methods=["POST"],
            )
            for action in BUILD_ID_ACTIONS
        ],
    ]


def _bind(fn: Any, action: str) -> Any:
    async def endpoint(request: Request) -> JSONResponse:
        result: JSONResponse = await fn(request, action)
        return result

    return endpoint
