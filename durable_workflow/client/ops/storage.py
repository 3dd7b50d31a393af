"""External payload storage probe: ``POST /api/storage/test``.

The server requires both payload sizes while the seed makes them optional, so the client sends
:data:`DEFAULT_SMALL_PAYLOAD_BYTES` / :data:`DEFAULT_LARGE_PAYLOAD_BYTES` for a size the caller
leaves out. A ``422`` diagnostic (``status: "failed"`` with ``reason``
``external_storage_not_configured``, ``external_storage_disabled`` or
``storage_driver_unavailable``) is the probe's answer, not a refused request: it is returned as a
:class:`~durable_workflow.client.types.StorageTestResult` with ``status == "failed"``. Any other
error answer (``422 validation_failed``, ``403``, ``500`` on a failed integrity check, …) raises.
"""

from __future__ import annotations

from typing import Any

from durable_workflow_api import models
from durable_workflow_api.api.storage import test_external_storage as _test_storage

from durable_workflow.client._core import ClientCore, Operation, decode_body, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.client.types import StorageTestResult
from durable_workflow.errors import InvalidArgument

#: Size of the small probe payload when the caller gives none (1 KiB).
DEFAULT_SMALL_PAYLOAD_BYTES = 1024
#: Size of the large probe payload when the caller gives none (3 MiB: above the default
#: 2 MiB payload size limit, i.e. a payload that has to live in external storage).
DEFAULT_LARGE_PAYLOAD_BYTES = 3 * 1024 * 1024
#: Bounds the server accepts.
MAX_SMALL_PAYLOAD_BYTES = 1_048_576
MAX_LARGE_PAYLOAD_BYTES = 16_777_216
#: Storage drivers the server knows.
STORAGE_DRIVERS = ("local", "s3", "gcs", "azure")
#: ``reason`` values of a failed probe (returned, not raised).
DIAGNOSTIC_REASONS = frozenset(
    {
        "external_storage_not_configured",
        "external_storage_disabled",
        "storage_driver_unavailable",
    }
)


def _size(name: str, value: Any, default: int, maximum: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        raise InvalidArgument(f"{name} must be an integer 1..{maximum}, got {value!r}")
    return value


def _is_diagnostic(body: Any) -> bool:
    return (
        isinstance(body, dict)
        and body.get("status") == "failed"
        and body.get("reason") in DIAGNOSTIC_REASONS
    )


# --------------------------------------------------------------------------- operations


def test_external_storage(
    core: ClientCore,
    *,
    driver: str | None,
    small_payload_bytes: int | None,
    large_payload_bytes: int | None,
) -> Operation[StorageTestResult]:
    """``POST /api/storage/test`` with both sizes (defaults filled in) and ``driver`` if given."""
    if driver is not None and driver not in STORAGE_DRIVERS:
        raise InvalidArgument(
            f"driver must be one of {', '.join(STORAGE_DRIVERS)} (or None for the namespace "
            f"policy's driver), got {driver!r}"
        )
    body: dict[str, Any] = {
        "small_payload_bytes": _size(
            "small_payload_bytes",
            small_payload_bytes,
            DEFAULT_SMALL_PAYLOAD_BYTES,
            MAX_SMALL_PAYLOAD_BYTES,
        ),
        "large_payload_bytes": _size(
            "large_payload_bytes",
            large_payload_bytes,
            DEFAULT_LARGE_PAYLOAD_BYTES,
            MAX_LARGE_PAYLOAD_BYTES,
        ),
    }
    if driver is not None:
        body["driver"] = driver
    request = Request.from_kwargs(
        _test_storage._get_kwargs(
            body=models.StorageTestRequest.from_dict(body), **core.control_header_args()
        ),
        operation="test_external_storage",
        ok_statuses=frozenset({422}),
    )
    response = yield request
    if response.status_code == 422 and not _is_diagnostic(decode_body(response)):
        raise core.error_for(response, request)
    return StorageTestResult.from_wire(json_object(response, operation="test_external_storage"))


# --------------------------------------------------------------------------- async methods


class AsyncStorage(AsyncBase):
    """Methods of :class:`~durable_workflow.client.AsyncClient`: external payload storage probe."""

    async def test_external_storage(
        self,
        *,
        driver: str | None = None,
        small_payload_bytes: int | None = None,
        large_payload_bytes: int | None = None,
    ) -> StorageTestResult:
        """Ask the server to verify its configured external payload storage.

        The server writes, reads back (SHA-256 checked) and deletes one small and one large
        payload through the namespace's storage driver, or through ``driver`` (``local``,
        ``s3``, ``gcs`` or ``azure``) when given. The server requires both sizes, so a size left
        out is sent as 1024 bytes (small) or 3 MiB (large); the server accepts up to 1 MiB and
        16 MiB. A probe that cannot run (storage not configured, disabled, or the driver
        unavailable) is returned with ``status == "failed"`` and the server's ``reason`` and
        ``message`` in ``raw``; other error answers raise. Requires admin scope.
        """
        return await self._run(
            test_external_storage(
                self._core,
                driver=driver,
                small_payload_bytes=small_payload_bytes,
                large_payload_bytes=large_payload_bytes,
            )
        )


# --------------------------------------------------------------------------- sync methods


class SyncStorage(SyncBase):
    """Methods of :class:`~durable_workflow.client.SyncClient`: external payload storage probe."""

    def test_external_storage(
        self,
        *,
        driver: str | None = None,
        small_payload_bytes: int | None = None,
        large_payload_bytes: int | None = None,
    ) -> StorageTestResult:
        """Ask the server to verify its configured external payload storage.

        The server writes, reads back (SHA-256 checked) and deletes one small and one large
        payload through the namespace's storage driver, or through ``driver`` (``local``,
        ``s3``, ``gcs`` or ``azure``) when given. The server requires both sizes, so a size left
        out is sent as 1024 bytes (small) or 3 MiB (large); the server accepts up to 1 MiB and
        16 MiB. A probe that cannot run (storage not configured, disabled, or the driver
        unavailable) is returned with ``status == "failed"`` and the server's ``reason`` and
        ``message`` in ``raw``; other error answers raise. Requires admin scope.
        """
        return self._run(
            test_external_storage(
                self._core,
                driver=driver,
                small_payload_bytes=small_payload_bytes,
                large_payload_bytes=large_payload_bytes,
            )
        )
