"""Payload work through the drivers with the real codec: envelopes, errors, external storage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import AsyncClient, SyncClient, TransportRetryPolicy
from durable_workflow.codec import (
    ExternalPayloadReference,
    LocalFileSystemStorage,
    decode_payload,
    encode_payload,
)

from .conftest import Script, call, reply

START_OK = {"workflow_id": "w", "run_id": "r", "workflow_type": "t", "outcome": "started_new"}


def _client(kind: str, script: Script, **kwargs: Any) -> AsyncClient | SyncClient:
    transport = httpx.MockTransport(script)
    options: dict[str, Any] = {
        "retry_policy": TransportRetryPolicy.disabled(),
        "worker_protocol_version": "1.20",
        "payload_framing": "avro-value-v1",
        **kwargs,
    }
    if kind == "async":
        return AsyncClient("http://dw.test", transport=transport, **options)
    return SyncClient("http://dw.test", transport=transport, **options)


async def test_start_workflow_sends_an_avro_envelope(kind: str) -> None:
    script = Script([reply(201, START_OK)])
    client = _client(kind, script)
    args = ["order-42", {"rush": True, "items": [1, 2]}]
    await call(
        client.start_workflow(workflow_type="t", task_queue="q", workflow_id="w", input=args)
    )
    sent = script.body()["input"]
    assert set(sent) == {"codec", "blob"} and sent["codec"] == "avro"
    assert sent["blob"].startswith("wwH")  # base64 of the single-object marker C3 01
    assert decode_payload(sent) == args


async def test_describe_decodes_avro_envelopes(kind: str) -> None:
    body = {
        "workflow_id": "w",
        "run_id": "r",
        "workflow_type": "t",
        "status": "completed",
        "payload_codec": "avro",
        "input_envelope": encode_payload([1, "a"]),
        "output_envelope": encode_payload({"total": 9.5}),
    }
    client = _client(kind, Script([reply(200, body)]))
    described = await call(client.describe_workflow("w"))
    assert described.input == [1, "a"]
    assert described.output == {"total": 9.5}


async def test_get_result_decodes_the_history_blob(kind: str) -> None:
    describe = {"workflow_id": "w", "run_id": "r", "status": "completed", "payload_codec": "avro"}
    history = {
        "events": [
            {
                "sequence": 4,
                "event_type": "WorkflowCompleted",
                "payload": {"output": encode_payload("done")["blob"], "payload_codec": "avro"},
            }
        ],
        "next_page_token": None,
    }
    client = _client(kind, Script([reply(200, describe), reply(200, history)]))
    assert await call(client.get_result(client.get_workflow_handle("w"))) == "done"


async def test_unencodable_input_fails_before_sending(kind: str) -> None:
    script = Script()
    client = _client(kind, script)
    with pytest.raises(errors.PayloadError):
        await call(
            client.start_workflow(
                workflow_type="t", task_queue="q", workflow_id="w", input=[object()]
            )
        )
    assert script.requests == []


async def test_payload_limit_is_enforced(kind: str) -> None:
    script = Script()
    client = _client(kind, script, payload_size_limit_bytes=64, payload_size_warnings=False)
    with pytest.raises(errors.PayloadTooLarge):
        await call(
            client.start_workflow(
                workflow_type="t", task_queue="q", workflow_id="w", input=["x" * 500]
            )
        )
    assert script.requests == []


async def test_external_storage_round_trip(kind: str, tmp_path: Path) -> None:
    storage = LocalFileSystemStorage(tmp_path)
    script = Script([reply(201, START_OK)])
    client = _client(kind, script, external_storage=storage, external_storage_threshold_bytes=16)
    big = ["x" * 200]
    await call(client.start_workflow(workflow_type="t", task_queue="q", workflow_id="w", input=big))
    sent = script.body()["input"]
    assert set(sent) == {"codec", "external_storage"}
    reference = ExternalPayloadReference.from_dict(sent["external_storage"])
    assert reference.uri.startswith("file://")

    describe = {"workflow_id": "w", "run_id": "r", "status": "running", "input_envelope": sent}
    script.add(reply(200, describe))
    fresh = _client(kind, script, external_storage=LocalFileSystemStorage(tmp_path))
    assert (await call(fresh.describe_workflow("w"))).input == big


class MemoryAsyncStorage:
    """An async external storage (the kind only the async client can drive)."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    async def put(self, data: bytes, *, sha256: str, codec: str) -> dict[str, Any]:
        self.blobs[sha256] = data
        return {
            "schema": "durable-workflow.v2.external-payload-reference.v1",
            "uri": f"memory://{sha256}",
            "sha256": sha256,
            "size_bytes": len(data),
            "codec": codec,
        }

    async def get(self, reference: ExternalPayloadReference) -> bytes:
        return self.blobs[reference.sha256]


async def test_async_external_storage_is_awaited_by_the_async_client() -> None:
    storage = MemoryAsyncStorage()
    script = Script([reply(201, START_OK)])
    client = _client("async", script, external_storage=storage, external_storage_threshold_bytes=1)
    await call(client.start_workflow(workflow_type="t", task_queue="q", workflow_id="w", input=[7]))
    assert set(script.body()["input"]) == {"codec", "external_storage"}
    assert len(storage.blobs) == 1


def test_async_external_storage_is_refused_by_the_sync_client() -> None:
    with pytest.raises(errors.ConfigurationError, match="AsyncClient"):
        _client("sync", Script(), external_storage=MemoryAsyncStorage())
