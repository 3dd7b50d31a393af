"""Python SDK for the Durable Workflow server.

Start with :class:`Client` (an alias of :class:`AsyncClient`) or :class:`SyncClient`; typed
exceptions live in :mod:`durable_workflow.errors`.
"""

from __future__ import annotations

from durable_workflow import activity, workflow
from durable_workflow.client import (
    NOOP_METRICS,
    AsyncClient,
    BridgeAdapterOutcome,
    Client,
    ExternalPayloadStoragePolicy,
    InMemoryMetrics,
    MetricsRecorder,
    NamespaceDescription,
    NamespaceList,
    NoopMetrics,
    ScheduleAction,
    ScheduleBackfillResult,
    ScheduleDescription,
    ScheduleHandle,
    ScheduleHistoryEvent,
    ScheduleHistoryPage,
    ScheduleList,
    ScheduleSpec,
    ScheduleTriggerResult,
    SearchAttributeList,
    StandaloneActivityExecution,
    StandaloneActivityHandle,
    StandaloneActivityList,
    StoragePayloadTestResult,
    StorageTestResult,
    SyncClient,
    SyncScheduleHandle,
    SyncStandaloneActivityHandle,
    SyncWorkflowHandle,
    TaskQueueAdmission,
    TaskQueueBuildIdCohort,
    TaskQueueBuildIdRollout,
    TaskQueueBuildIdRolloutState,
    TaskQueueDescription,
    TaskQueueList,
    TaskQueueQueryAdmission,
    TaskQueueTaskAdmission,
    TransportRetryPolicy,
    WorkerDescription,
    WorkerList,
    WorkflowCommandResult,
    WorkflowExecution,
    WorkflowHandle,
    WorkflowList,
    WorkflowRun,
    WorkflowRunList,
)
from durable_workflow.workflow import (
    ActivityError,
    ActivityRetryPolicy,
    ApplicationError,
    ChildWorkflowError,
    NondeterminismError,
)

__version__ = "0.1.0"

__all__ = [
    "NOOP_METRICS",
    "ActivityError",
    "ActivityRetryPolicy",
    "ApplicationError",
    "AsyncClient",
    "BridgeAdapterOutcome",
    "ChildWorkflowError",
    "Client",
    "ExternalPayloadStoragePolicy",
    "InMemoryMetrics",
    "MetricsRecorder",
    "NamespaceDescription",
    "NamespaceList",
    "NondeterminismError",
    "NoopMetrics",
    "ScheduleAction",
    "ScheduleBackfillResult",
    "ScheduleDescription",
    "ScheduleHandle",
    "ScheduleHistoryEvent",
    "ScheduleHistoryPage",
    "ScheduleList",
    "ScheduleSpec",
    "ScheduleTriggerResult",
    "SearchAttributeList",
    "StandaloneActivityExecution",
    "StandaloneActivityHandle",
    "StandaloneActivityList",
    "StoragePayloadTestResult",
    "StorageTestResult",
    "SyncClient",
    "SyncScheduleHandle",
    "SyncStandaloneActivityHandle",
    "SyncWorkflowHandle",
    "TaskQueueAdmission",
    "TaskQueueBuildIdCohort",
    "TaskQueueBuildIdRollout",
    "TaskQueueBuildIdRolloutState",
    "TaskQueueDescription",
    "TaskQueueList",
    "TaskQueueQueryAdmission",
    "TaskQueueTaskAdmission",
    "TransportRetryPolicy",
    "WorkerDescription",
    "WorkerList",
    "WorkflowCommandResult",
    "WorkflowExecution",
    "WorkflowHandle",
    "WorkflowList",
    "WorkflowRun",
    "WorkflowRunList",
    "__version__",
    "activity",
    "workflow",
]

# The worker loads on first use (``from durable_workflow import Worker``), keeping import cheap.
__all__ += ["Worker"]


def __getattr__(name: str) -> object:
    if name == "Worker":
        from durable_workflow.worker import Worker

        return Worker
    raise AttributeError(f"module 'durable_workflow' has no attribute {name!r}")
