"""HTTP routes of the worker registry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.routing import Route

from ..engine.workers import describe_worker, list_worker_objects, remove_worker
from .json_io import JSONResponse
from .offload import offload

if TYPE_CHECKING:
    from ..server import DevServer


def routes(server: DevServer) -> list[Route]:
    async def list_workers(request: Request) -> JSONResponse:
        q = request.query_params
        return JSONResponse(
            await offload(
                server,
                list_worker_objects,
                server,
                request.state.namespace,
                task_queue=q.get("task_queue") or None,
                status=q.get("status") or None,
            )
        )

    async def describe(request: Request) -> JSONResponse:
        return JSONResponse(
            describe_worker(server, request.state.namespace, request.path_params["worker_id"])
        )

    async def delete(request: Request) -> JSONResponse:
        return JSONResponse(
            remove_worker(server, request.state.namespace, request.path_params["worker_id"])
        )

    return [
        Route("/api/workers", list_workers, methods=["GET"]),
        Route("/api/workers/{worker_id}", describe, methods=["GET"]),
        Route("/api/workers/{worker_id}", delete, methods=["DELETE"]),
    ]
