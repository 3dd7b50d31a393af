"""HTTP routes of workflows: start, list, describe, runs, history, commands, messages, streams."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..engine.history import encode_token, now_iso, page_offset
from ..engine.task_queues import queue_summary
from ..errors import ApiError, Validator, validation_error
from .json_io import JSONResponse
from .offload import offload

if TYPE_CHECKING:
    from ..server import DevServer


# ---------------------------------------------------------------------------------------- routes


async def _body(request: Request) -> dict[str, Any]:
    body = request.state.json_body
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise validation_error({"body": ["The request body must be a JSON object."]})
    return body


def routes(server: DevServer) -> list[Route]:
    svc = server.workflows

    def ns(request: Request) -> str:
        return str(request.state.namespace)

    async def list_or_start(request: Request) -> JSONResponse:
        if request.method == "POST":
            status, out = svc.start_workflow(ns(request), await _body(request))
            return JSONResponse(out, status_code=status)
        return JSONResponse(
            await offload(server, svc.list_workflows, ns(request), dict(request.query_params))
        )

    async def describe(request: Request) -> JSONResponse:
        wid = request.path_params["workflow_id"]
        detail = svc.describe_workflow(ns(request), wid)
        if detail is None:
            raise ApiError(404, "instance_not_found", "Workflow not found.", workflow_id=wid)
        return JSONResponse(detail)

    async def runs(request: Request) -> JSONResponse:
        return JSONResponse(
            await offload(server, svc.list_runs, ns(request), request.path_params["workflow_id"])
        )

    async def run_detail(request: Request) -> JSONResponse:
        p = request.path_params
        return JSONResponse(svc.describe_run(ns(request), p["workflow_id"], p["run_id"]))

    async def debug(request: Request) -> JSONResponse:

        p = request.path_params
        wid = p["workflow_id"]
        if "run_id" in p:
            detail = svc.describe_run(ns(request), wid, p["run_id"])
        else:
            found = svc.describe_workflow(ns(request), wid)
            if found is None:
                raise ApiError(404, "instance_not_found", "Workflow not found.", workflow_id=wid)
            detail = found
        pending = server.db.query(
            "SELECT task_id, status, available_at, lease_owner, lease_expires_at, attempt_count,"
            " last_error"
            " FROM workflow_tasks WHERE run_id = ? AND status IN ('ready','leased','failed')"
            " ORDER BY created_at DESC LIMIT 25",
            (detail["run_id"],),
        )
        acts_rows = server.db.query(
            "SELECT id, activity_type, status, attempt_count FROM activity_executions WHERE"
            " run_id = ?"
            " AND status IN ('pending','running') LIMIT 25",
            (detail["run_id"],),
        )
        failed = [dict(r) for r in pending if r["status"] == "failed"]
        status = (
            "terminal"
            if detail["is_terminal"]
            else "needs_attention"
            if failed
            else "pending_work"
            if pending or acts_rows
            else "waiting"
        )
        return JSONResponse(
            {
                "generated_at": now_iso(server),
                "workflow_id": wid,
                "run_id": detail["run_id"],
                "namespace": detail["namespace"],
                "diagnostic_status": status,
                "execution": detail,
                "pending_workflow_tasks": [dict(r) for r in pending],
                "pending_activities": [dict(r) for r in acts_rows],
                "task_queue": queue_summary(
                    server, detail["namespace"], detail["task_queue"], detail=True
                ),
                "recent_failures": failed[:10],
                "compatibility": {
                    "run": {
                        "compatibility": detail["compatibility"],
                        "summary_compatibility": detail["compatibility"],
                        "task_queue": detail["task_queue"],
                    },
                    "namespace_worker_fleet": {"namespace": detail["namespace"]},
                },
                "findings": [],
            }
        )

    async def signal(request: Request) -> JSONResponse:
        p = request.path_params
        status, out = svc.signal_workflow(
            ns(request), p["workflow_id"], p["name"], await _body(request), run_id=p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    async def query(request: Request) -> JSONResponse:
        p = request.path_params
        status, out = await svc.query_workflow(
            ns(request), p["workflow_id"], p["name"], await _body(request), run_id=p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    async def update(request: Request) -> JSONResponse:
        p = request.path_params
        status, out = await svc.update_workflow_async(
            ns(request), p["workflow_id"], p["name"], await _body(request), run_id=p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    def _reason(body: dict[str, Any]) -> str | None:
        v = Validator(body)
        reason = v.string("reason", max=1000)
        v.string("request_id", max=255)
        v.check()
        return reason

    async def cancel(request: Request) -> JSONResponse:
        p = request.path_params
        body = await _body(request)
        status, out = svc._close_command(
            ns(request), p["workflow_id"], "cancel", _reason(body), p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    async def terminate(request: Request) -> JSONResponse:
        p = request.path_params
        body = await _body(request)
        status, out = svc._close_command(
            ns(request), p["workflow_id"], "terminate", _reason(body), p.get("run_id")
        )
        return JSONResponse(out, status_code=status)

    async def repair(request: Request) -> JSONResponse:
        _reason(await _body(request))
        status, out = svc.repair_workflow(ns(request), request.path_params["workflow_id"])
        return JSONResponse(out, status_code=status)

    async def archive(request: Request) -> JSONResponse:
        reason = _reason(await _body(request))
        status, out = svc.archive_workflow(ns(request), request.path_params["workflow_id"], reason)
        return JSONResponse(out, status_code=status)

    async def history(request: Request) -> JSONResponse:
        p = request.path_params
        q = request.query_params
        v = Validator(dict(q))
        size = v.integer("page_size", min=1, max=1000) or 100
        wait_raw = q.get("wait_new_event")
        if wait_raw is not None and wait_raw not in ("0", "1"):
            v.add("wait_new_event", "The wait new event field must be true or false.")
        v.check()
        after = page_offset(q.get("next_page_token"))
        events, token = await offload(
            server, svc.history_page, ns(request), p["workflow_id"], p["run_id"], after, size
        )
        if not events and wait_raw == "1":
            deadline = asyncio.get_running_loop().time() + server.config.poll_timeout
            while not events:
                with server.notifier.listen(("history", p["run_id"])) as event:
                    events, token = svc.history_page(
                        ns(request), p["workflow_id"], p["run_id"], after, size
                    )
                    if events:
                        break
                    remaining = deadline - asyncio.get_running_loop().time()
                    if remaining <= 0:
                        break
                    await server.notifier.wait(event, remaining)
        if events and token is None:
            token = encode_token(events[-1]["sequence"]) if wait_raw == "1" else None
        return JSONResponse(
            {
                "workflow_id": p["workflow_id"],
                "run_id": p["run_id"],
                "events": events,
                "next_page_token": token,
            }
        )

    async def export(request: Request) -> JSONResponse:
        p = request.path_params
        return JSONResponse(
            await offload(server, svc.export_history, ns(request), p["workflow_id"], p["run_id"])
        )

    async def redrive(request: Request) -> JSONResponse:
        p = request.path_params
        _reason(await _body(request))
        status, out = svc.redrive_run(ns(request), p["workflow_id"], p["run_id"])
        return JSONResponse(out, status_code=status)

    async def request_cancellation(request: Request) -> JSONResponse:
        p = request.path_params
        raise ApiError(
            409,
            "cooperative_cancellation_unsupported",
            "This server does not advertise the cooperative_cancellation capability; "
            "use POST /api/workflows/{workflowId}/cancel.",
            workflow_id=p["workflow_id"],
            capability="cooperative_cancellation",
        )

    async def append_message(request: Request) -> JSONResponse:
        p = request.path_params
        status, out = svc.append_message(
            ns(request), p["workflow_id"], p["stream"], await _body(request)
        )
        return JSONResponse(out, status_code=status)

    async def list_streams(request: Request) -> JSONResponse:
        p = request.path_params
        return JSONResponse(svc.list_streams(ns(request), p["workflow_id"], p["run_id"]))

    async def get_stream(request: Request) -> JSONResponse:
        p = request.path_params
        return JSONResponse(
            {"stream": svc.stream_object(ns(request), p["workflow_id"], p["run_id"], p["stream"])}
        )

    async def stream_items(request: Request) -> JSONResponse:
        p = request.path_params
        if request.method == "POST":
            out = svc.append_stream_items(
                ns(request), p["workflow_id"], p["run_id"], p["stream"], await _body(request)
            )
            return JSONResponse(out)
        return JSONResponse(
            await svc.read_stream_items(
                ns(request), p["workflow_id"], p["run_id"], p["stream"], dict(request.query_params)
            )
        )

    async def close_stream(request: Request) -> JSONResponse:
        p = request.path_params
        out = svc.close_stream(
            ns(request), p["workflow_id"], p["run_id"], p["stream"], await _body(request)
        )
        return JSONResponse(out)

    w = "/api/workflows/{workflow_id}"
    r = w + "/runs/{run_id}"
    return [
        Route(r + "/redrive", redrive, methods=["POST"]),
        Route(w + "/request-cancellation", request_cancellation, methods=["POST"]),
        Route(r + "/request-cancellation", request_cancellation, methods=["POST"]),
        Route(w + "/message-streams/{stream}/messages", append_message, methods=["POST"]),
        Route(r + "/streams", list_streams, methods=["GET"]),
        Route(r + "/streams/{stream}", get_stream, methods=["GET"]),
        Route(r + "/streams/{stream}/items", stream_items, methods=["GET", "POST"]),
        Route(r + "/streams/{stream}/close", close_stream, methods=["POST"]),
        Route("/api/workflows", list_or_start, methods=["GET", "POST"]),
        Route(w, describe, methods=["GET"]),
        Route(w + "/debug", debug, methods=["GET"]),
        Route(w + "/runs", runs, methods=["GET"]),
        Route(r, run_detail, methods=["GET"]),
        Route(r + "/debug", debug, methods=["GET"]),
        Route(r + "/history", history, methods=["GET"]),
        Route(r + "/history/export", export, methods=["GET"]),
        Route(w + "/signal/{name}", signal, methods=["POST"]),
        Route(w + "/query/{name}", query, methods=["POST"]),
        Route(w + "/update/{name}", update, methods=["POST"]),
        Route(w + "/cancel", cancel, methods=["POST"]),
        Route(w + "/terminate", terminate, methods=["POST"]),
        Route(w + "/repair", repair, methods=["POST"]),
        Route(w + "/archive", archive, methods=["POST"]),
        Route(r + "/signal/{name}", signal, methods=["POST"]),
        Route(r + "/query/{name}", query, methods=["POST"]),
        Route(r + "/update/{name}", update, methods=["POST"]),
        Route(r + "/cancel", cancel, methods=["POST"]),
        Route(r + "/terminate", terminate, methods=["POST"]),
    ]
