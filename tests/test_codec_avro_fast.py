"""The fast path of the Avro Value codec agrees with the reference, byte for byte.

Each test runs against the pure-Python fast path and, when it is built (``make accelerate``),
against the compiled one. The reference is the recursive codec in ``codec/avro.py``.
"""

from __future__ import annotations

import base64
import contextlib
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from durable_workflow.codec import _avro_fast, avro
from durable_workflow.codec.avro import FRAME_HEADER, MAX_NESTING_DEPTH, AvroValue
from durable_workflow.errors import InvalidPayloadFraming, ValueConversionError
from tests.test_codec_avro import _case_value, _golden, _golden_cases, _same


def _pure_python() -> ModuleType:
    source = Path(avro.__file__).with_name("_avro_fast.py")
    spec = importlib.util.spec_from_file_location("_avro_fast_pure_python", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PURE = _pure_python()
VARIANTS = [pytest.param(PURE, id="python")]
if not _avro_fast.__file__.endswith(".py"):
    VARIANTS.append(pytest.param(_avro_fast, id="compiled"))
BOTH = pytest.mark.parametrize("fast", VARIANTS)


def _reference_encode(value: object, default: Any = None) -> bytes:
    out = bytearray()
    avro._encode_reference(value, out, "value", default)
    return bytes(out)


def _fast_encode(fast: ModuleType, value: object, default: Any = None) -> bytes:
    out = bytearray()
    fast.encode(value, out, default)
    return bytes(out)


def _reference_decode(datum: bytes) -> AvroValue:
    return avro._decode_reference(datum, 0)


def _fast_decode(fast: ModuleType, datum: bytes) -> AvroValue:
    value, end = fast.decode(datum, 0)
    assert end == len(datum)
    result: AvroValue = value
    return result


def test_the_active_fast_path_is_used_by_the_public_functions(monkeypatch: Any) -> None:
    calls: list[str] = []
    real_encode, real_decode = _avro_fast.encode, _avro_fast.decode

    def encode(*args: Any) -> None:
        calls.append("encode")
        real_encode(*args)

    def decode(*args: Any) -> Any:
        calls.append("decode")
        return real_decode(*args)

    monkeypatch.setattr(avro._avro_fast, "encode", encode)
    monkeypatch.setattr(avro._avro_fast, "decode", decode)
    assert avro.decode_value(avro.encode_value({"a": [1]})) == {"a": [1]}
    assert calls == ["encode", "decode"]


@BOTH
def test_golden_vectors_take_the_fast_path_byte_identically(fast: ModuleType) -> None:
    for case in _golden_cases():
        value = _case_value(case)
        wire = base64.b64decode(case["wire_base64"])
        datum = wire[len(FRAME_HEADER) :]
        assert _fast_encode(fast, value) == datum, case["name"]
        assert _same(_fast_decode(fast, datum), value), case["name"]
    for group in _golden()["alternate_map_orders"]:
        for blob in group["wire_base64"]:
            datum = base64.b64decode(blob)[len(FRAME_HEADER) :]
            assert _same(_fast_decode(fast, datum), _reference_decode(datum))


@BOTH
def test_malformed_golden_frames_make_the_fast_path_give_up(fast: ModuleType) -> None:
    for frame in _golden()["malformed_frames"]:
        wire = base64.b64decode(frame["wire_base64"])
        if wire[: len(FRAME_HEADER)] != FRAME_HEADER:
            continue
        datum = wire[len(FRAME_HEADER) :]
        try:
            _value, end = fast.decode(datum, 0)
        except Exception:  # the fast path gives up; the reference explains
            continue
        assert end != len(datum), frame["name"]  # trailing bytes: the caller checks the end


_keys = st.text(max_size=8)
_long = st.integers(min_value=avro.LONG_MIN, max_value=avro.LONG_MAX)
_scalars = (
    st.none()
    | st.booleans()
    | _long
    | st.integers(min_value=-2000, max_value=2000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.binary(max_size=1100)
    | st.text(max_size=16)
    | st.text(max_size=1100)
)
_values = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=8)
        | st.dictionaries(_keys, children, max_size=6)
        | st.lists(st.text(max_size=6), min_size=5, max_size=10)
        | st.lists(st.integers(min_value=-1100, max_value=1100), min_size=5, max_size=10)
    ),
    max_leaves=40,
)


@BOTH
@settings(max_examples=400, deadline=None)
@given(value=_values)
def test_fast_path_agrees_with_the_reference(fast: ModuleType, value: AvroValue) -> None:
    datum = _reference_encode(value)
    assert _fast_encode(fast, value) == datum
    assert _same(_fast_decode(fast, datum), _reference_decode(datum))
    assert _same(avro.decode_datum(avro.encode_datum(value)), value)


def _outcome(run: Any) -> tuple[str, Any]:
    try:
        return "ok", run()
    except InvalidPayloadFraming as exc:
        return "error", str(exc)


@BOTH
@settings(max_examples=400, deadline=None)
@given(value=_values, data=st.data())
def test_corrupted_datums_decode_as_the_reference_says(
    fast: ModuleType, value: AvroValue, data: st.DataObject
) -> None:
    datum = bytearray(_reference_encode(value))
    index = data.draw(st.integers(min_value=0, max_value=len(datum) - 1))
    datum[index] = data.draw(st.integers(min_value=0, max_value=255))
    cut = data.draw(st.integers(min_value=index + 1, max_value=len(datum)))
    corrupted = bytes(datum[:cut])
    expected = _outcome(lambda: _reference_decode(corrupted))
    with contextlib.suppress(Exception):  # giving up is always allowed
        got, end = fast.decode(corrupted, 0)
        if end == len(corrupted):
            assert expected[0] == "ok"
            assert _same(got, expected[1])
    public = _outcome(lambda: avro.decode_datum(corrupted))
    assert public[0] == expected[0]
    assert public[0] == "error" or _same(public[1], expected[1])
    if public[0] == "error":
        assert public[1] == expected[1]


