"""Workflow commands: signal, query, update, cancel, terminate, repair, archive.

Seed methods of this area: ``signal_workflow``, ``query_workflow``, ``update_workflow``,
``cancel_workflow``, ``terminate_workflow``, ``repair_workflow``, ``archive_workflow``.

Their :class:`~durable_workflow.client.WorkflowHandle` twins (``signal``, ``query``,
``update``, ``cancel``, ``terminate``, ``archive``) go into ``client/handles.py``.

Add each as an operation generator, an async method in ``AsyncWorkflowCommands`` and its sync
twin in ``SyncWorkflowCommands`` (see ``durable_workflow.client``). Both mixins are already part
of the clients.
"""

from __future__ import annotations

from durable_workflow.client._drivers import AsyncBase, SyncBase


class AsyncWorkflowCommands(AsyncBase):
    """Methods of :class:`AsyncClient`: workflow commands."""


class SyncWorkflowCommands(SyncBase):
    """Methods of :class:`SyncClient`: workflow commands."""
