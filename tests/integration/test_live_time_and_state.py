"""Namespaces, time-skipping, system passes and restarts, seen through the client.

* A workflow started in one namespace is invisible from a client of another.
* Moving the server's manual clock fires a workflow timer and a schedule.
* The system passes act on what the clock made due (activity timeouts, retention).
* A server restarted on the same database file still has the workflow and the schedule, and the
  workflow carries on to completion.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from durable_workflow import errors
from durable_workflow.client import ScheduleAction, ScheduleSpec, SyncClient
from durable_workflow.devserver.clock import ManualClock
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server

from .conftest import Worker, call, close, make_client, payload

pytestmark = pytest.mark.integration


def eventually(probe: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Poll ``probe`` until it returns something truthy (schedules fire in the background)."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


async def test_namespace_isolation(kind: str, dev: RunningServer) -> None:
    admin = make_client(kind, dev.base_url)
    await call(admin.create_namespace(f"iso-a-{kind}"))
    await call(admin.create_namespace(f"iso-b-{kind}"))
    a = make_client(kind, dev.base_url, namespace=f"iso-a-{kind}")
    b = make_client(kind, dev.base_url, namespace=f"iso-b-{kind}")
    try:
        wid = f"iso-wf-{kind}"
        started = await call(
            a.start_workflow(workflow_type="iso.flow", task_queue="iso", workflow_id=wid)
        )
        assert (await call(a.describe_workflow(wid))).namespace == f"iso-a-{kind}"
        assert [e.workflow_id for e in (await call(a.list_workflows())).executions] == [wid]
        with pytest.raises(errors.WorkflowNotFound):
            await call(b.describe_workflow(wid))
        with pytest.raises(errors.NotFound):
            await call(b.describe_workflow_run(wid, started.run_id))
        assert (await call(b.list_workflows())).executions == []
        with pytest.raises(errors.WorkflowNotFound):
            await call(b.signal_workflow(wid, "poke"))
        with pytest.raises(errors.WorkflowNotFound):
            await call(b.terminate_workflow(wid))
        # The id stays bound to its namespace: starting it elsewhere is refused.
        with pytest.raises(errors.Conflict) as reserved:
            await call(
                b.start_workflow(workflow_type="iso.other", task_queue="iso", workflow_id=wid)
            )
        assert reserved.value.reason == "workflow_id_reserved_in_namespace"
        assert (await call(a.describe_workflow(wid))).status != "terminated"
        # Schedules and task queues are per namespace too.
        await call(
            a.create_schedule(
                schedule_id=f"iso-sched-{kind}",
                spec=ScheduleSpec(cron_expressions=["0 0 * * *"]),
                action=ScheduleAction(workflow_type="iso.flow", task_queue="iso"),
            )
        )
        with pytest.raises(errors.ScheduleNotFound):
            await call(b.describe_schedule(f"iso-sched-{kind}"))
        # An unknown namespace is refused as such.
        ghost = make_client(kind, dev.base_url, namespace=f"iso-ghost-{kind}")
        try:
            with pytest.raises(errors.NamespaceNotFound):
                await call(ghost.list_workflows())
        finally:
            await close(ghost)
    finally:
        for client in (admin, a, b):
            await close(client)


async def test_clock_fires_a_timer_and_a_schedule(kind: str, generation: str) -> None:
    with run_dev_server(ServerConfig(poll_timeout=1.0), generation=generation) as dev:
        client = make_client(kind, dev.base_url)
        worker = Worker(dev.base_url, "clock", "clock-worker")
        try:
            worker.register()
            handle = await call(
                client.start_workflow(
                    workflow_type="clock.nap", task_queue="clock", workflow_id="napper"
                )
            )
            worker.complete(worker.workflow_task(), [{"type": "start_timer", "delay_seconds": 300}])
            assert (
                worker.client.poll_workflow_task(
                    worker_id="clock-worker", task_queue="clock", timeout=1
                )
                is None
            )

            dev.advance(299)
            assert (
                worker.client.poll_workflow_task(
                    worker_id="clock-worker", task_queue="clock", timeout=1
                )
                is None
            )
            dev.advance(1)
            woken = worker.workflow_task()
            assert woken["workflow_id"] == "napper"
            worker.complete(woken, [{"type": "complete_workflow", "result": payload(dev, 1)}])
            assert await call(handle.result(poll_interval=0.05, timeout=10)) == 1
            history = await call(client.get_history("napper", handle.run_id))
            assert "TimerFired" in [e["event_type"] for e in history["events"]]

            # A schedule every 15 minutes: nothing before its time, one fire per crossing.
            await call(
                client.create_schedule(
                    schedule_id="quarterly",
                    spec=ScheduleSpec(intervals=[{"every": "PT15M"}]),
                    action=ScheduleAction(workflow_type="clock.tick", task_queue="clock-ticks"),
                    overlap_policy="allow_all",
                )
            )
            before = await call(client.describe_schedule("quarterly"))
            assert before.fires_count == 0 and before.next_fire_at
            dev.advance(15 * 60)
            sync = SyncClient(dev.base_url)
            try:
                fired = eventually(
                    lambda: (
                        sync.describe_schedule("quarterly").fires_count >= 1
                        and sync.describe_schedule("quarterly")
                    )
                )
                assert fired.latest_workflow_instance_id
                run = sync.describe_workflow(fired.latest_workflow_instance_id)
                assert run.workflow_type == "clock.tick" and run.task_queue == "clock-ticks"
                dev.advance(15 * 60)
                eventually(lambda: sync.describe_schedule("quarterly").fires_count >= 2)
                ticks = sync.list_workflows(workflow_type="clock.tick")
                assert len(ticks.executions) == 2
            finally:
                sync.close()
        finally:
            worker.close()
            await close(client)


def test_system_passes_act_on_due_work() -> None:
    # Background sweeps off: only the explicit passes enforce what the clock made due.
    config = ServerConfig(poll_timeout=1.0, background_sweeps=False, retention_days=30)
    clock = ManualClock()
    with run_dev_server(config, clock=clock) as dev, SyncClient(dev.base_url) as client:
        worker = Worker(dev.base_url, "sys", "sys-worker")
        try:
            worker.register()
            activity = client.start_activity(
                activity_type="sys.slow",
                task_queue="sys",
                activity_id="slow-1",
                start_to_close_timeout_seconds=30,
            )
            task = worker.activity_task()
            assert task["activity_type"] == "sys.slow"
            assert client.activity_timeout_status()["expired_count"] == 0
            clock.advance(31)  # no sweep: the pass below does the work
            status = client.activity_timeout_status()
            assert status["expired_count"] == 1
            enforced = client.activity_timeout_pass(limit=5)
            assert enforced["processed"] == 1 and enforced["enforced"] == 1
            assert client.activity_timeout_status()["expired_count"] == 0
            assert activity.describe().status != "running"

            done = client.start_workflow(
                workflow_type="sys.flow", task_queue="sys", workflow_id="retire-me"
            )
            client.terminate_workflow("retire-me", reason="done")
            assert done.run_id not in client.retention_status()["expired_run_ids"]
            clock.advance(31 * 86400)
            retention = client.retention_status()
            assert done.run_id in retention["expired_run_ids"]
            pruned = client.retention_pass(run_ids=[done.run_id])
            assert pruned["pruned"] == 1
            with pytest.raises(errors.WorkflowNotFound):
                client.describe_workflow("retire-me")

            repair = client.repair_status()
            assert repair["candidates"]["total_candidates"] >= 0
            assert "selected_existing_task_candidates" in client.repair_pass()
        finally:
            worker.close()


def test_restart_keeps_workflows_and_schedules(tmp_path: Path, generation: str) -> None:
    db = str(tmp_path / "dev.sqlite")
    clock = ManualClock()
    config = ServerConfig(poll_timeout=1.0)
    with (
        run_dev_server(config, clock=clock, db_path=db, generation=generation) as first,
        SyncClient(first.base_url) as client,
    ):
        worker = Worker(first.base_url, "durable", "durable-worker")
        try:
            worker.register()
            handle = client.start_workflow(
                workflow_type="durable.flow",
                task_queue="durable",
                workflow_id="survivor",
                input=["keep me"],
            )
            worker.complete(worker.workflow_task(), [{"type": "start_timer", "delay_seconds": 60}])
        finally:
            worker.close()
        client.create_schedule(
            schedule_id="survivor-schedule",
            spec=ScheduleSpec(cron_expressions=["0 * * * *"]),
            action=ScheduleAction(workflow_type="durable.hourly", task_queue="durable-hourly"),
            note="kept across restarts",
        )
    # A new server on the same file, its clock where the old one stopped.
    with (
        run_dev_server(
            config, clock=ManualClock(clock.now()), db_path=db, generation=generation
        ) as second,
        SyncClient(second.base_url) as client,
    ):
        described = client.describe_workflow("survivor")
        assert (described.run_id, described.status) == (handle.run_id, "waiting")
        assert described.input == ["keep me"]
        schedule = client.describe_schedule("survivor-schedule")
        assert schedule.note == "kept across restarts" and schedule.status == "active"
        assert "survivor-schedule" in [s.schedule_id for s in client.list_schedules().schedules]

        second.advance(60)
        worker = Worker(second.base_url, "durable", "durable-worker")
        try:
            worker.register()
            woken = worker.workflow_task()
            assert woken["workflow_id"] == "survivor"
            worker.complete(
                woken, [{"type": "complete_workflow", "result": payload(second, "survived")}]
            )
        finally:
            worker.close()
        assert client.get_result(handle, poll_interval=0.05, timeout=10) == "survived"
        history = client.get_history("survivor", handle.run_id)
        assert "TimerFired" in [e["event_type"] for e in history["events"]]

        # The schedule keeps firing on the new server.
        second.advance(3600)
        fired = eventually(
            lambda: (
                client.describe_schedule("survivor-schedule").fires_count >= 1
                and client.describe_schedule("survivor-schedule")
            )
        )
        started = client.describe_workflow(fired.latest_workflow_instance_id)
        assert started.workflow_type == "durable.hourly"
