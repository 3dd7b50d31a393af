"""Storage probe, operator passes, task queues, search attributes and workers (MockTransport).

Each method is checked for the exact request it sends (method, path, query, headers, JSON body)
and the value it returns, on both clients; then argument validation (nothing is sent), error
answers, both response shapes where the server and the reference SDK disagree, and retries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import (
    SearchAttributeList,
    StorageTestResult,
    TaskQueueBuildIdRollout,
    TaskQueueBuildIdRolloutState,
    TaskQueueDescription,
    TaskQueueList,
    TransportRetryPolicy,
    WorkerDescription,
    WorkerList,
)
from tests.conftest import shared_fixtures

from .conftest import Script, call, make_client, reply

WORKER = {
    "worker_id": "py-worker-1",
    "namespace": "default",
    "task_queue": "orders",
    "runtime": "python",
    "sdk_version": "durable-workflow-python/0.1.0",
    "build_id": "build-7",
    "supported_workflow_types": ["orders.fulfil"],
    "workflow_definition_fingerprints": [],
    "supported_activity_types": ["orders.charge"],
    "max_concurrent_workflow_tasks": 4,
    "max_concurrent_activity_tasks": 8,
    "status": "active",
    "last_heartbeat_at": "2026-04-22T09:30:00Z",
    "registered_at": "2026-04-22T09:00:00Z",
    "updated_at": "2026-04-22T09:30:00Z",
}

TASK_ADMISSION = {
    "status": "accepting",
    "budget_source": "worker_registration.max_concurrent_workflow_tasks",
    "active_worker_count": 1,
    "configured_slot_count": 4,
    "leased_count": 1,
    "ready_count": 2,
    "available_slot_count": 3,
    "server_max_active_leases_per_queue": None,
    "server_active_lease_count": 1,
    "server_lock_required": False,
    "server_lock_supported": True,
}

QUEUE = {
    "name": "orders",
    "stats": {"approximate_backlog_count": 2, "pollers": {"active_count": 1, "stale_count": 0}},
    "repair": {"candidates": 0},
    "admission": {
        "workflow_tasks": TASK_ADMISSION,
        "activity_tasks": {**TASK_ADMISSION, "status": "no_active_workers"},
        "query_tasks": {
            "status": "accepting",
            "budget_source": "server.query_tasks.max_pending_per_queue",
            "max_pending_per_queue": 1024,
            "approximate_pending_count": 0,
            "remaining_pending_capacity": 1024,
            "lock_required": True,
            "lock_supported": True,
        },
    },
}

ROLLOUT_STATE = {
    "namespace": "default",
    "task_queue": "orders",
    "build_id": "build-7",
    "drain_intent": "draining",
    "drained_at": "2026-04-22T09:45:00Z",
}


@dataclass
class Case:
    """One method call, the request it must send and a check of what it returns."""

    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    http_method: str
    path: str
    body: Any
    answer: Any
    check: Callable[[Any], None]
    query: dict[str, str] = field(default_factory=dict)
    status: int = 200


def _storage_passed(result: Any) -> None:
    assert isinstance(result, StorageTestResult)
    assert (result.status, result.namespace, result.driver) == ("passed", "default", "local")
    assert result.small_payload is not None and result.small_payload.bytes == 16
    assert result.large_payload is not None and result.large_payload.sha256 == "b" * 64
    assert result.large_payload.reference_uri == "file:///tmp/x"


def _queue_list(result: Any) -> None:
    assert isinstance(result, TaskQueueList)
    assert result.namespace == "default"
    [queue] = result.task_queues
    assert queue.name == "orders" and queue.pollers is None and queue.current_leases is None
    assert queue.admission is not None and queue.admission.workflow_tasks is not None
    assert queue.admission.workflow_tasks.configured_slot_count == 4


def _queue(result: Any) -> None:
    assert isinstance(result, TaskQueueDescription)
    assert result.name == "orders"
    assert result.namespace is None  # the server sends none
    assert result.stats == QUEUE["stats"]
    assert result.pollers == [{"worker_id": "py-worker-1"}]
    assert result.current_leases == []
    admission = result.admission
    assert admission is not None
    assert admission.workflow_tasks is not None and admission.activity_tasks is not None
    assert admission.workflow_tasks.status == "accepting"
    assert admission.workflow_tasks.server_lock_supported is True
    assert admission.workflow_tasks.server_max_active_leases_per_queue is None
    assert admission.activity_tasks.status == "no_active_workers"
    assert admission.query_tasks is not None and admission.query_tasks.max_pending_per_queue == 1024
    assert result.raw is not None and result.raw["repair"] == {"candidates": 0}


def _rollout(result: Any) -> None:
    assert isinstance(result, TaskQueueBuildIdRollout)
    assert (result.namespace, result.task_queue, result.stale_after_seconds) == (
        "default",
        "orders",
        60,
    )
    named, unversioned = result.build_ids
    assert named.build_id == "build-7" and named.active_worker_count == 1
    assert named.runtimes == ["python"] and named.drain_intent == "active"
    assert unversioned.build_id is None and unversioned.rollout_status == "no_workers"
    assert unversioned.total_worker_count == 0 and unversioned.new_start_selected is False


def _state(drain_intent: str, build_id: str | None = "build-7") -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert isinstance(result, TaskQueueBuildIdRolloutState)
        assert (result.task_queue, result.build_id, result.drain_intent) == (
            "orders",
            build_id,
            drain_intent,
        )

    return check


def _equals(expected: Any) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert result == expected

    return check


def _workers(result: Any) -> None:
    assert isinstance(result, WorkerList)
    assert result.namespace is None and result.stale_after_seconds is None
    [worker] = result.workers
    assert worker.worker_id == "py-worker-1" and worker.build_id == "build-7"
    assert worker.supported_activity_types == ["orders.charge"]


def _worker(result: Any) -> None:
    assert isinstance(result, WorkerDescription)
    assert result.worker_id == "py-worker-1" and result.runtime == "python"
    assert result.max_concurrent_activity_tasks == 8 and result.updated_at is not None
    assert result.raw == WORKER


REPAIR_STATUS = {
    "policy": {"redispatch_after_seconds": 3, "scan_limit": 25},
    "candidates": {"total_candidates": 0, "scopes": []},
}
REPAIR_PASS = {
    "throttled": False,
    "selected_existing_task_candidates": 0,
    "selected_missing_task_candidates": 1,
    "repaired_existing_tasks": 0,
    "repaired_missing_tasks": 1,
    "dispatched_tasks": 1,
    "command_contract_failures": [],
    "existing_task_failures": [],
    "missing_run_failures": [],
}
RETENTION_STATUS = {
    "namespace": "default",
    "retention_days": 30,
    "cutoff": "2026-03-24T05:00:00+00:00",
    "expired_run_count": 0,
    "expired_run_ids": [],
    "scan_limit": 100,
    "scan_pressure": False,
}
EMPTY_PASS = {"processed": 0, "pruned": 0, "skipped": 0, "failed": 0, "results": []}
TIMEOUT_STATUS = {
    "expired_count": 0,
    "expired_execution_ids": [],
    "scan_limit": 100,
    "scan_pressure": False,
}
TIMEOUT_PASS = {"processed": 0, "enforced": 0, "skipped": 0, "failed": 0, "results": []}

STORAGE_PASSED = {
    "status": "passed",
    "namespace": "default",
    "driver": "local",
    "small_payload": {"status": "passed", "bytes": 16, "sha256": "a" * 64, "reference_uri": "f"},
    "large_payload": {
        "status": "passed",
        "bytes": 64,
        "sha256": "b" * 64,
        "reference_uri": "file:///tmp/x",
    },
}

CASES = [
    Case(
        "test_external_storage",
        (),
        {"driver": "local", "small_payload_bytes": 16, "large_payload_bytes": 64},
        "POST",
        "/api/storage/test",
        {"small_payload_bytes": 16, "large_payload_bytes": 64, "driver": "local"},
        STORAGE_PASSED,
        _storage_passed,
    ),
    Case(
        "test_external_storage",
        (),
        {},
        "POST",
        "/api/storage/test",
        {"small_payload_bytes": 1024, "large_payload_bytes": 3 * 1024 * 1024},
        STORAGE_PASSED,
        _storage_passed,
    ),
    Case(
        "repair_status",
        (),
        {},
        "GET",
        "/api/system/repair",
        None,
        REPAIR_STATUS,
        _equals(REPAIR_STATUS),
    ),
    Case(
        "repair_pass",
        (),
        {},
        "POST",
        "/api/system/repair/pass",
        {},
        REPAIR_PASS,
        _equals(REPAIR_PASS),
    ),
    Case(
        "repair_pass",
        (),
        {"run_ids": ["run-1", "run-2"], "instance_id": "wf-1"},
        "POST",
        "/api/system/repair/pass",
        {"run_ids": ["run-1", "run-2"], "instance_id": "wf-1"},
        REPAIR_PASS,
        _equals(REPAIR_PASS),
    ),
    Case(
        "repair_pass",
        (),
        {"run_ids": []},
        "POST",
        "/api/system/repair/pass",
        {},
        REPAIR_PASS,
        _equals(REPAIR_PASS),
    ),
    Case(
        "retention_status",
        (),
        {},
        "GET",
        "/api/system/retention",
        None,
        RETENTION_STATUS,
        _equals(RETENTION_STATUS),
    ),
    Case(
        "retention_pass",
        (),
        {},
        "POST",
        "/api/system/retention/pass",
        {},
        EMPTY_PASS,
        _equals(EMPTY_PASS),
    ),
    Case(
        "retention_pass",
        (),
        {"run_ids": ("run-1",), "limit": 5},
        "POST",
        "/api/system/retention/pass",
        {"run_ids": ["run-1"], "limit": 5},
        EMPTY_PASS,
        _equals(EMPTY_PASS),
    ),
    Case(
        "activity_timeout_status",
        (),
        {},
        "GET",
        "/api/system/activity-timeouts",
        None,
        TIMEOUT_STATUS,
        _equals(TIMEOUT_STATUS),
    ),
    Case(
        "activity_timeout_pass",
        (),
        {},
        "POST",
        "/api/system/activity-timeouts/pass",
        {},
        TIMEOUT_PASS,
        _equals(TIMEOUT_PASS),
    ),
    Case(
        "activity_timeout_pass",
        (),
        {"execution_ids": ["ex-1"], "limit": 1},
        "POST",
        "/api/system/activity-timeouts/pass",
        {"execution_ids": ["ex-1"], "limit": 1},
        TIMEOUT_PASS,
        _equals(TIMEOUT_PASS),
    ),
    Case(
        "list_task_queues",
        (),
        {},
        "GET",
        "/api/task-queues",
        None,
        {"namespace": "default", "task_queues": [QUEUE]},
        _queue_list,
    ),
    Case(
        "describe_task_queue",
        ("orders",),
        {},
        "GET",
        "/api/task-queues/orders",
        None,
        {**QUEUE, "pollers": [{"worker_id": "py-worker-1"}], "current_leases": []},
        _queue,
    ),
    Case(
        "list_task_queue_build_ids",
        ("orders",),
        {},
        "GET",
        "/api/task-queues/orders/build-ids",
        None,
        {
            "namespace": "default",
            "task_queue": "orders",
            "stale_after_seconds": 60,
            "build_ids": [
                {
                    "build_id": "build-7",
                    "rollout_status": "active",
                    "drain_intent": "active",
                    "drained_at": None,
                    "active_worker_count": 1,
                    "draining_worker_count": 0,
                    "stale_worker_count": 0,
                    "total_worker_count": 1,
                    "runtimes": ["python"],
                    "sdk_versions": ["durable-workflow-python/0.1.0"],
                    "last_heartbeat_at": "2026-04-22T09:30:00Z",
                    "first_seen_at": "2026-04-22T09:00:00Z",
                },
                {
                    "build_id": None,
                    "rollout_status": "no_workers",
                    "drain_intent": "draining",
                    "drained_at": "2026-04-22T09:45:00Z",
                    "active_worker_count": 0,
                    "draining_worker_count": 0,
                    "stale_worker_count": 0,
                    "total_worker_count": 0,
                    "runtimes": [],
                    "sdk_versions": [],
                    "last_heartbeat_at": None,
                    "first_seen_at": None,
                },
            ],
        },
        _rollout,
    ),
    Case(
        "drain_task_queue_build_id",
        ("orders", "build-7"),
        {},
        "POST",
        "/api/task-queues/orders/build-ids/drain",
        {"build_id": "build-7"},
        ROLLOUT_STATE,
        _state("draining"),
    ),
    Case(
        "drain_task_queue_build_id",
        ("orders", None),
        {},
        "POST",
        "/api/task-queues/orders/build-ids/drain",
        {"build_id": None},
        {**ROLLOUT_STATE, "build_id": None},
        _state("draining", None),
    ),
    Case(
        "resume_task_queue_build_id",
        ("orders", None),
        {},
        "POST",
        "/api/task-queues/orders/build-ids/resume",
        {"build_id": None},
        {**ROLLOUT_STATE, "build_id": None, "drain_intent": "active", "drained_at": None},
        _state("active", None),
    ),
    Case(
        "promote_task_queue_build_id",
        ("orders",),
        {"build_id": "build-7"},
        "POST",
        "/api/task-queues/orders/build-ids/promote",
        {"build_id": "build-7"},
        {
            **ROLLOUT_STATE,
            "drain_intent": "active",
            "drained_at": None,
            "promoted_at": "2026-04-22T10:00:00Z",
            "new_start_selected": True,
            "deployment": {"name": "orders"},
        },
        _state("active"),
    ),
    Case(
        "list_search_attributes",
        (),
        {},
        "GET",
        "/api/search-attributes",
        None,
        {"system_attributes": {"WorkflowType": "keyword"}, "custom_attributes": []},
        _equals(SearchAttributeList({"WorkflowType": "keyword"}, {})),
    ),
    Case(
        "create_search_attribute",
        ("OrderStatus", "keyword"),
        {},
        "POST",
        "/api/search-attributes",
        {"name": "OrderStatus", "type": "keyword"},
        {"name": "OrderStatus", "type": "keyword", "outcome": "created"},
        _equals({"name": "OrderStatus", "type": "keyword", "outcome": "created"}),
        status=201,
    ),
    Case(
        "delete_search_attribute",
        ("OrderStatus",),
        {},
        "DELETE",
        "/api/search-attributes/OrderStatus",
        None,
        {"name": "OrderStatus", "outcome": "deleted"},
        _equals({"name": "OrderStatus", "outcome": "deleted"}),
    ),
    Case("list_workers", (), {}, "GET", "/api/workers", None, {"workers": [WORKER]}, _workers),
    Case(
        "list_workers",
        (),
        {"task_queue": "orders", "status": "active"},
        "GET",
        "/api/workers",
        None,
        {"workers": [WORKER]},
        _workers,
        query={"task_queue": "orders", "status": "active"},
    ),
    Case(
        "describe_worker",
        ("py-worker-1",),
        {},
        "GET",
        "/api/workers/py-worker-1",
        None,
        WORKER,
        _worker,
    ),
    Case(
        "deregister_worker",
        ("py-worker-1",),
        {},
        "DELETE",
        "/api/workers/py-worker-1",
        None,
        {"worker_id": "py-worker-1", "outcome": "deregistered"},
        _equals({"worker_id": "py-worker-1", "outcome": "deregistered"}),
    ),
]


def _case_id(case: Case) -> str:
    return f"{case.method}-{len(case.args)}-{'-'.join(sorted(case.kwargs))}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
async def test_request_and_result(kind: str, case: Case) -> None:
    script = Script([reply(case.status, case.answer)])
    client = make_client(kind, script, namespace="billing")
    result = await call(getattr(client, case.method)(*case.args, **case.kwargs))
    [request] = script.requests
    assert request.method == case.http_method
    assert request.url.path == case.path
    assert dict(request.url.params) == case.query
    body = json.loads(request.content) if request.content else None
    assert body == case.body
    assert request.headers["X-Namespace"] == "billing"
    assert request.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    assert request.headers["Authorization"] == "Bearer shared-secret-token"
    if case.body is not None:
        assert request.headers["Content-Type"] == "application/json"
    case.check(result)


def test_every_method_has_a_case() -> None:
    methods = {case.method for case in CASES}
    assert methods == {
        "test_external_storage",
        "repair_status",
        "repair_pass",
        "retention_status",
        "retention_pass",
        "activity_timeout_status",
        "activity_timeout_pass",
        "list_task_queues",
        "describe_task_queue",
        "list_task_queue_build_ids",
        "drain_task_queue_build_id",
        "promote_task_queue_build_id",
        "resume_task_queue_build_id",
        "list_search_attributes",
        "create_search_attribute",
        "delete_search_attribute",
        "list_workers",
        "describe_worker",
        "deregister_worker",
    }


async def test_path_segments_are_percent_encoded(kind: str) -> None:
    script = Script(
        [
            reply(200, {"name": "a/b c"}),
            reply(200, {**ROLLOUT_STATE, "task_queue": "a/b c"}),
            reply(200, {"worker_id": "w/1"}),
            reply(200, {"name": "x", "outcome": "deleted"}),
        ]
    )
    client = make_client(kind, script)
    described = await call(client.describe_task_queue("a/b c"))
    state = await call(client.drain_task_queue_build_id("a/b c", "b/1"))
    worker = await call(client.describe_worker("w/1"))
    await call(client.delete_search_attribute("x y"))
    raw_paths = [r.url.raw_path.decode() for r in script.requests]
    assert raw_paths == [
        "/api/task-queues/a%2Fb%20c",
        "/api/task-queues/a%2Fb%20c/build-ids/drain",
        "/api/workers/w%2F1",
        "/api/search-attributes/x%20y",
    ]
    assert script.body(1) == {"build_id": "b/1"}
    assert described.name == "a/b c" and state.task_queue == "a/b c"
    assert worker.worker_id == "w/1"


# --------------------------------------------------------------------------- mapping details


async def test_missing_names_default_to_the_request(kind: str) -> None:
    script = Script(
        [
            reply(200, {"stats": {}}),
            reply(200, {"build_ids": "nope"}),
            reply(200, {"drain_intent": "active", "drained_at": None}),
            reply(200, {"status": "active"}),
        ]
    )
    client = make_client(kind, script)
    queue = await call(client.describe_task_queue("orders"))
    rollout = await call(client.list_task_queue_build_ids("orders"))
    state = await call(client.resume_task_queue_build_id("orders", None))
    worker = await call(client.describe_worker("py-worker-1"))
    assert queue.name == "orders" and queue.admission is None
    assert rollout.task_queue == "orders" and rollout.build_ids == []
    assert state.task_queue == "orders" and state.build_id is None and state.namespace is None
    assert worker.worker_id == "py-worker-1" and worker.status == "active"


async def test_both_worker_list_shapes(kind: str) -> None:
    """The snapshot sends only ``workers``; the reference SDK also reads two optional keys."""
    script = Script(
        [
            reply(200, {"workers": [WORKER]}),
            reply(200, {"namespace": "default", "stale_after_seconds": 45, "workers": [WORKER]}),
        ]
    )
    client = make_client(kind, script)
    bare = await call(client.list_workers())
    full = await call(client.list_workers())
    assert (bare.namespace, bare.stale_after_seconds) == (None, None)
    assert (full.namespace, full.stale_after_seconds) == ("default", 45)
    assert bare.workers == full.workers


async def test_both_task_queue_shapes(kind: str) -> None:
    """Describe without ``namespace`` (snapshot) and with it (reference SDK, fixtures)."""
    script = Script([reply(200, QUEUE), reply(200, {**QUEUE, "namespace": "orders-prod"})])
    client = make_client(kind, script)
    bare = await call(client.describe_task_queue("orders"))
    full = await call(client.describe_task_queue("orders"))
    assert bare.namespace is None and full.namespace == "orders-prod"
    assert bare.admission == full.admission


async def test_rollout_cohort_sdk_fields(kind: str) -> None:
    cohort = {
        "build_id": "b-2",
        "rollout_status": "active",
        "active_worker_count": 1,
        "promoted_at": "2026-04-22T10:00:00Z",
        "new_start_selected": True,
        "workflow_definition_fingerprint_count": 2,
        "workflow_definition_fingerprint_conflicts": [{"workflow_type": "x"}],
        "runtimes": ["python", 7],
    }
    script = Script([reply(200, {"task_queue": "orders", "build_ids": [cohort]})])
    rollout = await call(make_client(kind, script).list_task_queue_build_ids("orders"))
    [parsed] = rollout.build_ids
    assert parsed.new_start_selected is True and parsed.promoted_at == "2026-04-22T10:00:00Z"
    assert parsed.workflow_definition_fingerprint_count == 2
    assert parsed.workflow_definition_fingerprint_conflicts == [{"workflow_type": "x"}]
    assert parsed.runtimes == ["python"] and parsed.draining_worker_count == 0
    assert rollout.stale_after_seconds is None and rollout.namespace is None


async def test_retention_pass_deleted_counts_kept_as_sent(kind: str) -> None:
    """Server: ``deleted`` per-table counts; fixtures: ``deleted: true``. Both come back as is."""
    item = {"run_id": "r1", "outcome": "pruned", "history_events_deleted": 3, "tasks_deleted": 1}
    server_body = {**EMPTY_PASS, "processed": 1, "pruned": 1}
    script = Script(
        [
            reply(200, {**server_body, "results": [{**item, "deleted": {"history_events": 3}}]}),
            reply(200, {**server_body, "results": [{**item, "deleted": True}]}),
        ]
    )
    client = make_client(kind, script)
    first = await call(client.retention_pass(run_ids=["r1"]))
    second = await call(client.retention_pass(run_ids=["r1"]))
    assert first["results"][0]["deleted"] == {"history_events": 3}
    assert second["results"][0]["deleted"] is True


# --------------------------------------------------------------------------- 207 is a result


@pytest.mark.parametrize(
    ("method", "kwargs", "body"),
    [
        (
            "repair_pass",
            {},
            {**REPAIR_PASS, "missing_run_failures": [{"run_id": "r1", "message": "boom"}]},
        ),
        (
            "retention_pass",
            {"run_ids": ["r1"]},
            {
                "processed": 1,
                "pruned": 0,
                "skipped": 0,
                "failed": 1,
                "results": [{"run_id": "r1", "outcome": "error", "reason": "disk full"}],
            },
        ),
        (
            "activity_timeout_pass",
            {"execution_ids": ["ex-1"]},
            {
                "processed": 1,
                "enforced": 0,
                "skipped": 0,
                "failed": 1,
                "results": [{"execution_id": "ex-1", "outcome": "error", "reason": "locked"}],
            },
        ),
    ],
)
async def test_multi_status_pass_is_returned(
    kind: str, method: str, kwargs: dict[str, Any], body: dict[str, Any]
) -> None:
    script = Script([reply(207, body)])
    result = await call(getattr(make_client(kind, script), method)(**kwargs))
    assert result == body
    assert len(script.requests) == 1


# --------------------------------------------------------------------------- storage probe


@pytest.mark.parametrize(
    "reason",
    ["external_storage_not_configured", "external_storage_disabled", "storage_driver_unavailable"],
)
async def test_storage_diagnostic_is_returned_as_failed_result(kind: str, reason: str) -> None:
    diagnostic = {
        "status": "failed",
        "reason": reason,
        "message": "External payload storage is not usable.",
        "namespace": "default",
        "driver": None,
        "supported_diagnostic_drivers": ["local"],
    }
    script = Script([reply(422, diagnostic)])
    result = await call(make_client(kind, script).test_external_storage())
    assert isinstance(result, StorageTestResult)
    assert (result.status, result.namespace, result.driver) == ("failed", "default", None)
    assert result.small_payload is None and result.large_payload is None
    assert result.raw == diagnostic


async def test_storage_validation_failure_raises(kind: str) -> None:
    body = {
        "message": "The small payload bytes field is required.",
        "reason": "validation_failed",
        "errors": {"small_payload_bytes": ["The small payload bytes field is required."]},
    }
    script = Script([reply(422, body)])
    with pytest.raises(errors.InvalidArgument) as caught:
        await call(make_client(kind, script).test_external_storage())
    assert caught.value.reason == "validation_failed"
    assert caught.value.errors == body["errors"]


async def test_storage_integrity_failure_raises(kind: str) -> None:
    body = {
        "reason": "storage_round_trip_failed",
        "message": "External storage round trip failed integrity verification.",
    }
    script = Script([reply(500, body)])
    with pytest.raises(errors.ServerError) as caught:
        await call(make_client(kind, script).test_external_storage(driver="local"))
    assert caught.value.status == 500
    assert caught.value.reason == "storage_round_trip_failed"
    assert len(script.requests) == 1  # a POST that may have run is not repeated


async def test_storage_failed_status_with_other_reason_raises(kind: str) -> None:
    script = Script([reply(422, {"status": "failed", "reason": "something_else"})])
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).test_external_storage())


@pytest.mark.parametrize(
    "kwargs",
    [
        {"driver": "ftp"},
        {"driver": ""},
        {"small_payload_bytes": 0},
        {"small_payload_bytes": 1_048_577},
        {"large_payload_bytes": 16_777_217},
        {"large_payload_bytes": True},
        {"small_payload_bytes": 1.5},
        {"large_payload_bytes": "64"},
    ],
)
async def test_storage_arguments_checked_before_sending(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).test_external_storage(**kwargs))
    assert script.requests == []


async def test_storage_size_bounds_are_inclusive(kind: str) -> None:
    script = Script([reply(200, STORAGE_PASSED)])
    await call(
        make_client(kind, script).test_external_storage(
            small_payload_bytes=1_048_576, large_payload_bytes=16_777_216
        )
    )
    assert script.body() == {"small_payload_bytes": 1_048_576, "large_payload_bytes": 16_777_216}


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("repair_pass", (), {"run_ids": "run-1"}),
        ("repair_pass", (), {"run_ids": ["ok", ""]}),
        ("repair_pass", (), {"run_ids": ["x" * 129]}),
        ("repair_pass", (), {"run_ids": [f"r{i}" for i in range(101)]}),
        ("repair_pass", (), {"run_ids": [1]}),
        ("repair_pass", (), {"instance_id": ""}),
        ("repair_pass", (), {"instance_id": "x" * 129}),
        ("retention_pass", (), {"limit": 0}),
        ("retention_pass", (), {"limit": True}),
        ("retention_pass", (), {"run_ids": "abc"}),
        ("activity_timeout_pass", (), {"limit": -1}),
        ("activity_timeout_pass", (), {"execution_ids": {"a": 1}}),
        ("describe_task_queue", ("",), {}),
        ("list_task_queue_build_ids", ("  ",), {}),
        ("drain_task_queue_build_id", ("", "b"), {}),
        ("drain_task_queue_build_id", ("orders", 7), {}),
        ("resume_task_queue_build_id", ("orders", "b" * 256), {}),
        ("promote_task_queue_build_id", ("orders", ["b"]), {}),
        ("create_search_attribute", ("Order", "string"), {}),
        ("create_search_attribute", ("Order", "KEYWORD"), {}),
        ("create_search_attribute", ("", "keyword"), {}),
        ("delete_search_attribute", ("",), {}),
        ("list_workers", (), {"task_queue": ""}),
        ("list_workers", (), {"status": 3}),
        ("describe_worker", ("",), {}),
        ("deregister_worker", (None,), {}),
    ],
)
async def test_bad_arguments_raise_before_sending(
    kind: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(getattr(make_client(kind, script), method)(*args, **kwargs))
    assert script.requests == []


async def test_build_id_limits_and_blank_values_pass_through(kind: str) -> None:
    script = Script([reply(200, ROLLOUT_STATE), reply(200, ROLLOUT_STATE)])
    client = make_client(kind, script)
    await call(client.drain_task_queue_build_id("orders", "b" * 255))
    await call(client.resume_task_queue_build_id("orders", ""))
    assert script.body(0) == {"build_id": "b" * 255}
    assert script.body(1) == {"build_id": ""}  # the server reads blank as the unversioned cohort


async def test_pass_limits_are_not_capped_client_side(kind: str) -> None:
    script = Script([reply(200, EMPTY_PASS)])
    await call(make_client(kind, script).retention_pass(limit=500))
    assert script.body() == {"limit": 500}


# --------------------------------------------------------------------------- error answers


@pytest.mark.parametrize(
    ("method", "args", "status", "body", "exc"),
    [
        (
            "describe_worker",
            ("ghost",),
            404,
            {"message": "Worker not found.", "reason": "worker_not_found"},
            errors.WorkerNotFound,
        ),
        ("deregister_worker", ("ghost",), 404, {"message": "gone"}, errors.WorkerNotFound),
        (
            "delete_search_attribute",
            ("Missing",),
            404,
            {"message": "Not found.", "reason": "attribute_not_found"},
            errors.SearchAttributeNotFound,
        ),
        ("delete_search_attribute", ("Missing",), 404, {}, errors.SearchAttributeNotFound),
        (
            "delete_search_attribute",
            ("WorkflowType",),
            409,
            {"message": "System attribute.", "reason": "system_attribute"},
            errors.Conflict,
        ),
        (
            "create_search_attribute",
            ("OrderStatus", "keyword"),
            409,
            {
                "message": "Exists.",
                "reason": "attribute_already_exists",
                "name": "OrderStatus",
                "type": "keyword",
            },
            errors.AlreadyExists,
        ),
        (
            "create_search_attribute",
            ("WorkflowType", "keyword"),
            409,
            {"message": "Reserved.", "reason": "name_reserved"},
            errors.Conflict,
        ),
        (
            "create_search_attribute",
            ("Extra", "int"),
            422,
            {"message": "Limit.", "reason": "search_attribute_limit_reached", "limit": 100},
            errors.InvalidArgument,
        ),
        (
            "promote_task_queue_build_id",
            ("orders", None),
            404,
            {"message": "Not found.", "reason": "not_found"},
            errors.NotFound,
        ),
        (
            "repair_status",
            (),
            403,
            {"message": "Forbidden.", "reason": "forbidden"},
            errors.Forbidden,
        ),
        (
            "list_task_queues",
            (),
            404,
            {"message": "Namespace missing.", "reason": "namespace_not_found"},
            errors.NamespaceNotFound,
        ),
        ("retention_status", (), 401, {"message": "Unauthenticated."}, errors.Unauthorized),
    ],
)
async def test_error_answers_map_to_typed_errors(
    kind: str,
    method: str,
    args: tuple[Any, ...],
    status: int,
    body: dict[str, Any],
    exc: type[Exception],
) -> None:
    script = Script([reply(status, body)])
    with pytest.raises(exc) as caught:
        await call(getattr(make_client(kind, script), method)(*args))
    assert isinstance(caught.value, errors.ServerError)
    assert caught.value.status == status


@pytest.mark.parametrize(
    "method",
    ["repair_status", "list_task_queues", "list_search_attributes", "list_workers"],
)
async def test_non_object_body_is_unexpected(kind: str, method: str) -> None:
    script = Script([httpx.Response(200, json=["not", "an", "object"])])
    with pytest.raises(errors.UnexpectedResponse):
        await call(getattr(make_client(kind, script), method)())


# --------------------------------------------------------------------------- retries


def _retrying() -> TransportRetryPolicy:
    return TransportRetryPolicy(
        max_attempts=3, initial_backoff_seconds=0.001, jitter=False, max_elapsed_seconds=None
    )


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("drain_task_queue_build_id", ("orders", "build-7")),
        ("resume_task_queue_build_id", ("orders", None)),
        ("promote_task_queue_build_id", ("orders", "build-7")),
        ("describe_worker", ("py-worker-1",)),
        ("repair_status", ()),
        ("deregister_worker", ("py-worker-1",)),
    ],
)
async def test_idempotent_calls_are_retried(kind: str, method: str, args: tuple[Any, ...]) -> None:
    script = Script([reply(503, {"message": "busy"}), reply(200, {**ROLLOUT_STATE, **WORKER})])
    client = make_client(kind, script, retry_policy=_retrying())
    await call(getattr(client, method)(*args))
    assert len(script.requests) == 2
    assert script.requests[0].content == script.requests[1].content


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("repair_pass", ()),
        ("retention_pass", ()),
        ("activity_timeout_pass", ()),
        ("create_search_attribute", ("OrderStatus", "keyword")),
        ("test_external_storage", ()),
    ],
)
async def test_passes_and_creates_are_not_retried_after_a_5xx(
    kind: str, method: str, args: tuple[Any, ...]
) -> None:
    script = Script([reply(503, {"message": "busy"}), reply(200, {})])
    client = make_client(kind, script, retry_policy=_retrying())
    with pytest.raises(errors.ServiceUnavailable):
        await call(getattr(client, method)(*args))
    assert len(script.requests) == 1


async def test_passes_are_retried_when_refused_with_429(kind: str) -> None:
    script = Script([reply(429, {"message": "slow down"}, {"Retry-After": "0"}), reply(200, {})])
    client = make_client(kind, script, retry_policy=_retrying())
    assert await call(client.retention_pass()) == {}
    assert len(script.requests) == 2


# --------------------------------------------------------------------------- reference semantics


def _fixture(name: str) -> dict[str, Any]:
    data = json.loads(shared_fixtures("control-plane", name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


async def _replay(kind: str, name: str) -> tuple[dict[str, Any], Any]:
    """Call the fixture's method with its arguments against its response body."""
    fixture = _fixture(name)
    sdk = fixture["sdk_python"]
    script = Script([reply(200, fixture["response_body"])])
    client = make_client(kind, script)
    kwargs = {**(sdk.get("args") or {}), **(sdk.get("kwargs") or {})}
    return fixture["semantic_body"], await call(getattr(client, sdk["method"])(**kwargs))


