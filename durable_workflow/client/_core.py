"""The I/O-free heart of both clients: configuration, the exchange policy and the step protocol.

An *operation* is a generator that yields steps and returns the mapped result:

* :class:`~._transport.Request` — an HTTP call; the operation receives the
  :class:`httpx.Response`;
* :class:`~._transport.Sleep` — a pause (polling loops); receives ``None``;
* :class:`~._transport.Encode` / :class:`~._transport.Decode` — payload work; receives the
  envelope / the value.

Error answers (and payload errors) are raised *into* the operation at its ``yield`` as typed
exceptions, so an operation may catch the ones it expects.

:meth:`ClientCore.flow` turns an operation into a stream of driver steps —
:class:`~._transport.Send`, ``Sleep``, ``Encode``, ``Decode`` — adding credentials and protocol
headers, retries with back-off, metrics and error mapping on the way. A driver (see
``_drivers.py``) only performs those steps: ``httpx.Client``, ``time.sleep`` and the blocking
codec for the sync client; ``httpx.AsyncClient``, ``asyncio.sleep`` and the awaited codec for the
async one. Failures of a step (``httpx.TransportError``, payload errors) are thrown back into the
flow by the driver.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar
from urllib.parse import urlsplit

import attrs
import httpx

from durable_workflow import errors as e
from durable_workflow.client._errors import error_from_response
from durable_workflow.client._negotiation import (
    SDK_WORKER_PROTOCOL_VERSION,
    NegotiationState,
    ServerGeneration,
    capability_refusal,
    discovery_request,
    negotiate,
    route_missing,
)
from durable_workflow.client._transport import (
    CONTROL_PLANE_VERSION,
    CONTROL_PLANE_VERSION_HEADER,
    NAMESPACE_HEADER,
    WORKER_PROTOCOL_VERSION_HEADER,
    Credentials,
    Decode,
    Encode,
    Plane,
    Request,
    Send,
    Sleep,
    TransportRetryPolicy,
    clean_params,
    parse_retry_after,
    transport_status,
)
from durable_workflow.client.metrics import MetricsRecorder
from durable_workflow.codec.undecodable import UndecodablePayload

if TYPE_CHECKING:
    from durable_workflow.client._payloads import PayloadCodec
    from durable_workflow.client.types import PayloadDecoder
    from durable_workflow.codec.framing import PayloadFraming

T = TypeVar("T")

logger = logging.getLogger("durable_workflow.client")

#: Steps an operation yields.
Step: TypeAlias = Request | Sleep | Encode | Decode
#: Steps a driver performs.
DriverStep: TypeAlias = Send | Sleep | Encode | Decode
_WORKER_HEADER_LOWER = WORKER_PROTOCOL_VERSION_HEADER.lower()

#: An operation: yields steps, receives their results (responses, envelopes, values), returns T.
Operation: TypeAlias = Generator[Step, Any, T]
#: What a driver runs: driver steps in, their results sent back (or their failures thrown).
Flow: TypeAlias = Generator[DriverStep, Any, T]


def _scrub(value: Any, secrets: tuple[str, ...]) -> Any:
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "***")
        return value
    if isinstance(value, dict):
        return {k: _scrub(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, secrets) for v in value]
    return value


def decode_body(response: httpx.Response) -> Any:
    """The JSON body of ``response``; the text when it is not JSON; ``None`` when empty."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def _response_url(response: httpx.Response) -> str:
    try:
        return str(response.request.url)
    except RuntimeError:  # a response built without a request
        return "?"


