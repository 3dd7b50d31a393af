"""HTTP routes of the worker registry."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..engine.workers import _seconds_iso, worker_object
from ..errors import ApiError
from .json_io import JSONResponse
from .offload import read_handler

if TYPE_CHECKING:
    from ..server import DevServer


def routes(server: DevServer) -> list[Route]:
    @read_handler(server)
    def list_workers(request: Request) -> JSONResponse:
        ns = request.state.namespace
        sql = "SELECT * FROM workers WHERE namespace = ?"
        args: list[Any] = [ns]
        q = request.query_params
        if q.get("task_queue"):
            sql += " AND task_queue = ?"
            args.append(q["task_queue"])
        if q.get("status"):
            sql += " AND status = ?"
            args.append(q["status"])
        sql += " ORDER BY last_heartbeat_at DESC, worker_id"
        rows = server.db.query(sql, args)
        return JSONResponse(
            {
                "namespace": ns,
                "stale_after_seconds": int(server.config.stale_after_seconds),
                "workers": [worker_object(server, r) for r in rows],
            }
        )

    def _get(ns: str, worker_id: str) -> sqlite3.Row:
        row = server.db.query_one(
            "SELECT * FROM workers WHERE namespace = ? AND worker_id = ?", (ns, worker_id)
        )
        if row is None:
            raise ApiError(
                404, "worker_not_found", f"Worker [{worker_id}] not found in namespace [{ns}]."
            )
        return row

    async def describe(request: Request) -> JSONResponse:
        row = _get(request.state.namespace, request.path_params["worker_id"])
        return JSONResponse(worker_object(server, row, describe=True))

    async def delete(request: Request) -> JSONResponse:
        ns = request.state.namespace
        worker_id = request.path_params["worker_id"]
        _get(ns, worker_id)
        with server.db.transaction() as conn:
            conn.execute(
                "DELETE FROM workers WHERE namespace = ? AND worker_id = ?", (ns, worker_id)
            )
        return JSONResponse({"worker_id": worker_id, "outcome": "deregistered"})

    return [
        Route("/api/workers", list_workers, methods=["GET"]),
        Route("/api/workers/{worker_id}", describe, methods=["GET"]),
        Route("/api/workers/{worker_id}", delete, methods=["DELETE"]),
    ]


_ = _seconds_iso
