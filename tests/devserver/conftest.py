"""Fixtures for the development-server engine tests: an in-process server and a raw HTTP client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server

CP = {"X-Durable-Workflow-Control-Plane-Version": "2"}
WP = {"X-Durable-Workflow-Protocol-Version": "1.20"}


def avro(value: Any) -> dict[str, str]:
    """An Avro payload envelope of ``value``."""
    from durable_workflow.codec.avro import encode_blob

    return {"codec": "avro", "blob": encode_blob(value)}


class Api:
    """Raw protocol calls against a running development server."""

    def __init__(self, dev: RunningServer) -> None:
        self.dev = dev
        self.http = httpx.Client(base_url=dev.base_url, timeout=30)

    def close(self) -> None:
        self.http.close()

    # control plane
    def cp(self, method: str, path: str, body: Any = None, **kw: Any) -> httpx.Response:
        headers = {**CP, **kw.pop("headers", {})}
        return self.http.request(method, path, json=body, headers=headers, **kw)

    def start(
        self, workflow_id: str, workflow_type: str = "greet", queue: str = "q", **extra: Any
    ) -> dict[str, Any]:
        body = {
            "workflow_id": workflow_id,
            "workflow_type": workflow_type,
            "task_queue": queue,
            "input": avro(["world"]),
            **extra,
        }
        r = self.cp("POST", "/api/workflows", body)
        assert r.status_code == 201, r.text
        return dict(r.json())

    def describe(self, workflow_id: str) -> dict[str, Any]:
        r = self.cp("GET", f"/api/workflows/{workflow_id}")
        assert r.status_code == 200, r.text
        return dict(r.json())

    def history(self, workflow_id: str, run_id: str | None = None) -> list[dict[str, Any]]:
        run_id = run_id or self.describe(workflow_id)["run_id"]
        r = self.cp(
            "GET", f"/api/workflows/{workflow_id}/runs/{run_id}/history", params={"page_size": 1000}
        )
        assert r.status_code == 200, r.text
        return list(r.json()["events"])

    def event_types(self, workflow_id: str, run_id: str | None = None) -> list[str]:
        return [e["event_type"] for e in self.history(workflow_id, run_id)]

    # worker plane
    def wp(self, path: str, body: Any) -> httpx.Response:
        return self.http.post(path, json=body, headers=WP)

    def register(self, worker_id: str = "w1", queue: str = "q", **extra: Any) -> None:
        r = self.wp(
            "/api/worker/register",
            {"worker_id": worker_id, "task_queue": queue, "runtime": "python", **extra},
        )
        assert r.status_code == 201, r.text

    def poll_wf(
        self, worker_id: str = "w1", queue: str = "q", **extra: Any
    ) -> dict[str, Any] | None:
        r = self.wp(
            "/api/worker/workflow-tasks/poll",
            {"worker_id": worker_id, "task_queue": queue, **extra},
        )
        assert r.status_code == 200, r.text
        task = r.json()["task"]
        return dict(task) if task is not None else None

    def poll_act(self, worker_id: str = "w1", queue: str = "q") -> dict[str, Any] | None:
        r = self.wp(
            "/api/worker/activity-tasks/poll", {"worker_id": worker_id, "task_queue": queue}
        )
        assert r.status_code == 200, r.text
        task = r.json()["task"]
        return dict(task) if task is not None else None

    def complete_wf(
        self, task: dict[str, Any], commands: list[dict[str, Any]], owner: str = "w1"
    ) -> httpx.Response:
        return self.wp(
            f"/api/worker/workflow-tasks/{task['task_id']}/complete",
            {
                "lease_owner": owner,
                "workflow_task_attempt": task["workflow_task_attempt"],
                "commands": commands,
            },
        )

    def complete_act(self, task: dict[str, Any], result: Any, owner: str = "w1") -> httpx.Response:
        return self.wp(
            f"/api/worker/activity-tasks/{task['task_id']}/complete",
            {
                "activity_attempt_id": task["activity_attempt_id"],
                "lease_owner": owner,
                "result": avro(result),
            },
        )

    def fail_act(
        self, task: dict[str, Any], failure: dict[str, Any], owner: str = "w1"
    ) -> httpx.Response:
        return self.wp(
            f"/api/worker/activity-tasks/{task['task_id']}/fail",
            {
                "activity_attempt_id": task["activity_attempt_id"],
                "lease_owner": owner,
                "failure": failure,
            },
        )


@pytest.fixture
def dev() -> Iterator[RunningServer]:
    with run_dev_server(
        ServerConfig(poll_timeout=1.0, query_timeout=1.0, update_wait_timeout=2.0)
    ) as running:
        yield running


@pytest.fixture
def api(dev: RunningServer) -> Iterator[Api]:
    client = Api(dev)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture(scope="module")
def shared_api() -> Iterator[Api]:
    """One server for a whole module of stateless probes (faster than a server per test)."""
    with run_dev_server(ServerConfig(poll_timeout=0.0, query_timeout=0.5)) as running:
        client = Api(running)
        try:
            yield client
        finally:
            client.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Long runs marked ``soak`` run only when selected (``-m soak``, ``make soak``)."""
    if "soak" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="soak run: select it with -m soak (make soak)")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)
