"""Payload envelopes: ``{"codec": "avro", "blob": "<base64>"}`` and their external forms.

Every durable value crosses the wire as a payload. This module turns Python values into
envelopes and back:

* :func:`encode_payload` converts a value (through a
  :class:`~durable_workflow.codec.converter.PayloadConverter`), encodes it as a blob in the
  requested framing (Avro Value v1 by default, see :mod:`~durable_workflow.codec.framing`),
  enforces the size limit and warning threshold, and offloads it to external storage when
  configured and the blob is larger than the offload threshold.
* :func:`decode_payload` accepts an inline envelope, an external-storage envelope, or a raw blob
  string (whose codec comes from elsewhere, e.g. a sibling ``payload_codec`` field) and returns
  the value, optionally rebuilt to a type hint. It reads every framing a server may have
  written (Avro Value v1 and the 2026-04 generation's legacy framings).
* :func:`encode_arguments` / :func:`decode_arguments` handle the positional-argument lists that
  inputs are (one payload holding a list).

``avro`` is the only codec: anything else -- ``json`` included, and a missing or null codec --
is :class:`~durable_workflow.errors.UnsupportedPayloadCodec`.

**Size.** The measured size is the UTF-8 length of the blob text. Reaching
``warning_threshold_percent`` of the limit (80 % of 2 MiB = 1 677 721 bytes by default) emits a
:class:`~durable_workflow.errors.PayloadSizeWarning` through :mod:`warnings` and logs a warning
on the ``durable_workflow.payloads`` logger with a ``durable_workflow_payload`` record attribute
(``kind``, ``codec``, ``payload_size``, ``threshold_bytes``, ``limit_bytes`` and the caller's
context); exceeding the limit raises :class:`~durable_workflow.errors.PayloadTooLarge` before
anything is sent. A payload moved to external storage travels as a small reference, so the
limit and warning apply only to inline blobs.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ..errors import (
    ExternalPayloadIntegrityError,
    ExternalPayloadUnavailable,
    InvalidPayloadFraming,
    PayloadError,
    PayloadSizeWarning,
    PayloadTooLarge,
    UnsupportedPayloadCodec,
    UnsupportedPayloadReference,
)
from ._constants import DEFAULT_PAYLOAD_SIZE_BYTES, DEFAULT_WARNING_THRESHOLD_PERCENT
from .avro import AVRO_CODEC, AvroValue
from .converter import PayloadConverter, default_converter
from .framing import PayloadFraming, decode_any_blob, encode_framed_blob
from .storage import (
    AsyncExternalStorage,
    BoundedPayloadCache,
    ExternalPayloadReference,
    ExternalStorage,
    ExternalStorageCache,
)

__all__ = [
    "DEFAULT_PAYLOAD_SIZE_BYTES",
    "DEFAULT_WARNING_THRESHOLD_PERCENT",
    "PayloadLimits",
    "PayloadSerializer",
    "decode_arguments",
    "decode_arguments_async",
    "decode_payload",
    "decode_payload_async",
    "encode_arguments",
    "encode_arguments_async",
    "encode_payload",
    "encode_payload_async",
    "is_payload_envelope",
    "require_avro_codec",
    "task_payload_codec",
]

logger = logging.getLogger("durable_workflow.payloads")

AnyExternalStorage = ExternalStorage | AsyncExternalStorage


@dataclass(frozen=True, slots=True)
class PayloadLimits:
    """Size policy for outgoing payloads.

    ``size_limit_bytes=None`` disables the hard limit; ``warnings=False`` silences the warning.
    """

    size_limit_bytes: int | None = DEFAULT_PAYLOAD_SIZE_BYTES
    warning_threshold_percent: float = DEFAULT_WARNING_THRESHOLD_PERCENT
    warnings: bool = True

    def __post_init__(self) -> None:
        if self.size_limit_bytes is not None and self.size_limit_bytes <= 0:
            raise ValueError("size_limit_bytes must be positive (or None for no limit)")
        if not 0 < self.warning_threshold_percent <= 100:
            raise ValueError("warning_threshold_percent must be in (0, 100]")

    @property
    def warning_threshold_bytes(self) -> int | None:
        """The size from which a warning is emitted (``None`` without a limit)."""
        if self.size_limit_bytes is None:
            return None
        return int(self.size_limit_bytes * self.warning_threshold_percent // 100)

    def check(
        self,
        size: int,
        *,
        kind: str = "payload",
        codec: str = AVRO_CODEC,
        context: Mapping[str, Any] | None = None,
    ) -> None:
        """Raise :class:`~durable_workflow.errors.PayloadTooLarge` above the limit; warn from
        the threshold on."""
        limit = self.size_limit_bytes
        if limit is None:
            return
        label = "payload" if kind == "payload" else f"{kind} payload"
        if size > limit:
            raise PayloadTooLarge(
                f"payload_too_large: the {label} is {size} bytes, over the limit of "
                f"{limit} bytes; configure external payload storage or send less data.",
                size=size,
                limit=limit,
            )
        threshold = self.warning_threshold_bytes
        if self.warnings and threshold is not None and size >= threshold:
            details: dict[str, Any] = {
                "kind": kind,
                "codec": codec,
                "payload_size": size,
                "threshold_bytes": threshold,
                "limit_bytes": limit,
            }
            details.update(context or {})
            message = (
                f"the {label} is {size} bytes, {size * 100 // limit}% of the {limit}-byte limit"
            )
            logger.warning(message, extra={"durable_workflow_payload": details})
            warnings.warn(
                PayloadSizeWarning(message, size=size, threshold=threshold, limit=limit, kind=kind),
                stacklevel=3,
            )


_DEFAULT_LIMITS: Final = PayloadLimits()


# ------------------------------------------------------------------------------------ codecs


def require_avro_codec(codec: object, *, what: str = "payload") -> str:
    """Return ``"avro"`` or raise :class:`~durable_workflow.errors.UnsupportedPayloadCodec`.

    A missing (``None``) or empty codec is rejected like any unknown one.
    """
    if codec == AVRO_CODEC:
        return AVRO_CODEC
    if codec is None or codec == "":
        raise UnsupportedPayloadCodec(
            f"unsupported_payload_codec: {what} codec missing is not supported; "
            "payloads must be tagged codec 'avro'."
        )
    if codec == "json":
        raise UnsupportedPayloadCodec(
            f"unsupported_payload_codec: {what} codec 'json' is not supported; payloads use "
            "codec 'avro' (Avro Value v1 with single-object framing). JSON is only the HTTP "
            "document format."
        )
    raise UnsupportedPayloadCodec(
        f"unsupported_payload_codec: {what} codec {codec!r} is not supported; only 'avro' is."
    )


def task_payload_codec(task: Mapping[str, Any]) -> str:
    """The ``payload_codec`` of a worker task, which must be present and ``"avro"``."""
    return require_avro_codec(task.get("payload_codec"), what="workflow payload")


def is_payload_envelope(value: object) -> bool:
    """Whether ``value`` has an envelope's shape: an object with ``codec`` and exactly one of
    ``blob``, ``external_storage`` or ``external_payload`` (and nothing else)."""
    if not isinstance(value, Mapping) or "codec" not in value or len(value) != 2:
        return False
    return any(k in value for k in ("blob", "external_storage", "external_payload"))


# ---------------------------------------------------------------------------------- encoding


def _encode_text(
    value: object, converter: PayloadConverter | None, path: str, framing: PayloadFraming | str
) -> str:
    conv = converter or default_converter()
    return encode_framed_blob(
        value,
        framing,
        path=path,
        default=conv.adapt,
        to_value=lambda v: conv.to_value(v, path=path),
    )


def _offload_wanted(blob: str, storage: AnyExternalStorage | None, threshold: int | None) -> bool:
    if threshold is not None and threshold < 0:
        raise ValueError("external_storage_threshold_bytes must be >= 0")
    return storage is not None and threshold is not None and len(blob) > threshold


def _stored_envelope(
    stored: object, data: bytes, sha256: str, cache: ExternalStorageCache | None
) -> dict[str, Any]:
    reference = ExternalPayloadReference.from_dict(
        stored.to_dict() if isinstance(stored, ExternalPayloadReference) else stored
    )
    if reference.codec != AVRO_CODEC:
        raise UnsupportedPayloadReference(
            "unsupported_payload_reference: the storage returned a reference with codec "
            f"{reference.codec!r} for an 'avro' payload."
        )
    if reference.sha256 != sha256 or reference.size_bytes != len(data):
        raise ExternalPayloadIntegrityError(
            "external_payload_integrity_mismatch: the storage returned a reference that does "
            f"not describe the stored bytes ({reference.uri})."
        )
    if cache is not None:
        cache[reference.cache_key] = data
    return {"codec": AVRO_CODEC, "external_storage": reference.to_dict()}


def _put_failed(exc: Exception) -> ExternalPayloadUnavailable:
    return ExternalPayloadUnavailable(
        f"external_payload_unavailable: the external storage could not store the payload: "
        f"{type(exc).__name__}: {exc}"
    )


def encode_payload(
    value: object,
    *,
    converter: PayloadConverter | None = None,
    limits: PayloadLimits | None = None,
    kind: str = "payload",
    context: Mapping[str, Any] | None = None,
    external_storage: ExternalStorage | None = None,
    external_storage_threshold_bytes: int | None = None,
    external_storage_cache: ExternalStorageCache | None = None,
    path: str = "value",
    framing: PayloadFraming | str = PayloadFraming.VALUE_V1,
) -> dict[str, Any]:
    """Encode ``value`` as a payload envelope.

    Returns ``{"codec": "avro", "blob": ...}``, or ``{"codec": "avro", "external_storage":
    {...}}`` when ``external_storage`` is set and the blob is longer than
    ``external_storage_threshold_bytes``. ``kind`` and ``context`` label size warnings;
    ``path`` names the value in conversion errors. ``framing`` is the blob's byte layout
    (:class:`~durable_workflow.codec.framing.PayloadFraming`; the server generation's).

    Raises :class:`~durable_workflow.errors.ValueConversionError` for values that cannot be
    represented and :class:`~durable_workflow.errors.PayloadTooLarge` above the size limit.
    """
    blob = _encode_text(value, converter, path, framing)
    if _offload_wanted(blob, external_storage, external_storage_threshold_bytes):
        assert external_storage is not None
        if inspect.iscoroutinefunction(external_storage.put):
            raise TypeError("an async external storage needs encode_payload_async")
        data = blob.encode("ascii")
        sha256 = hashlib.sha256(data).hexdigest()
        try:
            stored = external_storage.put(data, sha256=sha256, codec=AVRO_CODEC)
        except PayloadError:
            raise
        except Exception as exc:
            raise _put_failed(exc) from exc
        return _stored_envelope(stored, data, sha256, external_storage_cache)
    (limits or _DEFAULT_LIMITS).check(len(blob), kind=kind, context=context)
    return {"codec": AVRO_CODEC, "blob": blob}


async def encode_payload_async(
    value: object,
    *,
    converter: PayloadConverter | None = None,
    limits: PayloadLimits | None = None,
    kind: str = "payload",
    context: Mapping[str, Any] | None = None,
    external_storage: AnyExternalStorage | None = None,
    external_storage_threshold_bytes: int | None = None,
    external_storage_cache: ExternalStorageCache | None = None,
    path: str = "value",
    framing: PayloadFraming | str = PayloadFraming.VALUE_V1,
) -> dict[str, Any]:
    """:func:`encode_payload` for async callers; ``external_storage`` may be sync or async."""
    blob = _encode_text(value, converter, path, framing)
    if _offload_wanted(blob, external_storage, external_storage_threshold_bytes):
        assert external_storage is not None
        data = blob.encode("ascii")
        sha256 = hashlib.sha256(data).hexdigest()
        try:
            if inspect.iscoroutinefunction(external_storage.put):
                stored = await external_storage.put(data, sha256=sha256, codec=AVRO_CODEC)
            else:
                import asyncio  # only here: importing the codec does not load asyncio

                stored = await asyncio.to_thread(
                    external_storage.put, data, sha256=sha256, codec=AVRO_CODEC
                )
        except PayloadError:
            raise
        except Exception as exc:
            raise _put_failed(exc) from exc
        return _stored_envelope(stored, data, sha256, external_storage_cache)
    (limits or _DEFAULT_LIMITS).check(len(blob), kind=kind, context=context)
    return {"codec": AVRO_CODEC, "blob": blob}


def encode_arguments(
    args: Sequence[object],
    *,
    converter: PayloadConverter | None = None,
    limits: PayloadLimits | None = None,
    kind: str = "input",
    context: Mapping[str, Any] | None = None,
    external_storage: ExternalStorage | None = None,
    external_storage_threshold_bytes: int | None = None,
    external_storage_cache: ExternalStorageCache | None = None,
    path: str = "input",
) -> dict[str, Any]:
    """Encode positional arguments as one payload holding a list (``[]`` for none)."""
    return encode_payload(
        list(args),
        converter=converter,
        limits=limits,
        kind=kind,
        context=context,
        external_storage=external_storage,
        external_storage_threshold_bytes=external_storage_threshold_bytes,
        external_storage_cache=external_storage_cache,
        path=path,
    )


async def encode_arguments_async(
    args: Sequence[object],
    *,
    converter: PayloadConverter | None = None,
    limits: PayloadLimits | None = None,
    kind: str = "input",
    context: Mapping[str, Any] | None = None,
    external_storage: AnyExternalStorage | None = None,
    external_storage_threshold_bytes: int | None = None,
    external_storage_cache: ExternalStorageCache | None = None,
    path: str = "input",
) -> dict[str, Any]:
    """:func:`encode_arguments` for async callers."""
    return await encode_payload_async(
        list(args),
        converter=converter,
        limits=limits,
        kind=kind,
        context=context,
        external_storage=external_storage,
        external_storage_threshold_bytes=external_storage_threshold_bytes,
        external_storage_cache=external_storage_cache,
        path=path,
    )


# ---------------------------------------------------------------------------------- decoding


@dataclass(frozen=True, slots=True)
class _Parsed:
    blob: str | None = None
    reference: ExternalPayloadReference | None = None
    empty: bool = False


def _parse(payload: object, codec: object) -> _Parsed:
    if payload is None:
        return _Parsed(empty=True)
    if isinstance(payload, str):
        require_avro_codec(codec)
        return _Parsed(blob=payload)
    if not isinstance(payload, Mapping):
        raise InvalidPayloadFraming(
            "invalid_payload_framing: a payload must be an envelope object or a blob string, "
            f"not {type(payload).__name__}."
        )
    forms = [k for k in ("blob", "external_storage", "external_payload") if k in payload]
    if len(forms) != 1:
        raise InvalidPayloadFraming(
            "invalid_payload_framing: not a payload envelope; expected an object with 'codec' "
            "and exactly one of 'blob', 'external_storage' or 'external_payload', got keys "
            f"{sorted(str(k) for k in payload)}."
        )
    envelope_codec = require_avro_codec(payload.get("codec"), what="payload envelope")
    form = forms[0]
    if len(payload) != 2:
        extra = sorted(str(k) for k in payload if k not in ("codec", form))
        raise InvalidPayloadFraming(
            "invalid_payload_framing: a payload envelope holds exactly 'codec' and "
            f"{form!r}; unexpected keys {extra}."
        )
    if form == "blob":
        blob = payload["blob"]
        if not isinstance(blob, str):
            raise InvalidPayloadFraming(
                "invalid_payload_framing: the payload envelope blob must be a string."
            )
        return _Parsed(blob=blob)
    if form == "external_payload":
        raise UnsupportedPayloadReference(
            "unsupported_payload_reference: runtime external payload references "
            "('external_payload') are not resolved by the codec layer."
        )
    reference = ExternalPayloadReference.from_dict(payload["external_storage"])
    if reference.codec != envelope_codec:
        raise UnsupportedPayloadReference(
            "unsupported_payload_reference: the external payload reference codec "
            f"{reference.codec!r} does not match the envelope codec {envelope_codec!r}."
        )
    return _Parsed(reference=reference)


def _check_hints(type_hint: Any, type_hints: Sequence[Any] | None) -> None:
    if type_hint is not None and type_hints is not None:
        raise TypeError("pass either type_hint (one value) or type_hints (an argument list)")


def _no_storage(reference: ExternalPayloadReference) -> UnsupportedPayloadReference:
    return UnsupportedPayloadReference(
        "unsupported_payload_reference: external payload reference requires an external "
        f"storage driver ({reference.uri})."
    )


def _from_cache(
    reference: ExternalPayloadReference, cache: ExternalStorageCache | None
) -> bytes | None:
    if cache is None:
        return None
    data = cache.get(reference.cache_key)
    if data is not None:
        reference.verify(data)
    return data


def _fetched(
    reference: ExternalPayloadReference, data: object, cache: ExternalStorageCache | None
) -> bytes:
    if not isinstance(data, bytes):
        raise ExternalPayloadUnavailable(
            f"external_payload_unavailable: the external storage returned "
            f"{type(data).__name__}, not bytes, for {reference.uri}."
        )
    reference.verify(data)
    if cache is not None:
        cache[reference.cache_key] = data
    return data


def _get_failed(reference: ExternalPayloadReference, exc: Exception) -> ExternalPayloadUnavailable:
    return ExternalPayloadUnavailable(
        f"external_payload_unavailable: cannot fetch {reference.uri}: {type(exc).__name__}: {exc}"
    )


def _blob_text(data: bytes) -> str:
    try:
        return data.decode("ascii")
    except UnicodeDecodeError:
        raise InvalidPayloadFraming(
            "invalid_payload_framing: externally stored payload is not base64 blob text."
        ) from None


def _finish(
    blob: str,
    converter: PayloadConverter | None,
    type_hint: Any,
    type_hints: Sequence[Any] | None,
    path: str,
) -> Any:
    value = decode_any_blob(blob)
    conv = converter or default_converter()
    if type_hints is not None:
        return conv.from_values(_as_arguments(value), type_hints, path=path)
    if type_hint is None:
        return value
    return conv.from_value(value, type_hint, path=path)


def _as_arguments(value: AvroValue) -> list[AvroValue]:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def decode_payload(
    payload: object,
    codec: str | None = AVRO_CODEC,
    *,
    type_hint: Any = None,
    type_hints: Sequence[Any] | None = None,
    converter: PayloadConverter | None = None,
    external_storage: ExternalStorage | None = None,
    external_storage_cache: ExternalStorageCache | None = None,
    path: str = "value",
) -> Any:
    """Decode a payload: an envelope object, a raw blob string, or ``None`` (no value).

    ``codec`` is the codec of a raw blob (envelopes carry their own); pass the sibling
    ``payload_codec`` field as it is -- a ``None`` there means the codec is missing, which is an
    :class:`~durable_workflow.errors.UnsupportedPayloadCodec`. ``type_hint`` rebuilds the value
    as that type; ``type_hints`` treats the payload as an argument list (as
    :func:`decode_arguments`) and converts position by position.

    External-storage envelopes are fetched through ``external_storage`` (looked up first in
    ``external_storage_cache``) and verified against their reference.
    """
    _check_hints(type_hint, type_hints)
    parsed = _parse(payload, codec)
    if parsed.empty:
        return [] if type_hints is not None else None
    if parsed.reference is not None:
        reference = parsed.reference
        data = _from_cache(reference, external_storage_cache)
        if data is None:
            if external_storage is None:
                raise _no_storage(reference)
            if inspect.iscoroutinefunction(external_storage.get):
                raise TypeError("an async external storage needs decode_payload_async")
            try:
                fetched: object = external_storage.get(reference)
            except PayloadError:
                raise
            except Exception as exc:
                raise _get_failed(reference, exc) from exc
            data = _fetched(reference, fetched, external_storage_cache)
        return _finish(_blob_text(data), converter, type_hint, type_hints, path)
    assert parsed.blob is not None
    return _finish(parsed.blob, converter, type_hint, type_hints, path)


async def decode_payload_async(
    payload: object,
    codec: str | None = AVRO_CODEC,
    *,
    type_hint: Any = None,
    type_hints: Sequence[Any] | None = None,
    converter: PayloadConverter | None = None,
    external_storage: AnyExternalStorage | None = None,
    external_storage_cache: ExternalStorageCache | None = None,
    path: str = "value",
) -> Any:
    """:func:`decode_payload` for async callers; ``external_storage`` may be sync or async."""
    _check_hints(type_hint, type_hints)
    parsed = _parse(payload, codec)
    if parsed.empty:
        return [] if type_hints is not None else None
    if parsed.reference is not None:
        reference = parsed.reference
        data = _from_cache(reference, external_storage_cache)
        if data is None:
            if external_storage is None:
                raise _no_storage(reference)
            try:
                if inspect.iscoroutinefunction(external_storage.get):
                    fetched: object = await external_storage.get(reference)
                else:
                    import asyncio

                    fetched = await asyncio.to_thread(external_storage.get, reference)
            except PayloadError:
                raise
            except Exception as exc:
                raise _get_failed(reference, exc) from exc
            data = _fetched(reference, fetched, external_storage_cache)
        return _finish(_blob_text(data), converter, type_hint, type_hints, path)
    assert parsed.blob is not None
    return _finish(parsed.blob, converter, type_hint, type_hints, path)


def decode_arguments(
    payload: object,
    codec: str | None = AVRO_CODEC,
    *,
    type_hints: Sequence[Any] | None = None,
    converter: PayloadConverter | None = None,
    external_storage: ExternalStorage | None = None,
    external_storage_cache: ExternalStorageCache | None = None,
    path: str = "input",
) -> list[Any]:
    """Decode a payload holding positional arguments.

    ``None`` (no payload) or a decoded ``null`` gives no arguments; a decoded value that is not
    a list is a single argument. ``type_hints`` converts position by position (see
    :func:`~durable_workflow.codec.converter.parameter_type_hints`).
    """
    result: list[Any] = decode_payload(
        payload,
        codec,
        type_hints=list(type_hints or ()),
        converter=converter,
        external_storage=external_storage,
        external_storage_cache=external_storage_cache,
        path=path,
    )
    return result


async def decode_arguments_async(
    payload: object,
    codec: str | None = AVRO_CODEC,
    *,
    type_hints: Sequence[Any] | None = None,
    converter: PayloadConverter | None = None,
    external_storage: AnyExternalStorage | None = None,
    external_storage_cache: ExternalStorageCache | None = None,
    path: str = "input",
) -> list[Any]:
    """:func:`decode_arguments` for async callers."""
    result: list[Any] = await decode_payload_async(
        payload,
        codec,
        type_hints=list(type_hints or ()),
        converter=converter,
        external_storage=external_storage,
        external_storage_cache=external_storage_cache,
        path=path,
    )
    return result


# ------------------------------------------------------------------------------ one bundle


class PayloadSerializer:
    """Payload settings bundled once, with the client constructor's option names.

    ``payload_size_limit_bytes`` (``None`` for no limit),
    ``payload_size_warning_threshold_percent`` and ``payload_size_warnings`` form the
    :class:`PayloadLimits`; ``external_storage`` with ``external_storage_threshold_bytes``
    enables offloading; ``external_storage_cache`` defaults to a :class:`BoundedPayloadCache`
    when a storage is configured. ``framing`` is the blob layout :meth:`encode` writes unless
    told otherwise (decoding reads every framing).
    """

    def __init__(
        self,
        *,
        converter: PayloadConverter | None = None,
        payload_size_limit_bytes: int | None = DEFAULT_PAYLOAD_SIZE_BYTES,
        payload_size_warning_threshold_percent: float = DEFAULT_WARNING_THRESHOLD_PERCENT,
        payload_size_warnings: bool = True,
        external_storage: AnyExternalStorage | None = None,
        external_storage_threshold_bytes: int | None = None,
        external_storage_cache: ExternalStorageCache | None = None,
        framing: PayloadFraming | str = PayloadFraming.VALUE_V1,
    ) -> None:
        if external_storage_threshold_bytes is not None and external_storage_threshold_bytes < 0:
            raise ValueError("external_storage_threshold_bytes must be >= 0")
        self.framing = PayloadFraming.parse(framing)
        self.converter = converter or default_converter()
        self.limits = PayloadLimits(
            size_limit_bytes=payload_size_limit_bytes,
            warning_threshold_percent=payload_size_warning_threshold_percent,
            warnings=payload_size_warnings,
        )
        self.external_storage = external_storage
        self.external_storage_threshold_bytes = external_storage_threshold_bytes
        if external_storage_cache is None and external_storage is not None:
            external_storage_cache = BoundedPayloadCache()
        self.external_storage_cache = external_storage_cache

    def _sync_storage(self) -> ExternalStorage | None:
        storage = self.external_storage
        if storage is not None and inspect.iscoroutinefunction(storage.get):
            raise TypeError(
                "this serializer has an async external storage; use the *_async methods"
            )
        return storage  # type: ignore[return-value]

    def encode(
        self,
        value: object,
        *,
        kind: str = "payload",
        context: Mapping[str, Any] | None = None,
        path: str = "value",
        framing: PayloadFraming | str | None = None,
    ) -> dict[str, Any]:
        """Encode one value as an envelope (see :func:`encode_payload`).

        ``framing`` defaults to the serializer's :attr:`framing`.
        """
        return encode_payload(
            value,
            converter=self.converter,
            limits=self.limits,
            kind=kind,
            context=context,
            external_storage=self._sync_storage(),
            external_storage_threshold_bytes=self.external_storage_threshold_bytes,
            external_storage_cache=self.external_storage_cache,
            path=path,
            framing=self.framing if framing is None else framing,
        )

    async def encode_async(
        self,
        value: object,
        *,
        kind: str = "payload",
        context: Mapping[str, Any] | None = None,
        path: str = "value",
        framing: PayloadFraming | str | None = None,
    ) -> dict[str, Any]:
        """Encode one value as an envelope (see :func:`encode_payload_async`)."""
        return await encode_payload_async(
            value,
            converter=self.converter,
            limits=self.limits,
            kind=kind,
            context=context,
            external_storage=self.external_storage,
            external_storage_threshold_bytes=self.external_storage_threshold_bytes,
            external_storage_cache=self.external_storage_cache,
            path=path,
            framing=self.framing if framing is None else framing,
        )

    def encode_arguments(
        self,
        args: Sequence[object],
        *,
        kind: str = "input",
        context: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Encode positional arguments as one list payload."""
        return self.encode(list(args), kind=kind, context=context, path="input")

    async def encode_arguments_async(
        self,
        args: Sequence[object],
        *,
        kind: str = "input",
        context: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Encode positional arguments as one list payload."""
        return await self.encode_async(list(args), kind=kind, context=context, path="input")

    def decode(
        self,
        payload: object,
        codec: str | None = AVRO_CODEC,
        *,
        type_hint: Any = None,
        path: str = "value",
    ) -> Any:
        """Decode one payload (see :func:`decode_payload`)."""
        return decode_payload(
            payload,
            codec,
            type_hint=type_hint,
            converter=self.converter,
            external_storage=self._sync_storage(),
            external_storage_cache=self.external_storage_cache,
            path=path,
        )

    async def decode_async(
        self,
        payload: object,
        codec: str | None = AVRO_CODEC,
        *,
        type_hint: Any = None,
        path: str = "value",
    ) -> Any:
        """Decode one payload (see :func:`decode_payload_async`)."""
        return await decode_payload_async(
            payload,
            codec,
            type_hint=type_hint,
            converter=self.converter,
            external_storage=self.external_storage,
            external_storage_cache=self.external_storage_cache,
            path=path,
        )

    def decode_arguments(
        self,
        payload: object,
        codec: str | None = AVRO_CODEC,
        *,
        type_hints: Sequence[Any] | None = None,
    ) -> list[Any]:
        """Decode an argument-list payload (see :func:`decode_arguments`)."""
        return decode_arguments(
            payload,
            codec,
            type_hints=type_hints,
            converter=self.converter,
            external_storage=self._sync_storage(),
            external_storage_cache=self.external_storage_cache,
        )

    async def decode_arguments_async(
        self,
        payload: object,
        codec: str | None = AVRO_CODEC,
        *,
        type_hints: Sequence[Any] | None = None,
    ) -> list[Any]:
        """Decode an argument-list payload (see :func:`decode_arguments_async`)."""
        return await decode_arguments_async(
            payload,
            codec,
            type_hints=type_hints,
            converter=self.converter,
            external_storage=self.external_storage,
            external_storage_cache=self.external_storage_cache,
        )
