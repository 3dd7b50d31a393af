"""Payloads are checked once, when they are written, and describe does not re-decode them."""

from __future__ import annotations

import base64
from typing import Any

import pytest

import durable_workflow.codec.avro as avro_codec
from durable_workflow.devserver.engine.values import DISPLAY_BLOB_LIMIT
from tests.devserver.conftest import Api, avro

FRAMED_BUT_BROKEN = base64.b64encode(
    avro_codec.SINGLE_OBJECT_MAGIC + avro_codec.SCHEMA_FINGERPRINT + b"\xff\xff\xff"
).decode()
BAD_BLOBS = [FRAMED_BUT_BROKEN, "not base64!", "YWJ"]


@pytest.mark.parametrize("blob", BAD_BLOBS)
def test_broken_avro_in_start_and_signal_inputs_is_422(api: Api, blob: str) -> None:
    envelope = {"codec": "avro", "blob": blob}
    r = api.cp("POST", "/api/workflows", {"workflow_type": "t", "input": envelope})
    assert r.status_code == 422, r.text
    assert "input.blob" in r.json()["errors"]
    api.start("sig-target")
    r = api.cp("POST", "/api/workflows/sig-target/signal/go", {"input": envelope})
    assert r.status_code == 422, r.text


@pytest.mark.parametrize("blob", BAD_BLOBS)
def test_broken_avro_in_an_activity_result_is_422_and_the_activity_stays_open(
    api: Api, blob: str
) -> None:
    api.register()
    api.start("act-result")
    task = api.poll_wf()
    assert task is not None
    r = api.complete_wf(
        task, [{"type": "schedule_activity", "activity_type": "a", "task_queue": "q"}]
    )
    assert r.status_code == 200, r.text
    act = api.poll_act()
    assert act is not None
    r = api.wp(
        f"/api/worker/activity-tasks/{act['task_id']}/complete",
        {
            "activity_attempt_id": act["activity_attempt_id"],
            "lease_owner": "w1",
            "result": {"codec": "avro", "blob": blob},
        },
    )
    assert r.status_code == 422, r.text
    assert api.complete_act(act, "fine").status_code == 200


def test_describe_answers_big_inputs_as_their_envelope_only(api: Api) -> None:
    big: list[Any] = [None] * (DISPLAY_BLOB_LIMIT * 2)
    envelope = avro(big)
    assert len(envelope["blob"]) > DISPLAY_BLOB_LIMIT
    r = api.cp(
        "POST", "/api/workflows", {"workflow_type": "t", "workflow_id": "big", "input": envelope}
    )
    assert r.status_code == 201, r.text
    described = api.describe("big")
    assert described["input_envelope"] == envelope
    assert described["input"] == []
    small = api.start("small")
    assert api.describe("small")["input"] == ["world"] and small["run_id"]


def test_describe_does_not_decode_the_stored_input_again(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.start("decoded-once", input=avro(["a", {"b": [1, 2, 3]}]))
    calls = []
    real = avro_codec.decode_blob

    def counting(blob: str) -> Any:
        calls.append(blob)
        return real(blob)

    monkeypatch.setattr(avro_codec, "decode_blob", counting)
    for _ in range(5):
        assert api.describe("decoded-once")["input"] == ["a", {"b": [1, 2, 3]}]
    assert calls == []
