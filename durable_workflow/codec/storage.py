"""External payload storage: references, storage drivers and the verified-bytes cache.

A payload too large to travel inline is stored outside the history; the envelope then carries
a reference instead of the blob::

    {"codec": "avro", "external_storage": {
        "schema": "durable-workflow.v2.external-payload-reference.v1",
        "uri": "file:///var/payloads/avro/ab/ab12...ef",
        "sha256": "ab12...ef", "size_bytes": 3145728, "codec": "avro"}}

What is stored is the UTF-8 text of the blob (the base64 string), and ``sha256``/``size_bytes``
describe exactly those bytes. Both are checked whenever bytes come back from a driver or a
cache (:class:`~durable_workflow.errors.ExternalPayloadIntegrityError` on mismatch).

**Drivers.** :class:`ExternalStorage` is the synchronous protocol and
:class:`AsyncExternalStorage` the asynchronous one; :func:`encode_payload_async` and
:func:`decode_payload_async` accept either (a synchronous driver is run in a worker thread so
it never blocks the event loop), the synchronous functions accept only :class:`ExternalStorage`.
:class:`LocalFileSystemStorage` is a complete driver for a directory (tests, single-host
deployments, a shared volume with the server's ``local`` driver).

**Cache.** Anything with ``get(key)`` returning bytes or ``None`` and ``key[...] = bytes`` works
(a plain ``dict`` does); :class:`BoundedPayloadCache` is a thread-safe LRU bounded by entries
and bytes. Keys are :attr:`ExternalPayloadReference.cache_key`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
import threading
import urllib.parse
import urllib.request
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol, runtime_checkable

from ..errors import (
    ExternalPayloadIntegrityError,
    ExternalPayloadUnavailable,
    UnsupportedPayloadReference,
)
from .avro import AVRO_CODEC

__all__ = [
    "EXTERNAL_PAYLOAD_REFERENCE_SCHEMA",
    "AsyncExternalStorage",
    "BoundedPayloadCache",
    "ExternalPayloadReference",
    "ExternalStorage",
    "ExternalStorageCache",
    "LocalFileSystemStorage",
]

EXTERNAL_PAYLOAD_REFERENCE_SCHEMA: Final = "durable-workflow.v2.external-payload-reference.v1"

_SHA256: Final = re.compile(r"[0-9a-fA-F]{64}")
_REFERENCE_KEYS: Final = frozenset({"schema", "uri", "sha256", "size_bytes", "codec", "expires_at"})


@dataclass(frozen=True, slots=True)
class ExternalPayloadReference:
    """Where an externally stored payload lives and how to verify it.

    ``sha256`` is kept in lower case. ``expires_at`` is an optional RFC 3339 timestamp with a
    timezone, informational for drivers that expire objects.
    """

    uri: str
    sha256: str
    size_bytes: int
    codec: str = AVRO_CODEC
    expires_at: str | None = None

    @classmethod
    def for_data(
        cls,
        data: bytes,
        *,
        uri: str,
        codec: str = AVRO_CODEC,
        expires_at: str | None = None,
    ) -> ExternalPayloadReference:
        """A reference describing ``data`` (hash and size computed here) stored at ``uri``."""
        return cls(
            uri=uri,
            sha256=hashlib.sha256(data).hexdigest(),
            size_bytes=len(data),
            codec=codec,
            expires_at=expires_at,
        )

    @classmethod
    def from_dict(cls, data: object) -> ExternalPayloadReference:
        """Validate and read a reference object as found on the wire.

        Raises :class:`~durable_workflow.errors.UnsupportedPayloadReference` when it is not
        an object, names another schema, or a field is missing or malformed.
        """
        if isinstance(data, ExternalPayloadReference):
            return data
        if not isinstance(data, Mapping):
            raise UnsupportedPayloadReference(
                "unsupported_payload_reference: the external payload reference must be an "
                f"object, not {type(data).__name__}."
            )
        schema = data.get("schema")
        if schema != EXTERNAL_PAYLOAD_REFERENCE_SCHEMA:
            raise UnsupportedPayloadReference(
                f"unsupported_payload_reference: unknown reference schema {schema!r} "
                f"(expected {EXTERNAL_PAYLOAD_REFERENCE_SCHEMA!r})."
            )
        unknown = sorted(str(k) for k in data if k not in _REFERENCE_KEYS)
        if unknown:
            raise UnsupportedPayloadReference(
                f"unsupported_payload_reference: unknown reference fields {unknown}."
            )
        uri = data.get("uri")
        sha256 = data.get("sha256")
        size = data.get("size_bytes")
        codec = data.get("codec")
        expires_at = data.get("expires_at")
        if not isinstance(uri, str) or not uri:
            raise UnsupportedPayloadReference(
                "unsupported_payload_reference: the reference uri must be a non-empty string."
            )
        if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            raise UnsupportedPayloadReference(
                "unsupported_payload_reference: the reference sha256 must be 64 hex characters."
            )
        if type(size) is not int or size < 0:
            raise UnsupportedPayloadReference(
                "unsupported_payload_reference: the reference size_bytes must be an integer >= 0."
            )
        if not isinstance(codec, str) or not codec:
            raise UnsupportedPayloadReference(
                "unsupported_payload_reference: the reference codec must be a non-empty string."
            )
        if expires_at is not None and not _is_rfc3339_with_zone(expires_at):
            raise UnsupportedPayloadReference(
                "unsupported_payload_reference: the reference expires_at must be an RFC 3339 "
                "timestamp with a timezone."
            )
        return cls(
            uri=uri,
            sha256=sha256.lower(),
            size_bytes=size,
            codec=codec,
            expires_at=expires_at,
        )

    def to_dict(self) -> dict[str, Any]:
        """The wire form (``expires_at`` only when set)."""
        out: dict[str, Any] = {
            "schema": EXTERNAL_PAYLOAD_REFERENCE_SCHEMA,
            "uri": self.uri,
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "codec": self.codec,
        }
        if self.expires_at is not None:
            out["expires_at"] = self.expires_at
        return out

    @property
    def cache_key(self) -> str:
        """Key of the verified bytes in an :class:`ExternalStorageCache`."""
        return f"{self.codec}:{self.sha256}:{self.size_bytes}:{self.uri}"

    def verify(self, data: bytes) -> None:
        """Raise :class:`~durable_workflow.errors.ExternalPayloadIntegrityError` unless
        ``data`` has this reference's size and SHA-256."""
        if len(data) != self.size_bytes:
            raise ExternalPayloadIntegrityError(
                "external_payload_integrity_mismatch: external payload size does not match its "
                f"reference ({len(data)} bytes, reference says {self.size_bytes}; {self.uri})."
            )
        digest = hashlib.sha256(data).hexdigest()
        if digest != self.sha256:
            raise ExternalPayloadIntegrityError(
                "external_payload_integrity_mismatch: external payload hash does not match its "
                f"reference (sha256 {digest}, reference says {self.sha256}; {self.uri})."
            )


