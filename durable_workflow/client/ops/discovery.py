"""Discovery: ``GET /api/cluster/info``."""

from __future__ import annotations

from typing import Any

from durable_workflow_api.api.discovery import get_cluster_info as _get_cluster_info

from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._negotiation import ServerGeneration
from durable_workflow.client._transport import Plane, Request

# --------------------------------------------------------------------------- operations


def get_cluster_info(core: ClientCore) -> Operation[dict[str, Any]]:
    """``GET /api/cluster/info``; caches the document on the core for capability checks."""
    response = yield Request.from_kwargs(
        _get_cluster_info._get_kwargs(x_namespace=core.namespace),
        operation="get_cluster_info",
        plane=Plane.DISCOVERY,
    )
    info = json_object(response, operation="get_cluster_info")
    core.cluster_info = info
    return info


def cluster_info(core: ClientCore) -> Operation[dict[str, Any]]:
    """The cached discovery document, fetching it on first use (for operations to reuse)."""
    if core.cluster_info is not None:
        return core.cluster_info
    return (yield from get_cluster_info(core))


def get_server_generation(core: ClientCore) -> Operation[ServerGeneration]:
    """The negotiated generation, reading discovery once when something is not pinned."""
    known = core.known_generation()
    if known is not None:
        return known
    source: str | None = None
    if core.cluster_info is None:
        try:
            yield from get_cluster_info(core)
        except e.ServerError as exc:
            if not core.discovery_refusal_is_final(exc):
                raise
            source = "default"
    return core.adopt(core.cluster_info, source)


# --------------------------------------------------------------------------- async methods


class AsyncDiscovery(AsyncBase):
    """Discovery methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def get_cluster_info(self) -> dict[str, Any]:
        """Fetch server build identity, capabilities, and protocol manifests.

        Accepts any credential the client holds (worker token first, then control token, then
        the shared token). The document is cached for later capability checks.
        """
        return await self._run(get_cluster_info(self._core))

    @property
    def server_generation(self) -> ServerGeneration | None:
        """What the client speaks to the server (``None`` until negotiated).

        Negotiation reads discovery once, on the first call that encodes a payload or uses
        the worker plane, or on :meth:`get_server_generation`; pinning both
        ``worker_protocol_version`` and ``payload_framing`` makes it known at once.
        """
        return self._core.known_generation()

    async def get_server_generation(self) -> ServerGeneration:
        """Negotiate now (one discovery read, cached) and return what was chosen.

        The result names the generation (``"current"`` or ``"2026-04"``), the worker protocol
        version sent, the payload framing written and what discovery reported.
        """
        return await self._run(get_server_generation(self._core))


# --------------------------------------------------------------------------- sync methods


class SyncDiscovery(SyncBase):
    """Discovery methods of :class:`~durable_workflow.client.SyncClient`."""

    def get_cluster_info(self) -> dict[str, Any]:
        """Fetch server build identity, capabilities, and protocol manifests.

        Accepts any credential the client holds (worker token first, then control token, then
        the shared token). The document is cached for later capability checks.
        """
        return self._run(get_cluster_info(self._core))

    @property
    def server_generation(self) -> ServerGeneration | None:
        """What the client speaks to the server (``None`` until negotiated).

        Negotiation reads discovery once, on the first call that encodes a payload or uses
        the worker plane, or on :meth:`get_server_generation`; pinning both
        ``worker_protocol_version`` and ``payload_framing`` makes it known at once.
        """
        return self._core.known_generation()

    def get_server_generation(self) -> ServerGeneration:
        """Negotiate now (one discovery read, cached) and return what was chosen.

        The result names the generation (``"current"`` or ``"2026-04"``), the worker protocol
        version sent, the payload framing written and what discovery reported.
        """
        return self._run(get_server_generation(self._core))
