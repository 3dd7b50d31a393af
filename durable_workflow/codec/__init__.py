"""Payload codec layer: Avro Value v1, the Python value converter, envelopes and storage.

* :mod:`~durable_workflow.codec.avro` -- the wire format: canonical values to framed Avro bytes
  and base64 blobs, and back.
* :mod:`~durable_workflow.codec.converter` -- :class:`PayloadConverter`, adapting dataclasses,
  attrs classes, enums, dates, UUIDs, decimals, ... and rebuilding them from type hints.
* :mod:`~durable_workflow.codec.envelope` -- ``{"codec": "avro", "blob": ...}`` envelopes, size
  limits and warnings, argument lists, and :class:`PayloadSerializer` bundling the settings.
* :mod:`~durable_workflow.codec.storage` -- external payload storage references, drivers
  (:class:`LocalFileSystemStorage`) and the verified-bytes cache.
* :mod:`~durable_workflow.codec.legacy` and :mod:`~durable_workflow.codec.framing` -- the
  2026-04 server generation's older framings, and :class:`PayloadFraming` choosing between them
  (decoding reads every framing).
* :mod:`~durable_workflow.codec.undecodable` -- :class:`UndecodablePayload`, the stand-in for a
  payload field a read could not decode.
"""

from __future__ import annotations

from ..errors import (
    ExternalPayloadIntegrityError,
    ExternalPayloadUnavailable,
    InvalidPayloadFraming,
    PayloadConversionError,
    PayloadError,
    PayloadSizeWarning,
    PayloadTooLarge,
    UnsupportedPayloadCodec,
    UnsupportedPayloadReference,
    UnsupportedPayloadSchema,
    ValueConversionError,
)
from .avro import (
    AVRO_CODEC,
    SCHEMA_FINGERPRINT,
    VALUE_SCHEMA,
    VALUE_SCHEMA_JSON,
    AvroValue,
    decode_blob,
    decode_value,
    encode_blob,
    encode_value,
)
from .converter import (
    PayloadConverter,
    default_converter,
    parameter_type_hints,
    return_type_hint,
)
from .envelope import (
    DEFAULT_PAYLOAD_SIZE_BYTES,
    DEFAULT_WARNING_THRESHOLD_PERCENT,
    PayloadLimits,
    PayloadSerializer,
    decode_arguments,
    decode_arguments_async,
    decode_payload,
    decode_payload_async,
    encode_arguments,
    encode_arguments_async,
    encode_payload,
    encode_payload_async,
    is_payload_envelope,
    require_avro_codec,
    task_payload_codec,
)
from .framing import PayloadFraming, decode_any_blob, decode_any_value, encode_framed_blob
from .legacy import decode_legacy_value, encode_legacy_blob, encode_legacy_value
from .storage import (
    EXTERNAL_PAYLOAD_REFERENCE_SCHEMA,
    AsyncExternalStorage,
    BoundedPayloadCache,
    ExternalPayloadReference,
    ExternalStorage,
    ExternalStorageCache,
    LocalFileSystemStorage,
)
from .undecodable import UndecodablePayload, is_undecodable

__all__ = [
    "AVRO_CODEC",
    "DEFAULT_PAYLOAD_SIZE_BYTES",
    "DEFAULT_WARNING_THRESHOLD_PERCENT",
    "EXTERNAL_PAYLOAD_REFERENCE_SCHEMA",
    "SCHEMA_FINGERPRINT",
    "VALUE_SCHEMA",
    "VALUE_SCHEMA_JSON",
    "AsyncExternalStorage",
    "AvroValue",
    "BoundedPayloadCache",
    "ExternalPayloadIntegrityError",
    "ExternalPayloadReference",
    "ExternalPayloadUnavailable",
    "ExternalStorage",
    "ExternalStorageCache",
    "InvalidPayloadFraming",
    "LocalFileSystemStorage",
    "PayloadConversionError",
    "PayloadConverter",
    "PayloadError",
    "PayloadFraming",
    "PayloadLimits",
    "PayloadSerializer",
    "PayloadSizeWarning",
    "PayloadTooLarge",
    "UndecodablePayload",
    "UnsupportedPayloadCodec",
    "UnsupportedPayloadReference",
    "UnsupportedPayloadSchema",
    "ValueConversionError",
    "decode_any_blob",
    "decode_any_value",
    "decode_arguments",
    "decode_arguments_async",
    "decode_blob",
    "decode_legacy_value",
    "decode_payload",
    "decode_payload_async",
    "decode_value",
    "default_converter",
    "encode_arguments",
    "encode_arguments_async",
    "encode_blob",
    "encode_framed_blob",
    "encode_legacy_blob",
    "encode_legacy_value",
    "encode_payload",
    "encode_payload_async",
    "encode_value",
    "is_payload_envelope",
    "is_undecodable",
    "parameter_type_hints",
    "require_avro_codec",
    "return_type_hint",
    "task_payload_codec",
]
