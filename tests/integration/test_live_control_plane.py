"""Every control-plane operation of the client, against a live development server.

Each test runs with both clients (``kind``); a worker, where one is needed, is played by hand
through a second client's worker-plane methods in a thread.
"""

from __future__ import annotations

from typing import Any

import pytest

from durable_workflow import errors
from durable_workflow.client import ScheduleAction, ScheduleSpec
from durable_workflow.devserver.testing import RunningServer

from .conftest import Worker, call, close, in_thread, is_legacy, make_client, payload

pytestmark = pytest.mark.integration


async def test_discovery_namespaces_and_storage(kind: str, dev: RunningServer) -> None:
    client = make_client(kind, dev.base_url)
    try:
        info = await call(client.get_cluster_info())
        assert info["control_plane"]["version"] == "2"
        chosen = await call(client.get_server_generation())
        assert client.server_generation == chosen
        if is_legacy(dev):
            assert info["worker_protocol"]["version"] == "1.0"
            assert (chosen.name, chosen.worker_protocol_version) == ("2026-04", "1.0")
            assert chosen.payload_framing == "avro-legacy"
        else:
            assert info["worker_protocol"]["version"] == "1.20"
            assert (chosen.name, chosen.worker_protocol_version) == ("current", "1.20")
            assert chosen.payload_framing == "avro-value-v1"

        name = f"live-ns-{kind}"
        created = await call(client.create_namespace(name, description="first", retention_days=7))
        assert (created.name, created.description, created.retention_days) == (name, "first", 7)
        with pytest.raises(errors.NamespaceAlreadyExists):
            await call(client.create_namespace(name))
        updated = await call(client.update_namespace(name, description="second"))
        assert (updated.description, updated.retention_days) == ("second", 7)
        described = await call(client.describe_namespace(name))
        assert described.description == "second" and described.status == "active"
        listed = await call(client.list_namespaces())
        assert {"default", name} <= {n.name for n in listed.namespaces}

        configured = await call(
            client.set_namespace_external_storage(name, driver="local", threshold_bytes=1024)
        )
        assert configured.external_payload_storage is not None
        assert configured.external_payload_storage.driver == "local"
        storage_client = make_client(kind, dev.base_url, namespace=name)
        try:
            probe = await call(
                storage_client.test_external_storage(
                    driver="local", small_payload_bytes=16, large_payload_bytes=64
                )
            )
        finally:
            await close(storage_client)
        assert probe.status == "passed" and probe.namespace == name and probe.driver == "local"

        if is_legacy(dev):  # that release has no DELETE route for namespaces
            with pytest.raises(errors.UnsupportedByServer) as refused:
                await call(client.delete_namespace(name))
            assert refused.value.missing == f"DELETE /api/namespaces/{name}"
            assert refused.value.server_version == "2.0.0"
            assert (await call(client.describe_namespace(name))).status == "active"
            return
        deleted = await call(client.delete_namespace(name))
        assert deleted.name == name
        with pytest.raises(errors.NamespaceNotFound):
            await call(client.describe_namespace(name))
    finally:
        await close(client)


async def test_search_attributes(kind: str, dev: RunningServer) -> None:
    client = make_client(kind, dev.base_url)
    name = f"LiveStatus{kind.capitalize()}"
    try:
        before = await call(client.list_search_attributes())
        assert name not in before.custom_attributes
        created = await call(client.create_search_attribute(name, "keyword"))
        assert created["name"] == name
        with pytest.raises(errors.AlreadyExists):
            await call(client.create_search_attribute(name, "keyword"))
        during = await call(client.list_search_attributes())
        assert during.custom_attributes[name] == "keyword"
        assert during.system_attributes
        await call(client.delete_search_attribute(name))
        with pytest.raises(errors.SearchAttributeNotFound):
            await call(client.delete_search_attribute(name))
        after = await call(client.list_search_attributes())
        assert name not in after.custom_attributes
    finally:
        await close(client)


