"""Worker plane: ``/api/worker/...`` registration, heartbeats, task polls, outcomes, history pages.

Every call here goes out on :attr:`Plane.WORKER`: the worker token (else the shared token, never the
control token), ``X-Namespace`` and ``X-Durable-Workflow-Protocol-Version`` (``1.20``).

Long polls (``poll_workflow_task``, ``poll_query_task``, ``poll_activity_task``) send the wanted
window as ``timeout_seconds`` (whole seconds, at most 60) and use a per-request HTTP time-out that
outlasts it by :data:`POLL_HTTP_GRACE_SECONDS` (and outlasts the server's advertised
``long_poll_timeout`` when the client has already read the cluster info). An empty poll (``{"task":
null}``) and a poll whose response still did not arrive in time (read time-out) after the
transport's retries both return ``None``; connection failures are raised. Each call generates one
``poll_request_id`` and keeps it across the transport's retries, so a repeated workflow-task poll
receives the task the first attempt may already have leased. Polls, both heartbeats and the history
page are in the transport's list of POSTs that are safe to repeat; completions and failures are not.

Task payloads are returned as the server sent them (raw dicts: ``arguments``, ``history_events`` and
the other envelopes are left encoded for the worker to decode). Results and failure details sent to
the server are encoded with the client's payload codec (Avro envelopes; external storage when
configured).
"""

from __future__ import annotations

import inspect
import math
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx
from durable_workflow_api import models
from durable_workflow_api.models.worker_register_runtime import WORKER_REGISTER_RUNTIME_VALUES

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, encode, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._payloads import PayloadCodec
from durable_workflow.client._transport import Plane, Request
from durable_workflow.codec import AVRO_CODEC, PayloadSerializer

if TYPE_CHECKING:
    from durable_workflow_api.api.worker_plane import complete_activity_task as _complete_activity
    from durable_workflow_api.api.worker_plane import complete_query_task as _complete_query
    from durable_workflow_api.api.worker_plane import complete_workflow_task as _complete_workflow
    from durable_workflow_api.api.worker_plane import fail_activity_task as _fail_activity
    from durable_workflow_api.api.worker_plane import fail_query_task as _fail_query
    from durable_workflow_api.api.worker_plane import fail_workflow_task as _fail_workflow
    from durable_workflow_api.api.worker_plane import (
        get_workflow_task_history_page as _workflow_history,
    )
    from durable_workflow_api.api.worker_plane import heartbeat_activity_task as _heartbeat_activity
    from durable_workflow_api.api.worker_plane import heartbeat_worker as _heartbeat_worker
    from durable_workflow_api.api.worker_plane import poll_activity_task as _poll_activity
    from durable_workflow_api.api.worker_plane import poll_query_task as _poll_query
    from durable_workflow_api.api.worker_plane import poll_workflow_task as _poll_workflow
    from durable_workflow_api.api.worker_plane import register_worker as _register_worker
else:
    _complete_activity = _lazy.module(
        "durable_workflow_api.api.worker_plane.complete_activity_task"
    )
    _complete_query = _lazy.module("durable_workflow_api.api.worker_plane.complete_query_task")
    _complete_workflow = _lazy.module(
        "durable_workflow_api.api.worker_plane.complete_workflow_task"
    )
    _fail_activity = _lazy.module("durable_workflow_api.api.worker_plane.fail_activity_task")
    _fail_query = _lazy.module("durable_workflow_api.api.worker_plane.fail_query_task")
    _fail_workflow = _lazy.module("durable_workflow_api.api.worker_plane.fail_workflow_task")
    _workflow_history = _lazy.module(
        "durable_workflow_api.api.worker_plane.get_workflow_task_history_page"
    )
    _heartbeat_activity = _lazy.module(
        "durable_workflow_api.api.worker_plane.heartbeat_activity_task"
    )
    _heartbeat_worker = _lazy.module("durable_workflow_api.api.worker_plane.heartbeat_worker")
    _poll_activity = _lazy.module("durable_workflow_api.api.worker_plane.poll_activity_task")
    _poll_query = _lazy.module("durable_workflow_api.api.worker_plane.poll_query_task")
    _poll_workflow = _lazy.module("durable_workflow_api.api.worker_plane.poll_workflow_task")
    _register_worker = _lazy.module("durable_workflow_api.api.worker_plane.register_worker")

#: The ``codec`` argument's only accepted value.
DEFAULT_CODEC = AVRO_CODEC
#: Default long-poll window of the three polls, seconds.
DEFAULT_POLL_TIMEOUT = 35.0
#: Largest ``timeout_seconds`` a poll may ask for.
MAX_POLL_TIMEOUT_SECONDS = 60
#: How much longer than the poll window the HTTP request may take.
POLL_HTTP_GRACE_SECONDS = 5.0
#: The runtimes the server accepts at registration.
WORKER_RUNTIMES: tuple[str, ...] = tuple(sorted(WORKER_REGISTER_RUNTIME_VALUES))
#: Task kinds a multiplexed workflow-task poll may ask for.
WORKFLOW_POLL_TASK_KINDS = ("workflow", "update_validation")
_MAX_ID = 255


# --------------------------------------------------------------------------- validation


def _text(name: str, value: Any, *, max_length: int | None = _MAX_ID) -> str:
    if not isinstance(value, str) or not value.strip():
        raise e.InvalidArgument(f"{name} must be a non-empty string, got {value!r}")
    if max_length is not None and len(value) > max_length:
        raise e.InvalidArgument(f"{name} must be at most {max_length} characters")
    return value


def _integer(name: str, value: Any, *, low: int, high: int | None = None) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        bounds = f"{low}..{high}" if high is not None else f">= {low}"
        raise e.InvalidArgument(f"{name} must be an integer {bounds}, got {value!r}")
    return value


def _optional_integer(name: str, value: Any, *, low: int, high: int | None = None) -> int | None:
    return None if value is None else _integer(name, value, low=low, high=high)


