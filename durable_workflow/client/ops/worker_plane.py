"""Worker plane: ``/api/worker/…`` (registration, polls, task completion).

Seed methods of this area: ``register_worker``, ``heartbeat_worker``, ``poll_workflow_task``,
``complete_workflow_task``, ``fail_workflow_task``, ``workflow_task_history``,
``poll_query_task``, ``complete_query_task``, ``fail_query_task``, ``poll_activity_task``,
``complete_activity_task``, ``fail_activity_task``, ``heartbeat_activity_task``.

Use ``plane=Plane.WORKER`` and ``**core.worker_header_args()`` on every request.

Add each as an operation generator, an async method in ``AsyncWorkerPlane`` and its sync twin in
``SyncWorkerPlane`` (see ``durable_workflow.client``). Both mixins are already part of the
clients.
"""

from __future__ import annotations

from durable_workflow.client._drivers import AsyncBase, SyncBase


class AsyncWorkerPlane(AsyncBase):
    """Methods of :class:`AsyncClient`: worker plane."""


class SyncWorkerPlane(SyncBase):
    """Methods of :class:`SyncClient`: worker plane."""
