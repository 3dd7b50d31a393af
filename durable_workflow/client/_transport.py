"""Transport policy: base URL, credentials, protocol headers, step types, retries.

Nothing here does I/O. An operation describes each HTTP call as a :class:`Request` (and each
pause, payload encoding or decoding as a :class:`Sleep`, :class:`Encode` or :class:`Decode`
step); the client core turns requests into :class:`Send` steps (adding authentication,
namespace and version headers and applying :class:`TransportRetryPolicy`), and a driver (sync or
async) performs the steps.
"""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import quote, urlsplit

import attrs
import httpx

from durable_workflow.errors import ConfigurationError, CredentialsError, NotFound

API_PREFIX = "/api"
CONTROL_PLANE_VERSION = "2"
CONTROL_PLANE_VERSION_HEADER = "X-Durable-Workflow-Control-Plane-Version"
WORKER_PROTOCOL_VERSION = "1.20"
WORKER_PROTOCOL_VERSION_HEADER = "X-Durable-Workflow-Protocol-Version"
NAMESPACE_HEADER = "X-Namespace"
MIN_SCRUBBED_SECRET_LENGTH = 8

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

#: ``POST`` operations the protocol makes safe to repeat (see :class:`TransportRetryPolicy`).
IDEMPOTENT_POST_OPERATIONS = frozenset(
    {
        "query_workflow",
        "signal_workflow",
        "update_workflow",
        "drain_task_queue_build_id",
        "resume_task_queue_build_id",
        "promote_task_queue_build_id",
        "poll_workflow_task",
        "poll_activity_task",
        "poll_query_task",
        "heartbeat_worker",
        "heartbeat_activity_task",
        "heartbeat_workflow_task",
        "workflow_task_history",
    }
)

#: Operations whose requests the server may hold open (long polls). They travel on a
#: connection pool of their own, so control-plane calls never queue behind open polls.
LONG_POLL_OPERATIONS = frozenset(
    {"poll_workflow_task", "poll_activity_task", "poll_query_task", "wait_for_result"}
)


def normalize_base_url(base_url: str) -> str:
    """Check and normalise the server root URL the client appends ``/api`` to.

    ``base_url`` is the server root (``http://localhost:8080``) or a managed-runtime prefix
    (``https://host/runtime/abc``); a path prefix is kept as written, trailing slashes are
    dropped. It must be an absolute ``http``/``https`` URL, must not already end in ``/api``
    (the client owns that segment) and must not carry a query string or fragment.

    Raises :class:`~durable_workflow.errors.ConfigurationError` otherwise.
    """
    if not isinstance(base_url, str) or not base_url.strip():
        raise ConfigurationError("base_url must be a non-empty URL such as 'http://localhost:8080'")
    text = base_url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"base_url must be an absolute http(s) URL such as 'http://localhost:8080', "
            f"got {text!r}"
        )
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise ConfigurationError(
            "base_url must not include a query string or fragment; pass only the server root "
            "or managed-runtime prefix"
        )
    if parts.path.rstrip("/").endswith(API_PREFIX):
        raise ConfigurationError(
            "base_url must be the server root without the trailing '/api'; the client appends "
            "'/api' to every request itself"
        )
    return text.rstrip("/")


def path_segment(value: str) -> str:
    """Percent-encode one path segment taken from a caller's argument (ids, names)."""
    return quote(str(value), safe="")


class Plane(StrEnum):
    """Which protocol surface a request belongs to; decides credential and version headers."""

    CONTROL = "control"
    WORKER = "worker"
    DISCOVERY = "discovery"


