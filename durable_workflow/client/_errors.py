"""Map an HTTP error answer of the server to a typed exception.

One function, :func:`error_from_response`, decides the exception class from the status, the
body's ``reason`` (and a few other body fields) and two hints from the request that failed:
which command family it belongs to (signal, query, update) and which :class:`NotFound`
subclass a reason-less 404 means for it. Every exception carries ``status``, ``reason``,
``message`` and the decoded ``body``.

The table (reasons from the protocol's error catalog; first matching row wins):

========  ============================================================  =======================
status    condition                                                     exception
========  ============================================================  =======================
any       ``reason`` starts with ``external_payload_``                  ExternalPayloadError
any       ``reason`` is ``worker_not_registered`` (404, 412)            WorkerNotRegistered
401       —                                                             Unauthorized
403       —                                                             Forbidden
400       ``*_control_plane_version`` / ``*_protocol_version``          UnsupportedProtocolVersion
400       otherwise (``malformed_json``, …)                             InvalidArgument
404       ``namespace_not_found``                                       NamespaceNotFound
404       ``schedule_not_found``                                        ScheduleNotFound
404       ``worker_not_found``                                          WorkerNotFound
404       ``attribute_not_found``                                       SearchAttributeNotFound
404       ``instance_not_found``, ``workflow_not_found``,
          ``run_not_found``                                             WorkflowNotFound
404       ``unknown_signal``                                            SignalFailed
404       ``query_not_found``, ``rejected_unknown_query``               QueryFailed
404       ``unknown_update``                                            UpdateRejected
404       ``not_found`` (unknown route)                                 NotFound
404       otherwise                                                     the request's hint
405       —                                                             MethodNotAllowed
409       ``namespace_already_exists``                                  NamespaceAlreadyExists
409       ``schedule_already_exists``                                   ScheduleAlreadyExists
409       ``instance_already_started``, ``duplicate_not_allowed``,
          or body ``outcome == "rejected_duplicate"``                   WorkflowAlreadyStarted
409       ``attribute_already_exists``                                  AlreadyExists
409       ``update_rejected``, ``update_validator_rejected``            UpdateRejected
409       ``request_id_conflict``                                       SignalFailed/UpdateFailed
409       a query reason (``query_*``)                                  QueryFailed
409       other rejection of a signal / query / update command          SignalFailed / QueryFailed
                                                                        / UpdateRejected
409       otherwise                                                     Conflict
413       —                                                             RequestTooLarge
422       ``update_validator_rejected``                                 UpdateRejected
422       body ``update_status == "failed"``                            UpdateFailed
422       ``invalid_signal_arguments``                                  SignalFailed
422       ``invalid_query_arguments``                                   QueryFailed
400-499   other 4xx with a body (415, 422, …)                           InvalidArgument (+errors)
429       —                                                             RateLimited
503       —                                                             ServiceUnavailable
504       a query reason                                                QueryFailed
504       otherwise                                                     ServerTimeout
other     —                                                             ServerError
========  ============================================================  =======================

The command family comes from the body's ``control_plane.operation`` when present, else from
the request. ``InvalidArgument.errors`` is filled from ``errors`` or ``validation_errors``.
"""

from __future__ import annotations

from typing import Any

from durable_workflow import errors as e

_VERSION_REASONS = frozenset(
    {
        "missing_control_plane_version",
        "unsupported_control_plane_version",
        "missing_protocol_version",
        "unsupported_protocol_version",
    }
)
_WORKFLOW_NOT_FOUND_REASONS = frozenset(
    {"instance_not_found", "workflow_not_found", "run_not_found"}
)
_QUERY_NOT_FOUND_REASONS = frozenset({"query_not_found", "rejected_unknown_query"})
_DUPLICATE_START_REASONS = frozenset({"instance_already_started", "duplicate_not_allowed"})
_UPDATE_REJECTED_REASONS = frozenset({"update_rejected", "update_validator_rejected"})
_COMMANDS = frozenset({"signal", "query", "update"})


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def error_message(status: int, body: Any) -> str:
    """The human text of an error body: ``message``, else ``error``, else a generic line."""
    if isinstance(body, dict):
        for key in ("message", "error", "failure_message"):
            text = _text(body.get(key))
            if text is not None:
                return text
        reason = _text(body.get("reason"))
        if reason is not None:
            return f"HTTP {status}: {reason}"
    elif isinstance(body, str) and body.strip():
        snippet = body.strip()
        return f"HTTP {status}: {snippet[:200]}"
    return f"HTTP {status}"


def validation_errors(body: Any) -> dict[str, list[str]]:
    """Field path -> messages from ``errors`` (or ``validation_errors``); ``{}`` when absent.

    PHP servers encode an empty map as ``[]``; that and any other non-object shape give ``{}``.
    """
    if not isinstance(body, dict):
        return {}
    for key in ("errors", "validation_errors"):
        raw = body.get(key)
        if isinstance(raw, dict) and raw:
            result: dict[str, list[str]] = {}
            for field, messages in raw.items():
                if isinstance(messages, list):
                    result[str(field)] = [str(m) for m in messages]
                elif messages is not None:
                    result[str(field)] = [str(messages)]
            return result
    return {}