def foreign_answer(response: httpx.Response, body: Any) -> e.NotADurableWorkflowServer | None:
    """:class:`NotADurableWorkflowServer` when the answer is not the server's JSON, else ``None``.

    The server answers every route (errors included) with a JSON object; an HTML page or text
    comes from something else at ``base_url`` (another web app, a proxy's error page).
    5xx answers are left to the status mapping (a proxy's 502/503 page is transient).
    """
    if response.status_code >= 500 or isinstance(body, dict) or body is None:
        return None
    content_type = response.headers.get("content-type", "")
    kind = "an HTML page" if "html" in content_type.lower() else f"{type(body).__name__} body"
    if isinstance(body, list) and "json" in content_type.lower():
        return None  # JSON, just not an object: the caller's shape check reports it
    url = _response_url(response)
    preview = body[:120] if isinstance(body, str) else body
    return e.NotADurableWorkflowServer(
        f"{url} answered {response.status_code} with {kind}, not a Durable Workflow server's "
        f"JSON (check base_url): {preview!r}",
        url=url,
        status=response.status_code,
        body=body,
    )


def json_object(response: httpx.Response | None, *, operation: str = "") -> dict[str, Any]:
    """The response body as a JSON object (else ``UnexpectedResponse``)."""
    if response is None:
        raise e.UnexpectedResponse(f"{operation or 'request'}: no response", body=None)
    body = decode_body(response)
    foreign = foreign_answer(response, body)
    if foreign is not None:
        raise foreign
    if not isinstance(body, dict):
        raise e.UnexpectedResponse(
            f"{operation or 'request'}: expected a JSON object, got {type(body).__name__}",
            status=response.status_code,
            reason="invalid_response",
            body=body,
        )
    return body


