"""Worker plane: ``/api/worker/...`` registration, heartbeats, task polls, outcomes, history pages.

Every call here goes out on :attr:`Plane.WORKER`: the worker token (else the shared token, never the
control token), ``X-Namespace`` and ``X-Durable-Workflow-Protocol-Version`` (``1.20``).

Long polls (``poll_workflow_task``, ``poll_query_task``, ``poll_activity_task``) send the wanted
window as ``timeout_seconds`` (whole seconds, at most 60) and use a per-request HTTP time-out that
outlasts it by :data:`POLL_HTTP_GRACE_SECONDS` (and outlasts the server's advertised
``long_poll_timeout`` when the client has already read the cluster info). An empty poll (``{"task":
null}``) and a poll whose response still did not arrive in time (read time-out) after the
transport's retries both return ``None``; connection failures are raised. Each call generates one
``poll_request_id`` and keeps it across the transport's retries, so a repeated workflow-task poll
receives the task the first attempt may already have leased. Polls, both heartbeats and the history
page are in the transport's list of POSTs that are safe to repeat; completions and failures are not.

Task payloads are returned as the server sent them (raw dicts: ``arguments``, ``history_events`` and
the other envelopes are left encoded for the worker to decode). Results and failure details sent to
the server are encoded with the client's payload codec (Avro envelopes; external storage when
configured).

One module per kind of call, each with its operations and its async and sync methods:
``worker_registration`` (register, heartbeat), ``workflow_tasks``, ``query_tasks`` and
``activity_tasks``; ``_worker_plane_common`` holds the argument checks, the long-poll windows and
the payload scope they share. :class:`AsyncWorkerPlane` and :class:`SyncWorkerPlane` combine them.
"""

from __future__ import annotations

from durable_workflow.client.ops._worker_plane_common import (
    DEFAULT_CODEC,
    DEFAULT_POLL_TIMEOUT,
    MAX_POLL_TIMEOUT_SECONDS,
    POLL_HTTP_GRACE_SECONDS,
    WORKER_RUNTIMES,
    WORKFLOW_POLL_TASK_KINDS,
    new_poll_request_id,
    poll_http_timeout,
    poll_window,
    scoped_payloads,
)
from durable_workflow.client.ops.activity_tasks import AsyncActivityTasks, SyncActivityTasks
from durable_workflow.client.ops.query_tasks import AsyncQueryTasks, SyncQueryTasks
from durable_workflow.client.ops.worker_registration import (
    AsyncWorkerRegistration,
    SyncWorkerRegistration,
)
from durable_workflow.client.ops.workflow_tasks import AsyncWorkflowTasks, SyncWorkflowTasks


class AsyncWorkerPlane(
    AsyncWorkerRegistration, AsyncWorkflowTasks, AsyncQueryTasks, AsyncActivityTasks
):
    """Worker-plane methods of :class:`~durable_workflow.client.AsyncClient`."""


class SyncWorkerPlane(SyncWorkerRegistration, SyncWorkflowTasks, SyncQueryTasks, SyncActivityTasks):
    """Worker-plane methods of :class:`~durable_workflow.client.SyncClient`."""


__all__ = [
    "DEFAULT_CODEC",
    "DEFAULT_POLL_TIMEOUT",
    "MAX_POLL_TIMEOUT_SECONDS",
    "POLL_HTTP_GRACE_SECONDS",
    "WORKER_RUNTIMES",
    "WORKFLOW_POLL_TASK_KINDS",
    "AsyncWorkerPlane",
    "SyncWorkerPlane",
    "new_poll_request_id",
    "poll_http_timeout",
    "poll_window",
    "scoped_payloads",
]
