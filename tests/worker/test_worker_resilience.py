"""The worker under adverse answers: stale completions, back-pressure, liveness cadence."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any

import pytest

from durable_workflow import AsyncClient, InMemoryMetrics
from durable_workflow.devserver.clock import SystemClock
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server
from durable_workflow.errors import RateLimited
from durable_workflow.testing import WorkflowEnvironment
from durable_workflow.worker import Worker
from durable_workflow.worker._poller import Poller

from . import _workflows as w

QUEUE = "resilience"


async def test_a_completion_refused_as_stale_is_dropped_and_the_run_still_completes(
    workflow_env: WorkflowEnvironment, monkeypatch: pytest.MonkeyPatch
):
    env = workflow_env
    real = env.client.complete_workflow_task
    refused: list[str] = []

    async def late_completion(**kwargs: Any) -> dict[str, Any]:
        if not refused:
            refused.append(kwargs["task_id"])
            await env.skip(timedelta(minutes=6))  # the lease runs out before the answer lands
        return await real(**kwargs)

    monkeypatch.setattr(env.client, "complete_workflow_task", late_completion)
    async with env.worker(
        task_queue=QUEUE, workflows=[w.TypedWorkflow], activities=[w.reserve]
    ) as worker:
        handle = await env.client.start_workflow(
            workflow_type="typed", task_queue=QUEUE, workflow_id="stale", input=[w.Order(8, ["s"])]
        )
        assert await handle.result(poll_interval=0.05, timeout=30) == {
            "order": 8,
            "reserved": ["s"],
        }
        assert worker.workflows is not None
        assert worker.workflows.outcomes.get("abandoned") == 1
    assert len(refused) == 1


class _BusyServer:
    """Answers the first poll with 429 and ``retry_after``, then one task, then nothing."""

    def __init__(self, retry_after: float) -> None:
        self.calls: list[float] = []
        self.retry_after = retry_after

    async def poll(self) -> dict[str, Any] | None:
        self.calls.append(time.monotonic())
        if len(self.calls) == 1:
            busy = RateLimited("busy", status=429, reason="long_poll_capacity_exhausted")
            busy.retry_after = self.retry_after
            raise busy
        if len(self.calls) == 2:
            return {"task_id": "t"}
        await asyncio.sleep(0.05)
        return None


async def test_polls_honour_the_servers_retry_after():
    server = _BusyServer(retry_after=0.3)
    handled: list[dict[str, Any]] = []
    stopping = asyncio.Event()

    class Registration:
        registrations = 1

    async def handle(task: dict[str, Any]) -> None:
        handled.append(task)

    poller = Poller(
        "workflow",
        server.poll,
        handle,
        slots=1,
        registration=Registration(),  # type: ignore[arg-type]
        stopping=stopping,
    )
    poller.start()
    for _ in range(100):
        if handled:
            break
        await asyncio.sleep(0.02)
    stopping.set()
    await asyncio.gather(*poller.loops)
    assert handled == [{"task_id": "t"}]
    assert server.calls[1] - server.calls[0] >= 0.3


async def test_heartbeats_follow_the_servers_interval():
    metrics = InMemoryMetrics()
    config = ServerConfig(poll_timeout=0.5, worker_heartbeat_interval_seconds=1)
    with run_dev_server(config, clock=SystemClock()) as server:
        async with (
            AsyncClient(server.base_url, metrics=metrics) as client,
            Worker(client, task_queue=QUEUE, activities=[w.record]) as worker,
        ):
            assert worker.registration is not None
            assert worker.registration.heartbeat_interval == 1
            await asyncio.sleep(2.5)
    assert metrics.requests[("heartbeat_worker", "worker", "200")] >= 2