@BOTH
@settings(max_examples=300, deadline=None)
@given(tail=st.binary(max_size=40))
def test_arbitrary_bytes_never_decode_differently(fast: ModuleType, tail: bytes) -> None:
    expected = _outcome(lambda: _reference_decode(tail))
    with contextlib.suppress(Exception):
        got, end = fast.decode(tail, 0)
        if end == len(tail):
            assert expected[0] == "ok"
            assert _same(got, expected[1])


def _nested(depth: int, kind: str) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value] if kind == "list" else {"k": value}
    return value


@BOTH
@pytest.mark.parametrize("kind", ["list", "dict"])
def test_nesting_guard_holds_on_the_fast_path(fast: ModuleType, kind: str) -> None:
    deepest = _nested(MAX_NESTING_DEPTH, kind)
    datum = _reference_encode(deepest)
    assert _fast_encode(fast, deepest) == datum
    assert _fast_decode(fast, datum) == deepest

    too_deep = _nested(MAX_NESTING_DEPTH + 1, kind)
    with pytest.raises(Exception):  # noqa: B017 - the fast path just gives up
        _fast_encode(fast, too_deep)
    with pytest.raises(ValueConversionError, match="nesting_too_deep"):
        avro.encode_datum(too_deep)
    opener = b"\x0c\x02" if kind == "list" else b"\x0e\x02\x02k"
    closer = b"\x00"
    crafted = opener * (MAX_NESTING_DEPTH + 1) + b"\x04\x02" + closer * (MAX_NESTING_DEPTH + 1)
    with pytest.raises(Exception):  # noqa: B017
        fast.decode(crafted, 0)
    with pytest.raises(InvalidPayloadFraming, match="nesting deeper"):
        avro.decode_datum(crafted)
    hostile = opener * 100_000
    with pytest.raises(Exception):  # noqa: B017
        fast.decode(hostile, 0)
    with pytest.raises(InvalidPayloadFraming):
        avro.decode_datum(hostile)


@BOTH
def test_errors_and_adapters_go_through_the_reference(fast: ModuleType) -> None:
    with pytest.raises(Exception):  # noqa: B017
        _fast_encode(fast, {"a": [1, float("nan")]})
    with pytest.raises(ValueConversionError, match=r"at value\.a\[1\]"):
        avro.encode_datum({"a": [1, float("nan")]})
    with pytest.raises(ValueConversionError, match=r"at value\.s"):
        avro.encode_datum({"s": "\ud800"})

    class Point:
        def __init__(self, x: int) -> None:
            self.x = x

    def adapt(obj: object) -> object:
        assert isinstance(obj, Point)
        return {"x": obj.x}

    value = [Point(1), {"p": Point(2)}]
    assert _fast_encode(fast, value, adapt) == _reference_encode(value, adapt)


def test_encoded_key_cache_is_bounded() -> None:
    PURE._KEYS.clear()
    _fast_encode(PURE, {f"key-{i}": i for i in range(PURE._KEYS_MAX + 100)})
    assert len(PURE._KEYS) == PURE._KEYS_MAX
    PURE._KEYS.clear()
    _fast_encode(PURE, {"x" * 100: 1})
    assert not PURE._KEYS


STRICT_CASES = {
    "duplicate key": b"\x0e\x04\x02a\x04\x02\x02a\x04\x04\x00",
    "duplicate key across blocks": b"\x0e\x02\x02a\x04\x02\x02\x02a\x00\x00",
    "boolean byte 02": b"\x02\x02",
    "boolean byte 02 in a map": b"\x0e\x02\x02a\x02\x02\x00",
    "long beyond 64 bits": b"\x04" + b"\xff" * 9 + b"\x7f",
    "long varint too long": b"\x04" + b"\x80" * 10 + b"\x01",
    "infinite double": b"\x06" + b"\x00" * 6 + b"\xf0\x7f",
    "nan in a map": b"\x0e\x02\x02a\x06" + b"\x00" * 6 + b"\xf8\x7f\x00",
    "invalid utf-8": b"\x0a\x02\xff",
    "invalid utf-8 key": b"\x0e\x02\x02\xff\x00\x00",
    "surrogate in utf-8": b"\x0a\x06\xed\xa0\x80",
    "negative string length": b"\x0a\x01",
    "negative long string length": b"\x0a\x81\x01" + b"x" * 64,
    "negative bytes length": b"\x08\x01",
    "negative block size": b"\x0c\x01\x01\x00\x00",
    "truncated string": b"\x0a\x08ab",
    "truncated double": b"\x06\x00\x00",
    "truncated array": b"\x0c\x04\x00",
    "invalid branch": b"\x10",
    "negative branch": b"\x01",
}


@BOTH
@pytest.mark.parametrize("name", sorted(STRICT_CASES))
def test_fast_path_is_as_strict_as_the_reference(fast: ModuleType, name: str) -> None:
    datum = STRICT_CASES[name]
    with pytest.raises(InvalidPayloadFraming):
        _reference_decode(datum)
    with pytest.raises(InvalidPayloadFraming):
        avro.decode_datum(datum)
    try:
        _value, end = fast.decode(datum, 0)
    except Exception:
        return
    assert end != len(datum), f"the fast path accepted {name}"
