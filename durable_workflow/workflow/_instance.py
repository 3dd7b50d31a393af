"""The workflow runtime: history in, commands out, with no I/O.

Worker-facing contract (stable; changes are announced in commits starting "Runtime contract:")::

    from durable_workflow.workflow import (
        get_definition, WorkflowInstance, WorkflowInfo, Activation, ActivationResult, TaskFailure)

    definition = get_definition(cls)            # WorkflowDefinitionError unless @workflow.defn
    definition.name / .run / .signals / .queries / .updates   # HandlerDefinition per name
    instance = WorkflowInstance(definition, WorkflowInfo(workflow_id, run_id, workflow_type,
                                task_queue, namespace="default", attempt=1),
                                converter=None,  # a codec.PayloadConverter, default converter
                                framing="avro-value-v1",  # "avro-legacy" for 2026-04 servers
                                supported_commands=None)  # the server's command types
    result = instance.activate(Activation.from_task(task, history=all_events))
    #   Activation(history=[event dicts], arguments=task["arguments"],
    #              payload_codec=task["payload_codec"], workflow_update_id=..., resume={...})
    result.commands   # list of wire dicts for complete_workflow_task(commands=...)
    result.failure    # TaskFailure(type, message, details) for fail_workflow_task, or None;
                      # failure.to_wire() -> {"message", "type", "reason"?}
    result.finished   # the workflow issued its terminal command
    instance.query(name, arguments)            # -> value; arguments: envelope, blob or list
    instance.validate_update(name, arguments)  # raises to reject
    instance.last_sequence                     # last history ``sequence`` applied
    instance.encode(value)                     # -> payload envelope (for query results)

A task that cannot complete gets ``failure`` instead of commands: ``NondeterminismError``,
``UnsupportedPayloadCodec``, ``WorkflowPayloadDecodeError``,
``WorkflowEntryArgumentsMismatchError``, ``WorkflowRuntimeError``, ``UnsupportedWorkflowCommand``
(a new command whose type is not in ``supported_commands``, when given: the workflow-task
command types the server advertised), and
``WorkflowTaskWaitingForHistory`` when the workflow has nothing new to say (woken by a signal
while its operations are still pending; the instance stays usable). After any other failure
the instance rebuilds itself from the next activation if that carries the run's whole history
(else it keeps failing: build a new one). An instance also rebuilds itself from a whole history
when it finds its previous commands were never applied.

Signals run their handler where history recorded them (unknown names are logged and skipped).
An update's handler runs where ``UpdateAccepted`` is recorded (after its validator); when it
returns or raises, ``complete_update``/``fail_update`` joins the commands of that task, beside
any workflow commands. A task whose ``workflow_update_id`` names an update absent from history
answers ``fail_update`` with ``exception_type`` ``UpdateNotFound`` (``UnknownUpdate`` for a name
without handler). A ``CancelRequested`` event raises ``asyncio.CancelledError`` at the
workflow's current await; if it escapes, the workflow fails with ``CancelledError``.

How a task runs: the instance reads the new events once, in order. Each event that records a
command (``ActivityScheduled``, ``TimerScheduled``, ...) is paired with the operation the code
issued at that point (:mod:`._history`), each outcome (``ActivityCompleted``, ``TimerFired``,
...) resolves that operation's future, signals and updates run their handlers at their place in
history, and after each event the deterministic loop runs the code until it waits again. What the
code issues beyond the recorded history is the new commands. The cost is O(new events).

Why workflow code must be deterministic: the code is run again, against the recorded history,
whenever a worker restarts or loses its cached instance, and must take the same path. Reading the
real clock, random numbers, environment, files or the network would give different answers on
replay; use ``workflow.now()``, ``workflow.random()``, ``workflow.uuid4()`` and activities.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import inspect
import logging
from collections import deque
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, Final

from ..codec import (
    PayloadConverter,
    PayloadFraming,
    decode_arguments,
    decode_payload,
    default_converter,
    require_avro_codec,
)
from ..errors import PayloadError, UnsupportedPayloadCodec
from ._commands import CONDITION, Op
from ._definition import HandlerDefinition, WorkflowDefinition
from ._errors import (
    NondeterminismError,
    UnsupportedWorkflowCommand,
    WorkflowRuntimeError,
    WorkflowUsageError,
)
from ._history import RESOLVE, WAIT_TIMEOUT, HistoryScanner, missing_command
from ._history import event_sequence as _seq
from ._info import Activation, ActivationResult, TaskFailure, WorkflowInfo
from ._loop import WorkflowEventLoop
from ._outcomes import (
    ContinueAsNew,
    activity_error,
    child_error,
    fail_update_command,
    fail_workflow_command,
)
from ._state import RunState

__all__ = ["WorkflowInstance", "current_instance"]

_log = logging.getLogger("durable_workflow.workflow")
_START_EVENTS: Final = frozenset({"StartAccepted", "WorkflowStarted"})
# Events written by applying a task's commands: code before them is being replayed.
_COMMAND_RESULTS: Final = frozenset(
    {"WorkflowCompleted", "WorkflowFailed", "WorkflowContinuedAsNew", "UpdateApplied"}
    | {"UpdateCompleted"}
)
_NO_DETAILS: Final[dict[str, Any]] = {}
_SETTLED: Final = Op("settled operation", _NO_DETAILS, dict)


class _Stale(Exception):
    """The previous task's commands never reached history: the cached state is stale."""


