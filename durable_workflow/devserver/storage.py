"""External payload storage: the ``local`` driver and the ``POST /api/storage/test`` probe.

The development server implements the ``local`` driver: payloads are files under a folder, the
``file://`` URI in the namespace policy's ``config.uri`` when given, otherwise
``external_storage_root`` from the server config, otherwise ``external-payloads/<namespace>``
beside the database file (or under the temporary folder for an in-memory database). The object
store drivers (``s3``, ``gcs``, ``azure``) can be configured on a namespace but are not available
here; probing them reports ``storage_driver_unavailable``.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .admin_support import (
    AdminServer,
    Validator,
    json_response,
    read_json_object,
    request_namespace,
)
from .errors import ApiError
from .namespaces import STORAGE_DRIVERS, external_storage_policy

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True

MIGRATIONS: list[tuple[str, str]] = []

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


def local_root(server: AdminServer, namespace: str, policy: dict[str, Any] | None) -> Path:
    """The folder the ``local`` driver writes a namespace's payloads to."""
    config = (policy or {}).get("config")
    uri = config.get("uri") if isinstance(config, dict) else None
    if isinstance(uri, str) and uri.startswith("file://"):
        return Path(unquote(urlparse(uri).path.rstrip("/")) or "/")
    configured = getattr(server.config, "external_storage_root", None)
    if isinstance(configured, str | os.PathLike) and str(configured):
        return Path(configured) / namespace
    db_path = getattr(server.db, "path", ":memory:")
    if (
        isinstance(db_path, str)
        and db_path not in ("", ":memory:")
        and not db_path.startswith("file:")
    ):
        return Path(db_path).resolve().parent / "external-payloads" / namespace
    return Path(tempfile.gettempdir()) / "durable-workflow-external-payloads" / namespace


def driver_for(server: AdminServer, namespace: str) -> LocalPayloadStorage | None:
    """The working storage driver of a namespace, or ``None`` (none, disabled or unavailable)."""
    policy = external_storage_policy(server.db, namespace)
    if not policy or policy.get("enabled", True) is False:
        return None
    if policy.get("driver") != "local":
        return None
    return LocalPayloadStorage(local_root(server, namespace, policy))


def _diagnostic(
    reason: str, message: str, namespace: str, driver: str | None, **extra: Any
) -> Response:
    body: dict[str, Any] = {
        "status": "failed",
        "reason": reason,
        "message": message,
        "namespace": namespace,
        "driver": driver,
    }
    body.update(extra)
    return json_response(body, 422)


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


def routes(server: AdminServer) -> list[Route]:
    """The ``POST /api/storage/test`` route."""

    async def storage_test(request: Request) -> Response:
        namespace = request_namespace(request)
        body = await read_json_object(request)
        v = Validator(body)
        if v.string("driver", body.get("driver")):
            v.one_of("driver", body.get("driver"), STORAGE_DRIVERS)
        if v.required("small_payload_bytes", body.get("small_payload_bytes")):
            v.integer(
                "small_payload_bytes", body["small_payload_bytes"], minimum=1, maximum=1_048_576
            )
        if v.required("large_payload_bytes", body.get("large_payload_bytes")):
            v.integer(
                "large_payload_bytes", body["large_payload_bytes"], minimum=1, maximum=16_777_216
            )
        v.raise_if_failed()
        policy = external_storage_policy(server.db, namespace) or {}
        requested = body.get("driver")
        driver = requested if isinstance(requested, str) and requested else policy.get("driver")
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
                "The requested external payload storage driver is not configured for this"
                " namespace.",
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
            small = _round_trip(storage, "small", int(body["small_payload_bytes"]))
            large = _round_trip(storage, "large", int(body["large_payload_bytes"]))
        except StorageError as exc:
            return _diagnostic(
                "storage_driver_unavailable",
                str(exc),
                namespace,
                driver,
                supported_diagnostic_drivers=["local"],
            )
        return json_response(
            {
                "status": "passed",
                "namespace": namespace,
                "driver": driver,
                "small_payload": small,
                "large_payload": large,
            }
        )

    return [Route("/api/storage/test", storage_test, methods=["POST"])]
