"""Errors of the in-process test environment (all subclasses of the SDK's errors)."""

from __future__ import annotations

from typing import Any

from ..errors import ConfigurationError, WorkflowOutcomeError

__all__ = ["EnvironmentSetupError", "WorkflowStalled", "WorkflowTaskFailed"]


class EnvironmentSetupError(ConfigurationError):
    """The environment was asked for something it cannot do: an unregistered workflow type, a
    mock with no outcome, a workflow id already running, a closed environment, ..."""


class WorkflowTaskFailed(WorkflowOutcomeError):
    """A workflow task failed instead of completing (non-determinism, undecodable input, an
    unknown workflow type, ...): the run stays open, as on the server, but nothing moves it
    until new history arrives. ``failure_type`` is the task failure's type; ``details`` its
    details."""

    def __init__(
        self,
        message: str,
        *,
        failure_type: str | None = None,
        workflow_id: str | None = None,
        run_id: str | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message, workflow_id=workflow_id, run_id=run_id, details=details)
        self.failure_type = failure_type


class WorkflowStalled(WorkflowOutcomeError):
    """The workflow waits for something only the test can send (a signal, an update, a
    cancellation): no timer, activity or other workflow can move it forward. The run stays
    open; ``details`` says what it waits on."""