async def test_workflow_life(kind: str, dev: RunningServer) -> None:
    queue = f"live-wf-{kind}"
    wid = f"live-wf-{kind}"
    client = make_client(kind, dev.base_url)
    worker = Worker(dev.base_url, queue, f"live-worker-{kind}")
    try:
        worker.register(supported_workflow_types=["live.order"])
        handle = await call(
            client.start_workflow(
                workflow_type="live.order",
                task_queue=queue,
                workflow_id=wid,
                input=["order-1", {"qty": 2}],
                memo={"source": "live"},
            )
        )
        with pytest.raises(errors.WorkflowAlreadyStarted):
            await call(
                client.start_workflow(workflow_type="live.order", task_queue=queue, workflow_id=wid)
            )
        described = await call(client.describe_workflow(wid))
        assert (described.workflow_id, described.run_id) == (wid, handle.run_id)
        assert described.input == ["order-1", {"qty": 2}]
        run = await call(client.describe_workflow_run(wid, handle.run_id))
        assert run.run_number == 1 and run.is_current_run and run.memo == {"source": "live"}
        runs = await call(client.list_workflow_runs(wid))
        bound = client.get_workflow_handle(wid, run_id=handle.run_id)
        assert (await call(bound.describe_run())).run_id == handle.run_id
        assert [r.run_id for r in (await call(bound.list_runs())).runs] == [handle.run_id]
        assert [r.run_id for r in runs.runs] == [handle.run_id]
        listed = await call(client.list_workflows(workflow_type="live.order"))
        assert wid in [e.workflow_id for e in listed.executions]
        if kind == "sync":
            iterated = [e.workflow_id for e in client.iter_workflows(page_size=1)]
        else:
            iterated = [e.workflow_id async for e in client.iter_workflows(page_size=1)]
        assert wid in iterated

        # The first workflow task parks the run on a timer.
        first = worker.workflow_task()
        assert first["workflow_id"] == wid
        worker.complete(first, [{"type": "start_timer", "delay_seconds": 3600}])

        signalled = await call(client.signal_workflow(wid, "approve", args=["yes"]))
        assert signalled["outcome"] == "signal_received"

        def answer_query() -> dict[str, Any]:
            task = worker.query_task()
            worker.client.complete_query_task(
                query_task_id=task["query_task_id"],
                lease_owner=worker.worker_id,
                query_task_attempt=task["query_task_attempt"],
                result={"stage": "approved"},
            )
            return task

        join = in_thread(answer_query)
        assert await call(client.query_workflow(wid, "stage", args=["verbose"])) == {
            "stage": "approved"
        }
        assert join()["query_name"] == "stage"

        def apply_update() -> None:
            # The signal's task first, then the update's.
            for _ in range(3):
                task = worker.workflow_task()
                update_id = task.get("workflow_update_id")
                if update_id:
                    worker.complete(
                        task,
                        [
                            {
                                "type": "complete_update",
                                "update_id": update_id,
                                "result": payload(dev, {"qty": 3}),
                            }
                        ],
                    )
                    return
                worker.complete(task, [{"type": "start_timer", "delay_seconds": 3600}])
            raise AssertionError("no update task")

        join = in_thread(apply_update)
        updated = await call(client.update_workflow(wid, "set_qty", args=[3], wait_for="completed"))
        join()
        assert updated["update_status"] == "completed" and updated["result"] == {"qty": 3}

        repaired = await call(client.repair_workflow(wid))
        assert repaired.workflow_id == wid
        with pytest.raises(errors.Conflict):
            await call(client.archive_workflow(wid))  # still running

        # A second signal wakes the run; its task completes the workflow.
        await call(handle.signal("ship"))
        worker.complete(
            worker.workflow_task(),
            [{"type": "complete_workflow", "result": payload(dev, {"shipped": True})}],
        )
        assert await call(handle.result(poll_interval=0.05, timeout=10)) == {"shipped": True}
        assert await call(client.get_result(handle, poll_interval=0.05, timeout=10)) == {
            "shipped": True
        }

        history = await call(client.get_history(wid, handle.run_id))
        types = [e["event_type"] for e in history["events"]]
        assert {"WorkflowStarted", "SignalReceived", "WorkflowCompleted"} <= set(types)
        assert {"UpdateCompleted", "TimerScheduled"} <= set(types)
        exported = await call(client.export_history(wid, handle.run_id))
        assert exported["workflow"]["run_id"] == handle.run_id

        archived = await call(client.archive_workflow(wid, reason="done"))
        assert archived.workflow_id == wid
        with pytest.raises(errors.WorkflowNotFound):
            await call(client.describe_workflow(f"{wid}-missing"))
    finally:
        worker.close()
        await close(client)


