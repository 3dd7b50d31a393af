"""Errors raised by workflow code and by the workflow runtime.

* :class:`ApplicationError` -- raised by workflow (or activity) code to fail with a chosen
  ``type``; uncaught in a workflow it becomes the workflow's failure.
* :class:`ActivityError`, :class:`ChildWorkflowError` -- what awaiting a failed activity or child
  workflow raises inside the workflow, carrying the recorded failure.
* :class:`NondeterminismError` -- replayed workflow code issued a command that does not match
  the history; the workflow *task* fails (the workflow itself is untouched) so a fixed worker
  can replay it later.
* :class:`WorkflowDefinitionError` -- a class or method is not usable as a workflow.
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigurationError, DurableWorkflowError

__all__ = [
    "ActivityError",
    "ApplicationError",
    "ChildWorkflowError",
    "NondeterminismError",
    "UnsupportedWorkflowCommand",
    "WorkflowDefinitionError",
    "WorkflowRuntimeError",
    "WorkflowUsageError",
]


class ApplicationError(DurableWorkflowError):
    """A failure with a stable ``type`` name, chosen by the code that raises it.

    Raised from workflow code (and not caught) it fails the workflow with
    ``exception_type=type``; ``non_retryable`` is sent with the failure. ``details`` are kept for
    the caller's inspection.
    """

    def __init__(
        self,
        message: str,
        *details: Any,
        type: str | None = None,
        non_retryable: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.type = type
        self.non_retryable = non_retryable
        self.details = details


class ActivityError(DurableWorkflowError):
    """An activity the workflow awaited failed, timed out or was cancelled.

    ``type``/``exception_class``/``message``/``non_retryable`` come from the recorded failure;
    ``kind`` is the history event (``failed``, ``timed_out`` or ``cancelled``); ``activity_type``
    and ``sequence`` identify the step.
    """

    def __init__(
        self,
        message: str,
        *,
        type: str | None = None,
        exception_class: str | None = None,
        non_retryable: bool = False,
        kind: str = "failed",
        activity_type: str | None = None,
        sequence: int | None = None,
        failure: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.type = type
        self.exception_class = exception_class
        self.non_retryable = non_retryable
        self.kind = kind
        self.activity_type = activity_type
        self.sequence = sequence
        self.failure = failure or {}


class ChildWorkflowError(DurableWorkflowError):
    """A child workflow the workflow awaited failed, was cancelled or was terminated.

    ``kind`` is ``failed``, ``cancelled`` or ``terminated``; ``type``, ``exception_class`` and
    ``message`` come from the recorded failure.
    """

    def __init__(
        self,
        message: str,
        *,
        type: str | None = None,
        exception_class: str | None = None,
        kind: str = "failed",
        workflow_type: str | None = None,
        sequence: int | None = None,
        failure: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.type = type
        self.exception_class = exception_class
        self.kind = kind
        self.workflow_type = workflow_type
        self.sequence = sequence
        self.failure = failure or {}


class NondeterminismError(DurableWorkflowError):
    """Replayed workflow code does not match the run's history.

    ``sequence`` is the step (the history's ``payload.sequence``, or the history position when
    the event has none), ``recorded`` a short description of the recorded event and ``issued``
    one of the command the code issued there (``None`` when it issued none).
    """

    def __init__(
        self,
        message: str,
        *,
        sequence: int | None = None,
        recorded: str | None = None,
        issued: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.sequence = sequence
        self.recorded = recorded
        self.issued = issued


class WorkflowDefinitionError(ConfigurationError):
    """A class or method cannot serve as a workflow (missing ``@workflow.defn``, two run
    methods, a handler that is not a method, ...)."""


class WorkflowUsageError(DurableWorkflowError, RuntimeError):
    """A workflow API was used where it cannot work: outside workflow code, inside a query
    handler, with an argument the protocol cannot carry, ..."""


class WorkflowRuntimeError(DurableWorkflowError, RuntimeError):
    """The runtime could not run the workflow task (bad activation, broken history)."""


class UnsupportedWorkflowCommand(WorkflowRuntimeError):
    """The workflow needs a workflow-task command the connected server does not support.

    Raised in the workflow task (which fails with this type, naming the command), never in
    workflow code: ``command`` is the wire command type (``upsert_memo``, ...), ``supported``
    the command types the server advertised.
    """

    def __init__(self, command: str, supported: frozenset[str]) -> None:
        listed = ", ".join(sorted(supported)) or "none"
        super().__init__(
            f"the workflow issued a {command} command, which the connected server does not "
            f"support (its supported_workflow_task_commands: {listed}); run the workflow "
            f"against a server that supports {command}, or avoid the call that issues it"
        )
        self.command = command
        self.supported = supported