@attrs.define(repr=False, eq=False)
class ClientCore:
    """State shared by the sync and async client (no I/O): what an operation may consult.

    ``cluster_info`` caches ``GET /api/cluster/info`` once an operation fetched it.
    ``worker_protocol_version`` and ``payload_framing`` are the caller's pins (``None``:
    negotiate, see ``_negotiation.py``); ``generation`` caches what was chosen.
    """

    base_url: str
    namespace: str
    credentials: Credentials
    timeout: float
    retry_policy: TransportRetryPolicy
    metrics: MetricsRecorder
    payloads: PayloadCodec
    control_plane_version: str = CONTROL_PLANE_VERSION
    worker_protocol_version: str | None = None
    payload_framing: PayloadFraming | None = None
    state: NegotiationState = attrs.field(factory=NegotiationState)

    @property
    def cluster_info(self) -> dict[str, Any] | None:
        """The cached discovery document (``None`` until read)."""
        return self.state.cluster_info

    @cluster_info.setter
    def cluster_info(self, value: dict[str, Any] | None) -> None:
        self.state.cluster_info = value

    @property
    def generation(self) -> ServerGeneration | None:
        """The negotiated generation (``None`` until negotiated)."""
        return self.state.generation

    @generation.setter
    def generation(self, value: ServerGeneration | None) -> None:
        self.state.generation = value

    def __repr__(self) -> str:
        return f"ClientCore(base_url={self.base_url!r}, namespace={self.namespace!r})"

    # ------------------------------------------------------------------ headers

    def headers_for(self, plane: Plane) -> dict[str, str]:
        """Standard headers of ``plane``: Accept, credentials, namespace, protocol version."""
        headers = {"Accept": "application/json"}
        token = self.credentials.for_plane(plane)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        headers[NAMESPACE_HEADER] = self.namespace
        if plane is Plane.CONTROL:
            headers[CONTROL_PLANE_VERSION_HEADER] = self.control_plane_version
        elif plane is Plane.WORKER:
            headers[WORKER_PROTOCOL_VERSION_HEADER] = self.effective_worker_protocol_version
        return headers

    def prepare(self, request: Request) -> Send:
        """The :class:`Send` step for ``request`` (standard headers merged under its own)."""
        headers = self.headers_for(request.plane)
        for key, value in request.headers.items():
            if key.lower() == "authorization":
                continue
            if request.plane is Plane.WORKER and key.lower() == _WORKER_HEADER_LOWER:
                continue  # the negotiated version, not the one known when the request was built
            headers[key] = value
        return Send(
            method=request.method.upper(),
            url=request.url,
            params=clean_params(request.params),
            json=request.json,
            headers=headers,
            timeout=request.timeout,
            long_poll=request.is_long_poll,
        )

    def control_header_args(self) -> dict[str, Any]:
        """Header keyword arguments of a generated control-plane endpoint's ``_get_kwargs``."""
        return {
            "x_namespace": self.namespace,
            "x_durable_workflow_control_plane_version": self.control_plane_version,
        }

    def worker_header_args(self) -> dict[str, Any]:
        """Header keyword arguments of a generated worker-plane endpoint's ``_get_kwargs``."""
        return {
            "x_namespace": self.namespace,
            "x_durable_workflow_protocol_version": self.effective_worker_protocol_version,
        }

    # ------------------------------------------------------------------ negotiation

    @property
    def effective_worker_protocol_version(self) -> str:
        """The worker protocol version sent now: negotiated, else pinned, else the newest."""
        if self.generation is not None and self.generation.worker_protocol_version:
            return self.generation.worker_protocol_version
        return self.worker_protocol_version or SDK_WORKER_PROTOCOL_VERSION

    def known_generation(self) -> ServerGeneration | None:
        """The chosen generation when known without I/O (negotiated, or both choices pinned)."""
        if self.generation is None and (
            self.worker_protocol_version is not None and self.payload_framing is not None
        ):
            self.generation = negotiate(
                self.cluster_info,
                worker_protocol_version=self.worker_protocol_version,
                payload_framing=self.payload_framing,
                source="pinned",
            )
        return self.generation

    def negotiated(self) -> Flow[ServerGeneration]:
        """The chosen generation, reading discovery once when something is not pinned."""
        known = self.known_generation()
        if known is not None:
            return known
        info = self.cluster_info
        source: str | None = None
        if info is None:
            try:
                response = yield from self.exchange(discovery_request(self.namespace))
            except e.ServerError as exc:
                if not self.discovery_refusal_is_final(exc):
                    raise
                logger.warning(
                    "discovery refused (%s); speaking the current server generation", exc
                )
                source = "default"
            else:
                body = decode_body(response)
                if isinstance(body, dict):
                    info = body
                    self.cluster_info = body
                else:
                    source = "default"
        return self.adopt(info, source)

    def adopt(self, info: dict[str, Any] | None, source: str | None = None) -> ServerGeneration:
        """Choose from ``info`` (``None``: discovery unavailable) and the pins; cache it."""
        self.generation = negotiate(
            info,
            worker_protocol_version=self.worker_protocol_version,
            payload_framing=self.payload_framing,
            source=source,
        )
        logger.debug("negotiated %s", self.generation)
        return self.generation

    @staticmethod
    def discovery_refusal_is_final(exc: e.ServerError) -> bool:
        """Whether a refused discovery read means "use the defaults" (a 4xx other than 429)."""
        return exc.status is not None and 400 <= exc.status < 500 and exc.status != 429

    def _encode_framing(self) -> Flow[str]:
        if self.payload_framing is not None:
            return self.payload_framing.value
        generation = yield from self.negotiated()
        return generation.payload_framing.value

    def _before_worker_request(self, request: Request) -> Flow[None]:
        if self.worker_protocol_version is not None:
            return
        generation = yield from self.negotiated()
        if generation.worker_protocol_version is None:
            raise e.UnsupportedByServer(
                f"{request.operation or 'worker request'}: the server speaks worker protocol "
                f"{generation.advertised_worker_protocol_version}, a major version this SDK "
                f"does not speak (it speaks 1.0 to {SDK_WORKER_PROTOCOL_VERSION})",
                method=request.operation or f"{request.method} {request.url}",
                server_version=generation.server_version,
                missing=f"worker protocol 1.x (server: "
                f"{generation.advertised_worker_protocol_version})",
            )

    # ------------------------------------------------------------------ one call, with retries

    def exchange(self, request: Request) -> Flow[httpx.Response]:
        """Perform ``request`` with retries; return its response or raise a typed error."""
        send = self.prepare(request)
        policy = self.retry_policy
        idempotent = request.is_idempotent
        operation = request.operation or f"{send.method} {send.url}"
        plane = request.plane.value
        first_started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = yield send
            except httpx.TransportError as exc:
                status = transport_status(exc)
                self._record(operation, plane, send.method, status, started)
                logger.debug(
                    "%s %s failed: %s (attempt %d)", send.method, send.url, status, attempt
                )
                if policy.is_retryable_exception(exc, idempotent=idempotent):
                    delay = policy.delay_before_retry(
                        attempt=attempt, elapsed=time.monotonic() - first_started
                    )
                    if delay is not None:
                        self._retrying(operation, plane, send, status, attempt, delay)
                        yield Sleep(delay)
                        continue
                raise self._transport_error(exc, send, attempt) from exc
            if not isinstance(response, httpx.Response):  # pragma: no cover - driver bug
                raise TypeError(f"{operation}: the driver answered a Send with {response!r}")
            status_code = response.status_code
            self._record(operation, plane, send.method, str(status_code), started)
            logger.debug("%s %s -> %d (attempt %d)", send.method, send.url, status_code, attempt)
            if status_code < 400 or status_code in request.ok_statuses:
                return response
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if policy.is_retryable_status(status_code, idempotent=idempotent):
                delay = policy.delay_before_retry(
                    attempt=attempt,
                    elapsed=time.monotonic() - first_started,
                    retry_after=retry_after,
                )
                if delay is not None:
                    self._retrying(operation, plane, send, str(status_code), attempt, delay)
                    yield Sleep(delay)
                    continue
            raise self.error_for(response, request, retry_after=retry_after)

    def error_for(
        self, response: httpx.Response, request: Request, *, retry_after: float | None = None
    ) -> e.ServerError:
        """The typed exception for an error ``response`` to ``request`` (tokens scrubbed)."""
        secrets = self.credentials.secrets()
        body = _scrub(decode_body(response), secrets)
        foreign = foreign_answer(response, body)
        if foreign is not None:
            return foreign
        missing = route_missing(
            request.operation or f"{request.method} {request.url}",
            request.method.upper(),
            request.url,
            response.status_code,
            body,
            self.cluster_info,
        )
        if missing is not None:
            return missing
        exc = error_from_response(
            response.status_code,
            body,
            command=request.command,
            not_found=request.not_found,
            retry_after=retry_after,
        )
        return exc

    def _transport_error(
        self, exc: httpx.TransportError, send: Send, attempts: int
    ) -> e.TransportError:
        secrets = self.credentials.secrets()
        detail = _scrub(str(exc) or type(exc).__name__, secrets)
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        message = f"{send.method} {send.url} failed{tries}: {detail}"
        if isinstance(exc, httpx.ConnectError):
            host, port = self.address()
            return e.ConnectionFailed(
                f"could not connect to the server at {host}:{port} ({self.base_url}): "
                f"{send.method} {send.url} failed{tries}: {detail}",
                host=host,
                port=port,
            )
        if isinstance(exc, httpx.TimeoutException):
            return e.TransportTimeout(message)
        return e.TransportError(message)

    def address(self) -> tuple[str, int]:
        """The host and port of :attr:`base_url` (the scheme's default port when none is set)."""
        parts = urlsplit(self.base_url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return parts.hostname or "", port

    def _record(self, operation: str, plane: str, method: str, status: str, started: float) -> None:
        try:
            self.metrics.record_request(
                operation=operation,
                plane=plane,
                method=method,
                status=status,
                duration_seconds=time.perf_counter() - started,
            )
        except Exception:  # a broken recorder must not break requests
            logger.warning("metrics recorder failed in record_request", exc_info=True)

    def _retrying(
        self, operation: str, plane: str, send: Send, status: str, attempt: int, delay: float
    ) -> None:
        try:
            self.metrics.record_retry(
                operation=operation,
                plane=plane,
                status=status,
                attempt=attempt,
                delay_seconds=delay,
            )
        except Exception:  # a broken recorder must not break requests
            logger.warning("metrics recorder failed in record_retry", exc_info=True)
        logger.info(
            "retrying %s %s after %s in %.3fs (attempt %d failed)",
            send.method,
            send.url,
            status,
            delay,
            attempt,
        )

    # ------------------------------------------------------------------ whole operations

    def flow(self, operation: Operation[T]) -> Flow[T]:
        """Drive ``operation``: expand each :class:`Request` via :meth:`exchange`."""
        reply: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    step = operation.send(reply) if error is None else operation.throw(error)
                except StopIteration as stop:
                    result: T = stop.value
                    return result
                reply, error = None, None
                if isinstance(step, Request):
                    try:
                        refusal = capability_refusal(step.operation, self.cluster_info)
                        if refusal is not None:
                            raise refusal
                        if step.plane is Plane.WORKER:
                            yield from self._before_worker_request(step)
                        reply = yield from self.exchange(step)
                    except e.DurableWorkflowError as exc:
                        error = exc
                elif isinstance(step, Encode):
                    try:
                        if step.framing is None:
                            step = attrs.evolve(step, framing=(yield from self._encode_framing()))
                        reply = yield step
                    except e.DurableWorkflowError as exc:
                        error = exc
                elif isinstance(step, Sleep | Decode):
                    try:
                        reply = yield step
                    except e.DurableWorkflowError as exc:
                        error = exc
                else:
                    raise TypeError(
                        f"an operation yielded {type(step).__name__}, not a step "
                        "(Request, Sleep, Encode, Decode)"
                    )
        finally:
            operation.close()


# --------------------------------------------------------------------------- payload helpers


def encode(value: Any, *, kind: str = "input", path: str = "input") -> Operation[dict[str, Any]]:
    """Encode ``value`` through the driver (``envelope = yield from encode(value)``)."""
    envelope: dict[str, Any] = yield Encode(value, kind=kind, path=path)
    return envelope


def decode_or_keep(payload: Any, codec: str | None) -> Operation[Any]:
    """Decode ``payload``; when it cannot be decoded, an :class:`UndecodablePayload` keeping it.

    For reads: one payload in a framing or codec the SDK cannot read must not fail the whole
    answer; the stand-in raises the typed error when the caller uses the value.
    """
    try:
        return (yield Decode(payload, codec))
    except e.PayloadError as exc:
        logger.debug("keeping an undecodable payload: %s", exc)
        return UndecodablePayload(payload, codec, exc)


def predecode(payloads: Iterable[Any], codec: str | None) -> Operation[PayloadDecoder]:
    """Decode each non-``None`` payload through the driver; return a decoder for ``from_wire``.

    A payload that cannot be decoded maps to an :class:`UndecodablePayload` (see
    :func:`decode_or_keep`); ``from_wire`` prefers the server's own decoded value then.

    ``from_wire(data, decode=(yield from predecode([data.get("x_envelope")], codec)))`` lets a
    mapper stay synchronous while decoding (and any external-storage fetch) is driver I/O.
    The returned decoder answers only for the payload objects given here.
    """
    decoded: dict[int, tuple[Any, Any]] = {}
    for payload in payloads:
        if payload is not None and id(payload) not in decoded:
            value = yield from decode_or_keep(payload, codec)
            decoded[id(payload)] = (payload, value)

    def decode(payload: Any, _codec: str | None) -> Any:
        entry = decoded.get(id(payload))
        if entry is None or entry[0] is not payload:
            raise e.PayloadError(
                "internal error: a payload was not decoded before mapping the response"
            )
        return entry[1]

    return decode
