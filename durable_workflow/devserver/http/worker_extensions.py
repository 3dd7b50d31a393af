"""Worker-plane routes beyond the task loop: fenced deregistration, sessions, cancellation
acknowledgement, update-validation tasks, and the 1.20 features this server does not advertise.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..engine.activities import _guard
from ..engine.history import dumps as _dumps
from ..engine.history import iso_after, new_id, now_iso
from ..engine.long_poll import _poll_timeout, long_poll
from ..engine.tasks import guard_workflow_task
from ..engine.workers import deregister_worker, registration_token, resolve_worker
from ..errors import Validator, WorkerError
from .json_io import JSONResponse
from .worker_common import attempt_fields, json_body, lease_fields, namespace_of, poll_fields, reply

if TYPE_CHECKING:
    from ..server import DevServer


def routes(server: DevServer) -> list[Route]:
    """Routes of the worker-plane extensions."""

    async def deregister_fenced(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        worker_id = request.path_params["worker_id"]
        body = json_body(request)
        v = Validator(body)
        token = v.string("registration_token", required=True, pattern=r"[0-9a-f]{32}")
        v.check()
        row = server.db.query_one(
            "SELECT * FROM workers WHERE namespace = ? AND worker_id = ?", (namespace, worker_id)
        )
        if row is None:
            raise WorkerError(
                404, "worker_not_found", "Worker not registered.", worker_id=worker_id
            )

        if token != registration_token(server, namespace, worker_id):
            raise WorkerError(
                409,
                "registration_token_mismatch",
                "The registration token does not match the current registration.",
                worker_id=worker_id,
            )
        out = deregister_worker(server, namespace, worker_id)
        out["registration_token"] = token
        return reply(200, out)

    # ---- worker sessions

    async def session_create(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        body = json_body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        session_id = v.string("session_id", max=255)
        lease = v.integer("lease_seconds", min=1) or 60
        v.check()
        resolve_worker_row(namespace, str(worker_id))
        now = now_iso(server)
        expires = iso_after(server, lease)
        with server.db.transaction() as conn:
            existing = None
            if session_id:
                existing = conn.execute(
                    "SELECT * FROM worker_sessions WHERE session_id = ? AND namespace = ?",
                    (session_id, namespace),
                ).fetchone()
            if (
                existing is not None
                and existing["worker_id"] != worker_id
                and existing["status"] == "open"
            ):
                raise WorkerError(
                    409,
                    "session_owned_by_other_worker",
                    "The session is held by another worker.",
                    session_id=session_id,
                    worker_id=existing["worker_id"],
                )
            sid = session_id or new_id()
            options = {k: v for k, v in body.items() if k not in ("worker_id", "session_id")}
            conn.execute(
                "INSERT INTO worker_sessions (session_id, namespace, worker_id, status, options,"
                " lease_expires_at, created_at) VALUES (?,?,?,'open',?,?,?) ON CONFLICT"
                " (session_id)"
                " DO UPDATE SET worker_id = excluded.worker_id, status = 'open',"
                " lease_expires_at = excluded.lease_expires_at, closed_at = NULL",
                (sid, namespace, worker_id, _dumps(options), expires, now),
            )
        status = 200 if existing is not None else 201
        return reply(
            status,
            {
                "session_id": sid,
                "worker_id": worker_id,
                "status": "open",
                "outcome": "reused" if existing is not None else "created",
                "lease_expires_at": expires,
            },
        )

    def _session(namespace: str, session_id: str, worker_id: str) -> sqlite3.Row:
        row = server.db.query_one(
            "SELECT * FROM worker_sessions WHERE session_id = ? AND namespace = ?",
            (session_id, namespace),
        )
        if row is None:
            raise WorkerError(
                404, "session_not_found", "Worker session not found.", session_id=session_id
            )
        if row["worker_id"] != worker_id:
            raise WorkerError(
                409,
                "session_owned_by_other_worker",
                "The session is held by another worker.",
                session_id=session_id,
                worker_id=row["worker_id"],
            )
        return row

    async def session_heartbeat(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        body = json_body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        lease = v.integer("lease_seconds", min=1) or 60
        v.check()
        sid = request.path_params["session_id"]
        row = _session(namespace, sid, str(worker_id))
        if row["status"] != "open":
            raise WorkerError(409, "session_closed", "Worker session is closed.", session_id=sid)
        expires = iso_after(server, lease)
        with server.db.transaction() as conn:
            conn.execute(
                "UPDATE worker_sessions SET lease_expires_at = ? WHERE session_id = ?",
                (expires, sid),
            )
        return reply(
            200,
            {
                "session_id": sid,
                "worker_id": worker_id,
                "status": "open",
                "renewed": True,
                "lease_expires_at": expires,
            },
        )

    async def session_close(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        body = json_body(request)
        v = Validator(body)
        worker_id = v.string("worker_id", required=True, max=255)
        reason = v.string("reason", max=255)
        v.check()
        sid = request.path_params["session_id"]
        _session(namespace, sid, str(worker_id))
        with server.db.transaction() as conn:
            conn.execute(
                "UPDATE worker_sessions SET status = 'closed', closed_at = ?, close_reason = ?"
                " WHERE session_id = ?",
                (now_iso(server), reason, sid),
            )
        return reply(
            200, {"session_id": sid, "worker_id": worker_id, "status": "closed", "reason": reason}
        )

    def resolve_worker_row(namespace: str, worker_id: str) -> sqlite3.Row:
        row = server.db.query_one(
            "SELECT * FROM workers WHERE namespace = ? AND worker_id = ?", (namespace, worker_id)
        )
        if row is None:
            raise WorkerError(
                412,
                "worker_not_registered",
                "Worker must be registered before polling. Call POST /worker/register first.",
                worker_id=worker_id,
            )
        return row

    # ---- activity cancellation acknowledgement

    async def act_ack_cancel(request: Request) -> JSONResponse:
        body = json_body(request)
        v = attempt_fields(body)
        request_id = v.string("request_id", required=True, max=255)
        v.check()
        task_id = request.path_params["task_id"]
        receipts: dict[Any, Any] = server.state.setdefault("cancel_receipts", {})
        key = (namespace_of(request), task_id, body["activity_attempt_id"], request_id)
        if key in receipts:
            return reply(200, {**receipts[key], "duplicate": True})
        with server.db.transaction() as conn:
            task, attempt = _guard(
                conn,
                namespace_of(request),
                task_id,
                body["activity_attempt_id"],
                body["lease_owner"],
            )
            ex = conn.execute(
                "SELECT * FROM activity_executions WHERE id = ?", (attempt["execution_id"],)
            ).fetchone()
            run = conn.execute(
                "SELECT * FROM workflow_runs WHERE run_id = ?", (task["run_id"],)
            ).fetchone()
            cancelled = (ex is not None and ex["status"] == "cancelled") or (
                run is not None and run["status"] in ("cancelled", "terminated")
            )
            if not cancelled:
                raise WorkerError(
                    409,
                    "cancellation_not_requested",
                    "No cancellation was requested for this activity.",
                    task_id=task_id,
                    activity_attempt_id=attempt["attempt_id"],
                )
            if attempt["status"] == "running":
                conn.execute(
                    "UPDATE activity_attempts SET status = 'cancelled', closed_at = ? WHERE"
                    " attempt_id = ?",
                    (now_iso(server), attempt["attempt_id"]),
                )
                conn.execute(
                    "UPDATE activity_tasks SET status = 'cancelled' WHERE task_id = ?", (task_id,)
                )
            event = conn.execute(
                "SELECT id FROM history_events WHERE run_id = ? AND event_type ="
                " 'ActivityCancelled'"
                " ORDER BY sequence DESC LIMIT 1",
                (task["run_id"],),
            ).fetchone()
        receipt = {
            "task_id": task_id,
            "activity_attempt_id": body["activity_attempt_id"],
            "lease_owner": body["lease_owner"],
            "request_id": request_id,
            "acknowledged": True,
            "duplicate": False,
            "reason": None,
            "heartbeat_recorded": False,
            "history_event_id": event["id"] if event is not None else "",
        }
        receipts[key] = receipt
        return reply(200, receipt)

    # ---- update-validation tasks (never created: the capability is not advertised)

    async def uv_poll(request: Request) -> JSONResponse:
        namespace = namespace_of(request)
        body = json_body(request)
        poll_fields(body).check()
        resolve_worker(
            server, namespace, body["worker_id"], body["task_queue"], None, check_build=False
        )
        task = await long_poll(
            server,
            [("update_validation", namespace, body["task_queue"])],
            lambda: None,
            _poll_timeout(server, body),
        )
        return reply(200, {"task": task})

    async def uv_outcome(request: Request) -> JSONResponse:
        json_body(request)
        raise WorkerError(
            404,
            "update_validation_task_not_found",
            "Update validation task not found.",
            update_validation_task_id=request.path_params["task_id"],
        )

    # ---- 1.20 features this server does not advertise

    def _unadvertised(capability: str) -> Callable[[Request], Awaitable[JSONResponse]]:
        async def endpoint(request: Request) -> JSONResponse:
            body = json_body(request)
            v = lease_fields(body)
            v.check()
            attempt = int(body["workflow_task_attempt"])
            task_id = request.path_params["task_id"]
            with server.db.transaction() as conn:
                guard_workflow_task(
                    server, conn, namespace_of(request), task_id, body["lease_owner"], attempt
                )
            raise WorkerError(
                409,
                "capability_not_advertised",
                f"This server does not advertise the {capability} capability.",
                task_id=task_id,
                workflow_task_attempt=attempt,
                capability=capability,
            )

        return endpoint

    p = "/api/worker"
    wt = p + "/workflow-tasks/{task_id}"
    extra: list[tuple[str, Callable[[Request], Awaitable[JSONResponse]], list[str]]] = [
        (p + "/registrations/{worker_id}/deregister", deregister_fenced, ["POST"]),
        (p + "/sessions", session_create, ["POST"]),
        (p + "/sessions/{session_id}/heartbeat", session_heartbeat, ["POST"]),
        (p + "/sessions/{session_id}", session_close, ["DELETE"]),
        (p + "/activity-tasks/{task_id}/acknowledge-cancellation", act_ack_cancel, ["POST"]),
        (p + "/update-validation-tasks/poll", uv_poll, ["POST"]),
        (p + "/update-validation-tasks/{task_id}/approve", uv_outcome, ["POST"]),
        (p + "/update-validation-tasks/{task_id}/reject", uv_outcome, ["POST"]),
        (wt + "/deliver-cancellation", _unadvertised("cooperative_cancellation"), ["POST"]),
    ]
    for scope_op in ("open", "prepare", "deliver"):
        extra.append(
            (
                wt + f"/cancellation-scopes/{scope_op}",
                _unadvertised("cancellation_scopes"),
                ["POST"],
            )
        )
    for la_op in ("checkpoint", "checkpoint-group", "prepare", "recover"):
        extra.append(
            (
                wt + f"/local-activities/{la_op}",
                _unadvertised("prepared_local_activities"),
                ["POST"],
            )
        )
    for la_op in ("acknowledge-cancellation", "control", "heartbeat", "outcome"):
        extra.append(
            (
                wt + "/local-activities/{attempt_id}/" + la_op,
                _unadvertised("prepared_local_activities"),
                ["POST"],
            )
        )
    return [Route(path, fn, methods=methods) for path, fn, methods in extra]
