"""Reading a run's history: which events record a command, which resolve one, and matching.

The server writes one *step* per non-terminal command a workflow task completes with (an
activity, a timer, a child workflow, a condition wait, a side effect, ...). All events of a step
share its number (``payload.sequence``): ``ActivityScheduled``, ``ActivityStarted``,
``ActivityCompleted`` of one activity, for instance. The numbers identify steps; they are not the
command's position in workflow code (servers leave gaps), so the runtime pairs the *n*-th
operation the code issues with the *n*-th step the history recorded, and checks that they agree
(kind and details: activity type, child workflow type, timer delay, version change id, condition
key). Minimal histories (the reference golden histories) may hold only resolution events,
without numbers; each such event then stands for its own step.

:class:`HistoryScanner` reads each new event once, in order: it opens steps, ties later events
to their step and collects update outcomes and terminal events. Work is O(new events).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import Any, Final

from ._commands import (
    ACTIVITY,
    CHILD,
    CONDITION,
    MEMO,
    SEARCH_ATTRIBUTES,
    SIDE_EFFECT,
    TIMER,
    VERSION,
    Op,
)
from ._errors import NondeterminismError

__all__ = [
    "OPEN",
    "RESOLVE",
    "HistoryScanner",
    "Step",
    "check_match",
    "event_sequence",
    "missing_command",
]

RECORDS: Final = {
    "ActivityScheduled": ACTIVITY,
    "TimerScheduled": TIMER,
    "ChildWorkflowScheduled": CHILD,
    "ConditionWaitOpened": CONDITION,
    "SideEffectRecorded": SIDE_EFFECT,
    "VersionMarkerRecorded": VERSION,
    "SearchAttributesUpserted": SEARCH_ATTRIBUTES,
    "MemoUpserted": MEMO,
}
# Events that prove a command was issued, but record no outcome and open a step only when
# the history has no recording event for it.
ATTACHED: Final = {
    "ActivityStarted": ACTIVITY,
    "ActivityRetryScheduled": ACTIVITY,
    "ActivityHeartbeatRecorded": ACTIVITY,
    "ChildRunStarted": CHILD,
}
RESOLUTIONS: Final = {
    "ActivityCompleted": ACTIVITY,
    "ActivityFailed": ACTIVITY,
    "ActivityTimedOut": ACTIVITY,
    "ActivityCancelled": ACTIVITY,
    "TimerFired": TIMER,
    "ChildRunCompleted": CHILD,
    "ChildRunFailed": CHILD,
    "ChildRunCancelled": CHILD,
    "ChildRunTerminated": CHILD,
    "ConditionWaitSatisfied": CONDITION,
    "ConditionWaitTimedOut": CONDITION,
}
TERMINALS: Final = frozenset({"WorkflowCompleted", "WorkflowFailed", "WorkflowContinuedAsNew"})
_WAIT_TIMER_KINDS: Final = frozenset({"condition_timeout", "signal_timeout"})

# Roles of an event for the runtime.
OPEN: Final = 1  # opens or belongs to a step; nothing to do when processed
RESOLVE: Final = 2  # resolves its step's operation
WAIT_TIMEOUT: Final = 3  # a condition wait's timeout timer fired
OTHER: Final = 0


def event_sequence(payload: Mapping[str, Any], key: str = "sequence") -> int | None:
    """``payload[key]`` as an int (history may carry digit strings), else ``None``."""
    value = payload.get(key)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


class Step:
    """A step recorded in history, and the operation of the code paired with it."""

    __slots__ = ("event_type", "kind", "label", "op", "payload", "resolved", "seq", "wait_id")

    def __init__(self, kind: str, seq: int | None, event_type: str, payload: Any, label: int):
        self.kind = kind
        self.seq = seq
        self.event_type = event_type
        self.payload = payload
        self.label = label
        self.op: Op | None = None
        self.resolved = False
        self.wait_id: str | None = None

    def describe(self) -> str:
        details = _recorded_details(self.kind, self.payload)
        shown = ", ".join(f"{k}={v!r}" for k, v in details.items() if v is not None)
        return f"{self.event_type}({shown})"


def _recorded_details(kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    if kind == ACTIVITY:
        activity = payload.get("activity")
        nested = activity.get("type") if isinstance(activity, Mapping) else None
        return {
            "activity_type": payload.get("activity_type") or payload.get("activity_name") or nested
        }
    if kind == CHILD:
        return {"workflow_type": payload.get("child_workflow_type") or payload.get("workflow_type")}
    if kind == TIMER:
        return {"delay_seconds": payload.get("delay_seconds")}
    if kind == VERSION:
        return {"change_id": payload.get("change_id")}
    if kind == CONDITION:
        return {"condition_key": payload.get("condition_key")}
    return {}


def check_match(op: Op, step: Step) -> None:
    """Raise :class:`NondeterminismError` unless ``op`` is what ``step`` recorded.

    Details absent on either side are not compared; argument values never are.
    """
    if op.kind == step.kind:
        if op.kind == ACTIVITY:
            recorded_type = step.payload.get("activity_type")
            if recorded_type is not None and recorded_type == op.details.get("activity_type"):
                return
        recorded = _recorded_details(step.kind, step.payload)
        for key, value in recorded.items():
            mine = op.details.get(key)
            if value is None or mine is None:
                continue
            if key == "delay_seconds":
                try:
                    if int(value) == int(mine):
                        continue
                except (TypeError, ValueError):
                    pass
            elif value == mine:
                continue
            break
        else:
            return
    raise NondeterminismError(
        f"workflow history at sequence {step.label} recorded {step.describe()}, but the "
        f"workflow issued {op.describe()} there",
        sequence=step.label,
        recorded=step.describe(),
        issued=op.describe(),
    )


def missing_command(step: Step) -> NondeterminismError:
    return NondeterminismError(
        f"workflow history at sequence {step.label} recorded {step.describe()}, but the "
        "workflow issued no command for it",
        sequence=step.label,
        recorded=step.describe(),
        issued=None,
    )


class HistoryScanner:
    """Assigns each new event its role and step; keeps the state that spans activations."""

    def __init__(self) -> None:
        self.by_seq: dict[int, Step] = {}
        self.by_wait_id: dict[str, Step] = {}
        self.pending: deque[Step] = deque()  # recorded steps no operation has claimed yet
        self.unresolved_plain: dict[str, deque[Step]] = {}  # number-less steps, per kind
        self.max_seq = 0
        self.labels = 0
        self.last_condition: Step | None = None
        self.updates_recorded: set[str] = set()
        self.terminal: str | None = None

    def _open(self, kind: str, seq: int | None, event_type: str, payload: Any) -> Step:
        self.labels += 1
        step = Step(kind, seq, event_type, payload, seq if seq is not None else self.labels)
        if seq is not None:
            self.by_seq[seq] = step
        else:
            self.unresolved_plain.setdefault(kind, deque()).append(step)
        self.pending.append(step)
        return step

    def _plain_for(self, kind: str) -> Step | None:
        queue = self.unresolved_plain.get(kind)
        while queue:
            step = queue[0]
            if not step.resolved:
                return step
            queue.popleft()
        return None

    def scan(self, event_type: str, payload: Mapping[str, Any]) -> tuple[int, Step | None]:
        """The role and step of one event (called once per event, in history order)."""
        seq = payload.get("sequence")
        if seq.__class__ is not int:
            seq = event_sequence(payload)
        if seq is not None and seq > self.max_seq:
            self.max_seq = seq
        previous_condition, self.last_condition = self.last_condition, None
        if event_type.startswith("Timer"):
            wait = self._wait_of_timer(payload, seq, previous_condition)
            if wait is not None:
                if seq is not None and seq not in self.by_seq:
                    self.by_seq[seq] = wait
                return (WAIT_TIMEOUT if event_type == "TimerFired" else OPEN), wait
        kind = RECORDS.get(event_type)
        if kind is not None:
            step = self.by_seq.get(seq) if seq is not None else None
            if step is None:
                step = self._open(kind, seq, event_type, payload)
            if kind == CONDITION:
                wait_id = payload.get("condition_wait_id")
                if isinstance(wait_id, str):
                    step.wait_id = wait_id
                    self.by_wait_id[wait_id] = step
                self.last_condition = step
            return OPEN, step
        kind = ATTACHED.get(event_type)
        if kind is not None:
            step = self.by_seq.get(seq) if seq is not None else self._plain_for(kind)
            if step is None:
                step = self._open(kind, seq, event_type, payload)
            return OPEN, step
        kind = RESOLUTIONS.get(event_type)
        if kind is not None:
            step = None
            if kind == CONDITION:
                wait_id = payload.get("condition_wait_id")
                if isinstance(wait_id, str):
                    step = self.by_wait_id.get(wait_id)
            if step is None and seq is not None:
                step = self.by_seq.get(seq)
            if step is None and seq is None:
                step = self._plain_for(kind)
            if step is None:
                step = self._open(kind, seq, event_type, payload)
            step.resolved = True
            return RESOLVE, step
        if event_type in ("UpdateCompleted", "UpdateApplied"):
            update_id = payload.get("update_id")
            if isinstance(update_id, str) and (
                event_type == "UpdateCompleted" or payload.get("result") is not None
            ):
                self.updates_recorded.add(update_id)
        elif event_type in TERMINALS:
            self.terminal = event_type
        return OTHER, None

    def _wait_of_timer(
        self, payload: Mapping[str, Any], seq: int | None, previous_condition: Step | None
    ) -> Step | None:
        wait_id = payload.get("condition_wait_id")
        if isinstance(wait_id, str) and wait_id in self.by_wait_id:
            return self.by_wait_id[wait_id]
        timer_kind = payload.get("timer_kind")
        if seq is not None:
            known = self.by_seq.get(seq)
            if known is not None:
                return known if known.kind == CONDITION else None
        is_wait = timer_kind in _WAIT_TIMER_KINDS or isinstance(wait_id, str)
        if previous_condition is not None and (is_wait or timer_kind is None):
            timeout = previous_condition.payload.get("timeout_seconds")
            if is_wait or (timeout and payload.get("delay_seconds") == timeout):
                return previous_condition
        if is_wait and seq is None:
            # A wait timer of a wait we cannot identify: it has no effect of its own.
            return self._plain_for(CONDITION)
        return None
