"""Worker-plane payloads and signatures.

Encode scope and labels, per-call storage, the reference fixture, signatures against the seed.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from durable_workflow import errors as e
from durable_workflow.client import AsyncClient, SyncClient, TransportRetryPolicy
from durable_workflow.codec import LocalFileSystemStorage, decode_payload
from tests.conftest import shared_fixtures, shared_path

from ._worker_plane_support import (
    worker_client,
)
from .conftest import FakePayloads, Script, call, reply

# --------------------------------------------------------------------------- payload scope


class RecordingPayloads(FakePayloads):
    """Fake codec that remembers each encode call's kind, context and path."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any], str]] = []

    def encode(
        self,
        value: Any,
        *,
        kind: str = "payload",
        context: Any = None,
        path: str = "value",
        framing: str | None = None,
    ) -> dict[str, Any]:
        self.calls.append((kind, dict(context or {}), path))
        return super().encode(value, kind=kind, context=context, path=path, framing=framing)

    async def encode_async(
        self,
        value: Any,
        *,
        kind: str = "payload",
        context: Any = None,
        path: str = "value",
        framing: str | None = None,
    ) -> dict[str, Any]:
        return self.encode(value, kind=kind, context=context, path=path, framing=framing)


async def test_encoded_values_carry_their_warning_labels(kind: str) -> None:
    script = Script([reply(200, {})] * 3)
    client = worker_client(kind, script)
    recorder = RecordingPayloads()
    client._core.payloads = recorder
    await call(
        client.complete_query_task(
            query_task_id="qt-1",
            lease_owner="w1",
            query_task_attempt=1,
            result=1,
            workflow_id="wf",
            run_id="run",
            query_name="status",
        )
    )
    ids = {"task_id": "at-1", "activity_attempt_id": "aa-1", "lease_owner": "w1"}
    await call(client.complete_activity_task(**ids, result=2, activity_name="sync"))
    await call(client.fail_activity_task(**ids, message="m", details=3, activity_name="sync"))
    assert recorder.calls == [
        ("query_result", {"workflow_id": "wf", "run_id": "run", "query_name": "status"}, "result"),
        ("activity_result", {"activity_name": "sync"}, "result"),
        ("activity_failure_details", {"activity_name": "sync"}, "details"),
    ]
    assert client._core.payloads is recorder


def real_client(kind: str, script: Script, **kwargs: Any) -> AsyncClient | SyncClient:
    transport = httpx.MockTransport(script)
    cls = AsyncClient if kind == "async" else SyncClient
    return cls(  # type: ignore[no-any-return]
        "http://dw.test",
        token="shared-secret-token",
        retry_policy=TransportRetryPolicy.disabled(),
        transport=transport,  # type: ignore[arg-type]
        **{"worker_protocol_version": "1.20", "payload_framing": "avro-value-v1", **kwargs},
    )


async def test_per_call_external_storage(kind: str, tmp_path: Path) -> None:
    script = Script([reply(200, {"outcome": "completed"})] * 3)
    client = real_client(kind, script)
    storage = LocalFileSystemStorage(tmp_path)
    ids = {"task_id": "at-1", "activity_attempt_id": "aa-1", "lease_owner": "w1"}
    value = {"rows": list(range(50))}
    await call(
        client.complete_activity_task(
            **ids, result=value, external_storage=storage, external_storage_threshold_bytes=16
        )
    )
    await call(client.complete_activity_task(**ids, result=value))
    await call(
        client.complete_query_task(
            query_task_id="qt-1",
            lease_owner="w1",
            query_task_attempt=1,
            result=value,
            external_storage=storage,
            external_storage_threshold_bytes=16,
        )
    )
    stored = script.body(0)["result"]
    assert stored["codec"] == "avro" and "external_storage" in stored and "blob" not in stored
    assert decode_payload(stored, external_storage=storage) == value
    assert "blob" in script.body(1)["result"]  # the client's own settings: inline
    query_body = script.body(2)
    assert query_body["result"] == value
    assert "external_storage" in query_body["result_envelope"]


async def test_per_call_threshold_needs_a_storage(kind: str) -> None:
    script = Script()
    client = real_client(kind, script)
    with pytest.raises(e.InvalidArgument):
        await call(
            client.complete_activity_task(
                task_id="t",
                activity_attempt_id="a",
                lease_owner="w",
                result=1,
                external_storage_threshold_bytes=10,
            )
        )
    with pytest.raises(e.InvalidArgument):
        await call(
            client.complete_activity_task(
                task_id="t",
                activity_attempt_id="a",
                lease_owner="w",
                result=1,
                external_storage=LocalFileSystemStorage("."),
                external_storage_threshold_bytes=0,
            )
        )
    assert script.requests == []


