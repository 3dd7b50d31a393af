"""The older Avro payload framings, spoken by the 2026-04 server generation (worker protocol 1.0).

That generation's engine tags its payloads ``codec: "avro"`` like the current one, but frames the
bytes differently (the current framing is Avro Value v1, see :mod:`~durable_workflow.codec.avro`):

**JSON wrapper** (``0x00``), used for every untyped value::

    00 | Avro binary of record durable_workflow.Payload {json: string, version: int}

``json`` is the JSON text of the value and ``version`` is ``1``. Example: the argument list
``["world"]`` is ``00 12 5b22776f726c64225d 02`` (base64 ``ABJbIndvcmxkIl0C``).

**Typed** (``0x01``), for values written with an explicit Avro schema::

    01 | schema length (4 bytes, big-endian) | writer schema JSON | Avro binary datum

The SDK reads both and writes the JSON wrapper. A value travels as JSON, so it must be JSON
representable once converted to a canonical value: ``bytes`` are refused with
:class:`~durable_workflow.errors.ValueConversionError` (the current framing carries them).
JSON text is written compactly, with non-ASCII characters and slashes unescaped and float zero
fractions preserved (``1.0``), as that engine writes it.
"""

from __future__ import annotations

import base64
import io
import json
import math
from typing import Any, Final

from ..errors import InvalidPayloadFraming, UnsupportedPayloadSchema, ValueConversionError
from .avro import AvroValue

__all__ = [
    "JSON_WRAPPER_MAGIC",
    "JSON_WRAPPER_SCHEMA",
    "TYPED_MAGIC",
    "decode_legacy_value",
    "encode_legacy_blob",
    "encode_legacy_value",
    "is_legacy_frame",
]

JSON_WRAPPER_MAGIC: Final = 0x00
"""First byte of a JSON-wrapper frame."""

TYPED_MAGIC: Final = 0x01
"""First byte of a typed frame (writer schema inside)."""

JSON_WRAPPER_SCHEMA: Final[dict[str, Any]] = {
    "type": "record",
    "name": "Payload",
    "namespace": "durable_workflow",
    "fields": [
        {"name": "json", "type": "string"},
        {"name": "version", "type": "int", "default": 1},
    ],
}
"""The record a JSON-wrapper frame holds."""

WRAPPER_VERSION: Final = 1


def is_legacy_frame(data: bytes) -> bool:
    """Whether ``data`` starts like one of the older framings (``0x00`` or ``0x01``)."""
    return bool(data) and data[0] in (JSON_WRAPPER_MAGIC, TYPED_MAGIC)


# ---------------------------------------------------------------------------------- decoding


def _malformed(detail: str) -> InvalidPayloadFraming:
    return InvalidPayloadFraming(f"invalid_payload_framing: malformed legacy Avro frame: {detail}.")


def _read_long(buf: bytes, pos: int) -> tuple[int, int]:
    shift = 0
    result = 0
    while True:
        if pos >= len(buf):
            raise _malformed("truncated varint")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
        shift += 7
        if shift > 63:
            raise _malformed("varint longer than 64 bits")
    return (result >> 1) ^ -(result & 1), pos


def _decode_wrapper(buf: bytes) -> AvroValue:
    length, pos = _read_long(buf, 1)
    if length < 0 or pos + length > len(buf):
        raise _malformed("the json string runs past the end")
    raw = buf[pos : pos + length]
    pos += length
    version, pos = _read_long(buf, pos)
    if pos != len(buf):
        raise _malformed(f"{len(buf) - pos} trailing bytes after the record")
    if version != WRAPPER_VERSION:
        raise UnsupportedPayloadSchema(
            f"unsupported_payload_schema: legacy JSON wrapper version {version} "
            f"(only {WRAPPER_VERSION} is known)."
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _malformed("the json string is not UTF-8") from None
    try:
        value: AvroValue = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        raise _malformed(f"the json string is not JSON ({exc})") from None
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _decode_typed(buf: bytes) -> Any:
    if len(buf) < 5:
        raise _malformed("truncated schema length")
    size = int.from_bytes(buf[1:5], "big")
    if 5 + size > len(buf):
        raise _malformed("the writer schema runs past the end")
    try:
        schema = json.loads(buf[5 : 5 + size].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _malformed("the writer schema is not JSON") from None
    import fastavro  # the typed framing is rare; import on first use

    try:
        parsed = fastavro.parse_schema(schema)
    except Exception as exc:
        raise UnsupportedPayloadSchema(
            f"unsupported_payload_schema: the typed frame's writer schema is invalid: {exc}"
        ) from None
    stream = io.BytesIO(buf[5 + size :])
    try:
        value = fastavro.schemaless_reader(stream, parsed, None)
    except Exception as exc:
        raise _malformed(f"the datum does not match its writer schema ({exc})") from None
    if stream.tell() != len(buf) - 5 - size:
        raise _malformed("trailing bytes after the datum")
    return value


def decode_legacy_value(data: bytes | bytearray | memoryview) -> Any:
    """Decode the bytes of an older-framing payload (``0x00`` JSON wrapper or ``0x01`` typed).

    Raises :class:`~durable_workflow.errors.InvalidPayloadFraming` for bytes that are neither
    framing or are malformed, :class:`~durable_workflow.errors.UnsupportedPayloadSchema` for an
    unknown wrapper version or an unusable writer schema.
    """
    buf = bytes(data)
    if not buf:
        raise InvalidPayloadFraming("invalid_payload_framing: Avro payload is empty.")
    if buf[0] == JSON_WRAPPER_MAGIC:
        return _decode_wrapper(buf)
    if buf[0] == TYPED_MAGIC:
        return _decode_typed(buf)
    raise InvalidPayloadFraming(
        f"invalid_payload_framing: expected a legacy Avro frame (00 or 01), got {buf[:1].hex()}."
    )


# ---------------------------------------------------------------------------------- encoding


def _zigzag(n: int) -> bytes:
    n = (n << 1) ^ (n >> 63)
    out = bytearray()
    while n & ~0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _check_json(value: object, path: str) -> None:
    stack: list[tuple[object, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, bytes):
            raise ValueConversionError(
                f"unsupported_value_type: bytes cannot travel in the legacy JSON payload framing "
                f"(at {where}); send text (e.g. base64) or use a server of the current generation",
                path=where,
                reason="unsupported_value_type",
            )
        if isinstance(item, float) and not math.isfinite(item):
            raise ValueConversionError(
                f"non_finite_float: {item!r} is not representable (at {where})",
                path=where,
                reason="non_finite_float",
            )
        if isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
        elif isinstance(item, dict):
            stack.extend((v, f"{where}[{k!r}]") for k, v in item.items())


def encode_legacy_value(value: AvroValue, *, path: str = "value") -> bytes:
    """Frame a canonical value as a JSON wrapper (``0x00``).

    ``value`` is already canonical (see
    :meth:`~durable_workflow.codec.converter.PayloadConverter.to_value`).
    """
    _check_json(value, path)
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    raw = text.encode("utf-8")
    return bytes([JSON_WRAPPER_MAGIC]) + _zigzag(len(raw)) + raw + _zigzag(WRAPPER_VERSION)


def encode_legacy_blob(value: AvroValue, *, path: str = "value") -> str:
    """:func:`encode_legacy_value` as base64 blob text."""
    return base64.b64encode(encode_legacy_value(value, path=path)).decode("ascii")
