"""Replaying recorded histories against workflow code: :func:`replay` and :class:`Replayer`.

Replay runs the workflow code against a run's history, exactly as a worker rebuilding the run
would, and raises :class:`~durable_workflow.workflow.NondeterminismError` where the code no longer
issues what the history recorded. Use it in tests before deploying a change to workflow code.

A history is accepted in the shapes the server and the client give it:

* the result of ``client.get_history(...)`` (``{"events": [...], ...}``);
* the bundle of ``client.export_history(...)`` (``{"history_events": [...], "workflow": {...},
  "payloads": {...}}``), whose start input is used;
* a bare list of events (``event_type`` or ``type``, ``payload``, ``sequence``);
* a path to a JSON file holding any of these.

The start input comes from ``arguments=`` (a list of values or an envelope), else from the
export bundle, else from the ``WorkflowStarted`` event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

from ..codec import PayloadConverter, encode_arguments, is_payload_envelope
from ..errors import ConfigurationError
from ..workflow import (
    Activation,
    WorkflowDefinition,
    WorkflowInfo,
    WorkflowInstance,
    get_definition,
)

__all__ = ["ReplayResult", "Replayer", "replay"]

HistoryInput = Mapping[str, Any] | Sequence[Mapping[str, Any]] | str | PathLike[str]


@dataclass(frozen=True)
class ReplayResult:
    """What replaying a history gave: the commands the code would send next (the terminal
    command for a finished run) and whether the workflow finished."""

    workflow_type: str
    commands: list[dict[str, Any]]
    finished: bool
    events: int


@dataclass(frozen=True)
class _History:
    events: list[dict[str, Any]]
    arguments: Any
    payload_codec: str | None
    workflow_id: str
    run_id: str
    workflow_type: str | None
    task_queue: str


def _load(history: HistoryInput) -> Any:
    if isinstance(history, str | PathLike):
        return json.loads(Path(history).read_text(encoding="utf-8"))
    return history


def _normalise(
    history: HistoryInput,
    arguments: Any,
    workflow_id: str | None = None,
    run_id: str | None = None,
) -> _History:
    document = _load(history)
    meta: Mapping[str, Any] = {}
    start_input: Any = None
    codec: str | None = "avro"
    if isinstance(document, Mapping):
        raw_events = document.get("events")
        if raw_events is None:
            raw_events = document.get("history_events")
        if raw_events is None:
            raw_events = document.get("history")
        workflow = document.get("workflow")
        meta = workflow if isinstance(workflow, Mapping) else document
        payloads = document.get("payloads")
        if isinstance(payloads, Mapping):
            codec = payloads.get("codec") or codec
            args = payloads.get("arguments")
            if isinstance(args, Mapping) and args.get("available", True):
                start_input = args.get("data")
                if isinstance(start_input, str):
                    start_input = {"codec": codec, "blob": start_input}
    else:
        raw_events = document
    if not isinstance(raw_events, list):
        raise ConfigurationError("a history is a list of events, or a document holding one")
    events: list[dict[str, Any]] = []
    workflow_type = meta.get("workflow_type") if isinstance(meta, Mapping) else None
    for raw in raw_events:
        if not isinstance(raw, Mapping):
            raise ConfigurationError("every history event must be an object")
        event = dict(raw)
        if "event_type" not in event and "type" in event:
            event["event_type"] = event["type"]
        if event.get("event_type") == "WorkflowStarted" and not workflow_type:
            payload = event.get("payload") or {}
            workflow_type = payload.get("workflow_type")
        events.append(event)
    if arguments is not None:
        start_input = arguments if is_payload_envelope(arguments) else encode_arguments(arguments)
    return _History(
        events=events,
        arguments=start_input,
        payload_codec=codec,
        workflow_id=workflow_id
        or str(meta.get("instance_id") or meta.get("workflow_id") or "replay"),
        run_id=run_id or str(meta.get("run_id") or "replay-run"),
        workflow_type=workflow_type if isinstance(workflow_type, str) else None,
        task_queue=str(meta.get("queue") or meta.get("task_queue") or "replay"),
    )


def _replay(
    definition: WorkflowDefinition, loaded: _History, converter: PayloadConverter | None
) -> ReplayResult:
    info = WorkflowInfo(
        workflow_id=loaded.workflow_id,
        run_id=loaded.run_id,
        workflow_type=definition.name,
        task_queue=loaded.task_queue,
    )
    instance = WorkflowInstance(definition, info, converter=converter)
    result = instance.activate(
        Activation(
            history=loaded.events,
            arguments=loaded.arguments,
            payload_codec=loaded.payload_codec,
        )
    )
    failure = result.failure
    if failure is not None and failure.type != "WorkflowTaskWaitingForHistory":
        if failure.exception is not None:
            raise failure.exception
        raise ConfigurationError(failure.message)  # pragma: no cover - every failure has one
    return ReplayResult(definition.name, result.commands, result.finished, len(loaded.events))


def replay(
    workflow_cls: type,
    history: HistoryInput,
    *,
    arguments: Any = None,
    workflow_id: str | None = None,
    run_id: str | None = None,
    converter: PayloadConverter | None = None,
) -> ReplayResult:
    """Replay ``history`` with ``workflow_cls``; raises ``NondeterminismError`` on mismatch.

    ``run_id`` seeds ``workflow.random()``/``uuid4()``: it is read from the history document
    when it has one; pass it for a bare list of events. Payload and start-input errors raise
    their typed errors too (``UnsupportedPayloadCodec``, ...). Returns the commands the code
    would send next.
    """
    loaded = _normalise(history, arguments, workflow_id, run_id)
    return _replay(get_definition(workflow_cls), loaded, converter)


class Replayer:
    """Replays many histories, choosing the workflow class by each history's workflow type."""

    def __init__(
        self, workflows: Iterable[type], *, converter: PayloadConverter | None = None
    ) -> None:
        self._definitions: dict[str, WorkflowDefinition] = {}
        for cls in workflows:
            definition = get_definition(cls)
            self._definitions[definition.name] = definition
        if not self._definitions:
            raise ConfigurationError("a Replayer needs at least one workflow class")
        self._converter = converter

    def replay(
        self, history: HistoryInput, *, arguments: Any = None, workflow_type: str | None = None
    ) -> ReplayResult:
        """Replay one history (its type from ``workflow_type``, the export bundle or the
        ``WorkflowStarted`` event; a single registered workflow is used otherwise)."""
        loaded = _normalise(history, arguments)
        name = workflow_type or loaded.workflow_type
        if name is None and len(self._definitions) == 1:
            name = next(iter(self._definitions))
        definition = self._definitions.get(name) if name is not None else None
        if definition is None:
            raise ConfigurationError(
                f"no workflow registered for type {name!r} "
                f"(registered: {sorted(self._definitions)})"
            )
        return _replay(definition, loaded, self._converter)

    def replay_all(self, histories: Iterable[HistoryInput]) -> list[ReplayResult]:
        """Replay each history in turn; the first failure is raised."""
        return [self.replay(history) for history in histories]
