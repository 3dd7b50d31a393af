"""Workflows as Python code: the authoring API and the deterministic runtime.

Define a workflow as a class::

    from datetime import timedelta
    from durable_workflow import activity, workflow

    @activity.defn(name="greet")
    async def greet(name: str) -> str: ...

    @workflow.defn(name="greeting")
    class Greeting:
        @workflow.run
        async def run(self, name: str) -> str:
            return await workflow.execute_activity(
                greet, name, start_to_close_timeout=timedelta(seconds=30))

Workflow code runs on a deterministic event loop of its own (``asyncio.gather``/``wait`` and
tasks work, deterministically); it is replayed from the run's history whenever a worker needs
to rebuild it, so it must not do I/O, read the clock or draw random numbers itself -- use
activities, :func:`now`, :func:`random` and :func:`uuid4`. Nothing stops such calls (there is
no sandbox), but a replay would then take another path and fail with
:class:`NondeterminismError`.

The runtime (:class:`WorkflowInstance`) is pure: history events in, commands out. The worker
contract is documented in :mod:`durable_workflow.workflow._instance`.
"""

from __future__ import annotations

from ._api import (
    DEFAULT_VERSION,
    ActivityHandle,
    ChildWorkflowHandle,
    continue_as_new,
    execute_activity,
    execute_child_workflow,
    get_version,
    info,
    is_replaying,
    logger,
    now,
    patched,
    random,
    side_effect,
    sleep,
    start_activity,
    start_child_workflow,
    upsert_memo,
    upsert_search_attributes,
    uuid4,
    wait_condition,
)
from ._commands import ActivityRetryPolicy
from ._definition import (
    HandlerDefinition,
    UpdateMethod,
    WorkflowDefinition,
    defn,
    get_definition,
    query,
    run,
    signal,
    update,
)
from ._errors import (
    ActivityError,
    ApplicationError,
    ChildWorkflowError,
    NondeterminismError,
    UnsupportedWorkflowCommand,
    WorkflowDefinitionError,
    WorkflowRuntimeError,
    WorkflowUsageError,
)
from ._info import Activation, ActivationResult, TaskFailure, WorkflowInfo
from ._instance import UnknownHandlerError, WorkflowInstance
from ._loop import WorkflowEventLoop

RetryPolicy = ActivityRetryPolicy

__all__ = [
    "DEFAULT_VERSION",
    "Activation",
    "ActivationResult",
    "ActivityError",
    "ActivityHandle",
    "ActivityRetryPolicy",
    "ApplicationError",
    "ChildWorkflowError",
    "ChildWorkflowHandle",
    "HandlerDefinition",
    "NondeterminismError",
    "RetryPolicy",
    "TaskFailure",
    "UnknownHandlerError",
    "UnsupportedWorkflowCommand",
    "UpdateMethod",
    "WorkflowDefinition",
    "WorkflowDefinitionError",
    "WorkflowEventLoop",
    "WorkflowInfo",
    "WorkflowInstance",
    "WorkflowRuntimeError",
    "WorkflowUsageError",
    "continue_as_new",
    "defn",
    "execute_activity",
    "execute_child_workflow",
    "get_definition",
    "get_version",
    "info",
    "is_replaying",
    "logger",
    "now",
    "patched",
    "query",
    "random",
    "run",
    "side_effect",
    "signal",
    "sleep",
    "start_activity",
    "start_child_workflow",
    "update",
    "upsert_memo",
    "upsert_search_attributes",
    "uuid4",
    "wait_condition",
]
