"""The in-process workflow environment: workflow code run to completion without a server.

:class:`InProcessEnvironment` runs workflows on the same pure runtime the ``Worker`` drives,
against a server of its own that lives in memory (:class:`~._in_process_engine.Engine`): every
command the runtime returns is applied by writing the history events the real server writes,
activities run in the test's process (real functions, or mocks and canned results registered
under an activity's name), and timers fire by moving a virtual clock, never by waiting::

    async with InProcessEnvironment(workflows=[OrderWorkflow], activities=[reserve]) as env:
        env.mock_activity("payments.charge", returns={"id": "ch_1"})
        handle = await env.start_workflow(OrderWorkflow, order)
        await handle.signal("approve", ["alice"])
        assert await handle.result() == expected
        replay(OrderWorkflow, handle.export_history())   # the recorded history replays

Each workflow task hands the runtime only the events it has not seen, and each instance is kept
for the run's life, so a run of *N* activities costs O(*N*).

**Semantics.** Step numbers are dense per run (each non-terminal command, and continue-as-new,
takes the next), as the embedded development server assigns them. Cancellation is requested:
``CancelRequested`` and a workflow task in which the code sees ``asyncio.CancelledError`` and may
compensate; termination closes the run at once. Activity attempts take no virtual time; an
attempt that should time out is simulated by raising :class:`SimulatedTimeout` from a mock.
Workflow, signal and update names are checked against the registered definitions, as a server
that knows the declared handlers does.

**Time.** The clock starts at ``start_time`` (the current time by default) and moves only by
:meth:`InProcessEnvironment.skip` or by itself while a caller awaits a workflow's result (or an
update's) and nothing else can progress: it then jumps to the next due timer (or activity retry).
When a result is awaited and nothing at all can move the workflow (no timer, no activity, no
child: it waits for a signal or update the test has not sent) for ``stall_timeout`` real
seconds, the awaiting call raises :class:`WorkflowStalled`.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import math
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from datetime import datetime, timedelta
from typing import Any

from ..codec import PayloadConverter, default_converter, encode_payload
from ..errors import Conflict, WorkflowNotFound
from ._errors import EnvironmentSetupError, WorkflowStalled, WorkflowTaskFailed
from ._history_writer import VirtualClock
from ._in_process_activities import (
    MISSING,
    ActivityImplementation,
    ActivityRegistry,
    SimulatedTimeout,
    activity_failure,
)
from ._in_process_context import AttemptContext
from ._in_process_engine import Engine
from ._in_process_handle import InProcessWorkflowHandle
from ._in_process_runtime import RuntimeAdapter
from ._in_process_state import Activity, Run

__all__ = ["InProcessEnvironment", "InProcessWorkflowHandle"]


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _whole_seconds(value: float | timedelta | None) -> int | None:
    if value is None:
        return None
    seconds = math.ceil(_seconds(value))
    if seconds < 1:
        raise EnvironmentSetupError(f"a workflow timeout is at least 1 second, not {value!r}")
    return seconds


class InProcessEnvironment:
    """Runs workflows and activities in this process against an in-memory server.

    ``workflows`` are ``@workflow.defn`` classes, ``activities`` ``@activity.defn`` functions
    (both may also be registered later). ``start_time`` is where the virtual clock starts
    (timezone-aware; the current time by default). ``converter`` encodes and decodes every
    payload (the default converter by default). ``activity_executor`` runs sync activities
    (they run inline on the event loop when it is ``None``). ``stall_timeout`` is how long (real
    seconds) an awaited result may see nothing at all able to move its workflow before it
    raises :class:`WorkflowStalled` (``None``: wait forever).
    """

    def __init__(
        self,
        *,
        workflows: Iterable[type] = (),
        activities: Iterable[Callable[..., Any]] = (),
        namespace: str = "default",
        task_queue: str = "in-process",
        start_time: datetime | None = None,
        converter: PayloadConverter | None = None,
        activity_executor: Executor | None = None,
        stall_timeout: float | None = 1.0,
    ) -> None:
        self._namespace = namespace
        self._task_queue = task_queue
        self._clock = VirtualClock(start_time)
        self._converter = converter or default_converter()
        self._executor = activity_executor
        self._stall_timeout = stall_timeout
        self._runtime = RuntimeAdapter(namespace, self._converter)
        self._activities = ActivityRegistry()
        for workflow in workflows:
            self.register_workflow(workflow)
        for activity in activities:
            self.register_activity(activity)
        self._engine: Engine | None = None
        self._driver: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._inflight: dict[asyncio.Future[Any], tuple[Activity, AttemptContext]] = {}
        self._time_waiters = 0
        self._driver_error: BaseException | None = None
        self._attention: asyncio.Future[None] | None = None
        self._closed = False

    # ------------------------------------------------------------------ registration

    def register_workflow(self, workflow: type) -> str:
        """Register a ``@workflow.defn`` class (for starting it, as a child, or for
        continue-as-new into it); returns its workflow type name."""
        return self._runtime.register(workflow)

    def register_activity(self, activity: Callable[..., Any]) -> str:
        """Register an ``@activity.defn`` function; returns its activity type name."""
        return self._activities.register(activity)

    def mock_activity(
        self,
        activity: str | Callable[..., Any],
        fn: Callable[..., Any] | None = None,
        *,
        returns: Any = MISSING,
        raises: BaseException | None = None,
    ) -> str:
        """Replace an activity (named, or given as its real function) with ``fn`` (called with
        the decoded arguments, sync or async), a canned result ``returns=``, or an exception
        ``raises=`` raised on every attempt. Returns the activity type name."""
        return self._activities.mock(activity, fn, returns=returns, raises=raises)

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> InProcessEnvironment:
        self._ensure_started()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.shutdown()

    def _ensure_started(self) -> Engine:
        if self._closed:
            raise EnvironmentSetupError("the in-process environment is shut down")
        if self._engine is None:
            self._engine = Engine(
                namespace=self._namespace,
                clock=self._clock,
                converter=self._converter,
                activate=self._runtime.activate,
                new_instance=self._runtime.new_instance,
            )
            self._engine.on_activity_cancelled = self._activity_cancelled
            self._engine.on_run_closed = lambda run: self._poke()
            self._engine.on_task_failed = lambda run: self._notify()
            self._wake = asyncio.Event()
            self._driver = asyncio.get_running_loop().create_task(self._drive())
        return self._engine

    async def shutdown(self) -> None:
        """Stop running work (in-flight activities are cancelled); idempotent."""
        self._closed = True
        self._notify()  # callers still waiting on a run learn the environment is gone
        for future in list(self._inflight):
            future.cancel()
        if self._driver is not None:
            self._poke()
            if not self._driver.done():
                self._driver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._driver
            self._driver = None
        if self._driver_error is not None:
            error, self._driver_error = self._driver_error, None
            raise error

    # ------------------------------------------------------------------ time

    def now(self) -> datetime:
        """The environment's current (virtual) time."""
        return self._clock.now()

    async def skip(self, duration: float | timedelta) -> None:
        """Move the clock forward by ``duration``, firing every timer due on the way, and let the
        work this causes settle."""
        seconds = _seconds(duration)
        if seconds < 0:
            raise EnvironmentSetupError("time cannot move backwards")
        engine = self._ensure_started()
        target = self._clock.now() + timedelta(seconds=seconds)
        while True:
            await self.settle()
            timer = engine.next_timer()
            if timer is None or timer.fire_at > target:
                break
            self._clock.advance_to(timer.fire_at)
            engine.fire_due_timers()
            self._poke()
        self._clock.advance_to(target)
        engine.fire_due_timers()
        self._poke()
        await self.settle()

    async def settle(self) -> None:
        """Let the ready work run (workflow tasks, activity attempts) until none is left,
        without moving the clock: what a started or signalled workflow does at once is then
        in its history."""
        engine = self._ensure_started()
        while engine.ready_tasks or engine.ready_activities or self._inflight:
            self._poke()
            if self._inflight and not (engine.ready_tasks or engine.ready_activities):
                await asyncio.wait(list(self._inflight), return_when=asyncio.FIRST_COMPLETED)
            await asyncio.sleep(0)
            self._raise_driver_error()

    # ------------------------------------------------------------------ workflows

    async def start_workflow(
        self,
        workflow: type | str,
        *args: Any,
        id: str | None = None,
        task_queue: str | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        execution_timeout: float | timedelta | None = None,
        run_timeout: float | timedelta | None = None,
    ) -> InProcessWorkflowHandle:
        """Start ``workflow`` (a class, registered on the way, or a registered type name) with
        ``args``; ``id`` defaults to a new UUID. A workflow id may run once at a time.
        ``execution_timeout`` (all runs) and ``run_timeout`` (each run) are whole seconds,
        rounded up; a passed deadline ends the workflow with ``WorkflowTimedOut``."""
        engine = self._ensure_started()
        workflow_type = (
            self.register_workflow(workflow) if isinstance(workflow, type) else str(workflow)
        )
        self._runtime.definition(workflow_type)
        workflow_id = id or str(uuid.uuid4())
        running = engine.current.get(workflow_id)
        if running is not None and running.is_open:
            raise EnvironmentSetupError(f"workflow {workflow_id!r} is already running")
        run = engine.create_run(
            workflow_id=workflow_id,
            workflow_type=workflow_type,
            task_queue=task_queue or self._task_queue,
            arguments=encode_payload(list(args), converter=self._converter, kind="input"),
            memo=memo,
            search_attributes=search_attributes,
            command_id=engine.ids(),
            execution_timeout=_whole_seconds(execution_timeout),
            run_timeout=_whole_seconds(run_timeout),
        )
        self._poke()
        return InProcessWorkflowHandle(self, workflow_id, run.run_id)

    async def execute_workflow(
        self,
        workflow: type | str,
        *args: Any,
        id: str | None = None,
        task_queue: str | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        execution_timeout: float | timedelta | None = None,
        run_timeout: float | timedelta | None = None,
        result_type: Any = None,
    ) -> Any:
        """Start ``workflow`` and return its result (see :meth:`InProcessWorkflowHandle.result`)."""
        handle = await self.start_workflow(
            workflow,
            *args,
            id=id,
            task_queue=task_queue,
            memo=memo,
            search_attributes=search_attributes,
            execution_timeout=execution_timeout,
            run_timeout=run_timeout,
        )
        return await handle.result(result_type=result_type)

    def get_workflow_handle(self, workflow_id: str) -> InProcessWorkflowHandle:
        """A handle on a workflow started in this environment (a child's id included)."""
        chain = self._chain(workflow_id)
        return InProcessWorkflowHandle(self, workflow_id, chain[0].run_id)

    @property
    def converter(self) -> PayloadConverter:
        """The payload converter every payload of this environment goes through."""
        return self._converter

    def workflow_ids(self) -> list[str]:
        """Every workflow id started in this environment (children included), in start order."""
        return list(self._engine.current) if self._engine is not None else []

    # ------------------------------------------------------------------ for the handles

    def _current_run(self, workflow_id: str) -> Run:
        run = self._engine.current.get(workflow_id) if self._engine is not None else None
        if run is None:
            raise WorkflowNotFound(f"workflow {workflow_id!r} does not exist", status=404)
        return run

    def _chain(self, workflow_id: str) -> list[Run]:
        """The runs of the instance's latest start (an id may be started again once closed)."""
        self._current_run(workflow_id)
        assert self._engine is not None
        chain: list[Run] = []
        for run in self._engine.runs.values():
            if run.workflow_id == workflow_id:
                if run.run_number == 1:
                    chain = []
                chain.append(run)
        return chain

    def _run(self, run_id: str) -> Run:
        run = self._engine.runs.get(run_id) if self._engine is not None else None
        if run is None:
            raise WorkflowNotFound(f"run {run_id!r} does not exist", status=404)
        return run

    def _result_type(self, workflow_type: str) -> Any:
        return self._runtime.definition(workflow_type).run.result_type

    def _declares(self, workflow_type: str, kind: str, name: str) -> bool:
        handlers: dict[str, Any] = getattr(self._runtime.definition(workflow_type), kind)
        return name in handlers

    def _catch_up(self, run: Run) -> None:
        """Run ``run``'s pending workflow task now, so its instance reflects all its history."""
        engine = self._ensure_started()
        if run.task_pending:
            engine.run_task(run)
            self._poke()

    def _validate_update(self, run: Run, name: str, arguments: dict[str, Any]) -> str | None:
        """``None`` when the update may be accepted, else the reason it is rejected."""
        if not self._declares(run.workflow_type, "updates", name):
            return f"workflow type {run.workflow_type!r} has no update {name!r}"
        try:
            self._runtime.validate_update(run, name, arguments)
        except Exception as exc:
            return str(exc) or type(exc).__name__
        return None

    async def _await_update(self, run: Run, future: asyncio.Future[Any]) -> Any:
        self._time_waiters += 1
        self._poke()
        try:
            while not future.done():
                self._raise_driver_error()
                self._raise_if_shut_down(run)
                if run.task_failure is not None or run.stalled is not None:
                    await self._await_closed(run)  # raises the failure or the stall
                if self._attention is None:
                    self._attention = asyncio.get_running_loop().create_future()
                await asyncio.wait([future, self._attention], return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._time_waiters -= 1
        return future.result()

    def _cancel(self, run: Run, kind: str, reason: str | None) -> None:
        engine = self._ensure_started()
        if not run.is_open:
            raise Conflict(
                f"workflow {run.workflow_id!r} is not running ({run.status})",
                status=409,
                reason="run_not_active",
            )
        if kind == "cancel":
            engine.request_cancel(run, reason, engine.ids())
        else:
            engine.terminate(run, reason, engine.ids())
        self._poke()

    # ------------------------------------------------------------------ the driver

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()

    def _raise_driver_error(self) -> None:
        if self._driver_error is not None:
            raise self._driver_error

    async def _drive(self) -> None:
        engine = self._engine
        wake = self._wake
        assert engine is not None and wake is not None
        try:
            while not self._closed:
                wake.clear()
                self._step(engine)
                if engine.ready_tasks or engine.ready_activities:
                    await asyncio.sleep(0)
                    continue
                if self._inflight:
                    waiter = asyncio.ensure_future(wake.wait())
                    await asyncio.wait(
                        [*self._inflight, waiter], return_when=asyncio.FIRST_COMPLETED
                    )
                    waiter.cancel()
                    self._collect()
                    continue
                timer = engine.next_timer()
                if timer is not None and self._time_waiters:
                    self._clock.advance_to(timer.fire_at)
                    engine.fire_due_timers()
                    continue
                if self._time_waiters and self._stall_timeout is not None:
                    waiter = asyncio.ensure_future(wake.wait())
                    done, _ = await asyncio.wait([waiter], timeout=self._stall_timeout)
                    waiter.cancel()
                    if not done:
                        self._report_stalls(engine)
                    continue
                await wake.wait()
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # a bug in the environment: surface it to every waiter
            self._driver_error = exc
            for run in self._engine.runs.values() if self._engine else ():
                if not run.closed.done():
                    run.closed.set_exception(exc)

    def _step(self, engine: Engine) -> None:
        """Run every ready workflow task, then start every ready activity attempt."""
        while engine.ready_tasks or engine.ready_activities:
            while engine.ready_tasks:
                engine.run_task(engine.ready_tasks.popleft())
            if engine.ready_activities:
                activity = engine.ready_activities.popleft()
                if activity.status == "pending" and activity.run.is_open:
                    self._start_attempt(engine, activity)
            engine.fire_due_timers()

    def _report_stalls(self, engine: Engine) -> None:
        for run in engine.runs.values():
            if run.is_open and run.task_failure is None and not run.task_pending:
                run.stalled = self._stall_error(run)
        self._notify()

    def _stall_error(self, run: Run) -> Exception:
        """Why nothing moves ``run``: a child whose workflow task failed, or a wait only the
        test can end."""
        for call in run.children:
            child = call.child
            if child is not None and child.is_open and child.task_failure is not None:
                return task_failed(child)
        waits = [w.condition_key or "condition" for w in run.waits if w.status == "open"]
        children = [c.workflow_id for c in run.children if c.child and c.child.is_open]
        return WorkflowStalled(
            f"workflow {run.workflow_id!r} ({run.workflow_type}) waits and nothing in the"
            " environment can move it (no timer or activity is pending): send it a signal"
            " or an update, or cancel it",
            workflow_id=run.workflow_id,
            run_id=run.run_id,
            details={"open_condition_waits": waits, "open_children": children},
        )

    def _raise_if_shut_down(self, run: Run) -> None:
        if self._closed:
            raise EnvironmentSetupError(
                f"the environment was shut down before workflow {run.workflow_id!r} finished"
            )

    def _notify(self) -> None:
        """Wake every caller waiting on a run (a task failed, a run stalled, a run closed)."""
        attention, self._attention = self._attention, None
        if attention is not None and not attention.done():
            attention.set_result(None)

    async def _await_closed(self, run: Run) -> None:
        """Wait until ``run`` closes, moving time while waiting; raises
        :class:`WorkflowTaskFailed` / :class:`WorkflowStalled` when it cannot get there."""
        self._time_waiters += 1
        self._poke()
        try:
            while not run.closed.done():
                self._raise_driver_error()
                self._raise_if_shut_down(run)
                if run.task_failure is not None:
                    raise task_failed(run)
                if run.stalled is not None:
                    stalled, run.stalled = run.stalled, None
                    raise stalled
                if self._attention is None:
                    self._attention = asyncio.get_running_loop().create_future()
                await asyncio.wait(
                    [run.closed, self._attention], return_when=asyncio.FIRST_COMPLETED
                )
        finally:
            self._time_waiters -= 1
        run.closed.result()

    # ------------------------------------------------------------------ activities

    def _start_attempt(self, engine: Engine, activity: Activity) -> None:
        engine.activity_started(activity)
        impl = self._activities.get(activity.activity_type)
        if impl is None:
            engine.activity_failed(
                activity,
                {
                    "message": f"no activity registered for {activity.activity_type!r}"
                    " (register it or mock it on the in-process environment)",
                    "type": "ActivityNotRegistered",
                    "class": "ActivityNotRegistered",
                    "non_retryable": True,
                },
            )
            return
        context = AttemptContext(
            self._activity_info(activity), self._heartbeat_sender(activity, engine)
        )
        try:
            args = impl.decode_arguments(activity.arguments, "avro", self._converter)
        except Exception as exc:
            engine.activity_failed(
                activity, activity_failure(exc, self._converter, non_retryable=True)
            )
            return
        if impl.fn is not None and self._executor is not None and not _is_async(impl):
            future = asyncio.get_running_loop().run_in_executor(
                self._executor, context.call, impl.invoke, args
            )
            self._inflight[future] = (activity, context)
            return
        try:
            value = context.call(impl.invoke, args)
        except BaseException as exc:
            self._finish_attempt(engine, activity, exc=exc)
            return
        if inspect.isawaitable(value):
            task = asyncio.ensure_future(context.wait(value))
            self._inflight[task] = (activity, context)
            return
        self._finish_attempt(engine, activity, value=value)

    def _collect(self) -> None:
        engine = self._engine
        assert engine is not None
        for future in [f for f in self._inflight if f.done()]:
            activity, _ = self._inflight.pop(future)
            if future.cancelled():
                if activity.status == "running":
                    engine.activity_failed(
                        activity,
                        {"message": "activity cancelled", "type": "ActivityCancelled"},
                    )
                continue
            exc = future.exception()
            if exc is not None:
                self._finish_attempt(engine, activity, exc=exc)
            else:
                self._finish_attempt(engine, activity, value=future.result())

    def _finish_attempt(
        self,
        engine: Engine,
        activity: Activity,
        *,
        value: Any = None,
        exc: BaseException | None = None,
    ) -> None:
        if exc is None:
            try:
                result = encode_payload(value, converter=self._converter, kind="activity_result")
            except Exception as error:
                exc = error
            else:
                engine.activity_completed(activity, result)
                return
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise exc
        if isinstance(exc, SimulatedTimeout):
            engine.activity_hangs(activity, exc.kind)
            return
        engine.activity_failed(activity, activity_failure(exc, self._converter))

    def _heartbeat_sender(
        self, activity: Activity, engine: Engine
    ) -> Callable[[tuple[Any, ...]], None]:
        """What ``activity.heartbeat(*details)`` calls (from the loop or an executor thread):
        the heartbeat is recorded on the loop."""
        loop = asyncio.get_running_loop()
        attempt = activity.attempt_count

        def record(details: tuple[Any, ...]) -> None:
            encoded = (
                encode_payload(list(details), converter=self._converter, kind="heartbeat_details")
                if details
                else None
            )
            engine.activity_heartbeat(activity, attempt, encoded)

        def send(details: tuple[Any, ...]) -> None:
            try:
                on_loop = asyncio.get_running_loop() is loop
            except RuntimeError:
                on_loop = False
            if on_loop:
                record(details)
            else:
                loop.call_soon_threadsafe(record, details)

        return send

    def _activity_info(self, activity: Activity) -> dict[str, Any]:
        snapshot = activity.snapshot or {}
        return dict(
            task_id=activity.execution_id,
            activity_id=activity.execution_id,
            activity_attempt_id=activity.attempt_id or "",
            activity_type=activity.activity_type,
            attempt=activity.attempt_count,
            workflow_id=activity.run.workflow_id,
            run_id=activity.run.run_id,
            task_queue=activity.queue,
            namespace=self._namespace,
            worker_id="in-process",
            heartbeat_timeout=snapshot.get("heartbeat_timeout"),
            start_to_close_timeout=snapshot.get("start_to_close_timeout"),
            schedule_to_close_timeout=snapshot.get("schedule_to_close_timeout"),
        )

    def _activity_cancelled(self, activity: Activity) -> None:
        for future, (inflight, context) in list(self._inflight.items()):
            if inflight is activity:
                context.request_cancel("run closed")
                self._inflight.pop(future)
                future.cancel()


def _is_async(impl: ActivityImplementation) -> bool:
    return impl.fn is not None and inspect.iscoroutinefunction(impl.fn)


def task_failed(run: Run) -> WorkflowTaskFailed:
    """The error for ``run``'s failed workflow task."""
    failure = run.task_failure or {}
    error = WorkflowTaskFailed(
        f"a workflow task of {run.workflow_id!r} ({run.workflow_type}) failed:"
        f" {failure.get('type')}: {failure.get('message')}",
        failure_type=failure.get("type"),
        workflow_id=run.workflow_id,
        run_id=run.run_id,
        details=failure.get("details"),
    )
    cause = failure.get("exception")
    if isinstance(cause, BaseException):
        error.__cause__ = cause
    return error
