"""Payload framings: which byte layout an ``avro`` blob uses, read by its first byte.

Two server generations tag their payloads ``codec: "avro"`` with different framings:

==================  =========================  ===============================================
framing             first bytes                 module
==================  =========================  ===============================================
``avro-value-v1``   ``c3 01`` + fingerprint     :mod:`~durable_workflow.codec.avro` (current)
``avro-legacy``     ``00`` (JSON wrapper) or    :mod:`~durable_workflow.codec.legacy`
                    ``01`` (typed)              (2026-04 generation, worker protocol 1.0)
==================  =========================  ===============================================

Decoding accepts every framing whatever the connection negotiated, so histories written by
either generation replay; encoding writes the framing it is asked for (the negotiated one).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from ..errors import ConfigurationError
from .avro import AvroValue, blob_bytes, decode_blob, decode_value, encode_blob
from .legacy import decode_legacy_value, encode_legacy_blob, is_legacy_frame

__all__ = ["PayloadFraming", "decode_any_blob", "decode_any_value", "encode_framed_blob"]


class PayloadFraming(StrEnum):
    """The byte layout of an ``avro`` payload blob."""

    VALUE_V1 = "avro-value-v1"
    """Avro Value v1 single-object framing (the current generation)."""
    LEGACY = "avro-legacy"
    """The older ``0x00`` JSON-wrapper framing (the 2026-04 generation)."""

    @classmethod
    def parse(cls, value: object) -> PayloadFraming:
        """``value`` as a framing (``ConfigurationError`` for an unknown name)."""
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value))
        except ValueError:
            names = ", ".join(repr(f.value) for f in cls)
            raise ConfigurationError(
                f"unknown payload framing {value!r}; expected one of {names}"
            ) from None


def decode_any_value(data: bytes | bytearray | memoryview) -> Any:
    """Decode framed payload bytes of either framing (by their first byte)."""
    buf = bytes(data)
    if is_legacy_frame(buf):
        return decode_legacy_value(buf)
    return decode_value(buf)


def decode_any_blob(blob: str) -> Any:
    """Decode payload blob text (standard base64) of either framing.

    Both legacy first bytes (``00``, ``01``) make the text start with ``A``; a Value v1 frame
    (``c3``) starts with ``w``. Anything not starting with ``A`` goes straight to the Value v1
    decoder (:func:`~durable_workflow.codec.avro.decode_blob`, whose errors it keeps).
    """
    if isinstance(blob, str) and blob.startswith("A"):
        return decode_any_value(blob_bytes(blob))
    return decode_blob(blob)


def encode_framed_blob(
    value: object,
    framing: PayloadFraming | str = PayloadFraming.VALUE_V1,
    *,
    path: str = "value",
    default: Callable[[Any], object] | None = None,
    to_value: Callable[[object], AvroValue] | None = None,
) -> str:
    """Encode ``value`` as blob text in ``framing``.

    Value v1 adapts non-canonical values through ``default`` while encoding; the legacy framing
    first turns the value into a canonical one with ``to_value`` (a converter's ``to_value``),
    or expects it canonical already.
    """
    if PayloadFraming.parse(framing) is PayloadFraming.VALUE_V1:
        return encode_blob(value, path=path, default=default)
    canonical: Any = to_value(value) if to_value is not None else value
    return encode_legacy_blob(canonical, path=path)
