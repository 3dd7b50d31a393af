"""Workflow service: the effects of workflow-task commands (updates, search attributes, memo,
conditions, signal waits, local activities).
"""

from __future__ import annotations

import sqlite3
from typing import Any

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
        row = conn.execute(
            "SELECT * FROM workflow_updates WHERE update_id = ?", (command["update_id"],)
        ).fetchone()
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
            conn.execute(
                "UPDATE workflow_updates SET status = 'completed', result = ?, sequence = ?,"
                " applied_at = ?, closed_at = ?"
                " WHERE update_id = ?",
                (dumps(result), seq, now, now, row["update_id"]),
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
            conn.execute(
                "UPDATE workflow_updates SET status = 'failed', failure = ?, sequence = ?,"
                " closed_at = ? WHERE update_id = ?",
                (dumps(failure), seq, now, row["update_id"]),
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
        conn.execute(
            "UPDATE workflow_runs SET search_attributes = ? WHERE run_id = ?",
            (dumps(merged), run["run_id"]),
        )
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
        conn.execute(
            "UPDATE workflow_runs SET memo = ? WHERE run_id = ?", (dumps(current), run["run_id"])
        )
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
        conn.execute(
            "INSERT INTO condition_waits (wait_id, run_id, sequence, condition_key, fingerprint,"
            " timeout_seconds,"
            " timer_id, status, opened_at) VALUES (?,?,?,?,?,?,?,'open',?)",
            (wait_id, run["run_id"], seq, key, fp, timeout, timer_id, now_iso(server)),
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
        conn.execute(
            "INSERT INTO condition_waits (wait_id, run_id, sequence, condition_key, fingerprint,"
            " timeout_seconds, timer_id, status, opened_at) VALUES (?,?,?,?,?,?,?,'open',?)",
            (wait_id, run["run_id"], seq, name, SIGNAL_WAIT, timeout, timer_id, now_iso(server)),
        )

    def _apply_signal_waits(self, conn: sqlite3.Connection, run: sqlite3.Row, task_id: str) -> None:
        """Record ``SignalApplied`` for signals bound to open signal waits; stop their timers."""
        for signal in conn.execute(
            "SELECT s.*, w.wait_id, w.sequence AS wait_sequence, w.timer_id FROM workflow_signals s"
            " JOIN history_events e ON e.run_id = s.run_id AND e.event_type = 'SignalReceived'"
            " AND json_extract(e.payload, '$.signal_id') = s.signal_id"
            " JOIN condition_waits w ON w.wait_id = json_extract(e.payload, '$.signal_wait_id')"
            " WHERE s.run_id = ? AND w.status = 'open' ORDER BY s.received_at",
            (run["run_id"],),
        ).fetchall():
            conn.execute(
                "UPDATE condition_waits SET status = 'satisfied' WHERE wait_id = ?",
                (signal["wait_id"],),
            )
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
                timer = conn.execute(
                    "SELECT * FROM timers WHERE timer_id = ? AND status = 'pending'",
                    (signal["timer_id"],),
                ).fetchone()
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
        wait = conn.execute(
            "SELECT * FROM condition_waits WHERE run_id = ? AND status = 'open'"
            " AND COALESCE(fingerprint, '') != ? ORDER BY opened_at DESC LIMIT 1",
            (run["run_id"], SIGNAL_WAIT),
        ).fetchone()
        if wait is None:
            return
        conn.execute(
            "UPDATE condition_waits SET status = 'satisfied' WHERE run_id = ? AND status = 'open'"
            " AND COALESCE(fingerprint, '') != ?",
            (run["run_id"], SIGNAL_WAIT),
        )
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
        for timer in conn.execute(
            "SELECT * FROM timers WHERE run_id = ? AND status = 'pending' AND timer_kind ="
            " 'condition_timeout'",
            (run["run_id"],),
        ).fetchall():
            cancel_timer(self.server, conn, timer, task_id)
