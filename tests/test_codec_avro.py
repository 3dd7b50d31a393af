"""Avro Value v1 encoding, decoding and single-object framing."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import math
import struct
from enum import Enum, IntEnum, StrEnum
from typing import Any

import fastavro
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from durable_workflow.codec import avro
from durable_workflow.codec.avro import (
    FRAME_HEADER,
    MAX_NESTING_DEPTH,
    SCHEMA_FINGERPRINT,
    VALUE_SCHEMA,
    AvroValue,
    decode_blob,
    decode_datum,
    decode_value,
    encode_blob,
    encode_datum,
    encode_value,
    parsed_value_schema,
)
from durable_workflow.errors import (
    InvalidPayloadFraming,
    PayloadConversionError,
    PayloadError,
    UnsupportedPayloadSchema,
    ValueConversionError,
)
from tests.conftest import shared_fixtures

ERROR_CLASSES: dict[str, type[PayloadError]] = {
    cls.code: cls for cls in (InvalidPayloadFraming, UnsupportedPayloadSchema)
}

# What the composite golden cases decode to (the fixture gives only their wire bytes).
COMPOSITE_VALUES: dict[str, AvroValue] = {
    "array": [None, True, 7, 7.0, b"\x00\xff", "text"],
    "map": {"a": 1, "b": [False]},
    "map_empty": {},
    "map_key_0": {"0": "zero"},
    "map_keys_0_1": {"0": "zero", "1": "one"},
    "nested": {"items": [{"enabled": True}, b"bytes", -2.5]},
}


def _golden() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        shared_fixtures("avro-value-v1-golden.json").read_text(encoding="utf-8")
    )
    return data


def _case_value(case: dict[str, Any]) -> AvroValue:
    kind = case["kind"]
    if case["name"] in COMPOSITE_VALUES:
        return COMPOSITE_VALUES[case["name"]]
    if kind == "null":
        return None
    if kind == "boolean":
        return bool(case["value"])
    if kind == "long":
        return int(case["value"])
    if kind == "double":
        return float(case["value"])
    if kind == "bytes":
        return base64.b64decode(case["value_base64"])
    if kind == "string":
        return str(case["value"])
    raise AssertionError(f"unexpected golden case {case['name']}")


def _same(a: AvroValue, b: AvroValue) -> bool:
    """Equality that also tells 7 from 7.0 and True from 1 and 0.0 from -0.0."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        assert isinstance(b, float)
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b


# ----------------------------------------------------------------------- fastavro as the oracle

_NS = "durable_workflow.protocol."


def _to_record(value: AvroValue) -> dict[str, Any]:
    if value is None:
        return {"value": None}
    if isinstance(value, bool):
        return {"value": (_NS + "BooleanValue", {"boolean": value})}
    if isinstance(value, int):
        return {"value": (_NS + "LongValue", {"long": value})}
    if isinstance(value, float):
        return {"value": (_NS + "DoubleValue", {"double": value})}
    if isinstance(value, bytes):
        return {"value": (_NS + "BytesValue", {"bytes": value})}
    if isinstance(value, str):
        return {"value": (_NS + "StringValue", {"string": value})}
    if isinstance(value, list):
        return {"value": (_NS + "ArrayValue", {"items": [_to_record(v) for v in value]})}
    return {"value": (_NS + "MapValue", {"entries": {k: _to_record(v) for k, v in value.items()}})}


def _from_record(record: dict[str, Any]) -> AvroValue:
    branch = record["value"]
    if branch is None:
        return None
    ((name, inner),) = branch.items()
    if name == "items":
        return [_from_record(v) for v in inner]
    if name == "entries":
        return {k: _from_record(v) for k, v in inner.items()}
    result: AvroValue = inner
    return result


def _fastavro_encode(value: AvroValue) -> bytes:
    out = io.BytesIO()
    fastavro.schemaless_writer(out, parsed_value_schema(), _to_record(value))
    return out.getvalue()


def _fastavro_decode(datum: bytes) -> AvroValue:
    record = fastavro.schemaless_reader(io.BytesIO(datum), parsed_value_schema(), None)
    assert isinstance(record, dict)
    return _from_record(record)


# ------------------------------------------------------------------------------------ schema


def test_schema_constant_matches_published_schema() -> None:
    published = json.loads(
        shared_fixtures("durable_workflow.protocol.Value.v1.avsc").read_text(encoding="utf-8")
    )
    assert published == VALUE_SCHEMA