def _is_rfc3339_with_zone(value: object) -> bool:
    if not isinstance(value, str) or "T" not in value.upper():
        return False
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is not None


@runtime_checkable
class ExternalStorage(Protocol):
    """A synchronous external payload storage driver.

    ``put`` stores ``data`` (the blob text's UTF-8 bytes, whose lower-case hex SHA-256 is
    ``sha256``) and returns its reference, as an :class:`ExternalPayloadReference` or its wire
    dictionary; the SDK checks that the reference describes exactly ``data``. ``get`` returns the
    stored bytes for a reference (the SDK verifies them). Failures should raise
    :class:`~durable_workflow.errors.ExternalPayloadUnavailable`; any other exception is wrapped
    in it.
    """

    def put(
        self, data: bytes, *, sha256: str, codec: str
    ) -> ExternalPayloadReference | Mapping[str, Any]:
        """Store ``data`` and return its reference."""
        ...

    def get(self, reference: ExternalPayloadReference) -> bytes:
        """Return the bytes stored for ``reference``."""
        ...


@runtime_checkable
class AsyncExternalStorage(Protocol):
    """The asynchronous counterpart of :class:`ExternalStorage` (same contract)."""

    async def put(
        self, data: bytes, *, sha256: str, codec: str
    ) -> ExternalPayloadReference | Mapping[str, Any]:
        """Store ``data`` and return its reference."""
        ...

    async def get(self, reference: ExternalPayloadReference) -> bytes:
        """Return the bytes stored for ``reference``."""
        ...