async def test_cancel_and_terminate(kind: str, dev: RunningServer) -> None:
    queue = f"live-stop-{kind}"
    client = make_client(kind, dev.base_url)
    try:
        a = await call(
            client.start_workflow(
                workflow_type="live.stop", task_queue=queue, workflow_id=f"live-cancel-{kind}"
            )
        )
        b = await call(
            client.start_workflow(
                workflow_type="live.stop", task_queue=queue, workflow_id=f"live-terminate-{kind}"
            )
        )
        await call(client.cancel_workflow(a.workflow_id, reason="asked"))
        await call(b.terminate(reason="operator"))
        cancelled = await call(client.describe_workflow(a.workflow_id))
        terminated = await call(client.describe_workflow(b.workflow_id))
        assert cancelled.status == "cancelled"
        assert terminated.status == "terminated"
        with pytest.raises(errors.WorkflowCancelled):
            await call(a.result(poll_interval=0.05, timeout=5))
        with pytest.raises(errors.WorkflowTerminated):
            await call(client.get_result(b, poll_interval=0.05, timeout=5))
        with pytest.raises(errors.Conflict):
            await call(client.terminate_workflow(b.workflow_id))
    finally:
        await close(client)


async def test_standalone_activities(kind: str, dev: RunningServer) -> None:
    queue = f"live-act-{kind}"
    client = make_client(kind, dev.base_url)
    worker = Worker(dev.base_url, queue, f"live-act-worker-{kind}")
    try:
        worker.register(supported_activity_types=["live.charge"])
        if is_legacy(dev):  # that release has no /api/activities routes
            for refused_call in (
                lambda: client.start_activity(activity_type="live.charge", task_queue=queue),
                lambda: client.describe_activity(f"live-charge-{kind}"),
                lambda: client.list_activities(),
            ):
                with pytest.raises(errors.UnsupportedByServer) as refused:
                    await call(refused_call())
                assert "/api/activities" in refused.value.missing
            return
        handle = await call(
            client.start_activity(
                activity_type="live.charge",
                task_queue=queue,
                activity_id=f"live-charge-{kind}",
                input=[12.5, "EUR"],
                start_to_close_timeout_seconds=60,
            )
        )
        described = await call(client.describe_activity(f"live-charge-{kind}"))
        assert described.activity_type == "live.charge" and described.task_queue == queue
        listed = await call(client.list_activities())
        assert f"live-charge-{kind}" in [a.activity_id for a in listed.activities]
        if kind == "sync":
            iterated = [a.activity_id for a in client.iter_activities(page_size=1)]
        else:
            iterated = [a.activity_id async for a in client.iter_activities(page_size=1)]
        assert f"live-charge-{kind}" in iterated

        task = worker.activity_task()
        assert task["activity_type"] == "live.charge"
        worker.client.complete_activity_task(
            task_id=task["task_id"],
            activity_attempt_id=task["activity_attempt_id"],
            lease_owner=worker.worker_id,
            result={"charged": 12.5},
        )
        assert await call(handle.result(poll_interval=0.05, timeout=10)) == {"charged": 12.5}
        again = client.get_activity_handle(f"live-charge-{kind}")
        assert await call(client.get_activity_result(again, poll_interval=0.05, timeout=10)) == {
            "charged": 12.5
        }
        done = await call(handle.describe())
        assert done.status == "completed"

        other = await call(
            client.start_activity(
                activity_type="live.charge", task_queue=queue, activity_id=f"live-void-{kind}"
            )
        )
        await call(other.cancel())
        cancelled = await call(other.describe())
        assert cancelled.status in ("cancelled", "canceled")
    finally:
        worker.close()
        await close(client)


