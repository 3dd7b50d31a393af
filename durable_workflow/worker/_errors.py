"""Errors the worker raises to its caller."""

from __future__ import annotations

from ..errors import ConfigurationError, DurableWorkflowError


class WorkerError(DurableWorkflowError):
    """Base class of the worker's own errors."""


class WorkerConfigurationError(WorkerError, ConfigurationError):
    """A worker option is invalid (a missing task queue, a non-activity, a bad limit, ...)."""


class WorkerAlreadyRunning(WorkerError, RuntimeError):
    """``run()`` was called on a worker that is already running."""


class RunSyncInEventLoop(WorkerError, RuntimeError):
    """``run_sync()`` was called from a thread whose event loop is running."""
