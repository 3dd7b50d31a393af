"""HTTP routes of standalone activities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..engine.standalone import standalone_object, start_standalone
from ..engine.standalone_list import list_standalone_activities
from ..errors import Validator
from .json_io import JSONResponse
from .offload import offload

if TYPE_CHECKING:
    from ..server import DevServer


def routes(server: DevServer) -> list[Any]:
    from starlette.requests import Request
    from starlette.routing import Route

    async def start_or_list(request: Request) -> JSONResponse:
        ns = request.state.namespace
        if request.method == "POST":
            body = request.state.json_body
            status, out = start_standalone(server, ns, body if isinstance(body, dict) else {})
            return JSONResponse(out, status_code=status)
        q = dict(request.query_params)
        v = Validator(q)
        size = v.integer("page_size", min=1, max=200) or 50
        bucket = q.get("status")
        if bucket and bucket not in ("running", "completed", "failed"):
            v.add("status", "The selected status is invalid.")
        v.check()
        return JSONResponse(
            await offload(
                server,
                list_standalone_activities,
                server,
                ns,
                bucket,
                size,
                q.get("next_page_token"),
            )
        )

    async def describe(request: Request) -> JSONResponse:
        return JSONResponse(
            standalone_object(server, request.path_params["activity_id"], request.state.namespace)
        )

    return [
        Route("/api/activities", start_or_list, methods=["GET", "POST"]),
        Route("/api/activities/{activity_id}", describe, methods=["GET"]),
    ]
