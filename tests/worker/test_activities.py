"""The worker's activity side on the embedded server, with the workflow played by hand."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from typing import Any

import pytest

from durable_workflow import activity
from durable_workflow.codec import decode_payload
from durable_workflow.testing import WorkflowEnvironment, mock_activity

from ._driver import complete, next_workflow_task, register_driver, schedule

QUEUE = "acts"


@dataclass
class Order:
    order_id: int
    items: list[str]


@activity.defn(name="inventory.reserve")
async def reserve(order: Order) -> dict[str, Any]:
    info = activity.info()
    return {"order": order.order_id, "count": len(order.items), "attempt": info.attempt}


async def _run_one(env: WorkflowEnvironment, command: dict[str, Any]) -> dict[str, Any]:
    """Start a manual workflow, schedule one activity, return the event that closed it."""
    await register_driver(env.client, QUEUE)
    await env.client.start_workflow(workflow_type="manual", task_queue=QUEUE, workflow_id="wf-1")
    first = await next_workflow_task(env.client, QUEUE)
    await complete(env.client, first, command)
    second = await next_workflow_task(env.client, QUEUE)
    closed = [
        e
        for e in second["history_events"]
        if e["event_type"] in ("ActivityCompleted", "ActivityFailed", "ActivityCancelled")
    ]
    assert closed, [e["event_type"] for e in second["history_events"]]
    return closed[-1]


async def test_async_activity_gets_typed_arguments_and_info(workflow_env: WorkflowEnvironment):
    async with workflow_env.worker(task_queue=QUEUE, activities=[reserve]):
        event = await _run_one(workflow_env, schedule("inventory.reserve", Order(7, ["a", "b"])))
    assert event["event_type"] == "ActivityCompleted"
    assert decode_payload(event["payload"]["result"]) == {"order": 7, "count": 2, "attempt": 1}


async def test_sync_activity_runs_in_the_executor(workflow_env: WorkflowEnvironment):
    threads: list[str] = []

    @activity.defn(name="sync.double")
    def double(value: int) -> int:
        threads.append(threading.current_thread().name)
        assert activity.info().activity_type == "sync.double"
        return value * 2

    async with workflow_env.worker(task_queue=QUEUE, activities=[double]):
        event = await _run_one(workflow_env, schedule("sync.double", 21))
    assert decode_payload(event["payload"]["result"]) == 42
    assert threads and threads[0].startswith("dw-activity")


async def test_failure_is_retried_by_the_server_then_succeeds(workflow_env: WorkflowEnvironment):
    attempts: list[int] = []

    @activity.defn(name="flaky")
    async def flaky() -> str:
        attempts.append(activity.info().attempt)
        if len(attempts) < 3:
            raise RuntimeError(f"boom {len(attempts)}")
        return "ok"

    command = schedule(
        "flaky",
        retry_policy={"max_attempts": 5, "backoff_seconds": [1, 1, 1, 1]},
        start_to_close_timeout=30,
    )
    async with workflow_env.worker(task_queue=QUEUE, activities=[flaky]):
        event = await _run_one(workflow_env, command)
    assert event["event_type"] == "ActivityCompleted"
    assert attempts == [1, 2, 3]


async def test_non_retryable_failure_reports_its_type(workflow_env: WorkflowEnvironment):
    class PaymentDeclined(Exception):
        type = "PaymentDeclined"
        non_retryable = True
        details = ("card",)

    @activity.defn(name="charge")
    def charge() -> None:
        raise PaymentDeclined("declined")

    command = schedule("charge", retry_policy={"max_attempts": 5, "backoff_seconds": [1]})
    async with workflow_env.worker(task_queue=QUEUE, activities=[charge]):
        event = await _run_one(workflow_env, command)
    assert event["event_type"] == "ActivityFailed"
    text = repr(event["payload"])
    assert "PaymentDeclined" in text and "declined" in text


async def test_heartbeat_cancel_request_raises_activity_cancelled(
    workflow_env: WorkflowEnvironment,
):
    started = asyncio.Event()
    seen: list[str] = []

    @activity.defn(name="long")
    async def long_running() -> str:
        started.set()
        try:
            while True:
                activity.heartbeat("tick")
                await asyncio.sleep(0.05)
        except activity.ActivityCancelled:
            seen.append("cancelled")
            raise

    env = workflow_env
    async with env.worker(task_queue=QUEUE, activities=[long_running]):
        await register_driver(env.client, QUEUE)
        handle = await env.client.start_workflow(
            workflow_type="manual", task_queue=QUEUE, workflow_id="wf-cancel"
        )
        first = await next_workflow_task(env.client, QUEUE)
        await complete(env.client, first, schedule("long", heartbeat_timeout=30))
        await asyncio.wait_for(started.wait(), 10)
        await handle.cancel()
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.05)
    assert seen == ["cancelled"]


async def test_mock_activity_replaces_the_real_one_by_name(workflow_env: WorkflowEnvironment):
    calls: list[Order] = []

    def fake(order: Order) -> dict[str, Any]:
        calls.append(order)
        return {"order": order.order_id, "count": 0, "attempt": 0}

    mocked = mock_activity(reserve, fake)
    assert activity.get_definition(mocked).name == "inventory.reserve"
    async with workflow_env.worker(task_queue=QUEUE, activities=[mocked]):
        event = await _run_one(workflow_env, schedule("inventory.reserve", Order(3, ["x"])))
    assert decode_payload(event["payload"]["result"])["count"] == 0
    assert calls == [Order(3, ["x"])]


def test_outside_an_activity_the_context_functions_raise():
    with pytest.raises(activity.NotInActivityContext):
        activity.info()
    with pytest.raises(activity.NotInActivityContext):
        activity.heartbeat()


async def test_a_sync_activity_sees_is_cancelled_and_its_next_heartbeat_raises(
    workflow_env: WorkflowEnvironment,
):
    started = threading.Event()
    seen: list[str] = []

    @activity.defn(name="sync.long")
    def sync_long() -> str:
        started.set()
        for _ in range(400):
            if activity.is_cancelled():
                seen.append("is_cancelled")
                try:
                    activity.heartbeat("last")
                except activity.ActivityCancelled:
                    seen.append("heartbeat raised")
                    raise
            activity.heartbeat("tick")
            threading.Event().wait(0.05)
        return "never cancelled"

    env = workflow_env
    async with env.worker(task_queue=QUEUE, activities=[sync_long]):
        await register_driver(env.client, QUEUE)
        handle = await env.client.start_workflow(
            workflow_type="manual", task_queue=QUEUE, workflow_id="wf-sync-cancel"
        )
        first = await next_workflow_task(env.client, QUEUE)
        await complete(env.client, first, schedule("sync.long", heartbeat_timeout=30))
        assert await asyncio.to_thread(started.wait, 10)
        await handle.cancel()
        for _ in range(200):
            if len(seen) == 2:
                break
            await asyncio.sleep(0.05)
    assert seen == ["is_cancelled", "heartbeat raised"]
