"""Namespaces: list, create, describe, update, delete, and external payload storage policy.

The ``default`` namespace always exists. Names are stored lower-case. Every other resource of
the server (workflows, schedules, search attributes, workers) is scoped to one namespace, and
deleting a namespace removes what belongs to it.
"""

from __future__ import annotations

import contextlib
import inspect
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .admin_support import (
    DEFAULT_NAMESPACE,
    AdminServer,
    Validator,
    as_bool,
    db_to_iso,
    dumps,
    json_response,
    loads,
    read_json_object,
    to_db_time,
    validation_failed,
)
from .db import Database
from .errors import ApiError

NAME_PATTERN = r"[a-zA-Z0-9._-]+"
DEFAULT_RETENTION_DAYS = 30
STORAGE_DRIVERS = ("local", "s3", "gcs", "azure")
STORAGE_CONFIG_LIMITS: dict[str, int] = {
    "uri": 2048,
    "bucket": 255,
    "disk": 255,
    "prefix": 1024,
    "region": 128,
    "endpoint": 2048,
    "auth_profile": 255,
}

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True

MIGRATIONS: list[tuple[str, str]] = [
    (
        "namespaces_001",
        """
        CREATE TABLE IF NOT EXISTS namespaces (
            name TEXT PRIMARY KEY,
            description TEXT,
            retention_days INTEGER NOT NULL DEFAULT 30,
            status TEXT NOT NULL DEFAULT 'active',
            external_payload_storage TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
    ),
]


def default_namespace(server: AdminServer) -> str:
    """The server's default namespace (``default`` unless configured otherwise)."""
    name = getattr(server.config, "default_namespace", None)
    return name.strip().lower() if isinstance(name, str) and name.strip() else DEFAULT_NAMESPACE


def ensure_default_namespace(server: AdminServer) -> None:
    """Create the default namespace when the database has none yet."""
    now = to_db_time(server.clock.now())
    retention = getattr(server.config, "retention_days", None)
    if not isinstance(retention, int) or not 1 <= retention <= 365:
        retention = DEFAULT_RETENTION_DAYS
    with server.db.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO namespaces (name, description, retention_days, status,"
            " created_at, updated_at) VALUES (?, ?, ?, 'active', ?, ?)",
            (default_namespace(server), "Default namespace", retention, now, now),
        )


def namespace_exists(db: Database, name: str) -> bool:
    """Whether a namespace of that name exists (``default`` always does)."""
    name = name.strip().lower()
    if name == DEFAULT_NAMESPACE:
        return True
    try:
        row = db.query_one("SELECT 1 FROM namespaces WHERE name = ?", (name,))
    except Exception:
        return False
    return row is not None


def get_namespace(db: Database, name: str) -> dict[str, Any] | None:
    """The stored namespace as its full API object, or ``None``."""
    row = db.query_one("SELECT * FROM namespaces WHERE name = ?", (name.strip().lower(),))
    if row is None:
        return None
    return {
        "name": row["name"],
        "description": row["description"],
        "retention_days": row["retention_days"],
        "status": row["status"],
        "external_payload_storage": loads(row["external_payload_storage"]),
        "created_at": db_to_iso(row["created_at"]),
        "updated_at": db_to_iso(row["updated_at"]),
    }


def external_storage_policy(db: Database, name: str) -> dict[str, Any] | None:
    """The namespace's external payload storage policy, or ``None`` when not configured."""
    namespace = get_namespace(db, name)
    if namespace is None:
        return None
    policy = namespace["external_payload_storage"]
    return policy if isinstance(policy, dict) else None


def _not_found(name: str) -> ApiError:
    return ApiError(404, "namespace_not_found", f"Namespace [{name}] not found.", namespace=name)


def _validate_common(v: Validator, body: dict[str, Any]) -> None:
    v.string("description", body.get("description"), max_length=1000)
    v.integer("retention_days", body.get("retention_days"), minimum=1, maximum=365)


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


def _validate_storage_policy(body: dict[str, Any]) -> dict[str, Any]:
    v = Validator(body)
    driver = body.get("driver")
    if v.required("driver", driver) and v.string("driver", driver):
        v.one_of("driver", driver, STORAGE_DRIVERS)
    v.boolean("enabled", body.get("enabled"))
    v.integer("threshold_bytes", body.get("threshold_bytes"), minimum=1)
    config = body.get("config")
    if config is not None and not isinstance(config, dict):
        v.add("config", "The config field must be an array.")
        config = None
    cleaned: dict[str, str] = {}
    for key, limit in STORAGE_CONFIG_LIMITS.items():
        value = (config or {}).get(key)
        if value is None or value == "":
            continue
        if v.string(f"config.{key}", value, max_length=limit):
            cleaned[key] = value
    v.raise_if_failed()
    policy: dict[str, Any] = {
        "driver": driver,
        "enabled": as_bool(body.get("enabled", True)) if body.get("enabled") is not None else True,
    }
    if body.get("threshold_bytes") is not None:
        policy["threshold_bytes"] = int(body["threshold_bytes"])
    if cleaned:
        policy["config"] = cleaned
    return policy


def _columns(db: Database, table: str) -> set[str]:
    return {row["name"] for row in db.query(f"PRAGMA table_info({table})")}


#: Report keys of the delete answer -> the table whose rows they count.
_DELETE_REPORT = {
    "workflow_runs": "workflow_runs",
    "workflow_schedules": "schedules",
    "search_attribute_definitions": "search_attribute_definitions",
    "workflow_worker_registrations": "workers",
}


async def _delete_namespace_data(server: AdminServer, name: str) -> dict[str, int]:
    """Remove every row that belongs to a namespace; returns counts per resource kind.

    The engine may provide ``workflows.delete_namespace_data(name)`` (returning counts); every
    remaining table with a ``namespace`` column is cleared here, and tables keyed only by
    ``run_id`` lose the rows of the namespace's runs.
    """
    deleted: dict[str, int] = {}
    hook = getattr(getattr(server, "workflows", None), "delete_namespace_data", None)
    if callable(hook):
        result = hook(name)
        if inspect.isawaitable(result):
            result = await result
        if isinstance(result, dict):
            deleted.update({k: int(v) for k, v in result.items() if isinstance(v, int)})
    db = server.db
    tables = [
        row["name"]
        for row in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if row["name"] not in ("namespaces", "schema_migrations")
    ]
    columns = {table: _columns(db, table) for table in tables}
    with db.transaction() as conn:
        for key, table in _DELETE_REPORT.items():
            if key in deleted or "namespace" not in columns.get(table, set()):
                continue
            where = "namespace = ?" + (" AND status != 'deleted'" if table == "schedules" else "")
            count = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", (name,)).fetchone()
            deleted[key] = int(count[0])
        if "namespace" in columns.get("workflow_runs", set()):
            for table in tables:
                if "namespace" not in columns[table] and "run_id" in columns[table]:
                    conn.execute(
                        f"DELETE FROM {table} WHERE run_id IN"
                        " (SELECT run_id FROM workflow_runs WHERE namespace = ?)",
                        (name,),
                    )
        for table in tables:
            if "namespace" in columns[table]:
                conn.execute(f"DELETE FROM {table} WHERE namespace = ?", (name,))
    for key in _DELETE_REPORT:
        deleted.setdefault(key, 0)
    return deleted
