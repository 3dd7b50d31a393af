"""HTTP routes of task queues and build-id rollout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..clock import isoformat
from ..engine.activity_records import act_key
from ..engine.task_queues import build_id_cohorts, queue_summary
from ..engine.tasks import wf_key
from ..errors import Validator
from .json_io import JSONResponse
from .offload import read_handler

if TYPE_CHECKING:
    from ..server import DevServer


def routes(server: DevServer) -> list[Route]:
    @read_handler(server)
    def list_queues(request: Request) -> JSONResponse:
        ns = request.state.namespace
        names: set[str] = set()
        for table in ("workers", "workflow_tasks", "activity_tasks"):
            names |= {
                r["task_queue"]
                for r in server.db.query(
                    f"SELECT DISTINCT task_queue FROM {table} WHERE namespace = ?", (ns,)
                )
            }
        return JSONResponse(
            {
                "namespace": ns,
                "task_queues": [queue_summary(server, ns, n, detail=False) for n in sorted(names)],
            }
        )

    async def describe(request: Request) -> JSONResponse:
        return JSONResponse(
            queue_summary(
                server, request.state.namespace, request.path_params["queue"], detail=True
            )
        )

    async def build_ids(request: Request) -> JSONResponse:
        ns, queue = request.state.namespace, request.path_params["queue"]
        return JSONResponse(
            {
                "namespace": ns,
                "task_queue": queue,
                "stale_after_seconds": int(server.config.stale_after_seconds),
                "build_ids": build_id_cohorts(server, ns, queue),
            }
        )

    def _build_id(request: Request) -> str | None:
        body = request.state.json_body if isinstance(request.state.json_body, dict) else {}
        v = Validator(body)
        if "build_id" not in body:
            v.add("build_id", "The build id field must be present.")
        else:
            v.string("build_id", max=255)
        v.check()
        value = body.get("build_id")
        return value.strip() if isinstance(value, str) and value.strip() else None

    async def change(request: Request, action: str) -> JSONResponse:
        ns, queue = request.state.namespace, request.path_params["queue"]
        build_id = _build_id(request)
        now = isoformat(server.clock.now().replace(microsecond=0))
        key = build_id or ""
        with server.db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO build_id_cohorts (namespace, task_queue, build_id) VALUES"
                " (?,?,?)",
                (ns, queue, key),
            )
            if action == "drain":
                conn.execute(
                    "UPDATE build_id_cohorts SET drain_intent = 'draining', drained_at ="
                    " COALESCE(CASE WHEN drain_intent = 'draining' THEN drained_at END, ?)"
                    " WHERE namespace = ? AND task_queue = ? AND build_id = ?",
                    (now, ns, queue, key),
                )
                conn.execute(
                    "UPDATE workers SET status = 'draining' WHERE namespace = ? AND task_queue ="
                    " ? AND COALESCE(build_id, '') = ?",
                    (ns, queue, key),
                )
            elif action == "resume":
                conn.execute(
                    "UPDATE build_id_cohorts SET drain_intent = 'active', drained_at = NULL"
                    " WHERE namespace = ? AND task_queue = ? AND build_id = ?",
                    (ns, queue, key),
                )
                conn.execute(
                    "UPDATE workers SET status = 'active' WHERE namespace = ? AND task_queue = ?"
                    " AND COALESCE(build_id, '') = ?"
                    " AND status = 'draining'",
                    (ns, queue, key),
                )
            else:
                conn.execute(
                    "UPDATE build_id_cohorts SET promoted_at = NULL WHERE namespace = ? AND"
                    " task_queue = ?",
                    (ns, queue),
                )
                conn.execute(
                    "UPDATE build_id_cohorts SET promoted_at = ?, drain_intent = 'active',"
                    " drained_at = NULL"
                    " WHERE namespace = ? AND task_queue = ? AND build_id = ?",
                    (now, ns, queue, key),
                )
                conn.execute(
                    "UPDATE workers SET status = 'active' WHERE namespace = ? AND task_queue = ?"
                    " AND COALESCE(build_id, '') = ?"
                    " AND status = 'draining'",
                    (ns, queue, key),
                )
            row = conn.execute(
                "SELECT * FROM build_id_cohorts WHERE namespace = ? AND task_queue = ? AND"
                " build_id = ?",
                (ns, queue, key),
            ).fetchone()

        server.notifier.notify(wf_key(ns, queue), act_key(ns, queue))
        out: dict[str, Any] = {
            "namespace": ns,
            "task_queue": queue,
            "build_id": build_id,
            "drain_intent": row["drain_intent"],
            "drained_at": row["drained_at"],
        }
        if action == "promote":
            out.update(promoted_at=row["promoted_at"], new_start_selected=True)
        return JSONResponse(out)

    return [
        Route("/api/task-queues", list_queues, methods=["GET"]),
        Route("/api/task-queues/{queue}", describe, methods=["GET"]),
        Route("/api/task-queues/{queue}/build-ids", build_ids, methods=["GET"]),
        *[
            Route(
                f"/api/task-queues/{{queue}}/build-ids/{action}",
                _bind(change, action),
                methods=["POST"],
            )
            for action in ("drain", "resume", "promote")
        ],
    ]


def _bind(fn: Any, action: str) -> Any:
    async def endpoint(request: Request) -> JSONResponse:
        result: JSONResponse = await fn(request, action)
        return result

    return endpoint
