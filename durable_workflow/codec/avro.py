"""Avro Value v1: the one wire codec for durable values.

Every payload is one ``durable_workflow.protocol.Value`` datum in Avro single-object framing::

    C3 01 | CRC-64-AVRO fingerprint of the schema (8 bytes, little-endian) | binary datum

The schema is fixed (:data:`VALUE_SCHEMA_JSON`); its union branches carry the eight canonical
kinds, which map onto plain Python values (:data:`AvroValue`):

========  ==================  ================
index     branch              Python
========  ==================  ================
0         ``null``            ``None``
1         ``BooleanValue``    ``bool``
2         ``LongValue``       ``int`` (signed 64-bit)
3         ``DoubleValue``     ``float`` (finite)
4         ``BytesValue``      ``bytes``
5         ``StringValue``     ``str``
6         ``ArrayValue``      ``list``
7         ``MapValue``        ``dict`` with ``str`` keys
========  ==================  ================

The encoder and decoder here are the reference: written directly against the Avro binary
encoding rules, they produce exactly the bytes of fastavro's ``schemaless_writer`` on
:func:`parsed_value_schema` (the test suite checks both against each other and against the
reference vectors). They exist because the generic path is slow for this recursive schema and,
on decode, recurses on the C stack without a bound: a few kilobytes of nested arrays crash the
interpreter. This decoder bounds nesting (:data:`MAX_NESTING_DEPTH`) and is strict where Avro
readers are usually lenient (booleans other than ``00``/``01``, longs beyond 64 bits, duplicate
map keys, non-finite doubles, invalid UTF-8, trailing bytes).

The public functions first run the fast path of :mod:`~durable_workflow.codec._avro_fast`
(pure Python, or the same source compiled by ``make accelerate``), which produces the same bytes
and values and gives up on anything unusual; the reference then runs on the whole input and
returns the same result or raises the precise error. (So on a value that fails to encode, a
``default`` adapter may be called a second time for the same object.)

Only canonical values are accepted by :func:`encode_value`; tuples, sets, dates, dataclasses
and the like are adapted first by :class:`~durable_workflow.codec.converter.PayloadConverter`.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import struct
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Final, TypeAlias, Union

from ..errors import (
    InvalidPayloadFraming,
    PayloadError,
    UnsupportedPayloadSchema,
    ValueConversionError,
)
from . import _avro_fast
from ._constants import AVRO_CODEC

__all__ = [
    "AVRO_CODEC",
    "FRAME_HEADER",
    "LONG_MAX",
    "LONG_MIN",
    "MAX_NESTING_DEPTH",
    "SCHEMA_FINGERPRINT",
    "SINGLE_OBJECT_MAGIC",
    "VALUE_SCHEMA",
    "VALUE_SCHEMA_JSON",
    "VALUE_SCHEMA_NAME",
    "AvroValue",
    "blob_bytes",
    "decode_blob",
    "decode_datum",
    "decode_value",
    "encode_blob",
    "encode_datum",
    "encode_value",
    "parsed_value_schema",
]

AvroValue: TypeAlias = Union[  # noqa: UP007 - recursive alias needs the Union form
    bool, int, float, bytes, str, list["AvroValue"], dict[str, "AvroValue"], None
]
"""A canonical Avro Value: what :func:`decode_value` returns and :func:`encode_value` takes."""

_Adapter: TypeAlias = Callable[[Any], object]

VALUE_SCHEMA_NAME: Final = "durable_workflow.protocol.Value"

VALUE_SCHEMA_JSON: Final = (
    '{"type":"record","name":"Value","namespace":"durable_workflow.protocol",'
    '"fields":[{"name":"value","type":["null",'
    '{"type":"record","name":"BooleanValue","fields":[{"name":"boolean","type":"boolean"}]},'
    '{"type":"record","name":"LongValue","fields":[{"name":"long","type":"long"}]},'
    '{"type":"record","name":"DoubleValue","fields":[{"name":"double","type":"double"}]},'
    '{"type":"record","name":"BytesValue","fields":[{"name":"bytes","type":"bytes"}]},'
    '{"type":"record","name":"StringValue","fields":[{"name":"string","type":"string"}]},'
    '{"type":"record","name":"ArrayValue","fields":[{"name":"items",'
    '"type":{"type":"array","items":"Value"}}]},'
    '{"type":"record","name":"MapValue","fields":[{"name":"entries",'
    '"type":{"type":"map","values":"Value"}}]}]}]}'
)
"""The Avro Value v1 schema, exactly as published (it is immutable)."""

VALUE_SCHEMA: Final[dict[str, Any]] = json.loads(VALUE_SCHEMA_JSON)
""":data:`VALUE_SCHEMA_JSON`, parsed as JSON."""

SINGLE_OBJECT_MAGIC: Final = b"\xc3\x01"
SCHEMA_FINGERPRINT: Final = bytes.fromhex("e2a33dff55802237")
"""CRC-64-AVRO of the schema's Parsing Canonical Form, little-endian, as framed on the wire."""
FRAME_HEADER: Final = SINGLE_OBJECT_MAGIC + SCHEMA_FINGERPRINT
_HEADER_LEN: Final = len(FRAME_HEADER)

