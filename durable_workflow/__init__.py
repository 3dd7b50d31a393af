"""Python SDK for the Durable Workflow server.

Start with :class:`Client` (an alias of :class:`AsyncClient`) or :class:`SyncClient`; typed
exceptions live in :mod:`durable_workflow.errors`.

Importing this package loads only the client's core and the errors. Every other public name is
resolved on first access (PEP 562) from the ``_EXPORTS`` table, so a script, a worker process or
a CLI call pays only for what it touches (the generated bindings, the codec's converter, the
development server and the worker load when first used).

Adding a public name
====================

1. add ``"Name": "durable_workflow.module"`` to ``_EXPORTS`` (the module that defines it, or the
   subpackage re-exporting it; for a subpackage exported as itself, ``"workflow":
   "durable_workflow.workflow"``);
2. add the same import to the ``TYPE_CHECKING`` block (type checkers and IDEs read it);
3. add the name to ``__all__``.

``tests/packaging/test_lazy_import.py`` checks the three agree, and that importing this package
stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from durable_workflow import _lazy
from durable_workflow import errors as errors
from durable_workflow.client import _core  # noqa: F401 - the client's core is loaded eagerly

if TYPE_CHECKING:
    from durable_workflow import activity, workflow
    from durable_workflow.client import (
        NOOP_METRICS,
        AsyncClient,
        BridgeAdapterOutcome,
        Client,
        ExternalPayloadStoragePolicy,
        HistoryEvent,
        InMemoryMetrics,
        MetricsRecorder,
        NamespaceDescription,
        NamespaceList,
        NoopMetrics,
        Progress,
        RunHistory,
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
        ServerGeneration,
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
    from durable_workflow.codec import PayloadFraming, UndecodablePayload
    from durable_workflow.errors import (
        ActivityWaitTimeout,
        ClientClosed,
        NotADurableWorkflowServer,
        UnsupportedByServer,
        UpdateWaitTimeout,
        WorkflowWaitTimeout,
        WrongEventLoop,
    )
    from durable_workflow.worker import Worker
    from durable_workflow.workflow import (
        ActivityError,
        ActivityRetryPolicy,
        ApplicationError,
        ChildWorkflowError,
        NondeterminismError,
    )

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "activity": "durable_workflow.activity",
    "workflow": "durable_workflow.workflow",
    "Worker": "durable_workflow.worker",
    "ActivityError": "durable_workflow.workflow",
    "ActivityRetryPolicy": "durable_workflow.workflow",
    "ApplicationError": "durable_workflow.workflow",
    "ChildWorkflowError": "durable_workflow.workflow",
    "NondeterminismError": "durable_workflow.workflow",
    "UnsupportedByServer": "durable_workflow.errors",
    "WrongEventLoop": "durable_workflow.errors",
    "WorkflowWaitTimeout": "durable_workflow.errors",
    "ActivityWaitTimeout": "durable_workflow.errors",
    "UpdateWaitTimeout": "durable_workflow.errors",
    "NotADurableWorkflowServer": "durable_workflow.errors",
    "ClientClosed": "durable_workflow.errors",
    "Progress": "durable_workflow.client",
    "RunHistory": "durable_workflow.client",
    "HistoryEvent": "durable_workflow.client",
    "UndecodablePayload": "durable_workflow.codec",
    "PayloadFraming": "durable_workflow.codec",
    "ServerGeneration": "durable_workflow.client",
    "NOOP_METRICS": "durable_workflow.client",
    "AsyncClient": "durable_workflow.client",
    "BridgeAdapterOutcome": "durable_workflow.client",
    "Client": "durable_workflow.client",
    "ExternalPayloadStoragePolicy": "durable_workflow.client",
    "InMemoryMetrics": "durable_workflow.client",
    "MetricsRecorder": "durable_workflow.client",
    "NamespaceDescription": "durable_workflow.client",
    "NamespaceList": "durable_workflow.client",
    "NoopMetrics": "durable_workflow.client",
    "ScheduleAction": "durable_workflow.client",
    "ScheduleBackfillResult": "durable_workflow.client",
    "ScheduleDescription": "durable_workflow.client",
    "ScheduleHandle": "durable_workflow.client",
    "ScheduleHistoryEvent": "durable_workflow.client",
    "ScheduleHistoryPage": "durable_workflow.client",
    "ScheduleList": "durable_workflow.client",
    "ScheduleSpec": "durable_workflow.client",
    "ScheduleTriggerResult": "durable_workflow.client",
    "SearchAttributeList": "durable_workflow.client",
    "StandaloneActivityExecution": "durable_workflow.client",
    "StandaloneActivityHandle": "durable_workflow.client",
    "StandaloneActivityList": "durable_workflow.client",
    "StoragePayloadTestResult": "durable_workflow.client",
    "StorageTestResult": "durable_workflow.client",
    "SyncClient": "durable_workflow.client",
    "SyncScheduleHandle": "durable_workflow.client",
    "SyncStandaloneActivityHandle": "durable_workflow.client",
    "SyncWorkflowHandle": "durable_workflow.client",
    "TaskQueueAdmission": "durable_workflow.client",
    "TaskQueueBuildIdCohort": "durable_workflow.client",
    "TaskQueueBuildIdRollout": "durable_workflow.client",
    "TaskQueueBuildIdRolloutState": "durable_workflow.client",
    "TaskQueueDescription": "durable_workflow.client",
    "TaskQueueList": "durable_workflow.client",
    "TaskQueueQueryAdmission": "durable_workflow.client",
    "TaskQueueTaskAdmission": "durable_workflow.client",
    "TransportRetryPolicy": "durable_workflow.client",
    "WorkerDescription": "durable_workflow.client",
    "WorkerList": "durable_workflow.client",
    "WorkflowCommandResult": "durable_workflow.client",
    "WorkflowExecution": "durable_workflow.client",
    "WorkflowHandle": "durable_workflow.client",
    "WorkflowList": "durable_workflow.client",
    "WorkflowRun": "durable_workflow.client",
    "WorkflowRunList": "durable_workflow.client",
}


def __getattr__(name: str) -> Any:
    return _lazy.load(__name__, name, _EXPORTS)


def __dir__() -> list[str]:
    return _lazy.listing(__name__, _EXPORTS)


__all__ = [
    "NOOP_METRICS",
    "ActivityError",
    "ActivityRetryPolicy",
    "ActivityWaitTimeout",
    "ApplicationError",
    "AsyncClient",
    "BridgeAdapterOutcome",
    "ChildWorkflowError",
    "Client",
    "ClientClosed",
    "ExternalPayloadStoragePolicy",
    "HistoryEvent",
    "InMemoryMetrics",
    "MetricsRecorder",
    "NamespaceDescription",
    "NamespaceList",
    "NondeterminismError",
    "NoopMetrics",
    "NotADurableWorkflowServer",
    "PayloadFraming",
    "Progress",
    "RunHistory",
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
    "ServerGeneration",
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
    "UndecodablePayload",
    "UnsupportedByServer",
    "UpdateWaitTimeout",
    "Worker",
    "WorkerDescription",
    "WorkerList",
    "WorkflowCommandResult",
    "WorkflowExecution",
    "WorkflowHandle",
    "WorkflowList",
    "WorkflowRun",
    "WorkflowRunList",
    "WorkflowWaitTimeout",
    "WrongEventLoop",
    "__version__",
    "activity",
    "workflow",
]
