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

Names are exported lazily (PEP 562): a name's module is imported on first access, from the
``_EXPORTS`` table (name -> defining module), so ``import durable_workflow.codec.avro`` does not
pay for the converter or external storage. A new export goes into ``_EXPORTS``, the
``TYPE_CHECKING`` imports and ``__all__``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from durable_workflow import _lazy

if TYPE_CHECKING:
    from durable_workflow.codec.framing import (
        PayloadFraming,
        decode_any_blob,
        decode_any_value,
        encode_framed_blob,
    )
    from durable_workflow.codec.legacy import (
        decode_legacy_value,
        encode_legacy_blob,
        encode_legacy_value,
    )
    from durable_workflow.codec.undecodable import UndecodablePayload, is_undecodable

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
    from .storage import (
        EXTERNAL_PAYLOAD_REFERENCE_SCHEMA,
        AsyncExternalStorage,
        BoundedPayloadCache,
        ExternalPayloadReference,
        ExternalStorage,
        ExternalStorageCache,
        LocalFileSystemStorage,
    )

_EXPORTS: dict[str, str] = {
    "is_undecodable": "durable_workflow.codec.undecodable",
    "UndecodablePayload": "durable_workflow.codec.undecodable",
    "encode_legacy_value": "durable_workflow.codec.legacy",
    "encode_legacy_blob": "durable_workflow.codec.legacy",
    "decode_legacy_value": "durable_workflow.codec.legacy",
    "encode_framed_blob": "durable_workflow.codec.framing",
    "decode_any_value": "durable_workflow.codec.framing",
    "decode_any_blob": "durable_workflow.codec.framing",
    "PayloadFraming": "durable_workflow.codec.framing",
    "ExternalPayloadIntegrityError": "durable_workflow.errors",
    "ExternalPayloadUnavailable": "durable_workflow.errors",
    "InvalidPayloadFraming": "durable_workflow.errors",
    "PayloadConversionError": "durable_workflow.errors",
    "PayloadError": "durable_workflow.errors",
    "PayloadSizeWarning": "durable_workflow.errors",
    "PayloadTooLarge": "durable_workflow.errors",
    "UnsupportedPayloadCodec": "durable_workflow.errors",
    "UnsupportedPayloadReference": "durable_workflow.errors",
    "UnsupportedPayloadSchema": "durable_workflow.errors",
    "ValueConversionError": "durable_workflow.errors",
    "AVRO_CODEC": "durable_workflow.codec.avro",
    "SCHEMA_FINGERPRINT": "durable_workflow.codec.avro",
    "VALUE_SCHEMA": "durable_workflow.codec.avro",
    "VALUE_SCHEMA_JSON": "durable_workflow.codec.avro",
    "AvroValue": "durable_workflow.codec.avro",
    "decode_blob": "durable_workflow.codec.avro",
    "decode_value": "durable_workflow.codec.avro",
    "encode_blob": "durable_workflow.codec.avro",
    "encode_value": "durable_workflow.codec.avro",
    "PayloadConverter": "durable_workflow.codec.converter",
    "default_converter": "durable_workflow.codec.converter",
    "parameter_type_hints": "durable_workflow.codec.converter",
    "return_type_hint": "durable_workflow.codec.converter",
    "DEFAULT_PAYLOAD_SIZE_BYTES": "durable_workflow.codec.envelope",
    "DEFAULT_WARNING_THRESHOLD_PERCENT": "durable_workflow.codec.envelope",
    "PayloadLimits": "durable_workflow.codec.envelope",
    "PayloadSerializer": "durable_workflow.codec.envelope",
    "decode_arguments": "durable_workflow.codec.envelope",
    "decode_arguments_async": "durable_workflow.codec.envelope",
    "decode_payload": "durable_workflow.codec.envelope",
    "decode_payload_async": "durable_workflow.codec.envelope",
    "encode_arguments": "durable_workflow.codec.envelope",
    "encode_arguments_async": "durable_workflow.codec.envelope",
    "encode_payload": "durable_workflow.codec.envelope",
    "encode_payload_async": "durable_workflow.codec.envelope",
    "is_payload_envelope": "durable_workflow.codec.envelope",
    "require_avro_codec": "durable_workflow.codec.envelope",
    "task_payload_codec": "durable_workflow.codec.envelope",
    "EXTERNAL_PAYLOAD_REFERENCE_SCHEMA": "durable_workflow.codec.storage",
    "AsyncExternalStorage": "durable_workflow.codec.storage",
    "BoundedPayloadCache": "durable_workflow.codec.storage",
    "ExternalPayloadReference": "durable_workflow.codec.storage",
    "ExternalStorage": "durable_workflow.codec.storage",
    "ExternalStorageCache": "durable_workflow.codec.storage",
    "LocalFileSystemStorage": "durable_workflow.codec.storage",
}


def __getattr__(name: str) -> Any:
    return _lazy.load(__name__, name, _EXPORTS)


def __dir__() -> list[str]:
    return _lazy.listing(__name__, _EXPORTS)


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
