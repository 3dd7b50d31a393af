"""The worker's only contact with the deterministic runtime (:mod:`durable_workflow.workflow`).

Everything the worker asks of the runtime goes through these functions: build a definition,
make an instance for a run, activate it with a task's history, read the commands or the task
failure, answer a query.
"""

from __future__ import annotations

import importlib
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import DurableWorkflowError


class UnknownWorkflowType(DurableWorkflowError):
    """A task names a workflow type this worker has not registered."""


#: A task failure that leaves the instance valid: the workflow just has nothing new to say.
WAITING_FOR_HISTORY = "WorkflowTaskWaitingForHistory"


@dataclass(frozen=True)
class TaskFailure:
    type: str
    message: str
    stack_trace: str | None


def _workflow() -> Any:
    return importlib.import_module("durable_workflow.workflow")


def definition_of(cls: type) -> Any:
    """The runtime's definition of a ``@workflow.defn`` class (a typed error otherwise)."""
    definition = _workflow().get_definition(cls)
    return definition


def new_instance(
    definition: Any,
    task: Mapping[str, Any],
    *,
    namespace: str,
    task_queue: str,
    attempt: int,
    converter: Any,
) -> Any:
    wf = _workflow()
    info = wf.WorkflowInfo(
        workflow_id=str(task.get("workflow_id")),
        run_id=str(task.get("run_id")),
        workflow_type=definition.name,
        task_queue=task_queue,
        namespace=namespace,
        attempt=attempt,
    )
    return wf.WorkflowInstance(definition, info, converter=converter)


def activate(instance: Any, task: Mapping[str, Any], events: list[dict[str, Any]]) -> Any:
    return instance.activate(_workflow().Activation.from_task(task, history=events))


def commands_of(result: Any) -> list[dict[str, Any]]:
    return [dict(c) for c in getattr(result, "commands", None) or []]


def failure_of(result: Any) -> TaskFailure | None:
    failure = getattr(result, "failure", None)
    if failure is None:
        return None
    exc = getattr(failure, "exception", None)
    trace = "".join(traceback.format_exception(exc)) if isinstance(exc, BaseException) else None
    return TaskFailure(
        type=str(getattr(failure, "type", None) or "WorkflowTaskFailed"),
        message=str(getattr(failure, "message", None) or failure),
        stack_trace=trace,
    )


def is_finished(result: Any) -> bool:
    """Whether the workflow issued its terminal command in this activation."""
    return bool(getattr(result, "finished", False))


def failure_type(exc: BaseException) -> str:
    return type(exc).__name__


def last_sequence(instance: Any) -> int:
    return int(getattr(instance, "last_sequence", 0) or 0)


def query(instance: Any, name: str, arguments: Any) -> Any:
    return instance.query(name, arguments)


def query_failure_reason(exc: BaseException) -> str:
    """The ``failure.reason`` a query failure is reported with."""
    if isinstance(exc, UnknownWorkflowType):
        return "query_workflow_type_not_registered"
    if type(exc).__name__ == "UnknownHandlerError":
        return "rejected_unknown_query"
    return "query_rejected"