def _string_list(name: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise e.InvalidArgument(f"{name} must be a list of strings, got {type(value).__name__}")
    items = list(value)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise e.InvalidArgument(f"{name} must hold non-empty strings, got {item!r}")
    return items


def _string_map(name: str, value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise e.InvalidArgument(f"{name} must be a dict of strings, got {type(value).__name__}")
    result: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key or not isinstance(item, str):
            raise e.InvalidArgument(f"{name} must map non-empty strings to strings")
        result[key] = item
    return result


def _object(name: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise e.InvalidArgument(f"{name} must be a dict, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str):
            raise e.InvalidArgument(f"{name} keys must be strings, got {key!r}")
    return dict(value)


def _task_slots(value: Any) -> dict[str, int]:
    slots = _object("task_slots", value)
    for key, count in slots.items():
        _integer(f"task_slots[{key!r}]", count, low=0)
    return slots


def _codec(codec: Any) -> str:
    if codec != AVRO_CODEC:
        raise e.UnsupportedPayloadCodec(
            f"unsupported_payload_codec: payload codec {codec!r} is not supported; the server "
            "speaks only 'avro' (Avro Value v1 with single-object framing)"
        )
    return AVRO_CODEC


def _is_json_native(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` is plain JSON data (what can travel as the informational ``result``)."""
    if depth > 64:
        return False
    if value is None or isinstance(value, bool | str):
        return True
    if isinstance(value, int | float):
        return type(value) in (int, float) and (
            not isinstance(value, float) or math.isfinite(value)
        )
    if type(value) is list:
        return all(_is_json_native(item, depth + 1) for item in value)
    if type(value) is dict:
        return all(isinstance(k, str) and _is_json_native(v, depth + 1) for k, v in value.items())
    return False


def _model(build: Any, body: dict[str, Any], operation: str) -> Any:
    """``Model.from_dict(body)``; a shape the generated model refuses is an ``InvalidArgument``."""
    try:
        return build(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise e.InvalidArgument(f"{operation}: invalid request: {exc}") from exc


def _request(kwargs: dict[str, Any], operation: str, **options: Any) -> Request:
    return Request.from_kwargs(kwargs, operation=operation, plane=Plane.WORKER, **options)


def _query_task_call(request: Request) -> Operation[httpx.Response]:
    """Send a query-task outcome; its lease refusals are conflicts, not failed queries.

    The shared error table reads a 409 whose reason starts with ``query_`` as a control-plane
    query failure; on the worker plane those reasons (``query_task_not_leased``,
    ``query_task_attempt_mismatch``, …) refuse this worker's lease.
    """
    try:
        response: httpx.Response = yield request
    except e.QueryFailed as exc:
        if exc.status != 409:
            raise
        conflict = e.Conflict(exc.message, status=exc.status, reason=exc.reason, body=exc.body)
        conflict.retry_after = exc.retry_after
        raise conflict from exc
    return response


# --------------------------------------------------------------------------- long polls


def poll_window(timeout: Any) -> int:
    """The ``timeout_seconds`` sent for a poll ``timeout``: whole seconds, 0..60."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise e.InvalidArgument(f"timeout must be a number of seconds, got {timeout!r}")
    value = float(timeout)
    if not math.isfinite(value) or value < 0:
        raise e.InvalidArgument(f"timeout must be a non-negative finite number, got {timeout!r}")
    seconds = math.ceil(value) if value >= 1 else 0
    return min(seconds, MAX_POLL_TIMEOUT_SECONDS)


def _advertised_window(core: ClientCore) -> float:
    """The server's ``long_poll_timeout`` from cluster info, when already fetched (else 0)."""
    info = core.cluster_info
    if not isinstance(info, dict):
        return 0.0
    protocol = info.get("worker_protocol")
    capabilities = protocol.get("server_capabilities") if isinstance(protocol, dict) else None
    value = capabilities.get("long_poll_timeout") if isinstance(capabilities, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return max(0.0, float(value))
    return 0.0


def poll_http_timeout(core: ClientCore, timeout: float, window: int) -> float:
    """HTTP time-out of one poll request: longer than any window the server may hold it."""
    held = max(float(window), _advertised_window(core))
    return max(float(timeout), held + POLL_HTTP_GRACE_SECONDS)


def new_poll_request_id(prefix: str) -> str:
    """A fresh ``poll_request_id`` (``<prefix>-<32 hex>``)."""
    return f"{prefix}-{uuid.uuid4().hex}"


def _poll_task(request: Request, operation: str) -> Operation[dict[str, Any] | None]:
    try:
        response = yield request
    except e.TransportTimeout as exc:
        # The server held the poll past the HTTP time-out: an empty poll. A connect, pool or
        # write time-out says nothing about tasks and is raised.
        if isinstance(exc.__cause__, httpx.ReadTimeout):
            return None
        raise
    data = json_object(response, operation=operation)
    task = data.get("task")
    if task is None:
        return None
    if not isinstance(task, dict):
        raise e.UnexpectedResponse(
            f"{operation}: expected 'task' to be an object or null, got {type(task).__name__}",
            status=response.status_code,
            reason="invalid_response",
            body=data,
        )
    return task


# --------------------------------------------------------------------------- payload scope


@attrs.frozen
class _ScopedPayloads:
    """The client's codec with per-call size-warning context."""

    base: PayloadCodec
    context: Mapping[str, Any]

    def _merged(self, context: Mapping[str, Any] | None) -> dict[str, Any]:
        return {**self.context, **(context or {})}

    def encode(
        self,
        value: object,
        *,
        kind: str = "payload",
        context: Mapping[str, Any] | None = None,
        path: str = "value",
        framing: str | None = None,
    ) -> dict[str, Any]:
        return self.base.encode(
            value, kind=kind, context=self._merged(context), path=path, framing=framing
        )

    async def encode_async(
        self,
        value: object,
        *,
        kind: str = "payload",
        context: Mapping[str, Any] | None = None,
        path: str = "value",
        framing: str | None = None,
    ) -> dict[str, Any]:
        return await self.base.encode_async(
            value, kind=kind, context=self._merged(context), path=path, framing=framing
        )

    def decode(self, payload: object, codec: str | None = "avro") -> Any:
        return self.base.decode(payload, codec)

    async def decode_async(self, payload: object, codec: str | None = "avro") -> Any:
        return await self.base.decode_async(payload, codec)


def scoped_payloads(
    base: PayloadCodec,
    *,
    context: Mapping[str, Any],
    external_storage: Any = None,
    external_storage_threshold_bytes: int | None = None,
    sync: bool = False,
) -> PayloadCodec:
    """The codec one call encodes with: ``base`` plus warning context and storage overrides.

    ``external_storage`` / ``external_storage_threshold_bytes`` replace the client's settings
    for this call only; a value is offloaded when a storage and a threshold are both in effect
    and its blob is longer than the threshold.
    """
    if external_storage_threshold_bytes is not None:
        _integer("external_storage_threshold_bytes", external_storage_threshold_bytes, low=1)
    codec = base
    if external_storage is not None or external_storage_threshold_bytes is not None:
        if external_storage is not None and not all(
            callable(getattr(external_storage, name, None)) for name in ("put", "get")
        ):
            raise e.ConfigurationError(
                "external_storage must provide put() and get() (an ExternalStorage driver)"
            )
        if (
            sync
            and external_storage is not None
            and any(
                inspect.iscoroutinefunction(getattr(external_storage, name, None))
                for name in ("put", "get")
            )
        ):
            raise e.ConfigurationError(
                "SyncClient needs a synchronous external_storage (put/get are coroutines here); "
                "use AsyncClient with an async storage"
            )
        if not isinstance(base, PayloadSerializer):
            raise e.ConfigurationError(
                "per-call external_storage needs the SDK payload codec; configure storage on "
                "the custom codec instead"
            )
        storage = external_storage if external_storage is not None else base.external_storage
        if storage is None:
            raise e.InvalidArgument(
                "external_storage_threshold_bytes needs an external storage (pass "
                "external_storage= or configure it on the client)"
            )
        codec = PayloadSerializer(
            converter=base.converter,
            payload_size_limit_bytes=base.limits.size_limit_bytes,
            payload_size_warning_threshold_percent=base.limits.warning_threshold_percent,
            payload_size_warnings=base.limits.warnings,
            external_storage=storage,
            external_storage_threshold_bytes=(
                external_storage_threshold_bytes
                if external_storage_threshold_bytes is not None
                else base.external_storage_threshold_bytes
            ),
            external_storage_cache=(
                base.external_storage_cache if storage is base.external_storage else None
            ),
        )
    labels = {k: v for k, v in context.items() if v is not None}
    return _ScopedPayloads(codec, labels)


class _AsyncScope(AsyncBase):
    """Runs one operation on the client's connection pool with another payload codec."""

    def __init__(self, core: ClientCore, http: httpx.AsyncClient) -> None:
        self._core = core
        self._http = http


class _SyncScope(SyncBase):
    """Runs one operation on the client's connection pool with another payload codec."""

    def __init__(self, core: ClientCore, http: httpx.Client) -> None:
        self._core = core
        self._http = http


# --------------------------------------------------------------------------- operations


def register_worker(
    core: ClientCore,
    *,
    worker_id: str,
    task_queue: str,
    supported_workflow_types: list[str] | None,
    workflow_definition_fingerprints: dict[str, str] | None,
    supported_activity_types: list[str] | None,
    max_concurrent_workflow_tasks: int | None,
    max_concurrent_activity_tasks: int | None,
    runtime: str,
    sdk_version: str | None,
    build_id: str | None,
    capabilities: list[str] | None,
    task_slots: dict[str, int] | None,
    process_metrics: dict[str, Any] | None,
    heartbeat_interval_seconds: int | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/register``."""
    if not isinstance(runtime, str) or runtime not in WORKER_RUNTIMES:
        raise e.InvalidArgument(
            f"runtime must be one of {', '.join(WORKER_RUNTIMES)}, got {runtime!r}"
        )
    if sdk_version is None:
        from durable_workflow import __version__

        sdk_version = f"durable-workflow-python/{__version__}"
    body: dict[str, Any] = {
        "worker_id": _text("worker_id", worker_id),
        "task_queue": _text("task_queue", task_queue),
        "runtime": runtime,
        "sdk_version": _text("sdk_version", sdk_version, max_length=64),
        "supported_workflow_types": _string_list(
            "supported_workflow_types", supported_workflow_types
        ),
        "supported_activity_types": _string_list(
            "supported_activity_types", supported_activity_types
        ),
    }
    if workflow_definition_fingerprints is not None:
        body["workflow_definition_fingerprints"] = _string_map(
            "workflow_definition_fingerprints", workflow_definition_fingerprints
        )
    if capabilities is not None:
        body["capabilities"] = _string_list("capabilities", capabilities)
    if build_id is not None:
        body["build_id"] = _text("build_id", build_id)
    for name, value in (
        ("max_concurrent_workflow_tasks", max_concurrent_workflow_tasks),
        ("max_concurrent_activity_tasks", max_concurrent_activity_tasks),
    ):
        if _optional_integer(name, value, low=1) is not None:
            body[name] = value
    if task_slots is not None:
        body["task_slots"] = _task_slots(task_slots)
    if process_metrics is not None:
        body["process_metrics"] = _object("process_metrics", process_metrics)
    if (
        _optional_integer("heartbeat_interval_seconds", heartbeat_interval_seconds, low=1)
        is not None
    ):
        body["heartbeat_interval_seconds"] = heartbeat_interval_seconds
    model = _model(models.WorkerRegisterRequest.from_dict, body, "register_worker")
    response = yield _request(
        _register_worker._get_kwargs(body=model, **core.worker_header_args()), "register_worker"
    )
    return json_object(response, operation="register_worker")


def heartbeat_worker(
    core: ClientCore,
    *,
    worker_id: str,
    task_slots: dict[str, int] | None,
    process_metrics: dict[str, Any] | None,
    heartbeat_interval_seconds: int | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/heartbeat``."""
    body: dict[str, Any] = {"worker_id": _text("worker_id", worker_id)}
    if task_slots is not None:
        body["task_slots"] = _task_slots(task_slots)
    if process_metrics is not None:
        body["process_metrics"] = _object("process_metrics", process_metrics)
    if (
        _optional_integer("heartbeat_interval_seconds", heartbeat_interval_seconds, low=1)
        is not None
    ):
        body["heartbeat_interval_seconds"] = heartbeat_interval_seconds
    model = _model(models.WorkerHeartbeatRequest.from_dict, body, "heartbeat_worker")
    response = yield _request(
        _heartbeat_worker._get_kwargs(body=model, **core.worker_header_args()),
        "heartbeat_worker",
    )
    return json_object(response, operation="heartbeat_worker")


def poll_workflow_task(
    core: ClientCore,
    *,
    worker_id: str,
    task_queue: str,
    timeout: float,
    build_id: str | None,
    history_page_size: int | None,
    poll_request_id: str | None,
    task_kinds: list[str] | None,
    accept_history_encoding: str | None = None,
) -> Operation[dict[str, Any] | None]:
    """``POST /api/worker/workflow-tasks/poll``; the leased task, or ``None``."""
    window = poll_window(timeout)
    body: dict[str, Any] = {
        "worker_id": _text("worker_id", worker_id),
        "task_queue": _text("task_queue", task_queue),
        "poll_request_id": (
            new_poll_request_id("wf-poll")
            if poll_request_id is None
            else _text("poll_request_id", poll_request_id)
        ),
        "timeout_seconds": window,
    }
    if build_id is not None:
        body["build_id"] = _text("build_id", build_id)
    if _optional_integer("history_page_size", history_page_size, low=1, high=1000) is not None:
        body["history_page_size"] = history_page_size
    if task_kinds is not None:
        kinds = _string_list("task_kinds", task_kinds)
        if not kinds or len(set(kinds)) != len(kinds):
            raise e.InvalidArgument("task_kinds must list at least one kind, without repeats")
        unknown = [kind for kind in kinds if kind not in WORKFLOW_POLL_TASK_KINDS]
        if unknown:
            raise e.InvalidArgument(
                f"task_kinds may hold {', '.join(WORKFLOW_POLL_TASK_KINDS)}, got {unknown!r}"
            )
        body["task_kinds"] = kinds
    if accept_history_encoding is not None:
        body["accept_history_encoding"] = _text(
            "accept_history_encoding", accept_history_encoding, max_length=64
        )
    model = _model(models.WorkflowTaskPollRequest.from_dict, body, "poll_workflow_task")
    request = _request(
        _poll_workflow._get_kwargs(body=model, **core.worker_header_args()),
        "poll_workflow_task",
        timeout=poll_http_timeout(core, timeout, window),
    )
    return (yield from _poll_task(request, "poll_workflow_task"))


def complete_workflow_task(
    core: ClientCore,
    *,
    task_id: str,
    lease_owner: str,
    workflow_task_attempt: int,
    commands: list[dict[str, Any]],
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/workflow-tasks/{task_id}/complete``."""
    if isinstance(commands, str | bytes | Mapping) or not isinstance(commands, list | tuple):
        raise e.InvalidArgument(
            f"commands must be a list of command objects, got {type(commands).__name__}"
        )
    if not commands:
        raise e.InvalidArgument(
            "commands must hold at least one command; report a task that produced none with "
            "fail_workflow_task"
        )
    checked: list[dict[str, Any]] = []
    for index, command in enumerate(commands):
        if not isinstance(command, Mapping):
            raise e.InvalidArgument(
                f"commands[{index}] must be a dict, got {type(command).__name__}"
            )
        _text(f"commands[{index}]['type']", command.get("type"), max_length=None)
        checked.append(dict(command))
    body: dict[str, Any] = {
        "lease_owner": _text("lease_owner", lease_owner),
        "workflow_task_attempt": _integer("workflow_task_attempt", workflow_task_attempt, low=1),
        "commands": checked,
    }
    model = _model(models.WorkflowTaskCompleteRequest.from_dict, body, "complete_workflow_task")
    response = yield _request(
        _complete_workflow._get_kwargs(
            _text("task_id", task_id, max_length=None), body=model, **core.worker_header_args()
        ),
        "complete_workflow_task",
    )
    return json_object(response, operation="complete_workflow_task")


def fail_workflow_task(
    core: ClientCore,
    *,
    task_id: str,
    lease_owner: str,
    workflow_task_attempt: int,
    message: str,
    failure_type: str | None,
    stack_trace: str | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/workflow-tasks/{task_id}/fail``."""
    failure: dict[str, Any] = {"message": _text("message", message, max_length=None)}
    if failure_type is not None:
        failure["type"] = _text("failure_type", failure_type, max_length=None)
    if stack_trace is not None:
        if not isinstance(stack_trace, str):
            raise e.InvalidArgument("stack_trace must be a string")
        failure["stack_trace"] = stack_trace
    body: dict[str, Any] = {
        "lease_owner": _text("lease_owner", lease_owner),
        "workflow_task_attempt": _integer("workflow_task_attempt", workflow_task_attempt, low=1),
        "failure": failure,
    }
    model = _model(models.WorkflowTaskFailRequest.from_dict, body, "fail_workflow_task")
    response = yield _request(
        _fail_workflow._get_kwargs(
            _text("task_id", task_id, max_length=None), body=model, **core.worker_header_args()
        ),
        "fail_workflow_task",
    )
    return json_object(response, operation="fail_workflow_task")


def workflow_task_history(
    core: ClientCore,
    *,
    task_id: str,
    next_history_page_token: str | None,
    page_token: str | None,
    lease_owner: str,
    workflow_task_attempt: int,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/workflow-tasks/{task_id}/history``."""
    token = next_history_page_token
    if token is None:
        token = page_token
    elif page_token is not None and page_token != token:
        raise e.InvalidArgument(
            "page_token is an alias of next_history_page_token; pass one of them (or the same "
            "value for both)"
        )
    if token is None:
        raise e.InvalidArgument(
            "workflow_task_history() needs next_history_page_token (the token of the previous "
            "page; the poll response carries the first one)"
        )
    body: dict[str, Any] = {
        "next_history_page_token": _text("next_history_page_token", token, max_length=None),
        "lease_owner": _text("lease_owner", lease_owner),
        "workflow_task_attempt": _integer("workflow_task_attempt", workflow_task_attempt, low=1),
    }
    model = _model(models.WorkflowTaskHistoryRequest.from_dict, body, "workflow_task_history")
    response = yield _request(
        _workflow_history._get_kwargs(
            _text("task_id", task_id, max_length=None), body=model, **core.worker_header_args()
        ),
        "workflow_task_history",
    )
    return json_object(response, operation="workflow_task_history")


def poll_query_task(
    core: ClientCore,
    *,
    worker_id: str,
    task_queue: str,
    timeout: float,
    build_id: str | None,
    poll_request_id: str | None,
) -> Operation[dict[str, Any] | None]:
    """``POST /api/worker/query-tasks/poll``; the leased query task, or ``None``."""
    window = poll_window(timeout)
    body: dict[str, Any] = {
        "worker_id": _text("worker_id", worker_id),
        "task_queue": _text("task_queue", task_queue),
        "poll_request_id": (
            new_poll_request_id("query-poll")
            if poll_request_id is None
            else _text("poll_request_id", poll_request_id)
        ),
        "timeout_seconds": window,
    }
    if build_id is not None:
        body["build_id"] = _text("build_id", build_id)
    model = _model(models.QueryTaskPollRequest.from_dict, body, "poll_query_task")
    request = _request(
        _poll_query._get_kwargs(body=model, **core.worker_header_args()),
        "poll_query_task",
        timeout=poll_http_timeout(core, timeout, window),
    )
    return (yield from _poll_task(request, "poll_query_task"))


def complete_query_task(
    core: ClientCore,
    *,
    query_task_id: str,
    lease_owner: str,
    query_task_attempt: int,
    result: Any,
    codec: str,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/query-tasks/{query_task_id}/complete`` with ``result_envelope``."""
    _codec(codec)
    task_id = _text("query_task_id", query_task_id, max_length=None)
    body: dict[str, Any] = {
        "lease_owner": _text("lease_owner", lease_owner),
        "query_task_attempt": _integer("query_task_attempt", query_task_attempt, low=1),
        "result": result if _is_json_native(result) else None,
    }
    body["result_envelope"] = yield from encode(result, kind="query_result", path="result")
    model = _model(models.QueryTaskCompleteRequest.from_dict, body, "complete_query_task")
    response = yield from _query_task_call(
        _request(
            _complete_query._get_kwargs(task_id, body=model, **core.worker_header_args()),
            "complete_query_task",
        )
    )
    return json_object(response, operation="complete_query_task")


def fail_query_task(
    core: ClientCore,
    *,
    query_task_id: str,
    lease_owner: str,
    query_task_attempt: int,
    message: str,
    reason: str,
    failure_type: str | None,
    stack_trace: str | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/query-tasks/{query_task_id}/fail``."""
    failure: dict[str, Any] = {
        "message": _text("message", message, max_length=None),
        "reason": _text("reason", reason),
    }
    if failure_type is not None:
        failure["type"] = _text("failure_type", failure_type, max_length=None)
    if stack_trace is not None:
        if not isinstance(stack_trace, str):
            raise e.InvalidArgument("stack_trace must be a string")
        failure["stack_trace"] = stack_trace
    body: dict[str, Any] = {
        "lease_owner": _text("lease_owner", lease_owner),
        "query_task_attempt": _integer("query_task_attempt", query_task_attempt, low=1),
        "failure": failure,
    }
    model = _model(models.QueryTaskFailRequest.from_dict, body, "fail_query_task")
    response = yield from _query_task_call(
        _request(
            _fail_query._get_kwargs(
                _text("query_task_id", query_task_id, max_length=None),
                body=model,
                **core.worker_header_args(),
            ),
            "fail_query_task",
        )
    )
    return json_object(response, operation="fail_query_task")


def poll_activity_task(
    core: ClientCore,
    *,
    worker_id: str,
    task_queue: str,
    timeout: float,
    build_id: str | None,
    poll_request_id: str | None,
) -> Operation[dict[str, Any] | None]:
    """``POST /api/worker/activity-tasks/poll``; the leased activity task, or ``None``."""
    window = poll_window(timeout)
    body: dict[str, Any] = {
        "worker_id": _text("worker_id", worker_id),
        "task_queue": _text("task_queue", task_queue),
        "poll_request_id": (
            new_poll_request_id("activity-poll")
            if poll_request_id is None
            else _text("poll_request_id", poll_request_id)
        ),
        "timeout_seconds": window,
    }
    if build_id is not None:
        body["build_id"] = _text("build_id", build_id)
    model = _model(models.ActivityTaskPollRequest.from_dict, body, "poll_activity_task")
    request = _request(
        _poll_activity._get_kwargs(body=model, **core.worker_header_args()),
        "poll_activity_task",
        timeout=poll_http_timeout(core, timeout, window),
    )
    return (yield from _poll_task(request, "poll_activity_task"))


def complete_activity_task(
    core: ClientCore,
    *,
    task_id: str,
    activity_attempt_id: str,
    lease_owner: str,
    result: Any,
    codec: str,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/activity-tasks/{task_id}/complete`` with ``result`` as an envelope."""
    _codec(codec)
    path_id = _text("task_id", task_id, max_length=None)
    body: dict[str, Any] = {
        "activity_attempt_id": _text("activity_attempt_id", activity_attempt_id),
        "lease_owner": _text("lease_owner", lease_owner),
    }
    body["result"] = yield from encode(result, kind="activity_result", path="result")
    model = _model(models.ActivityTaskCompleteRequest.from_dict, body, "complete_activity_task")
    response = yield _request(
        _complete_activity._get_kwargs(path_id, body=model, **core.worker_header_args()),
        "complete_activity_task",
    )
    return json_object(response, operation="complete_activity_task")


def fail_activity_task(
    core: ClientCore,
    *,
    task_id: str,
    activity_attempt_id: str,
    lease_owner: str,
    message: str,
    failure_type: str | None,
    stack_trace: str | None,
    non_retryable: bool,
    details: Any,
    codec: str,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/activity-tasks/{task_id}/fail``; ``details`` sent as an envelope."""
    _codec(codec)
    if not isinstance(non_retryable, bool):
        raise e.InvalidArgument(f"non_retryable must be a bool, got {non_retryable!r}")
    path_id = _text("task_id", task_id, max_length=None)
    failure: dict[str, Any] = {"message": _text("message", message, max_length=None)}
    if failure_type is not None:
        failure["type"] = _text("failure_type", failure_type, max_length=None)
    if stack_trace is not None:
        if not isinstance(stack_trace, str):
            raise e.InvalidArgument("stack_trace must be a string")
        failure["stack_trace"] = stack_trace
    if non_retryable:
        failure["non_retryable"] = True
    body: dict[str, Any] = {
        "activity_attempt_id": _text("activity_attempt_id", activity_attempt_id),
        "lease_owner": _text("lease_owner", lease_owner),
        "failure": failure,
    }
    if details is not None:
        failure["details"] = yield from encode(
            details, kind="activity_failure_details", path="details"
        )
    model = _model(models.ActivityTaskFailRequest.from_dict, body, "fail_activity_task")
    response = yield _request(
        _fail_activity._get_kwargs(path_id, body=model, **core.worker_header_args()),
        "fail_activity_task",
    )
    return json_object(response, operation="fail_activity_task")


def heartbeat_activity_task(
    core: ClientCore,
    *,
    task_id: str,
    activity_attempt_id: str,
    lease_owner: str,
    details: dict[str, Any] | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/activity-tasks/{task_id}/heartbeat``; the raw acknowledgement."""
    body: dict[str, Any] = {
        "activity_attempt_id": _text("activity_attempt_id", activity_attempt_id),
        "lease_owner": _text("lease_owner", lease_owner),
    }
    if details is not None:
        body["details"] = _object("details", details)
    model = _model(models.ActivityTaskHeartbeatRequest.from_dict, body, "heartbeat_activity_task")
    response = yield _request(
        _heartbeat_activity._get_kwargs(
            _text("task_id", task_id, max_length=None), body=model, **core.worker_header_args()
        ),
        "heartbeat_activity_task",
    )
    return json_object(response, operation="heartbeat_activity_task")


# --------------------------------------------------------------------------- async methods


class AsyncWorkerPlane(AsyncBase):
    """Worker-plane methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def register_worker(
        self,
        *,
        worker_id: str,
        task_queue: str,
        supported_workflow_types: list[str] | None = None,
        workflow_definition_fingerprints: dict[str, str] | None = None,
        supported_activity_types: list[str] | None = None,
        max_concurrent_workflow_tasks: int | None = None,
        max_concurrent_activity_tasks: int | None = None,
        runtime: str = "python",
        sdk_version: str | None = None,
        build_id: str | None = None,
        capabilities: list[str] | None = None,
        task_slots: dict[str, int] | None = None,
        process_metrics: dict[str, Any] | None = None,
        heartbeat_interval_seconds: int | None = None,
    ) -> dict[str, Any]:
        """Register this process with the server as a worker for ``task_queue``.

        Called by :class:`~durable_workflow.Worker` at startup. Most applications should not call
        this directly — create a :class:`~durable_workflow.Worker` instead.

        Sends ``POST /api/worker/register`` with ``worker_id``, ``task_queue``, ``runtime``,
        ``sdk_version`` (default ``durable-workflow-python/<version>``) and both supported-type
        lists (empty means every type) always, the other fields only when given. ``runtime`` must be
        one of the server's runtimes (``php``, ``python``, ``typescript``, ``go``, ``java``,
        ``rust``, ``external``). Returns the server acknowledgement as a dict (``worker_id``,
        ``registered``, and on newer servers ``heartbeat_interval_seconds``). Re-registering a
        changed workflow definition fingerprint under the same active ``worker_id`` raises
        :class:`~durable_workflow.errors.Conflict` (``reason == "workflow_definition_changed"``).
        """
        return await self._run(
            register_worker(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                supported_workflow_types=supported_workflow_types,
                workflow_definition_fingerprints=workflow_definition_fingerprints,
                supported_activity_types=supported_activity_types,
                max_concurrent_workflow_tasks=max_concurrent_workflow_tasks,
                max_concurrent_activity_tasks=max_concurrent_activity_tasks,
                runtime=runtime,
                sdk_version=sdk_version,
                build_id=build_id,
                capabilities=capabilities,
                task_slots=task_slots,
                process_metrics=process_metrics,
                heartbeat_interval_seconds=heartbeat_interval_seconds,
            )
        )

    async def heartbeat_worker(
        self,
        *,
        worker_id: str,
        task_slots: dict[str, int] | None = None,
        process_metrics: dict[str, Any] | None = None,
        heartbeat_interval_seconds: int | None = None,
    ) -> dict[str, Any]:
        """Send a worker-fleet heartbeat to refresh liveness and report state.

        Call this on a steady cadence (default 60 s, or the ``heartbeat_interval_seconds`` the
        server advertises in its register/heartbeat acknowledgement) so operators can see which
        workers poll a task queue, their free slots and when each last checked in (worker management
        API, CLI worker listing, Worker Status view). A worker that stops heartbeating becomes stale
        and no longer receives query tasks.

        ``task_slots`` is an optional dict with any subset of ``workflow_available``,
        ``activity_available`` and ``session_available``: the number of currently free slots of each
        family (the server clamps each into ``[0, max_concurrent_*]``). ``process_metrics`` is an
        optional dict with any subset of ``cpu_percent``, ``memory_bytes``,
        ``process_uptime_seconds``, ``process_id``, ``process_started_at`` and ``host``; the server
        records what was reported. Fields left ``None`` are not sent.

        Returns the server acknowledgement as a dict, including the advertised
        ``heartbeat_interval_seconds`` and ``stale_after_seconds`` so a worker can adapt its
        cadence. An unknown ``worker_id`` raises
        :class:`~durable_workflow.errors.WorkerNotRegistered`.

        Most applications create a :class:`~durable_workflow.Worker`, which runs this in the
        background; call it directly only when driving the worker protocol by hand.
        """
        return await self._run(
            heartbeat_worker(
                self._core,
                worker_id=worker_id,
                task_slots=task_slots,
                process_metrics=process_metrics,
                heartbeat_interval_seconds=heartbeat_interval_seconds,
            )
        )

    async def poll_workflow_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        history_page_size: int | None = None,
        poll_request_id: str | None = None,
        task_kinds: list[str] | None = None,
        accept_history_encoding: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next workflow task on ``task_queue``.

        Returns the task payload (the raw ``task`` dict: ``task_id``, ``workflow_task_attempt``,
        ``lease_owner``, ``arguments`` and ``history_events`` still encoded,
        ``next_history_page_token`` when the history continues), or ``None`` on poll timeout.
        Worker-plane endpoint — most applications use :class:`~durable_workflow.Worker` rather than
        calling this directly.

        ``timeout`` is the long-poll window in seconds, sent as ``timeout_seconds`` (rounded up to
        whole seconds, at most 60; below one second the server answers at once); the HTTP request
        may take 5 s longer. An empty poll and a response that still did not arrive in time (read
        time-out) after the transport's retries both return ``None``; connection failures raise
        :class:`~durable_workflow.errors.TransportError`. ``poll_request_id`` identifies this
        logical poll (generated per call when omitted and kept across the transport's retries, so a
        repeated request receives the task the first attempt leased). ``build_id`` is checked
        against the registration; ``history_page_size`` (1..1000) bounds the first history page
        (later pages come from :meth:`workflow_task_history`); ``task_kinds`` (``workflow``,
        ``update_validation``) asks a server that multiplexes update-validation tasks for those
        kinds too. ``accept_history_encoding`` (``gzip`` or ``deflate``) lets the server send a long
        history page compressed (``history_events_compressed``, ``history_events_encoding``). A
        worker that did not register raises :class:`~durable_workflow.errors.WorkerNotRegistered`.
        """
        return await self._run(
            poll_workflow_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                history_page_size=history_page_size,
                poll_request_id=poll_request_id,
                task_kinds=task_kinds,
                accept_history_encoding=accept_history_encoding,
            )
        )

    async def complete_workflow_task(
        self,
        *,
        task_id: str,
        lease_owner: str,
        workflow_task_attempt: int,
        commands: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """Report successful execution of a workflow task with its emitted commands.

        Worker-plane endpoint, called by :class:`~durable_workflow.Worker`. ``commands`` is the list
        of serialized commands the workflow yielded for this task (dicts with a ``type``, payloads
        already in their envelopes); it must hold at least one command, else
        :class:`~durable_workflow.errors.InvalidArgument` is raised before sending. ``lease_owner``
        and ``workflow_task_attempt`` are the fencing values of the poll response.

        Returns the server's answer as a dict (``outcome``, ``recorded``, ``run_status``,
        ``created_task_ids``). A refused completion raises
        :class:`~durable_workflow.errors.Conflict` whose ``reason`` names the refusal
        (``lease_expired``, ``lease_owner_mismatch``, ``workflow_task_attempt_mismatch``,
        ``task_not_leased``, ``run_closed``, …), an unknown task
        :class:`~durable_workflow.errors.NotFound` (``task_not_found``), invalid commands
        :class:`~durable_workflow.errors.InvalidArgument`. Completions are never retried by the
        transport once they may have reached the server.
        """
        return await self._run(
            complete_workflow_task(
                self._core,
                task_id=task_id,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
                commands=commands,
            )
        )

    async def fail_workflow_task(
        self,
        *,
        task_id: str,
        lease_owner: str,
        workflow_task_attempt: int,
        message: str,
        failure_type: str | None = None,
        stack_trace: str | None = None,
    ) -> dict[str, Any]:
        """Report a workflow task failure so the server can schedule a retry.

        Worker-plane endpoint. Task failures (for example non-determinism) are distinct from
        workflow failures (``fail_workflow`` commands): the run stays open and is re-driven by new
        history or the server's repair path. Sends ``failure = {message, type?, stack_trace?}``
        (``failure_type`` as ``type``). Returns the server's answer as a dict; lease and ownership
        refusals raise :class:`~durable_workflow.errors.Conflict` (``reason`` as for
        :meth:`complete_workflow_task`).
        """
        return await self._run(
            fail_workflow_task(
                self._core,
                task_id=task_id,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
                message=message,
                failure_type=failure_type,
                stack_trace=stack_trace,
            )
        )

    async def workflow_task_history(
        self,
        *,
        task_id: str,
        next_history_page_token: str | None = None,
        page_token: str | None = None,
        lease_owner: str,
        workflow_task_attempt: int,
    ) -> dict[str, Any]:
        """Page through extra history events while the worker is executing a long task.

        Worker-plane endpoint. The first page of history is delivered inline with the workflow task;
        this endpoint fetches subsequent pages. Pass the ``next_history_page_token`` of the task (or
        of the previous page); ``page_token`` is an alias — passing both with different values, or
        neither, raises :class:`~durable_workflow.errors.InvalidArgument`. Returns the page as a
        dict (``history_events``, ``total_history_events``, ``next_history_page_token`` — ``None``
        on the last page). An undecodable token raises
        :class:`~durable_workflow.errors.InvalidArgument` (``invalid_page_token``); lease refusals
        raise :class:`~durable_workflow.errors.Conflict`.
        """
        return await self._run(
            workflow_task_history(
                self._core,
                task_id=task_id,
                next_history_page_token=next_history_page_token,
                page_token=page_token,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
            )
        )

    async def poll_query_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        poll_request_id: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next workflow query task on ``task_queue``.

        Query tasks are ephemeral worker-plane requests created when the server must route a
        control-plane query to a non-PHP workflow runtime. Returns the raw ``task`` dict
        (``query_task_id``, ``query_task_attempt``, ``query_name``, ``query_arguments`` and
        ``workflow_arguments`` still encoded, the full ``history_events``), or ``None`` on poll
        timeout. ``timeout``, ``build_id`` and ``poll_request_id`` behave as in
        :meth:`poll_workflow_task`.
        """
        return await self._run(
            poll_query_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                poll_request_id=poll_request_id,
            )
        )

    async def complete_query_task(
        self,
        *,
        query_task_id: str,
        lease_owner: str,
        query_task_attempt: int,
        result: Any,
        codec: str = DEFAULT_CODEC,
        workflow_id: str | None = None,
        run_id: str | None = None,
        query_name: str | None = None,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
    ) -> dict[str, Any]:
        """Submit the successful result for a worker-routed query task.

        Sends ``result`` twice: as plain JSON (``result``, informational — ``None`` when the value
        is not plain JSON data such as a dataclass or a datetime) and encoded with the client's
        payload codec as ``result_envelope`` (what the waiting caller decodes). ``codec`` must be
        ``"avro"`` (else :class:`~durable_workflow.errors.UnsupportedPayloadCodec` before sending).
        ``workflow_id``, ``run_id`` and ``query_name`` label payload-size warnings.
        ``external_storage`` and ``external_storage_threshold_bytes`` replace the client's external
        storage settings for this result (it is stored externally when a storage and a threshold are
        both in effect and it is larger). Returns the server's answer as a dict; a lease that
        expired or moved raises :class:`~durable_workflow.errors.Conflict` (``lease_expired``,
        ``query_task_not_leased``, ``lease_owner_mismatch``, ``query_task_attempt_mismatch``), an
        unknown task :class:`~durable_workflow.errors.NotFound` (``query_task_not_found``).
        """
        payloads = scoped_payloads(
            self._core.payloads,
            context={"workflow_id": workflow_id, "run_id": run_id, "query_name": query_name},
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
        )
        scope = _AsyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return await scope._run(
            complete_query_task(
                scope._core,
                query_task_id=query_task_id,
                lease_owner=lease_owner,
                query_task_attempt=query_task_attempt,
                result=result,
                codec=codec,
            )
        )

    async def fail_query_task(
        self,
        *,
        query_task_id: str,
        lease_owner: str,
        query_task_attempt: int,
        message: str,
        reason: str = "query_rejected",
        failure_type: str | None = None,
        stack_trace: str | None = None,
    ) -> dict[str, Any]:
        """Report a failed worker-routed query task.

        Sends ``failure = {message, reason, type?, stack_trace?}``. ``reason`` defaults to
        ``query_rejected`` (the caller's query answers 409); ``rejected_unknown_query`` makes the
        caller's query answer 404. Returns the server's answer as a dict; lease refusals raise as in
        :meth:`complete_query_task`.
        """
        return await self._run(
            fail_query_task(
                self._core,
                query_task_id=query_task_id,
                lease_owner=lease_owner,
                query_task_attempt=query_task_attempt,
                message=message,
                reason=reason,
                failure_type=failure_type,
                stack_trace=stack_trace,
            )
        )

    async def poll_activity_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        poll_request_id: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next activity task on ``task_queue``.

        Returns the task payload (the raw ``task`` dict: ``task_id``, ``activity_attempt_id``,
        ``attempt_number``, ``activity_type``, ``arguments`` still encoded, ``retry_policy``,
        ``deadlines``), or ``None`` on poll timeout. Worker-plane endpoint — typically used by
        :class:`~durable_workflow.Worker`. ``timeout``, ``build_id`` and ``poll_request_id`` behave
        as in :meth:`poll_workflow_task`.
        """
        return await self._run(
            poll_activity_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                poll_request_id=poll_request_id,
            )
        )

    async def complete_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        result: Any,
        codec: str = DEFAULT_CODEC,
        activity_name: str | None = None,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
    ) -> dict[str, Any]:
        """Report successful activity execution and submit the encoded result.

        ``result`` is encoded with the client's payload codec (an Avro envelope, or an
        external-storage envelope when ``external_storage``/``external_storage_threshold_bytes`` —
        per call, else the client's — are in effect and the value is larger than the threshold).
        ``codec`` must be ``"avro"``; ``activity_name`` labels payload-size warnings. Returns the
        server's answer as a dict (``outcome``, ``recorded``, ``next_task_id``). A superseded
        attempt raises :class:`~durable_workflow.errors.Conflict` (``stale_attempt``), as does a
        closed run (``run_cancelled``/``run_terminated``, body ``outcome == "ignored"``); ownership
        refusals raise :class:`~durable_workflow.errors.Conflict` (``lease_owner_mismatch``,
        ``task_mismatch``) or :class:`~durable_workflow.errors.NotFound` (``task_not_found``,
        ``attempt_not_found``).
        """
        payloads = scoped_payloads(
            self._core.payloads,
            context={"activity_name": activity_name},
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
        )
        scope = _AsyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return await scope._run(
            complete_activity_task(
                scope._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                result=result,
                codec=codec,
            )
        )

    async def fail_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        message: str,
        failure_type: str | None = None,
        stack_trace: str | None = None,
        non_retryable: bool = False,
        details: Any | None = None,
        codec: str = DEFAULT_CODEC,
        activity_name: str | None = None,
    ) -> dict[str, Any]:
        """Report a failed activity attempt.

        Pass ``non_retryable=True`` to signal that this class of error will not be fixed by retrying
        — the server then surfaces the failure to the workflow immediately instead of scheduling
        another attempt. Sends ``failure = {message, type?, stack_trace?, non_retryable?,
        details?}``: ``failure_type`` as ``type``, ``non_retryable`` only when true, and ``details``
        encoded with the client's payload codec (``codec`` must be ``"avro"``; ``activity_name``
        labels size warnings). Returns the server's answer as a dict (``next_task_id`` is the
        retry's activity task or the workflow task that resumes the workflow); refusals raise as in
        :meth:`complete_activity_task`.
        """
        payloads = scoped_payloads(self._core.payloads, context={"activity_name": activity_name})
        scope = _AsyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return await scope._run(
            fail_activity_task(
                scope._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                message=message,
                failure_type=failure_type,
                stack_trace=stack_trace,
                non_retryable=non_retryable,
                details=details,
                codec=codec,
            )
        )

    async def heartbeat_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        details: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send a liveness heartbeat for a running activity attempt.

        Worker-plane endpoint. Extends the attempt's lease and records the optional ``details`` dict
        (plain JSON progress). Returns the server acknowledgement as a dict and does not raise on
        cancellation: check ``cancel_requested`` (the workflow or activity was cancelled — stop
        work) and ``can_continue`` (``False``: this attempt no longer owns the work). Most code
        calls :meth:`~durable_workflow.ActivityContext.heartbeat` instead, which additionally raises
        :class:`~durable_workflow.errors.ActivityCancelled` when the server reports the activity
        should stop.
        """
        return await self._run(
            heartbeat_activity_task(
                self._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                details=details,
            )
        )


# --------------------------------------------------------------------------- sync methods


class SyncWorkerPlane(SyncBase):
    """Worker-plane methods of :class:`~durable_workflow.client.SyncClient`."""

    def register_worker(
        self,
        *,
        worker_id: str,
        task_queue: str,
        supported_workflow_types: list[str] | None = None,
        workflow_definition_fingerprints: dict[str, str] | None = None,
        supported_activity_types: list[str] | None = None,
        max_concurrent_workflow_tasks: int | None = None,
        max_concurrent_activity_tasks: int | None = None,
        runtime: str = "python",
        sdk_version: str | None = None,
        build_id: str | None = None,
        capabilities: list[str] | None = None,
        task_slots: dict[str, int] | None = None,
        process_metrics: dict[str, Any] | None = None,
        heartbeat_interval_seconds: int | None = None,
    ) -> dict[str, Any]:
        """Register this process with the server as a worker for ``task_queue``.

        Called by :class:`~durable_workflow.Worker` at startup. Most applications should not call
        this directly — create a :class:`~durable_workflow.Worker` instead.

        Sends ``POST /api/worker/register`` with ``worker_id``, ``task_queue``, ``runtime``,
        ``sdk_version`` (default ``durable-workflow-python/<version>``) and both supported-type
        lists (empty means every type) always, the other fields only when given. ``runtime`` must be
        one of the server's runtimes (``php``, ``python``, ``typescript``, ``go``, ``java``,
        ``rust``, ``external``). Returns the server acknowledgement as a dict (``worker_id``,
        ``registered``, and on newer servers ``heartbeat_interval_seconds``). Re-registering a
        changed workflow definition fingerprint under the same active ``worker_id`` raises
        :class:`~durable_workflow.errors.Conflict` (``reason == "workflow_definition_changed"``).
        """
        return self._run(
            register_worker(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                supported_workflow_types=supported_workflow_types,
                workflow_definition_fingerprints=workflow_definition_fingerprints,
                supported_activity_types=supported_activity_types,
                max_concurrent_workflow_tasks=max_concurrent_workflow_tasks,
                max_concurrent_activity_tasks=max_concurrent_activity_tasks,
                runtime=runtime,
                sdk_version=sdk_version,
                build_id=build_id,
                capabilities=capabilities,
                task_slots=task_slots,
                process_metrics=process_metrics,
                heartbeat_interval_seconds=heartbeat_interval_seconds,
            )
        )

    def heartbeat_worker(
        self,
        *,
        worker_id: str,
        task_slots: dict[str, int] | None = None,
        process_metrics: dict[str, Any] | None = None,
        heartbeat_interval_seconds: int | None = None,
    ) -> dict[str, Any]:
        """Send a worker-fleet heartbeat to refresh liveness and report state.

        Call this on a steady cadence (default 60 s, or the ``heartbeat_interval_seconds`` the
        server advertises in its register/heartbeat acknowledgement) so operators can see which
        workers poll a task queue, their free slots and when each last checked in (worker management
        API, CLI worker listing, Worker Status view). A worker that stops heartbeating becomes stale
        and no longer receives query tasks.

        ``task_slots`` is an optional dict with any subset of ``workflow_available``,
        ``activity_available`` and ``session_available``: the number of currently free slots of each
        family (the server clamps each into ``[0, max_concurrent_*]``). ``process_metrics`` is an
        optional dict with any subset of ``cpu_percent``, ``memory_bytes``,
        ``process_uptime_seconds``, ``process_id``, ``process_started_at`` and ``host``; the server
        records what was reported. Fields left ``None`` are not sent.

        Returns the server acknowledgement as a dict, including the advertised
        ``heartbeat_interval_seconds`` and ``stale_after_seconds`` so a worker can adapt its
        cadence. An unknown ``worker_id`` raises
        :class:`~durable_workflow.errors.WorkerNotRegistered`.

        Most applications create a :class:`~durable_workflow.Worker`, which runs this in the
        background; call it directly only when driving the worker protocol by hand.
        """
        return self._run(
            heartbeat_worker(
                self._core,
                worker_id=worker_id,
                task_slots=task_slots,
                process_metrics=process_metrics,
                heartbeat_interval_seconds=heartbeat_interval_seconds,
            )
        )

    def poll_workflow_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        history_page_size: int | None = None,
        poll_request_id: str | None = None,
        task_kinds: list[str] | None = None,
        accept_history_encoding: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next workflow task on ``task_queue``.

        Returns the task payload (the raw ``task`` dict: ``task_id``, ``workflow_task_attempt``,
        ``lease_owner``, ``arguments`` and ``history_events`` still encoded,
        ``next_history_page_token`` when the history continues), or ``None`` on poll timeout.
        Worker-plane endpoint — most applications use :class:`~durable_workflow.Worker` rather than
        calling this directly.

        ``timeout`` is the long-poll window in seconds, sent as ``timeout_seconds`` (rounded up to
        whole seconds, at most 60; below one second the server answers at once); the HTTP request
        may take 5 s longer. An empty poll and a response that still did not arrive in time (read
        time-out) after the transport's retries both return ``None``; connection failures raise
        :class:`~durable_workflow.errors.TransportError`. ``poll_request_id`` identifies this
        logical poll (generated per call when omitted and kept across the transport's retries, so a
        repeated request receives the task the first attempt leased). ``build_id`` is checked
        against the registration; ``history_page_size`` (1..1000) bounds the first history page
        (later pages come from :meth:`workflow_task_history`); ``task_kinds`` (``workflow``,
        ``update_validation``) asks a server that multiplexes update-validation tasks for those
        kinds too. ``accept_history_encoding`` (``gzip`` or ``deflate``) lets the server send a long
        history page compressed (``history_events_compressed``, ``history_events_encoding``). A
        worker that did not register raises :class:`~durable_workflow.errors.WorkerNotRegistered`.
        """
        return self._run(
            poll_workflow_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                history_page_size=history_page_size,
                poll_request_id=poll_request_id,
                task_kinds=task_kinds,
                accept_history_encoding=accept_history_encoding,
            )
        )

    def complete_workflow_task(
        self,
        *,
        task_id: str,
        lease_owner: str,
        workflow_task_attempt: int,
        commands: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """Report successful execution of a workflow task with its emitted commands.

        Worker-plane endpoint, called by :class:`~durable_workflow.Worker`. ``commands`` is the list
        of serialized commands the workflow yielded for this task (dicts with a ``type``, payloads
        already in their envelopes); it must hold at least one command, else
        :class:`~durable_workflow.errors.InvalidArgument` is raised before sending. ``lease_owner``
        and ``workflow_task_attempt`` are the fencing values of the poll response.

        Returns the server's answer as a dict (``outcome``, ``recorded``, ``run_status``,
        ``created_task_ids``). A refused completion raises
        :class:`~durable_workflow.errors.Conflict` whose ``reason`` names the refusal
        (``lease_expired``, ``lease_owner_mismatch``, ``workflow_task_attempt_mismatch``,
        ``task_not_leased``, ``run_closed``, …), an unknown task
        :class:`~durable_workflow.errors.NotFound` (``task_not_found``), invalid commands
        :class:`~durable_workflow.errors.InvalidArgument`. Completions are never retried by the
        transport once they may have reached the server.
        """
        return self._run(
            complete_workflow_task(
                self._core,
                task_id=task_id,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
                commands=commands,
            )
        )

    def fail_workflow_task(
        self,
        *,
        task_id: str,
        lease_owner: str,
        workflow_task_attempt: int,
        message: str,
        failure_type: str | None = None,
        stack_trace: str | None = None,
    ) -> dict[str, Any]:
        """Report a workflow task failure so the server can schedule a retry.

        Worker-plane endpoint. Task failures (for example non-determinism) are distinct from
        workflow failures (``fail_workflow`` commands): the run stays open and is re-driven by new
        history or the server's repair path. Sends ``failure = {message, type?, stack_trace?}``
        (``failure_type`` as ``type``). Returns the server's answer as a dict; lease and ownership
        refusals raise :class:`~durable_workflow.errors.Conflict` (``reason`` as for
        :meth:`complete_workflow_task`).
        """
        return self._run(
            fail_workflow_task(
                self._core,
                task_id=task_id,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
                message=message,
                failure_type=failure_type,
                stack_trace=stack_trace,
            )
        )

    def workflow_task_history(
        self,
        *,
        task_id: str,
        next_history_page_token: str | None = None,
        page_token: str | None = None,
        lease_owner: str,
        workflow_task_attempt: int,
    ) -> dict[str, Any]:
        """Page through extra history events while the worker is executing a long task.

        Worker-plane endpoint. The first page of history is delivered inline with the workflow task;
        this endpoint fetches subsequent pages. Pass the ``next_history_page_token`` of the task (or
        of the previous page); ``page_token`` is an alias — passing both with different values, or
        neither, raises :class:`~durable_workflow.errors.InvalidArgument`. Returns the page as a
        dict (``history_events``, ``total_history_events``, ``next_history_page_token`` — ``None``
        on the last page). An undecodable token raises
        :class:`~durable_workflow.errors.InvalidArgument` (``invalid_page_token``); lease refusals
        raise :class:`~durable_workflow.errors.Conflict`.
        """
        return self._run(
            workflow_task_history(
                self._core,
                task_id=task_id,
                next_history_page_token=next_history_page_token,
                page_token=page_token,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
            )
        )

    def poll_query_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        poll_request_id: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next workflow query task on ``task_queue``.

        Query tasks are ephemeral worker-plane requests created when the server must route a
        control-plane query to a non-PHP workflow runtime. Returns the raw ``task`` dict
        (``query_task_id``, ``query_task_attempt``, ``query_name``, ``query_arguments`` and
        ``workflow_arguments`` still encoded, the full ``history_events``), or ``None`` on poll
        timeout. ``timeout``, ``build_id`` and ``poll_request_id`` behave as in
        :meth:`poll_workflow_task`.
        """
        return self._run(
            poll_query_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                poll_request_id=poll_request_id,
            )
        )

    def complete_query_task(
        self,
        *,
        query_task_id: str,
        lease_owner: str,
        query_task_attempt: int,
        result: Any,
        codec: str = DEFAULT_CODEC,
        workflow_id: str | None = None,
        run_id: str | None = None,
        query_name: str | None = None,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
    ) -> dict[str, Any]:
        """Submit the successful result for a worker-routed query task.

        Sends ``result`` twice: as plain JSON (``result``, informational — ``None`` when the value
        is not plain JSON data such as a dataclass or a datetime) and encoded with the client's
        payload codec as ``result_envelope`` (what the waiting caller decodes). ``codec`` must be
        ``"avro"`` (else :class:`~durable_workflow.errors.UnsupportedPayloadCodec` before sending).
        ``workflow_id``, ``run_id`` and ``query_name`` label payload-size warnings.
        ``external_storage`` and ``external_storage_threshold_bytes`` replace the client's external
        storage settings for this result (it is stored externally when a storage and a threshold are
        both in effect and it is larger). Returns the server's answer as a dict; a lease that
        expired or moved raises :class:`~durable_workflow.errors.Conflict` (``lease_expired``,
        ``query_task_not_leased``, ``lease_owner_mismatch``, ``query_task_attempt_mismatch``), an
        unknown task :class:`~durable_workflow.errors.NotFound` (``query_task_not_found``).
        """
        payloads = scoped_payloads(
            self._core.payloads,
            context={"workflow_id": workflow_id, "run_id": run_id, "query_name": query_name},
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
            sync=True,
        )
        scope = _SyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return scope._run(
            complete_query_task(
                scope._core,
                query_task_id=query_task_id,
                lease_owner=lease_owner,
                query_task_attempt=query_task_attempt,
                result=result,
                codec=codec,
            )
        )

    def fail_query_task(
        self,
        *,
        query_task_id: str,
        lease_owner: str,
        query_task_attempt: int,
        message: str,
        reason: str = "query_rejected",
        failure_type: str | None = None,
        stack_trace: str | None = None,
    ) -> dict[str, Any]:
        """Report a failed worker-routed query task.

        Sends ``failure = {message, reason, type?, stack_trace?}``. ``reason`` defaults to
        ``query_rejected`` (the caller's query answers 409); ``rejected_unknown_query`` makes the
        caller's query answer 404. Returns the server's answer as a dict; lease refusals raise as in
        :meth:`complete_query_task`.
        """
        return self._run(
            fail_query_task(
                self._core,
                query_task_id=query_task_id,
                lease_owner=lease_owner,
                query_task_attempt=query_task_attempt,
                message=message,
                reason=reason,
                failure_type=failure_type,
                stack_trace=stack_trace,
            )
        )

    def poll_activity_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        poll_request_id: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next activity task on ``task_queue``.

        Returns the task payload (the raw ``task`` dict: ``task_id``, ``activity_attempt_id``,
        ``attempt_number``, ``activity_type``, ``arguments`` still encoded, ``retry_policy``,
        ``deadlines``), or ``None`` on poll timeout. Worker-plane endpoint — typically used by
        :class:`~durable_workflow.Worker`. ``timeout``, ``build_id`` and ``poll_request_id`` behave
        as in :meth:`poll_workflow_task`.
        """
        return self._run(
            poll_activity_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                poll_request_id=poll_request_id,
            )
        )

    def complete_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        result: Any,
        codec: str = DEFAULT_CODEC,
        activity_name: str | None = None,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
    ) -> dict[str, Any]:
        """Report successful activity execution and submit the encoded result.

        ``result`` is encoded with the client's payload codec (an Avro envelope, or an
        external-storage envelope when ``external_storage``/``external_storage_threshold_bytes`` —
        per call, else the client's — are in effect and the value is larger than the threshold).
        ``codec`` must be ``"avro"``; ``activity_name`` labels payload-size warnings. Returns the
        server's answer as a dict (``outcome``, ``recorded``, ``next_task_id``). A superseded
        attempt raises :class:`~durable_workflow.errors.Conflict` (``stale_attempt``), as does a
        closed run (``run_cancelled``/``run_terminated``, body ``outcome == "ignored"``); ownership
        refusals raise :class:`~durable_workflow.errors.Conflict` (``lease_owner_mismatch``,
        ``task_mismatch``) or :class:`~durable_workflow.errors.NotFound` (``task_not_found``,
        ``attempt_not_found``).
        """
        payloads = scoped_payloads(
            self._core.payloads,
            context={"activity_name": activity_name},
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
            sync=True,
        )
        scope = _SyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return scope._run(
            complete_activity_task(
                scope._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                result=result,
                codec=codec,
            )
        )

    def fail_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        message: str,
        failure_type: str | None = None,
        stack_trace: str | None = None,
        non_retryable: bool = False,
        details: Any | None = None,
        codec: str = DEFAULT_CODEC,
        activity_name: str | None = None,
    ) -> dict[str, Any]:
        """Report a failed activity attempt.

        Pass ``non_retryable=True`` to signal that this class of error will not be fixed by retrying
        — the server then surfaces the failure to the workflow immediately instead of scheduling
        another attempt. Sends ``failure = {message, type?, stack_trace?, non_retryable?,
        details?}``: ``failure_type`` as ``type``, ``non_retryable`` only when true, and ``details``
        encoded with the client's payload codec (``codec`` must be ``"avro"``; ``activity_name``
        labels size warnings). Returns the server's answer as a dict (``next_task_id`` is the
        retry's activity task or the workflow task that resumes the workflow); refusals raise as in
        :meth:`complete_activity_task`.
        """
        payloads = scoped_payloads(self._core.payloads, context={"activity_name": activity_name})
        scope = _SyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return scope._run(
            fail_activity_task(
                scope._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                message=message,
                failure_type=failure_type,
                stack_trace=stack_trace,
                non_retryable=non_retryable,
                details=details,
                codec=codec,
            )
        )

    def heartbeat_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        details: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send a liveness heartbeat for a running activity attempt.

        Worker-plane endpoint. Extends the attempt's lease and records the optional ``details`` dict
        (plain JSON progress). Returns the server acknowledgement as a dict and does not raise on
        cancellation: check ``cancel_requested`` (the workflow or activity was cancelled — stop
        work) and ``can_continue`` (``False``: this attempt no longer owns the work). Most code
        calls :meth:`~durable_workflow.ActivityContext.heartbeat` instead, which additionally raises
        :class:`~durable_workflow.errors.ActivityCancelled` when the server reports the activity
        should stop.
        """
        return self._run(
            heartbeat_activity_task(
                self._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                details=details,
            )
        )
