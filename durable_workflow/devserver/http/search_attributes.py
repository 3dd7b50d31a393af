"""HTTP routes of search attribute definitions."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.admin_support import Validator
from ..engine.search_attributes import (
    ATTRIBUTE_TYPES,
    NAME_PATTERN,
    SYSTEM_ATTRIBUTES,
    attribute_limit,
    custom_attributes,
)
from ..errors import ApiError
from ..store.rows import AdminServer, to_db_time
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

    async def create_attribute(request: Request) -> Response:
        namespace = request_namespace(request)
        body = await read_json_object(request)
        v = Validator(body)
        name = body.get("name")
        kind = body.get("type")
        if v.required("name", name):
            v.string("name", name, max_length=128, pattern=NAME_PATTERN)
        if v.required("type", kind):
            v.one_of("type", kind, ATTRIBUTE_TYPES)
        v.raise_if_failed()
        assert isinstance(name, str) and isinstance(kind, str)
        if name in SYSTEM_ATTRIBUTES:
            raise ApiError(
                409,
                "name_reserved",
                f"The name [{name}] is reserved as a system search attribute.",
            )
        limit = attribute_limit(server)
        with server.db.transaction() as conn:
            existing = conn.execute(
                "SELECT type FROM search_attribute_definitions WHERE namespace = ? AND name = ?",
                (namespace, name),
            ).fetchone()
            if existing is not None:
                raise ApiError(
                    409,
                    "attribute_already_exists",
                    f"A custom search attribute [{name}] already exists in namespace"
                    f" [{namespace}].",
                    name=name,
                    type=existing["type"],
                )
            count = conn.execute(
                "SELECT COUNT(*) FROM search_attribute_definitions WHERE namespace = ?",
                (namespace,),
            ).fetchone()[0]
            if count >= limit:
                raise ApiError(
                    422,
                    "search_attribute_limit_reached",
                    f"Namespace [{namespace}] has reached the maximum of {limit} custom search"
                    " attributes.",
                    limit=limit,
                )
            conn.execute(
                "INSERT INTO search_attribute_definitions (namespace, name, type, created_at)"
                " VALUES (?, ?, ?, ?)",
                (namespace, name, kind, to_db_time(server.clock.now())),
            )
        return json_response({"name": name, "type": kind, "outcome": "created"}, 201)

    async def delete_attribute(request: Request) -> Response:
        namespace = request_namespace(request)
        name = str(request.path_params["name"])
        if name in SYSTEM_ATTRIBUTES:
            raise ApiError(
                409,
                "system_attribute",
                f"The system search attribute [{name}] cannot be removed.",
            )
        with server.db.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM search_attribute_definitions WHERE namespace = ? AND name = ?",
                (namespace, name),
            )
            if cursor.rowcount == 0:
                raise ApiError(
                    404,
                    "attribute_not_found",
                    f"Custom search attribute [{name}] not found in namespace [{namespace}].",
                )
        return json_response({"name": name, "outcome": "deleted"})

    return [
        Route("/api/search-attributes", list_attributes, methods=["GET"]),
        Route("/api/search-attributes", create_attribute, methods=["POST"]),
        Route("/api/search-attributes/{name}", delete_attribute, methods=["DELETE"]),
    ]
