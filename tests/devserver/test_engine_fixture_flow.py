"""The recorded greeting round trip, replayed step by step against the development server.

Server-generated identifiers differ between the recording and the replay: every ``*_id`` value of
a recorded response is mapped to the replayed one and substituted into later requests. Each step
must answer the recorded status and ``reason``/``outcome``, and carry every top-level field the
real server sent.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import httpx
import pytest

from tests.conftest import shared_fixtures
from tests.devserver.conftest import Api

FLOW: list[Any] = [
    "099-workflow-start-round-trip",
    "100-worker-register-ok",
    "101-worker-register-re-register-same-worker",
    "110-workflow-task-poll-unregistered-worker",
    "111-workflow-task-poll-task-queue-mismatch",
    "113-workflow-task-poll-ok-history-page-size-1",
    "114-workflow-task-history-page-2",
    "115-workflow-task-history-invalid-page-token",
    "116-workflow-task-heartbeat-ok",
    "117-workflow-task-heartbeat-wrong-lease-owner",
    "118-workflow-task-heartbeat-unknown-task",
    ("start", "119-workflow-query-answered-by-worker"),
    "120-query-task-poll-ok",
    "121-query-task-complete-ok",
    "122-query-task-complete-already-completed",
    ("join", "119-workflow-query-answered-by-worker"),
    "123-workflow-task-complete-unknown-command-type",
    "124-workflow-task-complete-timeout-out-of-order",
    "125-workflow-task-complete-empty-commands",
    "126-workflow-task-complete-wrong-attempt",
    "127-workflow-task-complete-schedule-activity",
    "128-workflow-task-complete-already-completed",
    "130-activity-task-poll-ok",
    "131-activity-task-heartbeat-ok",
    "132-activity-task-heartbeat-unknown-attempt",
    "133-activity-task-heartbeat-wrong-lease-owner",
    ("start", "136-workflow-query-failed-by-worker"),
    "137-query-task-poll-for-failure",
    "138-query-task-fail-wrong-lease-owner",
    "139-query-task-fail-ok",
    ("join", "136-workflow-query-failed-by-worker"),
    "140-activity-task-complete-wrong-lease-owner",
    "141-activity-task-complete-missing-attempt-id",
    "142-activity-task-complete-ok",
    "143-activity-task-complete-already-completed",
    "144-activity-task-heartbeat-after-completion",
    "145-workflow-task-poll-ok-after-activity",
    "146-workflow-task-complete-complete-workflow",
    "147-workflow-describe-completed",
    "148-workflow-task-poll-empty-long-poll",
    "149-activity-task-poll-empty-long-poll",
    "150-workflow-run-history-ok",
    "151-workflow-run-history-page-size-1",
    "152-workflow-run-history-page-2",
    "153-workflow-run-history-wait-new-event-true-string",
    "155-workflow-run-history-invalid-page-size",
    "157-workflow-run-history-export-ok",
    "159-workflow-signal-completed-workflow",
    "160-workflow-cancel-completed-workflow",
    "161-workflow-archive-completed",
    "162-workflow-archive-already-archived",
    "163-workflow-describe-archived",
]


def _learn(real: Any, ours: Any, ids: dict[str, str]) -> None:
    if isinstance(real, dict) and isinstance(ours, dict):
        for key, value in real.items():
            if key not in ours:
                continue
            other = ours[key]
            if key.endswith("_id") and isinstance(value, str) and isinstance(other, str):
                ids.setdefault(value, other)
            else:
                _learn(value, other, ids)
    elif isinstance(real, list) and isinstance(ours, list):
        for a, b in zip(real, ours, strict=False):
            _learn(a, b, ids)


def _swap(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        for real, ours in ids.items():
            value = value.replace(real, ours)
        return value
    if isinstance(value, dict):
        return {k: _swap(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_swap(v, ids) for v in value]
    return value


FAILURE_FLOW = [
    "164-workflow-start-failure-flow",
    "165-worker-register-failure-worker",
    "166-workflow-task-poll-failure-flow",
    "167-workflow-task-complete-schedule-activity-no-retry",
    "168-activity-task-poll-failure-flow",
    "169-activity-task-fail-missing-message",
    "170-activity-task-fail-non-retryable",
    "171-activity-task-fail-already-failed",
    "172-workflow-task-poll-after-activity-failure",
    "173-workflow-task-fail-missing-failure",
    "174-workflow-task-fail-ok",
    "175-workflow-task-fail-already-failed",
    "183-workflow-describe-after-task-failure",
    "185-workflow-run-terminate-ok",
    "186-workflow-terminate-already-terminated",
]

CONTINUE_FLOW: list[Any] = [
    "187-workflow-start-continue-as-new-flow",
    "188-worker-register-continue-worker",
    "189-workflow-task-poll-continue-flow",
    "190-workflow-task-complete-continue-as-new",
    "191-workflow-runs-two-runs",
    "192-workflow-run-describe-historical-run",
    "193-workflow-run-signal-historical-run",
    "194-workflow-run-query-historical-run",
    "195-workflow-run-update-historical-run",
    ("start", "198-workflow-run-query-current-run-answered-by-worker"),
    "199-query-task-poll-ok",
    "200-query-task-complete-ok",
    "201-query-task-complete-already-completed",
    ("join", "198-workflow-run-query-current-run-answered-by-worker"),
    "202-workflow-run-history-continued-run",
    "203-workflow-run-cancel-ok",
    "204-workflow-run-terminate-already-cancelled",
    "205-workflow-task-poll-after-cancel",
]


TIMEOUT_FLOW: list[str | float] = [
    "211-workflow-start-activity-timeout-flow",
    "212-worker-register-timeout-worker",
    "213-workflow-task-poll-timeout-flow",
    "214-workflow-task-complete-schedule-activity-short-timeout",
    2.0,  # the recording waited past the 1 s schedule-to-start timeout
    "215-system-activity-timeouts-status-one-expired",
    "216-system-activity-timeouts-pass-ok",
    "217-system-activity-timeouts-status-after-pass",
    "218-system-activity-timeouts-pass-explicit-unknown-id",
    "219-system-activity-timeouts-pass-validation-error",
    "220-workflow-task-poll-after-activity-timeout",
]


FLEET_FLOW = [
    "221-worker-register-with-build-id",
    "224-task-queue-describe-unknown-queue",
    "226-task-queue-build-ids-versioned",
    "227-task-queue-build-id-drain-ok",
    "228-task-queue-build-id-drain-missing-build-id",
    "229-task-queue-build-id-drain-unversioned-cohort",
    "230-worker-heartbeat-draining-build",
    "231-workflow-task-poll-draining-build",
    "232-workflow-task-poll-build-id-mismatch",
    "233-task-queue-build-ids-after-drain",
    "234-task-queue-build-id-resume-ok",
    "235-task-queue-build-id-resume-unversioned-cohort",
    "241-worker-describe-unknown",
    "243-worker-delete-ok",
    "244-worker-delete-unknown",
    "245-task-queue-build-ids-after-worker-delete",
]


@pytest.mark.parametrize(
    "flow",
    [FLOW, FAILURE_FLOW, CONTINUE_FLOW, TIMEOUT_FLOW, FLEET_FLOW],
    ids=["greeting", "failure", "continue", "activity-timeout", "fleet"],
)
def test_recorded_flow_replays(api: Api, flow: list[Any]) -> None:
    api.dev.server.config.background_sweeps = False  # time-driven passes run only when asked
    api.dev.server.config.query_timeout = 5.0
    ids: dict[str, str] = {}
    pending: dict[str, tuple[threading.Thread, dict[str, Any], dict[str, Any]]] = {}
    for case in flow:
        if isinstance(case, float):
            api.dev.clock.advance(case)  # type: ignore[attr-defined]
            continue
        if isinstance(case, tuple):
            action, name = case
            if action == "start":
                fixture = _fixture(name)
                out: dict[str, Any] = {}
                thread = threading.Thread(
                    target=lambda f=fixture, o=out: o.update(r=_send(api, f, ids))
                )
                thread.start()
                time.sleep(0.2)  # let the request register its query task
                pending[name] = (thread, out, fixture)
            else:
                thread, out, fixture = pending.pop(name)
                thread.join(10)
                _check(name, out["r"], fixture["response"], ids)
            continue
        fixture = _fixture(case)
        _check(case, _send(api, fixture, ids), fixture["response"], ids)


def _fixture(case: str) -> dict[str, Any]:
    path = shared_fixtures("real-server-2026-04", f"{case}.json")
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def _send(api: Api, fixture: dict[str, Any], ids: dict[str, str]) -> httpx.Response:
    request = fixture["request"]
    body = _swap(request.get("body"), ids)
    content = (
        body.encode()
        if isinstance(body, str)
        else (json.dumps(body).encode() if body is not None else None)
    )
    client = httpx.Client(base_url=api.dev.base_url, timeout=30)
    try:
        return client.request(
            request["method"],
            _swap(request["path"], ids),
            params=request.get("query") or {},
            content=content,
            headers=dict(request.get("headers") or {}),
        )
    finally:
        client.close()


def _check(case: str, r: httpx.Response, expected: dict[str, Any], ids: dict[str, str]) -> None:
    got, want = r.json(), expected["body"]
    assert r.status_code == expected["status"], (case, got)
    for key in ("reason", "outcome", "status", "run_status", "recorded"):
        if isinstance(want, dict) and key in want:
            assert got.get(key) == want[key], (case, key, got)
    missing = [k for k in want if k not in got] if isinstance(want, dict) else []
    assert not missing, (case, missing)
    if isinstance(want, dict) and isinstance(want.get("task"), dict):
        task_missing = [k for k in want["task"] if k not in got["task"]]
        assert not task_missing, (case, task_missing)
    _learn(want, got, ids)
