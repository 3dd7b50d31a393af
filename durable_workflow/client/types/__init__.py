"""The values the client returns: the seed's dataclasses, each with a ``from_wire`` mapper.

Every ``from_wire`` accepts the decoded JSON object of a response (or a generated wire model,
which is turned into its dict first) and never fails on a missing, extra or oddly typed field:
missing values take the field's default, values of the wrong type are dropped, PHP's empty
``[]`` for an empty map becomes ``{}``/``None``. Classes with a ``raw`` field keep the whole
server object there, so fields added by newer servers are not lost.

Payload fields (workflow input/output, activity results) are decoded by the ``decode`` callable
passed to ``from_wire``: it receives an envelope (or a raw blob and its codec) and returns the
Python value. Without a ``decode`` callable the server-decoded values are used, and so they are
when the envelope could not be decoded; a payload field with neither holds an
:class:`~durable_workflow.codec.UndecodablePayload` that raises its error when used.

One module per area: ``workflows``, ``activities``, ``namespaces`` (with search attributes),
``task_queues`` (with workers), ``schedules``, ``storage`` (with bridge adapters); ``_wire``
holds the lenient readers they share. Every name is re-exported here.
"""

from __future__ import annotations

from durable_workflow.client.types._wire import PayloadDecoder
from durable_workflow.client.types.activities import (
    StandaloneActivityExecution,
    StandaloneActivityList,
)
from durable_workflow.client.types.namespaces import (
    ExternalPayloadStoragePolicy,
    NamespaceDescription,
    NamespaceList,
    SearchAttributeList,
)
from durable_workflow.client.types.schedules import (
    ScheduleAction,
    ScheduleBackfillResult,
    ScheduleDescription,
    ScheduleHistoryEvent,
    ScheduleHistoryPage,
    ScheduleList,
    ScheduleSpec,
    ScheduleTriggerResult,
)
from durable_workflow.client.types.storage import (
    BridgeAdapterOutcome,
    StoragePayloadTestResult,
    StorageTestResult,
)
from durable_workflow.client.types.task_queues import (
    TaskQueueAdmission,
    TaskQueueBuildIdCohort,
    TaskQueueBuildIdRollout,
    TaskQueueBuildIdRolloutState,
    TaskQueueDescription,
    TaskQueueList,
    TaskQueueQueryAdmission,
    TaskQueueTaskAdmission,
    WorkerDescription,
    WorkerList,
)
from durable_workflow.client.types.workflows import (
    WorkflowCommandResult,
    WorkflowExecution,
    WorkflowList,
    WorkflowRun,
    WorkflowRunList,
)

__all__ = [
    "BridgeAdapterOutcome",
    "ExternalPayloadStoragePolicy",
    "NamespaceDescription",
    "NamespaceList",
    "PayloadDecoder",
    "ScheduleAction",
    "ScheduleBackfillResult",
    "ScheduleDescription",
    "ScheduleHistoryEvent",
    "ScheduleHistoryPage",
    "ScheduleList",
    "ScheduleSpec",
    "ScheduleTriggerResult",
    "SearchAttributeList",
    "StandaloneActivityExecution",
    "StandaloneActivityList",
    "StoragePayloadTestResult",
    "StorageTestResult",
    "TaskQueueAdmission",
    "TaskQueueBuildIdCohort",
    "TaskQueueBuildIdRollout",
    "TaskQueueBuildIdRolloutState",
    "TaskQueueDescription",
    "TaskQueueList",
    "TaskQueueQueryAdmission",
    "TaskQueueTaskAdmission",
    "WorkerDescription",
    "WorkerList",
    "WorkflowCommandResult",
    "WorkflowExecution",
    "WorkflowList",
    "WorkflowRun",
    "WorkflowRunList",
]