@attrs.frozen(repr=False)
class Credentials:
    """The bearer tokens a client holds. Never shown by ``repr``.

    * control plane: ``control_token``, else ``token``; refused when only ``worker_token`` is set;
    * worker plane: ``worker_token``, else ``token`` (never ``control_token``); refused when only
      ``control_token`` is set;
    * discovery (``GET /api/cluster/info``): ``worker_token``, else ``control_token``, else
      ``token``.

    With no token at all, requests carry no ``Authorization`` header (servers with auth off).
    """

    token: str | None = None
    control_token: str | None = None
    worker_token: str | None = None

    def for_plane(self, plane: Plane) -> str | None:
        """The token to send on ``plane`` (``None``: send none).

        Raises :class:`~durable_workflow.errors.CredentialsError` when the client only holds a
        token of the other plane.
        """
        if plane is Plane.CONTROL:
            chosen = self.control_token or self.token
            if not chosen and self.worker_token:
                raise CredentialsError(
                    "control-plane requests need control_token or the shared token; "
                    "worker_token cannot authorize control-plane operations"
                )
            return chosen or None
        if plane is Plane.WORKER:
            chosen = self.worker_token or self.token
            if not chosen and self.control_token:
                raise CredentialsError(
                    "worker-plane requests need worker_token or the shared token; "
                    "control_token cannot authorize worker-plane operations"
                )
            return chosen or None
        return self.worker_token or self.control_token or self.token or None

    def secrets(self) -> tuple[str, ...]:
        """The configured tokens long enough to scrub from error text (8+ characters).

        Shorter values are skipped: replacing them would mangle ordinary words of the answer.
        """
        tokens = (self.token, self.control_token, self.worker_token)
        return tuple(t for t in tokens if t and len(t) >= MIN_SCRUBBED_SECRET_LENGTH)

    def __repr__(self) -> str:
        def state(value: str | None) -> str:
            return "'***'" if value else "None"

        return (
            f"Credentials(token={state(self.token)}, control_token={state(self.control_token)}, "
            f"worker_token={state(self.worker_token)})"
        )


def _headers_repr(headers: Mapping[str, str]) -> str:
    shown = {k: ("***" if k.lower() == "authorization" else v) for k, v in headers.items()}
    return repr(shown)


@attrs.frozen
class Request:
    """Description of one HTTP call made by an operation (no I/O).

    The first five fields are exactly what a generated endpoint's ``_get_kwargs(...)`` returns
    (``method``, ``url`` including the ``/api`` prefix, ``params``, ``json``, ``headers``); use
    :meth:`from_kwargs` to wrap that dict. The remaining fields tell the transport how to treat
    the call:

    ``operation``
        client method name, used for metrics and logs;
    ``plane``
        :class:`Plane` — decides the token and protocol headers;
    ``idempotent``
        ``True``/``False`` overrides the default (GET/HEAD/PUT/DELETE and the POST operations
        in :data:`IDEMPOTENT_POST_OPERATIONS` yes, other POSTs no); see
        :class:`TransportRetryPolicy` for what that changes;
    ``timeout``
        per-request time-out in seconds (long polls), else the client's;
    ``command``
        ``"signal"``/``"query"``/``"update"`` for those commands (error mapping);
    ``not_found``
        the :class:`~durable_workflow.errors.NotFound` subclass a reason-less 404 means here;
    ``ok_statuses``
        error statuses handed back to the operation as a response instead of being raised.
    """

    method: str
    url: str
    params: Mapping[str, Any] | None = None
    json: Any = None
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=_headers_repr)
    operation: str = ""
    plane: Plane = Plane.CONTROL
    idempotent: bool | None = None
    timeout: float | None = None
    command: str | None = None
    not_found: type[NotFound] = NotFound
    ok_statuses: frozenset[int] = frozenset()

    @property
    def is_long_poll(self) -> bool:
        """Whether the server may hold this request open (see :data:`LONG_POLL_OPERATIONS`)."""
        return self.operation in LONG_POLL_OPERATIONS

    @classmethod
    def from_kwargs(cls, kwargs: Mapping[str, Any], **options: Any) -> Request:
        """Wrap the dict returned by a generated endpoint's ``_get_kwargs(...)``."""
        return cls(
            method=str(kwargs["method"]).upper(),
            url=str(kwargs["url"]),
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            headers=dict(kwargs.get("headers") or {}),
            **options,
        )

    @property
    def is_idempotent(self) -> bool:
        """Whether repeating this request is safe: the explicit flag, else by method or name."""
        if self.idempotent is not None:
            return self.idempotent
        return self.method.upper() in _SAFE_METHODS or self.operation in IDEMPOTENT_POST_OPERATIONS


