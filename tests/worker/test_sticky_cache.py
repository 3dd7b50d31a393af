"""The sticky cache: hits replay only new events, evictions and cache misses replay from the
start with identical results, queries are answered from the cached instance."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from durable_workflow.testing import WorkflowEnvironment
from durable_workflow.worker import _runtime

from . import _workflows as w

QUEUE = "cache"


@pytest.fixture
def instances(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run ids of every workflow instance the worker builds (each is a replay from scratch)."""
    built: list[str] = []
    original = _runtime.new_instance

    def counting(definition: Any, task: Any, **kwargs: Any) -> Any:
        built.append(str(task.get("run_id")))
        return original(definition, task, **kwargs)

    monkeypatch.setattr(_runtime, "new_instance", counting)
    return built


async def _run_fan_outs(env: WorkflowEnvironment, cached: int, count: int) -> list[Any]:
    async with env.worker(
        task_queue=QUEUE,
        workflows=[w.FanOutWorkflow, w.TypedWorkflow],
        activities=[w.record, w.reserve],
        max_cached_workflows=cached,
    ) as worker:
        handles = [
            await env.client.start_workflow(
                workflow_type="fan-out",
                task_queue=QUEUE,
                workflow_id=f"fan-{cached}-{n}",
                input=[[f"{n}-a", f"{n}-b"]],
            )
            for n in range(count)
        ]
        results = [await h.result(poll_interval=0.05, timeout=30) for h in handles]
        assert worker.workflows is not None
        assert len(worker.workflows.cache) <= cached
    return results


async def test_cache_misses_replay_to_the_same_results(
    workflow_env: WorkflowEnvironment, instances: list[str]
):
    cached = await _run_fan_outs(workflow_env, cached=100, count=4)
    built_cached = len(instances)
    instances.clear()
    uncached = await _run_fan_outs(workflow_env, cached=0, count=4)
    tiny = await _run_fan_outs(workflow_env, cached=1, count=4)
    assert cached == uncached == tiny == [[f"{n}-a", f"{n}-b"] for n in range(4)]
    assert built_cached == 4  # one instance per run, every later task was a cache hit
    assert len(instances) > 8  # without a cache every task rebuilt its instance


async def test_queries_are_answered_from_the_cached_instance(
    workflow_env: WorkflowEnvironment, instances: list[str]
):
    env = workflow_env
    async with env.worker(task_queue=QUEUE, workflows=[w.ApprovalWorkflow]) as worker:
        with env.time_skipping_paused():
            handle = await env.client.start_workflow(
                workflow_type="approval", task_queue=QUEUE, workflow_id="q", input=[60]
            )
            for _ in range(200):
                if worker.workflows is not None and handle.run_id in worker.workflows.cache:
                    break
                await asyncio.sleep(0.02)
            before = len(instances)
            assert await handle.query("current_status") == "waiting"
            assert len(instances) == before
            worker.workflows.cache.clear()
            assert await handle.query("current_status") == "waiting"
            assert len(instances) == before + 1  # rebuilt from the query task's history
            await handle.signal("approve", ["kim"])
            outcome = await handle.result(poll_interval=0.05, timeout=30)
    assert outcome["by"] == "kim"


@pytest.mark.parametrize("cached", [0, 100])
async def test_long_histories_are_read_page_by_page(workflow_env: WorkflowEnvironment, cached: int):
    from durable_workflow import AsyncClient, InMemoryMetrics, Worker

    metrics = InMemoryMetrics()
    async with (
        AsyncClient(workflow_env.base_url, metrics=metrics) as client,
        Worker(
            client,
            task_queue=QUEUE,
            workflows=[w.ManyStepsWorkflow],
            activities=[w.record],
            history_page_size=5,
            max_cached_workflows=cached,
        ),
    ):
        handle = await workflow_env.client.start_workflow(
            workflow_type="many-steps", task_queue=QUEUE, workflow_id=f"pages-{cached}", input=[8]
        )
        assert await handle.result(poll_interval=0.05, timeout=30) == [f"s{n}" for n in range(8)]
    # every task after the first two saw more than one page of history
    assert metrics.requests[("workflow_task_history", "worker", "200")] >= 5


async def test_long_history_pages_arrive_compressed(
    workflow_env: WorkflowEnvironment, monkeypatch: pytest.MonkeyPatch
):
    from durable_workflow.worker import _history

    compressed: list[str] = []
    real = _history.page_events

    def counting(page: Any) -> list[dict[str, Any]]:
        if page.get("history_events_compressed"):
            compressed.append(str(page.get("history_events_encoding")))
        return real(page)

    monkeypatch.setattr(_history, "page_events", counting)
    async with workflow_env.worker(
        task_queue=QUEUE,
        workflows=[w.ManyStepsWorkflow],
        activities=[w.record],
        max_cached_workflows=0,
    ):
        handle = await workflow_env.client.start_workflow(
            workflow_type="many-steps", task_queue=QUEUE, workflow_id="gz", input=[20]
        )
        assert await handle.result(poll_interval=0.05, timeout=60) == [f"s{n}" for n in range(20)]
    assert compressed and set(compressed) == {"gzip"}
