"""HTTP routes of the operator endpoints: repair, activity timeouts, retention, metrics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..engine.system import (
    activity_timeout_pass,
    activity_timeout_status,
    operator_metrics,
    repair_candidate_rows,
    repair_pass,
    repair_status,
    retention_pass,
    retention_status,
    task_metrics,
)
from ..errors import Validator
from .json_io import JSONResponse
from .offload import offload

if TYPE_CHECKING:
    from ..server import DevServer


def routes(server: DevServer) -> list[Route]:
    def body_of(request: Request) -> dict[str, Any]:
        body = request.state.json_body
        return body if isinstance(body, dict) else {}

    def _id_list(v: Validator, body: dict[str, Any], field: str) -> list[str] | None:
        items = v.array(field, max_items=100)
        if items is None:
            return None
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip() or len(item.strip()) > 128:
                v.add(
                    f"{field}.{i}",
                    f"The {field}.{i} field must be a string between 1 and 128 characters.",
                )
            else:
                out.append(item.strip())
        return out or None

    def _limit(v: Validator) -> int:
        limit = v.integer("limit", min=1)
        return min(limit or 100, 100)

    async def repair_get(request: Request) -> JSONResponse:
        return JSONResponse(await offload(server, repair_status, server, request.state.namespace))

    async def repair_post(request: Request) -> JSONResponse:
        body = body_of(request)
        v = Validator(body)
        run_ids = _id_list(v, body, "run_ids")
        instance = v.string("instance_id", max=128)
        v.check()
        namespace = request.state.namespace
        # the candidates are read in a worker thread; the repairs stay on the loop
        rows = await offload(server, repair_candidate_rows, server, namespace)
        result = repair_pass(server, namespace, run_ids, instance, rows=rows)
        failed = (
            result["command_contract_failures"]
            or result["existing_task_failures"]
            or result["missing_run_failures"]
        )
        return JSONResponse(result, status_code=207 if failed else 200)

    async def timeouts_get(request: Request) -> JSONResponse:
        v = Validator(dict(request.query_params))
        limit = _limit(v)
        v.check()
        return JSONResponse(activity_timeout_status(server, limit))

    async def timeouts_post(request: Request) -> JSONResponse:
        body = body_of(request)
        v = Validator(body)
        ids = _id_list(v, body, "execution_ids")
        limit = _limit(v)
        v.check()
        result = activity_timeout_pass(server, ids, limit)
        return JSONResponse(result, status_code=207 if result["failed"] else 200)

    async def retention_get(request: Request) -> JSONResponse:
        v = Validator(dict(request.query_params))
        limit = _limit(v)
        v.check()
        return JSONResponse(retention_status(server, request.state.namespace, limit))

    async def retention_post(request: Request) -> JSONResponse:
        body = body_of(request)
        v = Validator(body)
        ids = _id_list(v, body, "run_ids")
        limit = _limit(v)
        v.check()
        result = retention_pass(server, request.state.namespace, ids, limit)
        return JSONResponse(result, status_code=207 if result["failed"] else 200)

    async def metrics(request: Request) -> JSONResponse:
        return JSONResponse(await offload(server, task_metrics, server, request.state.namespace))

    async def operator_metrics_get(request: Request) -> JSONResponse:
        return JSONResponse(
            await offload(server, operator_metrics, server, request.state.namespace)
        )

    return [
        Route("/api/system/metrics", metrics, methods=["GET"]),
        Route("/api/system/operator-metrics", operator_metrics_get, methods=["GET"]),
        Route("/api/system/repair", repair_get, methods=["GET"]),
        Route("/api/system/repair/pass", repair_post, methods=["POST"]),
        Route("/api/system/activity-timeouts", timeouts_get, methods=["GET"]),
        Route("/api/system/activity-timeouts/pass", timeouts_post, methods=["POST"]),
        Route("/api/system/retention", retention_get, methods=["GET"]),
        Route("/api/system/retention/pass", retention_post, methods=["POST"]),
    ]