def test_fingerprint_is_crc64_of_parsing_canonical_form() -> None:
    canonical = fastavro.schema.to_parsing_canonical_form(VALUE_SCHEMA)
    assert fastavro.schema.fingerprint(canonical, "CRC-64-AVRO") == SCHEMA_FINGERPRINT.hex()
    assert SCHEMA_FINGERPRINT.hex() == _golden()["fingerprint"]
    assert FRAME_HEADER[:2].hex() == _golden()["magic_hex"]


def test_parsed_schema_is_cached() -> None:
    assert parsed_value_schema() is parsed_value_schema()


# ------------------------------------------------------------------------------ golden vectors


def _golden_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = _golden()["cases"]
    return cases


def test_every_golden_case_is_known() -> None:
    names = [case["name"] for case in _golden_cases()]
    assert len(names) == 16
    for case in _golden_cases():
        _case_value(case)  # raises for an unexpected case


@pytest.mark.parametrize("index", range(16))
def test_golden_vector_encodes_byte_identically(index: int) -> None:
    cases = _golden_cases()
    case = cases[index]
    value = _case_value(case)
    assert encode_blob(value) == case["wire_base64"]
    assert encode_value(value) == base64.b64decode(case["wire_base64"])


@pytest.mark.parametrize("index", range(16))
def test_golden_vector_decodes_to_its_value(index: int) -> None:
    case = _golden_cases()[index]
    decoded = decode_blob(case["wire_base64"])
    assert _same(decoded, _case_value(case)), case["name"]
    # and the decoder agrees with fastavro on the same datum
    datum = base64.b64decode(case["wire_base64"])[len(FRAME_HEADER) :]
    assert _same(decoded, _fastavro_decode(datum))
    assert _fastavro_encode(decoded) == datum


def test_golden_kinds_keep_distinct_types() -> None:
    assert decode_blob("wwHioz3/VYAiNwQO") == 7
    assert type(decode_blob("wwHioz3/VYAiNwQO")) is int
    assert type(decode_blob("wwHioz3/VYAiNwYAAAAAAAAcQA==")) is float
    negative_zero = decode_blob("wwHioz3/VYAiNwYAAAAAAAAAgA==")
    assert isinstance(negative_zero, float)
    assert math.copysign(1.0, negative_zero) == -1.0
    assert decode_blob("wwHioz3/VYAiNwIB") is True


@pytest.mark.parametrize("index", range(18))
def test_malformed_frames_are_rejected_with_the_listed_error(index: int) -> None:
    frames: list[dict[str, Any]] = _golden()["malformed_frames"]
    assert len(frames) == 18
    frame = frames[index]
    expected = ERROR_CLASSES[frame["error"]]
    with pytest.raises(PayloadError) as caught:
        decode_blob(frame["wire_base64"])
    assert type(caught.value) is expected, frame["name"]
    assert caught.value.code == frame["error"]
    assert str(caught.value).startswith(frame["error"] + ":")


def test_alternate_map_orders_decode_to_equal_values() -> None:
    groups: list[dict[str, Any]] = _golden()["alternate_map_orders"]
    assert groups
    for group in groups:
        decoded = [decode_blob(blob) for blob in group["wire_base64"]]
        assert len(decoded) >= 2
        for value in decoded[1:]:
            assert value == decoded[0]
    first = decode_blob(groups[0]["wire_base64"][0])
    assert first == {"outer": [{"left": 1, "right": b"x"}], "tail": "done"}
    # the encoder keeps insertion order, so each order re-encodes to its own bytes
    for blob in groups[0]["wire_base64"]:
        assert encode_blob(decode_blob(blob)) == blob


def test_long_zero_regression() -> None:
    fixture = json.loads(
        shared_fixtures("codec_regressions", "avro-value-v1-long-zero.json").read_text(
            encoding="utf-8"
        )
    )
    wire = fixture["framing"]["wire_base64"]
    assert fixture["failure_policy"]["operation"] == "round_trip"
    value = int(fixture["value"]["value"])
    assert encode_blob(value) == wire
    decoded = decode_blob(wire)
    assert decoded == 0
    assert type(decoded) is int


def test_protocol_examples() -> None:
    assert encode_blob(["Ada"]) == "wwHioz3/VYAiNwwCCgZBZGEA"
    assert decode_blob("wwHioz3/VYAiNwoSaGVsbG8gQWRh") == "hello Ada"
    assert decode_blob("wwHioz3/VYAiNwwCCgphbGljZQA=") == ["alice"]
    assert (
        encode_blob({"status": "ready", "open_items": 3})
        == "wwHioz3/VYAiNw4EDHN0YXR1cwoKcmVhZHkUb3Blbl9pdGVtcwQGAA=="
    )


