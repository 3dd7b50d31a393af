"""Bridge adapters: ``POST /api/bridge-adapters/webhook/{adapter}``.

Seed methods of this area: ``send_webhook_bridge_event``.

Add each as an operation generator, an async method in ``AsyncBridge`` and its sync twin in
``SyncBridge`` (see ``durable_workflow.client``). Both mixins are already part of the clients.
"""

from __future__ import annotations

from durable_workflow.client._drivers import AsyncBase, SyncBase


class AsyncBridge(AsyncBase):
    """Methods of :class:`AsyncClient`: bridge adapters."""


class SyncBridge(SyncBase):
    """Methods of :class:`SyncClient`: bridge adapters."""