@attrs.frozen
class Sleep:
    """Instruction to wait ``seconds`` before continuing (polling loops and retry back-off)."""

    seconds: float


@attrs.frozen
class Encode:
    """Instruction to encode ``value`` into a payload envelope; the driver sends back the envelope.

    Encoding may store the payload externally (I/O), so it is a driver step: the sync driver
    encodes with blocking storage calls, the async driver with awaited ones. ``kind`` labels
    size warnings (``"input"``, ``"result"``, …), ``path`` names the value in conversion errors.
    ``framing`` is the payload framing to write; the client core fills in the negotiated one
    (see ``_negotiation.py``) before the driver sees the step.
    """

    value: Any
    kind: str = "payload"
    path: str = "value"
    framing: str | None = None


@attrs.frozen
class Decode:
    """Instruction to decode a payload (envelope, or raw blob tagged ``codec``) into a value.

    The driver sends back the value; fetching an external payload is the driver's I/O.
    """

    payload: Any
    codec: str | None = "avro"


@attrs.frozen
class Send:
    """A fully prepared HTTP request for a driver to perform (headers include credentials)."""

    method: str
    url: str
    params: Mapping[str, Any] | None
    json: Any
    headers: Mapping[str, str] = attrs.field(repr=_headers_repr)
    timeout: float | None = None
    long_poll: bool = False


