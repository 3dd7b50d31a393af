"""HTTP routes of namespaces: list, create, describe, update, delete, external storage policy."""

from __future__ import annotations

import contextlib
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.admin_support import Validator, validation_failed
from ..engine.namespaces import (
    DEFAULT_RETENTION_DAYS,
    NAME_PATTERN,
    _delete_namespace_data,
    _not_found,
    _validate_common,
    _validate_storage_policy,
    default_namespace,
    ensure_default_namespace,
    get_namespace,
)
from ..errors import ApiError
from ..store.rows import AdminServer, dumps, to_db_time
from .admin_request import json_response, read_json_object

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True


def routes(server: AdminServer) -> list[Route]:
    """The namespace routes (names come from the path, never from ``X-Namespace``)."""
    with contextlib.suppress(Exception):  # the table may not exist until migrations ran
        ensure_default_namespace(server)

    async def list_namespaces(request: Request) -> Response:
        ensure_default_namespace(server)
        rows = server.db.query("SELECT name FROM namespaces ORDER BY created_at, name")
        items = [get_namespace(server.db, row["name"]) for row in rows]
        return json_response({"namespaces": [item for item in items if item is not None]})

    async def create_namespace(request: Request) -> Response:
        body = await read_json_object(request)
        v = Validator(body)
        name = body.get("name")
        if v.required("name", name):
            v.string("name", name, max_length=128, pattern=NAME_PATTERN)
        _validate_common(v, body)
        v.raise_if_failed()
        assert isinstance(name, str)
        name = name.lower()
        retention = body.get("retention_days")
        now = to_db_time(server.clock.now())
        with server.db.transaction() as conn:
            exists = conn.execute("SELECT 1 FROM namespaces WHERE name = ?", (name,)).fetchone()
            if exists is not None or name == default_namespace(server):
                raise ApiError(
                    409, "namespace_already_exists", "Namespace already exists.", namespace=name
                )
            conn.execute(
                "INSERT INTO namespaces (name, description, retention_days, status, created_at,"
                " updated_at) VALUES (?, ?, ?, 'active', ?, ?)",
                (
                    name,
                    body.get("description") or None,
                    int(retention) if retention is not None else DEFAULT_RETENTION_DAYS,
                    now,
                    now,
                ),
            )
        created = get_namespace(server.db, name)
        assert created is not None
        return json_response(created, 201)

    async def describe_namespace(request: Request) -> Response:
        name = str(request.path_params["namespace"]).strip().lower()
        if name == default_namespace(server):
            ensure_default_namespace(server)
        found = get_namespace(server.db, name)
        if found is None:
            raise _not_found(name)
        return json_response(found)

    async def update_namespace(request: Request) -> Response:
        name = str(request.path_params["namespace"]).strip().lower()
        if name == default_namespace(server):
            ensure_default_namespace(server)
        if get_namespace(server.db, name) is None:
            raise _not_found(name)
        body = await read_json_object(request)
        v = Validator(body)
        _validate_common(v, body)
        v.raise_if_failed()
        sets: list[str] = []
        params: list[Any] = []
        if body.get("description") not in (None, ""):
            sets.append("description = ?")
            params.append(body["description"])
        if body.get("retention_days") is not None:
            sets.append("retention_days = ?")
            params.append(int(body["retention_days"]))
        sets.append("updated_at = ?")
        params.append(to_db_time(server.clock.now()))
        with server.db.transaction() as conn:
            conn.execute(f"UPDATE namespaces SET {', '.join(sets)} WHERE name = ?", (*params, name))
        updated = get_namespace(server.db, name)
        assert updated is not None
        return json_response(updated)

    async def delete_namespace(request: Request) -> Response:
        name = str(request.path_params["namespace"]).strip().lower()
        if name == default_namespace(server):
            raise validation_failed({"namespace": ["The default namespace cannot be deleted."]})
        if get_namespace(server.db, name) is None:
            raise _not_found(name)
        deleted = await _delete_namespace_data(server, name)
        with server.db.transaction() as conn:
            conn.execute("DELETE FROM namespaces WHERE name = ?", (name,))
        return json_response({"name": name, "status": "deleted", "deleted": deleted})

    async def set_external_storage(request: Request) -> Response:
        name = str(request.path_params["namespace"]).strip().lower()
        if name == default_namespace(server):
            ensure_default_namespace(server)
        if get_namespace(server.db, name) is None:
            raise _not_found(name)
        body = await read_json_object(request)
        policy = _validate_storage_policy(body)
        with server.db.transaction() as conn:
            conn.execute(
                "UPDATE namespaces SET external_payload_storage = ?, updated_at = ? WHERE name = ?",
                (dumps(policy), to_db_time(server.clock.now()), name),
            )
        updated = get_namespace(server.db, name)
        assert updated is not None
        return json_response(updated)

    return [
        Route("/api/namespaces", list_namespaces, methods=["GET"]),
        Route("/api/namespaces", create_namespace, methods=["POST"]),
        Route("/api/namespaces/{namespace}", describe_namespace, methods=["GET"]),
        Route("/api/namespaces/{namespace}", update_namespace, methods=["PUT"]),
        Route("/api/namespaces/{namespace}", delete_namespace, methods=["DELETE"]),
        Route(
            "/api/namespaces/{namespace}/external-storage", set_external_storage, methods=["PUT"]
        ),
    ]
