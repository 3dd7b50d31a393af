"""The two client classes, assembled from one mixin per area (see ``client/__init__.py``)."""

from __future__ import annotations

import inspect
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from durable_workflow.client._core import ClientCore
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._negotiation import checked_worker_protocol_version
from durable_workflow.client._payloads import (
    DEFAULT_PAYLOAD_SIZE_BYTES,
    DEFAULT_WARNING_THRESHOLD_PERCENT,
    default_payload_codec,
)
from durable_workflow.client._transport import (
    Credentials,
    TransportRetryPolicy,
    header_safe,
    normalize_base_url,
)
from durable_workflow.client.metrics import NOOP_METRICS, MetricsRecorder
from durable_workflow.client.ops.activities import AsyncActivities, SyncActivities
from durable_workflow.client.ops.bridge import AsyncBridge, SyncBridge
from durable_workflow.client.ops.discovery import AsyncDiscovery, SyncDiscovery
from durable_workflow.client.ops.namespaces import AsyncNamespaces, SyncNamespaces
from durable_workflow.client.ops.schedule_controls import (
    AsyncScheduleControls,
    SyncScheduleControls,
)
from durable_workflow.client.ops.schedule_history import AsyncScheduleHistory, SyncScheduleHistory
from durable_workflow.client.ops.schedules import AsyncSchedules, SyncSchedules
from durable_workflow.client.ops.search_attributes import (
    AsyncSearchAttributes,
    SyncSearchAttributes,
)
from durable_workflow.client.ops.storage import AsyncStorage, SyncStorage
from durable_workflow.client.ops.system import AsyncSystem, SyncSystem
from durable_workflow.client.ops.task_queues import AsyncTaskQueues, SyncTaskQueues
from durable_workflow.client.ops.worker_plane import AsyncWorkerPlane, SyncWorkerPlane
from durable_workflow.client.ops.workers import AsyncWorkers, SyncWorkers
from durable_workflow.client.ops.workflow_commands import (
    AsyncWorkflowCommands,
    SyncWorkflowCommands,
)
from durable_workflow.client.ops.workflow_history import AsyncWorkflowHistory, SyncWorkflowHistory
from durable_workflow.client.ops.workflows import AsyncWorkflows, SyncWorkflows
from durable_workflow.errors import ConfigurationError

if TYPE_CHECKING:
    from durable_workflow.codec.framing import PayloadFraming

DEFAULT_TIMEOUT_SECONDS = 60.0


def _framing(name: str) -> PayloadFraming:
    from durable_workflow.codec.framing import PayloadFraming

    return PayloadFraming.parse(name)


def _http_options(
    core: ClientCore, timeout: float | httpx.Timeout, limits: httpx.Limits | None
) -> dict[str, Any]:
    if limits is not None and not isinstance(limits, httpx.Limits):
        raise ConfigurationError(f"limits must be an httpx.Limits, got {limits!r}")
    options: dict[str, Any] = {
        "base_url": core.base_url,
        "timeout": timeout if isinstance(timeout, httpx.Timeout) else core.timeout,
    }
    if limits is not None:
        options["limits"] = limits
    return options


def _poll_limits(limits: httpx.Limits | None) -> httpx.Limits:
    """The long-poll pool's limits: one connection per open poll (no cap), few kept idle."""
    keepalive = limits.max_keepalive_connections if limits is not None else None
    return httpx.Limits(
        max_connections=None,
        max_keepalive_connections=keepalive if keepalive is not None else 20,
    )


def _build_core(
    base_url: str,
    *,
    token: str | None,
    control_token: str | None,
    worker_token: str | None,
    namespace: str,
    timeout: float | httpx.Timeout,
    retry_policy: TransportRetryPolicy | None,
    metrics: MetricsRecorder | None,
    payload_size_limit_bytes: int,
    payload_size_warning_threshold_percent: int,
    payload_size_warnings: bool,
    external_storage: Any,
    external_storage_threshold_bytes: int | None,
    external_storage_cache: Any,
    worker_protocol_version: str | None,
    payload_framing: str | None,
) -> ClientCore:
    if not isinstance(namespace, str) or not namespace.strip():
        raise ConfigurationError("namespace must be a non-empty string")
    if not header_safe(namespace):
        raise ConfigurationError(
            f"namespace must be visible ASCII characters without spaces (it is sent as the "
            f"X-Namespace header), got {namespace!r}"
        )
    if isinstance(timeout, httpx.Timeout):
        timeout = timeout.read if timeout.read is not None else DEFAULT_TIMEOUT_SECONDS
    if not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}"
        )
    if payload_size_limit_bytes < 1:
        raise ConfigurationError("payload_size_limit_bytes must be at least 1")
    if not 0 < payload_size_warning_threshold_percent <= 100:
        raise ConfigurationError("payload_size_warning_threshold_percent must be in 1..100")
    if external_storage_threshold_bytes is not None and external_storage_threshold_bytes < 1:
        raise ConfigurationError("external_storage_threshold_bytes must be at least 1 when given")
    if retry_policy is not None and not isinstance(retry_policy, TransportRetryPolicy):
        raise ConfigurationError("retry_policy must be a TransportRetryPolicy")
    if (token or control_token or worker_token) and "@" in urlsplit(base_url.strip()).netloc:
        # httpx would turn the URL's user:password into an ``Authorization: Basic`` header that
        # silently replaces the bearer token; the server authenticates with the token only.
        raise ConfigurationError(
            "base_url carries credentials (user:password@) and a token was given: the request "
            "can carry only one Authorization header; remove the credentials from base_url"
        )
    return ClientCore(
        worker_protocol_version=checked_worker_protocol_version(worker_protocol_version),
        payload_framing=None if payload_framing is None else _framing(payload_framing),
        base_url=normalize_base_url(base_url),
        namespace=namespace,
        credentials=Credentials(
            token=token or None,
            control_token=control_token or None,
            worker_token=worker_token or None,
        ),
        timeout=float(timeout),
        retry_policy=retry_policy or TransportRetryPolicy(),
        metrics=metrics or NOOP_METRICS,
        payloads=default_payload_codec(
            payload_size_limit_bytes=payload_size_limit_bytes,
            payload_size_warning_threshold_percent=payload_size_warning_threshold_percent,
            payload_size_warnings=payload_size_warnings,
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
            external_storage_cache=external_storage_cache,
        ),
    )


