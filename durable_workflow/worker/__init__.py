"""The worker: the I/O shell around workflow and activity code.

:class:`Worker` registers with the server, long-polls workflow, activity and query tasks of one
task queue, feeds workflow tasks to the deterministic runtime (keeping instances in a bounded
sticky cache), runs activities, and reports every outcome until the server has it.

Modules: ``_registration`` (register, heartbeat, re-register), ``_poller`` (long polls within
the concurrency limits), ``_workflow_tasks`` (history, runtime, commands, queries), ``_cache``
(sticky LRU cache), ``_activities`` (activity runner, heartbeats, cancellation), ``_delivery``
(outcome retries), ``_shutdown`` (graceful shutdown), ``_backoff``, ``_logging``, ``_metrics``.
"""

from __future__ import annotations

from ._errors import (
    RunSyncInEventLoop,
    WorkerAlreadyRunning,
    WorkerConfigurationError,
    WorkerError,
)
from ._worker import Worker

__all__ = [
    "RunSyncInEventLoop",
    "Worker",
    "WorkerAlreadyRunning",
    "WorkerConfigurationError",
    "WorkerError",
]