def _command_of(body: Any, command: str | None) -> str | None:
    if isinstance(body, dict):
        block = body.get("control_plane")
        if isinstance(block, dict):
            operation = block.get("operation")
            if isinstance(operation, str) and operation in _COMMANDS:
                return operation
    return command if command in _COMMANDS else None


def _is_query_reason(reason: str | None) -> bool:
    return reason is not None and (
        reason.startswith("query_") or reason in _QUERY_NOT_FOUND_REASONS
    )


def _pick_class(
    status: int,
    reason: str | None,
    body: Any,
    command: str | None,
    not_found: type[e.NotFound],
) -> type[e.ServerError]:
    cmd = _command_of(body, command)
    b: dict[str, Any] = body if isinstance(body, dict) else {}
    if reason is not None and reason.startswith("external_payload_"):
        return e.ExternalPayloadError
    if reason == "worker_not_registered":
        return e.WorkerNotRegistered
    if status == 401:
        return e.Unauthorized
    if status == 403:
        return e.Forbidden
    if status == 400:
        return e.UnsupportedProtocolVersion if reason in _VERSION_REASONS else e.InvalidArgument
    if status == 404:
        return _pick_404(reason, not_found)
    if status == 405:
        return e.MethodNotAllowed
    if status == 409:
        return _pick_409(reason, b, cmd)
    if status == 413:
        return e.RequestTooLarge
    if status == 422:
        if reason == "update_validator_rejected":
            return e.UpdateRejected
        if b.get("update_status") == "failed":
            return e.UpdateFailed
        if reason == "invalid_signal_arguments":
            return e.SignalFailed
        if reason == "invalid_query_arguments":
            return e.QueryFailed
        return e.InvalidArgument
    if status == 429:
        return e.RateLimited
    if 400 <= status < 500:
        return e.InvalidArgument
    if status == 503:
        return e.ServiceUnavailable
    if status == 504:
        return e.QueryFailed if _is_query_reason(reason) else e.ServerTimeout
    return e.ServerError


def _pick_404(reason: str | None, not_found: type[e.NotFound]) -> type[e.ServerError]:
    by_reason: dict[str, type[e.ServerError]] = {
        "namespace_not_found": e.NamespaceNotFound,
        "schedule_not_found": e.ScheduleNotFound,
        "worker_not_found": e.WorkerNotFound,
        "attribute_not_found": e.SearchAttributeNotFound,
        "unknown_signal": e.SignalFailed,
        "unknown_update": e.UpdateRejected,
        "not_found": e.NotFound,
    }
    if reason in _WORKFLOW_NOT_FOUND_REASONS:
        return e.WorkflowNotFound
    if reason in _QUERY_NOT_FOUND_REASONS:
        return e.QueryFailed
    if reason is not None and reason in by_reason:
        return by_reason[reason]
    return not_found


def _pick_409(reason: str | None, body: dict[str, Any], cmd: str | None) -> type[e.ServerError]:
    if reason == "namespace_already_exists":
        return e.NamespaceAlreadyExists
    if reason == "schedule_already_exists":
        return e.ScheduleAlreadyExists
    if reason in _DUPLICATE_START_REASONS or body.get("outcome") == "rejected_duplicate":
        return e.WorkflowAlreadyStarted
    if reason == "attribute_already_exists":
        return e.AlreadyExists
    if reason in _UPDATE_REJECTED_REASONS:
        return e.UpdateRejected
    if reason == "request_id_conflict":
        return e.UpdateFailed if cmd == "update" else e.SignalFailed
    if _is_query_reason(reason):
        return e.QueryFailed
    if cmd == "signal":
        return e.SignalFailed
    if cmd == "query":
        return e.QueryFailed
    if cmd == "update":
        return e.UpdateRejected
    return e.Conflict


def error_from_response(
    status: int,
    body: Any,
    *,
    command: str | None = None,
    not_found: type[e.NotFound] = e.NotFound,
    retry_after: float | None = None,
) -> e.ServerError:
    """Build the typed exception for an error answer (status >= 400).

    ``command`` is ``"signal"``, ``"query"`` or ``"update"`` for those commands (else ``None``);
    ``not_found`` is the class a 404 without a known reason becomes (e.g. ``WorkflowNotFound``
    on workflow routes); ``retry_after`` is the parsed ``Retry-After`` header, if any.
    """
    reason = _text(body.get("reason")) if isinstance(body, dict) else None
    cls = _pick_class(status, reason, body, command, not_found)
    message = error_message(status, body)
    exc: e.ServerError
    if issubclass(cls, e.InvalidArgument):
        exc = cls(message, status=status, reason=reason, body=body, errors=validation_errors(body))
    else:
        exc = cls(message, status=status, reason=reason, body=body)
    exc.retry_after = retry_after
    return exc
