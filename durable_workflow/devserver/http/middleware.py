"""Protocol middleware of the development server.

Runs, for every request and in the real server's order: route matching (404/405), body checks
(413 size, 415 media type, 400 malformed JSON), authentication and role, the control-plane
version header or worker protocol version negotiation, namespace existence, then the handler.
It also decorates responses: worker-plane bodies get ``protocol_version`` +
``server_capabilities`` and the protocol header; control-plane responses get the control-plane
version header and, on workflow routes, the ``control_plane`` block.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from starlette.routing import Match

from ..errors import ApiError, WorkerError
from ..versions import WORKER_PROTOCOL_VERSION
from . import auth
from .cluster import server_capabilities
from .contract import (
    _VERSION_RE,
    ACCEPTED_CONTENT_TYPES,
    CONTROL_PLANE_HEADER,
    PROTOCOL_HEADER,
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    control_plane_block,
    workflow_route_info,
)
from .json_io import parse_request_json, render
from .router import MATCHED
from .spec_validation import SpecValidator

if TYPE_CHECKING:
    from ..server import DevServer

log = logging.getLogger("durable_workflow.devserver")


def _classify(path: str) -> str:
    if path.startswith("/api/worker/"):
        return "worker"
    if path in ("/api/health", "/api/ready"):
        return "open"
    if path == "/api/cluster/info":
        return "discovery"
    return "control"


def _namespace_required(path: str) -> bool:
    if path in ("/api/health", "/api/ready", "/api/cluster/info"):
        return False
    return not (path == "/api/namespaces" or path.startswith("/api/namespaces/"))


class ProtocolMiddleware:
    """ASGI middleware applying the protocol's request checks and response decorations."""

    def __init__(self, app: ASGIApp, server: DevServer) -> None:
        self.app = app
        self.server = server

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        method: str = scope["method"]
        kind = _classify(path)
        wf_info = workflow_route_info(method, path) if kind == "control" else None
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        responder = _Responder(self.server, send, kind, wf_info)
        try:
            await self._handle(scope, receive, responder, path, method, kind, headers)
        except ApiError as exc:
            if responder.started:
                raise
            await responder.error(exc)
        except Exception:
            log.exception("unhandled error on %s %s", method, path)
            if responder.started:
                raise
            await responder.raw(500, {"message": "Server Error"})

    async def _handle(
        self,
        scope: Scope,
        receive: Receive,
        responder: _Responder,
        path: str,
        method: str,
        kind: str,
        headers: dict[str, str],
    ) -> None:
        server = self.server
        self_validating = _match_route(scope, path, method)  # 1. routing
        body = await _read_body(server, receive, headers)  # 2. body checks
        parsed = _parse_body(body, method, headers)
        role, scope_namespace = _principal(server, kind, method, path, headers)  # 3-4. auth, role
        _check_versions(scope, kind, headers)  # 5. versions
        namespace = _request_namespace(server, scope, headers)  # 6. namespace
        if scope_namespace is not None:
            _check_scope(scope, path, namespace, scope_namespace)
        _check_namespace_exists(server, kind, path, namespace)
        if not self_validating:  # 7. request shape against the packaged spec
            _validate_shape(server, scope, kind, method, path, parsed, body)

        state = scope.setdefault("state", {})
        state["namespace"] = namespace
        state["role"] = role
        state["json_body"] = parsed
        state["raw_body"] = body
        state["server"] = server

        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        await self.app(scope, replay, responder.send)


def _match_route(scope: Scope, path: str, method: str) -> bool:
    """404 or 405 unless a route serves the request; whether that route validates itself."""
    app = scope.get("app")
    routes = getattr(app, "routes", []) if app is not None else []
    allowed: set[str] = set()
    for route in routes:
        match, child_scope = route.matches(scope)
        if match == Match.FULL:
            scope[MATCHED] = (route, child_scope)  # served as is by the app's router
            return _self_validating(route)
        if match == Match.PARTIAL:
            allowed |= set(getattr(route, "methods", None) or [])
    route_name = path.lstrip("/")
    if allowed:
        methods = ", ".join(sorted(allowed))
        raise ApiError(
            405,
            "method_not_allowed",
            f"The {method} method is not supported for route {route_name}. "
            f"Supported methods: {methods}.",
        )
    raise ApiError(404, "not_found", f"The route {route_name} could not be found.")


async def _read_body(server: DevServer, receive: Receive, headers: dict[str, str]) -> bytes:
    """The whole request body (413 past the payload limit, 408 when it comes too slowly)."""
    body = b""
    more = True
    limit = server.config.max_payload_bytes
    declared = headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    deadline = asyncio.get_running_loop().time() + server.config.body_read_timeout
    while more:
        message = await _receive_before(receive, deadline)
        body += message.get("body", b"")
        more = message.get("more_body", False)
        if len(body) > limit:
            raise _too_large(limit)
    return body


