"""Both clients against the embedded development server (real HTTP on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from durable_workflow import errors
from durable_workflow.client import AsyncClient, SyncClient
from durable_workflow.codec import encode_payload
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server

from .conftest import call

pytestmark = pytest.mark.integration

WP = {"X-Durable-Workflow-Protocol-Version": "1.20"}


@pytest.fixture(scope="module")
def dev() -> Iterator[RunningServer]:
    with run_dev_server(ServerConfig(poll_timeout=1.0)) as running:
        yield running


def _client(kind: str, dev: RunningServer, **kwargs: Any) -> AsyncClient | SyncClient:
    if kind == "async":
        return AsyncClient(dev.base_url, **kwargs)
    return SyncClient(dev.base_url, **kwargs)


def _complete_next_workflow_task(dev: RunningServer, queue: str, result: Any) -> None:
    """Act as a worker: take the next workflow task on ``queue`` and complete the workflow."""
    with httpx.Client(base_url=dev.base_url, headers=WP, timeout=10) as http:
        reply = http.post(
            "/api/worker/register",
            json={"worker_id": "it-worker", "task_queue": queue, "runtime": "python"},
        )
        assert reply.status_code in (200, 201), reply.text
        task = http.post(
            "/api/worker/workflow-tasks/poll", json={"worker_id": "it-worker", "task_queue": queue}
        ).json()["task"]
        assert task is not None
        done = http.post(
            f"/api/worker/workflow-tasks/{task['task_id']}/complete",
            json={
                "lease_owner": "it-worker",
                "workflow_task_attempt": task["workflow_task_attempt"],
                "commands": [{"type": "complete_workflow", "result": encode_payload(result)}],
            },
        )
        assert done.status_code == 200, done.text


async def test_cluster_info_and_namespaces(kind: str, dev: RunningServer) -> None:
    client = _client(kind, dev)
    info = await call(client.get_cluster_info())
    assert info["control_plane"]["version"] == "2"
    name = f"ns-{kind}"
    created = await call(client.create_namespace(name, description="first", retention_days=5))
    assert (created.name, created.retention_days, created.status) == (name, 5, "active")
    with pytest.raises(errors.NamespaceAlreadyExists):
        await call(client.create_namespace(name))
    updated = await call(client.update_namespace(name, description="second"))
    assert updated.description == "second" and updated.retention_days == 5
    described = await call(client.describe_namespace(name))
    assert described.description == "second"
    listed = await call(client.list_namespaces())
    assert name in [n.name for n in listed.namespaces]
    with pytest.raises(errors.NamespaceNotFound):
        await call(client.describe_namespace("missing-namespace"))
    await call(client.aclose() if kind == "async" else client.close())


async def test_start_describe_and_result(kind: str, dev: RunningServer) -> None:
    client = _client(kind, dev)
    queue = f"it-{kind}"
    handle = await call(
        client.start_workflow(
            workflow_type="greet",
            task_queue=queue,
            workflow_id=f"it-wf-{kind}",
            input=["world", {"n": 1}],
        )
    )
    assert handle.run_id
    described = await call(handle.describe())
    assert described.status in ("pending", "running", "waiting")
    assert described.input == ["world", {"n": 1}]
    with pytest.raises(errors.WorkflowAlreadyStarted):
        await call(
            client.start_workflow(
                workflow_type="greet", task_queue=queue, workflow_id=f"it-wf-{kind}"
            )
        )
    same = await call(
        client.start_workflow(
            workflow_type="greet",
            task_queue=queue,
            workflow_id=f"it-wf-{kind}",
            duplicate_policy="use_existing",
        )
    )
    assert same.run_id == handle.run_id
    with pytest.raises(TimeoutError):
        await call(handle.result(poll_interval=0.05, timeout=0.2))

    _complete_next_workflow_task(dev, queue, {"greeting": "hello world"})
    assert await call(handle.result(poll_interval=0.05, timeout=10)) == {"greeting": "hello world"}
    with pytest.raises(errors.WorkflowNotFound):
        await call(client.describe_workflow("no-such-workflow"))
    await call(client.aclose() if kind == "async" else client.close())
