"""HTTP routes of namespaces: list, create, describe, update, delete, external storage policy."""

from __future__ import annotations

import contextlib

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.namespaces import (
    create_namespace,
    delete_namespace,
    describe_namespace,
    ensure_default_namespace,
    list_namespaces,
    set_external_storage,
    update_namespace,
)
from ..store.rows import AdminServer
from .admin_request import json_response, read_json_object

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True


def routes(server: AdminServer) -> list[Route]:
    """The namespace routes (names come from the path, never from ``X-Namespace``)."""
    with contextlib.suppress(Exception):  # the table may not exist until migrations ran
        ensure_default_namespace(server)

    async def list_namespaces_route(request: Request) -> Response:
        return json_response(list_namespaces(server))

    async def create_namespace_route(request: Request) -> Response:
        body = await read_json_object(request)
        return json_response(create_namespace(server, body), 201)

    async def describe_namespace_route(request: Request) -> Response:
        return json_response(describe_namespace(server, str(request.path_params["namespace"])))

    async def update_namespace_route(request: Request) -> Response:
        name = str(request.path_params["namespace"])
        body = await read_json_object(request)
        return json_response(update_namespace(server, name, body))

    async def delete_namespace_route(request: Request) -> Response:
        name = str(request.path_params["namespace"])
        return json_response(await delete_namespace(server, name))

    async def set_external_storage_route(request: Request) -> Response:
        name = str(request.path_params["namespace"])
        body = await read_json_object(request)
        return json_response(set_external_storage(server, name, body))

    return [
        Route("/api/namespaces", list_namespaces_route, methods=["GET"]),
        Route("/api/namespaces", create_namespace_route, methods=["POST"]),
        Route("/api/namespaces/{namespace}", describe_namespace_route, methods=["GET"]),
        Route("/api/namespaces/{namespace}", update_namespace_route, methods=["PUT"]),
        Route("/api/namespaces/{namespace}", delete_namespace_route, methods=["DELETE"]),
        Route(
            "/api/namespaces/{namespace}/external-storage",
            set_external_storage_route,
            methods=["PUT"],
        ),
    ]
