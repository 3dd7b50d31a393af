"""Storage probe, operator passes, task queues, search attributes and workers from cassettes.

Recorded against the embedded development server (``DW_RECORD=1``). Where a pass needs state to
act on, the test creates it through the API first: a worker (plain ``httpx`` on the worker plane)
fails a workflow task so the repair pass has a run to repair, a finished run grows older than the
retention window so the retention pass prunes it, and a standalone activity outlives its
schedule-to-close deadline so the activity-timeout pass enforces it. Workers are registered
in-process while recording (see ``_register``). The background sweeps are
switched off for those cassettes, so the state waits for the pass instead of being handled by
the server on its own.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import (
    StorageTestResult,
    TaskQueueBuildIdRollout,
    TaskQueueBuildIdRolloutState,
    TaskQueueDescription,
    WorkerDescription,
)
from tests.cassette_support import REDACTED, Recording, recorded

from .conftest import call

pytest.importorskip("vcr")

CP = {"X-Durable-Workflow-Control-Plane-Version": "2", "X-Namespace": "default"}
QUEUE = "orders"
DAY = 24 * 3600


def _paths(rec: Recording) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in rec.requests]


def _register(rec: Recording, worker_id: str, build_id: str | None = None) -> None:
    body: dict[str, Any] = {
        "worker_id": worker_id,
        "task_queue": QUEUE,
        "runtime": "python",
        "sdk_version": "durable-workflow-python/0.1.0",
        "supported_workflow_types": ["orders.fulfil"],
        "supported_activity_types": ["orders.charge"],
        "max_concurrent_workflow_tasks": 2,
        "max_concurrent_activity_tasks": 3,
    }
    if build_id is not None:
        body["build_id"] = build_id
    if rec.server is None:
        return  # replay: the recorded answers already include the worker
    # Registered in-process rather than over HTTP: the development server's register answer
    # advertises ``workflow_memo_updates`` as a bare boolean where openapi/ (and the protocol)
    # have an object, so a recorded register exchange would not conform.
    from durable_workflow.devserver.engine.workers import register

    status, answer = rec.server.call(register, rec.server.server, "default", body)
    assert status in (200, 201), answer


def _fail_next_workflow_task(rec: Recording, worker_id: str) -> None:
    """Act as ``worker_id``: lease the next workflow task on the queue and fail it (recording).

    Done in-process for the same reason as :func:`_register`: the poll answer carries the
    non-conforming capability block.
    """
    if rec.server is None:
        return
    from durable_workflow.devserver.engine.tasks import claim_workflow_task
    from durable_workflow.devserver.engine.workers import resolve_worker

    server = rec.server.server

    def fail() -> tuple[int, dict[str, Any]]:
        worker = resolve_worker(server, "default", worker_id, QUEUE, None, check_build=False)
        claimed = claim_workflow_task(server, "default", QUEUE, worker)
        assert claimed is not None, "no workflow task to fail"
        task, _run = claimed
        return server.workflows.fail_workflow_task(
            "default",
            task["task_id"],
            {
                "lease_owner": worker_id,
                "workflow_task_attempt": task["attempt_count"],
                "failure": {"message": "replay diverged"},
            },
        )

    status, answer = rec.server.call(fail)
    assert status == 200, answer


def _move_clock(rec: Recording, seconds: float) -> None:
    """Move the server clock without running the sweeps (recording only)."""
    if rec.server is not None:
        rec.server.clock.advance(seconds)


async def _start(client: Any, workflow_id: str) -> Any:
    return await call(
        client.start_workflow(
            workflow_type="orders.fulfil", task_queue=QUEUE, workflow_id=workflow_id
        )
    )


# --------------------------------------------------------------------------- storage probe


async def test_storage_probe(kind: str) -> None:
    with recorded("admin/storage_test") as rec:
        client = rec.client(kind)
        unconfigured = await call(client.test_external_storage())
        await call(client.set_namespace_external_storage("default", driver="local"))
        passed = await call(
            client.test_external_storage(
                driver="local", small_payload_bytes=16, large_payload_bytes=64
            )
        )
        defaults = await call(client.test_external_storage())
        other_driver = await call(client.test_external_storage(driver="s3"))
        with pytest.raises(errors.InvalidArgument):
            await call(client.test_external_storage(driver="ftp"))  # refused before sending
        bodies = [rec.json_body(i) for i in range(len(rec.requests))]
        paths = _paths(rec)
        auth = rec.requests[0].headers["Authorization"]
    assert paths == [
        ("POST", "/api/storage/test"),
        ("PUT", "/api/namespaces/default/external-storage"),
        ("POST", "/api/storage/test"),
        ("POST", "/api/storage/test"),
        ("POST", "/api/storage/test"),
    ]
    assert auth == REDACTED
    assert bodies[0] == {"small_payload_bytes": 1024, "large_payload_bytes": 3145728}
    assert bodies[2] == {"small_payload_bytes": 16, "large_payload_bytes": 64, "driver": "local"}
    assert bodies[3] == bodies[0]
    assert bodies[4] == {**bodies[0], "driver": "s3"}

    assert isinstance(unconfigured, StorageTestResult)
    assert unconfigured.status == "failed"
    assert unconfigured.namespace == "default" and unconfigured.driver is None
    assert unconfigured.raw is not None
    assert unconfigured.raw["reason"] == "external_storage_not_configured"

    assert (passed.status, passed.namespace, passed.driver) == ("passed", "default", "local")
    assert passed.small_payload is not None and passed.large_payload is not None
    assert (passed.small_payload.status, passed.small_payload.bytes) == ("passed", 16)
    assert passed.large_payload.bytes == 64 and len(passed.large_payload.sha256 or "") == 64
    assert (passed.large_payload.reference_uri or "").startswith("file://")
    assert defaults.status == "passed" and defaults.large_payload is not None
    assert defaults.large_payload.bytes == 3145728

    assert other_driver.status == "failed" and other_driver.driver == "s3"
    assert other_driver.raw is not None
    assert other_driver.raw["reason"] == "storage_driver_unavailable"


# --------------------------------------------------------------------------- repair


async def test_repair_status_and_pass(kind: str) -> None:
    with recorded("admin/system_repair", background_sweeps=False) as rec:
        client = rec.client(kind)
        idle_status = await call(client.repair_status())
        idle_pass = await call(client.repair_pass())
        handle = await _start(client, "repair-me")
        _register(rec, "repair-worker")
        _fail_next_workflow_task(rec, "repair-worker")
        status = await call(client.repair_status())
        narrowed = await call(client.repair_pass(run_ids=["no-such-run"]))
        repaired = await call(client.repair_pass(instance_id="repair-me"))
        after = await call(client.repair_status())
        requests = rec.requests
        bodies = {i: rec.json_body(i) for i in range(len(requests))}
    control = [(i, r.method, r.path) for i, r in enumerate(requests) if "/worker/" not in r.path]
    assert [(m, p) for _, m, p in control] == [
        ("GET", "/api/system/repair"),
        ("POST", "/api/system/repair/pass"),
        ("POST", "/api/workflows"),
        ("GET", "/api/system/repair"),
        ("POST", "/api/system/repair/pass"),
        ("POST", "/api/system/repair/pass"),
        ("GET", "/api/system/repair"),
    ]
    pass_bodies = [bodies[i] for i, m, p in control if p == "/api/system/repair/pass"]
    assert pass_bodies == [{}, {"run_ids": ["no-such-run"]}, {"instance_id": "repair-me"}]
    assert all(bodies[i] is None for i, m, _ in control if m == "GET")

    assert set(idle_status) >= {"policy", "candidates"}
    assert idle_status["candidates"]["total_candidates"] == 0
    assert idle_pass["repaired_missing_tasks"] == 0 and idle_pass["dispatched_tasks"] == 0
    assert idle_pass["missing_run_failures"] == []

    assert handle.workflow_id == "repair-me"
    assert status["candidates"]["missing_task_candidates"] == 1
    assert narrowed["selected_missing_task_candidates"] == 0
    assert repaired["selected_missing_task_candidates"] == 1
    assert repaired["repaired_missing_tasks"] == 1 and repaired["dispatched_tasks"] >= 1
    assert after["candidates"]["missing_task_candidates"] == 0


# --------------------------------------------------------------------------- retention


async def test_retention_status_and_pass(kind: str) -> None:
    with recorded("admin/system_retention", background_sweeps=False) as rec:
        client = rec.client(kind)
        empty_pass = await call(client.retention_pass())
        handle = await _start(client, "retire-me")
        with httpx.Client(base_url=rec.base_url, headers=CP, timeout=10) as http:
            ended = http.post("/api/workflows/retire-me/terminate", json={"reason": "done"})
        assert ended.status_code == 200, ended.text
        fresh = await call(client.retention_status())
        _move_clock(rec, 31 * DAY)
        expired = await call(client.retention_status())
        pruned = await call(client.retention_pass(limit=10))
        again = await call(client.retention_pass(run_ids=[handle.run_id, "no-such-run"]))
        control = [(i, r) for i, r in enumerate(rec.requests) if "/worker/" not in r.path]
        passes = [rec.json_body(i) for i, r in control if r.path == "/api/system/retention/pass"]
        queries = [r.query for _, r in control if r.path == "/api/system/retention"]
    assert [r.method + " " + r.path for _, r in control] == [
        "POST /api/system/retention/pass",
        "POST /api/workflows",
        "POST /api/workflows/retire-me/terminate",
        "GET /api/system/retention",
        "GET /api/system/retention",
        "POST /api/system/retention/pass",
        "POST /api/system/retention/pass",
    ]
    assert passes == [{}, {"limit": 10}, {"run_ids": [handle.run_id, "no-such-run"]}]
    assert queries == [[], []]  # no limit sent

    assert empty_pass == {"processed": 0, "pruned": 0, "skipped": 0, "failed": 0, "results": []}
    assert fresh["namespace"] == "default" and fresh["retention_days"] == 30
    assert fresh["expired_run_count"] == 0 and fresh["expired_run_ids"] == []
    assert expired["expired_run_ids"] == [handle.run_id] and expired["expired_run_count"] == 1
    assert expired["cutoff"] > fresh["cutoff"]
    assert (pruned["processed"], pruned["pruned"], pruned["failed"]) == (1, 1, 0)
    [item] = pruned["results"]
    assert item["run_id"] == handle.run_id and item["outcome"] == "pruned"
    assert item["history_events_deleted"] > 0
    assert [r["reason"] for r in again["results"]] == ["run_not_found", "run_not_found"]
    assert again["skipped"] == 2 and again["pruned"] == 0


# --------------------------------------------------------------------------- activity timeouts


async def test_activity_timeout_status_and_pass(kind: str) -> None:
    with recorded("admin/system_activity_timeouts", background_sweeps=False) as rec:
        client = rec.client(kind)
        idle = await call(client.activity_timeout_status())
        with httpx.Client(base_url=rec.base_url, headers=CP, timeout=10) as http:
            started = http.post(
                "/api/activities",
                json={
                    "activity_type": "orders.charge",
                    "task_queue": QUEUE,
                    "activity_id": "charge-1",
                    "schedule_to_close_timeout_seconds": 30,
                },
            )
        assert started.status_code == 201, started.text
        execution_id = started.json()["activity_execution_id"]
        not_yet = await call(client.activity_timeout_pass(execution_ids=[execution_id]))
        _move_clock(rec, 60)
        expired = await call(client.activity_timeout_status())
        enforced = await call(client.activity_timeout_pass(limit=5))
        closed = await call(client.activity_timeout_pass(execution_ids=[execution_id]))
        control = [(i, r) for i, r in enumerate(rec.requests) if r.path.startswith("/api/system/")]
        passes = [rec.json_body(i) for i, r in control if r.method == "POST"]
        queries = [r.query for _, r in control if r.method == "GET"]
    assert [r.method for _, r in control] == ["GET", "POST", "GET", "POST", "POST"]
    assert passes == [
        {"execution_ids": [execution_id]},
        {"limit": 5},
        {"execution_ids": [execution_id]},
    ]
    assert queries == [[], []]

    assert idle == {
        "expired_count": 0,
        "expired_execution_ids": [],
        "scan_limit": 100,
        "scan_pressure": False,
    }
    assert not_yet["processed"] == 1 and not_yet["skipped"] == 1 and not_yet["enforced"] == 0
    assert not_yet["results"][0]["execution_id"] == execution_id
    assert expired["expired_execution_ids"] == [execution_id] and expired["expired_count"] == 1
    assert (enforced["processed"], enforced["enforced"], enforced["failed"]) == (1, 1, 0)
    assert enforced["results"][0]["outcome"] == "enforced"
    assert closed["skipped"] == 1 and closed["results"][0]["outcome"] == "skipped"


# --------------------------------------------------------------------------- task queues


async def test_task_queues_and_build_id_rollout(kind: str) -> None:
    with recorded("admin/task_queues") as rec:
        client = rec.client(kind)
        _register(rec, "tq-worker-7", build_id="build-7")
        _register(rec, "tq-worker-legacy")
        listed = await call(client.list_task_queues())
        described = await call(client.describe_task_queue(QUEUE))
        unknown = await call(client.describe_task_queue("nobody-here"))
        rollout = await call(client.list_task_queue_build_ids(QUEUE))
        drained = await call(client.drain_task_queue_build_id(QUEUE, "build-7"))
        drained_again = await call(client.drain_task_queue_build_id(QUEUE, "build-7"))
        unversioned = await call(client.drain_task_queue_build_id(QUEUE, None))
        during = await call(client.list_task_queue_build_ids(QUEUE))
        resumed = await call(client.resume_task_queue_build_id(QUEUE, None))
        promoted = await call(client.promote_task_queue_build_id(QUEUE, "build-7"))
        control = [(i, r) for i, r in enumerate(rec.requests) if "/worker/" not in r.path]
        calls = [(r.method, r.path, rec.json_body(i)) for i, r in control]
    assert calls == [
        ("GET", "/api/task-queues", None),
        ("GET", "/api/task-queues/orders", None),
        ("GET", "/api/task-queues/nobody-here", None),
        ("GET", "/api/task-queues/orders/build-ids", None),
        ("POST", "/api/task-queues/orders/build-ids/drain", {"build_id": "build-7"}),
        ("POST", "/api/task-queues/orders/build-ids/drain", {"build_id": "build-7"}),
        ("POST", "/api/task-queues/orders/build-ids/drain", {"build_id": None}),
        ("GET", "/api/task-queues/orders/build-ids", None),
        ("POST", "/api/task-queues/orders/build-ids/resume", {"build_id": None}),
        ("POST", "/api/task-queues/orders/build-ids/promote", {"build_id": "build-7"}),
    ]

    assert QUEUE in [q.name for q in listed.task_queues]
    listed_queue = next(q for q in listed.task_queues if q.name == QUEUE)
    assert listed_queue.admission is not None and listed_queue.pollers is None

    assert isinstance(described, TaskQueueDescription) and described.name == QUEUE
    assert described.pollers is not None
    assert {p["worker_id"] for p in described.pollers} == {"tq-worker-7", "tq-worker-legacy"}
    assert described.current_leases == []
    assert described.admission is not None
    wf = described.admission.workflow_tasks
    assert wf is not None and wf.active_worker_count == 2 and wf.configured_slot_count == 4
    act = described.admission.activity_tasks
    assert act is not None and act.configured_slot_count == 6
    assert described.admission.query_tasks is not None
    assert described.admission.query_tasks.max_pending_per_queue == 1024
    assert unknown.name == "nobody-here" and unknown.pollers == []

    assert isinstance(rollout, TaskQueueBuildIdRollout) and rollout.task_queue == QUEUE
    cohorts = {c.build_id: c for c in rollout.build_ids}
    assert set(cohorts) == {"build-7", None}
    assert cohorts["build-7"].active_worker_count == 1 and cohorts["build-7"].runtimes == ["python"]
    assert cohorts[None].total_worker_count == 1

    assert isinstance(drained, TaskQueueBuildIdRolloutState)
    assert (drained.task_queue, drained.build_id, drained.drain_intent) == (
        QUEUE,
        "build-7",
        "draining",
    )
    assert drained.drained_at is not None and drained_again.drained_at == drained.drained_at
    assert unversioned.build_id is None and unversioned.drain_intent == "draining"
    during_cohorts = {c.build_id: c for c in during.build_ids}
    assert during_cohorts["build-7"].drain_intent == "draining"
    assert during_cohorts["build-7"].draining_worker_count == 1
    assert resumed.build_id is None and resumed.drain_intent == "active"
    assert resumed.drained_at is None
    assert promoted.build_id == "build-7" and promoted.new_start_selected is True
    assert promoted.promoted_at is not None


# --------------------------------------------------------------------------- search attributes


async def test_search_attribute_lifecycle(kind: str) -> None:
    with recorded("admin/search_attributes") as rec:
        client = rec.client(kind)
        before = await call(client.list_search_attributes())
        created = await call(client.create_search_attribute("OrderStatus", "keyword"))
        with pytest.raises(errors.AlreadyExists):
            await call(client.create_search_attribute("OrderStatus", "keyword"))
        during = await call(client.list_search_attributes())
        deleted = await call(client.delete_search_attribute("OrderStatus"))
        with pytest.raises(errors.SearchAttributeNotFound):
            await call(client.delete_search_attribute("OrderStatus"))
        after = await call(client.list_search_attributes())
        calls = [(r.method, r.path, rec.json_body(i)) for i, r in enumerate(rec.requests)]
    create = {"name": "OrderStatus", "type": "keyword"}
    assert calls == [
        ("GET", "/api/search-attributes", None),
        ("POST", "/api/search-attributes", create),
        ("POST", "/api/search-attributes", create),
        ("GET", "/api/search-attributes", None),
        ("DELETE", "/api/search-attributes/OrderStatus", None),
        ("DELETE", "/api/search-attributes/OrderStatus", None),
        ("GET", "/api/search-attributes", None),
    ]
    assert before.system_attributes["WorkflowType"] == "keyword"
    assert before.system_attributes["StartTime"] == "datetime"
    assert before.custom_attributes == {}
    assert created == {"name": "OrderStatus", "type": "keyword", "outcome": "created"}
    assert during.custom_attributes == {"OrderStatus": "keyword"}
    assert deleted == {"name": "OrderStatus", "outcome": "deleted"}
    assert after.custom_attributes == {}
    assert after.system_attributes == before.system_attributes


# --------------------------------------------------------------------------- workers


async def test_worker_roster(kind: str) -> None:
    with recorded("admin/workers") as rec:
        client = rec.client(kind)
        _register(rec, "roster-worker-1", build_id="build-7")
        everyone = await call(client.list_workers())
        filtered = await call(client.list_workers(task_queue=QUEUE, status="active"))
        nobody = await call(client.list_workers(task_queue="elsewhere"))
        worker = await call(client.describe_worker("roster-worker-1"))
        removed = await call(client.deregister_worker("roster-worker-1"))
        with pytest.raises(errors.WorkerNotFound):
            await call(client.describe_worker("roster-worker-1"))
        with pytest.raises(errors.WorkerNotFound):
            await call(client.deregister_worker("roster-worker-1"))
        control = [(i, r) for i, r in enumerate(rec.requests) if "/worker/" not in r.path]
        calls = [(r.method, r.path, sorted(r.query), rec.json_body(i)) for i, r in control]
    assert calls == [
        ("GET", "/api/workers", [], None),
        ("GET", "/api/workers", [("status", "active"), ("task_queue", QUEUE)], None),
        ("GET", "/api/workers", [("task_queue", "elsewhere")], None),
        ("GET", "/api/workers/roster-worker-1", [], None),
        ("DELETE", "/api/workers/roster-worker-1", [], None),
        ("GET", "/api/workers/roster-worker-1", [], None),
        ("DELETE", "/api/workers/roster-worker-1", [], None),
    ]
    assert [w.worker_id for w in everyone.workers] == ["roster-worker-1"]
    assert [w.worker_id for w in filtered.workers] == ["roster-worker-1"]
    assert nobody.workers == []

    assert isinstance(worker, WorkerDescription)
    assert (worker.worker_id, worker.task_queue, worker.build_id) == (
        "roster-worker-1",
        QUEUE,
        "build-7",
    )
    assert (worker.runtime, worker.status) == ("python", "active")
    assert worker.supported_workflow_types == ["orders.fulfil"]
    assert worker.supported_activity_types == ["orders.charge"]
    assert (worker.max_concurrent_workflow_tasks, worker.max_concurrent_activity_tasks) == (2, 3)
    assert worker.registered_at is not None and worker.raw is not None
    assert everyone.workers[0].worker_id == worker.worker_id
    assert removed == {"worker_id": "roster-worker-1", "outcome": "deregistered"}
