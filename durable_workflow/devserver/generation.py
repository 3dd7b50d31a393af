"""Server generations the development server can play: ``current`` and ``2026-04``.

``current`` (the default) is the generation the SDK targets: worker protocol ``1.20`` (any
``1.M`` with ``M <= 20`` accepted), payloads in Avro Value v1 framing, every route.

``2026-04`` plays the server as released on 2026-04-25 (tag 0.2.10, reporting version
``2.0.0``), as far as the exchanges recorded from it show (``tests/fixtures/real-server-2026-04``):

* discovery advertises worker protocol ``1.0``, that engine's eleven workflow-task commands and
  its engine-specific PHP codecs;
* worker-plane requests must send exactly ``X-Durable-Workflow-Protocol-Version: 1.0``
  (``1.20`` and anything else: 400 ``unsupported_protocol_version``);
* the payloads the server encodes itself (a plain JSON ``input`` array, memo merges) use the
  engine's older framing (``0x00`` JSON wrapper), and control-plane inputs sent as envelopes
  must be in that framing (422 otherwise); payloads it decodes for ``input``/``output`` may be
  in either framing;
* only the 74 routes of that server's routes file exist: anything else under ``/api`` answers
  404 "The route ... could not be found." (or 405 when the path exists for other methods), so
  ``DELETE /api/namespaces/{namespace}``, build-id promote and ``/api/activities*`` are absent.

The active generation of a request is held in a context variable set by
:class:`GenerationMiddleware` (the outermost middleware, which also wraps the lifespan, so the
background sweeps inherit it), so the few hooks in the protocol layer and the engine ask
:func:`active` instead of taking a server argument. Work started from outside the server's
tasks (the testing helper's clock moves) runs inside :func:`activated`.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from .errors import WorkerError, validation_error

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

    from .server import DevServer

__all__ = [
    "CURRENT",
    "GENERATIONS",
    "LEGACY_2026_04",
    "Generation",
    "GenerationMiddleware",
    "accepts_command",
    "activated",
    "active",
    "adjust_capabilities",
    "adjust_cluster_info",
    "as_engine_takes",
    "check_input_framing",
    "encode_blob",
    "get",
    "legacy_worker_protocol_check",
    "worker_protocol_version",
]

#: Routes of the 2026-04 server (method, template), from its recorded exchanges.
ROUTES_2026_04: Final = (
    "POST /api/bridge-adapters/webhook/{adapter}",
    "GET /api/cluster/info",
    "GET /api/health",
    "GET /api/ready",
    "GET /api/namespaces",
    "POST /api/namespaces",
    "GET /api/namespaces/{namespace}",
    "PUT /api/namespaces/{namespace}",
    "PUT /api/namespaces/{namespace}/external-storage",
    "GET /api/schedules",
    "POST /api/schedules",
    "GET /api/schedules/{scheduleId}",
    "PUT /api/schedules/{scheduleId}",
    "DELETE /api/schedules/{scheduleId}",
    "POST /api/schedules/{scheduleId}/backfill",
    "GET /api/schedules/{scheduleId}/history",
    "POST /api/schedules/{scheduleId}/pause",
    "POST /api/schedules/{scheduleId}/resume",
    "POST /api/schedules/{scheduleId}/trigger",
    "GET /api/search-attributes",
    "POST /api/search-attributes",
    "DELETE /api/search-attributes/{name}",
    "POST /api/storage/test",
    "GET /api/system/activity-timeouts",
    "POST /api/system/activity-timeouts/pass",
    "GET /api/system/metrics",
    "GET /api/system/operator-metrics",
    "GET /api/system/repair",
    "POST /api/system/repair/pass",
    "GET /api/system/retention",
    "POST /api/system/retention/pass",
    "GET /api/task-queues",
    "GET /api/task-queues/{taskQueue}",
    "GET /api/task-queues/{taskQueue}/build-ids",
    "POST /api/task-queues/{taskQueue}/build-ids/drain",
    "POST /api/task-queues/{taskQueue}/build-ids/resume",
    "POST /api/worker/activity-tasks/poll",
    "POST /api/worker/activity-tasks/{taskId}/complete",
    "POST /api/worker/activity-tasks/{taskId}/fail",
    "POST /api/worker/activity-tasks/{taskId}/heartbeat",
    "POST /api/worker/heartbeat",
    "POST /api/worker/query-tasks/poll",
    "POST /api/worker/query-tasks/{queryTaskId}/complete",
    "POST /api/worker/query-tasks/{queryTaskId}/fail",
    "POST /api/worker/register",
    "POST /api/worker/workflow-tasks/poll",
    "POST /api/worker/workflow-tasks/{taskId}/complete",
    "POST /api/worker/workflow-tasks/{taskId}/fail",
    "POST /api/worker/workflow-tasks/{taskId}/heartbeat",
    "POST /api/worker/workflow-tasks/{taskId}/history",
    "GET /api/workers",
    "GET /api/workers/{workerId}",
    "DELETE /api/workers/{workerId}",
    "GET /api/workflows",
    "POST /api/workflows",
    "GET /api/workflows/{workflowId}",
    "POST /api/workflows/{workflowId}/archive",
    "POST /api/workflows/{workflowId}/cancel",
    "GET /api/workflows/{workflowId}/debug",
    "POST /api/workflows/{workflowId}/query/{queryName}",
    "POST /api/workflows/{workflowId}/repair",
    "GET /api/workflows/{workflowId}/runs",
    "GET /api/workflows/{workflowId}/runs/{runId}",
    "POST /api/workflows/{workflowId}/runs/{runId}/cancel",
    "GET /api/workflows/{workflowId}/runs/{runId}/debug",
    "GET /api/workflows/{workflowId}/runs/{runId}/history",
    "GET /api/workflows/{workflowId}/runs/{runId}/history/export",
    "POST /api/workflows/{workflowId}/runs/{runId}/query/{queryName}",
    "POST /api/workflows/{workflowId}/runs/{runId}/signal/{signalName}",
    "POST /api/workflows/{workflowId}/runs/{runId}/terminate",
    "POST /api/workflows/{workflowId}/runs/{runId}/update/{updateName}",
    "POST /api/workflows/{workflowId}/signal/{signalName}",
    "POST /api/workflows/{workflowId}/terminate",
    "POST /api/workflows/{workflowId}/update/{updateName}",
)

#: The workflow-task commands the 2026-04 engine advertises.
COMMANDS_2026_04: Final = (
    "complete_workflow",
    "fail_workflow",
    "continue_as_new",
    "schedule_activity",
    "start_timer",
    "start_child_workflow",
    "complete_update",
    "fail_update",
    "record_side_effect",
    "record_version_marker",
    "upsert_search_attributes",
)

#: What that engine's command normaliser takes: the advertised ones and ``open_condition_wait``
#: (accepted, not advertised); any other type is refused with 422.
ACCEPTED_COMMANDS_2026_04: Final = (*COMMANDS_2026_04, "open_condition_wait")


def _compile(routes: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = []
    for route in routes:
        method, template = route.split(" ", 1)
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        compiled.append((method, re.compile(f"^{pattern}/?$")))
    return tuple(compiled)


@dataclass(frozen=True)
class Generation:
    """What distinguishes one server generation from another, for the development server."""

    name: str
    worker_protocol_version: str
    #: ``True``: the request's version must equal ours; ``False``: same major, minor <= ours.
    exact_worker_protocol: bool
    #: ``avro-value-v1`` or ``avro-legacy`` (see :mod:`durable_workflow.codec.framing`).
    payload_framing: str
    #: ``None``: every route; else the only ``(method, pattern)`` pairs that exist.
    routes: tuple[tuple[str, re.Pattern[str]], ...] | None = None
    commands: tuple[str, ...] | None = None
    #: ``None``: every command the engine knows; else the only command types it takes.
    accepted_commands: tuple[str, ...] | None = None
    extra_capabilities: dict[str, Any] = field(default_factory=dict)

    @property
    def is_legacy(self) -> bool:
        return self.payload_framing == "avro-legacy"

    def route_answer(self, method: str, path: str) -> tuple[int, dict[str, Any]] | None:
        """The 404/405 answer for a route this generation lacks, else ``None``."""
        if self.routes is None or not path.startswith("/api/"):
            return None
        allowed = {m for m, pattern in self.routes if pattern.match(path)}
        if method in allowed or (method == "HEAD" and "GET" in allowed):
            return None
        name = path.lstrip("/")
        if allowed:
            methods = ", ".join(sorted(allowed | ({"HEAD"} if "GET" in allowed else set())))
            return 405, {
                "message": f"The {method} method is not supported for route {name}. "
                f"Supported methods: {methods}.",
                "reason": "method_not_allowed",
            }
        return 404, {"message": f"The route {name} could not be found.", "reason": "not_found"}


CURRENT: Final = Generation(
    name="current",
    worker_protocol_version="1.20",
    exact_worker_protocol=False,
    payload_framing="avro-value-v1",
)
LEGACY_2026_04: Final = Generation(
    name="2026-04",
    worker_protocol_version="1.0",
    exact_worker_protocol=True,
    payload_framing="avro-legacy",
    routes=_compile(ROUTES_2026_04),
    commands=COMMANDS_2026_04,
    accepted_commands=ACCEPTED_COMMANDS_2026_04,
    extra_capabilities={
        "payload_codecs_engine_specific": {
            "php": ["workflow-serializer-y", "workflow-serializer-base64"]
        }
    },
)
GENERATIONS: Final = {g.name: g for g in (CURRENT, LEGACY_2026_04)}

_ACTIVE: contextvars.ContextVar[Generation] = contextvars.ContextVar(
    "durable_workflow_devserver_generation", default=CURRENT
)


def get(name: str) -> Generation:
    """The generation called ``name`` (``ValueError`` for an unknown one)."""
    try:
        return GENERATIONS[name]
    except KeyError:
        known = ", ".join(sorted(GENERATIONS))
        raise ValueError(f"unknown server generation {name!r}; expected one of {known}") from None


def active() -> Generation:
    """The generation of the request being served (``current`` outside a request)."""
    return _ACTIVE.get()


@contextlib.contextmanager
def activated(server: DevServer) -> Iterator[Generation]:
    """Make ``server``'s generation the active one for the block (work outside a request)."""
    token = _ACTIVE.set(get(server.config.generation))
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)


