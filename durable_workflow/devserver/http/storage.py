"""HTTP routes of external payload storage (``POST /api/storage/test``)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.admin_support import Validator
from ..engine.namespaces import STORAGE_DRIVERS
from ..engine.storage import run_storage_test
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
        status, answer = run_storage_test(
            server,
            namespace,
            body.get("driver"),
            int(body["small_payload_bytes"]),
            int(body["large_payload_bytes"]),
        )
        return json_response(answer, status)

    return [Route("/api/storage/test", storage_test, methods=["POST"])]
