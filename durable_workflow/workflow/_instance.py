"""The workflow runtime: history in, commands out, with no I/O.

Worker-facing contract (stable; changes are announced in commits starting "Runtime contract:")::

    from durable_workflow.workflow import (
        get_definition, WorkflowInstance, WorkflowInfo, Activation, ActivationResult, TaskFailure)

    definition = get_definition(cls)            # WorkflowDefinitionError unless @workflow.defn
    definition.name / .run / .signals / .queries / .updates   # HandlerDefinition per name
    instance = WorkflowInstance(definition, WorkflowInfo(workflow_id, run_id, workflow_type,
                                task_queue, namespace="default", attempt=1),
                                converter=None)  # a codec.PayloadConverter, default converter
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
``WorkflowEntryArgumentsMismatchError``, ``WorkflowRuntimeError``, and
``WorkflowTaskWaitingForHistory`` when the workflow has nothing new to say (woken by a signal
while its operations are still pending; the instance stays usable). After any other failure
the instance rebuilds itself from the next activation if that carries the run's whole history
(else it keeps failing: build a new one). An instance also rebuilds itself from a whole history
when it finds its previous commands were never applied.

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
import hashlib
import inspect
import logging
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, Final

from ..codec import (
    PayloadConverter,
    decode_arguments,
    decode_payload,
    default_converter,
    encode_payload,
    require_avro_codec,
)
from ..errors import PayloadError, UnsupportedPayloadCodec
from ._commands import BLOCKING_KINDS, CONDITION, Op, annotate_parallel_groups
from ._definition import HandlerDefinition, WorkflowDefinition
from ._errors import NondeterminismError, WorkflowRuntimeError, WorkflowUsageError
from ._history import RESOLVE, WAIT_TIMEOUT, HistoryScanner, check_match, missing_command
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

__all__ = ["WorkflowInstance", "current_instance"]

_log = logging.getLogger("durable_workflow.workflow")
_START_EVENTS: Final = frozenset({"StartAccepted", "WorkflowStarted"})
_MASK64: Final = (1 << 64) - 1


class _Stale(Exception):
    """The previous task's commands never reached history: the cached state is stale."""


def current_instance() -> WorkflowInstance:
    """The instance whose workflow code is running (raises outside workflow code)."""
    loop = asyncio._get_running_loop()
    if isinstance(loop, WorkflowEventLoop):
        owner: WorkflowInstance = loop.owner
        return owner
    raise WorkflowUsageError("this function can only be called from workflow code")


async def _call_handler(fn: Callable[..., Any], target: Any, args: list[Any]) -> Any:
    result = fn(target, *args)
    if inspect.isawaitable(result):
        result = await result
    return result


