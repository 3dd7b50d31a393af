"""Activities under real workflow code: the four timeouts, heartbeats and cancellation."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from durable_workflow import activity, workflow
from durable_workflow.errors import WorkflowCancelled
from durable_workflow.testing import WorkflowEnvironment
from durable_workflow.workflow import ActivityError, ActivityRetryPolicy

from .conftest import BOTH_GENERATIONS

pytestmark = BOTH_GENERATIONS
QUEUE = "timeouts"
GATE: dict[str, asyncio.Event] = {}
SEEN: list[str] = []


@activity.defn(name="blocked")
async def blocked(key: str) -> str:
    SEEN.append(f"started-{key}")
    await GATE[key].wait()
    return "finished"


@activity.defn(name="beating")
async def beating(beats: int) -> int:
    for n in range(beats):
        activity.heartbeat(n)
        await asyncio.sleep(0.01)
    return beats


@activity.defn(name="beating-forever")
async def beating_forever() -> None:
    try:
        while True:
            activity.heartbeat("alive")
            await asyncio.sleep(0.05)
    except activity.ActivityCancelled:
        SEEN.append("activity saw the cancellation")
        raise


@workflow.defn(name="timeouts")
class TimeoutWorkflow:
    @workflow.run
    async def run(self, kind: str) -> dict[str, Any]:
        options: dict[str, Any] = {
            "start_to_close": {"start_to_close_timeout": 10},
            "schedule_to_start": {"schedule_to_start_timeout": 10, "task_queue": "nobody"},
            "schedule_to_close": {"schedule_to_close_timeout": 10},
            "heartbeat": {"heartbeat_timeout": 5, "start_to_close_timeout": 60},
        }[kind]
        try:
            await workflow.execute_activity(
                blocked, kind, retry_policy=ActivityRetryPolicy(max_attempts=1), **options
            )
        except ActivityError as err:
            return {"kind": err.kind, "message": err.message}
        return {"kind": "completed"}


@workflow.defn(name="heartbeats")
class HeartbeatWorkflow:
    @workflow.run
    async def run(self) -> int:
        result: int = await workflow.execute_activity(
            beating, 5, heartbeat_timeout=timedelta(seconds=30), start_to_close_timeout=60
        )
        return result


@workflow.defn(name="cancel-activity")
class CancelActivityWorkflow:
    @workflow.run
    async def run(self) -> None:
        await workflow.execute_activity(
            beating_forever, heartbeat_timeout=30, start_to_close_timeout=600
        )


@pytest.fixture
async def env(workflow_env: WorkflowEnvironment):
    async with workflow_env.worker(
        task_queue=QUEUE,
        workflows=[TimeoutWorkflow, HeartbeatWorkflow, CancelActivityWorkflow],
        activities=[blocked, beating, beating_forever],
    ):
        yield workflow_env


def _recorded(env: WorkflowEnvironment, event_type: str) -> bool:
    rows = env.server.db.query(
        "SELECT 1 FROM history_events WHERE event_type = ? LIMIT 1", (event_type,)
    )
    return bool(rows)


async def _wait_for(predicate: Any, seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


@pytest.mark.parametrize(
    "kind", ["start_to_close", "schedule_to_start", "schedule_to_close", "heartbeat"]
)
async def test_activity_timeouts(env: WorkflowEnvironment, kind: str):
    GATE[kind] = asyncio.Event()
    SEEN.clear()
    handle = await env.client.start_workflow(
        workflow_type="timeouts", task_queue=QUEUE, workflow_id=f"t-{kind}", input=[kind]
    )
    if kind != "schedule_to_start":
        await _wait_for(lambda: f"started-{kind}" in SEEN)
    else:
        await _wait_for(lambda: _recorded(env, "ActivityScheduled"))
    await env.skip(timedelta(seconds=11))
    outcome = await handle.result(poll_interval=0.05, timeout=30)
    GATE[kind].set()  # the late attempt finishes; its result is refused, the worker carries on
    assert outcome["kind"] == "timed_out", outcome
    if kind != "schedule_to_start":
        assert [f"started-{kind}"] == SEEN


async def test_heartbeats_are_recorded(env: WorkflowEnvironment):
    handle = await env.client.start_workflow(
        workflow_type="heartbeats", task_queue=QUEUE, workflow_id="beats"
    )
    assert await handle.result(poll_interval=0.05, timeout=30) == 5
    history = repr(await handle.export_history())
    assert "ActivityHeartbeatRecorded" in history


async def test_cancelling_the_workflow_cancels_the_running_activity(env: WorkflowEnvironment):
    SEEN.clear()
    handle = await env.client.start_workflow(
        workflow_type="cancel-activity", task_queue=QUEUE, workflow_id="cancel-act"
    )
    await _wait_for(lambda: _recorded(env, "ActivityStarted"))
    await handle.cancel()
    with pytest.raises(WorkflowCancelled):
        await handle.result(poll_interval=0.05, timeout=30)
    await _wait_for(lambda: SEEN == ["activity saw the cancellation"])
