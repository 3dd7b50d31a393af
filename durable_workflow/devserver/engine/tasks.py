"""Workflow tasks: creation, leasing, lease expiry, ownership guard and task payloads."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from durable_workflow._protocol import RESUME_FIELDS

from ..errors import WorkerError
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
    conn.execute(
        "INSERT INTO workflow_tasks (task_id, namespace, run_id, workflow_id, task_queue,"
        " workflow_type, status, available_at, attempt_count, resume, compatibility, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,'ready',?,0,?,?,?,?)",
        (
            task_id,
            run["namespace"],
            run["run_id"],
            run["workflow_id"],
            run["task_queue"],
            run["workflow_type"],
            available_at or now,
            dumps(resume or {}),
            run["compatibility"],
            now,
            now,
        ),
    )
    server.notifier.notify(wf_key(run["namespace"], run["task_queue"]), "sweep")
    return task_id


def open_workflow_task(conn: sqlite3.Connection, run_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM workflow_tasks WHERE run_id = ? AND status IN ('ready', 'leased')"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (run_id,),
    ).fetchone()
    return row


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
            conn.execute(
                "UPDATE workflow_tasks SET resume = ? WHERE task_id = ?",
                (dumps(current), existing["task_id"]),
            )
        return str(existing["task_id"])
    return None


def cancel_open_tasks(conn: sqlite3.Connection, run_id: str, now: str) -> None:
    conn.execute(
        "UPDATE workflow_tasks SET status = 'cancelled', updated_at = ? WHERE run_id = ?"
        " AND status IN ('ready', 'leased')",
        (now, run_id),
    )


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
    sql = (
        "SELECT task_id, namespace, task_queue FROM workflow_tasks"
        " WHERE status = 'leased' AND lease_expires_at <= ?"
    )
    params: list[Any] = [now]
    if namespace is not None:
        sql += " AND namespace = ? AND task_queue = ?"
        params += [namespace, queue]
    rows = server.db.query(sql, params)
    if not rows:
        return 0
    with server.db.transaction() as conn:
        for row in rows:
            conn.execute(
                "UPDATE workflow_tasks SET status = 'ready', lease_owner = NULL,"
                " lease_expires_at = NULL, available_at = ?, updated_at = ? WHERE task_id = ?"
                " AND status = 'leased'",
                (now, now, row["task_id"]),
            )
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
        task = conn.execute(
            "SELECT * FROM workflow_tasks WHERE namespace = ? AND task_queue = ? AND status ="
            " 'leased' AND lease_owner = ? AND poll_request_id = ?",
            (namespace, queue, owner, poll_request_id),
        ).fetchone()
        if task is None or parse_iso(task["lease_expires_at"]) <= server.clock.now():
            return None
        run = conn.execute(
            "SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)
        ).fetchone()
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
        rows = conn.execute(
            "SELECT t.* FROM workflow_tasks t JOIN workflow_runs r ON r.run_id = t.run_id"
            " WHERE t.namespace = ? AND t.task_queue = ? AND t.status = 'ready'"
            " AND t.available_at <= ? AND r.status IN ('pending', 'running', 'waiting')"
            " ORDER BY t.available_at, t.task_id LIMIT 100",
            (namespace, queue, now),
        )
        for task in _batches(rows):
            if task["compatibility"] and task["compatibility"] != build_id:
                continue
            if types and task["workflow_type"] not in types:
                continue
            run = conn.execute(
                "SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)
            ).fetchone()
            if run is None:
                continue
            expires = iso_after(server, server.config.workflow_task_lease_seconds)
            conn.execute(
                "UPDATE workflow_tasks SET status = 'leased', lease_owner = ?, lease_expires_at ="
                " ?,"
                " attempt_count = attempt_count + 1, seq_at_lease = ?, updated_at = ?,"
                " poll_request_id = ? WHERE task_id = ?",
                (
                    worker["worker_id"],
                    expires,
                    run["last_sequence"],
                    now,
                    poll_request_id,
                    task["task_id"],
                ),
            )
            fresh = conn.execute(
                "SELECT * FROM workflow_tasks WHERE task_id = ?", (task["task_id"],)
            ).fetchone()
            return fresh, run
    return None


def _batches(cursor: sqlite3.Cursor, size: int = 16) -> Iterator[sqlite3.Row]:
    """Rows of ``cursor`` read a few at a time (a claim usually takes the first one)."""
    while batch := cursor.fetchmany(size):
        yield from batch


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
    task = conn.execute(
        "SELECT * FROM workflow_tasks WHERE task_id = ? AND namespace = ?", (task_id, namespace)
    ).fetchone()
    if task is None:
        raise WorkerError(404, "task_not_found", "Workflow task not found.", **echo)
    run = conn.execute("SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)).fetchone()
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
        conn.execute(
            "UPDATE workflow_tasks SET status = 'ready', lease_owner = NULL, lease_expires_at ="
            " NULL,"
            " available_at = ?, updated_at = ? WHERE task_id = ?",
            (now, now, task_id),
        )
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