def _parse_body(body: bytes, method: str, headers: dict[str, str]) -> Any:
    """The JSON a write request carries (415 for another media type, 400 when malformed)."""
    if not body or method not in ("POST", "PUT", "PATCH", "DELETE"):
        return None
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    if not (
        ctype == "application/json"
        or (ctype.startswith("application/") and ctype.endswith("+json"))
    ):
        raise ApiError(
            415,
            "unsupported_media_type",
            "Request bodies must use a JSON media type.",
            accepted_content_types=list(ACCEPTED_CONTENT_TYPES),
        )
    return parse_request_json(body)


def _principal(
    server: DevServer, kind: str, method: str, path: str, headers: dict[str, str]
) -> tuple[str, str | None]:
    """The caller's role and, for a namespace-scoped token, the namespace it is bound to."""
    if kind == "open":
        return "admin", None
    scoped = auth.scoped_principal(server.config, method, path, headers.get("authorization"))
    if scoped is not None:
        return scoped
    return _authenticate(server, method, path, headers), None


def _check_versions(scope: Scope, kind: str, headers: dict[str, str]) -> None:
    """The control-plane version header, or the worker protocol version (kept in the state)."""
    if kind == "control":
        _check_control_plane_version(headers.get(CONTROL_PLANE_HEADER.lower()))
    elif kind == "worker":
        requested_version = check_worker_protocol_version(headers.get(PROTOCOL_HEADER.lower()))
        scope.setdefault("state", {})["protocol_version"] = requested_version


def _check_control_plane_version(raw: str | None) -> None:
    requested = raw.strip() if raw is not None else None
    if not requested:
        raise ApiError(
            400,
            "missing_control_plane_version",
            "Missing control-plane version header.",
            supported_version="2",
            requested_version=None,
            remediation=(
                "Send the X-Durable-Workflow-Control-Plane-Version: 2 header on "
                "control-plane requests."
            ),
        )
    if requested != "2":
        raise ApiError(
            400,
            "unsupported_control_plane_version",
            "Unsupported control-plane version.",
            supported_version="2",
            requested_version=requested,
            remediation=(
                f"Client requested control-plane version {requested}; this server only "
                "supports 2. Upgrade the client to a release that targets control-plane "
                f"2, or connect to a server that supports {requested}."
            ),
        )


def _request_namespace(server: DevServer, scope: Scope, headers: dict[str, str]) -> str:
    """The namespace named by ``X-Namespace`` or ``?namespace=`` (else the default), lowered."""
    namespace = headers.get("x-namespace", "").strip()
    if not namespace:
        from urllib.parse import parse_qs

        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        namespace = (query.get("namespace") or [""])[0].strip()
    return (namespace or server.config.default_namespace).lower()


def _check_namespace_exists(server: DevServer, kind: str, path: str, namespace: str) -> None:
    """404 when a namespaced control-plane or worker route names an unknown namespace."""
    if (
        kind in ("control", "worker")
        and _namespace_required(path)
        and not server.namespace_exists(namespace)
    ):
        raise ApiError(
            404,
            "namespace_not_found",
            f"Namespace '{namespace}' does not exist.",
            namespace=namespace,
            remediation=(
                "Register the namespace via POST /api/namespaces, or send an X-Namespace "
                "header naming an existing namespace."
            ),
        )


def _validate_shape(
    server: DevServer, scope: Scope, kind: str, method: str, path: str, parsed: Any, body: bytes
) -> None:
    """Check the query parameters and body against the packaged spec (when configured)."""
    if not server.config.validate_requests or kind not in ("control", "worker"):
        return
    validator = _spec_validator(server)
    if validator is not None:
        from urllib.parse import parse_qsl

        params = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        validator.validate(method, path, params, parsed, bool(body))


_SPEC_CACHE: list[SpecValidator | None] = []


def _self_validating(route: Any) -> bool:
    """Whether the module serving ``route`` validates its requests itself (``SELF_VALIDATING``)."""
    import sys

    endpoint = getattr(route, "endpoint", None)
    module = sys.modules.get(getattr(endpoint, "__module__", "") or "")
    return bool(getattr(module, "SELF_VALIDATING", False))


def _spec_validator(server: DevServer) -> SpecValidator | None:
    if not _SPEC_CACHE:
        _SPEC_CACHE.append(SpecValidator.load())
    return _SPEC_CACHE[0]


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "payload_too_large",
        f"Request payload exceeds the maximum allowed size of {limit} bytes.",
        limit=limit,
    )