_signature = functools.lru_cache(maxsize=512)(inspect.signature)


def current_instance() -> WorkflowInstance:
    """The instance whose workflow code is running (raises outside workflow code)."""
    loop = asyncio._get_running_loop()
    if isinstance(loop, WorkflowEventLoop):
        owner: WorkflowInstance = loop.owner
        return owner
    raise WorkflowUsageError("this function can only be called from workflow code")


def _required_arguments(fn: Callable[..., Any]) -> int:
    """How many arguments (``self`` excluded) ``fn`` cannot be called without."""
    params = list(inspect.signature(fn).parameters.values())[1:]
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(1 for p in params if p.kind in kinds and p.default is inspect.Parameter.empty)


async def _call_handler(fn: Callable[..., Any], target: Any, args: list[Any]) -> Any:
    result = fn(target, *args)
    if inspect.isawaitable(result):
        result = await result
    return result


class WorkflowInstance(RunState):
    """One workflow run kept in memory; see the module docstring for the contract."""

    def __init__(
        self,
        definition: WorkflowDefinition,
        info: WorkflowInfo,
        *,
        converter: PayloadConverter | None = None,
        framing: PayloadFraming | str = PayloadFraming.VALUE_V1,
        supported_commands: Collection[str] | None = None,
    ) -> None:
        self.definition = definition
        self.info = info
        self.converter = converter or default_converter()
        self.framing = PayloadFraming.parse(framing)
        #: Command types the server takes (``None``: not known, every command is sent).
        self.supported_commands = (
            frozenset(supported_commands) if supported_commands is not None else None
        )
        self._reset()

    def _reset(self) -> None:
        self._loop = WorkflowEventLoop(self)  # type: ignore[abstract]
        self.loop = self._loop
        self._scanner = HistoryScanner()
        self._workflow: Any = None
        self._main: asyncio.Task[Any] | None = None
        self._started = False
        self.finished = False
        self._terminal: dict[str, Any] | None = None
        self._out: list[Op | dict[str, Any]] = []
        self._awaiting: deque[Op] = deque()
        self._activation = 0
        self.last_sequence = 0
        self.codec = "avro"
        self._started_input: Any = None
        self._conditions: list[Op] = []
        self._fresh: dict[int, Op] = {}
        self.versions: dict[str, int] = {}
        self._updates_started: set[str] = set()
        self._time_text: str | None = None
        self._time_value: dt.datetime | None = None
        self._time_parsed: str | None = None
        digest = hashlib.sha256(self.info.run_id.encode()).hexdigest()
        self._rng = int(digest[:16], 16)
        self._fatal: BaseException | None = None
        self.in_query = False
        self.replaying = False
        self._broken = False
        self.cancel_requested = False
        self._signal_woken = False

    # ================================================================== activation
    def activate(self, activation: Activation) -> ActivationResult:
        """Apply one workflow task's new history events and return its commands."""
        if self._broken:
            if not _is_whole(activation):
                return self._failure(
                    WorkflowRuntimeError(
                        "this workflow instance failed an earlier task; build a new one"
                    )
                )
            self._reset()
        previous = self._loop.enter()  # the workflow's loop is current for the whole task
        try:
            try:
                return self._activate(activation)
            except _Stale:
                if not _is_whole(activation):
                    raise WorkflowRuntimeError(
                        "the previous task's commands are missing from history; replay the "
                        "run from its whole history"
                    ) from None
                self._reset()
                asyncio._set_running_loop(self._loop)
                return self._activate(activation)
        except Exception as exc:  # every failure becomes a task failure
            self._broken = True
            return self._failure(exc)
        finally:
            asyncio._set_running_loop(previous)

    def _failure(self, exc: BaseException) -> ActivationResult:
        details: dict[str, Any] = {}
        if isinstance(exc, NondeterminismError):
            name = "NondeterminismError"
            details = {"sequence": exc.sequence, "recorded": exc.recorded, "issued": exc.issued}
        elif isinstance(exc, UnsupportedPayloadCodec):
            name = "UnsupportedPayloadCodec"
            details = {"reason": "unsupported_payload_codec"}
        elif isinstance(exc, PayloadError):
            name = "WorkflowPayloadDecodeError"
            details = {"reason": getattr(exc, "code", None) or "payload_decode_error"}
        elif isinstance(exc, UnsupportedWorkflowCommand):
            name = "UnsupportedWorkflowCommand"
            details = {"reason": "unsupported_workflow_command", "command": exc.command}
        elif isinstance(exc, _EntryMismatch):
            name = "WorkflowEntryArgumentsMismatchError"
            details = {"reason": "workflow_entry_arguments_mismatch"}
        else:
            name = "WorkflowRuntimeError"
        message = str(exc) or type(exc).__name__
        return ActivationResult([], TaskFailure(name, message, details, exc), self.finished)

    def _activate(self, activation: Activation) -> ActivationResult:
        self.codec = require_avro_codec(activation.payload_codec, what="workflow payload")
        self._activation += 1
        scanner = self._scanner
        scan = scanner.scan
        last = self.last_sequence
        # The new events, scanned once, kept in parallel lists (cheaper than a tuple each).
        types: list[str] = []
        payloads: list[Mapping[str, Any]] = []
        roles: list[int] = []
        steps: list[Any] = []
        times: list[Any] = []
        positions: list[int | None] = []
        last_recorded = -1
        history = activation.history
        for event in history[_first_new(history, last) :] if last else history:
            position = event.get("sequence")
            if position.__class__ is not int:
                position = _seq(event)
            if position is not None and position <= last:
                continue
            event_type = event.get("event_type") or event.get("type") or ""
            payload = event.get("payload") or {}
            role, step = scan(event_type, payload)
            if role or event_type in _COMMAND_RESULTS:
                last_recorded = len(types)
            types.append(event_type)
            payloads.append(payload)
            roles.append(role)
            steps.append(step)
            times.append(event.get("recorded_at"))
            positions.append(position)
        while self._awaiting and scanner.pending:
            self._pair(self._awaiting.popleft(), scanner.pending.popleft())
        if self._awaiting:
            raise _Stale()
        ready = self._loop.ready
        for index, event_type in enumerate(types):
            payload = payloads[index]
            role = roles[index]
            step = steps[index]
            recorded_at = times[index]
            position = positions[index]
            self.replaying = index < last_recorded
            if event_type in _START_EVENTS:
                if recorded_at.__class__ is str:
                    self._time_text = recorded_at
                if event_type == "WorkflowStarted":
                    self._on_started(payload)
            else:
                if not self._started:
                    self._start(activation)
                if recorded_at.__class__ is str:
                    self._time_text = recorded_at
                if role:
                    op = step.op
                    if op is None:
                        if not (step.kind == CONDITION and self._absorb_reopen(step)):
                            raise missing_command(step)
                        if scanner.pending and scanner.pending[0] is step:
                            scanner.pending.popleft()
                        op = step.op
                    if role == RESOLVE:
                        self._resolve(op, event_type, payload, step.label)
                        if op.kind is not CONDITION:
                            # Late duplicates find nothing to resolve; the step keeps no payload.
                            step.op = _SETTLED
                            step.payload = _NO_DETAILS
                    elif event_type == "ChildRunStarted" and op.future is not None:
                        _child_started(op.future, payload)
                    elif role == WAIT_TIMEOUT:
                        future = op.future
                        if future is not None and not future.done():
                            future.set_result(False)
                else:
                    self._on_other(event_type, payload)
                if ready or self._conditions or self._fresh:
                    self._run()
            if position is not None and position > self.last_sequence:
                self.last_sequence = position
        self.replaying = False
        if not self._started:
            self._start(activation)
        if self._signal_woken:
            self._signal_woken = False
            self._reopen()
        return self._finish_activation(activation)

    def _finish_activation(self, activation: Activation) -> ActivationResult:
        scanner = self._scanner
        if scanner.terminal is not None and not self.finished:
            raise NondeterminismError(
                f"workflow history recorded {scanner.terminal}, but the workflow has not finished",
                recorded=scanner.terminal,
            )
        if self.finished and scanner.terminal is not None and self._terminal is not None:
            expected = {
                "complete_workflow": "WorkflowCompleted",
                "fail_workflow": "WorkflowFailed",
                "continue_as_new": "WorkflowContinuedAsNew",
            }[self._terminal["type"]]
            if expected != scanner.terminal:
                raise NondeterminismError(
                    f"workflow history recorded {scanner.terminal}, but the workflow issued "
                    f"{self._terminal['type']}",
                    recorded=scanner.terminal,
                    issued=self._terminal["type"],
                )
        update_id = activation.workflow_update_id
        if update_id and update_id not in self._updates_started:
            self._updates_started.add(update_id)
            if update_id not in scanner.updates_recorded:
                self._out.append(
                    fail_update_command(update_id, None, f"update {update_id!r} is not in history")
                )
        commands = [item.command() if isinstance(item, Op) else item for item in self._out]
        terminal = self._terminal
        if terminal is not None and (scanner.terminal is None or not commands):
            # Sent until history records it (a task retried after a lost completion sends it
            # again); a replay of a finished run reports how the run ended.
            commands.append(terminal)
        self._check_supported(commands)
        self._awaiting.extend(item for item in self._out if isinstance(item, Op))
        self._out = []
        if not commands:
            return ActivationResult(
                [],
                TaskFailure(
                    "WorkflowTaskWaitingForHistory", "Workflow task waiting for scheduled history."
                ),
                self.finished,
            )
        return ActivationResult(commands, None, self.finished)

    def _check_supported(self, commands: Sequence[Mapping[str, Any]]) -> None:
        """Raise :class:`UnsupportedWorkflowCommand` for a command the server does not take."""
        supported = self.supported_commands
        if supported is None:
            return
        for command in commands:
            kind = str(command.get("type"))
            if kind not in supported:
                raise UnsupportedWorkflowCommand(kind, supported)

    # ================================================================== events
    def _on_started(self, payload: Mapping[str, Any]) -> None:
        codec = payload.get("payload_codec")
        if codec is not None:
            require_avro_codec(codec, what="workflow payload")
        timestamp = payload.get("timestamp")
        if isinstance(timestamp, str):
            self._time_text = timestamp
        for key in ("input_envelope", "input", "arguments"):
            if payload.get(key) is not None:
                self._started_input = payload[key]
                break

    def _start(self, activation: Activation) -> None:
        self._started = True
        run = self.definition.run
        raw = activation.arguments if activation.arguments is not None else self._started_input
        args = decode_arguments(
            raw, self.codec, type_hints=run.arg_types, converter=self.converter, path="input"
        )
        try:
            _signature(run.fn).bind(None, *args)
        except TypeError as exc:
            raise _EntryMismatch(
                f"workflow {self.definition.name!r} start arguments do not match "
                f"{run.fn.__qualname__}: {exc}"
            ) from None
        previous = self._loop.enter()
        try:
            self._workflow = self.definition.cls()
        except Exception as exc:
            self._finish(fail_workflow_command(exc))
            return
        finally:
            self._loop.leave(previous)
        self._main = self._loop.create_task(run.fn(self._workflow, *args), name="workflow.run")
        self._main.add_done_callback(self._on_main_done)
        self._run()

    def _resolve(self, op: Op, event_type: str, payload: Mapping[str, Any], label: int) -> None:
        future = op.future
        if future is None or future.done():
            return
        if op.kind is not CONDITION:
            # Resolved for good: let the handle and its details go (steps live on for late
            # duplicates, which find no future and are ignored).
            op.future = None
            op.details = _NO_DETAILS
        if event_type == "ActivityCompleted":
            future.set_result(self._decode(payload.get("result"), payload, op.decode))
        elif event_type == "ChildRunCompleted":
            raw = payload.get("output")
            future.set_result(
                self._decode(raw if raw is not None else payload.get("result"), payload, op.decode)
            )
        elif event_type == "TimerFired":
            future.set_result(None)
        elif event_type == "ConditionWaitSatisfied":
            future.set_result(True)
        elif event_type == "ConditionWaitTimedOut":
            future.set_result(False)
        elif event_type.startswith("Activity"):
            future.set_exception(activity_error(event_type, payload, label))
        else:
            future.set_exception(child_error(event_type, payload, label))

    def _decode(self, raw: Any, payload: Mapping[str, Any], hint: Any) -> Any:
        if raw is None:
            return None
        codec = payload.get("payload_codec") or self.codec
        return decode_payload(raw, codec, type_hint=hint, converter=self.converter)

    def _on_other(self, event_type: str, payload: Mapping[str, Any]) -> None:
        if event_type == "SignalReceived":
            self._on_signal(payload)
        elif event_type in ("UpdateAccepted", "UpdateApplied"):
            self._on_update(payload)
        elif event_type == "CancelRequested":
            self.cancel_requested = True
            if self._main is not None and not self._main.done():
                reason = payload.get("reason")
                self._main.cancel(reason if isinstance(reason, str) else None)

    def _handler_args(self, handler: HandlerDefinition, raw: Any, codec: Any) -> list[Any]:
        if isinstance(raw, Mapping) and raw.get("blob", "") is None and len(raw) <= 2:
            raw = None  # {"codec": "avro", "blob": null}: a query task without arguments
        if isinstance(raw, list):
            return self.converter.from_values(raw, list(handler.arg_types))
        return decode_arguments(
            raw, codec or self.codec, type_hints=handler.arg_types, converter=self.converter
        )

    def _on_signal(self, payload: Mapping[str, Any]) -> None:
        name = payload.get("signal_name")
        handler = self.definition.signals.get(name) if isinstance(name, str) else None
        if handler is None:
            _log.warning("workflow %s: no handler for signal %r", self.info.workflow_id, name)
            return
        raw = next(
            (payload[k] for k in ("value", "input", "arguments") if payload.get(k) is not None),
            None,
        )
        if raw is None and (needed := _required_arguments(handler.fn)):
            raise WorkflowRuntimeError(
                f"signal {name!r} arrived without arguments, but its handler needs {needed}: "
                "this server's SignalReceived events carry none (the 2026-04 release keeps them "
                "with the signal record only); give the handler's parameters defaults or run the "
                "workflow against a server that delivers signal arguments"
            )
        args = self._handler_args(handler, raw, payload.get("payload_codec"))
        task = self._loop.create_task(_call_handler(handler.fn, self._workflow, args))
        task.add_done_callback(self._on_handler_done)
        if not self.replaying:
            self._signal_woken = True

    def _on_update(self, payload: Mapping[str, Any]) -> None:
        update_id = payload.get("update_id")
        if not isinstance(update_id, str) or update_id in self._updates_started:
            return
        self._updates_started.add(update_id)
        name = payload.get("update_name")
        handler = self.definition.updates.get(name) if isinstance(name, str) else None
        if handler is None:
            self._update_outcome(update_id, None, f"unknown update {name!r}")
            return
        args = self._handler_args(handler, payload.get("arguments"), payload.get("payload_codec"))
        if handler.validator is not None:
            previous_mode, self.in_query = self.in_query, True
            try:
                handler.validator(self._workflow, *args)
            except Exception as exc:
                self._update_outcome(update_id, exc)
                return
            finally:
                self.in_query = previous_mode
        task = self._loop.create_task(_call_handler(handler.fn, self._workflow, args))
        task.add_done_callback(lambda t: self._on_update_done(update_id, t))

    def _on_update_done(self, update_id: str, task: asyncio.Task[Any]) -> None:
        if task.cancelled():
            self._update_outcome(update_id, asyncio.CancelledError("update handler cancelled"))
            return
        exc = task.exception()
        if exc is not None:
            self._update_outcome(update_id, exc)
            return
        if update_id in self._scanner.updates_recorded:
            return
        try:
            result = self.encode(task.result())
        except Exception as error:
            self._update_outcome(update_id, error)
            return
        self._out.append({"type": "complete_update", "update_id": update_id, "result": result})

    def _update_outcome(self, update_id: str, exc: BaseException | None, message: str = "") -> None:
        if update_id in self._scanner.updates_recorded:
            return
        self._out.append(fail_update_command(update_id, exc, message))

    def _on_handler_done(self, task: asyncio.Task[Any]) -> None:
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            self._on_failure(exc)

    def _on_main_done(self, task: asyncio.Task[Any]) -> None:
        if task.cancelled():
            self._on_failure(asyncio.CancelledError("workflow cancelled"))
            return
        exc = task.exception()
        if exc is not None:
            self._on_failure(exc)
            return
        try:
            result = self.encode(task.result())
        except Exception as error:
            self._on_failure(error)
            return
        self._finish({"type": "complete_workflow", "result": result})

    def _on_failure(self, exc: BaseException) -> None:
        if isinstance(exc, NondeterminismError) or exc is self._fatal:
            self._fatal = self._fatal or exc
            return
        if isinstance(exc, ContinueAsNew):
            command: dict[str, Any] = {
                "type": "continue_as_new",
                "arguments": self.encode(exc.arguments),
            }
            if exc.workflow_type:
                command["workflow_type"] = exc.workflow_type
            if exc.task_queue:
                command["queue"] = exc.task_queue
            self._finish(command)
            return
        self._finish(fail_workflow_command(exc))

    def _finish(self, command: dict[str, Any]) -> None:
        if not self.finished:
            self.finished = True
            self._terminal = command

    # ================================================================== the loop
    def _run(self) -> None:
        self._loop.run_ready(self._after_idle)
        if self._fatal is not None:
            raise self._fatal

    # ================================================================== queries, validation
    def query(self, name: str, arguments: Any = None) -> Any:
        """Run the query handler ``name`` on the current state and return its value."""
        handler = self.definition.queries.get(name)
        if handler is None:
            raise UnknownHandlerError(f"workflow {self.definition.name!r} has no query {name!r}")
        return self._call_sync(handler.fn, handler, arguments)

    def validate_update(self, name: str, arguments: Any = None) -> None:
        """Run update ``name``'s validator (if any); raises to reject the update."""
        handler = self.definition.updates.get(name)
        if handler is None:
            raise UnknownHandlerError(f"workflow {self.definition.name!r} has no update {name!r}")
        if handler.validator is not None:
            self._call_sync(handler.validator, handler, arguments)

    def _call_sync(self, fn: Callable[..., Any], handler: HandlerDefinition, arguments: Any) -> Any:
        if self._workflow is None:
            raise WorkflowRuntimeError("the workflow has not started; activate it first")
        args = self._handler_args(handler, arguments, None)
        previous = self._loop.enter()
        self.in_query = True
        try:
            return fn(self._workflow, *args)
        finally:
            self.in_query = False
            self._loop.leave(previous)


