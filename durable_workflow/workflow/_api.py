"""The functions workflow code calls: activities, timers, conditions, child workflows, ...

They only work inside workflow code (``@workflow.run`` methods, signal and update handlers, and
tasks they start), where they talk to the :class:`~durable_workflow.workflow.WorkflowInstance`
running the code. Each durable call becomes a command the first time it runs and is matched
with its recorded event when the code is replayed, so its result is the same both times.

Why no I/O, clock or randomness of its own: workflow code is replayed from history after a
worker restart, and must take the same path again. Use activities for I/O and ``now()``,
``random()``, ``uuid4()`` for time and randomness: they come from history and the run id.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from datetime import datetime, timedelta
from typing import Any, Final, NoReturn, TypeVar, overload

from ..activity import get_definition as get_activity_definition
from ..codec import return_type_hint
from ._commands import (
    ACTIVITY,
    CHILD,
    CONDITION,
    MEMO,
    SEARCH_ATTRIBUTES,
    SIDE_EFFECT,
    TIMER,
    VERSION,
    ActivityRetryPolicy,
    Op,
    whole_seconds,
)
from ._definition import get_definition
from ._errors import NondeterminismError, WorkflowUsageError
from ._info import WorkflowInfo
from ._instance import current_instance
from ._outcomes import ContinueAsNew

__all__ = [
    "DEFAULT_VERSION",
    "ActivityHandle",
    "ChildWorkflowHandle",
    "continue_as_new",
    "execute_activity",
    "execute_child_workflow",
    "get_version",
    "info",
    "is_replaying",
    "logger",
    "now",
    "patched",
    "random",
    "side_effect",
    "sleep",
    "start_activity",
    "start_child_workflow",
    "upsert_memo",
    "upsert_search_attributes",
    "uuid4",
    "wait_condition",
]

T = TypeVar("T")
DEFAULT_VERSION: Final = -1
_PARENT_CLOSE: Final = frozenset({"abandon", "request_cancel", "terminate"})
_SA_KEY: Final = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_MEMO_KEY: Final = re.compile(r"^(?!-?[0-9]+$)[A-Za-z0-9_.:-]{1,64}$")


class ActivityHandle(asyncio.Future[T]):
    """A scheduled activity: await it for the result (or :class:`ActivityError`).

    ``cancel()`` stops waiting for it in the workflow; the protocol has no command to cancel a
    running activity, so the activity itself keeps running until it ends or the run closes.
    """

    activity_type: str


class ChildWorkflowHandle(asyncio.Future[T]):
    """A started child workflow: await it for the result (or :class:`ChildWorkflowError`).

    ``workflow_type`` names it. The server chooses the child's ids: ``workflow_id`` and
    ``run_id`` are ``None`` until the history records the child run's start.
    """

    workflow_type: str
    workflow_id: str | None = None
    run_id: str | None = None


def _activity_name(activity: Any) -> tuple[str, Any]:
    if isinstance(activity, str):
        if not activity:
            raise WorkflowUsageError("an activity type name must not be empty")
        return activity, None
    definition = get_activity_definition(activity)
    return definition.name, definition.result_type


@overload
def start_activity(
    activity: Callable[..., Awaitable[T]],
    *args: Any,
    task_queue: str | None = None,
    start_to_close_timeout: float | timedelta | None = None,
    schedule_to_start_timeout: float | timedelta | None = None,
    schedule_to_close_timeout: float | timedelta | None = None,
    heartbeat_timeout: float | timedelta | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    result_type: type[T] | None = None,
) -> ActivityHandle[T]: ...
@overload
def start_activity(
    activity: Callable[..., T],
    *args: Any,
    task_queue: str | None = None,
    start_to_close_timeout: float | timedelta | None = None,
    schedule_to_start_timeout: float | timedelta | None = None,
    schedule_to_close_timeout: float | timedelta | None = None,
    heartbeat_timeout: float | timedelta | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    result_type: type[T] | None = None,
) -> ActivityHandle[T]: ...
@overload
def start_activity(
    activity: str,
    *args: Any,
    task_queue: str | None = None,
    start_to_close_timeout: float | timedelta | None = None,
    schedule_to_start_timeout: float | timedelta | None = None,
    schedule_to_close_timeout: float | timedelta | None = None,
    heartbeat_timeout: float | timedelta | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    result_type: type[T] | None = None,
) -> ActivityHandle[Any]: ...
def start_activity(
    activity: Any,
    *args: Any,
    task_queue: str | None = None,
    start_to_close_timeout: float | timedelta | None = None,
    schedule_to_start_timeout: float | timedelta | None = None,
    schedule_to_close_timeout: float | timedelta | None = None,
    heartbeat_timeout: float | timedelta | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    result_type: Any = None,
) -> ActivityHandle[Any]:
    """Schedule an activity and return its handle without waiting (see
    :func:`execute_activity` for the arguments)."""
    return _schedule_activity(
        activity,
        args,
        task_queue,
        start_to_close_timeout,
        schedule_to_start_timeout,
        schedule_to_close_timeout,
        heartbeat_timeout,
        retry_policy,
        result_type,
    )


def _activity_command(
    instance: Any,
    name: str,
    arguments: list[Any],
    task_queue: str | None,
    retry_policy: ActivityRetryPolicy | None,
    timeouts: dict[str, int | None] | None,
) -> dict[str, Any]:
    command: dict[str, Any] = {
        "type": "schedule_activity",
        "activity_type": name,
        "arguments": instance.encode(arguments),
    }
    if task_queue:
        command["queue"] = task_queue
    if retry_policy is not None:
        command["retry_policy"] = retry_policy.to_wire()
    if timeouts:
        command.update((k, v) for k, v in timeouts.items() if v is not None)
    return command


def _schedule_activity(
    activity: Any,
    args: tuple[Any, ...],
    task_queue: str | None,
    start_to_close_timeout: float | timedelta | None,
    schedule_to_start_timeout: float | timedelta | None,
    schedule_to_close_timeout: float | timedelta | None,
    heartbeat_timeout: float | timedelta | None,
    retry_policy: ActivityRetryPolicy | None,
    result_type: Any,
) -> ActivityHandle[Any]:
    instance = current_instance()
    if activity.__class__ is str and activity:
        name, hint = activity, None
    else:
        name, hint = _activity_name(activity)
    timeouts: dict[str, int | None] | None = None
    if (
        start_to_close_timeout is not None
        or schedule_to_start_timeout is not None
        or schedule_to_close_timeout is not None
        or heartbeat_timeout is not None
    ):
        timeouts = {
            "start_to_close_timeout": whole_seconds(
                start_to_close_timeout, "start_to_close_timeout"
            ),
            "schedule_to_start_timeout": whole_seconds(
                schedule_to_start_timeout, "schedule_to_start_timeout"
            ),
            "schedule_to_close_timeout": whole_seconds(
                schedule_to_close_timeout, "schedule_to_close_timeout"
            ),
            "heartbeat_timeout": whole_seconds(heartbeat_timeout, "heartbeat_timeout"),
        }
    if retry_policy is not None and not isinstance(retry_policy, ActivityRetryPolicy):
        raise WorkflowUsageError("retry_policy must be an ActivityRetryPolicy")
    handle: ActivityHandle[Any] = ActivityHandle(loop=instance.loop)
    handle.activity_type = name
    params = (instance, name, list(args), task_queue, retry_policy, timeouts)
    op = Op(
        ACTIVITY, {"activity_type": name}, _activity_command, handle, result_type or hint, params
    )
    instance.issue(op)
    return handle


@overload
async def execute_activity(
    activity: Callable[..., Awaitable[T]],
    *args: Any,
    task_queue: str | None = None,
    start_to_close_timeout: float | timedelta | None = None,
    schedule_to_start_timeout: float | timedelta | None = None,
    schedule_to_close_timeout: float | timedelta | None = None,
    heartbeat_timeout: float | timedelta | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    result_type: type[T] | None = None,
) -> T: ...
@overload
async def execute_activity(
    activity: Callable[..., T],
    *args: Any,
    task_queue: str | None = None,
    start_to_close_timeout: float | timedelta | None = None,
    schedule_to_start_timeout: float | timedelta | None = None,
    schedule_to_close_timeout: float | timedelta | None = None,
    heartbeat_timeout: float | timedelta | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    result_type: type[T] | None = None,
) -> T: ...
@overload
async def execute_activity(
    activity: str,
    *args: Any,
    task_queue: str | None = None,
    start_to_close_timeout: float | timedelta | None = None,
    schedule_to_start_timeout: float | timedelta | None = None,
    schedule_to_close_timeout: float | timedelta | None = None,
    heartbeat_timeout: float | timedelta | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    result_type: type[T] | None = None,
) -> Any: ...
async def execute_activity(
    activity: Any,
    *args: Any,
    task_queue: str | None = None,
    start_to_close_timeout: float | timedelta | None = None,
    schedule_to_start_timeout: float | timedelta | None = None,
    schedule_to_close_timeout: float | timedelta | None = None,
    heartbeat_timeout: float | timedelta | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    result_type: Any = None,
) -> Any:
    """Run an activity and return its result, decoded to its return type hint.

    ``activity`` is a function decorated with ``@activity.defn`` or an activity type name
    (then pass ``result_type`` to decode the result). Timeouts are seconds or ``timedelta``,
    sent as whole seconds; ``task_queue`` defaults to the workflow's. A failure raises
    :class:`~durable_workflow.workflow.ActivityError` once the server gives up retrying.
    """
    handle = _schedule_activity(
        activity,
        args,
        task_queue,
        start_to_close_timeout,
        schedule_to_start_timeout,
        schedule_to_close_timeout,
        heartbeat_timeout,
        retry_policy,
        result_type,
    )
    return await handle


async def sleep(duration: float | timedelta) -> None:
    """Wait ``duration`` (seconds or ``timedelta``, rounded up to whole seconds) on a durable
    timer: the wait survives worker restarts."""
    instance = current_instance()
    delay = whole_seconds(duration, "sleep duration", minimum=0)
    future = instance.create_future()
    op = Op(
        TIMER,
        {"delay_seconds": delay},
        lambda: {"type": "start_timer", "delay_seconds": delay},
        future,
    )
    instance.issue(op)
    await future


async def wait_condition(
    predicate: Callable[[], bool],
    *,
    timeout: float | timedelta | None = None,
    key: str | None = None,
) -> bool:
    """Wait until ``predicate()`` is true; ``False`` if ``timeout`` passes first.

    The predicate is checked whenever the workflow is otherwise idle (after a signal or an
    update handler ran, for instance). A predicate that is already true returns ``True`` at
    once, without a command. ``key`` names the wait in history (``condition_key``); replay
    checks it.
    """
    instance = current_instance()
    if predicate():
        return True
    seconds = whole_seconds(timeout, "timeout", minimum=0)

    def build() -> dict[str, Any]:
        command: dict[str, Any] = {"type": "open_condition_wait"}
        if key is not None:
            command["condition_key"] = key
        if seconds is not None:
            command["timeout_seconds"] = seconds
        return command

    future = instance.create_future()
    op = Op(CONDITION, {"condition_key": key}, build, future)
    op.predicate = predicate
    instance.issue(op)
    result = await future
    return bool(result)


def _workflow_name(workflow: Any) -> tuple[str, Any]:
    if isinstance(workflow, str):
        if not workflow:
            raise WorkflowUsageError("a workflow type name must not be empty")
        return workflow, None
    definition = get_definition(workflow)
    return definition.name, definition.run.result_type


def start_child_workflow(
    workflow: Any,
    *args: Any,
    id: str | None = None,
    task_queue: str | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    execution_timeout: float | timedelta | None = None,
    run_timeout: float | timedelta | None = None,
    parent_close_policy: str | None = None,
    result_type: Any = None,
) -> ChildWorkflowHandle[Any]:
    """Start a child workflow and return its handle (await it for the result).

    ``workflow`` is a ``@workflow.defn`` class or a workflow type name. ``parent_close_policy``
    is ``abandon`` (the server's default), ``request_cancel`` or ``terminate``. The protocol has
    no field for the child's workflow id (the server generates it), so ``id`` must be ``None``.
    """
    instance = current_instance()
    if id is not None:
        raise WorkflowUsageError(
            "the server assigns child workflow ids: start_child_workflow has no id on the wire"
        )
    name, hint = _workflow_name(workflow)
    if parent_close_policy is not None and parent_close_policy not in _PARENT_CLOSE:
        raise WorkflowUsageError(
            f"parent_close_policy must be one of {sorted(_PARENT_CLOSE)}, "
            f"got {parent_close_policy!r}"
        )
    execution = whole_seconds(execution_timeout, "execution_timeout")
    per_run = whole_seconds(run_timeout, "run_timeout")
    arguments = list(args)

    def build() -> dict[str, Any]:
        command: dict[str, Any] = {
            "type": "start_child_workflow",
            "workflow_type": name,
            "arguments": instance.encode(arguments),
        }
        if task_queue:
            command["queue"] = task_queue
        if parent_close_policy is not None:
            command["parent_close_policy"] = parent_close_policy
        if retry_policy is not None:
            command["retry_policy"] = retry_policy.to_wire()
        if execution is not None:
            command["execution_timeout_seconds"] = execution
        if per_run is not None:
            command["run_timeout_seconds"] = per_run
        return command

    handle: ChildWorkflowHandle[Any] = ChildWorkflowHandle(loop=instance.loop)
    handle.workflow_type = name
    instance.issue(Op(CHILD, {"workflow_type": name}, build, handle, result_type or hint))
    return handle


@overload
async def execute_child_workflow(
    workflow: Any,
    *args: Any,
    id: str | None = None,
    task_queue: str | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    execution_timeout: float | timedelta | None = None,
    run_timeout: float | timedelta | None = None,
    parent_close_policy: str | None = None,
    result_type: type[T],
) -> T: ...
@overload
async def execute_child_workflow(
    workflow: Any,
    *args: Any,
    id: str | None = None,
    task_queue: str | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    execution_timeout: float | timedelta | None = None,
    run_timeout: float | timedelta | None = None,
    parent_close_policy: str | None = None,
    result_type: None = None,
) -> Any: ...
async def execute_child_workflow(
    workflow: Any,
    *args: Any,
    id: str | None = None,
    task_queue: str | None = None,
    retry_policy: ActivityRetryPolicy | None = None,
    execution_timeout: float | timedelta | None = None,
    run_timeout: float | timedelta | None = None,
    parent_close_policy: str | None = None,
    result_type: Any = None,
) -> Any:
    """Run a child workflow and return its result (see :func:`start_child_workflow`); a
    failed, cancelled or terminated child raises :class:`ChildWorkflowError`."""
    return await start_child_workflow(
        workflow,
        *args,
        id=id,
        task_queue=task_queue,
        retry_policy=retry_policy,
        execution_timeout=execution_timeout,
        run_timeout=run_timeout,
        parent_close_policy=parent_close_policy,
        result_type=result_type,
    )


def continue_as_new(
    *args: Any, workflow_type: str | None = None, task_queue: str | None = None
) -> NoReturn:
    """End this run and start a new run of the workflow with ``args`` (never returns).

    The new run keeps the workflow id and gets a fresh history."""
    current_instance()
    raise ContinueAsNew(list(args), workflow_type, task_queue)


async def side_effect(fn: Callable[[], T], *, result_type: Any = None) -> T:
    """Run ``fn`` once and record its value; on replay the recorded value is returned and
    ``fn`` is not called. ``fn`` must be quick and must not fail (use an activity for I/O)."""
    instance = current_instance()
    hint = result_type if result_type is not None else return_type_hint(fn)
    if instance.next_recorded() is not None:
        op = Op(SIDE_EFFECT, {}, dict)
        instance.issue(op)
        value: T = instance.decode(op.step.payload.get("result"), hint)
        return value
    produced = fn()
    blob = instance.encode(produced)
    op = Op(SIDE_EFFECT, {}, lambda: {"type": "record_side_effect", "result": blob["blob"]})
    instance.issue(op)
    decoded: T = instance.decode(blob, hint)
    return decoded


def get_version(change_id: str, min_supported: int, max_supported: int) -> int:
    """The version of the code path ``change_id`` this run follows.

    A new run gets ``max_supported`` (and records it); a run recorded before the change was
    made gets :data:`DEFAULT_VERSION` (-1); a recorded version outside
    ``min_supported..max_supported`` raises :class:`NondeterminismError`.
    """
    instance = current_instance()
    if not isinstance(change_id, str) or not change_id:
        raise WorkflowUsageError("change_id must be a non-empty string")
    if min_supported > max_supported:
        raise WorkflowUsageError("min_supported must not exceed max_supported")
    known = instance.versions.get(change_id)
    if known is None:
        step = instance.next_recorded()
        details = {"change_id": change_id}
        if step is not None and step.kind == VERSION:
            recorded = step.payload.get("version")
            if isinstance(recorded, bool) or not isinstance(recorded, int):
                raise NondeterminismError(
                    f"version marker {change_id!r} at sequence {step.label} has no integer version",
                    sequence=step.label,
                )
            instance.issue(Op(VERSION, details, dict))
            known = recorded
        elif step is not None or instance.history_finished():
            known = DEFAULT_VERSION
        else:
            version = max_supported

            def build() -> dict[str, Any]:
                return {
                    "type": "record_version_marker",
                    "change_id": change_id,
                    "version": version,
                    "min_supported": min_supported,
                    "max_supported": max_supported,
                }

            instance.issue(Op(VERSION, details, build))
            known = version
        instance.versions[change_id] = known
    if known != DEFAULT_VERSION and not min_supported <= known <= max_supported:
        raise NondeterminismError(
            f"version {known} of change {change_id!r} is outside the supported range "
            f"{min_supported}..{max_supported}"
        )
    if known == DEFAULT_VERSION and min_supported > DEFAULT_VERSION:
        raise NondeterminismError(
            f"this run predates change {change_id!r}, but the code no longer supports the "
            f"default version (min_supported={min_supported})"
        )
    return known


def patched(change_id: str) -> bool:
    """``True`` for runs that follow the new code path of ``change_id`` (new runs, and runs
    that recorded the patch), ``False`` for runs recorded before it."""
    return get_version(change_id, DEFAULT_VERSION, 1) == 1


def upsert_search_attributes(attributes: Mapping[str, str | int | float | bool | None]) -> None:
    """Merge ``attributes`` into the run's search attributes (``None`` deletes a key)."""
    instance = current_instance()
    if not attributes:
        raise WorkflowUsageError("upsert_search_attributes needs at least one attribute")
    checked: dict[str, Any] = {}
    for key, value in attributes.items():
        if not isinstance(key, str) or not _SA_KEY.match(key):
            raise WorkflowUsageError(f"invalid search attribute key {key!r}")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise WorkflowUsageError(
                f"search attribute {key!r} must be a string, number, bool or None"
            )
        checked[key] = value
    instance.issue(
        Op(
            SEARCH_ATTRIBUTES,
            {},
            lambda: {"type": "upsert_search_attributes", "attributes": dict(checked)},
        )
    )


def upsert_memo(entries: Mapping[str, Any]) -> None:
    """Merge ``entries`` into the run's memo (``None`` deletes a key)."""
    instance = current_instance()
    if not entries:
        raise WorkflowUsageError("upsert_memo needs at least one entry")
    for key in entries:
        if not isinstance(key, str) or not _MEMO_KEY.match(key):
            raise WorkflowUsageError(f"invalid memo key {key!r}")
    envelope = instance.encode(dict(entries))
    instance.issue(Op(MEMO, {}, lambda: {"type": "upsert_memo", "entries": envelope}))


def now() -> datetime:
    """The workflow's current time: the time the server recorded the history event being
    applied (at first the run's start). It does not move while code runs, and it is the same on
    replay -- unlike ``datetime.now()``."""
    return current_instance().now()


def random() -> float:
    """A deterministic random float in [0, 1), from a generator seeded by the run id."""
    return (current_instance().next_random64() >> 11) * (1.0 / (1 << 53))


def uuid4() -> uuid.UUID:
    """A deterministic version-4 UUID drawn from the run's random generator."""
    instance = current_instance()
    value = (instance.next_random64() << 64) | instance.next_random64()
    return uuid.UUID(int=value, version=4)


def info() -> WorkflowInfo:
    """The run's identity: workflow id, run id, type, task queue, namespace, attempt."""
    return current_instance().info


def is_replaying() -> bool:
    """Whether the code is being replayed against recorded history right now."""
    return current_instance().replaying


class _WorkflowLogger(logging.LoggerAdapter[logging.Logger]):
    """Logs with the run's identity attached, and stays silent while replaying (so a
    replayed run does not log the same lines again)."""

    def isEnabledFor(self, level: int) -> bool:
        try:
            if current_instance().replaying:
                return False
        except WorkflowUsageError:
            pass
        return self.logger.isEnabledFor(level)

    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        try:
            run = current_instance().info
        except WorkflowUsageError:
            return msg, kwargs
        extra = dict(kwargs.get("extra") or {})
        extra.setdefault("workflow_id", run.workflow_id)
        extra.setdefault("run_id", run.run_id)
        extra.setdefault("workflow_type", run.workflow_type)
        kwargs["extra"] = extra
        return msg, kwargs


logger: logging.LoggerAdapter[logging.Logger] = _WorkflowLogger(
    logging.getLogger("durable_workflow.workflow.user"), {}
)
"""The logger for workflow code: silent while replaying, tagged with the run's identity."""
