"""Value objects shared by the runtime and the worker: run identity, activations, results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Activation", "ActivationResult", "TaskFailure", "WorkflowInfo"]


@dataclass(frozen=True)
class WorkflowInfo:
    """Identity of the run a workflow instance executes (``workflow.info()`` inside it)."""

    workflow_id: str
    run_id: str
    workflow_type: str
    task_queue: str
    namespace: str = "default"
    attempt: int = 1


@dataclass(frozen=True)
class Activation:
    """One workflow task, as the runtime needs it.

    * ``history`` -- history events as the server serves them (dicts with ``event_type`` or
      ``type``, ``payload``, and usually ``sequence`` and ``recorded_at``). The whole history
      of the task may be passed: events at or below the instance's last applied ``sequence``
      are skipped.
    * ``arguments`` -- the task's ``arguments`` (the start input envelope), or ``None``.
    * ``payload_codec`` -- the task's ``payload_codec`` (must be ``"avro"``).
    * ``workflow_update_id`` -- the update the task was created for (update application).
    * ``resume`` -- the task's other resume-context fields (hints; replay uses history).
    """

    history: Sequence[Mapping[str, Any]] = ()
    arguments: Any = None
    payload_codec: str | None = "avro"
    workflow_update_id: str | None = None
    resume: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_task(
        cls, task: Mapping[str, Any], history: Sequence[Mapping[str, Any]] | None = None
    ) -> Activation:
        """Build an activation from a polled workflow task (and its full history, when the
        task's inline history was paged). Query and update-validation tasks work too: their
        start input is ``workflow_arguments``."""
        events = history if history is not None else task.get("history_events") or []
        update_id = task.get("workflow_update_id")
        arguments = task.get("arguments")
        if arguments is None:
            arguments = task.get("workflow_arguments")
        return cls(
            history=events,
            arguments=arguments,
            payload_codec=task.get("payload_codec"),
            workflow_update_id=update_id if isinstance(update_id, str) and update_id else None,
            resume={
                k: v
                for k, v in task.items()
                if k not in ("history_events", "arguments", "workflow_arguments")
            },
        )


@dataclass(frozen=True)
class TaskFailure:
    """Why a workflow task cannot complete: send as ``fail_workflow_task(failure=...)``.

    ``type`` is a stable name (``NondeterminismError``, ``UnsupportedPayloadCodec``,
    ``WorkflowPayloadDecodeError``, ``WorkflowEntryArgumentsMismatchError``,
    ``WorkflowTaskWaitingForHistory``, ``WorkflowRuntimeError``, ``UnsupportedWorkflowCommand``);
    ``details`` holds extra fields (``reason``, ``sequence``, ``recorded``, ``issued``,
    ``command``).
    """

    type: str
    message: str
    details: Mapping[str, Any] = field(default_factory=dict)
    exception: BaseException | None = field(default=None, compare=False, repr=False)

    def to_wire(self) -> dict[str, Any]:
        """The ``failure`` object of ``POST /worker/workflow-tasks/{id}/fail``."""
        wire: dict[str, Any] = {"message": self.message, "type": self.type}
        reason = self.details.get("reason")
        if isinstance(reason, str):
            wire["reason"] = reason
        return wire


@dataclass(frozen=True)
class ActivationResult:
    """The outcome of :meth:`WorkflowInstance.activate`.

    ``commands`` are wire dicts in the order to send them; ``failure`` is set instead when the
    task must be failed. ``finished`` is true once the workflow issued its terminal command.
    """

    commands: list[dict[str, Any]]
    failure: TaskFailure | None = None
    finished: bool = False