class AsyncClient(
    AsyncDiscovery,
    AsyncNamespaces,
    AsyncStorage,
    AsyncSystem,
    AsyncTaskQueues,
    AsyncSearchAttributes,
    AsyncWorkers,
    AsyncWorkflows,
    AsyncWorkflowHistory,
    AsyncWorkflowCommands,
    AsyncActivities,
    AsyncBridge,
    AsyncSchedules,
    AsyncScheduleControls,
    AsyncScheduleHistory,
    AsyncWorkerPlane,
    AsyncBase,
):
    """Async HTTP client for Durable Workflow control-plane and worker APIs.

    ``base_url`` is the server root (``http://localhost:8080``) or a managed-runtime prefix; the
    client appends ``/api`` itself, so the URL must not end in ``/api`` nor carry a query or
    fragment. Tokens: ``token`` is the shared credential; ``control_token`` (control plane) and
    ``worker_token`` (worker plane) take precedence on their plane. ``namespace`` is sent as
    ``X-Namespace`` on every call. ``retry_policy`` (a :class:`TransportRetryPolicy`) governs
    transport retries, ``metrics`` receives per-request measurements. The payload settings
    (size limit and warning, external storage and its threshold and cache) apply to every value
    the client encodes. ``transport`` optionally replaces the httpx transport (tests, ASGI apps).
    ``timeout`` (seconds, or an ``httpx.Timeout``) bounds each request; ``limits`` (an
    ``httpx.Limits``) sizes the connection pool.

    The server generation is negotiated from discovery on first need (see
    :attr:`server_generation`): the worker protocol version sent and the payload framing
    written. ``worker_protocol_version`` (``"1.0"`` .. ``"1.20"``) and ``payload_framing``
    (``"avro-value-v1"`` or ``"avro-legacy"``) pin them instead.

    The client owns two ``httpx.AsyncClient`` connection pools: one for ordinary calls (sized
    by ``limits``) and one, opened on first use, for requests the server holds open (worker
    task polls, result waits), with one connection per open poll, so ordinary calls never wait
    behind polls. The client belongs to the event loop of its first call. Use it as an async
    context manager or call :meth:`aclose` when finished.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        control_token: str | None = None,
        worker_token: str | None = None,
        namespace: str = "default",
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT_SECONDS,
        limits: httpx.Limits | None = None,
        retry_policy: TransportRetryPolicy | None = None,
        metrics: MetricsRecorder | None = None,
        payload_size_limit_bytes: int = DEFAULT_PAYLOAD_SIZE_BYTES,
        payload_size_warning_threshold_percent: int = DEFAULT_WARNING_THRESHOLD_PERCENT,
        payload_size_warnings: bool = True,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
        external_storage_cache: Any = None,
        worker_protocol_version: str | None = None,
        payload_framing: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._core = _build_core(
            base_url,
            token=token,
            control_token=control_token,
            worker_token=worker_token,
            namespace=namespace,
            timeout=timeout,
            retry_policy=retry_policy,
            metrics=metrics,
            payload_size_limit_bytes=payload_size_limit_bytes,
            payload_size_warning_threshold_percent=payload_size_warning_threshold_percent,
            payload_size_warnings=payload_size_warnings,
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
            external_storage_cache=external_storage_cache,
            worker_protocol_version=worker_protocol_version,
            payload_framing=payload_framing,
        )
        self._http_options = _http_options(self._core, timeout, limits)
        self._transport = transport
        self._poll_limits = _poll_limits(limits)
        self._http = httpx.AsyncClient(**self._http_options, transport=transport)

    def _new_poll_pool(self) -> httpx.AsyncClient:
        options = {**self._http_options, "limits": self._poll_limits}
        return httpx.AsyncClient(**options, transport=self._transport)

    @property
    def base_url(self) -> str:
        """The normalised server root (without ``/api``), credentials in it included.

        Reprs, logs and error messages show it with any ``user:password@`` part as ``***@``.
        """
        return self._core.base_url

    @property
    def namespace(self) -> str:
        """The namespace sent with every request."""
        return self._core.namespace

    @property
    def retry_policy(self) -> TransportRetryPolicy:
        """The transport retry policy in use."""
        return self._core.retry_policy

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self._core.display_url!r}, namespace={self.namespace!r})"

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` was called (every later call raises ``ClientClosed``)."""
        return self._closed

    async def aclose(self) -> None:
        """Close the client's connection pools.

        Equivalent to exiting the async-context-manager form of the client. Safe to call
        multiple times. Calls still in flight end with
        :class:`~durable_workflow.errors.ClientClosed` (never retried); later calls raise it
        at once.
        """
        self._closed = True
        self._cancel_in_flight()
        await self._http.aclose()
        if self._poll_http is not None:
            await self._poll_http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class SyncClient(
    SyncDiscovery,
    SyncNamespaces,
    SyncStorage,
    SyncSystem,
    SyncTaskQueues,
    SyncSearchAttributes,
    SyncWorkers,
    SyncWorkflows,
    SyncWorkflowHistory,
    SyncWorkflowCommands,
    SyncActivities,
    SyncBridge,
    SyncSchedules,
    SyncScheduleControls,
    SyncScheduleHistory,
    SyncWorkerPlane,
    SyncBase,
):
    """Blocking HTTP client for Durable Workflow control-plane and worker APIs.

    Same constructor and methods as :class:`AsyncClient`, without ``await``. It performs
    blocking I/O with one ``httpx.Client`` and never starts an event loop or a thread, so it
    also works inside a running event loop (for example in a Jupyter cell).

    Use it as a context manager or call :meth:`close` when finished.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        control_token: str | None = None,
        worker_token: str | None = None,
        namespace: str = "default",
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT_SECONDS,
        limits: httpx.Limits | None = None,
        retry_policy: TransportRetryPolicy | None = None,
        metrics: MetricsRecorder | None = None,
        payload_size_limit_bytes: int = DEFAULT_PAYLOAD_SIZE_BYTES,
        payload_size_warning_threshold_percent: int = DEFAULT_WARNING_THRESHOLD_PERCENT,
        payload_size_warnings: bool = True,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
        external_storage_cache: Any = None,
        worker_protocol_version: str | None = None,
        payload_framing: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if external_storage is not None and any(
            inspect.iscoroutinefunction(getattr(external_storage, name, None))
            for name in ("put", "get")
        ):
            raise ConfigurationError(
                "SyncClient needs a synchronous external_storage (put/get are coroutines here); "
                "use AsyncClient with an async storage"
            )
        self._core = _build_core(
            base_url,
            token=token,
            control_token=control_token,
            worker_token=worker_token,
            namespace=namespace,
            timeout=timeout,
            retry_policy=retry_policy,
            metrics=metrics,
            payload_size_limit_bytes=payload_size_limit_bytes,
            payload_size_warning_threshold_percent=payload_size_warning_threshold_percent,
            payload_size_warnings=payload_size_warnings,
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
            external_storage_cache=external_storage_cache,
            worker_protocol_version=worker_protocol_version,
            payload_framing=payload_framing,
        )
        self._http_options = _http_options(self._core, timeout, limits)
        self._transport = transport
        self._poll_limits = _poll_limits(limits)
        self._http = httpx.Client(**self._http_options, transport=transport)

    def _new_poll_pool(self) -> httpx.Client:
        options = {**self._http_options, "limits": self._poll_limits}
        return httpx.Client(**options, transport=self._transport)

    @property
    def base_url(self) -> str:
        """The normalised server root (without ``/api``), credentials in it included.

        Reprs, logs and error messages show it with any ``user:password@`` part as ``***@``.
        """
        return self._core.base_url

    @property
    def namespace(self) -> str:
        """The namespace sent with every request."""
        return self._core.namespace

    @property
    def retry_policy(self) -> TransportRetryPolicy:
        """The transport retry policy in use."""
        return self._core.retry_policy

    def __repr__(self) -> str:
        return f"SyncClient(base_url={self._core.display_url!r}, namespace={self.namespace!r})"

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called (every later call raises ``ClientClosed``)."""
        return self._closed

    def close(self) -> None:
        """Close the client's connection pools.

        Equivalent to exiting the context-manager form of the client. Safe to call multiple
        times. Later calls raise :class:`~durable_workflow.errors.ClientClosed`.
        """
        self._closed = True
        self._http.close()
        if self._poll_http is not None:
            self._poll_http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


Client = AsyncClient