async def test_fixture_semantics_task_queue_describe(kind: str) -> None:
    semantic, queue = await _replay(kind, "task-queue-describe-parity.json")
    assert (queue.namespace, queue.name) == (semantic["namespace"], semantic["task_queue"])
    assert queue.admission.workflow_tasks.status == semantic["workflow_admission_status"]
    assert queue.admission.activity_tasks.status == semantic["activity_admission_status"]
    assert queue.admission.query_tasks.status == semantic["query_admission_status"]
    active = [p for p in queue.pollers if not p["is_stale"]]
    assert len(active) == semantic["active_pollers"]
    assert [lease["task_id"] for lease in queue.current_leases] == semantic["current_lease_ids"]


async def test_fixture_semantics_task_queue_list(kind: str) -> None:
    semantic, listed = await _replay(kind, "task-queue-list-parity.json")
    assert listed.namespace == semantic["namespace"]
    assert [q.name for q in listed.task_queues] == semantic["task_queue_names"]
    statuses = {q.name: q.admission.workflow_tasks.status for q in listed.task_queues}
    assert statuses == semantic["workflow_admission_statuses"]


async def test_fixture_semantics_build_ids(kind: str) -> None:
    semantic, rollout = await _replay(kind, "task-queue-build-ids-parity.json")
    assert (rollout.namespace, rollout.task_queue) == (
        semantic["namespace"],
        semantic["task_queue"],
    )
    assert [c.build_id for c in rollout.build_ids] == semantic["build_ids"]
    statuses = {c.build_id or "unversioned": c.rollout_status for c in rollout.build_ids}
    assert statuses == semantic["rollout_statuses"]


