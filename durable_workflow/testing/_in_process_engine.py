"""The server half of the in-process environment: history in, runs moved forward.

:class:`Engine` plays the server's part for runs that live in memory: it creates runs, hands
workflow tasks to the runtime, applies the commands that come back exactly as the server
applies a workflow task completion (``workflow-task-semantics.md`` §2.2: validation, the
signal-satisfies-condition rule, non-terminal commands in list order with step numbers, then
the terminal one), and writes the events the server writes. It fires timers, records activity
outcomes with the retry policy's decisions, starts and resolves child runs, and closes runs
(cancelling their open work, applying parent-close policies, resuming parents).

It never awaits and never looks at the wall clock: the environment around it decides when work
runs and when the virtual clock moves.
"""

from __future__ import annotations

import asyncio
import re
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from ..codec import PayloadConverter, decode_payload, encode_payload
from ..errors import UpdateFailed
from ._history_writer import IdSource, RunHistory, VirtualClock, format_time
from ._in_process_activity_records import ActivityRecords
from ._in_process_child_records import ChildRecords
from ._in_process_state import (
    OPEN,
    Activity,
    ChildCall,
    Run,
    Timer,
    blob_of,
    failure_payload,
    resume_context,
)
from ._in_process_timer_records import TimerRecords

__all__ = ["CANCELLED_CLASS", "TERMINATED_CLASS", "Engine", "InvalidCommands"]

TERMINAL = frozenset({"complete_workflow", "fail_workflow", "continue_as_new"})
WAITING_FOR_HISTORY = "WorkflowTaskWaitingForHistory"
CANCELLED_CLASS = "Workflow\\V2\\Exceptions\\WorkflowCancelledException"
TERMINATED_CLASS = "Workflow\\V2\\Exceptions\\WorkflowTerminatedException"
WORKFLOW_TIMEOUT_CLASS = "Workflow\\V2\\Exceptions\\WorkflowTimeoutException"
_SA_KEY = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


class InvalidCommands(Exception):
    """A completion the server would refuse with 422 (the task fails, the run stays open)."""


