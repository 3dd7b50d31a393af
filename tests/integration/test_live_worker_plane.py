"""The worker-plane task lifecycle, driven by hand through the client's worker-plane methods.

A workflow is started on the control plane; the test then acts as the worker: registers,
heartbeats, polls and completes workflow tasks with commands, fails a workflow task and an
activity attempt (both retried), heartbeats an activity, pages task history, answers and refuses
query tasks, and finally completes the workflow — all over real HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from durable_workflow import errors
from durable_workflow.client import AsyncClient, SyncClient
from durable_workflow.codec import decode_payload
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server

from .conftest import Worker, call, close, in_thread, is_legacy, make_client, payload

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def dev(generation: str) -> Iterator[RunningServer]:
    # Short history pages so paging is exercised; background sweeps stay on (timers, retries).
    config = ServerConfig(
        poll_timeout=1.0,
        query_timeout=10.0,
        history_page_size_default=2,
        repair_backoff_initial_seconds=1.0,
    )
    with run_dev_server(config, generation=generation) as running:
        yield running


def event_types(events: list[dict[str, Any]]) -> list[str]:
    return [e["event_type"] for e in events]


async def poll_workflow(
    client: AsyncClient | SyncClient, worker_id: str, queue: str
) -> dict[str, Any]:
    for _ in range(10):
        task = await call(
            client.poll_workflow_task(worker_id=worker_id, task_queue=queue, timeout=2)
        )
        if task is not None:
            return dict(task)
    raise AssertionError("no workflow task")


async def poll_activity(
    client: AsyncClient | SyncClient, worker_id: str, queue: str
) -> dict[str, Any]:
    for _ in range(10):
        task = await call(
            client.poll_activity_task(worker_id=worker_id, task_queue=queue, timeout=2)
        )
        if task is not None:
            return dict(task)
    raise AssertionError("no activity task")


async def all_events(
    client: AsyncClient | SyncClient, worker_id: str, task: dict[str, Any]
) -> list[dict[str, Any]]:
    """The leased task's whole history: its first page plus every further page."""
    events = list(task["history_events"])
    token = task.get("next_history_page_token")
    while token:
        page = await call(
            client.workflow_task_history(
                task_id=task["task_id"],
                next_history_page_token=token,
                lease_owner=worker_id,
                workflow_task_attempt=task["workflow_task_attempt"],
            )
        )
        events.extend(page["history_events"])
        token = page.get("next_history_page_token")
    return events