def _child_started(handle: Any, payload: Mapping[str, Any]) -> None:
    """Tell a child workflow handle the ids the server gave the child run."""
    workflow_id = payload.get("child_workflow_instance_id")
    run_id = payload.get("child_workflow_run_id")
    if isinstance(workflow_id, str):
        handle.workflow_id = workflow_id
    if isinstance(run_id, str):
        handle.run_id = run_id


class _EntryMismatch(WorkflowRuntimeError):
    pass


class UnknownHandlerError(WorkflowUsageError, LookupError):
    """A query or update name the workflow has no handler for."""


def _first_new(history: Sequence[Mapping[str, Any]], last: int) -> int:
    """Index of the first event after history ``sequence`` ``last`` (without reading the events
    before it when the numbers are dense or sorted, as the server serves them)."""
    if not history:
        return 0
    first = history[0].get("sequence")
    if first.__class__ is not int:
        return 0  # no numbers: every event is looked at (and filtered one by one)
    guess = last + 1 - first
    if 0 <= guess < len(history) and history[guess].get("sequence") == last + 1:
        return guess
    low, high = 0, len(history)
    while low < high:  # numbers are increasing: the first one above ``last``
        middle = (low + high) // 2
        value = history[middle].get("sequence")
        if value.__class__ is not int:
            return 0
        if value <= last:
            low = middle + 1
        else:
            high = middle
    return low


def _is_whole(activation: Activation) -> bool:
    """Whether the activation starts at the run's first event."""
    for event in activation.history:
        position = _seq(event)
        return position is None or position <= 1 or event.get("event_type") in _START_EVENTS
    return False
