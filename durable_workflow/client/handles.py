"""Handles: a workflow id (and optionally a run id) bound to a client.

Each handle exists twice with the same methods, names, parameters and docstrings:
:class:`WorkflowHandle` (methods are coroutines, bound to an
:class:`~durable_workflow.client.AsyncClient`) and :class:`SyncWorkflowHandle` (blocking, bound to a
:class:`~durable_workflow.client.SyncClient`). A handle method only delegates to the client method
of the same meaning, so behaviour lives in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from durable_workflow.client.ops.workflow_history import run_history
from durable_workflow.client.progress import ProgressArg
from durable_workflow.errors import InvalidArgument

if TYPE_CHECKING:
    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.history import RunHistory
    from durable_workflow.client.types import (
        WorkflowCommandResult,
        WorkflowExecution,
        WorkflowRun,
        WorkflowRunList,
    )


class WorkflowRef(Protocol):
    """Anything naming a workflow: a handle, or an object with these two attributes."""

    @property
    def workflow_id(self) -> str:
        """The workflow instance id."""

    @property
    def run_id(self) -> str | None:
        """The pinned run id, or ``None`` for the current run."""


def _required_run_id(run_id: str | None, workflow_id: str, what: str) -> str:
    """``run_id`` when set, else :class:`InvalidArgument` (nothing is sent)."""
    if not run_id:
        raise InvalidArgument(
            f"{what} needs a run id: the handle for workflow {workflow_id!r} is not pinned to a "
            "run (pass run_id, or get a handle with run_id=...)"
        )
    return run_id


class WorkflowHandle:
    """Convenience wrapper for operating on one workflow ID."""

    def __init__(
        self,
        client: AsyncClient,
        workflow_id: str,
        run_id: str | None = None,
        workflow_type: str = "",
        result_type: Any = None,
    ) -> None:
        self._client = client
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.workflow_type = workflow_type
        self.result_type = result_type

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(workflow_id={self.workflow_id!r}, run_id={self.run_id!r}, "
            f"workflow_type={self.workflow_type!r})"
        )

    async def result(
        self,
        *,
        poll_interval: float = 0.5,
        timeout: float | None = None,
        result_type: Any = None,
        progress: ProgressArg = None,
    ) -> Any:
        """Block until this workflow terminates and return its result.

        See :meth:`Client.get_result`. Waits without a time limit unless ``timeout`` is given;
        ``result_type`` (else the handle's, set by ``start_workflow(result_type=...)``) is the
        type the result is converted to.
        """
        return await self._client.get_result(
            self,
            poll_interval=poll_interval,
            timeout=timeout,
            result_type=result_type,
            progress=progress,
        )

    async def history(self) -> RunHistory:
        """Return this workflow's history as typed events with decoded payloads.

        Reads the handle's run, or the workflow's current run when the handle is not pinned
        (no run id needed). See :meth:`Client.get_history`.
        """
        return await self._client._run(
            run_history(self._client._core, self.workflow_id, self.run_id)
        )

    async def describe(self) -> WorkflowExecution:
        """Return the server's current view of this workflow.

        See :meth:`Client.describe_workflow`.
        """
        return await self._client.describe_workflow(self.workflow_id)

    async def export_history(self) -> dict[str, Any]:
        """Export this run's history as a replay bundle.

        See :meth:`Client.export_history`. Needs a handle pinned to a run (``run_id``), else
        :class:`~durable_workflow.errors.InvalidArgument` is raised without a request.
        """
        run_id = _required_run_id(self.run_id, self.workflow_id, "export_history()")
        return await self._client.export_history(self.workflow_id, run_id)

    async def list_runs(self) -> WorkflowRunList:
        """List all runs in this workflow execution chain.

        See :meth:`Client.list_workflow_runs`.
        """
        return await self._client.list_workflow_runs(self.workflow_id)

    async def describe_run(self, run_id: str | None = None) -> WorkflowRun:
        """Return one run's detailed status.

        See :meth:`Client.describe_workflow_run`. Describes ``run_id``, else the handle's run;
        without either :class:`~durable_workflow.errors.InvalidArgument` is raised without a
        request.
        """
        selected = _required_run_id(run_id or self.run_id, self.workflow_id, "describe_run()")
        return await self._client.describe_workflow_run(self.workflow_id, selected)

    async def signal(
        self, signal_name: str, args: Sequence[Any] | None = None, *, request_id: str | None = None
    ) -> dict[str, Any]:
        """Deliver an external signal to this workflow.

        See :meth:`Client.signal_workflow`. A handle pinned to a run signals that run through
        the run-targeted route (refused once the run is no longer current); otherwise the
        workflow's current run is signalled.
        """
        return await self._client.signal_workflow(
            self.workflow_id, signal_name, args=args, request_id=request_id, run_id=self.run_id
        )

    async def query(self, query_name: str, args: Sequence[Any] | None = None) -> Any:
        """Execute a read-only query against this workflow.

        See :meth:`Client.query_workflow`. The query always targets the workflow's current run.
        """
        return await self._client.query_workflow(self.workflow_id, query_name, args=args)

    async def cancel(self, *, reason: str | None = None) -> None:
        """Request graceful cancellation of this workflow.

        See :meth:`Client.cancel_workflow`.
        """
        await self._client.cancel_workflow(self.workflow_id, reason=reason)

    async def terminate(self, *, reason: str | None = None) -> None:
        """Forcefully stop this workflow.

        See :meth:`Client.terminate_workflow`.
        """
        await self._client.terminate_workflow(self.workflow_id, reason=reason)

    async def archive(self, *, reason: str | None = None) -> WorkflowCommandResult:
        """Move this terminal workflow into the archive tier.

        See :meth:`Client.archive_workflow`.
        """
        return await self._client.archive_workflow(self.workflow_id, reason=reason)

    async def update(
        self,
        update_name: str,
        args: Sequence[Any] | None = None,
        *,
        wait_for: str | None = None,
        wait_timeout_seconds: int | None = None,
        request_id: str | None = None,
    ) -> dict[str, Any]:
        """Send a synchronous update to this workflow and wait for the result.

        See :meth:`Client.update_workflow`.
        """
        return await self._client.update_workflow(
            self.workflow_id,
            update_name,
            args=args,
            wait_for=wait_for,
            wait_timeout_seconds=wait_timeout_seconds,
            request_id=request_id,
        )


class SyncWorkflowHandle:
    """Convenience wrapper for operating on one workflow ID."""

    def __init__(
        self,
        client: SyncClient,
        workflow_id: str,
        run_id: str | None = None,
        workflow_type: str = "",
        result_type: Any = None,
    ) -> None:
        self._client = client
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.workflow_type = workflow_type
        self.result_type = result_type

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(workflow_id={self.workflow_id!r}, run_id={self.run_id!r}, "
            f"workflow_type={self.workflow_type!r})"
        )

    def result(
        self,
        *,
        poll_interval: float = 0.5,
        timeout: float | None = None,
        result_type: Any = None,
        progress: ProgressArg = None,
    ) -> Any:
        """Block until this workflow terminates and return its result.

        See :meth:`Client.get_result`. Waits without a time limit unless ``timeout`` is given;
        ``result_type`` (else the handle's, set by ``start_workflow(result_type=...)``) is the
        type the result is converted to.
        """
        return self._client.get_result(
            self,
            poll_interval=poll_interval,
            timeout=timeout,
            result_type=result_type,
            progress=progress,
        )

    def history(self) -> RunHistory:
        """Return this workflow's history as typed events with decoded payloads.

        Reads the handle's run, or the workflow's current run when the handle is not pinned
        (no run id needed). See :meth:`Client.get_history`.
        """
        operation = run_history(self._client._core, self.workflow_id, self.run_id)
        return self._client._run(operation)

    def describe(self) -> WorkflowExecution:
        """Return the server's current view of this workflow.

        See :meth:`Client.describe_workflow`.
        """
        return self._client.describe_workflow(self.workflow_id)

    def export_history(self) -> dict[str, Any]:
        """Export this run's history as a replay bundle.

        See :meth:`Client.export_history`. Needs a handle pinned to a run (``run_id``), else
        :class:`~durable_workflow.errors.InvalidArgument` is raised without a request.
        """
        run_id = _required_run_id(self.run_id, self.workflow_id, "export_history()")
        return self._client.export_history(self.workflow_id, run_id)

    def list_runs(self) -> WorkflowRunList:
        """List all runs in this workflow execution chain.

        See :meth:`Client.list_workflow_runs`.
        """
        return self._client.list_workflow_runs(self.workflow_id)

    def describe_run(self, run_id: str | None = None) -> WorkflowRun:
        """Return one run's detailed status.

        See :meth:`Client.describe_workflow_run`. Describes ``run_id``, else the handle's run;
        without either :class:`~durable_workflow.errors.InvalidArgument` is raised without a
        request.
        """
        selected = _required_run_id(run_id or self.run_id, self.workflow_id, "describe_run()")
        return self._client.describe_workflow_run(self.workflow_id, selected)

    def signal(
        self, signal_name: str, args: Sequence[Any] | None = None, *, request_id: str | None = None
    ) -> dict[str, Any]:
        """Deliver an external signal to this workflow.

        See :meth:`Client.signal_workflow`. A handle pinned to a run signals that run through
        the run-targeted route (refused once the run is no longer current); otherwise the
        workflow's current run is signalled.
        """
        return self._client.signal_workflow(
            self.workflow_id, signal_name, args=args, request_id=request_id, run_id=self.run_id
        )

    def query(self, query_name: str, args: Sequence[Any] | None = None) -> Any:
        """Execute a read-only query against this workflow.

        See :meth:`Client.query_workflow`. The query always targets the workflow's current run.
        """
        return self._client.query_workflow(self.workflow_id, query_name, args=args)

    def cancel(self, *, reason: str | None = None) -> None:
        """Request graceful cancellation of this workflow.

        See :meth:`Client.cancel_workflow`.
        """
        self._client.cancel_workflow(self.workflow_id, reason=reason)

    def terminate(self, *, reason: str | None = None) -> None:
        """Forcefully stop this workflow.

        See :meth:`Client.terminate_workflow`.
        """
        self._client.terminate_workflow(self.workflow_id, reason=reason)

    def archive(self, *, reason: str | None = None) -> WorkflowCommandResult:
        """Move this terminal workflow into the archive tier.

        See :meth:`Client.archive_workflow`.
        """
        return self._client.archive_workflow(self.workflow_id, reason=reason)

    def update(
        self,
        update_name: str,
        args: Sequence[Any] | None = None,
        *,
        wait_for: str | None = None,
        wait_timeout_seconds: int | None = None,
        request_id: str | None = None,
    ) -> dict[str, Any]:
        """Send a synchronous update to this workflow and wait for the result.

        See :meth:`Client.update_workflow`.
        """
        return self._client.update_workflow(
            self.workflow_id,
            update_name,
            args=args,
            wait_for=wait_for,
            wait_timeout_seconds=wait_timeout_seconds,
            request_id=request_id,
        )