# ----------------------------------------------------------------------------- encode errors


@pytest.mark.parametrize(
    ("value", "reason", "path"),
    [
        (2**63, "integer_overflow", "value"),
        ([1, -(2**63) - 1], "integer_overflow", "value[1]"),
        ({"a": [float("nan")]}, "non_finite_float", "value.a[0]"),
        ({"x": float("inf")}, "non_finite_float", "value.x"),
        ({"items": [{"k": float("-inf")}]}, "non_finite_float", "value.items[0].k"),
        ({1: "one"}, "invalid_map_key", "value[1]"),
        ({"ok": {None: 1}}, "invalid_map_key", "value.ok[None]"),
        ((1, 2), "unsupported_value_type", "value"),
        ([bytearray(b"x")], "unsupported_value_type", "value[0]"),
        ({"e-mail": {1, 2}}, "unsupported_value_type", "value['e-mail']"),
        ("\ud800", "invalid_string", "value"),
    ],
)
def test_encode_rejects_unrepresentable_values_with_path(
    value: Any, reason: str, path: str
) -> None:
    with pytest.raises(ValueConversionError) as caught:
        encode_value(value)
    assert caught.value.reason == reason
    assert caught.value.path == path
    assert isinstance(caught.value, PayloadConversionError)
    assert str(caught.value).startswith(reason + ":")
    assert path in str(caught.value)


def test_encode_path_root_is_configurable() -> None:
    with pytest.raises(ValueConversionError) as caught:
        encode_blob([{"items": [1, 2, 2**64]}], path="input")
    assert caught.value.path == "input[0].items[2]"


def test_encode_error_messages_follow_the_protocol_texts() -> None:
    with pytest.raises(ValueConversionError, match="Avro Value long must be within signed 64"):
        encode_value(-(2**63) - 1)
    with pytest.raises(ValueConversionError, match="keys are never stringified"):
        encode_value({1: 1})
    with pytest.raises(ValueConversionError, match="adapt tuple to a canonical Avro Value kind"):
        encode_value((1,))


def test_long_range_edges_encode() -> None:
    for number in (avro.LONG_MIN, avro.LONG_MAX, -65, -64, 63, 64, 4095, 4096, 2**40):
        assert decode_value(encode_value(number)) == number


def test_canonical_type_subclasses_encode_as_their_kind() -> None:
    class Color(str, Enum):  # noqa: UP042 - the mixin form, whose str() is "Color.RED"
        RED = "red"

    class Shade(StrEnum):
        DARK = "dark"

    class Level(IntEnum):
        HIGH = 3

    class Tags(list[Any]):
        pass

    class Attrs(dict[str, Any]):
        pass

    value: Any = [Color.RED, Shade.DARK, Level.HIGH, Tags(["a"]), Attrs(k=True)]
    decoded = decode_value(encode_value(value))
    assert decoded == ["red", "dark", 3, ["a"], {"k": True}]
    assert isinstance(decoded, list)
    assert [type(v) for v in decoded] == [str, str, int, list, dict]
    assert encode_value(True) != encode_value(1)


def test_nesting_limit_on_encode() -> None:
    ok: Any = None
    for _ in range(MAX_NESTING_DEPTH):
        ok = [ok]
    assert decode_value(encode_value(ok)) == ok
    with pytest.raises(ValueConversionError) as caught:
        encode_value([ok])
    assert caught.value.reason == "nesting_too_deep"
    assert caught.value.path.startswith("value[0][0]")


# ----------------------------------------------------------------------------- strict decoding


def _frame(datum: bytes) -> bytes:
    return FRAME_HEADER + datum


@pytest.mark.parametrize(
    ("datum", "detail"),
    [
        (b"\x02\x02", "boolean"),
        (b"\x02\xff", "boolean"),
        (b"\x04" + b"\xff" * 10 + b"\x01", "longer than 10 bytes"),
        (b"\x04" + b"\xff" * 9 + b"\x7f", "exceeds 64 bits"),
        (b"\x0a\x03abc", "negative length"),
        (b"\x08\x03abc", "negative length"),
        (b"\x0e\x04\x02a\x00\x02a\x00\x00", "duplicate map key"),
        (b"\x0e\x02\x02\xff\x00\x00", "UTF-8"),
        (b"\x0c\x01\x01\x00\x00", "negative block size"),
        (b"\x10", "invalid union branch"),
        (b"\x80\x01", "invalid union branch"),
        (b"\x01", "invalid union branch"),
    ],
)
def test_decode_is_strict(datum: bytes, detail: str) -> None:
    with pytest.raises(InvalidPayloadFraming, match=detail):
        decode_value(_frame(datum))


