"""Worker lifecycle on the embedded server: registration, re-registration, server restarts,
shutdown hand-back, options."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import pytest

from durable_workflow import SyncClient, activity
from durable_workflow.client import InMemoryMetrics
from durable_workflow.codec import decode_payload
from durable_workflow.testing import WorkflowEnvironment
from durable_workflow.worker import (
    RunSyncInEventLoop,
    Worker,
    WorkerConfigurationError,
)

from ._driver import complete, next_workflow_task, register_driver, schedule
from .conftest import BOTH_GENERATIONS

QUEUE = "life"


@activity.defn(name="echo")
async def echo(value: str) -> str:
    return value


async def _closed_event(env: WorkflowEnvironment) -> dict[str, Any]:
    task = await next_workflow_task(env.client, QUEUE)
    done = [
        e
        for e in task["history_events"]
        if e["event_type"] in ("ActivityCompleted", "ActivityFailed")
    ]
    assert done, [e["event_type"] for e in task["history_events"]]
    return done[-1]


async def test_registration_lists_types_and_build_id(workflow_env: WorkflowEnvironment):
    async with workflow_env.worker(
        task_queue=QUEUE, activities=[echo], build_id="b-1", worker_id="w-reg"
    ) as worker:
        described = await workflow_env.client.describe_worker("w-reg")
        assert worker.worker_id == "w-reg"
    assert described.task_queue == QUEUE
    assert "echo" in described.raw.get("supported_activity_types", [])
    assert described.raw.get("build_id") == "b-1"


async def test_forgotten_worker_registers_again(workflow_env: WorkflowEnvironment):
    env = workflow_env
    async with env.worker(task_queue=QUEUE, activities=[echo], worker_id="w-forget") as worker:
        assert worker.registration is not None
        before = worker.registration.registrations
        await env.client.deregister_worker("w-forget")
        for _ in range(100):
            if worker.registration.registrations > before:
                break
            await asyncio.sleep(0.05)
        assert worker.registration.registrations > before
        await register_driver(env.client, QUEUE)
        await env.client.start_workflow(workflow_type="manual", task_queue=QUEUE, workflow_id="f")
        await complete(
            env.client, await next_workflow_task(env.client, QUEUE), schedule("echo", "hi")
        )
        event = await _closed_event(env)
    assert decode_payload(event["payload"]["result"]) == "hi"


async def test_activity_result_survives_a_server_restart():
    release = threading.Event()
    started = threading.Event()

    @activity.defn(name="slow")
    def slow() -> str:
        started.set()
        release.wait(20)
        return "kept"

    async with (
        WorkflowEnvironment.start_local(persistent=True) as env,
        env.worker(task_queue=QUEUE, activities=[slow]),
    ):
        await register_driver(env.client, QUEUE)
        await env.client.start_workflow(
            workflow_type="manual", task_queue=QUEUE, workflow_id="restart"
        )
        first = await next_workflow_task(env.client, QUEUE)
        await complete(env.client, first, schedule("slow"))
        assert await asyncio.to_thread(started.wait, 10)
        restart = asyncio.create_task(env.restart_server(down_for=1.0))
        await asyncio.sleep(0.3)
        release.set()  # completes while the server is down: the worker must retry
        await restart
        event = await _closed_event(env)
    assert event["event_type"] == "ActivityCompleted"
    assert decode_payload(event["payload"]["result"]) == "kept"


async def test_shutdown_hands_back_an_unfinished_activity(workflow_env: WorkflowEnvironment):
    env = workflow_env
    attempts: list[int] = []

    @activity.defn(name="stubborn")
    async def stubborn() -> str:
        attempts.append(activity.info().attempt)
        if len(attempts) == 1:
            await asyncio.sleep(30)
        return "second try"

    await register_driver(env.client, QUEUE)
    await env.client.start_workflow(workflow_type="manual", task_queue=QUEUE, workflow_id="hb")
    first = await next_workflow_task(env.client, QUEUE)
    await complete(
        env.client,
        first,
        schedule("stubborn", retry_policy={"max_attempts": 3, "backoff_seconds": [1]}),
    )
    worker = env.worker(task_queue=QUEUE, activities=[stubborn], graceful_shutdown_timeout=0.2)
    async with worker:
        for _ in range(100):
            if attempts:
                break
            await asyncio.sleep(0.05)
    assert attempts == [1]
    async with env.worker(task_queue=QUEUE, activities=[stubborn]):
        event = await _closed_event(env)
    assert decode_payload(event["payload"]["result"]) == "second try"
    assert attempts == [1, 2]


async def test_run_until_shutdown_and_task_metrics(workflow_env: WorkflowEnvironment):
    metrics = InMemoryMetrics()
    from durable_workflow import AsyncClient

    async with AsyncClient(workflow_env.base_url, metrics=metrics) as client:
        worker = Worker(client, task_queue=QUEUE, activities=[echo])
        running = asyncio.create_task(worker.run())
        await register_driver(workflow_env.client, QUEUE)
        await workflow_env.client.start_workflow(
            workflow_type="manual", task_queue=QUEUE, workflow_id="m"
        )
        first = await next_workflow_task(workflow_env.client, QUEUE)
        await complete(workflow_env.client, first, schedule("echo", "x"))
        await _closed_event(workflow_env)
        await worker.shutdown()
        await running
    assert metrics.tasks[("activity", "completed")] == 1
    assert len(metrics.task_latencies["activity"]) == 1
    assert metrics.requests[("poll_activity_task", "worker", "200")] >= 1


async def test_task_log_lines_name_the_workflow_run_task_and_attempt(
    workflow_env: WorkflowEnvironment, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG, logger="durable_workflow.worker")
    env = workflow_env
    async with env.worker(task_queue=QUEUE, activities=[echo]):
        await register_driver(env.client, QUEUE)
        handle = await env.client.start_workflow(
            workflow_type="manual", task_queue=QUEUE, workflow_id="logged"
        )
        await complete(
            env.client, await next_workflow_task(env.client, QUEUE), schedule("echo", "x")
        )
        await _closed_event(env)
    lines = [r.getMessage() for r in caplog.records if "activity echo" in r.getMessage()]
    assert lines and all(f"[logged/{handle.run_id} activity=" in line for line in lines)
    assert all("attempt=1" in line for line in lines)


async def test_run_sync_inside_a_running_loop_names_the_async_call(
    workflow_env: WorkflowEnvironment,
):
    worker = workflow_env.worker(task_queue=QUEUE, activities=[echo])
    with pytest.raises(RunSyncInEventLoop, match=r"await worker\.run\(\)"):
        worker.run_sync()


def test_bad_options_are_typed_errors():
    sync = SyncClient("http://127.0.0.1:1")
    try:
        with pytest.raises(WorkerConfigurationError, match="AsyncClient"):
            Worker(sync, task_queue="q", activities=[echo])
    finally:
        sync.close()
    from durable_workflow import AsyncClient

    client = AsyncClient("http://127.0.0.1:1")
    with pytest.raises(WorkerConfigurationError, match="task_queue"):
        Worker(client, task_queue="", activities=[echo])
    with pytest.raises(WorkerConfigurationError, match="at least one"):
        Worker(client, task_queue="q")
    with pytest.raises(WorkerConfigurationError, match="max_concurrent_activities"):
        Worker(client, task_queue="q", activities=[echo], max_concurrent_activities=0)
    with pytest.raises(WorkerConfigurationError, match="two activities"):
        Worker(client, task_queue="q", activities=[echo, echo])
    with pytest.raises(WorkerConfigurationError, match="not an activity"):
        Worker(client, task_queue="q", activities=[print])


@BOTH_GENERATIONS
def test_run_sync_runs_on_its_own_loop_until_asked_to_stop(generation: str):
    import asyncio as aio
    import threading as th

    from durable_workflow.devserver.clock import SystemClock
    from durable_workflow.devserver.server import ServerConfig
    from durable_workflow.devserver.testing import run_dev_server

    from . import _workflows as w

    config = ServerConfig(poll_timeout=0.5)
    with run_dev_server(config, clock=SystemClock(), generation=generation) as server:
        from durable_workflow import AsyncClient

        worker = Worker(
            AsyncClient(server.base_url),
            task_queue=QUEUE,
            workflows=[w.TypedWorkflow],
            activities=[w.reserve],
        )
        thread = th.Thread(target=worker.run_sync)
        thread.start()
        with SyncClient(server.base_url) as client:
            handle = client.start_workflow(
                workflow_type="typed",
                task_queue=QUEUE,
                workflow_id="sync-run",
                input=[w.Order(3, ["c"])],
            )
            assert handle.result(poll_interval=0.05, timeout=30) == {"order": 3, "reserved": ["c"]}
            assert client.get_server_generation().name == generation
        worker.request_shutdown()
        thread.join(15)
        assert not thread.is_alive()
        assert not worker.is_running
        assert aio.iscoroutinefunction(worker.run)


@BOTH_GENERATIONS
async def test_env_sync_client_starts_workflows_from_blocking_code(
    workflow_env: WorkflowEnvironment,
):
    from . import _workflows as w

    sync = workflow_env.sync_client()
    async with workflow_env.worker(
        task_queue=QUEUE, workflows=[w.TypedWorkflow], activities=[w.reserve]
    ):

        def blocking() -> object:
            handle = sync.start_workflow(
                workflow_type="typed",
                task_queue=QUEUE,
                workflow_id="env-sync",
                input=[w.Order(4, ["d"])],
            )
            return handle.result(poll_interval=0.05, timeout=30)

        assert await asyncio.to_thread(blocking) == {"order": 4, "reserved": ["d"]}
    chosen = await asyncio.to_thread(sync.get_server_generation)
    assert chosen.name == workflow_env.generation