def check_worker_protocol_version(raw: str | None) -> str:
    """Validate a worker request's protocol version (same major, minor <= ours)."""
    from ..generation import legacy_worker_protocol_check

    exact = legacy_worker_protocol_check(raw)
    if exact is not None:
        return exact
    value = raw.strip() if raw is not None else ""
    if not value:
        raise WorkerError(
            400,
            "missing_protocol_version",
            "Missing worker protocol version header.",
            supported_version=WORKER_PROTOCOL_VERSION,
            requested_version=None,
            remediation=(
                f"Send the X-Durable-Workflow-Protocol-Version: {WORKER_PROTOCOL_VERSION} header "
                "on worker protocol requests."
            ),
        )
    ours = _VERSION_RE.match(WORKER_PROTOCOL_VERSION)
    theirs = _VERSION_RE.match(value)
    assert ours is not None
    if (
        theirs is None
        or theirs.group(1) != ours.group(1)
        or int(theirs.group(2)) > int(ours.group(2))
    ):
        raise WorkerError(
            400,
            "unsupported_protocol_version",
            "Unsupported worker protocol version.",
            supported_version=WORKER_PROTOCOL_VERSION,
            requested_version=value,
            remediation=(
                f"Worker requested protocol version {value}; this server only supports "
                f"{ours.group(1)}.0 to {WORKER_PROTOCOL_VERSION}. Upgrade the worker to a release "
                f"that targets worker-protocol {WORKER_PROTOCOL_VERSION}, or connect to a server "
                f"that supports {value}."
            ),
        )
    return value


async def _receive_before(receive: Receive, deadline: float) -> Message:
    """The next ASGI message, or 408 when the client has not sent it by ``deadline``."""
    remaining = deadline - asyncio.get_running_loop().time()
    try:
        return await asyncio.wait_for(receive(), max(remaining, 0.0))
    except TimeoutError:
        raise ApiError(
            408, "request_timeout", "The request body was not received in time."
        ) from None


def _check_scope(scope: Scope, path: str, namespace: str, allowed: str) -> None:
    """403 unless a namespace-scoped caller stays in its namespace."""
    named = path.split("/")[3] if path.startswith("/api/namespaces/") else None
    targets = {namespace, *([unquote(named).lower()] if named else [])}
    if targets != {allowed}:
        raise ApiError(
            403,
            "forbidden",
            f"This token is scoped to namespace [{allowed}].",
            namespace=namespace,
        )


def _authenticate(server: DevServer, method: str, path: str, headers: dict[str, str]) -> str:
    """Authenticate and authorize through :mod:`.auth`; the caller's role."""
    principal = auth.check_request(server.config, method, path, headers.get("authorization"))
    return "admin" if principal is None else str(principal.role)


class _Responder:
    """Wraps ``send`` to decorate JSON responses per plane."""

    def __init__(
        self, server: DevServer, send: Send, kind: str, wf_info: dict[str, Any] | None
    ) -> None:
        self.server = server
        self._send = send
        self.kind = kind
        self.wf_info = wf_info
        self.started = False
        self._start: Message | None = None
        self._chunks: list[bytes] = []

    async def error(self, exc: ApiError) -> None:
        await self.raw(exc.status, exc.body())

    async def raw(self, status: int, body: dict[str, Any]) -> None:
        payload = render(body)
        await self.send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await self.send({"type": "http.response.body", "body": payload, "more_body": False})

    def _decorates(self) -> bool:
        return self.kind in ("worker", "control", "discovery")

    async def send(self, message: Message) -> None:
        if not self._decorates():
            self.started = True
            await self._send(message)
            return
        if message["type"] == "http.response.start":
            self._start = message
            return
        if message["type"] != "http.response.body":
            await self._send(message)
            return
        self._chunks.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        assert self._start is not None
        start = self._start
        body = b"".join(self._chunks)
        headers = [
            (k, v) for k, v in start.get("headers", []) if k.lower() not in (b"content-length",)
        ]
        ctype = b""
        for k, v in headers:
            if k.lower() == b"content-type":
                ctype = v
        if b"json" in ctype and body:
            try:
                doc = json.loads(body)
            except ValueError:
                doc = None
            if isinstance(doc, dict):
                doc = self._decorate(doc)
                body = render(doc)
        if self.kind == "worker":
            from ..generation import worker_protocol_version

            headers.append((PROTOCOL_HEADER.encode(), worker_protocol_version().encode()))
        elif self.kind == "control" or (self.kind == "discovery" and start["status"] >= 400):
            headers.append((CONTROL_PLANE_HEADER.encode(), b"2"))
        headers.append((b"content-length", str(len(body)).encode()))
        self.started = True
        await self._send({**start, "headers": headers})
        await self._send({"type": "http.response.body", "body": body, "more_body": False})

    def _decorate(self, doc: dict[str, Any]) -> dict[str, Any]:
        if self.kind == "worker":
            from ..generation import worker_protocol_version

            doc.setdefault("protocol_version", worker_protocol_version())
            doc.setdefault("server_capabilities", server_capabilities(self.server))
        elif self.wf_info is not None:
            info = self.wf_info
            if info.get("workflow_id") is not None:
                doc.setdefault("workflow_id", info["workflow_id"])
            if info.get("run_id") is not None:
                doc.setdefault("run_id", info["run_id"])
            if "control_plane" not in doc:
                doc["control_plane"] = control_plane_block(info, doc)
        return doc