async def test_schedules(kind: str, dev: RunningServer) -> None:
    client = make_client(kind, dev.base_url)
    sid = f"live-sched-{kind}"
    try:
        handle = await call(
            client.create_schedule(
                schedule_id=sid,
                spec=ScheduleSpec(cron_expressions=["0 2 * * *"], timezone="UTC"),
                action=ScheduleAction(
                    workflow_type="live.report", task_queue=f"live-s-{kind}", input=["eu"]
                ),
                overlap_policy="allow_all",
                note="nightly",
            )
        )
        assert handle.schedule_id == sid
        with pytest.raises(errors.ScheduleAlreadyExists):
            await call(
                client.create_schedule(
                    schedule_id=sid,
                    spec=ScheduleSpec(cron_expressions=["0 2 * * *"]),
                    action=ScheduleAction(workflow_type="live.report"),
                )
            )
        described = await call(client.describe_schedule(sid))
        assert described.status == "active" and described.spec["cron_expressions"] == ["0 2 * * *"]
        await call(
            client.update_schedule(
                sid, spec=ScheduleSpec(cron_expressions=["30 3 * * *"]), note="moved"
            )
        )
        assert (await call(handle.describe())).spec["cron_expressions"] == ["30 3 * * *"]
        await call(client.pause_schedule(sid, note="hold"))
        assert (await call(client.describe_schedule(sid))).status == "paused"
        await call(client.resume_schedule(sid))
        by_id = client.get_schedule_handle(sid)
        assert (await call(by_id.describe())).schedule_id == sid
        assert (await call(client.describe_schedule(sid))).status == "active"
        listed = await call(client.list_schedules())
        assert sid in [s.schedule_id for s in listed.schedules]

        triggered = await call(client.trigger_schedule(sid))
        assert triggered.outcome == "triggered" and triggered.workflow_id
        started = await call(client.describe_workflow(triggered.workflow_id))
        assert started.workflow_type == "live.report"

        backfill = await call(
            client.backfill_schedule(
                sid, start_time="2026-04-20T00:00:00Z", end_time="2026-04-22T00:00:00Z"
            )
        )
        assert backfill.fires_attempted == 2

        page = await call(client.get_schedule_history(sid, limit=2))
        assert len(page.events) == 2 and page.has_more
        if kind == "sync":
            events = list(client.iter_schedule_history(sid, limit=2))
        else:
            events = [e async for e in client.iter_schedule_history(sid, limit=2)]
        assert [e.sequence for e in events] == sorted(e.sequence for e in events)
        assert len(events) > 2
        assert "triggered" in " ".join(e.event_type.lower() for e in events)

        await call(client.delete_schedule(sid))
        with pytest.raises(errors.ScheduleNotFound):
            await call(client.describe_schedule(sid))
    finally:
        await close(client)


