"""What the worker-plane operations share: argument checks, long-poll windows, payload scope."""

from __future__ import annotations

import inspect
import math
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx
from durable_workflow_api.models.worker_register_runtime import WORKER_REGISTER_RUNTIME_VALUES

from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Plane, Request
from durable_workflow.codec._constants import AVRO_CODEC

if TYPE_CHECKING:
    from durable_workflow.client._payloads import PayloadCodec

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


def poll_body(
    *,
    worker_id: str,
    task_queue: str,
    window: int,
    build_id: str | None,
    poll_request_id: str | None,
    id_prefix: str,
) -> dict[str, Any]:
    """The fields every task poll sends, checked; a fresh ``poll_request_id`` when none is given."""
    body: dict[str, Any] = {
        "worker_id": _text("worker_id", worker_id),
        "task_queue": _text("task_queue", task_queue),
        "poll_request_id": (
            new_poll_request_id(id_prefix)
            if poll_request_id is None
            else _text("poll_request_id", poll_request_id)
        ),
        "timeout_seconds": window,
    }
    if build_id is not None:
        body["build_id"] = _text("build_id", build_id)
    return body


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
        from durable_workflow.codec.envelope import PayloadSerializer

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
