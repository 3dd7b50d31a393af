"""The 2026-04 generation's older payload framings: vectors, dispatch, recorded exchanges."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from durable_workflow.codec import (
    PayloadFraming,
    PayloadSerializer,
    UndecodablePayload,
    decode_any_blob,
    decode_legacy_value,
    decode_payload,
    encode_legacy_blob,
    encode_legacy_value,
    encode_payload,
    is_undecodable,
)
from durable_workflow.codec.avro import blob_bytes, encode_blob
from durable_workflow.errors import (
    ConfigurationError,
    InvalidPayloadFraming,
    UnsupportedPayloadSchema,
    ValueConversionError,
)
from tests.conftest import REPO_ROOT, shared_fixtures

VECTORS = json.loads((REPO_ROOT / "tests" / "vectors" / "legacy-framing.json").read_text())[
    "vectors"
]
GOLDEN_V1 = json.loads(shared_fixtures("avro-value-v1-golden.json").read_text())
EXCHANGES = sorted(shared_fixtures("real-server-2026-04").glob("*.json"))

#: Keys under which the recorded exchanges carry payloads (envelope blobs and raw blobs).
PAYLOAD_KEYS = frozenset(
    {"blob", "payload", "arguments", "result", "output", "exception", "details", "data"}
)


def _pointer(document: Any, pointer: str) -> Any:
    value = document
    for part in pointer.strip("/").split("/"):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector_decodes_to_its_value(vector: dict[str, Any]) -> None:
    assert decode_any_blob(vector["blob"]) == vector["value"]
    assert decode_payload({"codec": "avro", "blob": vector["blob"]}) == vector["value"]


@pytest.mark.parametrize(
    "vector",
    [v for v in VECTORS if v["framing"] == "json-wrapper"],
    ids=lambda v: v["name"],
)
def test_recorded_vector_is_taken_from_its_exchange_and_reencodes_byte_identically(
    vector: dict[str, Any],
) -> None:
    exchange = json.loads(shared_fixtures(*vector["source"].split("/")).read_text())
    assert _pointer(exchange, vector["pointer"]) == vector["blob"]
    assert encode_legacy_blob(vector["value"]) == vector["blob"]
    assert blob_bytes(vector["blob"])[0] == 0x00


def test_the_wrapper_layout_is_magic_string_and_version() -> None:
    assert encode_legacy_value(["world"]) == b"\x00\x12" + b'["world"]' + b"\x02"
    assert encode_legacy_value({"a": 1.0, "b": "é/"}) == (
        b"\x00\x26" + '{"a":1.0,"b":"é/"}'.encode() + b"\x02"
    )


def test_golden_value_v1_vectors_are_unchanged_and_still_decode() -> None:
    checked = 0
    for vector in GOLDEN_V1["cases"]:
        blob = vector["wire_base64"]
        value = decode_any_blob(blob)
        assert encode_blob(value) == blob
        checked += 1
    assert checked > 0


def test_serializer_writes_the_framing_it_is_asked_for() -> None:
    legacy = PayloadSerializer(framing="avro-legacy")
    envelope = legacy.encode(["world"])
    assert envelope == {"codec": "avro", "blob": "ABJbIndvcmxkIl0C"}
    current = PayloadSerializer()
    assert blob_bytes(current.encode(["world"])["blob"])[:2] == b"\xc3\x01"
    assert blob_bytes(current.encode(["world"], framing=PayloadFraming.LEGACY)["blob"])[0] == 0
    # Decoding reads both whatever the serializer writes.
    assert current.decode(envelope) == ["world"]
    assert legacy.decode(current.encode({"k": [1, 2.5, None]})) == {"k": [1, 2.5, None]}


def test_legacy_encoding_converts_python_types_first() -> None:
    from datetime import UTC, datetime

    blob = encode_payload({"at": datetime(2026, 4, 25, tzinfo=UTC)}, framing="avro-legacy")["blob"]
    assert decode_payload(blob) == {"at": "2026-04-25T00:00:00Z"}


def test_bytes_cannot_travel_in_the_legacy_framing() -> None:
    with pytest.raises(ValueConversionError, match="bytes") as caught:
        encode_payload({"raw": b"\x00"}, framing="avro-legacy", path="input")
    assert caught.value.path == "input['raw']"


def test_unknown_framing_name_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="avro-value-v1"):
        PayloadSerializer(framing="json")


@pytest.mark.parametrize(
    ("data", "error", "match"),
    [
        (b"", InvalidPayloadFraming, "empty"),
        (b"\x00\x12[1]\x02", InvalidPayloadFraming, "runs past the end"),
        (b"\x00\x06[1]\x02\x00", InvalidPayloadFraming, "trailing"),
        (b"\x00\x06[1]\x04", UnsupportedPayloadSchema, "version 2"),
        (b"\x00\x06[1]", InvalidPayloadFraming, "truncated varint"),
        (b"\x00\x06{x}\x02", InvalidPayloadFraming, "not JSON"),
        (b"\x00\x04\xff\xfe\x02", InvalidPayloadFraming, "UTF-8"),
        (b"\x00\x06NaN\x02", InvalidPayloadFraming, "not JSON"),
        (b"\x01\x00\x00", InvalidPayloadFraming, "truncated schema length"),
        (b'\x01\x00\x00\x00\x09"string"', InvalidPayloadFraming, "past the end"),
        (b"\x01\x00\x00\x00\x05nope!", InvalidPayloadFraming, "not JSON"),
        (b'\x01\x00\x00\x00\x07"nope!"', UnsupportedPayloadSchema, "writer schema"),
        (b'\x01\x00\x00\x00\x08"string"\x0a', InvalidPayloadFraming, "does not match"),
        (b'\x01\x00\x00\x00\x06"long"\x02\x02', InvalidPayloadFraming, "trailing"),
        (b"\x02abc", InvalidPayloadFraming, "expected a legacy"),
    ],
)
def test_malformed_legacy_frames_are_typed_errors(
    data: bytes, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match) as caught:
        decode_legacy_value(data)
    assert type(caught.value) is error


def _payload_strings(node: Any, key: str | None = None) -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _payload_strings(v, k)
    elif isinstance(node, list):
        for item in node:
            yield from _payload_strings(item, key)
    elif isinstance(node, str) and key in PAYLOAD_KEYS:
        try:
            data = base64.b64decode(node, validate=True)
        except ValueError:
            return
        if data[:1] in (b"\x00", b"\x01") or data[:2] == b"\xc3\x01":
            yield node


def _paired_values(node: Any) -> Iterator[tuple[Any, Any]]:
    """(envelope, server-decoded value) pairs: ``x_envelope`` beside ``x``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key.endswith("_envelope") and isinstance(value, dict) and "blob" in value:
                plain = key[: -len("_envelope")]
                if plain in node:
                    yield value, node[plain]
            yield from _paired_values(value)
    elif isinstance(node, list):
        for item in node:
            yield from _paired_values(item)


