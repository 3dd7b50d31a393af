"""HTTP routes of the webhook bridge adapter."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.admin_support import Validator
from ..engine.bridge import ADAPTER_PATTERN
from ..engine.bridge_events import Outcome, deliver_bridge_event, rejected
from .admin_request import json_response, read_json_object, request_namespace

if TYPE_CHECKING:
    from ..store.rows import AdminServer

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True


def routes(server: AdminServer) -> list[Route]:
    """The webhook bridge route."""

    async def webhook(request: Request) -> Response:
        adapter = str(request.path_params["adapter"]).strip()
        if not adapter or not re.fullmatch(ADAPTER_PATTERN, adapter):
            return _answer(
                rejected(
                    adapter, "unsupported_routing", message="Bridge adapter route is unsupported."
                )
            )
        namespace = request_namespace(request)
        body = await read_json_object(request)
        errors = _envelope_errors(body)
        if errors:
            return _answer(
                rejected(
                    adapter,
                    "malformed_payload",
                    message="Bridge event payload is malformed.",
                    errors=errors,
                )
            )
        action, key, target = body["action"], body["idempotency_key"], body["target"]
        assert isinstance(action, str) and isinstance(key, str)
        target = target if isinstance(target, dict) else {}
        return _answer(
            await deliver_bridge_event(server, namespace, adapter, action, key, target, body)
        )

    return [Route("/api/bridge-adapters/webhook/{adapter}", webhook, methods=["POST"])]


def _answer(outcome: Outcome) -> Response:
    status, document = outcome
    return json_response(document, status)


def _envelope_errors(body: dict[str, Any]) -> dict[str, list[str]]:
    """The field errors of an event's envelope (``action``, ``idempotency_key``, ``target``,
    ``input``, ``correlation``)."""
    v = Validator(body)
    action = body.get("action")
    if v.required("action", action):
        v.string("action", action)
    key = body.get("idempotency_key")
    if v.required("idempotency_key", key):
        v.string("idempotency_key", key, max_length=255)
    target = body.get("target")
    if not Validator.present(target):
        v.add("target", "The target field is required.")
    elif not isinstance(target, dict | list):
        v.add("target", "The target field must be an array.")
    v.array("input", body.get("input"))
    correlation = body.get("correlation")
    if v.array("correlation", correlation) and isinstance(correlation, list) and correlation:
        # Correlation data is a map (echoed back as one); only an empty list stands for one.
        v.add("correlation", "The correlation field must be an object.")
    return v.errors