async def test_fixture_semantics_promote(kind: str) -> None:
    semantic, state = await _replay(kind, "task-queue-build-id-promote-parity.json")
    for key, value in semantic.items():
        assert getattr(state, key) == value, key


async def test_fixture_semantics_workers(kind: str) -> None:
    semantic, listed = await _replay(kind, "worker-list-parity.json")
    assert listed.namespace == semantic["namespace"]
    assert [w.worker_id for w in listed.workers] == semantic["worker_ids"]
    assert {(w.task_queue, w.status) for w in listed.workers} == {
        (semantic["task_queue"], semantic["status"])
    }
    semantic, worker = await _replay(kind, "worker-describe-parity.json")
    for key, value in semantic.items():
        assert getattr(worker, key) == value, key


async def test_fixture_semantics_search_attributes_and_storage(kind: str) -> None:
    semantic, listed = await _replay(kind, "search-attribute-list-parity.json")
    assert listed.system_attributes == semantic["system_attributes"]
    assert listed.custom_attributes == semantic["custom_attributes"]
    semantic, probe = await _replay(kind, "storage-test-parity.json")
    assert (probe.status, probe.namespace, probe.driver) == (
        semantic["status"],
        semantic["namespace"],
        semantic["driver"],
    )
    assert probe.small_payload.bytes == semantic["small_payload_bytes"]
    assert probe.large_payload.bytes == semantic["large_payload_bytes"]
    assert probe.large_payload.reference_uri == semantic["large_payload_reference_uri"]


