"""The authoring API end to end: the embedded server, a real Worker, real workflow code."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from durable_workflow.errors import UpdateFailed, WorkflowCancelled, WorkflowFailed
from durable_workflow.testing import WorkflowEnvironment

from . import _workflows as w
from .conftest import BOTH_GENERATIONS

pytestmark = BOTH_GENERATIONS
QUEUE = "e2e"
ALL_WORKFLOWS = [
    w.TypedWorkflow,
    w.RetryingWorkflow,
    w.DecliningWorkflow,
    w.SleeperWorkflow,
    w.ApprovalWorkflow,
    w.FanOutWorkflow,
    w.DeterminismWorkflow,
    w.ChildWorkflow,
    w.ParentWorkflow,
    w.AbandoningParent,
    w.CounterWorkflow,
    w.SagaWorkflow,
    w.FailingWorkflow,
    w.MemoWorkflow,
]
ALL_ACTIVITIES = [w.reserve, w.flaky, w.declined, w.record, w.charge]


NO_MEMO_ON_2026_04 = (
    "the 2026-04 server has no upsert_memo workflow-task command (absent from its "
    "supported_workflow_task_commands; its engine refuses the type)"
)


async def start(env: WorkflowEnvironment, workflow_type: str, *args: Any, id: str) -> Any:
    return await env.client.start_workflow(
        workflow_type=workflow_type, task_queue=QUEUE, workflow_id=id, input=list(args)
    )


async def result(handle: Any) -> Any:
    return await handle.result(poll_interval=0.05, timeout=30)


@pytest.fixture
async def env(workflow_env: WorkflowEnvironment):
    async with workflow_env.worker(
        task_queue=QUEUE, workflows=ALL_WORKFLOWS, activities=ALL_ACTIVITIES
    ):
        yield workflow_env


async def test_activity_arguments_and_results_are_typed(env: WorkflowEnvironment):
    handle = await start(env, "typed", w.Order(7, ["b", "a"]), id="typed")
    assert await result(handle) == {"order": 7, "reserved": ["a", "b"]}


async def test_activity_retries_follow_the_retry_policy(env: WorkflowEnvironment):
    w.FLAKY_CALLS.clear()
    handle = await start(env, "retrying", 2, id="retrying")
    assert await result(handle) == "ok after 3"
    assert w.FLAKY_CALLS == [1, 2, 3]


async def test_non_retryable_activity_failure_reaches_the_workflow(env: WorkflowEnvironment):
    handle = await start(env, "declining", id="declining")
    outcome = await result(handle)
    assert outcome["type"] == "PaymentDeclined"
    assert "card declined" in outcome["message"]


async def test_a_long_timer_skips_time(env: WorkflowEnvironment):
    before = env.now()
    handle = await start(env, "sleeper", 9, id="sleeper")
    assert await result(handle) == 9 * 60
    assert env.now() - before >= timedelta(minutes=9)


async def test_signal_query_and_update_with_validator(env: WorkflowEnvironment):
    with env.time_skipping_paused():
        handle = await start(env, "approval", 60, id="approval")
        assert await handle.query("current_status") == "waiting"
        accepted = await handle.update("add_item", ["widget"], wait_for="completed")
        assert accepted["result"] == 1
        with pytest.raises(UpdateFailed):
            await handle.update("add_item", [""], wait_for="completed")
        await handle.signal("approve", ["lin"])
        outcome = await result(handle)
    assert outcome == {"approved": True, "by": "lin", "items": ["widget"]}


async def test_condition_times_out_on_its_timer(env: WorkflowEnvironment):
    handle = await start(env, "approval", 5, id="approval-timeout")
    assert await result(handle) == {"approved": False, "by": None, "items": []}
    assert await handle.query("current_status") == "timed out"


async def test_asyncio_gather_runs_activities_in_parallel(env: WorkflowEnvironment):
    handle = await start(env, "fan-out", ["a", "b", "c"], id="fan-out")
    assert await result(handle) == ["a", "b", "c"]


async def test_side_effects_versions_and_search_attributes(env: WorkflowEnvironment):
    handle = await start(env, "determinism", id="determinism")
    outcome = await result(handle)
    assert outcome["token"].startswith("token-")
    assert outcome["version"] == 2
    assert outcome["patched"] is True
    assert outcome["same"] == "never called on replay"
    history = repr(await handle.export_history())
    assert "SearchAttributesUpserted" in history and "c-7" in history


async def test_child_workflow_success_and_failure(env: WorkflowEnvironment):
    ok = await start(env, "parent", 4, id="parent-ok")
    bad = await start(env, "parent", -1, id="parent-bad")
    assert await result(ok) == {"result": 40}
    failed = await result(bad)
    assert failed["error"] == "BadValue"


@pytest.mark.parametrize(
    ("policy", "child_status"), [("abandon", "completed"), ("terminate", "terminated")]
)
async def test_parent_close_policy(env: WorkflowEnvironment, policy: str, child_status: str):
    handle = await start(env, "abandoning-parent", policy, id=f"parent-{policy}")
    assert await result(handle) == "parent done"
    children = await env.client.list_workflows(workflow_type="child")
    assert children.executions, "the child was started"
    child = env.client.get_workflow_handle(children.executions[0].workflow_id)
    if child_status == "completed":
        assert await result(child) == 50
    else:
        described = await child.describe()
        for _ in range(100):
            if described.status == child_status:
                break
            described = await child.describe()
        assert described.status == child_status


async def test_continue_as_new_starts_a_fresh_run(env: WorkflowEnvironment):
    handle = await start(env, "counter", 0, 2, id="counter")
    assert await result(handle) == 2
    runs = await handle.list_runs()
    assert len(runs.runs) == 3


async def test_saga_compensates_a_failed_step(env: WorkflowEnvironment):
    w.LOG.clear()
    ok = await start(env, "saga", 3, id="saga-ok")
    assert await result(ok) == "shipped"
    assert w.LOG == ["reserve-3", "charge-3"]
    w.LOG.clear()
    bad = await start(env, "saga", -4, id="saga-bad")
    with pytest.raises(WorkflowFailed):
        await result(bad)
    assert w.LOG == ["reserve--4", "charge--4", "release--4"]


async def test_cancelling_a_waiting_workflow_closes_it_and_the_worker_carries_on(
    env: WorkflowEnvironment,
):
    with env.time_skipping_paused():
        handle = await start(env, "sleeper", 5, id="to-cancel")
        for _ in range(100):
            history = await handle.export_history()
            if "TimerScheduled" in repr(history):
                break
            await asyncio.sleep(0.02)
        await handle.cancel(reason="customer changed their mind")
        with pytest.raises(WorkflowCancelled):
            await result(handle)
    again = await start(env, "typed", w.Order(1, ["z"]), id="after-cancel")
    assert await result(again) == {"order": 1, "reserved": ["z"]}


async def test_application_error_fails_the_workflow_with_its_type(env: WorkflowEnvironment):
    handle = await start(env, "failing", id="failing")
    with pytest.raises(WorkflowFailed) as raised:
        await result(handle)
    assert "OutOfStock" in repr(raised.value.__dict__) or "out of stock" in str(raised.value)


async def test_memo_upsert_reaches_the_run(env: WorkflowEnvironment):
    if env.generation == "2026-04":
        pytest.skip(NO_MEMO_ON_2026_04)
    handle = await start(env, "memo", "gift wrap", id="memo")
    assert await result(handle) == "gift wrap"
    history = repr(await handle.export_history())
    assert "MemoUpserted" in history


async def test_a_command_the_server_lacks_fails_the_workflow_task_naming_it(
    env: WorkflowEnvironment,
):
    if env.generation != "2026-04":
        pytest.skip("the current server advertises upsert_memo; this needs a server lacking it")
    handle = await start(env, "memo", "gift wrap", id="memo-unsupported")
    errors: list[str] = []
    for _ in range(500):
        rows = env.server.db.query(
            "SELECT last_error FROM workflow_tasks WHERE status = 'failed' AND last_error <> ''"
        )
        errors = [str(row[0]) for row in rows]
        if errors:
            break
        await asyncio.sleep(0.02)
    assert errors, "the workflow task did not fail"
    assert "upsert_memo" in errors[0] and "does not support" in errors[0]
    assert (await handle.describe()).status not in ("completed", "failed")
    history = repr(await handle.export_history())
    assert "upsert_memo" not in history and "MemoUpserted" not in history
    await handle.terminate(reason="test done")
