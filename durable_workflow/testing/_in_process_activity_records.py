"""Activity executions as the in-process server records them.

Scheduling writes ``ActivityScheduled``; each attempt ``ActivityStarted``; a result
``ActivityCompleted``; a failure either ``ActivityRetryScheduled`` (with the back-off of the
activity's retry snapshot, on the virtual clock) or ``ActivityFailed``, as ``§6.2`` decides; a
passed ``schedule_to_close`` deadline ``ActivityTimedOut``. Each closing event gives the run a
workflow task with the activity's resume context.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from ._history_writer import IdSource, VirtualClock
from ._in_process_state import (
    PARALLEL_KEYS,
    Activity,
    Run,
    Timer,
    blob_of,
    resume_context,
    retry_snapshot,
)

__all__ = ["TIMEOUT_CLASS", "ActivityRecords"]

TIMEOUT_CLASS = "Workflow\\V2\\Exceptions\\ActivityTimeoutException"


class ActivityRecords:
    """The activity half of the in-process server (mixed into its engine)."""

    ids: IdSource
    clock: VirtualClock
    ready_activities: deque[Activity]
    on_activity_cancelled: Callable[[Activity], None]

    request_task: Callable[[Run, dict[str, Any] | None], None]
    push_timer: Callable[[Timer], None]

    def schedule_activity(self, run: Run, cmd: dict[str, Any], seq: int, task_id: str) -> None:
        snapshot = retry_snapshot(cmd)
        s2c = cmd.get("schedule_to_close_timeout")
        activity = Activity(
            execution_id=self.ids(),
            run=run,
            sequence=seq,
            activity_type=str(cmd["activity_type"]).strip(),
            queue=cmd.get("queue") or run.task_queue,
            arguments=cmd.get("arguments"),
            snapshot=snapshot,
            parallel={k: cmd[k] for k in PARALLEL_KEYS if cmd.get(k) is not None},
            created_at=self.clock.now_text(),
            schedule_to_close_deadline=(
                self.clock.now() + timedelta(seconds=int(s2c)) if s2c else None
            ),
        )
        run.activities[activity.execution_id] = activity
        payload = activity.base_payload()
        payload["activity"] = activity.snapshot_payload()
        run.history.append("ActivityScheduled", payload, task_id=task_id)
        if activity.schedule_to_close_deadline is not None:
            budget = int(s2c or 0)
            self.push_timer(
                Timer(
                    self.ids(),
                    run,
                    seq,
                    budget,
                    activity.schedule_to_close_deadline,
                    self.clock.after_text(budget),
                    kind="schedule_to_close",
                    retry=activity,
                )
            )
        self.ready_activities.append(activity)

    def activity_started(self, activity: Activity) -> None:
        """A new attempt of ``activity`` begins: ``ActivityStarted``."""
        activity.attempt_count += 1
        activity.attempt_id = self.ids().upper()
        activity.status = "running"
        now = self.clock.now_text()
        activity.attempt_started_at = now
        activity.started_at = activity.started_at or now
        payload = activity.base_payload(attempt=True)
        payload["lease_expires_at"] = self.clock.after_text(300)
        payload["activity"] = activity.snapshot_payload()
        payload["activity_attempt"] = activity.attempt_payload("running")
        activity.run.history.append("ActivityStarted", payload)

    def activity_heartbeat(self, activity: Activity, attempt: int, details: Any) -> None:
        """The running attempt heartbeated: ``ActivityHeartbeatRecorded`` (``details``, when
        given, is the encoded details payload, kept as the worker sends it)."""
        if activity.status != "running" or activity.attempt_count != attempt:
            return
        if not activity.run.is_open:
            return
        payload = activity.base_payload(attempt=True)
        payload.update(
            heartbeat_at=self.clock.now_text(),
            lease_expires_at=self.clock.after_text(300),
            progress={"details": {"payload": details}} if details is not None else {},
        )
        payload["activity"] = activity.snapshot_payload()
        payload["activity_attempt"] = activity.attempt_payload("running")
        activity.run.history.append("ActivityHeartbeatRecorded", payload)

    def activity_completed(self, activity: Activity, result: dict[str, Any]) -> None:
        """The running attempt returned ``result`` (an envelope): ``ActivityCompleted``."""
        if activity.status != "running" or not activity.run.is_open:
            return
        now = self.clock.now_text()
        activity.status = "completed"
        activity.closed_at = now
        payload = activity.base_payload(attempt=True)
        payload["result"] = blob_of(result)
        payload["payload_codec"] = "avro"
        payload["activity"] = activity.snapshot_payload()
        payload["activity_attempt"] = activity.attempt_payload("completed", now)
        activity.run.history.append("ActivityCompleted", payload)
        self._resume_after_activity(activity, "ActivityCompleted")

    def activity_hangs(self, activity: Activity, kind: str) -> None:
        """The running attempt will not answer: it times out when its ``kind`` timeout
        (``start_to_close`` or ``heartbeat``) has passed on the clock, as the server's timeout
        sweep would find it."""
        budget = (activity.snapshot or {}).get(f"{kind}_timeout")
        if not budget:
            self.activity_failed(
                activity,
                {
                    "message": f"the activity never answers and has no {kind} timeout",
                    "type": "SimulatedTimeout",
                    "non_retryable": True,
                },
            )
            return
        due = self.clock.now() + timedelta(seconds=int(budget))
        self.push_timer(
            Timer(
                self.ids(),
                activity.run,
                activity.sequence,
                int(budget),
                due,
                self.clock.after_text(int(budget)),
                kind=kind,
                details={"attempt": activity.attempt_count},
                retry=activity,
            )
        )

    def attempt_timed_out(self, activity: Activity, kind: str, attempt: int) -> None:
        """Attempt ``attempt`` passed its ``kind`` deadline: retried while the policy allows
        (``ActivityRetryScheduled`` with ``timeout_kind``), else ``ActivityTimedOut``."""
        if activity.status != "running" or activity.attempt_count != attempt:
            return
        label = kind.replace("_", "-")
        message = (
            f"Activity {activity.activity_type} {label} deadline expired at "
            f"{self.clock.now_text()}."
        )
        self.activity_failed(
            activity, {"message": message, "class": TIMEOUT_CLASS}, timeout_kind=kind
        )

    def activity_failed(
        self, activity: Activity, failure: dict[str, Any], *, timeout_kind: str | None = None
    ) -> None:
        """The running attempt raised (or timed out): a retry (``ActivityRetryScheduled``) or
        ``ActivityFailed`` (``ActivityTimedOut``), as the snapshot's retry policy decides
        (§6.2)."""
        if activity.status != "running" or not activity.run.is_open:
            return
        run = activity.run
        snapshot = activity.snapshot or {}
        types = snapshot.get("non_retryable_error_types") or []
        exc_type = failure.get("type")
        exc_class = failure.get("class") or exc_type or "RuntimeException"
        non_retryable = (
            bool(failure.get("non_retryable")) or exc_type in types or exc_class in types
        )
        exception = {
            "class": exc_class,
            "type": exc_type,
            "message": failure.get("message", ""),
            "code": failure.get("code") or 0,
            "file": "",
            "line": 0,
            "trace": [],
            "properties": [],
            "non_retryable": bool(failure.get("non_retryable")),
        }
        if failure.get("stack_trace"):
            exception["stack_trace"] = failure["stack_trace"]
        details = failure.get("details")
        if isinstance(details, dict):
            exception["details"] = details.get("blob", details)
            exception["details_payload_codec"] = details.get("codec")
        fields = {
            "exception_type": exc_type,
            "exception_class": exc_class,
            "message": failure.get("message", ""),
            "code": failure.get("code") or 0,
            "exception": exception,
        }
        now = self.clock.now_text()
        attempts = snapshot.get("max_attempts", 1)
        if activity.snapshot and not non_retryable and activity.attempt_count < int(attempts or 1):
            backoff = snapshot.get("backoff_seconds") or []
            delay = (
                int(backoff[min(activity.attempt_count - 1, len(backoff) - 1)]) if backoff else 0
            )
            activity.status = "pending"
            payload = activity.base_payload()
            payload.update(
                activity_attempt_id=activity.attempt_id,
                retry_task_id=self.ids(),
                retry_available_at=self.clock.after_text(delay),
                retry_backoff_seconds=delay,
                retry_after_attempt_id=activity.attempt_id,
                retry_after_attempt=activity.attempt_count,
                max_attempts=snapshot.get("max_attempts"),
                retry_policy=snapshot,
                timeout_kind=timeout_kind,
                **fields,
            )
            payload["activity"] = activity.snapshot_payload()
            run.history.append("ActivityRetryScheduled", payload)
            if delay:
                self.push_timer(
                    Timer(
                        self.ids(),
                        run,
                        activity.sequence,
                        delay,
                        self.clock.now() + timedelta(seconds=delay),
                        self.clock.after_text(delay),
                        kind="retry",
                        retry=activity,
                    )
                )
            else:
                self.ready_activities.append(activity)
            return
        if timeout_kind is not None:
            self.activity_timed_out(activity, timeout_kind)
            return
        activity.status = "failed"
        activity.closed_at = now
        payload = activity.base_payload(attempt=True)
        payload.update(failure_id=self.ids(), failure_category="activity")
        payload["non_retryable"] = non_retryable
        payload.update(fields)
        payload["activity"] = activity.snapshot_payload()
        payload["activity_attempt"] = activity.attempt_payload("failed", now)
        run.history.append("ActivityFailed", payload)
        self._resume_after_activity(activity, "ActivityFailed")

    def activity_timed_out(self, activity: Activity, kind: str) -> None:
        """The activity's deadline passed: ``ActivityTimedOut`` (never retried for
        ``schedule_to_close``)."""
        run = activity.run
        now = self.clock.now_text()
        was_running = activity.status == "running"
        activity.status = "failed"
        activity.closed_at = now
        label = kind.replace("_", "-")
        payload = activity.base_payload(attempt=activity.attempt_id is not None)
        payload.update(
            failure_id=self.ids(),
            failure_category="timeout",
            timeout_kind=kind,
            message=f"Activity {activity.activity_type} {label} deadline expired at {now}.",
            exception_class=TIMEOUT_CLASS,
        )
        payload["activity"] = activity.snapshot_payload()
        if activity.attempt_id is not None:
            payload["activity_attempt"] = activity.attempt_payload("expired", now)
        run.history.append("ActivityTimedOut", payload)
        if was_running:
            self.on_activity_cancelled(activity)
        self._resume_after_activity(activity, "ActivityTimedOut")

    def _resume_after_activity(self, activity: Activity, event_type: str) -> None:
        self.request_task(
            activity.run,
            resume_context(
                workflow_wait_kind="activity",
                open_wait_id=f"activity:{activity.execution_id}",
                resume_source_kind="activity_execution",
                resume_source_id=activity.execution_id,
                activity_execution_id=activity.execution_id,
                activity_attempt_id=activity.attempt_id,
                activity_type=activity.activity_type,
                workflow_sequence=activity.sequence,
                workflow_event_type=event_type,
            ),
        )
