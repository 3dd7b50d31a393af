"""Stateless error cases recorded against the real server, replayed against the development server.

Each case is sent as recorded (method, path, query, headers, raw body); the status, the ``reason``
and — for validation failures — the error map must match the recording. The fixtures live beside
the project and the test skips when they are absent.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import shared_fixtures
from tests.devserver.conftest import Api

CASES = [
    "038-workflow-list-missing-control-plane-version",
    "039-workflow-list-unsupported-control-plane-version",
    "040-workflow-list-unknown-namespace",
    "041-workflow-list-missing-version-and-unknown-namespace",
    "044-worker-register-missing-protocol-version",
    "045-worker-register-unsupported-protocol-version",
    "046-worker-register-unknown-namespace",
    "047-worker-register-malformed-json",
    "048-workflow-start-malformed-json",
    "049-workflow-start-wrong-content-type",
    "050-workflow-start-form-content-type",
    "051-unrouted-path-not-found",
    "053-unrouted-method-method-not-allowed",
    "058-workflow-start-missing-workflow-type",
    "059-workflow-start-bad-duplicate-policy",
    "060-workflow-start-unsupported-fields",
    "061-workflow-start-invalid-workflow-id",
    "062-workflow-start-input-not-array",
    "063-workflow-start-bad-search-attribute-key",
    "069-workflow-describe-unknown",
    "071-workflow-runs-unknown",
    "073-workflow-run-describe-unknown-run",
    "076-workflow-debug-unknown",
    "078-workflow-run-debug-unknown-run",
    "156-workflow-run-history-unknown-run",
    "158-workflow-run-history-export-unknown-run",
    "244-worker-delete-unknown",
    "080-workflow-signal-unknown-workflow",
    "082-workflow-query-unknown-workflow",
    "085-workflow-update-legacy-wait-policy",
    "086-workflow-update-bad-wait-for",
    "087-workflow-update-unknown-workflow",
    "090-workflow-repair-unknown-workflow",
    "097-workflow-list-bad-status-filter",
    "103-worker-register-invalid-runtime",
    "104-worker-register-missing-task-queue",
    "108-worker-heartbeat-unknown-worker",
    "109-worker-heartbeat-missing-worker-id",
    "110-workflow-task-poll-unregistered-worker",
    "112-workflow-task-poll-missing-task-queue",
    "118-workflow-task-heartbeat-unknown-task",
    "129-activity-task-poll-unregistered-worker",
    "179-query-task-poll-unregistered-worker",
    "180-query-task-complete-unknown-task",
    "181-query-task-fail-unknown-task",
    "182-query-task-complete-validation-error",
    "208-workflow-terminate-unknown-workflow",
    "209-workflow-cancel-unknown-workflow",
    "210-workflow-archive-unknown-workflow",
    "219-system-activity-timeouts-pass-validation-error",
    "228-task-queue-build-id-drain-missing-build-id",
    "241-worker-describe-unknown",
    "309-system-repair-pass-validation-error",
]


def _load(case: str) -> dict[str, Any]:
    path = shared_fixtures("real-server-2026-04", f"{case}.json")
    data: dict[str, Any] = json.loads(path.read_text())
    return data


@pytest.mark.parametrize("case", CASES)
def test_error_case_matches_recording(shared_api: Api, case: str) -> None:
    fixture = _load(case)
    request, expected = fixture["request"], fixture["response"]
    body = request.get("body")
    content: bytes | None = None
    if isinstance(body, str):
        content = body.encode()
    elif body is not None:
        content = json.dumps(body).encode()
    headers = dict(request.get("headers") or {})
    if content is not None and not any(k.lower() == "content-type" for k in headers):
        headers["Content-Type"] = "application/json"
    r = shared_api.http.request(
        request["method"],
        request["path"],
        params=request.get("query") or {},
        content=content,
        headers=headers,
    )
    want = expected["body"]
    got = r.json()
    assert r.status_code == expected["status"], (case, got)
    if isinstance(want, dict) and "reason" in want:
        assert got.get("reason") == want["reason"], (case, got)
    if isinstance(want, dict) and want.get("reason") == "validation_failed":
        assert got["errors"] == want["errors"], (case, got)
        assert got["message"] == want["message"], (case, got)
