"""Discovery: ``GET /api/cluster/info``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from durable_workflow import _lazy
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Plane, Request

if TYPE_CHECKING:
    from durable_workflow_api.api.discovery import get_cluster_info as _get_cluster_info
else:
    _get_cluster_info = _lazy.module("durable_workflow_api.api.discovery.get_cluster_info")

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


# --------------------------------------------------------------------------- async methods


class AsyncDiscovery(AsyncBase):
    """Discovery methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def get_cluster_info(self) -> dict[str, Any]:
        """Fetch server build identity, capabilities, and protocol manifests.

        Accepts any credential the client holds (worker token first, then control token, then
        the shared token). The document is cached for later capability checks.
        """
        return await self._run(get_cluster_info(self._core))


# --------------------------------------------------------------------------- sync methods


class SyncDiscovery(SyncBase):
    """Discovery methods of :class:`~durable_workflow.client.SyncClient`."""

    def get_cluster_info(self) -> dict[str, Any]:
        """Fetch server build identity, capabilities, and protocol manifests.

        Accepts any credential the client holds (worker token first, then control token, then
        the shared token). The document is cached for later capability checks.
        """
        return self._run(get_cluster_info(self._core))
