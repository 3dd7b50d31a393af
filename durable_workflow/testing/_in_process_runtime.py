"""The in-process environment's side of the runtime contract: one runtime instance per run.

The environment feeds each run's instance only the events it has not seen yet (the instance
remembers the last sequence it applied, so the cost of a task is O(new events)), with the run's
start arguments and the task's resume context, exactly as the ``Worker`` does for a cached
workflow.
"""

from __future__ import annotations

from typing import Any

from ..codec import PayloadConverter
from ..workflow import (
    Activation,
    WorkflowDefinition,
    WorkflowInfo,
    WorkflowInstance,
    get_definition,
)
from ._errors import EnvironmentSetupError
from ._in_process_state import Run

__all__ = ["RuntimeAdapter"]


class RuntimeAdapter:
    """Registered workflow definitions, and instances driven task by task."""

    def __init__(self, namespace: str, converter: PayloadConverter) -> None:
        self._namespace = namespace
        self._converter = converter
        self._definitions: dict[str, WorkflowDefinition] = {}

    def register(self, cls: type) -> str:
        """Register a ``@workflow.defn`` class; returns its workflow type."""
        definition = get_definition(cls)
        known = self._definitions.get(definition.name)
        if known is not None and known.cls is not cls:
            raise EnvironmentSetupError(
                f"two classes are registered as workflow type {definition.name!r}:"
                f" {known.cls.__qualname__} and {cls.__qualname__}"
            )
        self._definitions[definition.name] = definition
        return definition.name

    def definition(self, workflow_type: str) -> WorkflowDefinition:
        """The definition registered as ``workflow_type``."""
        definition = self._definitions.get(workflow_type)
        if definition is None:
            known = ", ".join(sorted(self._definitions)) or "none"
            raise EnvironmentSetupError(
                f"no workflow registered as {workflow_type!r} (registered: {known})"
            )
        return definition

    def new_instance(self, run: Run) -> WorkflowInstance | None:
        """A fresh instance for ``run`` (``None`` for an unregistered type: its task fails)."""
        definition = self._definitions.get(run.workflow_type)
        if definition is None:
            return None
        info = WorkflowInfo(
            workflow_id=run.workflow_id,
            run_id=run.run_id,
            workflow_type=run.workflow_type,
            task_queue=run.task_queue,
            namespace=self._namespace,
        )
        return WorkflowInstance(definition, info, converter=self._converter)

    def activate(
        self, run: Run, resume: dict[str, Any] | None, task_id: str
    ) -> tuple[list[dict[str, Any]] | None, dict[str, Any] | None]:
        """Run one workflow task of ``run``: its commands, or its task failure."""
        instance: WorkflowInstance | None = run.instance
        if instance is None:
            return None, {
                "type": "UnknownWorkflowType",
                "message": f"no workflow registered for type {run.workflow_type!r}",
                "details": None,
            }
        events = run.history.since(run.applied)
        run.applied = len(run.history)
        update_id = (resume or {}).get("workflow_update_id")
        result = instance.activate(
            Activation(
                history=events,
                arguments=run.arguments,
                payload_codec="avro",
                workflow_update_id=update_id if isinstance(update_id, str) else None,
                resume=resume or {},
            )
        )
        if result.failure is not None:
            failure = result.failure
            return None, {
                "type": failure.type,
                "message": failure.message,
                "details": dict(failure.details),
                "exception": failure.exception,
            }
        return list(result.commands), None

    def query(self, run: Run, name: str, arguments: dict[str, Any]) -> Any:
        """Answer query ``name`` from ``run``'s instance."""
        instance: WorkflowInstance | None = run.instance
        if instance is None:
            raise EnvironmentSetupError(f"no workflow registered for type {run.workflow_type!r}")
        return instance.query(name, arguments)

    def validate_update(self, run: Run, name: str, arguments: dict[str, Any]) -> None:
        """Run update ``name``'s validator on ``run``'s instance (raises to reject)."""
        instance: WorkflowInstance | None = run.instance
        if instance is None:
            raise EnvironmentSetupError(f"no workflow registered for type {run.workflow_type!r}")
        instance.validate_update(name, arguments)
