"""The diagnostic view of a workflow run (``GET .../debug``): its unfinished workflow tasks,
open activities, task queue and a diagnostic status."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ApiError
from ..store.activities import open_activities_of_run
from ..store.tasks import recent_unfinished_tasks_of_run
from .history import now_iso
from .task_queues import queue_summary

if TYPE_CHECKING:
    from ..server import DevServer


def debug_workflow(
    server: DevServer, namespace: str, workflow_id: str, run_id: str | None
) -> dict[str, Any]:
    """The debug document of a run (the current run of the workflow when ``run_id`` is None)."""
    detail = _run_detail(server, namespace, workflow_id, run_id)
    pending = recent_unfinished_tasks_of_run(server.db, detail["run_id"])
    acts_rows = open_activities_of_run(server.db, detail["run_id"])
    failed = [dict(r) for r in pending if r["status"] == "failed"]
    return {
        "generated_at": now_iso(server),
        "workflow_id": workflow_id,
        "run_id": detail["run_id"],
        "namespace": detail["namespace"],
        "diagnostic_status": _diagnostic_status(detail, failed, bool(pending or acts_rows)),
        "execution": detail,
        "pending_workflow_tasks": [dict(r) for r in pending],
        "pending_activities": [dict(r) for r in acts_rows],
        "task_queue": queue_summary(server, detail["namespace"], detail["task_queue"], detail=True),
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


def _run_detail(
    server: DevServer, namespace: str, workflow_id: str, run_id: str | None
) -> dict[str, Any]:
    svc = server.workflows
    if run_id is not None:
        return svc.describe_run(namespace, workflow_id, run_id)
    found = svc.describe_workflow(namespace, workflow_id)
    if found is None:
        raise ApiError(404, "instance_not_found", "Workflow not found.", workflow_id=workflow_id)
    return found


def _diagnostic_status(
    detail: dict[str, Any], failed: list[dict[str, Any]], has_pending_work: bool
) -> str:
    if detail["is_terminal"]:
        return "terminal"
    if failed:
        return "needs_attention"
    return "pending_work" if has_pending_work else "waiting"
