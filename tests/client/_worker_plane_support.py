"""Shared pieces of the worker-plane client tests: tokens, a sample task, header checks."""

from __future__ import annotations

from typing import Any

import httpx

from durable_workflow.client import AsyncClient, SyncClient, TransportRetryPolicy

from .conftest import Script, fake_blob, make_client

WORKER_TOKEN = "worker-token-abcdef"
CONTROL_TOKEN = "control-token-abcdef"
SHARED_TOKEN = "shared-secret-token"

TASK = {
    "task_id": "wt-1",
    "workflow_id": "order-1",
    "run_id": "run-1",
    "workflow_task_attempt": 1,
    "workflow_type": "orders.fulfil",
    "payload_codec": "avro",
    "arguments": {"codec": "avro", "blob": fake_blob([1, 2])},
    "history_events": [{"id": "e1", "sequence": 1, "event_type": "WorkflowStarted"}],
    "lease_owner": "w1",
    "next_history_page_token": None,
}
FAST_RETRY = TransportRetryPolicy(max_attempts=3, initial_backoff_seconds=0.0, jitter=False)


def worker_client(kind: str, script: Script, **kwargs: Any) -> AsyncClient | SyncClient:
    kwargs.setdefault("token", None)
    kwargs.setdefault("worker_token", WORKER_TOKEN)
    kwargs.setdefault("control_token", CONTROL_TOKEN)
    return make_client(kind, script, **kwargs)


def assert_worker_headers(request: httpx.Request, token: str = WORKER_TOKEN) -> None:
    assert request.headers["Authorization"] == f"Bearer {token}"
    assert request.headers["X-Durable-Workflow-Protocol-Version"] == "1.20"
    assert request.headers["X-Namespace"] == "default"
    assert request.headers["Content-Type"] == "application/json"
    assert "X-Durable-Workflow-Control-Plane-Version" not in request.headers


def request_timeout(request: httpx.Request) -> float:
    timeout = request.extensions["timeout"]
    assert timeout["read"] == timeout["connect"]
    return float(timeout["read"])