def worker_protocol_version() -> str:
    """The worker protocol version the server speaks now."""
    return active().worker_protocol_version


class GenerationMiddleware:
    """Outermost ASGI middleware: sets the active generation, refuses routes it lacks."""

    def __init__(self, app: ASGIApp, server: DevServer) -> None:
        self.app = app
        self.generation = get(getattr(server.config, "generation", CURRENT.name))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = _ACTIVE.set(self.generation)
        try:
            if scope["type"] == "http":
                answer = self.generation.route_answer(scope["method"], scope["path"])
                if answer is not None:
                    await _send_json(send, *answer)
                    return
            await self.app(scope, receive, send)
        finally:
            _ACTIVE.reset(token)


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data, "more_body": False})


# --------------------------------------------------------------------------- hooks


def legacy_worker_protocol_check(raw: str | None) -> str | None:
    """For an exact-version generation: the accepted version, or raise; ``None`` otherwise.

    A missing header is left to the caller's check (same answer in every generation).
    """
    generation = active()
    value = raw.strip() if raw is not None else ""
    if not generation.exact_worker_protocol or not value:
        return None
    ours = generation.worker_protocol_version
    if value != ours:
        raise WorkerError(
            400,
            "unsupported_protocol_version",
            "Unsupported worker protocol version.",
            supported_version=ours,
            requested_version=value,
            remediation=(
                f"Worker requested protocol version {value}; this server only supports {ours}. "
                f"Upgrade the worker to a release that targets worker-protocol {ours}, or "
                f"connect to a server that supports {value}."
            ),
        )
    return value


