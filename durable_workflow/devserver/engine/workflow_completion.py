"""Workflow service: completing a workflow task (checking and applying its commands)."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..store import children as child_store
from ..store import history as history_store
from ..store import messages as message_store
from ..store import runs as run_store
from ..store import tasks as task_store
from ..store import timers as timer_store
from .activities import schedule_activity
from .activity_records import PARALLEL_KEYS
from .command_validation import _validate_commands
from .history import append_event, dumps, loads, new_id, now_iso
from .runs import (
    _child_payload,
    _create_run,
    _failure,
    _run,
    _start_child_run,
    _started_payload,
    close_run,
)
from .tasks import OPEN_RUN_STATUSES, create_workflow_task, guard_workflow_task, open_workflow_task
from .timers import schedule_timer
from .values import TERMINAL_COMMANDS, _sa, blob_of, command_payload, encode_value, is_envelope
from .workflow_effects import _Effects


class _Completion(_Effects):
    """Part of the workflow service."""

    def complete_workflow_task(
        self, namespace: str, task_id: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        server = self.server
        commands = _validate_commands(body)
        owner, attempt = body["lease_owner"], int(body["workflow_task_attempt"])
        with server.db.transaction() as conn:
            task, run = guard_workflow_task(server, conn, namespace, task_id, owner, attempt)
            out: dict[str, Any] = {
                "task_id": task_id,
                "workflow_task_attempt": attempt,
                "outcome": "completed",
                "recorded": False,
                "run_id": run["run_id"],
                "run_status": run["status"],
                "created_task_ids": [],
                "reason": None,
            }
            problem = self._check_commands(conn, task, run, commands)
            if problem is not None:
                out["reason"] = "invalid_commands"
                out["error"] = problem
                return 409, out
            created = self._apply_commands(conn, task, run, commands)
            run = _run(conn, run["run_id"])
            task_store.mark_workflow_task_completed(conn, task_id, now_iso(server))
            if run["status"] in OPEN_RUN_STATUSES:
                run_store.mark_run_waiting(conn, run["run_id"])
                run = _run(conn, run["run_id"])
                follow = self._follow_up(conn, task, run)
                if follow is not None:
                    created.append(follow)
            out.update(recorded=True, run_status=run["status"], created_task_ids=created)
            return 200, out

    def _follow_up(
        self, conn: sqlite3.Connection, task: sqlite3.Row, run: sqlite3.Row
    ) -> str | None:
        """Create a task when history arrived during the lease (signals, updates, outcomes)."""
        if open_workflow_task(conn, run["run_id"]) is not None:
            return None
        seen = task["seq_at_lease"] or 0
        update_mode = bool((loads(task["resume"], {}) or {}).get("workflow_update_id"))
        if update_mode:
            # An update task only applies the update. History a regular task has not seen yet,
            # and open condition waits the update may have satisfied, still need a regular task.
            last_regular = task_store.last_completed_regular_task(
                conn, run["run_id"], task["task_id"]
            )
            seen = (last_regular["seq_at_lease"] or 0) if last_regular is not None else 0
            if timer_store.run_has_open_condition_wait(conn, run["run_id"]):
                return create_workflow_task(self.server, conn, run, self._pending_update(conn, run))
        rows = history_store.events_after_from_other_tasks(
            conn, run["run_id"], seen, task["task_id"]
        )
        quiet = {
            "ActivityStarted",
            "ActivityHeartbeatRecorded",
            "ActivityRetryScheduled",
            "TimerScheduled",
        }
        if update_mode:
            quiet |= {"UpdateAccepted", "UpdateApplied", "UpdateCompleted", "UpdateRejected"}
        wake = [r for r in rows if r["event_type"] not in quiet]
        if not wake:
            return None
        return create_workflow_task(self.server, conn, run, self._pending_update(conn, run))

    def _pending_update(self, conn: sqlite3.Connection, run: sqlite3.Row) -> dict[str, Any]:
        """Resume context of the oldest accepted update of ``run`` (empty when none)."""
        resume: dict[str, Any] = {}
        pending_update = message_store.oldest_accepted_update(conn, run["run_id"])
        if pending_update is not None:
            resume = {
                "workflow_wait_kind": "update",
                "open_wait_id": f"update:{pending_update['update_id']}",
                "resume_source_kind": "workflow_update",
                "resume_source_id": pending_update["update_id"],
                "workflow_update_id": pending_update["update_id"],
                "workflow_command_id": pending_update["command_id"],
            }
        return resume

    def _check_commands(
        self,
        conn: sqlite3.Connection,
        task: sqlite3.Row,
        run: sqlite3.Row,
        commands: list[dict[str, Any]],
    ) -> str | None:
        terminal = [c for c in commands if c["type"] in TERMINAL_COMMANDS]
        if len(terminal) > 1:
            return "A workflow task completion may contain at most one terminal command."
        resume = loads(task["resume"], {}) or {}
        update_target = resume.get("workflow_update_id")
        seen_updates: set[str] = set()
        for command in commands:
            if command["type"] not in ("complete_update", "fail_update"):
                continue
            update_id = command.get("update_id")
            if not update_id or update_id in seen_updates:
                return "Each update may be completed at most once per workflow task."
            seen_updates.add(update_id)
            if update_target and update_id != update_target:
                return (
                    f"Update commands must target update [{update_target}] in this workflow task."
                )
            row = message_store.get_update_status(conn, update_id, run["run_id"])
            if row is None or row["status"] != "accepted":
                return f"Update [{update_id}] is not an accepted update of this run."
        for command in commands:
            if command["type"] == "record_version_marker" and not (
                command["min_supported"] <= command["version"] <= command["max_supported"]
            ):
                return "Version marker version must be within min_supported..max_supported."
        return None

    def _next_step(self, conn: sqlite3.Connection, run_id: str) -> int:
        return run_store.advance_step_counter(conn, run_id)

    def _apply_commands(
        self,
        conn: sqlite3.Connection,
        task: sqlite3.Row,
        run: sqlite3.Row,
        commands: list[dict[str, Any]],
    ) -> list[str]:
        server = self.server
        created: list[str] = []
        task_id = task["task_id"]
        codec = run["payload_codec"] or "avro"
        has_reopen = any(c["type"] == "open_condition_wait" for c in commands)
        resume = loads(task["resume"], {}) or {}
        if resume.get("resume_source_kind") == "workflow_signal":
            self._apply_signal_waits(conn, run, task_id)
        if resume.get("resume_source_kind") == "workflow_signal" and not has_reopen:
            self._satisfy_condition(conn, run, task_id, resume)
        for command in commands:
            kind = command["type"]
            if kind in TERMINAL_COMMANDS:
                continue
            seq = self._next_step(conn, run["run_id"])
            if kind == "schedule_activity":
                args = command_payload(command.get("arguments"), codec)
                created.append(
                    schedule_activity(
                        server, conn, run, command, seq, task_id=task_id, arguments=args
                    )
                )
            elif kind == "start_timer":
                extra = {k: command[k] for k in PARALLEL_KEYS if command.get(k) is not None}
                timer_id = schedule_timer(
                    server,
                    conn,
                    run,
                    seq,
                    int(command["delay_seconds"]),
                    task_id=task_id,
                    extra_payload=extra,
                )
                created.append(timer_id)
            elif kind == "start_child_workflow":
                created.append(self._start_child(conn, run, command, seq, task_id))
            elif kind == "complete_update":
                self._finish_update(conn, run, command, seq, task_id, ok=True)
            elif kind == "fail_update":
                self._finish_update(conn, run, command, seq, task_id, ok=False)
            elif kind == "record_side_effect":
                result = command.get("result")
                append_event(
                    server,
                    conn,
                    run["run_id"],
                    "SideEffectRecorded",
                    {
                        "sequence": seq,
                        "result": blob_of(result) if is_envelope(result) else result,
                    },
                    task_id=task_id,
                )
            elif kind == "record_version_marker":
                append_event(
                    server,
                    conn,
                    run["run_id"],
                    "VersionMarkerRecorded",
                    {
                        "sequence": seq,
                        "change_id": command["change_id"],
                        "version": command["version"],
                        "min_supported": command["min_supported"],
                        "max_supported": command["max_supported"],
                    },
                    task_id=task_id,
                )
            elif kind == "upsert_search_attributes":
                self._upsert_sa(conn, run, command, seq, task_id)
            elif kind == "upsert_memo":
                self._upsert_memo(conn, run, command, seq, task_id)
            elif kind == "open_condition_wait":
                self._open_condition(conn, run, command, seq, task_id)
            elif kind == "open_signal_wait":
                self._open_signal_wait(conn, run, command, seq, task_id)
            elif kind == "record_local_activity":
                self._record_local_activity(conn, run, command, seq, task_id)
            elif kind == "cancel_selection_operation":
                fields = (
                    "selection_group_id",
                    "member_key",
                    "member_index",
                    "member_base_sequence",
                    "member_size",
                    "operation_kind",
                    "operation_identity",
                )
                append_event(
                    server,
                    conn,
                    run["run_id"],
                    "SelectionOperationCancelled",
                    {"sequence": seq, **{f: command.get(f) for f in fields}},
                    task_id=task_id,
                )
        terminal = next((c for c in commands if c["type"] in TERMINAL_COMMANDS), None)
        if terminal is None:
            return created
        fresh = _run(conn, run["run_id"])
        if terminal["type"] == "complete_workflow":
            close_run(
                server,
                conn,
                fresh,
                "completed",
                "completed",
                output=command_payload(terminal.get("result"), codec),
                task_id=task_id,
            )
        elif terminal["type"] == "fail_workflow":
            message = terminal["message"]
            exc_class = terminal.get("exception_class") or "RuntimeException"
            category = "application"
            low = message.lower()
            if any(
                s in low
                for s in ("timed out", "timeout exceeded", "execution deadline", "run deadline")
            ):
                category = "timeout"
            elif message.startswith("Structural limit exceeded:"):
                category = "structural_limit"
            failure = _failure(
                category,
                message,
                exc_class,
                terminal.get("exception_type"),
                bool(terminal.get("non_retryable")),
                source_kind="workflow_run",
                source_id=run["run_id"],
            )
            if isinstance(terminal.get("exception"), dict):
                failure["exception"].update(terminal["exception"])
            close_run(server, conn, fresh, "failed", "failed", failure=failure, task_id=task_id)
        else:
            created.append(self._continue_as_new(conn, fresh, terminal, task_id))
        return created

    def _continue_as_new(
        self, conn: sqlite3.Connection, run: sqlite3.Row, command: dict[str, Any], task_id: str
    ) -> str:
        server = self.server
        seq = self._next_step(conn, run["run_id"])
        arguments = command_payload(command.get("arguments"), run["payload_codec"]) or loads(
            run["arguments"]
        )
        new = _create_run(
            server,
            conn,
            namespace=run["namespace"],
            workflow_id=run["workflow_id"],
            run_number=run["run_number"] + 1,
            workflow_type=command.get("workflow_type") or run["workflow_type"],
            task_queue=command.get("queue") or run["task_queue"],
            arguments=arguments,
            business_key=run["business_key"],
            memo=_sa(run["memo"]),
            search_attributes=_sa(run["search_attributes"]),
            execution_timeout=run["execution_timeout_seconds"],
            run_timeout=run["run_timeout_seconds"],
            execution_deadline_at=run["execution_deadline_at"],
            compatibility=run["compatibility"],
            parent={
                "run_id": run["parent_run_id"],
                "workflow_id": run["parent_workflow_id"],
                "sequence": run["parent_sequence"],
                "child_call_id": run["child_call_id"],
                "parent_close_policy": run["parent_close_policy"],
            },
            continued_from=run["run_id"],
            payload_codec=run["payload_codec"] or "avro",
        )
        link = new_id()
        run_store.advance_current_run(conn, run["workflow_id"], new["run_id"])
        if run["child_call_id"]:
            child_store.set_child_run_id(conn, run["child_call_id"], new["run_id"])
        close_run(
            server,
            conn,
            run,
            "completed",
            "continued",
            task_id=task_id,
            event=(
                "WorkflowContinuedAsNew",
                {
                    "sequence": seq,
                    "continued_to_run_id": new["run_id"],
                    "continued_to_run_number": new["run_number"],
                    "workflow_link_id": link,
                    "closed_reason": "continued",
                },
            ),
        )
        append_event(
            server,
            conn,
            new["run_id"],
            "WorkflowStarted",
            _started_payload(new, None, continued_from_run_id=run["run_id"], workflow_link_id=link),
        )
        return create_workflow_task(server, conn, new)

    def _start_child(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> str:
        server = self.server
        call_id = new_id()
        link = new_id()
        child_id = new_id()
        retry = command.get("retry_policy")
        retry_snapshot = None
        if isinstance(retry, dict):
            retry_snapshot = {
                "snapshot_version": 1,
                "max_attempts": int(retry.get("max_attempts") or 1),
                "backoff_seconds": [int(b) for b in (retry.get("backoff_seconds") or [])],
                "non_retryable_error_types": list(retry.get("non_retryable_error_types") or []),
            }
        timeout_policy = None
        if command.get("execution_timeout_seconds") or command.get("run_timeout_seconds"):
            timeout_policy = {
                "snapshot_version": 1,
                "execution_timeout_seconds": command.get("execution_timeout_seconds"),
                "run_timeout_seconds": command.get("run_timeout_seconds"),
            }
        policy = command.get("parent_close_policy") or "abandon"
        parallel = {k: command[k] for k in PARALLEL_KEYS if command.get(k) is not None}
        child_store.insert_child_call(
            conn,
            call_id,
            namespace=run["namespace"],
            parent_run_id=run["run_id"],
            parent_workflow_id=run["workflow_id"],
            sequence=seq,
            workflow_link_id=link,
            child_workflow_id=child_id,
            workflow_type=command["workflow_type"],
            task_queue=command.get("queue") or run["task_queue"],
            arguments=dumps(
                command_payload(command.get("arguments"), run["payload_codec"]) or encode_value([])
            ),
            parent_close_policy=policy,
            retry_policy=dumps(retry_snapshot) if retry_snapshot else None,
            timeout_policy=dumps(timeout_policy) if timeout_policy else None,
            parallel=dumps(parallel),
        )
        call = child_store.get_child_call(conn, call_id)
        assert call is not None  # inserted just above
        payload = _child_payload(call, None)
        payload.update(
            parent_close_policy=policy,
            retry_policy=retry_snapshot,
            timeout_policy=timeout_policy,
            child_workflow_run_id=None,
        )
        append_event(
            server, conn, run["run_id"], "ChildWorkflowScheduled", payload, task_id=task_id
        )
        return _start_child_run(server, conn, run, call, task_id=task_id)
