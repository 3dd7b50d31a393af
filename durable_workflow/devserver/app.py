"""Protocol middleware of the development server.

Runs, for every request and in the real server's order: route matching (404/405), body checks
(413 size, 415 media type, 400 malformed JSON), authentication and role (via ``auth.py`` when
present), the control-plane version header or worker protocol version negotiation, namespace
existence, then the handler. It also decorates responses: worker-plane bodies get
``protocol_version`` + ``server_capabilities`` and the protocol header; control-plane responses
get the control-plane version header and, on workflow routes, the ``control_plane`` block.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from starlette.routing import Match

from .errors import ApiError, WorkerError

if TYPE_CHECKING:
    from .server import DevServer

log = logging.getLogger("durable_workflow.devserver")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTROL_PLANE_HEADER = "X-Durable-Workflow-Control-Plane-Version"
PROTOCOL_HEADER = "X-Durable-Workflow-Protocol-Version"
ACCEPTED_CONTENT_TYPES = ["application/json", "application/*+json"]

_VERSION_RE = re.compile(r"^(\d+)\.(\d+)$")

#: (operation, required_fields, success_fields) of the control_plane block per workflow route.
_OPERATIONS: dict[str, tuple[list[str], list[str]]] = {
    "list": ([], []),
    "start": ([], ["workflow_id", "outcome"]),
    "describe": (["workflow_id"], []),
    "list_runs": (["workflow_id"], []),
    "describe_run": (["workflow_id"], ["run_id"]),
    "debug_workflow": (["workflow_id"], ["run_id", "diagnostic_status"]),
    "history": (["workflow_id", "run_id"], ["next_page_token"]),
    "signal": (["workflow_id", "operation_name", "operation_name_field"], ["outcome"]),
    "query": (["workflow_id", "operation_name", "operation_name_field"], ["result"]),
    "update": (["workflow_id", "operation_name", "operation_name_field"], ["outcome"]),
    "cancel": (["workflow_id"], ["outcome"]),
    "terminate": (["workflow_id"], ["outcome"]),
    "repair": (["workflow_id"], ["outcome"]),
    "archive": (["workflow_id"], ["outcome"]),
}

PROJECTED_FIELDS = [
    "run_id", "workflow_type", "namespace", "business_key", "status", "status_bucket",
    "is_terminal", "task_queue", "run_number", "run_count", "workflow_count", "is_current_run",
    "compatibility", "started_at", "closed_at", "last_progress_at", "wait_kind", "wait_reason",
    "next_page_token", "command_id", "command_status", "command_source", "target_scope",
    "outcome", "reason", "rejection_reason", "validation_errors", "result", "result_envelope",
    "update_id", "update_status", "wait_for", "wait_timed_out", "wait_timeout_seconds",
    "blocked_reason", "message", "diagnostic_status",
]  # fmt: skip

_NAME_FIELDS = {"signal": "signal_name", "query": "query_name", "update": "update_name"}


def response_contract(operation: str) -> dict[str, Any]:
    """The ``contract`` object of the control_plane block for ``operation``."""
    required, success = _OPERATIONS.get(operation, ([], []))
    return {
        "schema": "durable-workflow.v2.control-plane-response.contract",
        "version": 1,
        "legacy_field_policy": "reject_non_canonical",
        "legacy_fields": {
            "query": "query_name",
            "signal": "signal_name",
            "update": "update_name",
            "wait_policy": "wait_for",
        },
        "required_fields": list(required),
        "success_fields": list(success),
    }


def workflow_route_info(method: str, path: str) -> dict[str, Any] | None:
    """Operation and path values of a workflow control-plane route (None if not one)."""
    parts = [p for p in path.split("/") if p]
    if len(parts) < 2 or parts[0] != "api" or parts[1] != "workflows":
        return None
    rest = parts[2:]
    info: dict[str, Any] = {"workflow_id": None}
    if not rest:
        info["operation"] = "start" if method == "POST" else "list"
        return info
    from urllib.parse import unquote

    info["workflow_id"] = unquote(rest[0])
    rest = rest[1:]
    if not rest:
        info["operation"] = "describe"
        return info
    if rest[0] == "runs":
        if len(rest) == 1:
            info["operation"] = "list_runs"
            return info
        info["run_id"] = unquote(rest[1])
        rest = rest[2:]
        if not rest:
            info["operation"] = "describe_run"
            return info
        if rest == ["history", "export"]:
            return None
        if rest == ["history"]:
            info["operation"] = "history"
            return info
    if rest == ["debug"]:
        info["operation"] = "debug_workflow"
        return info
    if rest[0] in ("signal", "query", "update") and len(rest) == 2:
        info["operation"] = rest[0]
        info["operation_name"] = unquote(rest[1])
        return info
    if len(rest) == 1 and rest[0] in ("cancel", "terminate", "repair", "archive"):
        info["operation"] = rest[0]
        return info
    return None


def control_plane_block(info: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """Build the ``control_plane`` mirror block for a workflow route response."""
    operation = info["operation"]
    block: dict[str, Any] = {
        "schema": "durable-workflow.v2.control-plane-response",
        "version": 1,
        "operation": operation,
        "workflow_id": body.get("workflow_id", info.get("workflow_id")),
    }
    if operation in _NAME_FIELDS:
        block["operation_name"] = info.get("operation_name")
        block["operation_name_field"] = _NAME_FIELDS[operation]
    block["contract"] = response_contract(operation)
    for key in PROJECTED_FIELDS:
        if key in body:
            block[key] = body[key]
    if "run_id" not in block and info.get("run_id") is not None:
        block["run_id"] = info["run_id"]
    return block


def _classify(path: str) -> str:
    if path.startswith("/api/worker/"):
        return "worker"
    if path in ("/api/health", "/api/ready"):
        return "open"
    if path == "/api/cluster/info":
        return "discovery"
    return "control"


def _default_allowed_roles(method: str, path: str) -> list[str]:
    if path.startswith("/api/worker/"):
        return ["worker"]
    if path == "/api/cluster/info":
        return ["worker", "operator", "admin"]
    admin_only = (
        (path.startswith("/api/namespaces") and method in ("POST", "PUT", "DELETE"))
        or path.startswith("/api/storage/")
        or path.startswith("/api/system/")
        or (path.startswith("/api/workers/") and method == "DELETE")
    )
    return ["admin"] if admin_only else ["operator", "admin"]


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
        # 1. routing
        app = scope.get("app")
        routes = getattr(app, "routes", []) if app is not None else []
        allowed: set[str] = set()
        found = False
        self_validating = False
        for route in routes:
            match, _ = route.matches(scope)
            if match == Match.FULL:
                found = True
                self_validating = _self_validating(route)
                break
            if match == Match.PARTIAL:
                allowed |= set(getattr(route, "methods", None) or [])
        if not found:
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

        # 2. body checks
        body = b""
        more = True
        limit = server.config.max_payload_bytes
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise _too_large(limit)
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > limit:
                raise _too_large(limit)
        parsed: Any = None
        if body and method in ("POST", "PUT", "PATCH", "DELETE"):
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
            try:
                parsed = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                raise ApiError(
                    400,
                    "malformed_json",
                    "Request bodies must contain valid JSON.",
                    json_error="Syntax error",
                ) from None

        # 3-4. authentication and role
        role = "admin"
        if kind != "open":
            role = _authenticate(server, method, path, headers)

        # 5. versions
        if kind == "control":
            requested = headers.get(CONTROL_PLANE_HEADER.lower())
            requested = requested.strip() if requested is not None else None
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
        elif kind == "worker":
            requested_version = check_worker_protocol_version(headers.get(PROTOCOL_HEADER.lower()))
            scope.setdefault("state", {})["protocol_version"] = requested_version

        # 6. namespace
        namespace = headers.get("x-namespace", "").strip()
        if not namespace:
            from urllib.parse import parse_qs

            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            namespace = (query.get("namespace") or [""])[0].strip()
        namespace = (namespace or server.config.default_namespace).lower()
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

        # 7. request shape against the packaged spec
        if (
            server.config.validate_requests
            and kind in ("control", "worker")
            and not self_validating
        ):
            validator = _spec_validator(server)
            if validator is not None:
                from urllib.parse import parse_qsl

                params = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
                validator.validate(method, path, params, parsed, bool(body))

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


_SPEC_CACHE: list[SpecValidator | None] = []

#: Fields whose handlers answer with the real server's own wording; a spec failure on one of
#: them is left to the handler (which validates the whole request itself).
_HANDLER_CHECKED: dict[str, set[str]] = {
    "startWorkflow": {"duplicate_policy", "search_attributes", "memo", "input"},
    "updateWorkflow": {"wait_policy"},
    "updateWorkflowRun": {"wait_policy"},
}


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
    from .generation import legacy_worker_protocol_check
    from .server import WORKER_PROTOCOL_VERSION

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


def _authenticate(server: DevServer, method: str, path: str, headers: dict[str, str]) -> str:
    """Authenticate and authorize through ``auth.py`` (or the built-in fallback)."""
    try:
        from . import auth
    except ImportError:  # pragma: no cover - the auth module ships with the server
        auth = None  # type: ignore[assignment]
    if auth is not None and hasattr(auth, "check_request"):
        principal = auth.check_request(server.config, method, path, headers.get("authorization"))
        return "admin" if principal is None else str(principal.role)
    role = _builtin_authenticate(server, headers)
    allowed = _default_allowed_roles(method, path)
    if role != "legacy" and role not in allowed:
        raise ApiError(
            403,
            "forbidden",
            "Authenticated role is not allowed to access this endpoint.",
            role=role,
            allowed_roles=allowed,
        )
    return "admin" if role == "legacy" else role


def _builtin_authenticate(server: DevServer, headers: dict[str, str]) -> str:
    tokens = {role: tok for role, tok in server.config.auth_tokens.items() if tok}
    legacy = server.config.token
    if not tokens and not legacy:
        return "legacy"
    import hmac

    header = headers.get("authorization", "")
    supplied = header[7:].strip() if header.lower().startswith("bearer ") else ""
    if supplied:
        for role, tok in tokens.items():
            if hmac.compare_digest(supplied, tok):
                return role
        if legacy and hmac.compare_digest(supplied, legacy):
            return "admin" if tokens else "legacy"
    raise ApiError(401, "unauthorized", "Invalid or missing authentication token.")


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
        payload = json.dumps(body).encode()
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
                body = json.dumps(doc).encode()
        if self.kind == "worker":
            from .generation import worker_protocol_version

            headers.append((PROTOCOL_HEADER.encode(), worker_protocol_version().encode()))
        elif self.kind == "control" or (self.kind == "discovery" and start["status"] >= 400):
            headers.append((CONTROL_PLANE_HEADER.encode(), b"2"))
        headers.append((b"content-length", str(len(body)).encode()))
        self.started = True
        await self._send({**start, "headers": headers})
        await self._send({"type": "http.response.body", "body": body, "more_body": False})

    def _decorate(self, doc: dict[str, Any]) -> dict[str, Any]:
        if self.kind == "worker":
            from .cluster import server_capabilities
            from .generation import worker_protocol_version

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


# ------------------------------------------------------------------ spec-driven request validation


class SpecValidator:
    """Validates request bodies and query parameters against the packaged OpenAPI document.

    Failures become the real server's ``422 validation_failed`` envelope, keyed by the dotted
    field path, with the same wording the handlers use. Command lists of workflow-task
    completions are checked item by item by the handler (which knows each command's rules), so
    the spec check stops at the list itself there.
    """

    _PARAM_RE = re.compile(r"\{[^}]+\}")

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.components = spec.get("components", {})
        self.operations: list[tuple[str, re.Pattern[str], dict[str, Any]]] = []
        for template, item in (spec.get("paths") or {}).items():
            pattern = re.compile("^" + self._PARAM_RE.sub("[^/]+", template) + "$")
            for method, op in item.items():
                if method in ("get", "post", "put", "patch", "delete") and isinstance(op, dict):
                    self.operations.append((method.upper(), pattern, op))
        self._validators: dict[int, Any] = {}

    @classmethod
    def load(cls) -> SpecValidator | None:
        """The validator of the packaged spec (``None`` when the spec or libraries are missing)."""
        try:
            from importlib import resources

            import yaml

            text = (resources.files("durable_workflow.devserver") / "openapi.yaml").read_text()
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            spec = yaml.load(text, Loader=loader)
        except Exception:  # pragma: no cover - the spec ships with the package
            return None
        return cls(spec) if isinstance(spec, dict) else None

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node and len(node) == 1:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return node
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node

    def _validator(self, schema: dict[str, Any]) -> Any:
        key = id(schema)
        if key not in self._validators:
            from jsonschema import Draft202012Validator

            root = {**schema, "components": self.components}
            self._validators[key] = Draft202012Validator(root)
        return self._validators[key]

    def operation(self, method: str, path: str) -> dict[str, Any] | None:
        for op_method, pattern, op in self.operations:
            if op_method == method and pattern.match(path):
                return op
        return None

    def validate(
        self, method: str, path: str, query: dict[str, str], body: Any, has_body: bool
    ) -> None:
        op = self.operation(method, path)
        if op is None:
            return
        errors: dict[str, list[str]] = {}
        for param in op.get("parameters", []):
            param = self._resolve(param)
            if not isinstance(param, dict) or param.get("in") != "query":
                continue
            name = param.get("name")
            if name not in query:
                continue
            schema = self._resolve(param.get("schema") or {})
            value: Any = _coerce_query(query[name], schema)
            for err in self._validator(schema).iter_errors(value):
                errors.setdefault(name, []).append(_message(name, err))
                break
        request_body = self._resolve(op.get("requestBody") or {})
        content = (
            (request_body.get("content") or {}).get("application/json") if request_body else None
        )
        if content and (has_body or body is not None):
            schema = content.get("schema") or {}
            for err in sorted(
                self._validator(schema).iter_errors(body), key=lambda e: list(e.absolute_path)
            ):
                where = list(err.absolute_path)
                if len(where) >= 2 and where[0] == "commands":
                    continue  # each command is checked by the completion handler
                if err.validator == "not" and isinstance(err.instance, dict):
                    for key, message in _legacy_start_errors(err.instance):
                        errors.setdefault(key, []).append(message)
                    continue
                field, message = _field_message(err)
                if field == "body" and not isinstance(body, dict):
                    message = "The request body must be a JSON object."
                if message not in errors.get(field, []):
                    errors.setdefault(field, []).append(message)
        handler_fields = _HANDLER_CHECKED.get(str(op.get("operationId")), set())
        if errors and not (set(errors) & handler_fields):
            from .errors import validation_error

            raise validation_error(errors)


def _coerce_query(value: str, schema: dict[str, Any]) -> Any:
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "integer" in types and re.fullmatch(r"-?\d+", value.strip()):
        return int(value)
    if "boolean" in types:
        # Boolean query flags are read like PHP's filter_var: 1/true/yes/on are true, anything
        # else is false.
        return value.strip().lower() in ("1", "true", "yes", "on")
    return value


_LEGACY_START = {
    "workflow_execution_timeout": (
        "Use execution_timeout_seconds instead of workflow_execution_timeout."
    ),
    "workflow_run_timeout": "Use run_timeout_seconds instead of workflow_run_timeout.",
}


def _field_message(err: Any) -> tuple[str, str]:
    path = [str(p) for p in err.absolute_path]
    if err.validator == "required" and isinstance(err.instance, dict):
        missing = next((m for m in err.validator_value if m not in err.instance), None)
        if missing is not None:
            field = ".".join([*path, missing])
            prop = (err.schema.get("properties") or {}).get(missing) or {}
            types = prop.get("type")
            nullable = "null" in types if isinstance(types, list) else types == "null"
            if nullable or any(alt.get("type") == "null" for alt in prop.get("anyOf", [])):
                return field, f"The {field.replace('_', ' ')} field must be present."
            return field, f"The {field.replace('_', ' ')} field is required."
    field = ".".join(path) if path else "body"
    if err.validator in ("anyOf", "oneOf") and err.context:
        best = max(err.context, key=lambda e: len(list(e.absolute_path)))
        if len(list(best.absolute_path)) > len(path):
            return _field_message(best)
    return field, _message(field, err)


_START_LEGACY_ORDER = (
    "workflow_execution_timeout",
    "workflow_run_timeout",
    "workflow_task_timeout",
    "retry_policy",
    "idempotency_key",
    "request_id",
)


def _legacy_start_errors(instance: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for key in _START_LEGACY_ORDER:
        if key in instance:
            message = _LEGACY_START.get(key) or (
                f"The {key} field is not supported by the v2 workflow start API."
            )
            out.append((key, message))
    return out


def _message(field: str, err: Any) -> str:
    label = field.replace("_", " ")
    kind = err.validator
    value = err.validator_value
    if kind in ("anyOf", "oneOf"):
        kinds = {c.validator for c in err.context or []}
        if "enum" in kinds or "const" in kinds:
            return f"The selected {label} is invalid."
        types: set[str] = set()
        for ctx in err.context or []:
            if ctx.validator == "type":
                vals = ctx.validator_value
                types |= set(vals if isinstance(vals, list) else [vals])
        if types & {"array", "object"}:
            return f"The {label} field must be an array."
        if "string" in types:
            return f"The {label} field must be a string."
        if "integer" in types:
            return f"The {label} field must be an integer."
        return f"The {label} field is invalid."
    if kind == "type":
        vals = set(value if isinstance(value, list) else [value]) - {"null"}
        if vals & {"array", "object"}:
            return f"The {label} field must be an array."
        if "integer" in vals:
            return f"The {label} field must be an integer."
        if "number" in vals:
            return f"The {label} field must be a number."
        if "boolean" in vals:
            return f"The {label} field must be true or false."
        return f"The {label} field must be a string."
    if kind in ("enum", "const"):
        return f"The selected {label} is invalid."
    if kind == "pattern":
        return f"The {label} field format is invalid."
    if kind == "maxLength":
        return f"The {label} field must not be greater than {value} characters."
    if kind == "minLength":
        return (
            f"The {label} field is required."
            if value == 1
            else (f"The {label} field must be at least {value} characters.")
        )
    if kind == "minimum":
        return f"The {label} field must be at least {value}."
    if kind == "maximum":
        return f"The {label} field must not be greater than {value}."
    if kind == "maxItems":
        return f"The {label} field must not have more than {value} items."
    if kind == "minItems":
        if value == 1:
            return f"The {label} field is required."
        return f"The {label} field must have at least {value} items."
    if kind == "required":
        return f"The {label} field is required."
    return f"The {label} field is invalid."
