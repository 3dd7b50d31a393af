"""The codec's plain constants, in a module the client can import without loading the codec.

:mod:`~durable_workflow.codec.avro` and :mod:`~durable_workflow.codec.envelope` re-export them;
the client reads them at start-up (constructor defaults, the worker plane's codec check) while
the codec itself loads when the first payload is encoded or decoded.
"""

from __future__ import annotations

from typing import Final

__all__ = ["AVRO_CODEC", "DEFAULT_PAYLOAD_SIZE_BYTES", "DEFAULT_WARNING_THRESHOLD_PERCENT"]

AVRO_CODEC: Final = "avro"
"""The codec name payload envelopes carry for Avro Value v1."""

DEFAULT_PAYLOAD_SIZE_BYTES: Final = 2_097_152
"""The server's single-payload limit (2 MiB)."""

DEFAULT_WARNING_THRESHOLD_PERCENT: Final = 80
"""Warn when a payload reaches this share of the limit."""
