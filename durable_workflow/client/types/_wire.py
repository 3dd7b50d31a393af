"""Lenient readers of wire values the result dataclasses share, and the payload decoder type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from durable_workflow.codec.undecodable import is_undecodable

#: ``decode(payload, codec)`` -> value; ``payload`` is an envelope dict or a raw blob string.
PayloadDecoder = Callable[[Any, str | None], Any]

# --------------------------------------------------------------------------- lenient readers


def wire_dict(data: Any) -> dict[str, Any]:
    """A response object as a plain dict (generated models via ``to_dict()``; else ``{}``)."""
    if isinstance(data, dict):
        return data
    to_dict = getattr(data, "to_dict", None)
    if callable(to_dict):
        converted = to_dict()
        if isinstance(converted, dict):
            return converted
    if isinstance(data, Mapping):
        return dict(data)
    return {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _str_or(value: Any, default: str) -> str:
    return value if isinstance(value, str) else default


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _int_or(value: Any, default: int) -> int:
    parsed = _int(value)
    return default if parsed is None else parsed


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _map(value: Any) -> dict[str, Any] | None:
    """An object field; PHP's ``[]`` (empty map) becomes ``{}``; other shapes ``None``."""
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list) and not value:
        return {}
    return None


def _list(value: Any) -> list[Any] | None:
    return list(value) if isinstance(value, list) else None


def _dicts(value: Any) -> list[dict[str, Any]]:
    return (
        [dict(item) for item in value if isinstance(item, dict)] if isinstance(value, list) else []
    )


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _first(*values: Any) -> Any:
    for value in values:
        if value is not None:
            return value
    return None


def _decode_payload(
    decode: PayloadDecoder | None,
    envelope: Any,
    plain: Any,
    codec: str | None,
) -> Any:
    """Decode ``envelope`` when present (and a decoder is given), else return ``plain``.

    When the envelope cannot be decoded (the decoder returned an
    :class:`~durable_workflow.codec.UndecodablePayload`) the server's own decoded ``plain``
    value is used if it sent one; otherwise the stand-in is kept.
    """
    if decode is not None and envelope is not None:
        value = decode(envelope, codec)
        if plain is not None and is_undecodable(value):
            return plain
        return value
    return plain
