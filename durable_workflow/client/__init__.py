"""Sync and async clients for the Durable Workflow server.

Layout
======

``_transport.py``
    No I/O: base URL rules, :class:`Credentials` (token per plane), the step types
    (:class:`Request`, :class:`Sleep`, :class:`Encode`, :class:`Decode`, :class:`Send`),
    :class:`TransportRetryPolicy`.
``_errors.py``
    Status + ``reason`` -> typed exception (the whole table is in its docstring).
``_core.py``
    :class:`ClientCore`: configuration shared by both clients and the one place where a request
    gets its headers, retries, metrics and error mapping (``exchange``/``flow``).
``_negotiation.py``
    No I/O: which server generation the client speaks (worker protocol version, payload
    framing) chosen from discovery and the caller's pins, the capability table, and the
    route-not-found rule behind :class:`~durable_workflow.errors.UnsupportedByServer`.
``_drivers.py``
    The only I/O: ``SyncBase._run`` (``httpx.Client``, ``time.sleep``, blocking codec) and
    ``AsyncBase._run`` (``httpx.AsyncClient``, ``asyncio.sleep``, awaited codec).
``_payloads.py``
    The :class:`PayloadCodec` protocol and the default (the SDK codec with the client's limits
    and external storage).
``ops/<area>.py``
    One module per area (``discovery``, ``namespaces``, ``workflows``, …). Each holds the
    operation generators of the area, then an ``Async<Area>`` mixin and a ``Sync<Area>`` mixin
    with the public methods.
``_client.py``
    :class:`AsyncClient` and :class:`SyncClient`: constructor, closing, and the list of area
    mixins they inherit.
``handles.py``
    :class:`WorkflowHandle` / :class:`SyncWorkflowHandle` (and further handles).
``types/<area>.py``
    The returned dataclasses, each with ``from_wire`` and ``raw`` (what the server sent), one
    module per area, all re-exported from ``types``.
``history.py``
    :class:`RunHistory` / :class:`HistoryEvent`: a run's history, typed and decoded.
``progress.py``
    The ``progress=`` reports of long waits and page iteration.
``_display.py``, ``_timeline.py``
    Notebook display (``_repr_html_``, ``_repr_pretty_``, ``to_dataframe``) and the history
    timeline.
``metrics.py``
    The ``metrics=`` hook.

How to add a client method
==========================

1. **The operation** — in ``ops/<area>.py`` write a generator function taking the
   :class:`~durable_workflow.client._core.ClientCore` and the method's arguments. It validates the
   arguments (raise :class:`~durable_workflow.errors.InvalidArgument` before sending), yields one
   :class:`Request` per HTTP call — built from the generated endpoint's ``_get_kwargs`` — and
   receives the :class:`httpx.Response`, then returns the mapped result (a ``types/<area>.py``
   dataclass via ``from_wire``, or the raw dict where the seed says so)::

       if TYPE_CHECKING:
           from durable_workflow_api.api.workers import get_worker as _get_worker

           from durable_workflow.client.types import WorkerDescription
       else:
           _get_worker = _lazy.module("durable_workflow_api.api.workers.get_worker")

       def describe_worker(core: ClientCore, worker_id: str) -> Operation[WorkerDescription]:
           from durable_workflow.client.types import WorkerDescription

           response = yield Request.from_kwargs(
               _get_worker._get_kwargs(worker_id, **core.control_header_args()),
               operation="describe_worker",
               not_found=WorkerNotFound,
           )
           return WorkerDescription.from_wire(json_object(response, operation="describe_worker"))

   Loading the client must stay cheap (``tests/packaging/test_lazy_import.py``), so an area
   module imports nothing heavy at its top: generated endpoint modules through
   :func:`durable_workflow._lazy.module` (imported at their first use), result dataclasses inside
   the operation that builds them, request models as ``models.Model`` from
   ``durable_workflow_api.models`` (which loads each model on first access), the payload codec
   inside the function that needs it (its plain constants from ``codec._constants``), and
   ``asyncio`` inside the async driver's methods.
   Request bodies go through the generated model: ``body=models.Model.from_dict(body_dict)``.
   Worker-plane endpoints take ``**core.worker_header_args()`` and ``plane=Plane.WORKER``.
   Other ``Request`` options: ``timeout=`` for long polls, ``command=`` for signal/query/update
   (error mapping), ``not_found=`` (the class a reason-less 404 becomes), ``ok_statuses=`` for
   error statuses that are results (bridge 422), ``ok_after_unknown_outcome={404}`` on every
   ``DELETE`` (a retry finding the resource gone is the lost first answer's success, see
   :class:`TransportRetryPolicy`), ``idempotent=`` to override retry safety — a
   POST the protocol makes safe to repeat belongs in ``IDEMPOTENT_POST_OPERATIONS`` (and in
   :class:`TransportRetryPolicy`'s docstring, a test checks both); a request the server holds
   open belongs in ``LONG_POLL_OPERATIONS`` (it then travels on the long-poll pool).
   Error answers are raised into the generator at its ``yield`` as typed exceptions, so catch
   one there if the operation handles it. Polling loops ``yield Sleep(seconds)``. Payloads are
   driver steps too (external storage may do I/O): ``envelope = yield from encode(args)`` and
   ``value = yield Decode(payload, codec)``; for a ``from_wire`` mapper that decodes fields,
   ``decode = yield from predecode([data.get("result")], codec)`` and pass ``decode=decode``.
   Capability checks read ``yield from cluster_info(core)`` (``ops/discovery.py``, cached).
   Never do I/O, ``await`` or call the codec directly in an operation.
2. **The async method** — in the area's ``Async<Area>`` mixin::

       async def describe_worker(self, worker_id: str) -> WorkerDescription:
           \"\"\"Return runtime, capacity, heartbeat, and type support for one worker.\"\"\"
           return await self._run(describe_worker(self._core, worker_id))

3. **The sync twin** — in ``Sync<Area>``: the same name, parameters, defaults, annotations
   (a sync handle type where the async one returns a handle) and the *identical* docstring,
   with ``self._run(...)`` and no ``await``.
4. **A new area** — a new ``ops/<area>.py`` with both mixins, and one line each in the base lists
   of :class:`AsyncClient` and :class:`SyncClient` in ``_client.py``.
5. **Tests** — ``tests/client/``: the exact request (method, path, query, headers, JSON body) and
   the mapped result through ``httpx.MockTransport``, for both clients (the ``kind`` fixture and
   ``make_client``/``Script``/``call`` in ``tests/client/conftest.py``).
   ``test_parity.py`` fails when the async and sync surfaces differ (add new handle pairs to its
   ``PAIRS``); ``test_reference_fixtures.py`` replays the reference request fixture of every
   implemented method automatically.

Handle methods follow the same rule: the async handle method and its sync twin, both delegating
to the client method.

Names are exported lazily (PEP 562): a name's module is imported on first access, from the
``_EXPORTS`` table (name -> defining module). A new export goes into ``_EXPORTS``, the
``TYPE_CHECKING`` imports and ``__all__``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from durable_workflow import _lazy

if TYPE_CHECKING:
    from durable_workflow.client._client import AsyncClient, Client, SyncClient
    from durable_workflow.client._negotiation import ServerGeneration
    from durable_workflow.client._payloads import PayloadCodec
    from durable_workflow.client._transport import (
        CONTROL_PLANE_VERSION,
        WORKER_PROTOCOL_VERSION,
        Credentials,
        Decode,
        Encode,
        Plane,
        Request,
        Send,
        Sleep,
        TransportRetryPolicy,
    )
    from durable_workflow.client.activity_handles import (
        StandaloneActivityHandle,
        SyncStandaloneActivityHandle,
    )
    from durable_workflow.client.handles import SyncWorkflowHandle, WorkflowHandle, WorkflowRef
    from durable_workflow.client.history import HistoryEvent, RunHistory
    from durable_workflow.client.metrics import (
        NOOP_METRICS,
        InMemoryMetrics,
        MetricsRecorder,
        NoopMetrics,
    )
    from durable_workflow.client.progress import Progress
    from durable_workflow.client.schedule_handles import ScheduleHandle, SyncScheduleHandle
    from durable_workflow.client.types import (
        BridgeAdapterOutcome,
        ExternalPayloadStoragePolicy,
        NamespaceDescription,
        NamespaceList,
        ScheduleAction,
        ScheduleBackfillResult,
        ScheduleDescription,
        ScheduleHistoryEvent,
        ScheduleHistoryPage,
        ScheduleList,
        ScheduleSpec,
        ScheduleTriggerResult,
        SearchAttributeList,
        StandaloneActivityExecution,
        StandaloneActivityList,
        StoragePayloadTestResult,
        StorageTestResult,
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
        WorkflowCommandResult,
        WorkflowExecution,
        WorkflowList,
        WorkflowRun,
        WorkflowRunList,
    )

_EXPORTS: dict[str, str] = {
    "Progress": "durable_workflow.client.progress",
    "RunHistory": "durable_workflow.client.history",
    "HistoryEvent": "durable_workflow.client.history",
    "ServerGeneration": "durable_workflow.client._negotiation",
    "AsyncClient": "durable_workflow.client._client",
    "Client": "durable_workflow.client._client",
    "SyncClient": "durable_workflow.client._client",
    "PayloadCodec": "durable_workflow.client._payloads",
    "CONTROL_PLANE_VERSION": "durable_workflow.client._transport",
    "WORKER_PROTOCOL_VERSION": "durable_workflow.client._transport",
    "Credentials": "durable_workflow.client._transport",
    "Decode": "durable_workflow.client._transport",
    "Encode": "durable_workflow.client._transport",
    "Plane": "durable_workflow.client._transport",
    "Request": "durable_workflow.client._transport",
    "Send": "durable_workflow.client._transport",
    "Sleep": "durable_workflow.client._transport",
    "TransportRetryPolicy": "durable_workflow.client._transport",
    "StandaloneActivityHandle": "durable_workflow.client.activity_handles",
    "SyncStandaloneActivityHandle": "durable_workflow.client.activity_handles",
    "SyncWorkflowHandle": "durable_workflow.client.handles",
    "WorkflowHandle": "durable_workflow.client.handles",
    "WorkflowRef": "durable_workflow.client.handles",
    "NOOP_METRICS": "durable_workflow.client.metrics",
    "InMemoryMetrics": "durable_workflow.client.metrics",
    "MetricsRecorder": "durable_workflow.client.metrics",
    "NoopMetrics": "durable_workflow.client.metrics",
    "ScheduleHandle": "durable_workflow.client.schedule_handles",
    "SyncScheduleHandle": "durable_workflow.client.schedule_handles",
    "BridgeAdapterOutcome": "durable_workflow.client.types",
    "ExternalPayloadStoragePolicy": "durable_workflow.client.types",
    "NamespaceDescription": "durable_workflow.client.types",
    "NamespaceList": "durable_workflow.client.types",
    "ScheduleAction": "durable_workflow.client.types",
    "ScheduleBackfillResult": "durable_workflow.client.types",
    "ScheduleDescription": "durable_workflow.client.types",
    "ScheduleHistoryEvent": "durable_workflow.client.types",
    "ScheduleHistoryPage": "durable_workflow.client.types",
    "ScheduleList": "durable_workflow.client.types",
    "ScheduleSpec": "durable_workflow.client.types",
    "ScheduleTriggerResult": "durable_workflow.client.types",
    "SearchAttributeList": "durable_workflow.client.types",
    "StandaloneActivityExecution": "durable_workflow.client.types",
    "StandaloneActivityList": "durable_workflow.client.types",
    "StoragePayloadTestResult": "durable_workflow.client.types",
    "StorageTestResult": "durable_workflow.client.types",
    "TaskQueueAdmission": "durable_workflow.client.types",
    "TaskQueueBuildIdCohort": "durable_workflow.client.types",
    "TaskQueueBuildIdRollout": "durable_workflow.client.types",
    "TaskQueueBuildIdRolloutState": "durable_workflow.client.types",
    "TaskQueueDescription": "durable_workflow.client.types",
    "TaskQueueList": "durable_workflow.client.types",
    "TaskQueueQueryAdmission": "durable_workflow.client.types",
    "TaskQueueTaskAdmission": "durable_workflow.client.types",
    "WorkerDescription": "durable_workflow.client.types",
    "WorkerList": "durable_workflow.client.types",
    "WorkflowCommandResult": "durable_workflow.client.types",
    "WorkflowExecution": "durable_workflow.client.types",
    "WorkflowList": "durable_workflow.client.types",
    "WorkflowRun": "durable_workflow.client.types",
    "WorkflowRunList": "durable_workflow.client.types",
}


def __getattr__(name: str) -> Any:
    return _lazy.load(__name__, name, _EXPORTS)


def __dir__() -> list[str]:
    return _lazy.listing(__name__, _EXPORTS)


__all__ = [
    "CONTROL_PLANE_VERSION",
    "NOOP_METRICS",
    "WORKER_PROTOCOL_VERSION",
    "AsyncClient",
    "BridgeAdapterOutcome",
    "Client",
    "Credentials",
    "Decode",
    "Encode",
    "ExternalPayloadStoragePolicy",
    "HistoryEvent",
    "InMemoryMetrics",
    "MetricsRecorder",
    "NamespaceDescription",
    "NamespaceList",
    "NoopMetrics",
    "PayloadCodec",
    "Plane",
    "Progress",
    "Request",
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
    "Send",
    "ServerGeneration",
    "Sleep",
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
    "WorkflowRef",
    "WorkflowRun",
    "WorkflowRunList",
]
