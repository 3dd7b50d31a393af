"""Runs activity tasks: decode the arguments, call the function, report the outcome.

Async activities run on the worker's loop, sync ones in the ``activity_executor`` (a thread pool
by default) with the activity context copied into the thread. Heartbeats are sent in the
background, at most one at a time; a heartbeat answer with ``cancel_requested`` marks the
activity cancelled, and an async activity gets :class:`ActivityCancelled` thrown into the
``await`` it is suspended in. The outcome is delivered until the server acknowledges it.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import time
import traceback
from collections.abc import Coroutine, Generator, Mapping
from concurrent.futures import Executor
from datetime import datetime
from typing import Any, Generic, TypeVar

from ..activity import _context as actx
from ..activity._definition import ActivityDefinition
from ..codec import parameter_type_hints
from ..errors import ActivityCancelled, DurableWorkflowError, PayloadError
from ._delivery import Rejected, deliver
from ._logging import TaskLog, task_log
from ._metrics import record_task

T = TypeVar("T")


class _ThrowOnCancel(Generic[T]):
    """Drives ``coro`` and turns the loop's cancellation into ``ActivityCancelled`` inside it.

    When the worker cancels the activity's asyncio task because the server asked for it, the
    ``CancelledError`` delivered at the suspended ``await`` is replaced by the activity's
    :class:`ActivityCancelled`, so the activity sees the SDK's error where it waits.
    """

    def __init__(self, coro: Coroutine[Any, Any, T], ctx: actx.ActivityContext) -> None:
        self._coro = coro
        self._ctx = ctx

    def __await__(self) -> Generator[Any, Any, T]:
        inner = self._coro.__await__()
        send: Any = None
        throw: BaseException | None = None
        while True:
            try:
                yielded = inner.throw(throw) if throw is not None else inner.send(send)
            except StopIteration as stop:
                result: T = stop.value
                return result
            send, throw = None, None
            try:
                send = yield yielded
            except asyncio.CancelledError as cancelled:
                if self._ctx.cancel_requested:
                    task = asyncio.current_task()
                    if task is not None:
                        task.uncancel()
                    throw = self._ctx.cancelled_error()
                else:
                    throw = cancelled
            except BaseException as other:
                throw = other


def _seconds(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


def _deadlines(raw: Any) -> dict[str, datetime]:
    found: dict[str, datetime] = {}
    if isinstance(raw, Mapping):
        for key, value in raw.items():
            if isinstance(value, str):
                try:
                    found[str(key)] = datetime.fromisoformat(value.replace("Z", "+00:00"))
                except ValueError:
                    continue
    return found


def failure_of(exc: BaseException) -> dict[str, Any]:
    """``message``, ``failure_type``, ``non_retryable``, ``details``, ``stack_trace`` of ``exc``.

    An exception with a string ``type`` attribute (``ApplicationError``) reports that type, a
    ``non_retryable`` attribute marks it final, and ``details`` travel as a payload.
    """
    declared = getattr(exc, "type", None)
    failure_type = declared if isinstance(declared, str) and declared else type(exc).__name__
    non_retryable = getattr(exc, "non_retryable", False) is True
    details = getattr(exc, "details", None)
    if isinstance(details, tuple | list) and not details:
        details = None
    return {
        "message": str(exc) or type(exc).__name__,
        "failure_type": failure_type,
        "non_retryable": non_retryable,
        "details": list(details) if isinstance(details, tuple) else details,
        "stack_trace": "".join(traceback.format_exception(exc)),
    }


class ActivityRunner:
    """Runs the activity tasks of one worker."""

    def __init__(
        self,
        client: Any,
        definitions: Mapping[str, ActivityDefinition],
        *,
        worker_id: str,
        task_queue: str,
        executor: Executor,
    ) -> None:
        self._client = client
        self._definitions = dict(definitions)
        self._worker_id = worker_id
        self._task_queue = task_queue
        self._executor = executor
        self._running: dict[str, tuple[actx.ActivityContext, asyncio.Task[Any] | None]] = {}

    @property
    def types(self) -> list[str]:
        return sorted(self._definitions)

    def cancel_all(self, reason: str) -> None:
        """Ask every running activity to stop (the worker is shutting down)."""
        for ctx, task in list(self._running.values()):
            ctx.request_cancel(reason)
            if task is not None:
                task.cancel()

    # ------------------------------------------------------------------ one task

    async def handle(self, task: dict[str, Any]) -> None:
        log = task_log("activity", task, task_id_key="task_id", attempt_key="attempt_number")
        started = time.monotonic()
        outcome = await self._execute(task, log)
        record_task(
            self._client,
            kind="activity",
            outcome=outcome,
            duration_seconds=time.monotonic() - started,
        )

    def _info(self, task: Mapping[str, Any], name: str) -> actx.ActivityInfo:
        policy = task.get("retry_policy")
        policy = policy if isinstance(policy, Mapping) else {}
        return actx.ActivityInfo(
            task_id=str(task["task_id"]),
            activity_id=str(task.get("activity_execution_id") or task["task_id"]),
            activity_attempt_id=str(task.get("activity_attempt_id") or task.get("attempt_id")),
            activity_type=name,
            attempt=int(task.get("attempt_number") or 1),
            workflow_id=task.get("workflow_id"),
            run_id=task.get("run_id"),
            task_queue=str(task.get("task_queue") or self._task_queue),
            namespace=self._client.namespace,
            worker_id=self._worker_id,
            heartbeat_timeout=_seconds(policy.get("heartbeat_timeout")),
            start_to_close_timeout=_seconds(policy.get("start_to_close_timeout")),
            schedule_to_close_timeout=_seconds(policy.get("schedule_to_close_timeout")),
            deadlines=_deadlines(task.get("deadlines")),
        )

    async def _execute(self, task: dict[str, Any], log: TaskLog) -> str:
        name = str(task.get("activity_type") or "")
        attempt_id = str(task.get("activity_attempt_id") or task.get("attempt_id") or "")
        ids = {
            "task_id": str(task["task_id"]),
            "activity_attempt_id": attempt_id,
            "lease_owner": str(task.get("lease_owner") or self._worker_id),
        }
        definition = self._definitions.get(name)
        if definition is None:
            log.error("activity type %r is not registered on this worker", name)
            return await self._fail(
                ids,
                log,
                name,
                {
                    "message": f"activity type {name!r} is not registered on this worker",
                    "failure_type": "ActivityNotRegistered",
                    "non_retryable": False,
                    "details": None,
                    "stack_trace": None,
                },
            )
        codec = str(task.get("payload_codec") or "avro")
        try:
            args = await self._decode(task.get("arguments"), codec, definition)
        except DurableWorkflowError as exc:
            log.error("activity %s: undecodable arguments: %s", name, exc)
            failure = failure_of(exc)
            failure["non_retryable"] = True
            return await self._fail(ids, log, name, failure)
        ctx = actx.ActivityContext(self._info(task, name))
        ctx.set_heartbeat_sender(self._heartbeat_sender(ctx, ids, log))
        log.debug("activity %s started", name)
        try:
            result = await self._call(definition, args, ctx, ids["task_id"])
        except ActivityCancelled as exc:
            if ctx.cancel_reason == "lease_lost":
                log.warning("activity %s lost its lease; its outcome is dropped", name)
                return "abandoned"
            failure = failure_of(exc)
            if ctx.cancel_reason == "worker_shutdown":
                log.info("activity %s handed back: the worker is shutting down", name)
                failure["failure_type"] = "WorkerShutdown"
                failure["message"] = "the worker shut down before the activity finished"
                return await self._fail(ids, log, name, failure)
            log.info("activity %s cancelled", name)
            failure["failure_type"] = "ActivityCancelled"
            failure["non_retryable"] = True
            outcome = await self._fail(ids, log, name, failure)
            return "cancelled" if outcome == "failed" else outcome
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.info("activity %s failed: %s: %s", name, type(exc).__name__, exc)
            return await self._fail(ids, log, name, failure_of(exc))
        try:
            await deliver(
                lambda: self._client.complete_activity_task(
                    **ids, result=result, activity_name=name
                ),
                what=f"completion of activity {name}",
                log=log,
            )
        except Rejected as rejected:
            if isinstance(rejected.error, PayloadError):
                # The result could not be encoded (not a server answer): report it as a failure.
                return await self._fail(ids, log, name, failure_of(rejected.error))
            log.warning("completion of activity %s rejected: %s", name, rejected)
            return "rejected"
        log.debug("activity %s completed", name)
        return "completed"

    async def _decode(self, payload: Any, codec: str, definition: ActivityDefinition) -> list[Any]:
        hints = parameter_type_hints(definition.fn)
        payloads = self._client._core.payloads
        decode = getattr(payloads, "decode_arguments_async", None)
        if decode is not None:
            args: list[Any] = await decode(payload, codec, type_hints=hints)
            return args
        from ..codec import default_converter

        values = await payloads.decode_async(payload, codec)
        values = [] if values is None else values if isinstance(values, list) else [values]
        converted: list[Any] = default_converter().from_values(values, hints)
        return converted

    async def _call(
        self,
        definition: ActivityDefinition,
        args: list[Any],
        ctx: actx.ActivityContext,
        key: str,
    ) -> Any:
        token = actx.set_context(ctx)
        try:
            if definition.is_async:
                runner = asyncio.ensure_future(_await(_ThrowOnCancel(definition.fn(*args), ctx)))
                self._running[key] = (ctx, runner)
                try:
                    return await asyncio.shield(runner)
                except asyncio.CancelledError:
                    runner.cancel()
                    raise
            self._running[key] = (ctx, None)
            context = contextvars.copy_context()
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(
                self._executor, functools.partial(context.run, definition.fn, *args)
            )
        finally:
            self._running.pop(key, None)
            actx.reset_context(token)

    def _heartbeat_sender(
        self, ctx: actx.ActivityContext, ids: dict[str, str], log: TaskLog
    ) -> Any:
        loop = asyncio.get_running_loop()
        state: dict[str, Any] = {"busy": False, "pending": None}

        async def send(details: tuple[Any, ...]) -> None:
            state["busy"] = True
            try:
                while True:
                    body: dict[str, Any] | None = None
                    if details:
                        body = {
                            "payload": await self._client._core.payloads.encode_async(
                                list(details), kind="heartbeat_details"
                            )
                        }
                    try:
                        ack = await self._client.heartbeat_activity_task(**ids, details=body)
                    except DurableWorkflowError as exc:
                        log.warning("activity heartbeat failed: %s", exc)
                        ack = {}
                    if ack.get("cancel_requested"):
                        self._cancel(ids["task_id"], ctx, "cancel_requested")
                    elif ack.get("can_continue") is False:
                        self._cancel(ids["task_id"], ctx, "lease_lost")
                    following = state["pending"]
                    state["pending"] = None
                    if following is None or ctx.cancel_requested:
                        return
                    details = following
            finally:
                state["busy"] = False

        def on_loop(details: tuple[Any, ...]) -> None:
            if state["busy"]:
                state["pending"] = details
                return
            task = loop.create_task(send(details))
            state["task"] = task

        def from_anywhere(details: tuple[Any, ...]) -> None:
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is loop:
                on_loop(details)
            else:
                loop.call_soon_threadsafe(on_loop, details)

        return from_anywhere

    def _cancel(self, key: str, ctx: actx.ActivityContext, reason: str) -> None:
        ctx.request_cancel(reason)
        entry = self._running.get(key)
        if entry is not None and entry[1] is not None:
            entry[1].cancel()

    async def _fail(
        self, ids: dict[str, str], log: TaskLog, name: str, failure: dict[str, Any]
    ) -> str:
        try:
            await deliver(
                lambda: self._client.fail_activity_task(**ids, activity_name=name, **failure),
                what=f"failure report of activity {name}",
                log=log,
            )
        except Rejected as rejected:
            log.warning("failure report of activity %s rejected: %s", name, rejected)
            return "rejected"
        return "failed"


async def _await(awaitable: _ThrowOnCancel[T]) -> T:
    return await awaitable
