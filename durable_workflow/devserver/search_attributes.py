"""Search attribute definitions: the fixed system attributes and each namespace's custom ones."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .admin_support import (
    AdminServer,
    Validator,
    json_response,
    read_json_object,
    request_namespace,
    to_db_time,
)
from .db import Database
from .errors import ApiError

ATTRIBUTE_TYPES: tuple[str, ...] = (
    "keyword",
    "text",
    "int",
    "double",
    "bool",
    "datetime",
    "keyword_list",
)
SYSTEM_ATTRIBUTES: dict[str, str] = {
    "WorkflowType": "keyword",
    "WorkflowId": "keyword",
    "RunId": "keyword",
    "Status": "keyword",
    "StartTime": "datetime",
    "CloseTime": "datetime",
    "TaskQueue": "keyword",
    "BuildId": "keyword",
}
NAME_PATTERN = r"[a-zA-Z][a-zA-Z0-9_]*"
DEFAULT_LIMIT = 100

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True

MIGRATIONS: list[tuple[str, str]] = [
    (
        "search_attributes_001",
        """
        CREATE TABLE IF NOT EXISTS search_attribute_definitions (
            namespace TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (namespace, name)
        )
        """,
    ),
]


def custom_attributes(db: Database, namespace: str) -> dict[str, str]:
    """The custom attribute definitions of a namespace, name -> type, sorted by name."""
    rows = db.query(
        "SELECT name, type FROM search_attribute_definitions WHERE namespace = ? ORDER BY name",
        (namespace,),
    )
    return {row["name"]: row["type"] for row in rows}


def attribute_limit(server: AdminServer) -> int:
    """How many custom attributes a namespace may define (``max_search_attributes``)."""
    value = getattr(server.config, "max_search_attributes", None)
    return value if isinstance(value, int) and value > 0 else DEFAULT_LIMIT


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