LONG_MIN: Final = -(2**63)
LONG_MAX: Final = 2**63 - 1

MAX_NESTING_DEPTH: Final = 256
"""Deepest array/map nesting accepted by the encoder and the decoder (the root is depth 0)."""


@lru_cache(maxsize=1)
def parsed_value_schema() -> dict[str, Any]:
    """The schema parsed by fastavro (cached), for callers that use fastavro directly.

    Datums for fastavro take the record shape ``{"value": None}`` /
    ``{"value": ("durable_workflow.protocol.LongValue", {"long": 7})}``; the functions in this
    module work on plain values instead.
    """
    import fastavro

    parsed = fastavro.parse_schema(json.loads(VALUE_SCHEMA_JSON))
    assert isinstance(parsed, dict)
    return parsed


# --------------------------------------------------------------------------------- encoding

_pack_double = struct.Struct("<d").pack
_unpack_double = struct.Struct("<d").unpack_from

# Union index bytes (zig-zag of the branch index).
_NULL: Final = b"\x00"
_TRUE: Final = b"\x02\x01"
_FALSE: Final = b"\x02\x00"
_LONG: Final = b"\x04"
_DOUBLE: Final = b"\x06"
_BYTES: Final = b"\x08"
_STRING: Final = b"\x0a"
_ARRAY: Final = b"\x0c"
_MAP: Final = b"\x0e"
_END_BLOCKS: Final = b"\x00"


def _zigzag_varint(n: int) -> bytes:
    z = (n << 1) ^ (n >> 63)
    out = bytearray()
    while z > 0x7F:
        out.append((z & 0x7F) | 0x80)
        z >>= 7
    out.append(z)
    return bytes(out)


_SMALL_LONGS: Final = tuple(_zigzag_varint(i) for i in range(-64, 64))
# zigzag(n) == 2 * n for n >= 0, at most two bytes here: built directly, not by a call per
# entry (this path runs only when the fast path gives up, so the table stays small).
_SMALL_LENGTH_COUNT: Final = 1024
_SMALL_LENGTHS: Final = tuple(
    bytes((z,)) if z < 0x80 else bytes(((z & 0x7F) | 0x80, z >> 7))
    for z in range(0, 2 * _SMALL_LENGTH_COUNT, 2)
)


def _length(n: int) -> bytes:
    if n < _SMALL_LENGTH_COUNT:
        return _SMALL_LENGTHS[n]
    return _zigzag_varint(n)


