"""Handles: a workflow id (and optionally a run id) bound to a client.

Each handle exists twice with the same methods, names, parameters and docstrings:
:class:`WorkflowHandle` (methods are coroutines, bound to an
:class:`~durable_workflow.client.AsyncClient`) and :class:`SyncWorkflowHandle` (blocking, bound to a
:class:`~durable_workflow.client.SyncClient`). A handle method only delegates to the client method
of the same meaning, so behaviour lives in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.types import WorkflowExecution


class WorkflowRef(Protocol):
    """Anything naming a workflow: a handle, or an object with these two attributes."""

    @property
    def workflow_id(self) -> str:
        """The workflow instance id."""

    @property
    def run_id(self) -> str | None:
        """The pinned run id, or ``None`` for the current run."""


class WorkflowHandle:
    """Convenience wrapper for operating on one workflow ID."""

    def __init__(
        self,
        client: AsyncClient,
        workflow_id: str,
        run_id: str | None = None,
        workflow_type: str = "",
    ) -> None:
        self._client = client
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.workflow_type = workflow_type

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(workflow_id={self.workflow_id!r}, run_id={self.run_id!r}, "
            f"workflow_type={self.workflow_type!r})"
        )

    async def result(self, *, poll_interval: float = 0.5, timeout: float | None = 30.0) -> Any:
        """Block until this workflow terminates and return its result.

        See :meth:`Client.get_result`.
        """
        return await self._client.get_result(self, poll_interval=poll_interval, timeout=timeout)

    async def describe(self) -> WorkflowExecution:
        """Return the server's current view of this workflow.

        See :meth:`Client.describe_workflow`.
        """
        return await self._client.describe_workflow(self.workflow_id)


class SyncWorkflowHandle:
    """Convenience wrapper for operating on one workflow ID."""

    def __init__(
        self,
        client: SyncClient,
        workflow_id: str,
        run_id: str | None = None,
        workflow_type: str = "",
    ) -> None:
        self._client = client
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.workflow_type = workflow_type

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(workflow_id={self.workflow_id!r}, run_id={self.run_id!r}, "
            f"workflow_type={self.workflow_type!r})"
        )

    def result(self, *, poll_interval: float = 0.5, timeout: float | None = 30.0) -> Any:
        """Block until this workflow terminates and return its result.

        See :meth:`Client.get_result`.
        """
        return self._client.get_result(self, poll_interval=poll_interval, timeout=timeout)

    def describe(self) -> WorkflowExecution:
        """Return the server's current view of this workflow.

        See :meth:`Client.describe_workflow`.
        """
        return self._client.describe_workflow(self.workflow_id)
