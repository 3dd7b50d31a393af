"""The main result types, built from the real-server reference answers, for display tests."""

from __future__ import annotations

import json
from typing import Any

import httpx

from durable_workflow.client import SyncClient
from durable_workflow.client import types as t
from tests.conftest import shared_fixtures


def body(name: str) -> dict[str, Any]:
    path = shared_fixtures("real-server-2026-04", name)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["response"]["body"]
    return data


def history() -> Any:
    """The fixture history read through a real client (so payloads go through the codec)."""
    page = body("150-workflow-run-history-ok.json")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=page))
    with SyncClient("http://dw.test", transport=transport) as client:
        return client.get_history(page["workflow_id"], page["run_id"])


def samples() -> dict[str, Any]:
    """One instance of each main result type, keyed by type name."""
    return {
        "WorkflowExecution": t.WorkflowExecution.from_wire(
            body("147-workflow-describe-completed.json")
        ),
        "WorkflowList": t.WorkflowList.from_wire(body("092-workflow-list-ok.json")),
        "WorkflowRun": t.WorkflowRun.from_wire(body("072-workflow-run-describe-ok.json")),
        "WorkflowRunList": t.WorkflowRunList.from_wire(body("191-workflow-runs-two-runs.json")),
        "RunHistory": history(),
        "ScheduleDescription": t.ScheduleDescription.from_wire(
            body("255-schedule-describe-cron.json")
        ),
        "TaskQueueDescription": t.TaskQueueDescription.from_wire(
            body("223-task-queue-describe-ok.json")
        ),
        "TaskQueueList": t.TaskQueueList.from_wire(body("222-task-queue-list-ok.json")),
        "WorkerDescription": t.WorkerDescription.from_wire(body("240-worker-describe-ok.json")),
        "WorkerList": t.WorkerList.from_wire(body("237-worker-list-ok.json")),
        "NamespaceDescription": t.NamespaceDescription.from_wire(
            body("011-namespace-describe-ok.json")
        ),
        "NamespaceList": t.NamespaceList.from_wire(body("006-namespace-list-ok.json")),
    }
