"""Timers and condition waits as the in-process server records them.

``start_timer`` writes ``TimerScheduled`` (``fire_at`` on the virtual clock) and, when the clock
reaches it, ``TimerFired`` with a workflow task; ``open_condition_wait`` writes
``ConditionWaitOpened`` and, with a timeout, a ``condition_timeout`` timer of the same step.
The same queue holds the environment's internal deadlines, which write no timer events: an
activity retry's back-off, an activity's ``schedule_to_close`` deadline, a run's execution or
run deadline.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from ._history_writer import IdSource, VirtualClock
from ._in_process_state import PARALLEL_KEYS, Activity, ConditionWait, Run, Timer, resume_context

__all__ = ["TimerRecords"]


class TimerRecords:
    """The timer half of the in-process server (mixed into its engine)."""

    ids: IdSource
    clock: VirtualClock
    ready_activities: deque[Activity]
    _timers: list[tuple[datetime, int, Timer]]
    _timer_order: int

    request_task: Callable[[Run, dict[str, Any] | None], None]
    activity_timed_out: Callable[[Activity, str], None]
    attempt_timed_out: Callable[[Activity, str, int], None]
    time_out: Callable[[Run], None]

    def start_timer(self, run: Run, cmd: dict[str, Any], seq: int, task_id: str) -> None:
        parallel = {k: cmd[k] for k in PARALLEL_KEYS if cmd.get(k) is not None}
        self.schedule_timer(run, seq, int(cmd["delay_seconds"]), task_id, parallel=parallel)

    def schedule_timer(
        self,
        run: Run,
        seq: int | None,
        delay: int,
        task_id: str | None,
        *,
        kind: str | None = None,
        details: dict[str, Any] | None = None,
        parallel: dict[str, Any] | None = None,
    ) -> Timer:
        """A pending timer and its ``TimerScheduled`` event."""
        timer = Timer(
            self.ids(),
            run,
            seq,
            delay,
            self.clock.now() + timedelta(seconds=delay),
            self.clock.after_text(delay),
            kind=kind,
            details=dict(details or {}),
            parallel=dict(parallel or {}),
        )
        run.timers[timer.timer_id] = timer
        run.history.append("TimerScheduled", timer.payload(), task_id=task_id)
        self.push_timer(timer)
        return timer

    def cancel_timer(self, timer: Timer, task_id: str | None) -> None:
        """Cancel a pending timer and record ``TimerCancelled``."""
        if timer.status != "pending":
            return
        timer.status = "cancelled"
        payload = timer.payload()
        payload["cancelled_at"] = self.clock.now_text()
        timer.run.history.append("TimerCancelled", payload, task_id=task_id)

    def open_condition_wait(self, run: Run, cmd: dict[str, Any], seq: int, task_id: str) -> None:
        wait_id = self.ids()
        timeout = cmd.get("timeout_seconds")
        key = cmd.get("condition_key")
        fingerprint = cmd.get("condition_definition_fingerprint")
        run.history.append(
            "ConditionWaitOpened",
            {
                "condition_wait_id": wait_id,
                "condition_key": key,
                "condition_definition_fingerprint": fingerprint,
                "sequence": seq,
                "timeout_seconds": timeout,
            },
            task_id=task_id,
        )
        timer = None
        if timeout:
            timer = self.schedule_timer(
                run,
                seq,
                int(timeout),
                task_id,
                kind="condition_timeout",
                details={
                    "condition_wait_id": wait_id,
                    "condition_key": key,
                    "condition_definition_fingerprint": fingerprint,
                },
            )
        run.waits.append(ConditionWait(wait_id, seq, key, fingerprint, timeout, timer))

    # ------------------------------------------------------------------ timers

    def push_timer(self, timer: Timer) -> None:
        self._timer_order += 1
        heapq.heappush(self._timers, (timer.fire_at, self._timer_order, timer))

    def next_timer(self) -> Timer | None:
        """The earliest pending timer (cancelled ones are dropped on the way)."""
        while self._timers:
            timer = self._timers[0][2]
            if timer.status == "pending" and timer.run.is_open:
                return timer
            heapq.heappop(self._timers)
        return None

    def fire_due_timers(self) -> bool:
        """Fire every pending timer that is due now; whether any fired."""
        fired = False
        now = self.clock.now()
        while (timer := self.next_timer()) is not None and timer.fire_at <= now:
            heapq.heappop(self._timers)
            self._fire(timer)
            fired = True
        return fired

    def _fire(self, timer: Timer) -> None:
        timer.status = "fired"
        run = timer.run
        if timer.kind == "deadline":
            self.time_out(run)
            return
        if timer.retry is not None:
            activity = timer.retry
            if timer.kind == "schedule_to_close":
                if activity.status in ("pending", "running"):
                    self.activity_timed_out(activity, "schedule_to_close")
            elif timer.kind in ("start_to_close", "heartbeat"):
                self.attempt_timed_out(activity, timer.kind, timer.details["attempt"])
            elif activity.status == "pending":
                self.ready_activities.append(activity)
            return
        payload = timer.payload()
        payload["fired_at"] = self.clock.now_text()
        run.history.append("TimerFired", payload)
        details = timer.details
        if timer.kind == "condition_timeout":
            for wait in run.waits:
                if wait.wait_id == details.get("condition_wait_id"):
                    wait.status = "timed_out"
            wait_kind, open_wait = "condition", details.get("condition_wait_id")
        else:
            wait_kind, open_wait = "timer", f"timer:{timer.timer_id}"
        self.request_task(
            run,
            resume_context(
                workflow_wait_kind=wait_kind,
                open_wait_id=open_wait,
                resume_source_kind="timer",
                resume_source_id=timer.timer_id,
                timer_id=timer.timer_id,
                workflow_sequence=timer.sequence,
                workflow_event_type="TimerFired",
                condition_wait_id=details.get("condition_wait_id"),
                condition_key=details.get("condition_key"),
                condition_definition_fingerprint=details.get("condition_definition_fingerprint"),
            ),
        )
