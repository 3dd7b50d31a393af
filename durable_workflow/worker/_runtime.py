"""The worker's only contact with the deterministic runtime (:mod:`durable_workflow.workflow`).

Everything the worker asks of the runtime goes through these functions: build a definition,
make an instance for a run, activate it with a task's history, read the commands or the task
failure, answer a query.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..codec.framing import PayloadFraming
from ..errors import ConfigurationError, DurableWorkflowError
from ..workflow import (
    Activation,
    ActivationResult,
    UnknownHandlerError,
    WorkflowDefinition,
    WorkflowInfo,
    WorkflowInstance,
    get_definition,
)

#: A task failure that leaves the instance valid: the workflow just has nothing new to say.
WAITING_FOR_HISTORY = "WorkflowTaskWaitingForHistory"


class UnknownWorkflowType(DurableWorkflowError):
    """A task names a workflow type this worker has not registered."""


@dataclass(frozen=True)
class TaskFailure:
    type: str
    message: str
    stack_trace: str | None


def definition_of(cls: type) -> WorkflowDefinition:
    """The runtime's definition of a ``@workflow.defn`` class (a typed error otherwise)."""
    try:
        return get_definition(cls)
    except ConfigurationError:
        raise
    except DurableWorkflowError as exc:
        from ._errors import WorkerConfigurationError

        raise WorkerConfigurationError(str(exc)) from exc


def new_instance(
    definition: WorkflowDefinition,
    task: Mapping[str, Any],
    *,
    namespace: str,
    task_queue: str,
    attempt: int,
    converter: Any,
    framing: PayloadFraming = PayloadFraming.VALUE_V1,
    supported_commands: frozenset[str] | None = None,
) -> WorkflowInstance:
    info = WorkflowInfo(
        workflow_id=str(task.get("workflow_id")),
        run_id=str(task.get("run_id")),
        workflow_type=definition.name,
        task_queue=task_queue,
        namespace=namespace,
        attempt=attempt,
    )
    return WorkflowInstance(
        definition,
        info,
        converter=converter,
        framing=framing,
        supported_commands=supported_commands,
    )


def activate(
    instance: WorkflowInstance, task: Mapping[str, Any], events: list[dict[str, Any]]
) -> ActivationResult:
    return instance.activate(Activation.from_task(task, history=events))


def commands_of(result: ActivationResult) -> list[dict[str, Any]]:
    return [dict(c) for c in result.commands]


def failure_of(result: ActivationResult) -> TaskFailure | None:
    failure = result.failure
    if failure is None:
        return None
    exc = failure.exception
    trace = "".join(traceback.format_exception(exc)) if exc is not None else None
    return TaskFailure(type=failure.type, message=failure.message, stack_trace=trace)


def is_finished(result: ActivationResult) -> bool:
    """Whether the workflow issued its terminal command in this activation."""
    return result.finished


def failure_type(exc: BaseException) -> str:
    return type(exc).__name__


def last_sequence(instance: WorkflowInstance) -> int:
    return int(instance.last_sequence or 0)


def query(instance: WorkflowInstance, name: str, arguments: Any) -> Any:
    return instance.query(name, arguments)


def query_failure_reason(exc: BaseException) -> str:
    """The ``failure.reason`` a query failure is reported with."""
    if isinstance(exc, UnknownWorkflowType):
        return "query_workflow_type_not_registered"
    if isinstance(exc, UnknownHandlerError):
        return "rejected_unknown_query"
    return "query_rejected"
