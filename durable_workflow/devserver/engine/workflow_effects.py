"""Workflow service: the effects of workflow-task commands (updates, search attributes, memo,
conditions, signal waits, local activities).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..store import messages as message_store
from ..store import runs as run_store
from ..store import timers as timer_store
from .activity_records import PARALLEL_KEYS, retry_snapshot
from .history import append_event, dumps, loads, new_id, now_iso
from .runs import _failure, _run
from .timers import cancel_timer, schedule_timer
from .values import SIGNAL_WAIT, _sa, blob_of, command_payload, decode_envelope, encode_value
from .workflow_updates import _Updates


class _Effects(_Updates):
    """Part of the workflow service."""

    def _finish_update(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
        *,
        ok: bool,
    ) -> None:
        server = self.server
        now = now_iso(server)
        row = message_store.get_update(conn, command["update_id"])
        assert row is not None  # the command check admitted only accepted updates of the run
        base = {
            "workflow_command_id": row["command_id"],
            "update_id": row["update_id"],
            "workflow_instance_id": run["workflow_id"],
            "workflow_run_id": run["run_id"],
            "update_name": row["update_name"],
        }
        arguments = loads(row["arguments"])
        if ok:
            result = command_payload(command.get("result"), run["payload_codec"])
            append_event(
                server,
                conn,
                run["run_id"],
                "UpdateApplied",
                {**base, "arguments": blob_of(arguments), "sequence": seq},
                task_id=task_id,
                command_id=row["command_id"],
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "UpdateCompleted",
                {
                    **base,
                    "sequence": seq,
                    "result": blob_of(result),
                    "payload_codec": (result or {}).get("codec")
                    if isinstance(result, dict)
                    else run["payload_codec"],
                },
                task_id=task_id,
                command_id=row["command_id"],
            )
            message_store.mark_update_completed(
                conn, row["update_id"], result=dumps(result), sequence=seq, now=now
            )
        else:
            failure = _failure(
                "application",
                command["message"],
                command.get("exception_class") or "RuntimeException",
                command.get("exception_type"),
                bool(command.get("non_retryable")),
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "UpdateCompleted",
                {
                    **base,
                    "sequence": seq,
                    **{
                        k: failure[k]
                        for k in (
                            "failure_id",
                            "failure_category",
                            "non_retryable",
                            "exception_type",
                            "exception_class",
                            "message",
                            "exception",
                        )
                    },
                    "code": 0,
                },
                task_id=task_id,
                command_id=row["command_id"],
            )
            message_store.mark_update_failed(
                conn, row["update_id"], failure=dumps(failure), sequence=seq, now=now
            )
        server.notifier.notify(("updates", run["run_id"]))

    def _upsert_sa(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        current = _sa(_run(conn, run["run_id"])["search_attributes"])
        attrs: dict[str, Any] = {}
        for key, value in command["attributes"].items():
            if isinstance(value, str):
                value = value.strip() or None
            attrs[key] = value
        for key, value in attrs.items():
            if value is None:
                current.pop(key, None)
            else:
                current[key] = value
        merged = dict(sorted(current.items()))
        run_store.set_run_search_attributes(conn, run["run_id"], dumps(merged))
        append_event(
            self.server,
            conn,
            run["run_id"],
            "SearchAttributesUpserted",
            {"sequence": seq, "attributes": dict(sorted(attrs.items())), "merged": merged},
            task_id=task_id,
        )

    def _upsert_memo(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        entries = command.get("entries")
        ok, patch = decode_envelope(entries)
        current = _sa(_run(conn, run["run_id"])["memo"])
        if ok and isinstance(patch, dict):
            for key, value in patch.items():
                if value is None:
                    current.pop(key, None)
                else:
                    current[key] = value
        run_store.set_run_memo(conn, run["run_id"], dumps(current))
        merged_env = encode_value(current) if ok else entries
        append_event(
            self.server,
            conn,
            run["run_id"],
            "MemoUpserted",
            {"sequence": seq, "entries": entries, "merged": merged_env},
            task_id=task_id,
        )

    def _open_condition(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        server = self.server
        wait_id = new_id()
        timeout = command.get("timeout_seconds")
        key = command.get("condition_key")
        fp = command.get("condition_definition_fingerprint")
        append_event(
            server,
            conn,
            run["run_id"],
            "ConditionWaitOpened",
            {
                "condition_wait_id": wait_id,
                "condition_key": key,
                "condition_definition_fingerprint": fp,
                "sequence": seq,
                "timeout_seconds": timeout,
            },
            task_id=task_id,
        )
        timer_id = None
        if timeout:
            timer_id = schedule_timer(
                server,
                conn,
                run,
                seq,
                int(timeout),
                task_id=task_id,
                kind="condition_timeout",
                details={
                    "condition_wait_id": wait_id,
                    "condition_key": key,
                    "condition_definition_fingerprint": fp,
                },
            )
        timer_store.insert_condition_wait(
            conn,
            wait_id,
            run["run_id"],
            sequence=seq,
            condition_key=key,
            fingerprint=fp,
            timeout_seconds=timeout,
            timer_id=timer_id,
            opened_at=now_iso(server),
        )

    def _open_signal_wait(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        server = self.server
        wait_id = new_id()
        name = command["signal_name"]
        timeout = command.get("timeout_seconds")
        append_event(
            server,
            conn,
            run["run_id"],
            "SignalWaitOpened",
            {
                "signal_name": name,
                "signal_wait_id": wait_id,
                "sequence": seq,
                "timeout_seconds": timeout,
            },
            task_id=task_id,
        )
        timer_id = None
        if timeout is not None:
            timer_id = schedule_timer(
                server,
                conn,
                run,
                seq,
                int(timeout),
                task_id=task_id,
                kind="signal_timeout",
                details={"signal_wait_id": wait_id, "signal_name": name},
            )
        timer_store.insert_condition_wait(
            conn,
            wait_id,
            run["run_id"],
            sequence=seq,
            condition_key=name,
            fingerprint=SIGNAL_WAIT,
            timeout_seconds=timeout,
            timer_id=timer_id,
            opened_at=now_iso(server),
        )

    def _apply_signal_waits(self, conn: sqlite3.Connection, run: sqlite3.Row, task_id: str) -> None:
        """Record ``SignalApplied`` for signals bound to open signal waits; stop their timers."""
        for signal in message_store.signals_bound_to_open_waits(conn, run["run_id"]):
            timer_store.mark_condition_wait_satisfied(conn, signal["wait_id"])
            arguments = loads(signal["arguments"])
            append_event(
                self.server,
                conn,
                run["run_id"],
                "SignalApplied",
                {
                    "workflow_command_id": signal["command_id"],
                    "signal_id": signal["signal_id"],
                    "signal_name": signal["signal_name"],
                    "signal_wait_id": signal["wait_id"],
                    "sequence": signal["wait_sequence"],
                    "value": blob_of(arguments),
                },
                task_id=task_id,
            )
            if signal["timer_id"]:
                timer = timer_store.get_pending_timer(conn, signal["timer_id"])
                if timer is not None:
                    cancel_timer(self.server, conn, timer, task_id)

    def _record_local_activity(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        command: dict[str, Any],
        seq: int,
        task_id: str,
    ) -> None:
        """Record an activity the workflow worker ran itself, with the usual activity events."""
        server = self.server
        execution_id = new_id()
        codec = run["payload_codec"] or "avro"
        raw_attempts = command.get("attempts")
        attempts: list[Any] = raw_attempts if isinstance(raw_attempts, list) else []
        last = attempts[-1] if attempts and isinstance(attempts[-1], dict) else {}
        attempt_id = str(last.get("attempt_id") or new_id().upper())
        number = int(last.get("attempt_number") or len(attempts) or 1)
        base = {
            "activity_execution_id": execution_id,
            "activity_class": command["activity_type"],
            "activity_type": command["activity_type"],
            "sequence": seq,
            "execution_mode": "local",
            "local_activity": True,
            "workflow_task_id": task_id,
        }
        base.update({k: command[k] for k in PARALLEL_KEYS if command.get(k) is not None})
        arguments = command_payload(command.get("arguments"), codec)
        snapshot = {
            "id": execution_id,
            "type": command["activity_type"],
            "sequence": seq,
            "attempt_count": number,
            "arguments": blob_of(arguments),
            "retry_policy": retry_snapshot(command),
        }
        append_event(
            server,
            conn,
            run["run_id"],
            "ActivityScheduled",
            {**base, "activity": snapshot},
            task_id=task_id,
        )
        started = {
            **base,
            "activity_attempt_id": attempt_id,
            "attempt_number": number,
            "attempts": attempts,
        }
        append_event(server, conn, run["run_id"], "ActivityStarted", started, task_id=task_id)
        outcome = command.get("outcome") or "completed"
        if outcome == "completed":
            result = command_payload(command.get("result"), codec)
            append_event(
                server,
                conn,
                run["run_id"],
                "ActivityCompleted",
                {
                    **base,
                    "activity_attempt_id": attempt_id,
                    "attempt_number": number,
                    "result": blob_of(result),
                    "payload_codec": result.get("codec") if isinstance(result, dict) else codec,
                },
                task_id=task_id,
            )
            return
        event_type = "ActivityTimedOut" if outcome in ("timed_out", "timeout") else "ActivityFailed"
        message = str(command.get("message") or "local activity failed")
        payload = {
            **base,
            "activity_attempt_id": attempt_id,
            "attempt_number": number,
            "failure_id": new_id(),
            "failure_category": "timeout" if event_type == "ActivityTimedOut" else "activity",
            "non_retryable": bool(command.get("non_retryable")),
            "exception_type": command.get("exception_type"),
            "exception_class": command.get("exception_class") or command.get("exception_type"),
            "message": message,
            "timeout_kind": command.get("timeout_kind"),
        }
        append_event(server, conn, run["run_id"], event_type, payload, task_id=task_id)

    def _satisfy_condition(
        self, conn: sqlite3.Connection, run: sqlite3.Row, task_id: str, resume: dict[str, Any]
    ) -> None:
        wait = timer_store.latest_open_condition_wait(conn, run["run_id"], SIGNAL_WAIT)
        if wait is None:
            return
        timer_store.satisfy_open_condition_waits(conn, run["run_id"], SIGNAL_WAIT)
        append_event(
            self.server,
            conn,
            run["run_id"],
            "ConditionWaitSatisfied",
            {
                "condition_wait_id": wait["wait_id"],
                "condition_key": wait["condition_key"],
                "condition_definition_fingerprint": wait["fingerprint"],
                "sequence": wait["sequence"],
                "timer_id": wait["timer_id"],
                "timeout_seconds": wait["timeout_seconds"],
                "workflow_signal_id": resume.get("workflow_signal_id"),
                "signal_name": resume.get("signal_name"),
                "signal_wait_id": resume.get("signal_wait_id"),
            },
            task_id=task_id,
        )
        for timer in timer_store.pending_condition_timeout_timers(conn, run["run_id"]):
            cancel_timer(self.server, conn, timer, task_id)
