"""Request helpers of the administrative routes: JSON bodies, namespace, role, attribution."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request

from ..engine.admin_support import DEFAULT_NAMESPACE
from ..errors import ApiError
from .auth import auth_driver
from .json_io import JSONResponse


def json_response(body: Mapping[str, Any], status: int = 200) -> JSONResponse:
    """A JSON answer (the protocol middleware adds the control-plane version header)."""
    return JSONResponse(dict(body), status_code=status)


async def read_json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object (empty body or a non-object body reads as ``{}``).

    Malformed JSON is reported by the middleware before handlers run; here it is answered the
    same way should a handler be called directly.
    """
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise ApiError(
            400,
            "malformed_json",
            "Request bodies must contain valid JSON.",
            json_error=str(exc),
        ) from exc
    return value if isinstance(value, dict) else {}


def request_namespace(request: Request) -> str:
    """The namespace resolved for the request (middleware sets ``request.state.namespace``)."""
    namespace = getattr(request.state, "namespace", None)
    if isinstance(namespace, str) and namespace:
        return namespace.lower()
    header = request.headers.get("x-namespace") or request.query_params.get("namespace")
    return (header or DEFAULT_NAMESPACE).strip().lower() or DEFAULT_NAMESPACE


def request_role(request: Request) -> str:
    """The authenticated role of the caller (``admin`` when authentication is off)."""
    role = getattr(request.state, "role", None)
    return role if isinstance(role, str) and role else "admin"


def command_context(
    request: Request, namespace: str, subject_id: str, command: str
) -> dict[str, Any]:
    """Attribution recorded with administrative commands (who, how, which request)."""
    role = request_role(request)
    client = request.client
    method = getattr(request.state, "auth_method", None)
    if not isinstance(method, str):
        server = getattr(request.state, "server", None)
        method = auth_driver(getattr(server, "config", None))
    return {
        "source": "control_plane",
        "context": {
            "caller": {"type": "server", "label": "Development Server"},
            "auth": {
                "status": "authorized",
                "method": method,
                "role": role,
                "roles": [role],
                "principal": {"subject": f"role:{role}", "roles": [role]},
            },
            "request": {
                "method": request.method,
                "path": request.url.path,
                "ip": client.host if client else None,
                "user_agent": request.headers.get("user-agent"),
            },
            "server": {
                "namespace": namespace,
                "workflow_id": subject_id,
                "command": command,
                "metadata": [],
            },
        },
    }