async def test_task_queues_and_workers(kind: str, dev: RunningServer) -> None:
    queue = f"live-tq-{kind}"
    worker_id = f"live-tq-worker-{kind}"
    client = make_client(kind, dev.base_url)
    worker = Worker(dev.base_url, queue, worker_id)
    try:
        worker.register(build_id="build-7", supported_workflow_types=["live.tq"])
        await call(
            client.start_workflow(
                workflow_type="live.tq", task_queue=queue, workflow_id=f"live-tq-wf-{kind}"
            )
        )
        queues = await call(client.list_task_queues())
        assert queue in [q["name"] if isinstance(q, dict) else q.name for q in queues.task_queues]
        described = await call(client.describe_task_queue(queue))
        assert described.name == queue
        assert worker_id in [p["worker_id"] for p in described.pollers]

        build_ids = await call(client.list_task_queue_build_ids(queue))
        assert "build-7" in [b.build_id for b in build_ids.build_ids]
        drained = await call(client.drain_task_queue_build_id(queue, "build-7"))
        assert drained.build_id == "build-7" and drained.drain_intent == "draining"
        resumed = await call(client.resume_task_queue_build_id(queue, "build-7"))
        assert resumed.drain_intent == "active"
        if is_legacy(dev):  # that release has no promote route
            with pytest.raises(errors.UnsupportedByServer) as refused:
                await call(client.promote_task_queue_build_id(queue, "build-7"))
            assert refused.value.method == "promote_task_queue_build_id"
        else:
            promoted = await call(client.promote_task_queue_build_id(queue, "build-7"))
            assert promoted.build_id == "build-7" and promoted.promoted_at

        workers = await call(client.list_workers(task_queue=queue))
        assert [w.worker_id for w in workers.workers] == [worker_id]
        one = await call(client.describe_worker(worker_id))
        assert (one.task_queue, one.build_id) == (queue, "build-7")
        await call(client.deregister_worker(worker_id))
        with pytest.raises(errors.NotFound):
            await call(client.describe_worker(worker_id))
    finally:
        worker.close()
        await close(client)


async def test_system_passes(kind: str, dev: RunningServer) -> None:
    client = make_client(kind, dev.base_url)
    try:
        timeouts = await call(client.activity_timeout_status())
        assert "expired_count" in timeouts or timeouts
        passed = await call(client.activity_timeout_pass(limit=5))
        assert "processed" in passed or "results" in passed or passed
        repair = await call(client.repair_status())
        assert set(repair) >= {"policy", "candidates"}
        repaired = await call(client.repair_pass(run_ids=["no-such-run"]))
        assert isinstance(repaired, dict)
        retention = await call(client.retention_status())
        assert retention["retention_days"] >= 1
        pruned = await call(client.retention_pass(limit=5))
        assert isinstance(pruned, dict)
    finally:
        await close(client)


async def test_webhook_bridge(kind: str, dev: RunningServer) -> None:
    client = make_client(kind, dev.base_url)
    target = {
        "workflow_type": "live.bridge",
        "task_queue": f"live-bridge-{kind}",
        "business_key": f"order-{kind}",
    }
    try:
        accepted = await call(
            client.send_webhook_bridge_event(
                "stripe",
                action="start_workflow",
                idempotency_key=f"evt-{kind}",
                target=target,
                input={"order": kind},
            )
        )
        assert accepted.accepted is True and accepted.workflow_id
        started = await call(client.describe_workflow(accepted.workflow_id))
        assert started.workflow_type == "live.bridge"
        duplicate = await call(
            client.send_webhook_bridge_event(
                "stripe",
                action="start_workflow",
                idempotency_key=f"evt-{kind}",
                target=target,
                input={"order": kind},
            )
        )
        assert duplicate.workflow_id == accepted.workflow_id
        assert duplicate.outcome != accepted.outcome
    finally:
        await close(client)


def test_every_client_method_is_driven() -> None:
    """Each public method of the clients appears in these live tests (a new one needs a test)."""
    import inspect
    import re
    from pathlib import Path

    from durable_workflow.client import AsyncClient, SyncClient

    source = "".join(p.read_text() for p in Path(__file__).parent.glob("test_live_*.py"))
    source += (Path(__file__).parent / "conftest.py").read_text()
    for cls in (SyncClient, AsyncClient):
        names = [n for n, _ in inspect.getmembers(cls, callable) if not n.startswith("_")]
        assert len(names) > 60
        missing = [n for n in names if not re.search(rf"\.{n}\(", source)]
        assert missing == [], f"{cls.__name__} methods never driven live: {missing}"
