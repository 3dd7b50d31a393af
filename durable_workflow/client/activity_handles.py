"""Standalone-activity handles: an activity id bound to a client.

:class:`StandaloneActivityHandle` (coroutines, bound to an
:class:`~durable_workflow.client.AsyncClient`) and :class:`SyncStandaloneActivityHandle` (blocking,
bound to a :class:`~durable_workflow.client.SyncClient`) have the same methods, parameters and
docstrings. ``describe`` and ``result`` delegate to the client methods; ``cancel`` cancels the
host workflow run (``POST /api/workflows/{activity_id}/cancel``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.types import StandaloneActivityExecution


class StandaloneActivityHandle:
    """Convenience wrapper for operating on one standalone activity job.

    Returned by :meth:`Client.start_activity`. The underlying execution is a top-level durable
    job — the server records the activity inside its own host run so retries, deadlines,
    cancellation, and history surface through the existing activity infrastructure. The handle
    exposes the job-style operations (``describe``, ``result``, ``cancel``) without having to
    know that there is a host workflow run behind the scenes.
    """

    def __init__(
        self,
        client: AsyncClient,
        activity_id: str,
        *,
        workflow_run_id: str | None = None,
        activity_execution_id: str | None = None,
        workflow_type: str = "",
        activity_type: str = "",
    ) -> None:
        self._client = client
        self.activity_id = activity_id
        self.workflow_run_id = workflow_run_id
        self.activity_execution_id = activity_execution_id
        self.workflow_type = workflow_type
        self.activity_type = activity_type

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(activity_id={self.activity_id!r}, "
            f"workflow_run_id={self.workflow_run_id!r}, activity_type={self.activity_type!r})"
        )

    async def describe(self) -> StandaloneActivityExecution:
        """Fetch the server's current view of this standalone activity.

        See :meth:`Client.describe_activity`.
        """
        return await self._client.describe_activity(self.activity_id)

    async def result(self, *, poll_interval: float = 0.5, timeout: float | None = None) -> Any:
        """Block until the activity reaches a terminal outcome and return its result.

        No time limit by default; with ``timeout`` seconds, running past it raises
        :class:`~durable_workflow.errors.ActivityWaitTimeout`. See
        :meth:`Client.get_activity_result`.
        """
        return await self._client.get_activity_result(
            self, poll_interval=poll_interval, timeout=timeout
        )

    async def cancel(self, *, reason: str | None = None) -> None:
        """Request graceful cancellation of this standalone activity.

        Cancellation flows through the host run's workflow cancellation path
        (``POST /api/workflows/{activity_id}/cancel`` with ``{reason?}``); the next heartbeat or
        attempt boundary observes the request. Raises
        :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown activity.
        """
        from durable_workflow.client.ops.activities import cancel_activity

        operation = cancel_activity(self._client._core, self.activity_id, reason=reason)
        await self._client._run(operation)


class SyncStandaloneActivityHandle:
    """Convenience wrapper for operating on one standalone activity job.

    Returned by :meth:`Client.start_activity`. The underlying execution is a top-level durable
    job — the server records the activity inside its own host run so retries, deadlines,
    cancellation, and history surface through the existing activity infrastructure. The handle
    exposes the job-style operations (``describe``, ``result``, ``cancel``) without having to
    know that there is a host workflow run behind the scenes.
    """

    def __init__(
        self,
        client: SyncClient,
        activity_id: str,
        *,
        workflow_run_id: str | None = None,
        activity_execution_id: str | None = None,
        workflow_type: str = "",
        activity_type: str = "",
    ) -> None:
        self._client = client
        self.activity_id = activity_id
        self.workflow_run_id = workflow_run_id
        self.activity_execution_id = activity_execution_id
        self.workflow_type = workflow_type
        self.activity_type = activity_type

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(activity_id={self.activity_id!r}, "
            f"workflow_run_id={self.workflow_run_id!r}, activity_type={self.activity_type!r})"
        )

    def describe(self) -> StandaloneActivityExecution:
        """Fetch the server's current view of this standalone activity.

        See :meth:`Client.describe_activity`.
        """
        return self._client.describe_activity(self.activity_id)

    def result(self, *, poll_interval: float = 0.5, timeout: float | None = None) -> Any:
        """Block until the activity reaches a terminal outcome and return its result.

        No time limit by default; with ``timeout`` seconds, running past it raises
        :class:`~durable_workflow.errors.ActivityWaitTimeout`. See
        :meth:`Client.get_activity_result`.
        """
        return self._client.get_activity_result(self, poll_interval=poll_interval, timeout=timeout)

    def cancel(self, *, reason: str | None = None) -> None:
        """Request graceful cancellation of this standalone activity.

        Cancellation flows through the host run's workflow cancellation path
        (``POST /api/workflows/{activity_id}/cancel`` with ``{reason?}``); the next heartbeat or
        attempt boundary observes the request. Raises
        :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown activity.
        """
        from durable_workflow.client.ops.activities import cancel_activity

        operation = cancel_activity(self._client._core, self.activity_id, reason=reason)
        self._client._run(operation)
