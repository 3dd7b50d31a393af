"""Exchanges recorded with the real server: every error body maps to a typed exception, and the
success bodies of the implemented methods map to the seed's dataclasses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from durable_workflow import errors as e
from durable_workflow.client import types as t
from durable_workflow.client._errors import error_from_response
from tests.conftest import shared_fixtures_dir

FOLDER = shared_fixtures_dir() / "real-server-2026-04"

# Recorded case -> the exception its answer must become.
EXPECTED: dict[str, type[e.ServerError]] = {
    "005-cluster-info-missing-token": e.Unauthorized,
    "008-namespace-create-duplicate": e.NamespaceAlreadyExists,
    "009-namespace-create-invalid-name": e.InvalidArgument,
    "010-namespace-create-operator-forbidden": e.Forbidden,
    "012-namespace-describe-unknown": e.NamespaceNotFound,
    "028-search-attribute-create-duplicate": e.AlreadyExists,
    "033-search-attribute-delete-unknown": e.SearchAttributeNotFound,
    "038-workflow-list-missing-control-plane-version": e.UnsupportedProtocolVersion,
    "044-worker-register-missing-protocol-version": e.UnsupportedProtocolVersion,
    "045-worker-register-unsupported-protocol-version": e.UnsupportedProtocolVersion,
    "049-workflow-start-wrong-content-type": e.InvalidArgument,
    "051-unrouted-path-not-found": e.NotFound,
    "053-unrouted-method-method-not-allowed": e.MethodNotAllowed,
    "056-workflow-start-duplicate-rejected": e.WorkflowAlreadyStarted,
    "065-workflow-start-id-reserved-in-other-namespace": e.Conflict,
    "069-workflow-describe-unknown": e.WorkflowNotFound,
    "073-workflow-run-describe-unknown-run": e.WorkflowNotFound,
    "079-workflow-signal-undeclared-signal-rejected": e.SignalFailed,
    "081-workflow-query-no-worker-query-not-found": e.QueryFailed,
    "083-workflow-update-undeclared-update-rejected": e.UpdateRejected,
    "110-workflow-task-poll-unregistered-worker": e.WorkerNotRegistered,
    "108-worker-heartbeat-unknown-worker": e.WorkerNotRegistered,
    "136-workflow-query-failed-by-worker": e.QueryFailed,
    "159-workflow-signal-completed-workflow": e.SignalFailed,
    "160-workflow-cancel-completed-workflow": e.Conflict,
    "177-workflow-query-worker-timeout": e.QueryFailed,
    "193-workflow-run-signal-historical-run": e.SignalFailed,
    "241-worker-describe-unknown": e.WorkerNotFound,
    "249-schedule-create-duplicate": e.ScheduleAlreadyExists,
    "258-schedule-describe-unknown": e.ScheduleNotFound,
    "275-schedule-backfill-end-before-start": e.InvalidArgument,
}


def _exchanges() -> list[Path]:
    return sorted(FOLDER.glob("*.json")) if FOLDER.is_dir() else []


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _errors() -> list[Path]:
    return [p for p in _exchanges() if _load(p)["response"]["status"] >= 400]


@pytest.mark.parametrize("path", _errors(), ids=lambda p: p.stem)
def test_error_answer_maps_to_a_typed_exception(path: Path) -> None:
    response = _load(path)["response"]
    status, body = response["status"], response.get("body")
    exc = error_from_response(status, body)
    assert isinstance(exc, e.ServerError)
    assert exc.status == status
    assert exc.body == body
    assert exc.message
    if isinstance(body, dict):
        assert exc.reason == body.get("reason")
        if body.get("reason") == "validation_failed":
            assert isinstance(exc, e.InvalidArgument) and exc.errors
    if path.stem in EXPECTED:
        assert type(exc) is EXPECTED[path.stem]


def test_expected_cases_exist() -> None:
    stems = {p.stem for p in _exchanges()}
    if not stems:
        pytest.skip("real-server exchanges not available")
    assert set(EXPECTED) <= stems


MAPPERS: dict[str, Any] = {
    "GET /api/namespaces": t.NamespaceList.from_wire,
    "POST /api/namespaces": t.NamespaceDescription.from_wire,
    "GET /api/namespaces/{namespace}": t.NamespaceDescription.from_wire,
    "PUT /api/namespaces/{namespace}": t.NamespaceDescription.from_wire,
    "PUT /api/namespaces/{namespace}/external-storage": t.NamespaceDescription.from_wire,
    "GET /api/workflows/{workflowId}": t.WorkflowExecution.from_wire,
    "GET /api/workflows": t.WorkflowList.from_wire,
    "GET /api/workflows/{workflowId}/runs": t.WorkflowRunList.from_wire,
    "GET /api/workflows/{workflowId}/runs/{runId}": t.WorkflowRun.from_wire,
    "GET /api/task-queues": t.TaskQueueList.from_wire,
    "GET /api/task-queues/{taskQueue}": t.TaskQueueDescription.from_wire,
    "GET /api/task-queues/{taskQueue}/build-ids": t.TaskQueueBuildIdRollout.from_wire,
    "GET /api/workers": t.WorkerList.from_wire,
    "GET /api/workers/{workerId}": t.WorkerDescription.from_wire,
    "GET /api/schedules": t.ScheduleList.from_wire,
    "GET /api/schedules/{scheduleId}": t.ScheduleDescription.from_wire,
    "GET /api/schedules/{scheduleId}/history": t.ScheduleHistoryPage.from_wire,
    "GET /api/search-attributes": t.SearchAttributeList.from_wire,
    "POST /api/storage/test": t.StorageTestResult.from_wire,
}


def _successes() -> list[Path]:
    found = []
    for path in _exchanges():
        data = _load(path)
        if data["response"]["status"] < 400 and data.get("route") in MAPPERS:
            found.append(path)
    return found


@pytest.mark.parametrize("path", _successes(), ids=lambda p: p.stem)
def test_success_body_maps_to_the_seed_dataclass(path: Path) -> None:
    data = _load(path)
    body = data["response"]["body"]
    mapped = MAPPERS[data["route"]](body)
    assert mapped is not None
    if isinstance(mapped, t.NamespaceDescription):
        assert mapped.name == body["name"]
    if isinstance(mapped, t.WorkflowExecution):
        assert (mapped.workflow_id, mapped.run_id, mapped.status) == (
            body["workflow_id"],
            body["run_id"],
            body["status"],
        )
    if isinstance(mapped, t.ScheduleDescription):
        assert mapped.schedule_id == body["schedule_id"]
        assert mapped.status in ("active", "paused")
