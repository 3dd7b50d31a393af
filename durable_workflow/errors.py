"""Typed exceptions raised by the SDK.

Every error the server answers with maps to one of the :class:`ServerError` subclasses below,
each carrying the HTTP ``status``, the machine-readable ``reason``, the human ``message`` and the
parsed ``body``. Transport failures (connection refused, time-outs) are :class:`TransportError`;
workflow outcomes observed by :meth:`Client.get_result` are :class:`WorkflowOutcomeError`
subclasses; payload problems are :class:`PayloadError` subclasses. All of them derive from
:class:`DurableWorkflowError`.
"""

from __future__ import annotations

from typing import Any


class DurableWorkflowError(Exception):
    """Base class of every exception raised by this SDK."""


# --------------------------------------------------------------------------- server answers


class ServerError(DurableWorkflowError):
    """The server answered with an error status.

    ``status`` is the HTTP status, ``reason`` the server's stable code (``None`` when the body
    has none), ``message`` the human text and ``body`` the decoded JSON body (or ``None``).
    ``retry_after`` is the server's ``Retry-After`` in seconds when the answer carried one
    (typically with 429 and 503).
    """

    retry_after: float | None = None

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        reason: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.reason = reason
        self.body = body

    def __str__(self) -> str:
        parts = [self.message]
        if self.status is not None or self.reason:
            detail = ", ".join(
                p for p in (str(self.status) if self.status else "", self.reason or "") if p
            )
            parts.append(f"({detail})")
        return " ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status={self.status!r}, "
            f"reason={self.reason!r})"
        )


class InvalidArgument(ServerError):
    """The request was rejected as invalid (422, 400), or the SDK refused it before sending.

    ``errors`` maps field paths to messages when the server reported them.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        reason: str | None = None,
        body: Any = None,
        errors: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message, status=status, reason=reason, body=body)
        self.errors: dict[str, list[str]] = dict(errors or {})


class Unauthorized(ServerError):
    """The token is missing or invalid (401)."""


class Forbidden(ServerError):
    """The authenticated role may not call this route (403)."""


class NotFound(ServerError):
    """The addressed resource does not exist (404)."""


class NamespaceNotFound(NotFound):
    """The namespace does not exist."""


class WorkflowNotFound(NotFound):
    """The workflow instance or run does not exist."""


class ScheduleNotFound(NotFound):
    """The schedule does not exist."""


class WorkerNotFound(NotFound):
    """The worker is not registered."""


class WorkerNotRegistered(ServerError):
    """The worker-plane call names a worker the server does not know (register it first)."""


class Conflict(ServerError):
    """The request conflicts with the current state (409)."""


class AlreadyExists(Conflict):
    """The resource to create already exists."""


class NamespaceAlreadyExists(AlreadyExists):
    """A namespace with this name already exists."""


class WorkflowAlreadyStarted(AlreadyExists):
    """A workflow with this id exists and the duplicate policy refused a new start."""


class ScheduleAlreadyExists(AlreadyExists):
    """A schedule with this id already exists."""


class SignalFailed(ServerError):
    """The signal was not accepted by the workflow."""


class QueryFailed(ServerError):
    """The query was rejected, timed out, or its handler failed."""


class UpdateRejected(ServerError):
    """The workflow's update validator rejected the update."""


class UpdateFailed(ServerError):
    """The update was accepted but its handler failed."""


class RateLimited(ServerError):
    """The server refused the request for lack of capacity (429)."""


class ServiceUnavailable(ServerError):
    """The server or a resource it needs is temporarily unavailable (503)."""


class UnsupportedProtocolVersion(ServerError):
    """The server does not speak the protocol version this SDK sends."""


class RequestTooLarge(InvalidArgument):
    """The request body exceeds the server's size limit (413); ``limit`` is that limit."""

    @property
    def limit(self) -> int | None:
        """The server's limit in bytes, when it reported one."""
        value = self.body.get("limit") if isinstance(self.body, dict) else None
        return value if isinstance(value, int) else None


class MethodNotAllowed(ServerError):
    """The route exists but not for this HTTP method (405).

    Older servers answer this way for routes they do not implement yet.
    """


class SearchAttributeNotFound(NotFound):
    """The custom search attribute does not exist."""


class ServerTimeout(ServerError):
    """The server (or a worker it waited on) did not answer in time (504)."""


class UnexpectedResponse(ServerError):
    """A success status came with a body the SDK cannot read (not JSON, or the wrong shape)."""


