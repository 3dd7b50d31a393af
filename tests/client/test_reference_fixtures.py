"""Replay the reference request fixtures through both clients.

Each fixture in ``fixtures/control-plane`` names a client method and its arguments, the request
the reference SDK sends (method, path under ``/api``, query, body or the expected body keys, and
which field carries a payload envelope), and often a response body. For every fixture whose
method the client implements, the request sent must match and the response must map without
error. Fixtures of methods not implemented yet are skipped with that reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from durable_workflow.client import AsyncClient
from tests.conftest import shared_fixtures_dir

from .conftest import FakePayloads, Script, call, make_client

FIXTURE_DIR = shared_fixtures_dir() / "control-plane"

# Fixtures that do not name their method.
METHOD_BY_OPERATION = {
    "namespace.create": "create_namespace",
    "namespace.delete": "delete_namespace",
    "namespace.describe": "describe_namespace",
    "namespace.list": "list_namespaces",
    "namespace.update": "update_namespace",
    "workflow.cancel": "cancel_workflow",
    "workflow.describe": "describe_workflow",
    "workflow.history": "get_history",
    "workflow.query": "query_workflow",
    "workflow.signal": "signal_workflow",
    "workflow.start": "start_workflow",
    "workflow.terminate": "terminate_workflow",
    "workflow.update": "update_workflow",
}

# Fields the worker protocol this client speaks (1.20) adds to a fixture's older exact body: they
# must be sent; their values are checked by the methods' own tests.
ADDED_REQUEST_FIELDS: dict[str, frozenset[str]] = {
    "workflow-task-poll-parity": frozenset({"poll_request_id", "timeout_seconds"}),
    "query-task-poll-parity": frozenset({"poll_request_id", "timeout_seconds"}),
    "query-task-complete-parity": frozenset({"result_envelope"}),
}

# A discovery document that allows every capability-gated call.
CLUSTER_INFO = {
    "version": "2.0.0",
    "control_plane": {
        "version": "2",
        "request_contract": {
            "schema": "durable-workflow.v2.control-plane-request.contract",
            "version": 1,
            "operations": {
                "update": {"fields": {"wait_for": {"canonical_values": ["accepted", "completed"]}}}
            },
        },
    },
    "worker_protocol": {"version": "1.20", "server_capabilities": {"query_tasks": True}},
}


def _fixture_files() -> list[Path]:
    if not FIXTURE_DIR.is_dir():
        return []
    return sorted(FIXTURE_DIR.glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _get_path(body: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        body = body[part]
    return body


def _set_path(body: Any, dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        body = body[part]
    body[last] = value


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.stem)
async def test_fixture(kind: str, path: Path) -> None:
    fixture = _load(path)
    sdk = fixture.get("sdk_python") or {}
    method_name = sdk.get("method") or METHOD_BY_OPERATION.get(fixture.get("operation", ""))
    if not method_name:
        pytest.fail(f"fixture {path.name} names no method; add it to METHOD_BY_OPERATION")
    assert hasattr(AsyncClient, method_name), f"the client has no {method_name}()"

    response_body = fixture.get("response_body")

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/cluster/info":
            return httpx.Response(200, json=CLUSTER_INFO)
        return httpx.Response(200, json=response_body if response_body is not None else {})

    script = Script([answer] * 5)
    client = make_client(kind, script, worker_token="worker-token-123456")
    kwargs = {**(sdk.get("args") or {}), **(sdk.get("kwargs") or {})}
    await call(getattr(client, method_name)(**kwargs))

    sent = [r for r in script.requests if r.url.path != "/api/cluster/info"]
    assert len(sent) == 1
    request = sent[0]
    expected = fixture["request"]
    assert request.method == expected["method"]
    assert request.url.path == "/api" + expected["path"]
    if "query" in expected:
        assert dict(request.url.params) == expected["query"]

    body = json.loads(request.content) if request.content else None
    envelope = sdk.get("payload_envelope")
    if envelope:
        assert isinstance(body, dict)
        sent_envelope = _get_path(body, envelope["field"])
        assert isinstance(sent_envelope, dict) and sent_envelope["codec"] == envelope["codec"]
        assert FakePayloads().decode(sent_envelope) == envelope["decoded"]
        _set_path(body, envelope["field"], envelope["decoded"])
    for field in sorted(ADDED_REQUEST_FIELDS.get(path.stem, frozenset())):
        assert isinstance(body, dict) and field in body, field
        del body[field]
    if "body" in expected:
        assert body == expected["body"]
    elif "expected_body" in sdk:
        assert isinstance(body, dict)
        for key, value in sdk["expected_body"].items():
            assert body.get(key) == value, key
    elif expected["method"] in ("GET", "DELETE"):
        assert body is None
