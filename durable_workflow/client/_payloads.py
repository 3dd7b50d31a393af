"""How the client turns Python values into payload envelopes and back.

Operations never touch the codec directly: they call the :class:`PayloadCodec` held by the client
core. The default, :class:`CodecPayloads`, delegates to :mod:`durable_workflow.codec`
(``encode_payload`` / ``decode_payload``) with the client's size limits and external-storage
settings. Tests may plug in any object with the same two methods.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol, runtime_checkable

import attrs

DEFAULT_CODEC = "avro"
DEFAULT_PAYLOAD_SIZE_LIMIT_BYTES = 2 * 1024 * 1024
DEFAULT_WARNING_THRESHOLD_PERCENT = 80


@runtime_checkable
class PayloadCodec(Protocol):
    """Encode values into wire envelopes and decode envelopes (or raw blobs) into values."""

    def encode(self, value: Any) -> dict[str, Any]:
        """The envelope (``{codec, blob}`` or ``{codec, external_storage}``) of ``value``."""

    def decode(self, payload: Any, *, codec: str | None = None) -> Any:
        """Decode an envelope dict, or a raw blob string tagged by ``codec``, into a value."""


def is_envelope(value: Any) -> bool:
    """Whether ``value`` has the shape of a payload envelope (the server's exact-keys rule)."""
    if not isinstance(value, dict) or "codec" not in value:
        return False
    keys = set(value)
    return keys in ({"codec", "blob"}, {"codec", "external_storage"}, {"codec", "external_payload"})


@attrs.define(eq=False)
class CodecPayloads:
    """Default :class:`PayloadCodec`: the SDK codec with the client's limits and storage."""

    size_limit_bytes: int = DEFAULT_PAYLOAD_SIZE_LIMIT_BYTES
    warning_threshold_percent: int = DEFAULT_WARNING_THRESHOLD_PERCENT
    warnings: bool = True
    external_storage: Any = None
    external_storage_threshold_bytes: int | None = None
    external_storage_cache: Any = None

    def _codec(self) -> Any:
        return importlib.import_module("durable_workflow.codec")

    def encode(self, value: Any) -> dict[str, Any]:
        """Encode ``value`` with the codec package."""
        codec = self._codec()
        envelope: dict[str, Any] = codec.encode_payload(value)
        return envelope

    def decode(self, payload: Any, *, codec: str | None = None) -> Any:
        """Decode ``payload`` with the codec package."""
        module = self._codec()
        if isinstance(payload, str):
            payload = {"codec": codec or DEFAULT_CODEC, "blob": payload}
        return module.decode_payload(payload)
