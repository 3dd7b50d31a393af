"""HTTP routes of the operator endpoints: repair, activity timeouts, retention, metrics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from ..engine.activity_timeouts import enforce_timeout, expired_executions
from ..engine.history import now_iso, parse_iso
from ..engine.system import (
    REPAIR_POLICY,
    _repair_candidates,
    _retention_cutoff,
    expired_runs,
    repair_pass,
    repair_status,
    retention_pass,
)
from ..errors import Validator
from .json_io import JSONResponse
from .offload import read_handler

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
        return JSONResponse(repair_status(server, request.state.namespace))

    async def repair_post(request: Request) -> JSONResponse:
        body = body_of(request)
        v = Validator(body)
        run_ids = _id_list(v, body, "run_ids")
        instance = v.string("instance_id", max=128)
        v.check()
        result = repair_pass(server, request.state.namespace, run_ids, instance)
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
        ids = [e for e, _ in expired_executions(server, limit + 1)]
        return JSONResponse(
            {
                "expired_count": min(len(ids), limit),
                "expired_execution_ids": ids[:limit],
                "scan_limit": limit,
                "scan_pressure": len(ids) > limit,
            }
        )

    async def timeouts_post(request: Request) -> JSONResponse:
        body = body_of(request)
        v = Validator(body)
        ids = _id_list(v, body, "execution_ids")
        limit = _limit(v)
        v.check()
        targets = ids if ids is not None else [e for e, _ in expired_executions(server, limit)]
        results = []
        for execution_id in targets:
            try:
                results.append(enforce_timeout(server, execution_id))
            except Exception as exc:  # pragma: no cover
                results.append(
                    {"execution_id": execution_id, "outcome": "error", "reason": str(exc)}
                )
        failed = sum(1 for r in results if r["outcome"] == "error")
        return JSONResponse(
            {
                "processed": len(results),
                "enforced": sum(1 for r in results if r["outcome"] == "enforced"),
                "skipped": sum(1 for r in results if r["outcome"] == "skipped"),
                "failed": failed,
                "results": results,
            },
            status_code=207 if failed else 200,
        )

    async def retention_get(request: Request) -> JSONResponse:
        v = Validator(dict(request.query_params))
        limit = _limit(v)
        v.check()
        ns = request.state.namespace
        days, cutoff = _retention_cutoff(server, ns)
        ids = expired_runs(server, ns, limit + 1)
        return JSONResponse(
            {
                "namespace": ns,
                "retention_days": days,
                "cutoff": parse_iso(cutoff).replace(microsecond=0).isoformat(),
                "expired_run_count": min(len(ids), limit),
                "expired_run_ids": ids[:limit],
                "scan_limit": limit,
                "scan_pressure": len(ids) > limit,
            }
        )

    async def retention_post(request: Request) -> JSONResponse:
        body = body_of(request)
        v = Validator(body)
        ids = _id_list(v, body, "run_ids")
        limit = _limit(v)
        v.check()
        result = retention_pass(server, request.state.namespace, ids, limit)
        return JSONResponse(result, status_code=207 if result["failed"] else 200)

    async def metrics(request: Request) -> JSONResponse:
        ns = request.state.namespace
        failed = server.db.query(
            "SELECT workflow_type, COUNT(*) AS n FROM workflow_tasks WHERE namespace = ? AND"
            " status = 'failed'"
            " GROUP BY workflow_type",
            (ns,),
        )
        return JSONResponse(
            {
                "generated_at": now_iso(server),
                "namespace": ns,
                "metrics": {
                    "dw_workflow_task_consecutive_failures": {
                        "max_consecutive_failures": max((r["n"] for r in failed), default=0),
                        "failed_task_count": sum(r["n"] for r in failed),
                        "workflow_type_count": len(failed),
                        "workflow_type_limit": 50,
                        "workflow_types_truncated": False,
                        "suppressed_workflow_type_count": 0,
                        "suppressed_failed_task_count": 0,
                    },
                    "dw_projection_drift_total": {
                        "total": 0,
                        "table_count": 0,
                        "tables_with_drift": 0,
                        "scope": "namespace",
                    },
                },
                "cardinality": {"metric_label_sets": {}},
            }
        )

    @read_handler(server)
    def operator_metrics(request: Request) -> JSONResponse:
        ns = request.state.namespace
        now = now_iso(server)

        def count(sql: str, *args: Any) -> int:
            row = server.db.query_one(sql, args)
            return int(row[0]) if row else 0

        return JSONResponse(
            {
                "namespace": ns,
                "operator_metrics": {
                    "generated_at": now,
                    "runs": {
                        "open": count(
                            "SELECT COUNT(*) FROM workflow_runs WHERE namespace = ? AND status IN"
                            " ('pending','running','waiting')",
                            ns,
                        ),
                        "repair_needed": len(_repair_candidates(server, ns)),
                        "claim_failed": 0,
                        "compatibility_blocked": 0,
                    },
                    "tasks": {
                        "ready": count(
                            "SELECT COUNT(*) FROM workflow_tasks WHERE namespace = ? AND status ="
                            " 'ready'",
                            ns,
                        )
                        + count(
                            "SELECT COUNT(*) FROM activity_tasks WHERE namespace = ? AND status ="
                            " 'ready'",
                            ns,
                        ),
                        "ready_due": count(
                            "SELECT COUNT(*) FROM workflow_tasks WHERE namespace = ? AND status ="
                            " 'ready' AND available_at <= ?",
                            ns,
                            now,
                        ),
                        "delayed": count(
                            "SELECT COUNT(*) FROM activity_tasks WHERE namespace = ? AND status ="
                            " 'ready' AND available_at > ?",
                            ns,
                            now,
                        ),
                        "leased": count(
                            "SELECT COUNT(*) FROM workflow_tasks WHERE namespace = ? AND status ="
                            " 'leased'",
                            ns,
                        )
                        + count(
                            "SELECT COUNT(*) FROM activity_tasks WHERE namespace = ? AND status ="
                            " 'leased'",
                            ns,
                        ),
                        "lease_expired": count(
                            "SELECT COUNT(*) FROM workflow_tasks WHERE namespace = ? AND status ="
                            " 'leased' AND lease_expires_at <= ?",
                            ns,
                            now,
                        ),
                        "dispatch_failed": 0,
                        "claim_failed": 0,
                        "dispatch_overdue": 0,
                        "unhealthy": 0,
                    },
                    "repair": repair_status(server, ns),
                    "repair_policy": dict(REPAIR_POLICY),
                },
            }
        )

    return [
        Route("/api/system/metrics", metrics, methods=["GET"]),
        Route("/api/system/operator-metrics", operator_metrics, methods=["GET"]),
        Route("/api/system/repair", repair_get, methods=["GET"]),
        Route("/api/system/repair/pass", repair_post, methods=["POST"]),
        Route("/api/system/activity-timeouts", timeouts_get, methods=["GET"]),
        Route("/api/system/activity-timeouts/pass", timeouts_post, methods=["POST"]),
        Route("/api/system/retention", retention_get, methods=["GET"]),
        Route("/api/system/retention/pass", retention_post, methods=["POST"]),
    ]
