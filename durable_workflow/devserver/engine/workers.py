"""Worker registry: registration, heartbeats, staleness, deregistration and the fleet summary."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..clock import isoformat
from ..errors import ID_PATTERN, ApiError, Validator, WorkerError
from ..store import tasks as task_store
from ..store import workers as worker_store
from .history import dumps, loads, new_id, now_iso
from .system import retention_pass
from .tasks import wf_key

if TYPE_CHECKING:
    from ..server import DevServer

RUNTIMES = ["php", "python", "typescript", "go", "java"]
_EXTRA_FIELDS = (
    "capabilities",
    "workflow_command_contracts",
    "task_slots",
    "process_metrics",
    "heartbeat_interval_seconds",
    "capability_manifest",
    "max_concurrent_worker_sessions",
)


def is_stale(server: DevServer, row: sqlite3.Row) -> bool:
    if not row["last_heartbeat_at"]:
        return True
    cutoff = isoformat(server.clock.now() - timedelta(seconds=server.config.stale_after_seconds))
    return bool(row["last_heartbeat_at"] < cutoff)


def worker_status(server: DevServer, row: sqlite3.Row) -> str:
    return "stale" if is_stale(server, row) else str(row["status"])


def worker_object(server: DevServer, row: sqlite3.Row, *, describe: bool = False) -> dict[str, Any]:
    extras = loads(row["extras"], {}) or {}
    fingerprints = loads(row["workflow_definition_fingerprints"], {}) or []
    obj: dict[str, Any] = {
        "worker_id": row["worker_id"],
        "namespace": row["namespace"],
        "task_queue": row["task_queue"],
        "runtime": row["runtime"],
        "sdk_version": row["sdk_version"],
        "build_id": row["build_id"],
        "supported_workflow_types": loads(row["supported_workflow_types"], []),
        "workflow_definition_fingerprints": fingerprints,
        "supported_activity_types": loads(row["supported_activity_types"], []),
        "max_concurrent_workflow_tasks": row["max_concurrent_workflow_tasks"],
        "max_concurrent_activity_tasks": row["max_concurrent_activity_tasks"],
        "status": worker_status(server, row),
        "last_heartbeat_at": row["last_heartbeat_at"],
        "registered_at": row["registered_at"],
    }
    if describe:
        obj["updated_at"] = row["updated_at"]
    for key in ("task_slots", "process_metrics", "heartbeat_interval_seconds"):
        if key in extras:
            obj[key] = extras[key]
    return obj


def _drained(conn: sqlite3.Connection, namespace: str, queue: str, build_id: str | None) -> bool:
    row = worker_store.get_build_id_cohort(conn, namespace, queue, build_id or "")
    return row is not None and row["drain_intent"] == "draining"


def register(server: DevServer, namespace: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    v = Validator(body)
    worker_id = v.string("worker_id", max=255, pattern=ID_PATTERN)
    v.string("task_queue", required=True, max=255, pattern=ID_PATTERN)
    v.one_of("runtime", RUNTIMES, required=True)
    v.string("sdk_version", max=64)
    v.string("build_id", max=255)
    wtypes = v.array("supported_workflow_types")
    atypes = v.array("supported_activity_types")
    fps = v.obj("workflow_definition_fingerprints")
    v.integer("max_concurrent_workflow_tasks", min=1)
    v.integer("max_concurrent_activity_tasks", min=1)
    for field, values in (
        ("supported_workflow_types", wtypes),
        ("supported_activity_types", atypes),
    ):
        for i, item in enumerate(values or []):
            if not isinstance(item, str):
                v.add(f"{field}.{i}", f"The {field}.{i} field must be a string.")
    for key, value in (fps or {}).items():
        if not isinstance(value, str) or len(value) > 255:
            v.add(
                f"workflow_definition_fingerprints.{key}",
                "The fingerprint must be a string of at most 255 characters.",
            )
    v.check()
    worker_id = worker_id or new_id().upper()
    now = now_iso(server)
    queue = body["task_queue"]
    build_id = body.get("build_id") or None
    extras = {k: body[k] for k in _EXTRA_FIELDS if k in body}
    with server.db.transaction() as conn:
        existing = worker_store.get_worker(conn, namespace, worker_id)
        new_fps = dict(fps or {})
        if existing is not None:
            old = loads(existing["workflow_definition_fingerprints"], {}) or {}
            if (
                isinstance(old, dict)
                and existing["status"] in ("active", "draining")
                and not is_stale(server, existing)
            ):
                for wtype, fp in new_fps.items():
                    if wtype in old and old[wtype] != fp:
                        raise WorkerError(
                            409,
                            "workflow_definition_changed",
                            "Worker attempted to re-register a changed workflow definition.",
                            workflow_type=wtype,
                            remediation="Restart the worker with a new worker_id before"
                            " registering a changed workflow class definition.",
                        )
            if isinstance(old, dict):
                for wtype, fp in old.items():
                    if wtype not in new_fps and (not wtypes or wtype in wtypes):
                        new_fps[wtype] = fp
        status = "draining" if _drained(conn, namespace, queue, build_id) else "active"
        worker_store.upsert_worker(
            conn,
            namespace=namespace,
            worker_id=worker_id,
            task_queue=queue,
            runtime=body["runtime"],
            sdk_version=body.get("sdk_version"),
            build_id=build_id,
            supported_workflow_types=dumps(wtypes or []),
            workflow_definition_fingerprints=dumps(new_fps),
            supported_activity_types=dumps(atypes or []),
            max_concurrent_workflow_tasks=body.get("max_concurrent_workflow_tasks") or 100,
            max_concurrent_activity_tasks=body.get("max_concurrent_activity_tasks") or 100,
            status=status,
            extras=dumps(extras),
            now=now,
        )
    return 201, {
        "worker_id": worker_id,
        "registered": True,
        "heartbeat_interval_seconds": server.config.worker_heartbeat_interval_seconds,
        "registration_token": registration_token(server, namespace, worker_id),
    }


def registration_token(server: DevServer, namespace: str, worker_id: str) -> str:
    """The fencing token of a registration (stable for the registration's lifetime)."""
    import hashlib

    registered_at = worker_store.worker_registered_at(server.db, namespace, worker_id)
    seed = f"{server.config.server_id}:{namespace}:{worker_id}:{registered_at or ''}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


def heartbeat(
    server: DevServer, namespace: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    v = Validator(body)
    worker_id = v.string("worker_id", required=True, max=255)
    v.check()
    assert worker_id is not None  # required: the check above raised otherwise
    now = now_iso(server)
    with server.db.transaction() as conn:
        row = worker_store.get_worker(conn, namespace, worker_id)
        if row is None:
            raise WorkerError(
                404, "worker_not_registered", "Worker not registered.", worker_id=worker_id
            )
        extras = loads(row["extras"], {}) or {}
        for key in ("task_slots", "process_metrics", "heartbeat_interval_seconds"):
            if key in body:
                extras[key] = body[key]
        status = (
            "draining"
            if _drained(conn, namespace, row["task_queue"], row["build_id"])
            else "active"
        )
        worker_store.record_worker_heartbeat(
            conn, namespace, worker_id, now=now, status=status, extras=dumps(extras)
        )

    summary = retention_pass(server, namespace, None, 100)
    return 200, {
        "worker_id": worker_id,
        "acknowledged": True,
        "retention": {
            "throttled": False,
            "processed": summary["processed"],
            "pruned": summary["pruned"],
            "skipped": summary["skipped"],
            "failed": summary["failed"],
        },
    }


def require_registered_worker(server: DevServer, namespace: str, worker_id: str) -> sqlite3.Row:
    """The worker's registration (412 ``worker_not_registered`` when there is none)."""
    row = worker_store.get_worker(server.db, namespace, worker_id)
    if row is None:
        raise WorkerError(
            412,
            "worker_not_registered",
            "Worker must be registered before polling. Call POST /worker/register first.",
            worker_id=worker_id,
        )
    return row


def resolve_worker(
    server: DevServer,
    namespace: str,
    worker_id: str,
    queue: str,
    build_id: Any,
    *,
    check_build: bool,
) -> sqlite3.Row:
    """The registered-worker guard of every poll (412/409)."""
    row = require_registered_worker(server, namespace, worker_id)
    if row["task_queue"] != queue:
        raise WorkerError(
            409,
            "task_queue_mismatch",
            f"Worker [{worker_id}] is registered for task queue [{row['task_queue']}], not"
            f" [{queue}].",
            worker_id=worker_id,
            registered_task_queue=row["task_queue"],
            requested_task_queue=queue,
        )
    if check_build and row["build_id"] and build_id and build_id != row["build_id"]:
        raise WorkerError(
            409,
            "build_id_mismatch",
            f"Worker [{worker_id}] is registered with build id [{row['build_id']}], not"
            f" [{build_id}].",
            worker_id=worker_id,
            registered_build_id=row["build_id"],
            requested_build_id=build_id,
        )
    return row


def declared_names(
    server: DevServer,
    conn: sqlite3.Connection,
    namespace: str,
    queue: str,
    workflow_type: str,
    kind: str,
) -> list[str] | None:
    """Signal/update/query names declared for a workflow type by live workers (None = unknown)."""
    names: set[str] = set()
    known = False
    for row in worker_store.queue_workers(conn, namespace, queue):
        if is_stale(server, row):
            continue
        contracts = (loads(row["extras"], {}) or {}).get("workflow_command_contracts")
        if not isinstance(contracts, dict) or workflow_type not in contracts:
            continue
        entry = contracts[workflow_type]
        if not isinstance(entry, dict) or not isinstance(entry.get(kind), list):
            continue
        known = True
        for item in entry[kind]:
            if isinstance(item, str):
                names.add(item)
            elif isinstance(item, dict) and isinstance(item.get("name"), str):
                names.add(item["name"])
    return sorted(names) if known else None


def live_query_workers(
    server: DevServer, namespace: str, queue: str, workflow_type: str
) -> list[sqlite3.Row]:
    rows = worker_store.active_non_php_queue_workers(server.db, namespace, queue)
    out = []
    for row in rows:
        if is_stale(server, row):
            continue
        types = loads(row["supported_workflow_types"], []) or []
        if types and workflow_type not in types:
            continue
        out.append(row)
    return out


def fleet_summary(server: DevServer, namespace: str) -> dict[str, Any]:
    rows = worker_store.list_workers(server.db, namespace)
    live = [r for r in rows if not is_stale(server, r) and r["status"] == "active"]
    return {
        "namespace": namespace,
        "active_workers": len(live),
        "active_worker_scopes": len({(r["task_queue"], r["build_id"]) for r in live}),
        "queues": sorted({r["task_queue"] for r in live}),
        "build_ids": sorted({r["build_id"] for r in live if r["build_id"]}),
        "workers": [
            {"worker_id": r["worker_id"], "queue": r["task_queue"], "build_id": r["build_id"]}
            for r in live
        ],
    }


def deregister_worker(server: DevServer, namespace: str, worker_id: str) -> dict[str, Any]:
    """Remove a worker; its leased workflow tasks become ready again at once."""
    row = worker_store.get_worker(server.db, namespace, worker_id)
    if row is None:
        raise WorkerError(404, "worker_not_found", "Worker not registered.", worker_id=worker_id)
    now = now_iso(server)
    with server.db.transaction() as conn:
        leased = task_store.leased_workflow_task_ids_of_worker(conn, namespace, worker_id)
        task_store.release_workflow_leases_of_worker(conn, namespace, worker_id, now)
        worker_store.delete_worker(conn, namespace, worker_id)
    server.notifier.notify(wf_key(namespace, row["task_queue"]))
    return {
        "worker_id": worker_id,
        "outcome": "deregistered",
        "recovered_workflow_task_count": len(leased),
    }


def deregister_with_token(
    server: DevServer, namespace: str, worker_id: str, token: str
) -> dict[str, Any]:
    """Fenced deregistration: only the holder of the current registration token may remove it."""
    if worker_store.get_worker(server.db, namespace, worker_id) is None:
        raise WorkerError(404, "worker_not_found", "Worker not registered.", worker_id=worker_id)
    if token != registration_token(server, namespace, worker_id):
        raise WorkerError(
            409,
            "registration_token_mismatch",
            "The registration token does not match the current registration.",
            worker_id=worker_id,
        )
    out = deregister_worker(server, namespace, worker_id)
    out["registration_token"] = token
    return out


def list_worker_objects(
    server: DevServer, namespace: str, *, task_queue: str | None, status: str | None
) -> dict[str, Any]:
    """The worker list answer of a namespace, optionally filtered by queue and stored status."""
    rows = worker_store.list_workers(server.db, namespace, task_queue=task_queue, status=status)
    return {
        "namespace": namespace,
        "stale_after_seconds": int(server.config.stale_after_seconds),
        "workers": [worker_object(server, r) for r in rows],
    }


def _registered_worker(server: DevServer, namespace: str, worker_id: str) -> sqlite3.Row:
    row = worker_store.get_worker(server.db, namespace, worker_id)
    if row is None:
        raise ApiError(
            404, "worker_not_found", f"Worker [{worker_id}] not found in namespace [{namespace}]."
        )
    return row


def describe_worker(server: DevServer, namespace: str, worker_id: str) -> dict[str, Any]:
    """The full description of a registered worker (404 when it is not registered)."""
    return worker_object(server, _registered_worker(server, namespace, worker_id), describe=True)


def remove_worker(server: DevServer, namespace: str, worker_id: str) -> dict[str, Any]:
    """Remove a worker's registration (its leases are left to expire)."""
    _registered_worker(server, namespace, worker_id)
    with server.db.transaction() as conn:
        worker_store.delete_worker(conn, namespace, worker_id)
    return {"worker_id": worker_id, "outcome": "deregistered"}