class ExternalPayloadError(ServerError):
    """The server could not store, fetch or verify an external payload.

    ``reason`` is one of the ``external_payload_*`` codes; ``retryable`` and ``reference_id``
    come from the body when the server sends them.
    """

    @property
    def retryable(self) -> bool | None:
        """Whether the server says a retry may succeed (``None`` when it did not say)."""
        value = self.body.get("retryable") if isinstance(self.body, dict) else None
        return value if isinstance(value, bool) else None

    @property
    def reference_id(self) -> str | None:
        """The external payload reference the error is about, when reported."""
        value = self.body.get("reference_id") if isinstance(self.body, dict) else None
        return value if isinstance(value, str) else None


class UnsupportedByServer(ServerError):
    """The connected server does not have this route or feature (an older server generation).

    ``method`` is the SDK method called, ``server_version`` the version the server reported in
    discovery (``None`` when unknown) and ``missing`` what the server lacks (a route such as
    ``DELETE /api/namespaces/{namespace}``, or a discovery capability).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        server_version: str | None,
        missing: str,
        status: int | None = None,
        reason: str | None = "unsupported_by_server",
        body: Any = None,
    ) -> None:
        super().__init__(message, status=status, reason=reason, body=body)
        self.method = method
        self.server_version = server_version
        self.missing = missing


# --------------------------------------------------------------------------- transport


class TransportError(DurableWorkflowError):
    """The request did not get an HTTP answer (connection error or time-out)."""


class ConnectionFailed(TransportError):
    """No connection to the server could be made; the request was not sent.

    ``host`` and ``port`` name the address the client tried (``None`` when unknown).
    """

    def __init__(self, message: str, *, host: str | None = None, port: int | None = None) -> None:
        super().__init__(message)
        self.host = host
        self.port = port


class TransportTimeout(TransportError):
    """The server did not answer within the client's time-out."""


# --------------------------------------------------------------------------- configuration


class ConfigurationError(DurableWorkflowError, ValueError):
    """The client was configured with values it cannot use (e.g. a malformed ``base_url``)."""


class CredentialsError(ConfigurationError):
    """No credential the client holds may call this protocol plane.

    For example, a client built with only ``worker_token`` cannot make control-plane calls.
    """


# --------------------------------------------------------------------------- workflow outcomes