# --------------------------------------------------------------------------- real server exchanges

_Call = tuple[str, tuple[Any, ...], dict[str, Any]]

#: Exchange recorded with the real server -> the client call that sends that request, and what
#: the answer must become (a result class, or an exception class).
REAL_EXCHANGES: dict[str, tuple[_Call, type]] = {
    "020-storage-test-not-configured": (
        ("test_external_storage", (), {"small_payload_bytes": 16, "large_payload_bytes": 4096}),
        StorageTestResult,
    ),
    "021-storage-test-local-passed": (
        (
            "test_external_storage",
            (),
            {"driver": "local", "small_payload_bytes": 16, "large_payload_bytes": 4096},
        ),
        StorageTestResult,
    ),
    "022-storage-test-driver-not-configured": (
        (
            "test_external_storage",
            (),
            {"driver": "s3", "small_payload_bytes": 16, "large_payload_bytes": 4096},
        ),
        StorageTestResult,
    ),
    "024-storage-test-operator-forbidden": (
        ("test_external_storage", (), {"small_payload_bytes": 16, "large_payload_bytes": 16}),
        errors.Forbidden,
    ),
    "025-search-attribute-list-ok": (("list_search_attributes", (), {}), SearchAttributeList),
    "026-search-attribute-create-ok": (
        ("create_search_attribute", ("customerTier", "keyword"), {}),
        dict,
    ),
    "027-search-attribute-create-int": (
        ("create_search_attribute", ("orderCount", "int"), {}),
        dict,
    ),
    "028-search-attribute-create-duplicate": (
        ("create_search_attribute", ("customerTier", "keyword"), {}),
        errors.AlreadyExists,
    ),
    "029-search-attribute-create-reserved-name": (
        ("create_search_attribute", ("WorkflowType", "keyword"), {}),
        errors.Conflict,
    ),
    "031-search-attribute-list-after-create": (
        ("list_search_attributes", (), {}),
        SearchAttributeList,
    ),
    "032-search-attribute-delete-ok": (("delete_search_attribute", ("orderCount",), {}), dict),
    "033-search-attribute-delete-unknown": (
        ("delete_search_attribute", ("noSuchAttribute",), {}),
        errors.SearchAttributeNotFound,
    ),
    "034-search-attribute-delete-system-attribute": (
        ("delete_search_attribute", ("WorkflowId",), {}),
        errors.Conflict,
    ),
    "215-system-activity-timeouts-status-one-expired": (
        ("activity_timeout_status", (), {}),
        dict,
    ),
    "216-system-activity-timeouts-pass-ok": (("activity_timeout_pass", (), {"limit": 10}), dict),
    "218-system-activity-timeouts-pass-explicit-unknown-id": (
        ("activity_timeout_pass", (), {"execution_ids": ["01nosuchexecution000000000"]}),
        dict,
    ),
    "222-task-queue-list-ok": (("list_task_queues", (), {}), TaskQueueList),
    "223-task-queue-describe-ok": (
        ("describe_task_queue", ("greeting-q",), {}),
        TaskQueueDescription,
    ),
    "224-task-queue-describe-unknown-queue": (
        ("describe_task_queue", ("no-such-queue",), {}),
        TaskQueueDescription,
    ),
    "225-task-queue-build-ids-unversioned": (
        ("list_task_queue_build_ids", ("greeting-q",), {}),
        TaskQueueBuildIdRollout,
    ),
    "226-task-queue-build-ids-versioned": (
        ("list_task_queue_build_ids", ("versioned-q",), {}),
        TaskQueueBuildIdRollout,
    ),
    "227-task-queue-build-id-drain-ok": (
        ("drain_task_queue_build_id", ("versioned-q", "build-2026-11-24"), {}),
        TaskQueueBuildIdRolloutState,
    ),
    "229-task-queue-build-id-drain-unversioned-cohort": (
        ("drain_task_queue_build_id", ("greeting-q", None), {}),
        TaskQueueBuildIdRolloutState,
    ),
    "233-task-queue-build-ids-after-drain": (
        ("list_task_queue_build_ids", ("versioned-q",), {}),
        TaskQueueBuildIdRollout,
    ),
    "234-task-queue-build-id-resume-ok": (
        ("resume_task_queue_build_id", ("versioned-q", "build-2026-11-24"), {}),
        TaskQueueBuildIdRolloutState,
    ),
    "235-task-queue-build-id-resume-unversioned-cohort": (
        ("resume_task_queue_build_id", ("greeting-q", None), {}),
        TaskQueueBuildIdRolloutState,
    ),
    "236-task-queue-list-worker-role-forbidden": (("list_task_queues", (), {}), errors.Forbidden),
    "237-worker-list-ok": (("list_workers", (), {}), WorkerList),
    "238-worker-list-filter-task-queue": (
        ("list_workers", (), {"task_queue": "greeting-q"}),
        WorkerList,
    ),
    "239-worker-list-filter-status": (("list_workers", (), {"status": "active"}), WorkerList),
    "240-worker-describe-ok": (("describe_worker", ("worker-greeting-1",), {}), WorkerDescription),
    "241-worker-describe-unknown": (
        ("describe_worker", ("no-such-worker",), {}),
        errors.WorkerNotFound,
    ),
    "242-worker-delete-operator-forbidden": (
        ("deregister_worker", ("worker-versioned-1",), {}),
        errors.Forbidden,
    ),
    "243-worker-delete-ok": (("deregister_worker", ("worker-versioned-1",), {}), dict),
    "244-worker-delete-unknown": (
        ("deregister_worker", ("worker-versioned-1",), {}),
        errors.WorkerNotFound,
    ),
    "245-task-queue-build-ids-after-worker-delete": (
        ("list_task_queue_build_ids", ("versioned-q",), {}),
        TaskQueueBuildIdRollout,
    ),
    "306-system-repair-status-ok": (("repair_status", (), {}), dict),
    "307-system-repair-pass-ok": (("repair_pass", (), {}), dict),
    "308-system-repair-pass-scoped-to-instance": (
        ("repair_pass", (), {"instance_id": "greeting-timeout"}),
        dict,
    ),
    "310-system-retention-status-ok": (("retention_status", (), {}), dict),
    "311-system-retention-pass-ok": (("retention_pass", (), {"limit": 10}), dict),
    "312-system-retention-pass-explicit-run-id": (
        ("retention_pass", (), {"run_ids": ["01m865dfgt57711fychnyz5grn"]}),
        dict,
    ),
    "313-system-retention-status-other-namespace": (("retention_status", (), {}), dict),
}