class WorkflowInstance:
    """One workflow run kept in memory; see the module docstring for the contract."""

    def __init__(
        self,
        definition: WorkflowDefinition,
        info: WorkflowInfo,
        *,
        converter: PayloadConverter | None = None,
    ) -> None:
        self.definition = definition
        self.info = info
        self.converter = converter or default_converter()
        self._reset()

    def _reset(self) -> None:
        self._loop = WorkflowEventLoop(self)  # type: ignore[abstract]
        self._scanner = HistoryScanner()
        self._workflow: Any = None
        self._main: asyncio.Task[Any] | None = None
        self._started = False
        self.finished = False
        self._terminal: dict[str, Any] | None = None
        self._terminal_sent = False
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
                return self._activate(activation)
        except Exception as exc:  # every failure becomes a task failure
            self._broken = True
            return self._failure(exc)

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
        last = self.last_sequence
        scanned: list[tuple[str, Mapping[str, Any], int, Any, Mapping[str, Any]]] = []
        last_recorded = -1
        for event in activation.history:
            position = _seq(event)
            if position is not None and position <= last:
                continue
            event_type = event.get("event_type") or event.get("type") or ""
            payload = event.get("payload") or {}
            role, step = scanner.scan(event_type, payload)
            if role:
                last_recorded = len(scanned)
            scanned.append((event_type, payload, role, step, event))
        while self._awaiting and scanner.pending:
            self._pair(self._awaiting.popleft(), scanner.pending.popleft())
        if self._awaiting:
            raise _Stale()
        for index, (event_type, payload, role, step, event) in enumerate(scanned):
            self.replaying = index < last_recorded
            recorded_at = event.get("recorded_at")
            if isinstance(recorded_at, str):
                self._time_text = recorded_at
            if event_type in _START_EVENTS:
                if event_type == "WorkflowStarted":
                    self._on_started(payload)
            else:
                if not self._started:
                    self._start(activation)
                if role:
                    assert step is not None
                    if step.op is None:
                        if not (step.kind == CONDITION and self._absorb_reopen(step)):
                            raise missing_command(step)
                        if scanner.pending and scanner.pending[0] is step:
                            scanner.pending.popleft()
                    op = step.op
                    assert op is not None
                    if role == RESOLVE:
                        self._resolve(op, event_type, payload, step.label)
                    elif role == WAIT_TIMEOUT:
                        future = op.future
                        if future is not None and not future.done():
                            future.set_result(False)
                else:
                    self._on_other(event_type, payload)
                self._run()
            position = _seq(event)
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
        commands: list[dict[str, Any]] = []
        for item in self._out:
            if isinstance(item, Op):
                commands.append(item.command())
                self._awaiting.append(item)
            else:
                commands.append(item)
        self._out = []
        if self._terminal is not None and not self._terminal_sent:
            self._terminal_sent = True
            if scanner.terminal is None:
                commands.append(self._terminal)
        if not commands and not (self.finished and scanner.terminal is not None):
            if self.finished and self._terminal is not None:
                commands.append(self._terminal)
            else:
                return ActivationResult(
                    [],
                    TaskFailure(
                        "WorkflowTaskWaitingForHistory",
                        "the workflow has no new command: it waits for pending operations",
                    ),
                    self.finished,
                )
        if not commands and self._terminal is not None:
            commands.append(self._terminal)
        return ActivationResult(commands, None, self.finished)

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
            inspect.signature(run.fn).bind(None, *args)
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
        args = self._handler_args(handler, raw, payload.get("payload_codec"))
        task = self._loop.create_task(_call_handler(handler.fn, self._workflow, args))
        task.add_done_callback(self._on_handler_done)
        if not self.replaying:
            self._signal_woken = True

    def _reopen(self) -> None:
        """Open the latest pending condition wait again at the end of a signal-woken task.

        The server closes the run's latest open wait as satisfied when a signal-woken task
        completes without ``open_condition_wait``; a wait the signal did not satisfy is
        therefore opened again (its first timeout timer keeps running)."""
        if self.finished or any(isinstance(i, Op) and i.kind == CONDITION for i in self._out):
            return
        waits = [op for op in self._conditions if op.future is not None and not op.future.done()]
        if waits:
            latest = waits[-1]
            again = Op(CONDITION, latest.details, latest.build, latest.future)
            self.issue(again)

    def _absorb_reopen(self, step: Any) -> bool:
        """Pair a recorded re-open of a pending condition wait with that wait."""
        key = step.payload.get("condition_key")
        for op in reversed(self._conditions):
            future = op.future
            if future is None or future.done():
                continue
            mine = op.details.get("condition_key")
            if key is None or mine is None or key == mine:
                again = Op(CONDITION, op.details, op.build, future)
                again.step = step
                step.op = again
                return True
        return False

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
                "arguments": encode_payload(exc.arguments, converter=self.converter),
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

    def _after_idle(self) -> bool:
        if self._fresh:
            tasks = [t for t in self._loop.tasks if not t.done()]
            self._loop.tasks = tasks
            annotate_parallel_groups(tasks, self._fresh, self._base_of)
            self._fresh = {}
        woke = False
        if self._conditions:
            still: list[Op] = []
            for op in self._conditions:
                future = op.future
                if future is None or future.done() or op.predicate is None:
                    continue
                try:
                    satisfied = op.predicate()
                except Exception as exc:
                    future.set_exception(exc)
                    woke = True
                    continue
                if satisfied:
                    future.set_result(True)
                    woke = True
                else:
                    still.append(op)
            self._conditions = still
        return woke

    def _base_of(self, op: Op) -> int:
        if op.step is not None and op.step.seq is not None:
            seq: int = op.step.seq
            return seq
        before = 0
        for item in self._out:
            if item is op:
                break
            before += 1
        return self._scanner.max_seq + before + 1

    # ================================================================== services for the API
    def issue(self, op: Op) -> None:
        """Pair ``op`` with the next recorded step, or make it a new command."""
        if self.in_query:
            raise WorkflowUsageError("query handlers and update validators cannot issue commands")
        if self.finished:
            raise WorkflowUsageError("the workflow has finished; it cannot issue commands")
        op.activation = self._activation
        pending = self._scanner.pending
        while (
            pending
            and op.kind != CONDITION
            and pending[0].kind == CONDITION
            and self._absorb_reopen(pending[0])
        ):
            pending.popleft()
        if pending:
            self._pair(op, pending.popleft())
        else:
            op.new = True
            self._out.append(op)
        if op.kind in BLOCKING_KINDS:
            self._fresh[id(op.future)] = op
        elif op.kind == CONDITION and op.predicate is not None and op not in self._conditions:
            self._conditions.append(op)

    def _pair(self, op: Op, step: Any) -> None:
        try:
            check_match(op, step)
        except NondeterminismError as exc:
            self._fatal = exc
            raise
        op.step = step
        step.op = op

    def next_recorded(self) -> Any:
        """The next recorded step no operation has claimed yet (or ``None``)."""
        pending = self._scanner.pending
        return pending[0] if pending else None

    def history_finished(self) -> bool:
        return self._scanner.terminal is not None

    def encode(self, value: Any) -> dict[str, Any]:
        """``value`` as a payload envelope of this run's codec."""
        return encode_payload(value, converter=self.converter)

    def decode(self, raw: Any, hint: Any = None, codec: Any = None) -> Any:
        return decode_payload(raw, codec or self.codec, type_hint=hint, converter=self.converter)

    def now(self) -> dt.datetime:
        """The time of the history event being applied (the run's start time at first)."""
        text = self._time_text
        if text is None:
            raise WorkflowRuntimeError(
                "workflow history carries no time (WorkflowStarted timestamp or recorded_at)"
            )
        if self._time_value is None or text is not getattr(self, "_time_parsed", None):
            try:
                value = dt.datetime.fromisoformat(text)
            except ValueError as exc:
                raise NondeterminismError(
                    f"workflow history time {text!r} is not an ISO-8601 timestamp"
                ) from exc
            self._time_value = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
            self._time_parsed = text
        return self._time_value

    def next_random64(self) -> int:
        """The next 64 bits of the run's deterministic generator (splitmix64, seeded from the
        run id)."""
        self._rng = (self._rng + 0x9E3779B97F4A7C15) & _MASK64
        z = self._rng
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
        return z ^ (z >> 31)

    def create_future(self) -> asyncio.Future[Any]:
        return self._loop.create_future()

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


class _EntryMismatch(WorkflowRuntimeError):
    pass


class UnknownHandlerError(WorkflowUsageError, LookupError):
    """A query or update name the workflow has no handler for."""


def _is_whole(activation: Activation) -> bool:
    """Whether the activation starts at the run's first event."""
    for event in activation.history:
        position = _seq(event)
        return position is None or position <= 1 or event.get("event_type") in _START_EVENTS
    return False
