"""HTTP routes of external payload storage (``POST /api/storage/test``)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.admin_support import Validator
from ..engine.namespaces import STORAGE_DRIVERS, external_storage_policy
from ..engine.storage import StorageError, _round_trip, driver_for
from ..store.rows import AdminServer
from .admin_request import json_response, read_json_object, request_namespace

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True


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