@pytest.mark.parametrize("path", EXCHANGES, ids=lambda p: p.stem)
def test_every_recorded_payload_decodes(path: Path) -> None:
    exchange = json.loads(path.read_text(encoding="utf-8"))
    for blob in _payload_strings(exchange):
        decode_payload(blob, "avro")
    for envelope, plain in _paired_values(exchange):
        decoded = decode_payload(envelope)
        if plain is not None:  # the server leaves some (a query's ``result``) null
            assert decoded == plain


def test_the_recorded_exchanges_carry_payloads_at_all() -> None:
    found = {
        blob
        for path in EXCHANGES
        for blob in _payload_strings(json.loads(path.read_text(encoding="utf-8")))
    }
    assert len(found) >= 10
    pairs = [
        pair
        for path in EXCHANGES
        for pair in _paired_values(json.loads(path.read_text(encoding="utf-8")))
        if pair[1] is not None
    ]
    assert len(pairs) >= 5
    assert found >= {v["blob"] for v in VECTORS if v["framing"] == "json-wrapper"}


def test_undecodable_payload_keeps_the_envelope_and_raises_when_used() -> None:
    envelope = {"codec": "avro", "blob": "not base64!"}
    try:
        decode_payload(envelope)
    except InvalidPayloadFraming as exc:
        error = exc
    stand_in = UndecodablePayload(envelope, "avro", error)
    assert is_undecodable(stand_in) and not is_undecodable(envelope)
    assert stand_in.raw is envelope and stand_in.codec == "avro" and stand_in.error is error
    assert "InvalidPayloadFraming" in repr(stand_in)
    assert stand_in == UndecodablePayload(dict(envelope), "avro", error)
    for touch in (
        lambda: stand_in.value,
        lambda: stand_in[0],
        lambda: list(stand_in),
        lambda: len(stand_in),
        lambda: bool(stand_in),
        lambda: str(stand_in),
        lambda: stand_in == ["x"],
        lambda: "x" in stand_in,
        lambda: stand_in.get("x"),
        lambda: int(stand_in),
        lambda: hash(stand_in),
    ):
        with pytest.raises(InvalidPayloadFraming):
            touch()
    with pytest.raises(AttributeError):
        stand_in.raw = None  # type: ignore[misc]