class Engine(ActivityRecords, ChildRecords, TimerRecords):
    """Runs, their histories, and the server's rules for moving them forward."""

    def __init__(
        self,
        *,
        namespace: str,
        clock: VirtualClock,
        converter: PayloadConverter,
        activate: Callable[[Run, dict[str, Any] | None, str], tuple[list[Any] | None, Any]],
        new_instance: Callable[[Run], Any],
    ) -> None:
        self.namespace = namespace
        self.loop = asyncio.get_running_loop()
        self.clock = clock
        self.ids = IdSource(clock)
        self.converter = converter
        self._activate = activate
        self._new_instance = new_instance
        self.runs: dict[str, Run] = {}
        self.current: dict[str, Run] = {}
        self.ready_tasks: deque[Run] = deque()
        self.ready_activities: deque[Activity] = deque()
        self._timers: list[tuple[Any, int, Timer]] = []
        self._timer_order = 0
        self.on_run_closed: Callable[[Run], None] = lambda run: None
        self.on_activity_cancelled: Callable[[Activity], None] = lambda act: None
        self.on_task_failed: Callable[[Run], None] = lambda run: None

    # ------------------------------------------------------------------ runs and tasks

    def create_run(
        self,
        *,
        workflow_id: str,
        workflow_type: str,
        task_queue: str,
        arguments: Any,
        run_number: int = 1,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        command_id: str | None = None,
        parent_call: ChildCall | None = None,
        started_extra: dict[str, Any] | None = None,
        execution_timeout: int | None = None,
        run_timeout: int | None = None,
        execution_deadline: datetime | None = None,
    ) -> Run:
        """A new run with its ``StartAccepted``/``WorkflowStarted`` events and a first task.

        ``execution_timeout`` bounds the whole chain of runs (its deadline, once set, is
        inherited as ``execution_deadline``), ``run_timeout`` this run; a passed deadline closes
        the run with ``WorkflowTimedOut``."""
        run_id = self.ids()
        now = self.clock.now()
        if execution_timeout and execution_deadline is None:
            execution_deadline = now + timedelta(seconds=execution_timeout)
        run_deadline = now + timedelta(seconds=run_timeout) if run_timeout else None
        run = Run(
            workflow_id=workflow_id,
            run_id=run_id,
            run_number=run_number,
            workflow_type=workflow_type,
            task_queue=task_queue,
            arguments=arguments,
            history=RunHistory(run_id, self.clock, self.ids),
            instance=None,
            closed=self.loop.create_future(),
            memo=dict(memo or {}),
            search_attributes=dict(search_attributes or {}),
            parent_call=parent_call,
            execution_timeout=execution_timeout,
            run_timeout=run_timeout,
            execution_deadline=execution_deadline,
            run_deadline=run_deadline,
        )
        base = {
            "workflow_class": workflow_type,
            "workflow_type": workflow_type,
            "workflow_instance_id": workflow_id,
            "workflow_run_id": run_id,
            "workflow_command_id": command_id,
        }
        if run_number == 1 and parent_call is None:
            run.history.append(
                "StartAccepted",
                {
                    **base,
                    "business_key": None,
                    "visibility_labels": None,
                    "memo": run.memo,
                    "search_attributes": run.search_attributes,
                    "outcome": "started_new",
                },
                command_id=command_id,
            )
        started = {
            **base,
            "memo": run.memo,
            "search_attributes": run.search_attributes,
            "task_queue": task_queue,
            "payload_codec": "avro",
            "execution_timeout_seconds": execution_timeout,
            "run_timeout_seconds": run_timeout,
            "execution_deadline_at": format_time(execution_deadline)
            if execution_deadline
            else None,
            "run_deadline_at": format_time(run_deadline) if run_deadline else None,
            **(started_extra or {}),
        }
        run.history.append(
            "WorkflowStarted",
            {k: v for k, v in started.items() if v is not None},
            command_id=command_id,
        )
        self.runs[run_id] = run
        self.current[workflow_id] = run
        run.instance = self._new_instance(run)
        deadlines = [d for d in (execution_deadline, run_deadline) if d is not None]
        if deadlines:
            due = min(deadlines)
            seconds = int((due - now).total_seconds())
            self.push_timer(
                Timer(self.ids(), run, None, seconds, due, format_time(due), "deadline")
            )
        self.request_task(run, None)
        return run

    def request_task(self, run: Run, resume: dict[str, Any] | None) -> None:
        """Give ``run`` a workflow task (at most one is open; an update's context wins)."""
        if not run.is_open:
            return
        run.task_failure = None
        run.stalled = None
        if run.task_pending:
            if resume is not None and resume.get("workflow_update_id"):
                run.resume = resume
            return
        run.task_pending = True
        run.resume = resume
        self.ready_tasks.append(run)

    def run_task(self, run: Run) -> None:
        """Run the pending workflow task of ``run`` and apply its completion."""
        if not run.task_pending:
            return
        run.task_pending = False
        resume, run.resume = run.resume, None
        if not run.is_open:
            return
        run.status = "running"
        task_id = self.ids()
        commands, failure = self._activate(run, resume, task_id)
        if failure is not None:
            run.status = "waiting"
            if failure.get("type") != WAITING_FOR_HISTORY:  # nothing new to do is no failure
                run.task_failure = failure
                self.on_task_failed(run)
            return
        assert commands is not None
        try:
            self._check(run, resume, commands)
        except InvalidCommands as exc:
            run.task_failure = {"type": "invalid_commands", "message": str(exc), "details": None}
            run.status = "waiting"
            self.on_task_failed(run)
            return
        self._apply(run, resume, commands, task_id)

    # ------------------------------------------------------------------ completion

    def _check(self, run: Run, resume: dict[str, Any] | None, commands: list[Any]) -> None:
        if not commands:
            raise InvalidCommands("a workflow task completion needs at least one command")
        terminal = 0
        seen_updates: set[str] = set()
        target = (resume or {}).get("workflow_update_id")
        for command in commands:
            kind = command.get("type") if isinstance(command, dict) else None
            if kind not in _APPLIERS and kind not in TERMINAL:
                raise InvalidCommands(
                    f"Workflow task command type [{kind}] is not supported by the server yet."
                )
            terminal += kind in TERMINAL
            if kind in ("complete_update", "fail_update"):
                update_id = command.get("update_id")
                if not update_id or update_id in seen_updates:
                    raise InvalidCommands("Each update may be completed at most once per task.")
                seen_updates.add(update_id)
                if target and update_id != target:
                    raise InvalidCommands(f"Update commands must target update [{target}].")
                update = run.updates.get(update_id)
                if update is None or update.status != "accepted":
                    raise InvalidCommands(f"Update [{update_id}] is not an accepted update.")
            elif kind == "record_version_marker":
                if not command["min_supported"] <= command["version"] <= command["max_supported"]:
                    raise InvalidCommands("Version marker version out of its supported range.")
            elif kind == "upsert_search_attributes":
                attributes = command.get("attributes")
                if not isinstance(attributes, dict) or not attributes:
                    raise InvalidCommands("Search attribute upserts need attributes.")
                for key, value in attributes.items():
                    if not _SA_KEY.match(str(key)):
                        raise InvalidCommands(f"Search attribute key [{key}] is invalid.")
                    if not isinstance(value, str | int | float | bool | list | None):
                        raise InvalidCommands(f"Search attribute [{key}] has an invalid value.")
                    if isinstance(value, str) and len(value.strip()) > 191:
                        raise InvalidCommands(f"Search attribute [{key}] is too long.")
            elif kind == "fail_workflow" and not command.get("message"):
                raise InvalidCommands("fail_workflow needs a message.")
        if terminal > 1:
            raise InvalidCommands("A completion may contain at most one terminal command.")

    def _apply(
        self, run: Run, resume: dict[str, Any] | None, commands: list[Any], task_id: str
    ) -> None:
        resume = resume or {}
        if resume.get("resume_source_kind") == "workflow_signal" and not any(
            c["type"] == "open_condition_wait" for c in commands
        ):
            self._satisfy_waits(run, resume, task_id)
        for command in commands:
            kind = command["type"]
            if kind not in TERMINAL:
                _APPLIERS[kind](self, run, command, run.history.next_step(), task_id)
        terminal = next((c for c in commands if c["type"] in TERMINAL), None)
        if terminal is None:
            run.status = "waiting"
            if resume.get("workflow_update_id") and any(w.status == OPEN for w in run.waits):
                # An update task only applies the update; a condition it may have made true
                # is evaluated by a regular task.
                self.request_task(run, None)
        elif terminal["type"] == "complete_workflow":
            self.close_run(run, "completed", output=terminal.get("result"), task_id=task_id)
        elif terminal["type"] == "fail_workflow":
            self._fail_run(run, terminal, task_id)
        else:
            self._continue_as_new(run, terminal, task_id)

    def _satisfy_waits(self, run: Run, resume: dict[str, Any], task_id: str) -> None:
        open_waits = [w for w in run.waits if w.status == OPEN]
        if not open_waits:
            return
        wait = open_waits[-1]
        for w in open_waits:
            w.status = "satisfied"
        run.history.append(
            "ConditionWaitSatisfied",
            {
                "condition_wait_id": wait.wait_id,
                "condition_key": wait.condition_key,
                "condition_definition_fingerprint": wait.fingerprint,
                "sequence": wait.sequence,
                "timer_id": wait.timer.timer_id if wait.timer else None,
                "timeout_seconds": wait.timeout_seconds,
                "workflow_signal_id": resume.get("workflow_signal_id"),
                "signal_name": resume.get("signal_name"),
                "signal_wait_id": resume.get("signal_wait_id"),
            },
            task_id=task_id,
        )
        for w in open_waits:
            if w.timer is not None:
                self.cancel_timer(w.timer, task_id)

    # ------------------------------------------------------------------ non-terminal commands

    def _finish_update(self, run: Run, cmd: dict[str, Any], seq: int, task_id: str) -> None:
        update = run.updates[cmd["update_id"]]
        base = {
            "workflow_command_id": update.command_id,
            "update_id": update.update_id,
            "workflow_instance_id": run.workflow_id,
            "workflow_run_id": run.run_id,
            "update_name": update.name,
        }
        if cmd["type"] == "complete_update":
            result = cmd.get("result")
            run.history.append(
                "UpdateApplied",
                {**base, "arguments": blob_of(update.arguments), "sequence": seq},
                task_id=task_id,
                command_id=update.command_id,
            )
            run.history.append(
                "UpdateCompleted",
                {**base, "sequence": seq, "result": blob_of(result), "payload_codec": "avro"},
                task_id=task_id,
                command_id=update.command_id,
            )
            update.status = "completed"
            if not update.future.done():
                update.future.set_result(result)
            return
        failure = failure_payload(
            self.ids(),
            "application",
            cmd["message"],
            cmd.get("exception_class") or "RuntimeException",
            cmd.get("exception_type"),
            bool(cmd.get("non_retryable")),
        )
        failure.pop("exception_class")
        run.history.append(
            "UpdateCompleted",
            {
                **base,
                "sequence": seq,
                **failure,
                "exception_class": cmd.get("exception_class") or "RuntimeException",
                "code": 0,
            },
            task_id=task_id,
            command_id=update.command_id,
        )
        update.status = "failed"
        if not update.future.done():
            update.future.set_exception(
                UpdateFailed(cmd["message"], reason="update_failed", body=failure)
            )

    def _side_effect(self, run: Run, cmd: dict[str, Any], seq: int, task_id: str) -> None:
        result = cmd.get("result")
        run.history.append(
            "SideEffectRecorded", {"sequence": seq, "result": blob_of(result)}, task_id=task_id
        )

    def _version_marker(self, run: Run, cmd: dict[str, Any], seq: int, task_id: str) -> None:
        keys = ("change_id", "version", "min_supported", "max_supported")
        run.history.append(
            "VersionMarkerRecorded", {"sequence": seq, **{k: cmd[k] for k in keys}}, task_id=task_id
        )

    def _upsert_search_attributes(
        self, run: Run, cmd: dict[str, Any], seq: int, task_id: str
    ) -> None:
        changes: dict[str, Any] = {}
        for key, value in cmd["attributes"].items():
            changes[key] = (value.strip() or None) if isinstance(value, str) else value
        for key, value in changes.items():
            if value is None:
                run.search_attributes.pop(key, None)
            else:
                run.search_attributes[key] = value
        run.search_attributes = dict(sorted(run.search_attributes.items()))
        run.history.append(
            "SearchAttributesUpserted",
            {
                "sequence": seq,
                "attributes": dict(sorted(changes.items())),
                "merged": dict(run.search_attributes),
            },
            task_id=task_id,
        )

    def _upsert_memo(self, run: Run, cmd: dict[str, Any], seq: int, task_id: str) -> None:
        entries = cmd.get("entries")
        patch = decode_payload(entries, "avro")
        if isinstance(patch, dict):
            for key, value in patch.items():
                if value is None:
                    run.memo.pop(key, None)
                else:
                    run.memo[key] = value
        run.history.append(
            "MemoUpserted",
            {"sequence": seq, "entries": entries, "merged": encode_payload(run.memo)},
            task_id=task_id,
        )

    # ------------------------------------------------------------------ terminal commands

    def _fail_run(self, run: Run, cmd: dict[str, Any], task_id: str) -> None:
        message = cmd["message"]
        low = message.lower()
        category = "application"
        if any(s in low for s in ("timed out", "timeout exceeded", "execution deadline")):
            category = "timeout"
        elif message.startswith("Structural limit exceeded:"):
            category = "structural_limit"
        failure = failure_payload(
            self.ids(),
            category,
            message,
            cmd.get("exception_class") or "RuntimeException",
            cmd.get("exception_type"),
            bool(cmd.get("non_retryable")),
            source_kind="workflow_run",
            source_id=run.run_id,
        )
        if isinstance(cmd.get("exception"), dict):
            failure["exception"].update(cmd["exception"])
        if run.cancel_requested is not None and cmd.get("exception_type") == "CancelledError":
            self._close_cancelled(run, "cancel", run.cancel_requested, None, task_id)
            return
        self.close_run(run, "failed", failure=failure, task_id=task_id)

    def _continue_as_new(self, run: Run, cmd: dict[str, Any], task_id: str) -> None:
        seq = run.history.next_step()
        link = self.ids()
        new = self.create_run(
            workflow_id=run.workflow_id,
            workflow_type=cmd.get("workflow_type") or run.workflow_type,
            task_queue=cmd.get("queue") or run.task_queue,
            arguments=cmd["arguments"] if cmd.get("arguments") is not None else run.arguments,
            run_number=run.run_number + 1,
            memo=run.memo,
            search_attributes=run.search_attributes,
            parent_call=run.parent_call,
            started_extra={"continued_from_run_id": run.run_id, "workflow_link_id": link},
            execution_timeout=run.execution_timeout,
            run_timeout=run.run_timeout,
            execution_deadline=run.execution_deadline,
        )
        if run.parent_call is not None:
            run.parent_call.child = new
        run.continued_to = new
        self.close_run(
            run,
            "completed",
            closed_reason="continued",
            task_id=task_id,
            event=(
                "WorkflowContinuedAsNew",
                {
                    "sequence": seq,
                    "continued_to_run_id": new.run_id,
                    "continued_to_run_number": new.run_number,
                    "workflow_link_id": link,
                    "closed_reason": "continued",
                },
            ),
        )

    # ------------------------------------------------------------------ closing

    def close_run(
        self,
        run: Run,
        status: str,
        *,
        closed_reason: str | None = None,
        output: Any = None,
        failure: dict[str, Any] | None = None,
        task_id: str | None = None,
        command_id: str | None = None,
        event: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        """Close ``run``: its closing event, open work cancelled, children and parent told."""
        run.status = status
        run.closed_reason = closed_reason or status
        run.output = output
        run.failure = failure
        run.task_pending = False
        if status in ("cancelled", "terminated", "failed"):
            self._cancel_open_work(run, command_id)
        else:
            for timer in run.timers.values():
                timer.status = "cancelled"
        if event is None:
            if status == "completed":
                event = ("WorkflowCompleted", {"output": blob_of(output), "payload_codec": "avro"})
            else:
                event = ("WorkflowFailed", failure or {})
        run.history.append(event[0], event[1], task_id=task_id, command_id=command_id)
        for update in run.updates.values():
            if update.status == "accepted":
                update.status = "failed"
                if not update.future.done():
                    update.future.set_exception(
                        UpdateFailed(
                            "Workflow run closed before the update completed.",
                            reason="run_closed",
                        )
                    )
        self.apply_parent_close_policy(run)
        if run.closed_reason != "continued":
            self.notify_parent(run)
        if not run.closed.done():
            run.closed.set_result(None)
        self.on_run_closed(run)

    def _cancel_open_work(self, run: Run, command_id: str | None) -> None:
        now = self.clock.now_text()
        for activity in run.activities.values():
            if activity.status in ("pending", "running"):
                activity.status = "cancelled"
                activity.closed_at = now
                payload = {"workflow_command_id": command_id, **activity.base_payload(attempt=True)}
                payload.update(cancelled_at=now, activity=activity.snapshot_payload())
                run.history.append("ActivityCancelled", payload, command_id=command_id)
                self.on_activity_cancelled(activity)
        for timer in run.timers.values():
            if timer.status == "pending":
                self.cancel_timer(timer, None)

    def time_out(self, run: Run) -> None:
        """A deadline of ``run`` passed: ``WorkflowTimedOut``, run failed (``timed_out``)."""
        if not run.is_open:
            return
        now = self.clock.now()
        passed = run.execution_deadline is not None and run.execution_deadline <= now
        kind = "execution" if passed else "run"
        message = f"Workflow {kind} deadline expired."
        failure = failure_payload(
            self.ids(),
            "timeout",
            message,
            WORKFLOW_TIMEOUT_CLASS,
            source_kind="workflow_run",
            source_id=run.run_id,
        )
        deadlines = {
            "execution_deadline_at": (
                format_time(run.execution_deadline) if run.execution_deadline else None
            ),
            "run_deadline_at": format_time(run.run_deadline) if run.run_deadline else None,
        }
        self.close_run(
            run,
            "failed",
            closed_reason="timed_out",
            failure=failure,
            event=(
                "WorkflowTimedOut",
                {
                    "failure_id": failure["failure_id"],
                    "timeout_kind": kind,
                    "failure_category": "timeout",
                    "message": message,
                    "exception_class": WORKFLOW_TIMEOUT_CLASS,
                    **deadlines,
                },
            ),
        )

    def request_cancel(self, run: Run, reason: str | None, command_id: str | None) -> None:
        """Ask ``run`` to cancel: ``CancelRequested`` and a workflow task, in which the workflow
        sees ``asyncio.CancelledError`` at its current await and may compensate before it ends.
        Ending with that error closes the run as cancelled (``WorkflowCancelled``)."""
        if run.cancel_requested is not None:
            return
        run.cancel_requested = reason or ""
        run.history.append(
            "CancelRequested",
            {
                "workflow_command_id": command_id,
                "workflow_instance_id": run.workflow_id,
                "workflow_run_id": run.run_id,
                "command_type": "cancel",
                "reason": reason,
            },
            command_id=command_id,
        )
        self.request_task(run, resume_context(workflow_command_id=command_id))

    def terminate(self, run: Run, reason: str | None, command_id: str | None) -> None:
        """Close ``run`` at once (§7.10): ``TerminateRequested``, open work cancelled,
        ``WorkflowTerminated``; no workflow code runs."""
        run.history.append(
            "TerminateRequested",
            {
                "workflow_command_id": command_id,
                "workflow_instance_id": run.workflow_id,
                "workflow_run_id": run.run_id,
                "command_type": "terminate",
                "reason": reason,
            },
            command_id=command_id,
        )
        self._close_cancelled(run, "terminate", reason, command_id, None)

    def cancel_or_terminate(
        self, run: Run, kind: str, reason: str | None, command_id: str | None
    ) -> None:
        """A parent-close policy reaching a child: cancellation requested or termination."""
        if kind == "cancel":
            self.request_cancel(run, reason, command_id)
        else:
            self.terminate(run, reason, command_id)

    def _close_cancelled(
        self,
        run: Run,
        kind: str,
        reason: str | None,
        command_id: str | None,
        task_id: str | None,
    ) -> None:
        cancelled = kind == "cancel"
        status = "cancelled" if cancelled else "terminated"
        message = f"Workflow {status}." if not reason else f"Workflow {status}: {reason}"
        exc_class = CANCELLED_CLASS if cancelled else TERMINATED_CLASS
        failure = failure_payload(
            self.ids(), status, message, exc_class, source_kind="workflow_run", source_id=run.run_id
        )
        payload = {
            "workflow_command_id": command_id,
            "workflow_instance_id": run.workflow_id,
            "workflow_run_id": run.run_id,
            "failure_id": failure["failure_id"],
            "failure_category": status,
            "closed_reason": status,
            "exception_class": exc_class,
            "message": message,
            "reason": reason,
        }
        self.close_run(
            run,
            status,
            failure=failure,
            task_id=task_id,
            command_id=command_id,
            event=("WorkflowCancelled" if cancelled else "WorkflowTerminated", payload),
        )


_APPLIERS: dict[str, Callable[[Engine, Run, dict[str, Any], int, str], None]] = {
    "schedule_activity": Engine.schedule_activity,
    "start_timer": Engine.start_timer,
    "start_child_workflow": Engine.start_child,
    "complete_update": Engine._finish_update,
    "fail_update": Engine._finish_update,
    "record_side_effect": Engine._side_effect,
    "record_version_marker": Engine._version_marker,
    "upsert_search_attributes": Engine._upsert_search_attributes,
    "upsert_memo": Engine._upsert_memo,
    "open_condition_wait": Engine.open_condition_wait,
}
