"""Standalone activities: ``/api/activities…``.

Seed methods of this area: ``start_activity``, ``get_activity_handle``, ``describe_activity``,
``list_activities``, ``get_activity_result``.

``StandaloneActivityHandle`` and its ``SyncStandaloneActivityHandle`` twin belong in this module.

Add each as an operation generator, an async method in ``AsyncActivities`` and its sync twin in
``SyncActivities`` (see ``durable_workflow.client``). Both mixins are already part of the
clients.
"""

from __future__ import annotations

from durable_workflow.client._drivers import AsyncBase, SyncBase


class AsyncActivities(AsyncBase):
    """Methods of :class:`AsyncClient`: standalone activities."""


class SyncActivities(SyncBase):
    """Methods of :class:`SyncClient`: standalone activities."""
