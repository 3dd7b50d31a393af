"""Namespaces: existence, the default namespace, validation and the external storage policy."""

from __future__ import annotations

import inspect
from typing import Any

from ..errors import ApiError
from ..store import namespaces as namespace_store
from ..store.db import Database
from ..store.rows import AdminServer, db_to_iso, dumps, loads, to_db_time
from .admin_support import DEFAULT_NAMESPACE, Validator, as_bool, validation_failed

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
        namespace_store.insert_namespace_if_missing(
            conn, default_namespace(server), "Default namespace", retention, now
        )


def namespace_exists(db: Database, name: str) -> bool:
    """Whether a namespace of that name exists (``default`` always does)."""
    name = name.strip().lower()
    if name == DEFAULT_NAMESPACE:
        return True
    try:
        return namespace_store.namespace_row_exists(db, name)
    except Exception:
        return False


def get_namespace(db: Database, name: str) -> dict[str, Any] | None:
    """The stored namespace as its full API object, or ``None``."""
    row = namespace_store.get_namespace_row(db, name.strip().lower())
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
        table
        for table in namespace_store.table_names(db)
        if table not in ("namespaces", "schema_migrations")
    ]
    columns = {table: namespace_store.table_columns(db, table) for table in tables}
    with db.transaction() as conn:
        for key, table in _DELETE_REPORT.items():
            if key in deleted or "namespace" not in columns.get(table, set()):
                continue
            deleted[key] = namespace_store.count_namespace_rows(
                conn, table, name, live_only=table == "schedules"
            )
        if "namespace" in columns.get("workflow_runs", set()):
            for table in tables:
                if "namespace" not in columns[table] and "run_id" in columns[table]:
                    namespace_store.delete_run_rows_of_namespace(conn, table, name)
        for table in tables:
            if "namespace" in columns[table]:
                namespace_store.delete_namespace_rows(conn, table, name)
    for key in _DELETE_REPORT:
        deleted.setdefault(key, 0)
    return deleted


def _ensure_if_default(server: AdminServer, name: str) -> None:
    if name == default_namespace(server):
        ensure_default_namespace(server)


def _existing(server: AdminServer, name: str) -> dict[str, Any]:
    found = get_namespace(server.db, name)
    if found is None:
        raise _not_found(name)
    return found


def list_namespaces(server: AdminServer) -> dict[str, Any]:
    """The list answer: every namespace (the default one created first when missing)."""
    ensure_default_namespace(server)
    items = [get_namespace(server.db, name) for name in namespace_store.namespace_names(server.db)]
    return {"namespaces": [item for item in items if item is not None]}


def create_namespace(server: AdminServer, body: dict[str, Any]) -> dict[str, Any]:
    """Validate a create request and create the namespace (409 when the name is taken)."""
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
        exists = namespace_store.namespace_row_exists(conn, name)
        if exists or name == default_namespace(server):
            raise ApiError(
                409, "namespace_already_exists", "Namespace already exists.", namespace=name
            )
        namespace_store.insert_namespace(
            conn,
            name,
            body.get("description") or None,
            int(retention) if retention is not None else DEFAULT_RETENTION_DAYS,
            now,
        )
    return _existing(server, name)


def describe_namespace(server: AdminServer, name: str) -> dict[str, Any]:
    """A namespace by its path name (404 when unknown)."""
    name = name.strip().lower()
    _ensure_if_default(server, name)
    return _existing(server, name)


def update_namespace(server: AdminServer, name: str, body: dict[str, Any]) -> dict[str, Any]:
    """Change a namespace's description and retention (each only when given)."""
    name = name.strip().lower()
    _ensure_if_default(server, name)
    _existing(server, name)
    v = Validator(body)
    _validate_common(v, body)
    v.raise_if_failed()
    description = body.get("description")
    retention = body.get("retention_days")
    with server.db.transaction() as conn:
        namespace_store.update_namespace_settings(
            conn,
            name,
            description=description if description not in (None, "") else None,
            retention_days=int(retention) if retention is not None else None,
            now=to_db_time(server.clock.now()),
        )
    return _existing(server, name)


async def delete_namespace(server: AdminServer, name: str) -> dict[str, Any]:
    """Delete a namespace and every row that belongs to it (never the default one)."""
    name = name.strip().lower()
    if name == default_namespace(server):
        raise validation_failed({"namespace": ["The default namespace cannot be deleted."]})
    _existing(server, name)
    deleted = await _delete_namespace_data(server, name)
    with server.db.transaction() as conn:
        namespace_store.delete_namespace_row(conn, name)
    return {"name": name, "status": "deleted", "deleted": deleted}


def set_external_storage(server: AdminServer, name: str, body: dict[str, Any]) -> dict[str, Any]:
    """Validate and store a namespace's external payload storage policy."""
    name = name.strip().lower()
    _ensure_if_default(server, name)
    _existing(server, name)
    policy = _validate_storage_policy(body)
    with server.db.transaction() as conn:
        namespace_store.set_namespace_external_storage(
            conn, name, dumps(policy), to_db_time(server.clock.now())
        )
    return _existing(server, name)
