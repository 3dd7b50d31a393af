"""HTTP routes of search attribute definitions."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.search_attribute_admin import create_attribute, delete_attribute
from ..engine.search_attributes import SYSTEM_ATTRIBUTES, custom_attributes
from ..store.rows import AdminServer
from .admin_request import json_response, read_json_object, request_namespace

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True


def routes(server: AdminServer) -> list[Route]:
    """The search attribute routes (list, create, delete) of the request's namespace."""

    async def list_attributes(request: Request) -> Response:
        namespace = request_namespace(request)
        custom = custom_attributes(server.db, namespace)
        return json_response(
            {"system_attributes": dict(SYSTEM_ATTRIBUTES), "custom_attributes": custom or []}
        )

    async def create_attribute_route(request: Request) -> Response:
        namespace = request_namespace(request)
        body = await read_json_object(request)
        return json_response(create_attribute(server, namespace, body), 201)

    async def delete_attribute_route(request: Request) -> Response:
        namespace = request_namespace(request)
        name = str(request.path_params["name"])
        return json_response(delete_attribute(server, namespace, name))

    return [
        Route("/api/search-attributes", list_attributes, methods=["GET"]),
        Route("/api/search-attributes", create_attribute_route, methods=["POST"]),
        Route("/api/search-attributes/{name}", delete_attribute_route, methods=["DELETE"]),
    ]