#: Recorded requests the client never sends: it refuses the arguments before sending.
REAL_REFUSED: dict[str, _Call] = {
    "023-storage-test-validation-error": ("test_external_storage", (), {"small_payload_bytes": 0}),
    "030-search-attribute-create-invalid-type": (
        "create_search_attribute",
        ("region", "geo_point"),
        {},
    ),
    "219-system-activity-timeouts-pass-validation-error": (
        "activity_timeout_pass",
        (),
        {"execution_ids": "not-a-list"},
    ),
    "309-system-repair-pass-validation-error": ("repair_pass", (), {"run_ids": "not-a-list"}),
}


def _exchange(name: str) -> dict[str, Any]:
    path = shared_fixtures("real-server-2026-04", f"{name}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("name", sorted(REAL_EXCHANGES))
async def test_real_server_exchange(kind: str, name: str) -> None:
    exchange = _exchange(name)
    (method, args, kwargs), outcome = REAL_EXCHANGES[name]
    recorded_request, answer = exchange["request"], exchange["response"]
    namespace = recorded_request["headers"].get("X-Namespace", "default")
    script = Script([reply(answer["status"], answer["body"])])
    client = make_client(kind, script, namespace=namespace)
    if issubclass(outcome, Exception):
        with pytest.raises(outcome):
            await call(getattr(client, method)(*args, **kwargs))
    else:
        assert isinstance(await call(getattr(client, method)(*args, **kwargs)), outcome)
    [sent] = script.requests
    assert sent.method == recorded_request["method"]
    assert sent.url.path == recorded_request["path"]
    assert dict(sent.url.params) == recorded_request["query"]
    assert (json.loads(sent.content) if sent.content else None) == recorded_request["body"]
    assert sent.headers["X-Namespace"] == namespace


@pytest.mark.parametrize("name", sorted(REAL_REFUSED))
async def test_real_server_refusal_is_caught_client_side(kind: str, name: str) -> None:
    exchange = _exchange(name)
    assert exchange["response"]["status"] == 422  # what the server answers to that request
    method, args, kwargs = REAL_REFUSED[name]
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(getattr(make_client(kind, script), method)(*args, **kwargs))
    assert script.requests == []