async def test_per_call_storage_needs_the_sdk_codec_and_a_driver(kind: str) -> None:
    script = Script()
    client = worker_client(kind, script)  # FakePayloads: a custom codec
    with pytest.raises(e.ConfigurationError):
        await call(
            client.complete_activity_task(
                task_id="t",
                activity_attempt_id="a",
                lease_owner="w",
                result=1,
                external_storage=LocalFileSystemStorage("."),
                external_storage_threshold_bytes=1,
            )
        )
    with pytest.raises(e.ConfigurationError):
        await call(
            client.complete_activity_task(
                task_id="t",
                activity_attempt_id="a",
                lease_owner="w",
                result=1,
                external_storage=object(),
                external_storage_threshold_bytes=1,
            )
        )
    assert script.requests == []


class AsyncStorage:
    async def put(self, data: bytes, *, sha256: str, codec: str) -> Any:
        raise AssertionError("not called")

    async def get(self, reference: Any) -> bytes:
        raise AssertionError("not called")


def test_sync_client_refuses_an_async_per_call_storage() -> None:
    script = Script()
    client = real_client("sync", script)
    with pytest.raises(e.ConfigurationError):
        client.complete_activity_task(
            task_id="t",
            activity_attempt_id="a",
            lease_owner="w",
            result=1,
            external_storage=AsyncStorage(),
            external_storage_threshold_bytes=1,
        )
    assert script.requests == []


# --------------------------------------------------------------------------- reference fixture


def test_query_result_envelope_matches_the_reference_fixture() -> None:
    path = shared_fixtures("control-plane", "query-task-complete-parity.json")
    fixture = json.loads(path.read_text(encoding="utf-8"))
    sdk = fixture["sdk_python"]
    script = Script([reply(200, {"outcome": "completed"})])
    client = real_client("sync", script)
    client.complete_query_task(**sdk["kwargs"])
    assert script.last.url.path == "/api" + fixture["request"]["path"]
    assert script.body() == sdk["request_body"]


# --------------------------------------------------------------------------- signatures

WORKER_PLANE_METHODS = (
    "register_worker",
    "heartbeat_worker",
    "poll_workflow_task",
    "complete_workflow_task",
    "fail_workflow_task",
    "workflow_task_history",
    "poll_query_task",
    "complete_query_task",
    "fail_query_task",
    "poll_activity_task",
    "complete_activity_task",
    "fail_activity_task",
    "heartbeat_activity_task",
)
SEED_DEFAULTS = {"None": None, "False": False, "serializer.AVRO_CODEC": "avro", "35.0": 35.0}


def _documented_signature(text: str, name: str) -> list[tuple[str, Any]] | None:
    """``(parameter, default)`` pairs of ``name(*, ...)`` in ``text`` (``...`` ends the list)."""
    match = re.search(rf"(?<![\w]){name}\(\*, ([^)]*)\)", text)
    if match is None:
        return None
    params: list[tuple[str, Any]] = []
    for part in (p.strip() for p in match.group(1).split(",")):
        if part in ("…", "..."):
            break
        key, _, default = part.partition("=")
        value = inspect.Parameter.empty
        if default:
            value = SEED_DEFAULTS.get(default, default.strip("'"))
        params.append((key, value))
    return params


@pytest.mark.parametrize("name", WORKER_PLANE_METHODS)
def test_signatures_follow_the_seed_or_the_method_map(name: str) -> None:
    seed = shared_path("seed", "client-api-reference.txt").read_text(encoding="utf-8")
    method_map = shared_path("protocol", "client-method-map.md").read_text(encoding="utf-8")
    documented = _documented_signature(seed, name)
    exact = documented is not None
    if documented is None:
        documented = _documented_signature(method_map, name)
    for cls in (AsyncClient, SyncClient):
        parameters = list(inspect.signature(getattr(cls, name)).parameters.values())[1:]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
        actual = [(p.name, p.default) for p in parameters]
        if documented is None:  # heartbeat_activity_task: the map names SDK 2.12.0's
            assert actual == [
                ("task_id", inspect.Parameter.empty),
                ("activity_attempt_id", inspect.Parameter.empty),
                ("lease_owner", inspect.Parameter.empty),
                ("details", None),
            ]
        elif exact:
            assert actual == documented
        else:
            assert actual[: len(documented)] == documented