class _EncodeFailure(Exception):
    """Internal: carries a conversion problem up the stack, collecting the path."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.path: list[str] = []


def _key_segment(key: str) -> str:
    return f".{key}" if key.isidentifier() else f"[{key!r}]"


def _encode(value: Any, out: bytearray, depth: int, default: _Adapter | None) -> None:
    t = type(value)
    if t is str:
        raw = _utf8(value)
        out += _STRING
        out += _length(len(raw))
        out += raw
    elif t is int:
        if not LONG_MIN <= value <= LONG_MAX:
            raise _EncodeFailure(
                "integer_overflow",
                "integer_overflow: Avro Value long must be within signed 64-bit range.",
            )
        out += _LONG
        out += _SMALL_LONGS[value + 64] if -64 <= value < 64 else _zigzag_varint(value)
    elif t is dict:
        if depth >= MAX_NESTING_DEPTH:
            raise _too_deep()
        out += _MAP
        if value:
            out += _length(len(value))
            key: object = None
            try:
                for key, item in value.items():
                    if type(key) is not str and not isinstance(key, str):
                        raise _EncodeFailure(
                            "invalid_map_key",
                            "invalid_map_key: Avro Value maps require string keys; "
                            f"keys are never stringified (got {type(key).__name__} {key!r}).",
                        )
                    raw_key = _utf8(key)
                    out += _length(len(raw_key))
                    out += raw_key
                    _encode(item, out, depth + 1, default)
            except _EncodeFailure as failure:
                failure.path.append(_key_segment(key) if isinstance(key, str) else f"[{key!r}]")
                raise
        out += _END_BLOCKS
    elif t is list:
        if depth >= MAX_NESTING_DEPTH:
            raise _too_deep()
        out += _ARRAY
        if value:
            out += _length(len(value))
            index = 0
            try:
                for index, item in enumerate(value):  # noqa: B007
                    _encode(item, out, depth + 1, default)
            except _EncodeFailure as failure:
                failure.path.append(f"[{index}]")
                raise
        out += _END_BLOCKS
    elif value is None:
        out += _NULL
    elif t is bool:
        out += _TRUE if value else _FALSE
    elif t is float:
        if not math.isfinite(value):
            raise _EncodeFailure(
                "non_finite_float",
                f"non_finite_float: Avro Value doubles must be finite (got {value!r}).",
            )
        out += _DOUBLE
        out += _pack_double(value)
    elif t is bytes:
        out += _BYTES
        out += _length(len(value))
        out += value
    else:
        _encode_subclass(value, out, depth, default)


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _EncodeFailure(
            "invalid_string",
            "invalid_string: Avro Value strings must be valid Unicode "
            f"(unpaired surrogate at index {exc.start}).",
        ) from None


def _encode_subclass(value: object, out: bytearray, depth: int, default: _Adapter | None) -> None:
    # Subclasses of the canonical types (IntEnum and StrEnum members, dict/list subclasses) are
    # accepted as their base kind; bool is checked before int because it is an int subclass.
    if isinstance(value, bool):
        _encode(bool(value), out, depth, default)
    elif isinstance(value, int):
        _encode(int.__index__(value), out, depth, default)
    elif isinstance(value, float):
        _encode(float.__float__(value), out, depth, default)
    elif isinstance(value, bytes):
        _encode(b"" + value, out, depth, default)
    elif isinstance(value, str):
        # str.__str__ gives the underlying text even when __str__ is overridden (str enums)
        _encode(str.__str__(value), out, depth, default)
    elif isinstance(value, list):
        _encode(list(value), out, depth, default)
    elif isinstance(value, dict):
        _encode(dict(value), out, depth, default)
    elif default is not None:
        _encode(_adapt(value, default), out, depth, default)
    else:
        raise _EncodeFailure(
            "unsupported_value_type",
            f"unsupported_value_type: adapt {type(value).__name__} to a canonical Avro Value "
            "kind before encoding.",
        )


def _adapt(value: object, default: _Adapter) -> object:
    try:
        adapted = default(value)
    except ValueConversionError as exc:
        failure = _EncodeFailure(exc.reason, exc.args[0] if exc.args else str(exc))
        if exc.path:
            failure.path.append(exc.path)
        raise failure from None
    except PayloadError as exc:
        raise _EncodeFailure(exc.code, str(exc)) from None
    if type(adapted) is type(value):
        raise _EncodeFailure(
            "unsupported_value_type",
            f"unsupported_value_type: the adapter returned {type(value).__name__} unchanged.",
        )
    return adapted


def _too_deep() -> _EncodeFailure:
    return _EncodeFailure(
        "nesting_too_deep",
        f"nesting_too_deep: Avro Values may nest at most {MAX_NESTING_DEPTH} levels.",
    )


def _encode_into(value: object, out: bytearray, path: str, default: _Adapter | None) -> None:
    mark = len(out)
    try:
        _avro_fast.encode(value, out, default)
        return
    except Exception:  # the reference decides, and explains
        del out[mark:]
    _encode_reference(value, out, path, default)


def _encode_reference(value: object, out: bytearray, path: str, default: _Adapter | None) -> None:
    try:
        _encode(value, out, 0, default)
    except _EncodeFailure as failure:
        where = path + "".join(reversed(failure.path))
        raise ValueConversionError(
            f"{failure.message} (at {where})", path=where, reason=failure.reason
        ) from None
    except RecursionError:
        raise ValueConversionError(
            f"nesting_too_deep: the value under {path} nests too deeply to encode "
            "(or an adapter keeps producing new objects).",
            path=path,
            reason="nesting_too_deep",
        ) from None


def encode_datum(value: object, *, path: str = "value", default: _Adapter | None = None) -> bytes:
    """Encode a canonical value as an Avro binary datum of the Value schema, without framing.

    Other values are refused unless ``default`` adapts them (see :func:`encode_value`).

    Raises :class:`~durable_workflow.codec.errors.ValueConversionError` (a
    :class:`~durable_workflow.errors.PayloadConversionError`) naming the offending ``path``.
    """
    out = bytearray()
    _encode_into(value, out, path, default)
    return bytes(out)


def encode_value(value: object, *, path: str = "value", default: _Adapter | None = None) -> bytes:
    """Encode a canonical value as a single-object framed Avro Value (``C3 01`` + fingerprint).

    ``path`` names the value in error messages (``input`` gives ``input[0].items[2]``).
    ``default``, like ``json.dumps``'s, is called with each value that is not canonical and
    returns a replacement to encode instead (one level at a time; the replacement may contain
    further non-canonical values). It signals failure by raising
    :class:`~durable_workflow.errors.ValueConversionError` (``path`` relative to the value, or
    ``""``). Without it such values are an ``unsupported_value_type`` error.
    """
    out = bytearray(FRAME_HEADER)
    _encode_into(value, out, path, default)
    return bytes(out)


def encode_blob(value: object, *, path: str = "value", default: _Adapter | None = None) -> str:
    """Encode a canonical value as the payload blob text: standard base64 of the framed bytes."""
    return base64.b64encode(encode_value(value, path=path, default=default)).decode("ascii")


# --------------------------------------------------------------------------------- decoding

_TRUNCATED: Final = "invalid_payload_framing: truncated Avro Value datum."
_MALFORMED: Final = "invalid_payload_framing: malformed Avro Value datum."


class _Truncated(Exception):
    pass


class _Malformed(Exception):
    pass


def _read_long(buf: bytes, pos: int) -> tuple[int, int]:
    try:
        b = buf[pos]
        pos += 1
        if b < 0x80:
            return (b >> 1) ^ -(b & 1), pos
        z = b & 0x7F
        shift = 7
        while True:
            b = buf[pos]
            pos += 1
            z |= (b & 0x7F) << shift
            if b < 0x80:
                break
            shift += 7
            if shift > 63:
                raise _Malformed("long varint is longer than 10 bytes")
    except IndexError:
        raise _Truncated from None
    if z >> 64:
        raise _Malformed("long varint exceeds 64 bits")
    return (z >> 1) ^ -(z & 1), pos


def _read_block_count(buf: bytes, pos: int) -> tuple[int, int]:
    count, pos = _read_long(buf, pos)
    if count < 0:
        count = -count
        size, pos = _read_long(buf, pos)  # block size in bytes: informational only
        if size < 0:
            raise _Malformed("negative block size")
    return count, pos


def _read_raw(buf: bytes, pos: int) -> tuple[bytes, int]:
    size, pos = _read_long(buf, pos)
    if size < 0:
        raise _Malformed("negative length")
    end = pos + size
    if end > len(buf):
        raise _Truncated
    return buf[pos:end], end


def _read_text(buf: bytes, pos: int) -> tuple[str, int]:
    raw, pos = _read_raw(buf, pos)
    try:
        return raw.decode("utf-8"), pos
    except UnicodeDecodeError:
        raise _Malformed("string is not valid UTF-8") from None


def _decode(buf: bytes, pos: int, depth: int) -> tuple[AvroValue, int]:
    # Hot path: single-byte varints (lengths < 64, longs in [-64, 63]) are read inline. An
    # IndexError anywhere means the datum ended early; the callers turn it into "truncated".
    branch = buf[pos]
    pos += 1
    if branch == 0x0A:  # string
        size = buf[pos]
        if size < 0x80:
            size = (size >> 1) ^ -(size & 1)
            pos += 1
        else:
            size, pos = _read_long(buf, pos)
        end = pos + size
        if size < 0 or end > len(buf):
            raise _Truncated if size >= 0 else _Malformed("negative length")
        try:
            return buf[pos:end].decode("utf-8"), end
        except UnicodeDecodeError:
            raise _Malformed("string is not valid UTF-8") from None
    if branch == 0x04:  # long
        number = buf[pos]
        if number < 0x80:
            return (number >> 1) ^ -(number & 1), pos + 1
        return _read_long(buf, pos)
    if branch == 0x0E:  # map
        if depth >= MAX_NESTING_DEPTH:
            raise _Malformed(f"nesting deeper than {MAX_NESTING_DEPTH} levels")
        entries: dict[str, AvroValue] = {}
        count = buf[pos]
        if count < 0x80 and not count & 1:
            count >>= 1
            pos += 1
        else:
            count, pos = _read_block_count(buf, pos)
        while count:
            for _ in range(count):
                size = buf[pos]
                if size < 0x80 and not size & 1:
                    size >>= 1
                    pos += 1
                    end = pos + size
                    if end > len(buf):
                        raise _Truncated
                    try:
                        key = buf[pos:end].decode("utf-8")
                    except UnicodeDecodeError:
                        raise _Malformed("string is not valid UTF-8") from None
                    pos = end
                else:
                    key, pos = _read_text(buf, pos)
                if key in entries:
                    raise _Malformed(f"duplicate map key {key!r}")
                entries[key], pos = _decode(buf, pos, depth + 1)
            count, pos = _read_block_count(buf, pos)
        return entries, pos
    if branch == 0x0C:  # array
        if depth >= MAX_NESTING_DEPTH:
            raise _Malformed(f"nesting deeper than {MAX_NESTING_DEPTH} levels")
        items: list[AvroValue] = []
        append = items.append
        count = buf[pos]
        if count < 0x80 and not count & 1:
            count >>= 1
            pos += 1
        else:
            count, pos = _read_block_count(buf, pos)
        while count:
            for _ in range(count):
                item, pos = _decode(buf, pos, depth + 1)
                append(item)
            count, pos = _read_block_count(buf, pos)
        return items, pos
    if branch == 0x00:  # null
        return None, pos
    if branch == 0x02:  # boolean
        flag = buf[pos]
        if flag > 1:
            raise _Malformed("boolean byte is not 00 or 01")
        return flag == 1, pos + 1
    if branch == 0x06:  # double
        if pos + 8 > len(buf):
            raise _Truncated
        (number,) = _unpack_double(buf, pos)
        if not math.isfinite(number):
            raise _Malformed("non-finite double")
        return number, pos + 8
    if branch == 0x08:  # bytes
        return _read_raw(buf, pos)
    raise _Malformed("invalid union branch")


def _decode_all(buf: bytes, pos: int) -> AvroValue:
    try:
        value, end = _avro_fast.decode(buf, pos)
    except Exception:  # the reference decides, and explains
        return _decode_reference(buf, pos)
    if end == len(buf):
        return value  # type: ignore[no-any-return]
    return _decode_reference(buf, pos)


def _decode_reference(buf: bytes, pos: int) -> AvroValue:
    try:
        value, pos = _decode(buf, pos, 0)
    except (_Truncated, IndexError):
        raise InvalidPayloadFraming(_TRUNCATED) from None
    except _Malformed as exc:
        raise InvalidPayloadFraming(f"{_MALFORMED[:-1]}: {exc}.") from None
    if pos != len(buf):
        raise InvalidPayloadFraming(
            "invalid_payload_framing: trailing bytes after Avro Value datum."
        )
    return value


def decode_datum(data: bytes | bytearray | memoryview) -> AvroValue:
    """Decode an unframed Avro binary datum of the Value schema (exactly one, nothing after)."""
    return _decode_all(bytes(data), 0)


def decode_value(data: bytes | bytearray | memoryview) -> AvroValue:
    """Decode single-object framed Avro Value bytes.

    Raises :class:`~durable_workflow.errors.InvalidPayloadFraming` for bad framing or a
    malformed datum and :class:`~durable_workflow.errors.UnsupportedPayloadSchema` for a frame
    whose fingerprint is not Avro Value v1.
    """
    buf = bytes(data)
    if not buf:
        raise InvalidPayloadFraming("invalid_payload_framing: Avro payload is empty.")
    if len(buf) < _HEADER_LEN or buf[:2] != SINGLE_OBJECT_MAGIC:
        raise InvalidPayloadFraming(
            "invalid_payload_framing: expected Avro single-object magic c301."
        )
    if buf[2:_HEADER_LEN] != SCHEMA_FINGERPRINT:
        raise UnsupportedPayloadSchema(
            "unsupported_payload_schema: unknown CRC-64-AVRO fingerprint "
            f"{buf[2:_HEADER_LEN].hex()}."
        )
    return _decode_all(buf, _HEADER_LEN)


_JSON_START: Final = frozenset('{["-tfn0123456789')


def blob_bytes(blob: str) -> bytes:
    """Strictly base64-decode a payload blob (standard alphabet, ``=`` padding)."""
    if not isinstance(blob, str):
        raise InvalidPayloadFraming(
            "invalid_payload_framing: the payload blob must be a string, "
            f"not {type(blob).__name__}."
        )
    try:
        return binascii.a2b_base64(blob, strict_mode=True)
    except (binascii.Error, ValueError):
        if blob[:1] in _JSON_START:
            raise InvalidPayloadFraming(
                "invalid_payload_framing: payload bytes look like JSON, not base64-encoded Avro. "
                "Payloads must be Avro Value v1 single-object frames, base64-encoded."
            ) from None
        raise InvalidPayloadFraming(
            "invalid_payload_framing: failed to base64-decode Avro payload bytes. "
            "Blobs use the standard alphabet with '=' padding."
        ) from None


def decode_blob(blob: str) -> AvroValue:
    """Decode payload blob text (standard base64 of a framed Avro Value)."""
    return decode_value(blob_bytes(blob))
