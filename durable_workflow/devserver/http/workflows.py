"""HTTP routes of workflows: start, list, describe, runs, history, commands, messages, streams."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..engine.history import page_offset
from ..engine.history_wait import HistoryPage, history_page_waiting
from ..engine.workflow_debug import debug_workflow
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
        return JSONResponse(debug_workflow(server, ns(request), p["workflow_id"], p.get("run_id")))

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

        async def read() -> HistoryPage:
            return await offload(
                server, svc.history_page, ns(request), p["workflow_id"], p["run_id"], after, size
            )

        events, token = await history_page_waiting(server, p["run_id"], read, wait=wait_raw == "1")
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
