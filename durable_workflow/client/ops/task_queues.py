"""Task queues and build-id rollout: ``/api/task-queues…``.

Seed methods of this area: ``list_task_queues``, ``describe_task_queue``,
``list_task_queue_build_ids``, ``drain_task_queue_build_id``, ``promote_task_queue_build_id``,
``resume_task_queue_build_id``.

Add each as an operation generator, an async method in ``AsyncTaskQueues`` and its sync twin in
``SyncTaskQueues`` (see ``durable_workflow.client``). Both mixins are already part of the
clients.
"""

from __future__ import annotations

from durable_workflow.client._drivers import AsyncBase, SyncBase


class AsyncTaskQueues(AsyncBase):
    """Methods of :class:`AsyncClient`: task queues and build-id rollout."""


class SyncTaskQueues(SyncBase):
    """Methods of :class:`SyncClient`: task queues and build-id rollout."""