async def test_task_lifecycle(kind: str, dev: RunningServer) -> None:
    queue = f"wp-live-{kind}"
    worker_id = f"wp-live-worker-{kind}"
    wid = f"wp-live-order-{kind}"
    client = make_client(kind, dev.base_url)
    try:
        registered = await call(
            client.register_worker(
                worker_id=worker_id,
                task_queue=queue,
                supported_workflow_types=["wp.order"],
                supported_activity_types=["wp.charge"],
                max_concurrent_workflow_tasks=2,
                max_concurrent_activity_tasks=2,
            )
        )
        assert registered["worker_id"] == worker_id and registered["registered"] is True
        beat = await call(
            client.heartbeat_worker(
                worker_id=worker_id, task_slots={"workflow_available": 2, "activity_available": 2}
            )
        )
        assert beat["acknowledged"] is True
        # Nothing to do yet: the long poll ends empty.
        assert (
            await call(client.poll_workflow_task(worker_id=worker_id, task_queue=queue, timeout=1))
        ) is None

        handle = await call(
            client.start_workflow(
                workflow_type="wp.order", task_queue=queue, workflow_id=wid, input=["o-1", 2]
            )
        )

        # 1. The first task fails; the server offers it again (attempt 2) after its back-off.
        first = await poll_workflow(client, worker_id, queue)
        assert first["workflow_id"] == wid and first["workflow_task_attempt"] == 1
        assert decode_payload(first["arguments"]) == ["o-1", 2]
        failed = await call(
            client.fail_workflow_task(
                task_id=first["task_id"],
                lease_owner=worker_id,
                workflow_task_attempt=1,
                message="replay diverged",
                failure_type="NonDeterminism",
            )
        )
        assert failed["outcome"] == "failed"
        with pytest.raises(errors.Conflict):
            # The failed attempt's lease is gone.
            await call(
                client.complete_workflow_task(
                    task_id=first["task_id"],
                    lease_owner=worker_id,
                    workflow_task_attempt=1,
                    commands=[{"type": "complete_workflow"}],
                )
            )
        dev.advance(5)
        retried = await poll_workflow(client, worker_id, queue)
        assert retried["workflow_id"] == wid
        assert (retried["task_id"], retried["workflow_task_attempt"]) != (first["task_id"], 1)

        # 2. History pages of the leased task (page size 2 on this server).
        pages = [retried["history_events"]]
        token = retried.get("next_history_page_token")
        while token:
            page = await call(
                client.workflow_task_history(
                    task_id=retried["task_id"],
                    next_history_page_token=token,
                    lease_owner=worker_id,
                    workflow_task_attempt=retried["workflow_task_attempt"],
                )
            )
            pages.append(page["history_events"])
            token = page.get("next_history_page_token")
        paged = [e for p in pages for e in p]
        assert len(pages) > 1
        assert [e["sequence"] for e in paged] == sorted({e["sequence"] for e in paged})
        assert "WorkflowStarted" in event_types(paged)
        # The failed task is not history; the automatic repair that re-offered it is.
        assert "RepairRequested" in event_types(paged)

        # 3. Schedule an activity; its first attempt fails (retryable), the second completes.
        done = await call(
            client.complete_workflow_task(
                task_id=retried["task_id"],
                lease_owner=worker_id,
                workflow_task_attempt=retried["workflow_task_attempt"],
                commands=[
                    {
                        "type": "schedule_activity",
                        "activity_type": "wp.charge",
                        "arguments": payload(dev, ["o-1", 2]),
                        "start_to_close_timeout": 60,
                        "retry_policy": {"max_attempts": 3, "backoff_seconds": [1, 1]},
                    }
                ],
            )
        )
        assert done["outcome"] == "completed" and done["run_status"] == "waiting"

        attempt = await poll_activity(client, worker_id, queue)
        assert attempt["activity_type"] == "wp.charge" and attempt["attempt_number"] == 1
        ids = {
            "task_id": attempt["task_id"],
            "activity_attempt_id": attempt["activity_attempt_id"],
            "lease_owner": worker_id,
        }
        ack = await call(client.heartbeat_activity_task(**ids, details={"step": 1}))
        assert ack["can_continue"] is True and ack["cancel_requested"] is False
        refused = await call(
            client.fail_activity_task(
                **ids, message="card declined", failure_type="CardError", details={"code": 51}
            )
        )
        assert refused["outcome"] == "failed" and refused["next_task_id"]  # a retry is due
        dev.advance(2)
        second = await poll_activity(client, worker_id, queue)
        assert second["attempt_number"] == 2
        completed = await call(
            client.complete_activity_task(
                task_id=second["task_id"],
                activity_attempt_id=second["activity_attempt_id"],
                lease_owner=worker_id,
                result={"charged": True},
            )
        )
        assert completed["outcome"] == "completed" and completed["recorded"] is True

        # 4. The run resumes with the activity's result; it then sleeps on a timer.
        resumed = await poll_workflow(client, worker_id, queue)
        types = event_types(await all_events(client, worker_id, resumed))
        assert types.count("ActivityCompleted") == 1 and "ActivityRetryScheduled" in types
        timer = await call(
            client.complete_workflow_task(
                task_id=resumed["task_id"],
                lease_owner=worker_id,
                workflow_task_attempt=resumed["workflow_task_attempt"],
                commands=[{"type": "start_timer", "delay_seconds": 300}],
            )
        )
        assert timer["run_status"] == "waiting"

        # 5. Query tasks: one answered, one refused, while the run waits.
        worker = SyncClient(dev.base_url)

        def answer() -> None:
            for outcome in ("complete", "fail"):
                for _ in range(10):
                    task = worker.poll_query_task(worker_id=worker_id, task_queue=queue, timeout=2)
                    if task is not None:
                        break
                else:
                    raise AssertionError("no query task")
                common = {
                    "query_task_id": task["query_task_id"],
                    "lease_owner": worker_id,
                    "query_task_attempt": task["query_task_attempt"],
                }
                if outcome == "complete":
                    worker.complete_query_task(**common, result={"charged": True})
                else:
                    worker.fail_query_task(**common, message="unknown query")

        join = in_thread(answer)
        try:
            assert await call(client.query_workflow(wid, "status")) == {"charged": True}
            with pytest.raises(errors.QueryFailed):
                await call(client.query_workflow(wid, "nope"))
            join()
        finally:
            worker.close()

        # 6. The timer fires when the clock moves; the last task completes the workflow.
        assert (
            await call(client.poll_workflow_task(worker_id=worker_id, task_queue=queue, timeout=1))
        ) is None
        dev.advance(301)
        woken = await poll_workflow(client, worker_id, queue)
        assert "TimerFired" in event_types(await all_events(client, worker_id, woken))
        await call(
            client.complete_workflow_task(
                task_id=woken["task_id"],
                lease_owner=worker_id,
                workflow_task_attempt=woken["workflow_task_attempt"],
                commands=[{"type": "complete_workflow", "result": payload(dev, "shipped")}],
            )
        )
        assert await call(handle.result(poll_interval=0.05, timeout=10)) == "shipped"
        history = await call(client.get_history(wid, handle.run_id, page_size=1000))
        assert {"ActivityCompleted", "TimerFired", "WorkflowCompleted"} <= set(
            event_types(history["events"])
        )
    finally:
        await close(client)


def test_commands_are_those_the_generation_takes(dev: RunningServer) -> None:
    """The 2026-04 engine refuses command types it does not take (``upsert_memo``) and takes
    ``open_condition_wait`` without advertising it; the current one takes and lists both."""
    worker = Worker(dev.base_url, "command-scope", "w-commands")
    starter = SyncClient(dev.base_url)
    try:
        ack = worker.register(supported_workflow_types=["manual"])
        advertised = ack["server_capabilities"]["supported_workflow_task_commands"]
        starter.start_workflow(
            workflow_type="manual", task_queue="command-scope", workflow_id="command-scope"
        )
        task = worker.workflow_task()
        memo = {"type": "upsert_memo", "entries": payload(dev, {"note": "x"})}
        if is_legacy(dev):
            assert "upsert_memo" not in advertised and "open_condition_wait" not in advertised
            with pytest.raises(errors.InvalidArgument, match=r"\[upsert_memo\] is not supported"):
                worker.complete(task, [memo])
            answer = worker.complete(task, [{"type": "open_condition_wait", "timeout_seconds": 60}])
        else:
            assert {"upsert_memo", "open_condition_wait"} <= set(advertised)
            answer = worker.complete(task, [memo, {"type": "open_condition_wait"}])
        assert answer["outcome"] == "completed" and answer["run_status"] == "waiting"
    finally:
        starter.close()
        worker.close()
