"""How the client turns Python values into payload envelopes and back.

Operations never call the codec themselves: they yield :class:`~._transport.Encode` and
:class:`~._transport.Decode` steps, which the driver performs with the client's
:class:`PayloadCodec` — ``encode``/``decode`` in the sync client, ``encode_async``/
``decode_async`` in the async one (external storage may do I/O). The default codec is the SDK's
:class:`~durable_workflow.codec.PayloadSerializer` built from the client's payload settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from durable_workflow.codec._constants import (
    DEFAULT_PAYLOAD_SIZE_BYTES,
    DEFAULT_WARNING_THRESHOLD_PERCENT,
)

__all__ = [
    "DEFAULT_PAYLOAD_SIZE_BYTES",
    "DEFAULT_WARNING_THRESHOLD_PERCENT",
    "PayloadCodec",
    "default_payload_codec",
]


@runtime_checkable
class PayloadCodec(Protocol):
    """Encode values into wire envelopes and decode envelopes (or raw blobs) into values."""

    def encode(
        self,
        value: object,
        *,
        kind: str = "payload",
        context: Mapping[str, Any] | None = None,
        path: str = "value",
        framing: str | None = None,
    ) -> dict[str, Any]:
        """The envelope (``{codec, blob}`` or ``{codec, external_storage}``) of ``value``.

        ``framing`` is the blob layout to write (``None``: the codec's default); decoding
        must read every framing.
        """

    async def encode_async(
        self,
        value: object,
        *,
        kind: str = "payload",
        context: Mapping[str, Any] | None = None,
        path: str = "value",
        framing: str | None = None,
    ) -> dict[str, Any]:
        """:meth:`encode` with awaited external storage."""

    def decode(self, payload: object, codec: str | None = "avro") -> Any:
        """Decode an envelope, or a raw blob string tagged ``codec``, into a value."""

    async def decode_async(self, payload: object, codec: str | None = "avro") -> Any:
        """:meth:`decode` with awaited external storage."""


def default_payload_codec(
    *,
    payload_size_limit_bytes: int,
    payload_size_warning_threshold_percent: float,
    payload_size_warnings: bool,
    external_storage: Any,
    external_storage_threshold_bytes: int | None,
    external_storage_cache: Any,
) -> PayloadCodec:
    """The SDK codec configured with a client's payload settings."""
    from durable_workflow.codec.envelope import PayloadSerializer

    serializer: PayloadCodec = PayloadSerializer(
        payload_size_limit_bytes=payload_size_limit_bytes,
        payload_size_warning_threshold_percent=payload_size_warning_threshold_percent,
        payload_size_warnings=payload_size_warnings,
        external_storage=external_storage,
        external_storage_threshold_bytes=external_storage_threshold_bytes,
        external_storage_cache=external_storage_cache,
    )
    return serializer