def clean_params(params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Drop ``None`` values; render booleans as ``1``/``0`` (the server's strict boolean rule)."""
    if not params:
        return None
    result: dict[str, Any] = {}
    for key, value in params.items():
        if value is None:
            continue
        result[key] = (1 if value else 0) if isinstance(value, bool) else value
    return result or None


# --------------------------------------------------------------------------- retries

_CONNECT_PHASE_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), else ``None``."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        if math.isfinite(seconds) and seconds >= 0:
            return seconds
        return None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def _positive(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and value < 0:
        raise ConfigurationError(f"{attribute.name} must not be negative, got {value!r}")


def _at_least_one(_instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 1:
        raise ConfigurationError(f"{attribute.name} must be at least 1, got {value!r}")


@attrs.frozen
class TransportRetryPolicy:
    """Client-side retries of HTTP calls that failed for transient reasons.

    This is about HTTP transport only; it never retries workflows, workflow tasks or activities.

    **What is retried.** Connection failures, time-outs, ``429 Too Many Requests`` and ``5xx``
    answers (except ``501``/``505``). Other ``4xx`` answers are never retried.

    **Only when safe to repeat.** A request that is not idempotent is retried only when it
    certainly had no effect: the connection could not be made (connect error, connect or pool
    time-out) or the server refused it with ``429``. Idempotent requests are:

    * every ``GET``, ``HEAD``, ``PUT`` and ``DELETE``;
    * these ``POST`` operations, which the protocol makes safe to repeat:
      ``query_workflow`` (read-only), ``signal_workflow`` and ``update_workflow`` (they always
      carry a ``request_id``), the build-id calls ``drain_task_queue_build_id``,
      ``resume_task_queue_build_id`` and ``promote_task_queue_build_id`` (documented as
      idempotent), the worker-plane polls ``poll_workflow_task`` (keyed by ``poll_request_id``),
      ``poll_activity_task`` and ``poll_query_task`` (an unanswered lease expires and is
      redelivered), the heartbeats ``heartbeat_worker``, ``heartbeat_activity_task`` and
      ``heartbeat_workflow_task``, and the read-only ``workflow_task_history`` page.

    Everything else sent with ``POST`` (start, cancel, terminate, create, complete/fail task,
    schedule commands, …) is not retried after the request may have reached the server.
    The list above is :data:`IDEMPOTENT_POST_OPERATIONS`: a :class:`Request` whose
    ``operation`` is named there is idempotent; ``Request(idempotent=...)`` overrides it.

    **Back-off.** Attempt ``n`` (1-based) that failed waits a random time in
    ``[0, min(max_backoff_seconds, initial_backoff_seconds * backoff_multiplier ** (n - 1))]``
    ("full jitter"; with ``jitter=False`` the upper bound itself). A ``Retry-After`` header
    (delta-seconds or HTTP-date) replaces the computed delay; when it asks for longer than
    ``max_retry_after_seconds`` the error is raised at once (with ``retry_after`` set).

    **Bounds.** At most ``max_attempts`` attempts in total, and no retry is started whose delay
    would end after ``max_elapsed_seconds`` since the first attempt (``None``: no time bound).
    ``TransportRetryPolicy.disabled()`` makes a single attempt.
    """

    max_attempts: int = attrs.field(default=3, validator=_at_least_one)
    initial_backoff_seconds: float = attrs.field(default=0.1, validator=_positive)
    max_backoff_seconds: float = attrs.field(default=5.0, validator=_positive)
    backoff_multiplier: float = attrs.field(default=2.0, validator=_positive)
    max_elapsed_seconds: float | None = attrs.field(default=30.0, validator=_positive)
    max_retry_after_seconds: float = attrs.field(default=60.0, validator=_positive)
    jitter: bool = True
    rng: random.Random = attrs.field(factory=random.Random, eq=False, repr=False)

    @classmethod
    def disabled(cls) -> TransportRetryPolicy:
        """A policy that never retries."""
        return cls(max_attempts=1)

    def backoff_seconds(self, attempt: int) -> float:
        """Delay after failed attempt number ``attempt`` (1-based), before any ``Retry-After``."""
        exponent = max(0, attempt - 1)
        try:
            ceiling = self.initial_backoff_seconds * (self.backoff_multiplier**exponent)
        except OverflowError:
            ceiling = self.max_backoff_seconds
        ceiling = min(self.max_backoff_seconds, ceiling)
        if self.jitter:
            return self.rng.uniform(0.0, ceiling)
        return ceiling

    @staticmethod
    def is_retryable_status(status: int, *, idempotent: bool) -> bool:
        """Whether an answer with ``status`` may be retried for such a request."""
        if status == 429:
            return True
        if not idempotent:
            return False
        return status >= 500 and status not in (501, 505)

    @staticmethod
    def is_retryable_exception(exc: BaseException, *, idempotent: bool) -> bool:
        """Whether a transport failure may be retried for such a request."""
        if isinstance(exc, _CONNECT_PHASE_ERRORS):
            return True
        if not idempotent:
            return False
        return isinstance(
            exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError
        )

    def delay_before_retry(
        self, *, attempt: int, elapsed: float, retry_after: float | None = None
    ) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or ``None`` to give up.

        ``attempt`` is the number of attempts made so far, ``elapsed`` the seconds since the
        first one started, ``retry_after`` the server's ``Retry-After`` in seconds (if any).
        """
        if attempt >= self.max_attempts:
            return None
        if retry_after is not None:
            if retry_after > self.max_retry_after_seconds:
                return None
            delay = retry_after
        else:
            delay = self.backoff_seconds(attempt)
        if self.max_elapsed_seconds is not None and elapsed + delay > self.max_elapsed_seconds:
            return None
        return delay


def transport_status(exc: BaseException) -> str:
    """Metrics label for a transport failure."""
    if isinstance(exc, httpx.ConnectError):
        return "connect_error"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    return "transport_error"
