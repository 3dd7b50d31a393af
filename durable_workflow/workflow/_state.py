"""The run's state and the services workflow code uses: pairing operations with history,
the clock, the random generator, payloads and condition waits.

:class:`RunState` is the base of :class:`~durable_workflow.workflow.WorkflowInstance`; the
functions of the workflow API (:mod:`._api`) call its public methods.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any, Final

from ..codec import PayloadConverter, PayloadFraming, decode_payload, encode_payload
from ._commands import BLOCKING_KINDS, CONDITION, Op, annotate_parallel_groups
from ._errors import NondeterminismError, WorkflowRuntimeError, WorkflowUsageError
from ._history import HistoryScanner, check_match
from ._loop import WorkflowEventLoop

__all__ = ["RunState"]

_MASK64: Final = (1 << 64) - 1


class RunState:
    """State of one run in memory, and the operations workflow code issues against it."""

    converter: PayloadConverter
    framing: PayloadFraming
    codec: str
    finished: bool
    in_query: bool
    replaying: bool
    versions: dict[str, int]
    _loop: WorkflowEventLoop
    _scanner: HistoryScanner
    _out: list[Op | dict[str, Any]]
    _activation: int
    _fresh: dict[int, Op]
    _conditions: list[Op]
    _fatal: BaseException | None
    _time_text: str | None
    _time_value: dt.datetime | None
    _time_parsed: str | None
    _rng: int

    # ================================================================== condition waits
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

    def _after_idle(self) -> bool:
        if self._fresh:
            tasks = self._loop.tasks
            if len(tasks) > 32:
                tasks = self._loop.tasks = [t for t in tasks if not t.done()]
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
        if op.new and op.kind in BLOCKING_KINDS:
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
        op.params = ()  # a replayed operation never builds its command

    def next_recorded(self) -> Any:
        """The next recorded step no operation has claimed yet (or ``None``)."""
        pending = self._scanner.pending
        return pending[0] if pending else None

    def history_finished(self) -> bool:
        return self._scanner.terminal is not None

    def encode(self, value: Any) -> dict[str, Any]:
        """``value`` as a payload envelope of this run's codec."""
        return encode_payload(value, converter=self.converter, framing=self.framing)

    def decode(self, raw: Any, hint: Any = None, codec: Any = None) -> Any:
        return decode_payload(raw, codec or self.codec, type_hint=hint, converter=self.converter)

    def now(self) -> dt.datetime:
        """The time of the history event being applied (the run's start time at first)."""
        text = self._time_text
        if text is None:
            raise WorkflowRuntimeError(
                "workflow history carries no time (WorkflowStarted timestamp or recorded_at)"
            )
        if self._time_value is None or text is not self._time_parsed:
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