def accepts_command(command_type: str) -> bool:
    """Whether the active generation's engine takes workflow-task commands of this type."""
    accepted = active().accepted_commands
    return accepted is None or command_type in accepted


def as_engine_takes(command: dict[str, Any]) -> dict[str, Any]:
    """``command`` as the active generation's engine keeps it: the 2026-04 engine drops the
    ``exception`` object of ``fail_workflow`` (it came with worker protocol 1.10)."""
    if active().is_legacy and command.get("type") == "fail_workflow":
        command.pop("exception", None)
    return command


def adjust_capabilities(capabilities: dict[str, Any]) -> dict[str, Any]:
    """The worker-plane ``server_capabilities`` as the active generation advertises them."""
    generation = active()
    if generation.commands is None:
        return capabilities
    adjusted = {k: v for k, v in capabilities.items() if k != "workflow_memo_updates"}
    adjusted["supported_workflow_task_commands"] = list(generation.commands)
    return adjusted


def adjust_cluster_info(document: dict[str, Any]) -> dict[str, Any]:
    """The discovery document as the active generation answers it."""
    generation = active()
    if generation is CURRENT:
        return document
    version = generation.worker_protocol_version
    document["supported_sdk_versions"] = {
        "php": ">=1.0",
        "python": ">=0.2,<1.0",
        "cli": ">=0.1,<1.0",
    }
    capabilities = document.get("capabilities")
    if isinstance(capabilities, dict):
        capabilities.update(generation.extra_capabilities)
    protocol = document.get("worker_protocol")
    if isinstance(protocol, dict):
        protocol["version"] = version
        caps = protocol.get("server_capabilities")
        if isinstance(caps, dict):
            protocol["server_capabilities"] = adjust_capabilities(caps)
    required = document.get("client_compatibility", {}).get("required_protocols", {})
    if isinstance(required.get("worker_protocol"), dict):
        required["worker_protocol"]["version"] = version
    return document


def encode_blob(value: Any) -> str:
    """Blob text of a JSON value in the active generation's framing."""
    if active().is_legacy:
        from durable_workflow.codec.legacy import encode_legacy_blob

        return encode_legacy_blob(value)
    from durable_workflow.codec.avro import encode_blob as encode_value_v1

    return encode_value_v1(value)


def check_input_framing(envelope: dict[str, Any], field_name: str) -> None:
    """Refuse (422) an inline control-plane input the active generation's engine cannot read."""
    blob = envelope.get("blob")
    if not active().is_legacy or not isinstance(blob, str):
        return
    from durable_workflow.codec.avro import blob_bytes
    from durable_workflow.codec.legacy import is_legacy_frame

    try:
        legacy = is_legacy_frame(blob_bytes(blob))
    except ValueError:
        legacy = False
    if not legacy:
        raise validation_error(
            {
                f"{field_name}.blob": [
                    "The payload blob is not in this engine's Avro framing (a 0x00 JSON "
                    "wrapper or a 0x01 typed frame)."
                ]
            }
        )
