"""Worker management: ``/api/workers…``.

Seed methods of this area: ``list_workers``, ``describe_worker``, ``deregister_worker``.

Add each as an operation generator, an async method in ``AsyncWorkers`` and its sync twin in
``SyncWorkers`` (see ``durable_workflow.client``). Both mixins are already part of the clients.
"""

from __future__ import annotations

from durable_workflow.client._drivers import AsyncBase, SyncBase


class AsyncWorkers(AsyncBase):
    """Methods of :class:`AsyncClient`: worker management."""


class SyncWorkers(SyncBase):
    """Methods of :class:`SyncClient`: worker management."""