class WorkflowOutcomeError(DurableWorkflowError):
    """A workflow (or standalone activity) ended in a non-success state."""

    def __init__(
        self,
        message: str,
        *,
        workflow_id: str | None = None,
        run_id: str | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.details = details


class WorkflowFailed(WorkflowOutcomeError):
    """The workflow failed; ``exception_class`` names the recorded failure type, if any."""

    def __init__(
        self,
        message: str,
        *,
        workflow_id: str | None = None,
        run_id: str | None = None,
        details: Any = None,
        exception_class: str | None = None,
    ) -> None:
        super().__init__(message, workflow_id=workflow_id, run_id=run_id, details=details)
        self.exception_class = exception_class


class WorkflowCancelled(WorkflowOutcomeError):
    """The workflow was cancelled."""


class WorkflowTerminated(WorkflowOutcomeError):
    """The workflow was terminated."""


class WorkflowTimedOut(WorkflowOutcomeError):
    """The workflow exceeded its execution or run timeout."""


# --------------------------------------------------------------------------- activities


class ActivityCancelled(DurableWorkflowError):
    """The server asked the running activity to stop."""


# --------------------------------------------------------------------------- payloads


class PayloadError(DurableWorkflowError, ValueError):
    """A payload could not be encoded or decoded. ``code`` is the protocol's error name."""

    code: str = "payload_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class UnsupportedPayloadCodec(PayloadError):
    """The payload is tagged with a codec other than ``avro``."""

    code = "unsupported_payload_codec"


class UnsupportedPayloadSchema(PayloadError):
    """The payload's schema fingerprint is not Avro Value v1."""

    code = "unsupported_payload_schema"


class InvalidPayloadFraming(PayloadError):
    """The payload bytes are not a valid single-object Avro frame."""

    code = "invalid_payload_framing"


class PayloadConversionError(PayloadError, TypeError):
    """A value cannot become an Avro Value, or a Value cannot become the asked type."""

    code = "payload_conversion_error"


class PayloadTooLarge(PayloadError):
    """An encoded payload exceeds the configured size limit."""

    code = "payload_too_large"

    def __init__(self, message: str, *, size: int, limit: int) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit


class ValueConversionError(PayloadConversionError):
    """A conversion failed at a known place inside the value.

    ``path`` locates the offending element (``input[0].items[2]``, ``value.customer["e-mail"]``)
    and ``reason`` names the problem (``integer_overflow``, ``non_finite_float``,
    ``invalid_map_key``, ``unsupported_value_type``, ``nesting_too_deep``, ``type_mismatch``,
    ``missing_field``, ``unknown_field``, ...).
    """

    def __init__(self, message: str, *, path: str, reason: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class UnsupportedPayloadReference(PayloadError):
    """An external payload reference cannot be resolved here.

    Raised for a malformed reference, a reference whose codec differs from its envelope's, a
    reference when no external storage is configured, or one the configured storage does not
    serve.
    """

    code = "unsupported_payload_reference"


class ExternalPayloadUnavailable(PayloadError):
    """The external storage could not return the referenced payload bytes."""

    code = "external_payload_unavailable"


class ExternalPayloadIntegrityError(PayloadError):
    """Externally stored payload bytes do not match their reference's size or SHA-256."""

    code = "external_payload_integrity_mismatch"


class PayloadSizeWarning(UserWarning):
    """An encoded payload reached the warning threshold of the payload size limit.

    ``size`` is the blob's UTF-8 length in bytes, ``threshold`` the warning threshold and
    ``limit`` the hard limit (all in bytes); ``kind`` says what the payload carries
    (``workflow_input``, ``activity_result``, ...).
    """

    def __init__(self, message: str, *, size: int, threshold: int, limit: int, kind: str) -> None:
        super().__init__(message)
        self.size = size
        self.threshold = threshold
        self.limit = limit
        self.kind = kind


# --------------------------------------------------------------------------- client life and waits


class ClientClosed(DurableWorkflowError, RuntimeError):
    """The client was closed: before the call, or while the call was in flight (never retried)."""


class WrongEventLoop(DurableWorkflowError, RuntimeError):
    """An :class:`~durable_workflow.AsyncClient` was used from an event loop other than its own.

    Its connection pool belongs to the loop of its first call; create one client per loop (for
    example inside the coroutine that ``asyncio.run`` runs), or use a ``SyncClient``.
    """


class NotADurableWorkflowServer(UnexpectedResponse):
    """The answer did not come from a Durable Workflow server (an HTML page, no JSON envelope).

    ``url`` is the address that answered; usually ``base_url`` points at another service or a
    proxy's error page.
    """

    def __init__(
        self,
        message: str,
        *,
        url: str,
        status: int | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, status=status, reason="not_a_durable_workflow_server", body=body)
        self.url = url


class WorkflowWaitTimeout(DurableWorkflowError, TimeoutError):
    """Waiting for a workflow's result ran past ``timeout`` (the workflow itself goes on).

    ``status`` is the workflow's last known status, ``task_queue`` its task queue and
    ``poller_count`` how many workers the server saw polling that queue (``None``: unknown).
    """

    def __init__(
        self,
        message: str,
        *,
        workflow_id: str,
        run_id: str | None = None,
        timeout: float | None = None,
        status: str | None = None,
        task_queue: str | None = None,
        poller_count: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.timeout = timeout
        self.status = status
        self.task_queue = task_queue
        self.poller_count = poller_count


class ActivityWaitTimeout(DurableWorkflowError, TimeoutError):
    """Waiting for a standalone activity's result ran past ``timeout`` (the activity goes on).

    ``activity_id`` names the activity (also its host workflow's id), ``run_id`` its host run
    and ``status`` its last known status.
    """

    def __init__(
        self,
        message: str,
        *,
        activity_id: str,
        run_id: str | None = None,
        timeout: float | None = None,
        status: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.activity_id = activity_id
        self.run_id = run_id
        self.timeout = timeout
        self.status = status


class UpdateWaitTimeout(DurableWorkflowError, TimeoutError):
    """``update(..., wait_for=...)`` returned before the update reached that stage.

    The update was accepted and goes on; ``update_id`` names it, ``update_status`` is its last
    known status and ``body`` the server's answer.
    """

    def __init__(
        self,
        message: str,
        *,
        workflow_id: str,
        update_name: str,
        update_id: str | None = None,
        update_status: str | None = None,
        wait_for: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.workflow_id = workflow_id
        self.update_name = update_name
        self.update_id = update_id
        self.update_status = update_status
        self.wait_for = wait_for
        self.body = body