def test_decode_rejects_truncated_lengths() -> None:
    with pytest.raises(InvalidPayloadFraming, match="truncated"):
        decode_value(_frame(b"\x0a\x14abc"))
    with pytest.raises(InvalidPayloadFraming, match="truncated"):
        decode_value(_frame(b"\x0a\xfe\xff\xff\xff\xff\xff\xff\xff\x7f"))
    with pytest.raises(InvalidPayloadFraming, match="truncated"):
        decode_value(_frame(b"\x0c\xfe\xff\xff\xff\xff\xff\xff\xff\x7f\x00"))


def test_decode_bounds_nesting_instead_of_crashing() -> None:
    depth = 20_000
    datum = b"\x0c\x02" * depth + b"\x00" + b"\x00" * depth
    with pytest.raises(InvalidPayloadFraming, match="nesting deeper"):
        decode_value(_frame(datum))
    maps = b"\x0e\x02\x02k" * depth + b"\x00" + b"\x00" * depth
    with pytest.raises(InvalidPayloadFraming, match="nesting deeper"):
        decode_value(_frame(maps))


def test_decode_accepts_negative_block_counts_and_several_blocks() -> None:
    # two items in a negative-count block (with its byte size), then one more block of one item
    datum = b"\x0c\x03\x08" + b"\x04\x02\x04\x04" + b"\x02\x04\x06" + b"\x00"
    assert decode_value(_frame(datum)) == [1, 2, 3]
    assert _fastavro_decode(datum) == [1, 2, 3]
    # overlong (non-minimal) varints are valid Avro and decode to the same number
    assert decode_value(_frame(b"\x04\x80\x00")) == 0


def test_decode_accepts_bytes_like_input() -> None:
    framed = encode_value({"a": [1, "b"]})
    assert decode_value(bytearray(framed)) == {"a": [1, "b"]}
    assert decode_value(memoryview(framed)) == {"a": [1, "b"]}


def test_unframed_datum_helpers() -> None:
    value: AvroValue = {"k": [None, 1.5, b"\x01"]}
    datum = encode_datum(value)
    assert datum == _fastavro_encode(value)
    assert decode_datum(datum) == value
    with pytest.raises(InvalidPayloadFraming, match="trailing bytes"):
        decode_datum(datum + b"\x00")


@pytest.mark.parametrize(
    ("blob", "detail"),
    [
        ('{"stale":true}', "look like JSON"),
        ("[1,2]", "look like JSON"),
        ("null", "empty|magic"),  # valid base64 of junk bytes: framing, not base64, fails
        ("wwHioz3/VYAiNwQO\n", "base64"),
        ("wwHioz3_VYAiNwQO", "base64"),
        ("wwHioz3/VYAiNwQ", "base64"),
        ("wwHioz3/VYAiNwQOé", "base64"),
    ],
)
def test_blob_text_is_strict_base64(blob: str, detail: str) -> None:
    with pytest.raises(InvalidPayloadFraming, match=detail):
        decode_blob(blob)


def test_blob_must_be_text() -> None:
    with pytest.raises(InvalidPayloadFraming, match="must be a string"):
        decode_blob(b"wwHioz3/VYAiNwQO")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- property tests

_keys = st.text(max_size=8)
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=avro.LONG_MIN, max_value=avro.LONG_MAX)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.binary(max_size=16)
    | st.text(max_size=16)
)
_values = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(_keys, children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_values)
def test_round_trip_and_agreement_with_fastavro(value: AvroValue) -> None:
    framed = encode_value(value)
    assert framed[: len(FRAME_HEADER)] == FRAME_HEADER
    datum = framed[len(FRAME_HEADER) :]
    assert datum == _fastavro_encode(value)
    decoded = decode_value(framed)
    assert _same(decoded, value)
    assert _same(_fastavro_decode(datum), value)
    assert decode_blob(encode_blob(value)) == decoded


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40))
def test_arbitrary_bytes_never_escape_as_other_errors(tail: bytes) -> None:
    with contextlib.suppress(InvalidPayloadFraming):
        decode_value(FRAME_HEADER + tail)


def test_double_encoding_is_little_endian_ieee754() -> None:
    assert encode_datum(-2.5) == b"\x06" + struct.pack("<d", -2.5)
