"""Wire commands of a workflow task: retry policies, durations, operations and parallel groups.

Every durable thing workflow code does is an *operation* (:class:`Op`): it has a kind
(activity, timer, child workflow, condition wait, side effect, version marker, search
attributes, memo), the details replay compares with history, and -- when it is new -- the
command dict sent in ``complete_workflow_task(commands=...)`` (``workflow-task-semantics.md``
§4). Durations are whole seconds on the wire, rounded up.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

from ._errors import WorkflowUsageError

__all__ = [
    "ACTIVITY",
    "BLOCKING_KINDS",
    "CHILD",
    "CONDITION",
    "MEMO",
    "SEARCH_ATTRIBUTES",
    "SIDE_EFFECT",
    "TIMER",
    "VERSION",
    "ActivityRetryPolicy",
    "Op",
    "annotate_parallel_groups",
    "whole_seconds",
]

ACTIVITY: Final = "activity"
TIMER: Final = "timer"
CHILD: Final = "child workflow"
CONDITION: Final = "condition wait"
SIDE_EFFECT: Final = "side effect"
VERSION: Final = "version marker"
SEARCH_ATTRIBUTES: Final = "search attributes upsert"
MEMO: Final = "memo upsert"
BLOCKING_KINDS: Final = frozenset({ACTIVITY, TIMER, CHILD})
_GROUP_KIND: Final = {ACTIVITY: "activity", CHILD: "child", TIMER: "timer"}
_GROUP_PREFIX: Final = {
    "activity": "parallel-activities",
    "child": "parallel-children",
    "timer": "parallel-timers",
    "mixed": "parallel-calls",
}


def whole_seconds(value: float | timedelta | None, what: str, *, minimum: int = 1) -> int | None:
    """``value`` (seconds or a ``timedelta``) as whole seconds rounded up; ``None`` stays."""
    if value is None:
        return None
    seconds = value.total_seconds() if isinstance(value, timedelta) else value
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or math.isnan(seconds):
        raise WorkflowUsageError(f"{what} must be a number of seconds or a timedelta")
    whole = math.ceil(seconds)
    if whole < minimum:
        raise WorkflowUsageError(f"{what} must be at least {minimum} second(s), got {value!r}")
    return whole


@dataclass(frozen=True)
class ActivityRetryPolicy:
    """How the server retries a failed activity (or child workflow).

    ``max_attempts`` counts every attempt (1 = no retry). The wait before attempt *n+1* is
    ``initial_interval * backoff_coefficient**(n-1)``, capped at ``maximum_interval`` and rounded
    up to whole seconds; intervals are seconds or ``timedelta``. Failures whose type is in
    ``non_retryable_error_types`` are not retried. :meth:`to_wire` gives the protocol's snapshot
    (``max_attempts``, ``backoff_seconds`` with one value per retry, ``non_retryable_error_types``).
    """

    max_attempts: int = 3
    initial_interval: float | timedelta = 1.0
    backoff_coefficient: float = 2.0
    maximum_interval: float | timedelta | None = None
    non_retryable_error_types: Sequence[str] = ()

    def __post_init__(self) -> None:
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int):
            raise WorkflowUsageError("max_attempts must be an int")
        if self.max_attempts < 1:
            raise WorkflowUsageError("max_attempts must be at least 1")
        if self.backoff_coefficient < 1:
            raise WorkflowUsageError("backoff_coefficient must be at least 1")
        for name in self.non_retryable_error_types:
            if not isinstance(name, str) or not name:
                raise WorkflowUsageError("non_retryable_error_types holds non-empty strings")
        if isinstance(self.non_retryable_error_types, str):
            raise WorkflowUsageError("non_retryable_error_types is a list of type names")

    def backoff_seconds(self) -> list[int]:
        """The wait before each retry, in whole seconds (``max_attempts - 1`` values)."""
        initial = _seconds(self.initial_interval, "initial_interval") or 0.0
        cap = _seconds(self.maximum_interval, "maximum_interval")
        waits: list[int] = []
        interval = initial
        for _ in range(self.max_attempts - 1):
            value = interval if cap is None else min(interval, cap)
            waits.append(math.ceil(value))
            interval *= self.backoff_coefficient
        return waits

    def to_wire(self) -> dict[str, Any]:
        """The ``retry_policy`` object of ``schedule_activity``/``start_child_workflow``."""
        return {
            "max_attempts": self.max_attempts,
            "backoff_seconds": self.backoff_seconds(),
            "non_retryable_error_types": list(self.non_retryable_error_types),
        }


def _seconds(value: float | timedelta | None, what: str) -> float | None:
    if value is None:
        return None
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    if seconds < 0 or math.isnan(seconds):
        raise WorkflowUsageError(f"{what} must not be negative")
    return seconds


class Op:
    """One durable operation issued by workflow code.

    ``details`` are compared with the recorded event on replay; ``build(*params)`` makes the
    wire command when the operation is new (payloads are encoded only then). ``future`` is
    resolved from history (blocking kinds, condition waits); ``step`` is the recorded step it
    was matched to.
    """

    __slots__ = (
        "activation",
        "build",
        "decode",
        "details",
        "future",
        "kind",
        "new",
        "parallel_path",
        "params",
        "predicate",
        "step",
    )

    def __init__(
        self,
        kind: str,
        details: dict[str, Any],
        build: Callable[..., dict[str, Any]],
        future: asyncio.Future[Any] | None = None,
        decode: Any = None,
        params: tuple[Any, ...] = (),
    ) -> None:
        self.kind = kind
        self.details = details
        self.build = build
        self.future = future
        self.decode = decode
        self.step: Any = None
        self.new = False
        self.activation = 0
        self.parallel_path: list[dict[str, Any]] | None = None
        self.predicate: Callable[[], bool] | None = None
        self.params = params

    def describe(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.details.items() if v is not None)
        return f"{self.kind}({shown})"

    def command(self) -> dict[str, Any]:
        command = self.build(*self.params)
        if self.parallel_path:
            command.update(self.parallel_path[-1])
            command["parallel_group_path"] = [dict(entry) for entry in self.parallel_path]
        return command


def _leaf(child: Any, ops: dict[int, Op]) -> Op | list[Any] | None:
    """The operation (or nested group children) a ``gather`` child stands for."""
    op = ops.get(id(child))
    if op is not None:
        return op
    if type(child).__name__ == "_GatheringFuture":
        return list(getattr(child, "_children", ()))
    waiter = getattr(child, "_fut_waiter", None)
    if isinstance(child, asyncio.Task) and waiter is not None:
        return _leaf(waiter, ops)
    return None


def annotate_parallel_groups(
    tasks: Sequence[asyncio.Task[Any]],
    ops: dict[int, Op],
    base_of: Callable[[Op], int],
) -> None:
    """Attach parallel-group metadata to new operations awaited together by ``asyncio.gather``.

    ``ops`` maps ``id(future)`` to the operations issued since the loop was last idle;
    ``base_of(op)`` is the step number the server will give ``op``. A group is recognised when a
    task waits on a gather whose children (directly, or through a task awaiting one) are all
    blocking operations of this step; nested gathers add path levels, outermost first.

    It reads what a task waits on (``Task._fut_waiter``) and a gather's children
    (``_GatheringFuture._children``), attributes of CPython's asyncio; where they are missing the
    commands simply carry no group metadata (they stay correct, only the server's wake-up
    grouping is lost). ``asyncio.wait`` and separate tasks never form a group: the server
    would otherwise wait for every member before waking the workflow.
    """
    for task in tasks:
        waiter = getattr(task, "_fut_waiter", None)
        if waiter is None or type(waiter).__name__ != "_GatheringFuture":
            continue
        _annotate(list(getattr(waiter, "_children", ())), ops, base_of, [])


def _annotate(
    children: list[Any],
    ops: dict[int, Op],
    base_of: Callable[[Op], int],
    prefix: list[dict[str, Any]],
) -> list[Op] | None:
    members: list[Op | list[Op]] = []
    for child in children:
        leaf = _leaf(child, ops)
        if isinstance(leaf, Op):
            if leaf.kind not in BLOCKING_KINDS or leaf.parallel_path is not None:
                return None
            members.append(leaf)
        elif isinstance(leaf, list):
            nested = [_leaf(c, ops) for c in leaf]
            if not nested or not all(isinstance(n, Op) for n in nested):
                return None
            members.append([n for n in nested if isinstance(n, Op)])
        else:
            return None
    if not members:
        return None
    leaves = [m for member in members for m in (member if isinstance(member, list) else [member])]
    kinds = {_GROUP_KIND[op.kind] for op in leaves}
    kind = kinds.pop() if len(kinds) == 1 else "mixed"
    base = base_of(leaves[0])
    size = len(members)
    group_id = f"{_GROUP_PREFIX[kind]}:{base}:{size}"
    for index, member in enumerate(members):
        entry = {
            "parallel_group_id": group_id,
            "parallel_group_kind": kind,
            "parallel_group_base_sequence": base,
            "parallel_group_size": size,
            "parallel_group_index": index,
        }
        if isinstance(member, Op):
            member.parallel_path = [*prefix, entry]
        else:
            inner = [m.future for m in member]
            _annotate(inner, ops, base_of, [*prefix, entry])
    return leaves
