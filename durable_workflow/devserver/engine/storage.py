"""External payload storage: the ``local`` driver and the round-trip probe."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from ..errors import ApiError
from ..store.rows import AdminServer
from .namespaces import external_storage_policy

_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9_.-]+")
_SHA256 = re.compile(r"[a-fA-F0-9]{64}")


class StorageError(Exception):
    """An external payload could not be written, read or verified."""


class LocalPayloadStorage:
    """Content-addressed payload files under one folder (``<root>/<codec>/<ab>/<sha256>``)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def _path_for(self, sha256: str, codec: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise StorageError("sha256 must be a hex digest.")
        if not _SAFE_SEGMENT.fullmatch(codec):
            raise StorageError("Codec contains characters that are unsafe for storage keys.")
        return self.root / codec / sha256[:2].lower() / sha256.lower()

    def put(self, data: bytes, sha256: str, codec: str) -> str:
        """Store ``data`` and return its ``file://`` reference URI."""
        path = self._path_for(sha256, codec)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        return path.as_uri()

    def _path_from_uri(self, uri: str) -> Path:
        parsed = urlparse(uri)
        if parsed.scheme != "file":
            raise StorageError("External payload URI scheme must be [file].")
        path = Path(unquote(parsed.path)).resolve()
        if self.root != path and self.root not in path.parents:
            raise StorageError("External payload URI is outside the configured storage folder.")
        return path

    def get(self, uri: str) -> bytes:
        """Read a stored payload back by its reference URI."""
        path = self._path_from_uri(uri)
        if not path.is_file():
            raise StorageError(f"Unable to read external payload [{uri}].")
        return path.read_bytes()

    def delete(self, uri: str) -> None:
        """Remove a stored payload (missing ones are ignored)."""
        path = self._path_from_uri(uri)
        if path.is_file():
            path.unlink()


def storage_root(server: AdminServer) -> Path:
    """The folder every ``local`` payload lives under (``external_storage_root`` when given)."""
    configured = getattr(server.config, "external_storage_root", None)
    if isinstance(configured, str | os.PathLike) and str(configured):
        return Path(configured).resolve()
    db_path = getattr(server.db, "path", ":memory:")
    if (
        isinstance(db_path, str)
        and db_path not in ("", ":memory:")
        and not db_path.startswith("file:")
    ):
        return Path(db_path).resolve().parent / "external-payloads"
    return Path(tempfile.gettempdir()) / "durable-workflow-external-payloads"


def confined_uri(server: AdminServer, uri: str) -> Path:
    """The folder a ``file://`` storage URI names; :class:`StorageError` outside the root."""
    path = Path(unquote(urlparse(uri).path.rstrip("/")) or "/").resolve()
    root = storage_root(server).resolve()
    if path != root and root not in path.parents:
        raise StorageError(
            f"The local storage folder must be inside the server's storage root [{root}]."
        )
    return path


def local_root(server: AdminServer, namespace: str, policy: dict[str, Any] | None) -> Path:
    """The folder the ``local`` driver writes a namespace's payloads to (inside the root)."""
    config = (policy or {}).get("config")
    uri = config.get("uri") if isinstance(config, dict) else None
    if isinstance(uri, str) and uri.startswith("file://"):
        return confined_uri(server, uri)
    return storage_root(server) / namespace


def driver_for(server: AdminServer, namespace: str) -> LocalPayloadStorage | None:
    """The working storage driver of a namespace, or ``None`` (none, disabled or unavailable)."""
    policy = external_storage_policy(server.db, namespace)
    if not policy or policy.get("enabled", True) is False:
        return None
    if policy.get("driver") != "local":
        return None
    try:
        return LocalPayloadStorage(local_root(server, namespace, policy))
    except StorageError:  # a folder outside the root (stored before the root was enforced)
        return None


def _round_trip(storage: LocalPayloadStorage, kind: str, size: int) -> dict[str, Any]:
    payload = (b"s" if kind == "small" else b"l") * size
    digest = hashlib.sha256(payload).hexdigest()
    try:
        uri = storage.put(payload, digest, f"storage-test-{kind}")
        read = storage.get(uri)
        storage.delete(uri)
    except OSError as exc:
        raise StorageError(f"External storage round trip failed: {exc}") from exc
    if read != payload:
        raise ApiError(
            500,
            "storage_round_trip_failed",
            "External storage round trip failed integrity verification.",
        )
    return {"status": "passed", "bytes": size, "sha256": digest, "reference_uri": uri}


def _diagnostic(
    reason: str, message: str, namespace: str, driver: str | None, **extra: Any
) -> tuple[int, dict[str, Any]]:
    body: dict[str, Any] = {
        "status": "failed",
        "reason": reason,
        "message": message,
        "namespace": namespace,
        "driver": driver,
    }
    body.update(extra)
    return 422, body


def run_storage_test(
    server: AdminServer,
    namespace: str,
    requested_driver: Any,
    small_payload_bytes: int,
    large_payload_bytes: int,
) -> tuple[int, dict[str, Any]]:
    """Round-trip a small and a large payload through the namespace's storage driver.

    Answers 200 with both round trips, or 422 with the reason the test could not run (no
    policy, disabled, another driver requested, driver unavailable, round trip failed).
    """
    policy = external_storage_policy(server.db, namespace) or {}
    driver = (
        requested_driver
        if isinstance(requested_driver, str) and requested_driver
        else policy.get("driver")
    )
    if not isinstance(driver, str) or not driver:
        return _diagnostic(
            "external_storage_not_configured",
            "External payload storage is not configured for this namespace.",
            namespace,
            None,
        )
    if policy.get("enabled", True) is False:
        return _diagnostic(
            "external_storage_disabled",
            "External payload storage is disabled for this namespace.",
            namespace,
            driver,
        )
    if driver != policy.get("driver"):
        return _diagnostic(
            "storage_driver_unavailable",
            "The requested external payload storage driver is not configured for this namespace.",
            namespace,
            driver,
            supported_diagnostic_drivers=["local"],
        )
    storage = driver_for(server, namespace)
    if storage is None:
        return _diagnostic(
            "storage_driver_unavailable",
            "The server can persist this storage policy, but the configured storage driver"
            " is not available in this runtime.",
            namespace,
            driver,
            supported_diagnostic_drivers=["local"],
        )
    try:
        small = _round_trip(storage, "small", small_payload_bytes)
        large = _round_trip(storage, "large", large_payload_bytes)
    except StorageError as exc:
        return _diagnostic(
            "storage_driver_unavailable",
            str(exc),
            namespace,
            driver,
            supported_diagnostic_drivers=["local"],
        )
    return 200, {
        "status": "passed",
        "namespace": namespace,
        "driver": driver,
        "small_payload": small,
        "large_payload": large,
    }