class ExternalStorageCache(Protocol):
    """The mapping-like interface of a verified-bytes cache (``dict`` satisfies it)."""

    def get(self, key: str, /) -> bytes | None:
        """The cached bytes for ``key``, or ``None``."""
        ...

    def __setitem__(self, key: str, value: bytes, /) -> None:
        """Remember ``value`` under ``key``."""
        ...


class BoundedPayloadCache:
    """A thread-safe least-recently-used cache of verified payload bytes.

    Holds at most ``max_entries`` entries and ``max_bytes`` bytes in total; a single value
    larger than ``max_bytes`` is not cached.
    """

    def __init__(self, *, max_entries: int = 128, max_bytes: int = 64 * 1024 * 1024) -> None:
        if max_entries < 1 or max_bytes < 1:
            raise ValueError("max_entries and max_bytes must be positive")
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: str, /) -> bytes | None:
        """The cached bytes for ``key`` (marking them recently used), or ``None``."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def __setitem__(self, key: str, value: bytes, /) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= len(old)
            if len(value) > self.max_bytes:
                return
            self._entries[key] = value
            self._size += len(value)
            while len(self._entries) > self.max_entries or self._size > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._size -= len(evicted)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    @property
    def size_bytes(self) -> int:
        """Total bytes currently cached."""
        return self._size

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._entries.clear()
            self._size = 0


class LocalFileSystemStorage:
    """Stores payloads as files under ``root``: ``<root>/<codec>/<sha256[:2]>/<sha256>``.

    References carry ``file://`` URIs. ``get`` only serves files inside ``root``: a reference
    pointing elsewhere is an :class:`~durable_workflow.errors.UnsupportedPayloadReference`.
    Writes go through a temporary file and an atomic rename, so readers never see partial data;
    storing the same bytes twice is a no-op.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def __repr__(self) -> str:
        return f"LocalFileSystemStorage({str(self.root)!r})"

    def path_for(self, sha256: str, codec: str = AVRO_CODEC) -> Path:
        """Where the payload with this hash is (or would be) stored."""
        if not _SHA256.fullmatch(sha256) or not re.fullmatch(r"[A-Za-z0-9._-]+", codec):
            raise UnsupportedPayloadReference(
                "unsupported_payload_reference: invalid sha256 or codec for a storage path."
            )
        digest = sha256.lower()
        return self.root / codec / digest[:2] / digest

    def put(self, data: bytes, *, sha256: str, codec: str) -> ExternalPayloadReference:
        """Write ``data`` (if not already there) and return its reference."""
        path = self.path_for(sha256, codec)
        try:
            if not (path.is_file() and path.stat().st_size == len(data)):
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
                try:
                    with os.fdopen(fd, "wb") as handle:
                        handle.write(data)
                    os.replace(temporary, path)
                except BaseException:
                    Path(temporary).unlink(missing_ok=True)
                    raise
        except OSError as exc:
            raise ExternalPayloadUnavailable(
                f"external_payload_unavailable: cannot store the payload under {self.root}: {exc}"
            ) from exc
        return ExternalPayloadReference.for_data(data, uri=path.as_uri(), codec=codec)

    def get(self, reference: ExternalPayloadReference) -> bytes:
        """Read the file the reference's ``file://`` URI names (inside ``root`` only)."""
        path = self._local_path(reference.uri)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise ExternalPayloadUnavailable(
                f"external_payload_unavailable: external payload not found: {reference.uri}"
            ) from None
        except OSError as exc:
            raise ExternalPayloadUnavailable(
                f"external_payload_unavailable: cannot read {reference.uri}: {exc}"
            ) from exc

    def _local_path(self, uri: str) -> Path:
        parsed = urllib.parse.urlparse(uri)
        if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
            raise UnsupportedPayloadReference(
                f"unsupported_payload_reference: {uri!r} is not a local file:// URI."
            )
        path = Path(urllib.request.url2pathname(parsed.path)).resolve()
        if not path.is_relative_to(self.root):
            raise UnsupportedPayloadReference(
                f"unsupported_payload_reference: {uri!r} is outside the storage root {self.root}."
            )
        return path
