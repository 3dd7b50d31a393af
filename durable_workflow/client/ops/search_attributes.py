"""Search attribute definitions: ``/api/search-attributes…``.

Seed methods of this area: ``list_search_attributes``, ``create_search_attribute``,
``delete_search_attribute``.

Add each as an operation generator, an async method in ``AsyncSearchAttributes`` and its sync
twin in ``SyncSearchAttributes`` (see ``durable_workflow.client``). Both mixins are already part
of the clients.
"""

from __future__ import annotations

from durable_workflow.client._drivers import AsyncBase, SyncBase


class AsyncSearchAttributes(AsyncBase):
    """Methods of :class:`AsyncClient`: search attribute definitions."""


class SyncSearchAttributes(SyncBase):
    """Methods of :class:`SyncClient`: search attribute definitions."""
