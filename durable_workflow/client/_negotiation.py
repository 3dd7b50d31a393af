"""Protocol generation negotiation: what the client speaks to the server it is connected to.

Two server generations are in use. Both answer control plane ``2`` and tag payloads
``codec: "avro"``, but they differ in:

=========================  ==============================  ===================================
                           current                          2026-04 (released 0.2.10)
=========================  ==============================  ===================================
worker protocol            ``1.20`` (any ``1.M``,           exactly ``1.0``
                           ``M <= N`` of the advertised
                           ``1.N``)
payload framing            Avro Value v1 single-object      the engine's older framing
                           (``c3 01`` + fingerprint)        (``0x00`` JSON wrapper, ``0x01``
                                                            typed)
routes                     all of the SDK's                 no ``DELETE /api/namespaces/{ns}``,
                                                            build-id promote, ``/api/activities*``
=========================  ==============================  ===================================

**How the client decides.** The first operation that needs it (one that encodes a payload or
calls the worker plane) reads ``GET /api/cluster/info`` once; the document is cached on the
client. From ``worker_protocol.version`` (``1.N``) the client chooses the highest version both
support within the same major: ``1.min(N, 20)``. The payload framing follows the worker
protocol: a server advertising ``1.0`` is the 2026-04 generation, whose engine writes the
older framing; any later ``1.N`` writes Avro Value v1. Nothing else in that generation's
discovery document says so (both report ``version: 2.0.0`` and ``payload_codecs: ["avro"]``).

**Pins.** ``worker_protocol_version=`` and ``payload_framing=`` on the client constructor fix
either choice; with both pinned the client never reads discovery for negotiation. A discovery
document the server refuses (4xx) leaves the current generation's defaults (logged); a
server error or transport failure is raised to the operation and negotiation is tried again
by the next one.

**Capabilities.** Where the cached discovery document sets a capability flag to ``false``
(``schedules``, ``search_attributes``, ``history_export``, ``signals``, ``queries``,
``updates``), the operations that need it raise
:class:`~durable_workflow.errors.UnsupportedByServer` before sending. A route the server does
not have (404 "The route ... could not be found", or 405) raises the same error, never a bare
``NotFound``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

import attrs

from durable_workflow.client._transport import Plane, Request
from durable_workflow.errors import ConfigurationError, UnsupportedByServer

if TYPE_CHECKING:
    from durable_workflow.codec.framing import PayloadFraming

__all__ = [
    "CAPABILITY_OF_OPERATION",
    "CURRENT_GENERATION",
    "LEGACY_GENERATION",
    "SDK_WORKER_PROTOCOL_VERSION",
    "NegotiationState",
    "ServerGeneration",
    "capability_refusal",
    "checked_worker_protocol_version",
    "choose_worker_protocol_version",
    "discovery_request",
    "framing_for_worker_protocol",
    "negotiate",
    "parse_version",
    "route_missing",
]

CURRENT_GENERATION: Final = "current"
LEGACY_GENERATION: Final = "2026-04"

SDK_WORKER_PROTOCOL_VERSION: Final = "1.20"
"""The newest worker protocol this SDK speaks (it speaks every ``1.M`` below it too)."""

_SDK_MAJOR, _SDK_MINOR = 1, 20
#: Worker protocol minors whose servers write the older payload framing.
_LEGACY_FRAMING_MINORS: Final = frozenset({0})
_VERSION = re.compile(r"^\s*(\d+)\.(\d+)\s*$")
_ROUTE_NOT_FOUND = re.compile(r"\broute\b.*\bcould not be found\b", re.IGNORECASE)

#: Operations that need a discovery capability flag (``capabilities.<flag>``).
CAPABILITY_OF_OPERATION: Final[dict[str, str]] = {
    **{
        name: "schedules"
        for name in (
            "create_schedule",
            "describe_schedule",
            "list_schedules",
            "update_schedule",
            "delete_schedule",
            "pause_schedule",
            "resume_schedule",
            "trigger_schedule",
            "backfill_schedule",
            "get_schedule_history",
        )
    },
    "list_search_attributes": "search_attributes",
    "create_search_attribute": "search_attributes",
    "delete_search_attribute": "search_attributes",
    "export_history": "history_export",
    "signal_workflow": "signals",
    "query_workflow": "queries",
    "update_workflow": "updates",
}


def discovery_request(namespace: str) -> Request:
    """``GET /api/cluster/info`` as negotiation sends it."""
    # Imported here: the endpoint module loads on the first negotiation, not with the package.
    from durable_workflow_api.api.discovery import get_cluster_info as _get_cluster_info

    return Request.from_kwargs(
        _get_cluster_info._get_kwargs(x_namespace=namespace),
        operation="get_cluster_info",
        plane=Plane.DISCOVERY,
    )


def parse_version(text: object) -> tuple[int, int] | None:
    """``"1.20"`` -> ``(1, 20)``; ``None`` for anything that is not ``major.minor``."""
    if not isinstance(text, str):
        return None
    match = _VERSION.match(text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def checked_worker_protocol_version(value: object) -> str | None:
    """A pinned worker protocol version (``"1.0"`` .. ``"1.20"``), ``None`` when not pinned."""
    if value is None:
        return None
    parsed = parse_version(value)
    if parsed is None or parsed[0] != _SDK_MAJOR or parsed[1] > _SDK_MINOR:
        raise ConfigurationError(
            f"worker_protocol_version must be '{_SDK_MAJOR}.M' with M <= {_SDK_MINOR} "
            f"(this SDK speaks {_SDK_MAJOR}.0 to {SDK_WORKER_PROTOCOL_VERSION}), got {value!r}"
        )
    return f"{parsed[0]}.{parsed[1]}"


def choose_worker_protocol_version(advertised: object) -> str | None:
    """The highest version both sides speak, or ``None`` when the majors differ.

    A missing or unreadable advertisement gives the SDK's newest version (the server then
    answers for itself).
    """
    parsed = parse_version(advertised)
    if parsed is None:
        return SDK_WORKER_PROTOCOL_VERSION
    major, minor = parsed
    if major != _SDK_MAJOR:
        return None
    return f"{major}.{min(minor, _SDK_MINOR)}"


def framing_for_worker_protocol(version: str | None) -> PayloadFraming:
    """The payload framing of a server speaking worker protocol ``version``."""
    from durable_workflow.codec.framing import PayloadFraming

    parsed = parse_version(version)
    if parsed is not None and parsed[0] == _SDK_MAJOR and parsed[1] in _LEGACY_FRAMING_MINORS:
        return PayloadFraming.LEGACY
    return PayloadFraming.VALUE_V1


@attrs.define
class NegotiationState:
    """What a client learnt about its server, shared by every copy of its core.

    Per-call scopes copy the core (``attrs.evolve``); they keep referring to this one object,
    so a discovery read or a negotiation made inside a scope serves the whole client.
    """

    cluster_info: dict[str, Any] | None = None
    generation: ServerGeneration | None = None


@attrs.frozen
class ServerGeneration:
    """What the client chose to speak with the connected server.

    ``name`` is ``"current"`` or ``"2026-04"`` (by the payload framing in use);
    ``worker_protocol_version`` the header value sent on the worker plane (``None`` when the
    server's major version is one this SDK does not speak); ``payload_framing`` the framing
    payloads are encoded in (decoding reads every framing); ``server_version`` and
    ``advertised_worker_protocol_version`` what discovery reported (``None`` when not read);
    ``source`` is ``"discovery"``, ``"pinned"`` (both chosen by the caller) or ``"default"``
    (discovery unavailable).
    """

    name: str
    worker_protocol_version: str | None
    payload_framing: PayloadFraming
    server_version: str | None = None
    advertised_worker_protocol_version: str | None = None
    source: str = "discovery"

    @property
    def is_legacy(self) -> bool:
        """Whether this is the 2026-04 generation (older payload framing, protocol 1.0)."""
        return self.name == LEGACY_GENERATION


def negotiate(
    info: dict[str, Any] | None,
    *,
    worker_protocol_version: str | None = None,
    payload_framing: PayloadFraming | None = None,
    source: str | None = None,
) -> ServerGeneration:
    """Choose from a discovery document (``None``: not available) and the caller's pins."""
    from durable_workflow.codec.framing import PayloadFraming

    server_version: str | None = None
    advertised: str | None = None
    if info is not None:
        raw_version = info.get("version")
        server_version = raw_version if isinstance(raw_version, str) else None
        protocol = info.get("worker_protocol")
        raw = protocol.get("version") if isinstance(protocol, dict) else None
        advertised = raw if isinstance(raw, str) else None
    if worker_protocol_version is not None:
        version: str | None = worker_protocol_version
    elif info is not None:
        version = choose_worker_protocol_version(advertised)
    else:
        version = SDK_WORKER_PROTOCOL_VERSION
    if payload_framing is not None:
        framing = payload_framing
    elif info is not None and advertised is not None:
        framing = framing_for_worker_protocol(advertised)
    else:
        framing = framing_for_worker_protocol(version)
    if source is None:
        pinned = worker_protocol_version is not None and payload_framing is not None
        source = "pinned" if pinned else ("discovery" if info is not None else "default")
    return ServerGeneration(
        name=LEGACY_GENERATION if framing is PayloadFraming.LEGACY else CURRENT_GENERATION,
        worker_protocol_version=version,
        payload_framing=framing,
        server_version=server_version,
        advertised_worker_protocol_version=advertised,
        source=source,
    )


def _server_version(info: dict[str, Any] | None) -> str | None:
    value = info.get("version") if info is not None else None
    return value if isinstance(value, str) else None


def capability_refusal(operation: str, info: dict[str, Any] | None) -> UnsupportedByServer | None:
    """The error for ``operation`` when the discovery document turns its capability off."""
    flag = CAPABILITY_OF_OPERATION.get(operation)
    if flag is None or info is None:
        return None
    capabilities = info.get("capabilities")
    if not isinstance(capabilities, dict) or capabilities.get(flag) is not False:
        return None
    version = _server_version(info)
    return UnsupportedByServer(
        f"{operation}: the server (version {version or 'unknown'}) does not support "
        f"{flag.replace('_', ' ')} (discovery capabilities.{flag} is false)",
        method=operation,
        server_version=version,
        missing=f"capabilities.{flag}",
    )


def route_missing(
    operation: str,
    method: str,
    path: str,
    status: int,
    body: Any,
    info: dict[str, Any] | None,
) -> UnsupportedByServer | None:
    """The error for an answer saying the server has no such route, else ``None``.

    A route is missing when the server answers 405 (the path exists for other methods), or 404
    with reason ``not_found`` and the framework's "The route ... could not be found." message,
    or 404 with a non-JSON body (no API route answered). A client's error mapping checks for a
    foreign answer (an HTML page: not a Durable Workflow server at all) before this.
    """
    if status == 405:
        what = "method"
    elif status == 404:
        if isinstance(body, dict):
            message = body.get("message")
            if body.get("reason") != "not_found" or not (
                isinstance(message, str) and _ROUTE_NOT_FOUND.search(message)
            ):
                return None
        elif not (isinstance(body, str) and body.strip()):
            return None
        what = "route"
    else:
        return None
    version = _server_version(info)
    flag = CAPABILITY_OF_OPERATION.get(operation)
    flag_note = f" (capability {flag})" if flag is not None else ""
    refusal = "does not accept this method on" if what == "method" else "has no route"
    return UnsupportedByServer(
        f"{operation}: the server (version {version or 'unknown'}) {refusal} "
        f"{method} {path}{flag_note}; it is a server generation without this feature",
        method=operation,
        server_version=version,
        missing=f"{method} {path}",
        status=status,
        body=body,
    )
