"""Workflow tasks: creation, leasing, lease expiry, ownership guard and task payloads."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from durable_workflow._protocol import RESUME_FIELDS

from ..errors import WorkerError
from ..store import lease_deliveries
from ..store import runs as run_store
from ..store import tasks as task_store
from .history import dumps, iso_after, loads, new_id, now_iso, parse_iso, worker_page

if TYPE_CHECKING:
    from ..server import DevServer

OPEN_RUN_STATUSES = ("pending", "running", "waiting")


def wf_key(namespace: str, queue: str) -> tuple[str, str, str]:
    return ("wf", namespace, queue)


def create_workflow_task(
    server: DevServer,
    conn: sqlite3.Connection,
    run: sqlite3.Row,
    resume: dict[str, Any] | None = None,
    *,
    available_at: str | None = None,
) -> str:
    """Insert a ready workflow task for ``run`` and wake pollers of its queue."""
    task_id = new_id()
    now = now_iso(server)
    task_store.insert_workflow_task(
        conn, task_id, run, available_at=available_at or now, resume=dumps(resume or {}), now=now
    )
    server.notifier.notify(wf_key(run["namespace"], run["task_queue"]), "sweep")
    return task_id


def open_workflow_task(conn: sqlite3.Connection, run_id: str) -> sqlite3.Row | None:
    return task_store.get_open_workflow_task(conn, run_id)


def ensure_workflow_task(
    server: DevServer,
    conn: sqlite3.Connection,
    run: sqlite3.Row,
    resume: dict[str, Any] | None = None,
    *,
    merge_into_ready: bool = False,
) -> str | None:
    """Make sure the run has a workflow task to see new history.

    A ready task already covers the new events (its resume context is merged when asked);
    while a task is leased no task is added: the completion of the leased task notices
    history recorded during its lease and creates the follow-up task.
    """
    existing = open_workflow_task(conn, run["run_id"])
    if existing is None:
        return create_workflow_task(server, conn, run, resume)
    if existing["status"] == "ready":
        if merge_into_ready and resume:
            current = loads(existing["resume"], {}) or {}
            current.update(resume)
            task_store.set_workflow_task_resume(conn, existing["task_id"], dumps(current))
        return str(existing["task_id"])
    return None


def cancel_open_tasks(conn: sqlite3.Connection, run_id: str, now: str) -> None:
    task_store.cancel_open_workflow_tasks(conn, run_id, now)


def task_resume(row: sqlite3.Row) -> dict[str, Any]:
    stored = loads(row["resume"], {}) or {}
    return {name: stored.get(name) for name in RESUME_FIELDS}


COMPRESSION_THRESHOLD = 50


def compress_history(events: list[dict[str, Any]], accept: str | None) -> dict[str, Any]:
    """History fields of a page: compressed when asked for and the page has >= 50 events."""
    import base64
    import json
    import zlib

    wanted = [part.strip().lower() for part in (accept or "").split(",") if part.strip()]
    encoding = next((e for e in wanted if e in ("gzip", "deflate")), None)
    if encoding is None or len(events) < COMPRESSION_THRESHOLD:
        return {"history_events": events}
    raw = json.dumps(events, separators=(",", ":")).encode()
    if encoding == "gzip":
        import gzip

        packed = gzip.compress(raw, compresslevel=6)
    else:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = compressor.compress(raw) + compressor.flush()
    return {
        "history_events": [],
        "history_events_compressed": base64.b64encode(packed).decode(),
        "history_events_encoding": encoding,
    }


def build_task_payload(
    server: DevServer,
    task: sqlite3.Row,
    run: sqlite3.Row,
    page_size: int,
    accept_encoding: str | None = None,
) -> dict[str, Any]:
    """The ``task`` object of a workflow-task poll response."""
    events, token, last_sequence = worker_page(server, run["run_id"], 0, page_size)
    arguments = loads(run["arguments"])
    body: dict[str, Any] = {
        "task_id": task["task_id"],
        "workflow_id": task["workflow_id"],
        "run_id": task["run_id"],
        "workflow_task_attempt": task["attempt_count"],
        "workflow_type": run["workflow_type"],
        "payload_codec": run["payload_codec"] or "avro",
        "arguments": arguments,
        "run_status": run["status"],
        "last_history_sequence": last_sequence,
        **compress_history(events, accept_encoding),
        "task_queue": task["task_queue"],
        "connection": None,
        "compatibility": task["compatibility"],
        "lease_owner": task["lease_owner"],
        "lease_expires_at": task["lease_expires_at"],
    }
    body.update(task_resume(task))
    body["total_history_events"] = last_sequence
    body["next_history_page_token"] = token
    body["task_kind"] = "workflow"
    return body


def recover_expired_leases(
    server: DevServer, namespace: str | None = None, queue: str | None = None
) -> int:
    """Put workflow tasks whose lease expired back to ``ready`` (the next claim fences)."""
    now = now_iso(server)
    rows = task_store.expired_workflow_leases(server.db, now, namespace, queue)
    if not rows:
        return 0
    with server.db.transaction() as conn:
        for row in rows:
            lease_deliveries.release_workflow_lease(conn, row["task_id"], now)
    for row in rows:
        server.notifier.notify(wf_key(row["namespace"], row["task_queue"]))
    return len(rows)


def leased_by_poll(
    server: DevServer, namespace: str, queue: str, owner: str, poll_request_id: str
) -> tuple[sqlite3.Row, sqlite3.Row] | None:
    """The task already leased to poll ``poll_request_id`` of ``owner``, while its lease holds.

    Stored with the task, so a poll retried after a lost answer (or a server restart) gets
    the same task back instead of leaving it leased to nobody until the lease runs out.
    """
    with server.db.transaction() as conn:
        task = task_store.get_workflow_task_leased_by_poll(
            conn, namespace, queue, owner, poll_request_id
        )
        if task is None or parse_iso(task["lease_expires_at"]) <= server.clock.now():
            return None
        run = run_store.get_run(conn, task["run_id"])
        return None if run is None else (task, run)


def claim_workflow_task(
    server: DevServer,
    namespace: str,
    queue: str,
    worker: sqlite3.Row,
    poll_request_id: str | None = None,
) -> tuple[sqlite3.Row, sqlite3.Row] | None:
    """Lease the oldest claimable ready task on the queue to ``worker``."""
    for _ in range(2):
        claimed = _try_claim(server, namespace, queue, worker, poll_request_id)
        if claimed is not None:
            return claimed
        if not recover_expired_leases(server, namespace, queue):
            return None
    return None


def _try_claim(
    server: DevServer,
    namespace: str,
    queue: str,
    worker: sqlite3.Row,
    poll_request_id: str | None = None,
) -> tuple[sqlite3.Row, sqlite3.Row] | None:
    now = now_iso(server)
    types = loads(worker["supported_workflow_types"], []) or []
    build_id = worker["build_id"]
    with server.db.transaction() as conn:
        task = task_store.next_claimable_workflow_task(conn, namespace, queue, now, build_id, types)
        if task is not None:
            run = run_store.get_run(conn, task["run_id"])
            if run is None:
                return None
            expires = iso_after(server, server.config.workflow_task_lease_seconds)
            task_store.lease_workflow_task(
                conn,
                task["task_id"],
                owner=worker["worker_id"],
                expires_at=expires,
                seq_at_lease=run["last_sequence"],
                now=now,
                poll_request_id=poll_request_id,
            )
            fresh = task_store.get_workflow_task(conn, task["task_id"])
            assert fresh is not None
            return fresh, run
    return None


def guard_workflow_task(
    server: DevServer,
    conn: sqlite3.Connection,
    namespace: str,
    task_id: str,
    lease_owner: str,
    attempt: int,
) -> tuple[sqlite3.Row, sqlite3.Row]:
    """The ownership guard of worker-plane §6.6 (raises the matching 404/409)."""
    echo = {"task_id": task_id, "workflow_task_attempt": attempt}
    task = task_store.get_workflow_task_in_namespace(conn, task_id, namespace)
    if task is None:
        raise WorkerError(404, "task_not_found", "Workflow task not found.", **echo)
    run = run_store.get_run(conn, task["run_id"])
    if run is None:
        raise WorkerError(404, "task_not_found", "Workflow task not found.", **echo)
    closed = run["status"] not in OPEN_RUN_STATUSES
    if task["status"] != "leased" and closed:
        stop = {
            "cancelled": "run_cancelled",
            "terminated": "run_terminated",
            "completed": "run_completed",
            "failed": "run_failed",
        }.get(run["status"], "run_closed")
        raise WorkerError(
            409,
            "run_closed",
            "Workflow run is already closed.",
            **echo,
            stop_reason=stop,
            cancel_requested=run["status"] in ("cancelled", "terminated"),
            can_continue=False,
            run_status=run["status"],
            run_closed_reason=run["closed_reason"],
            run_closed_at=run["closed_at"],
            task_status=task["status"],
            lease_owner=task["lease_owner"],
            lease_expires_at=task["lease_expires_at"],
        )
    if task["status"] != "leased" or not task["lease_owner"] or not task["lease_expires_at"]:
        raise WorkerError(409, "task_not_leased", "Workflow task is not currently leased.", **echo)
    if parse_iso(task["lease_expires_at"]) <= server.clock.now():
        now = now_iso(server)
        task_store.free_workflow_task_lease(conn, task_id, now)
        server.notifier.notify(wf_key(task["namespace"], task["task_queue"]))
        expired = WorkerError(
            409,
            "lease_expired",
            "Workflow task lease has expired.",
            **echo,
            task_status="leased",
            lease_owner=task["lease_owner"],
            lease_expires_at=task["lease_expires_at"],
        )
        expired.keep_writes = True  # the freed lease stands although the request fails
        raise expired
    if task["lease_owner"] != lease_owner:
        raise WorkerError(
            409,
            "lease_owner_mismatch",
            "Workflow task lease is owned by another worker.",
            **echo,
            lease_owner=task["lease_owner"],
        )
    if int(task["attempt_count"]) != attempt:
        raise WorkerError(
            409,
            "workflow_task_attempt_mismatch",
            "Workflow task lease attempt does not match the current claim.",
            **echo,
            current_attempt=task["attempt_count"],
        )
    return task, run
