"""Workflow service: signals, cancel, terminate, repair, archive and redrive."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import ApiError, Validator
from ..store import activities as activity_store
from ..store import history as history_store
from ..store import messages as message_store
from ..store import runs as run_store
from ..store import tasks as task_store
from ..store import timers as timer_store
from .command_validation import _check_name
from .history import append_event, dumps, loads, new_id, now_iso
from .runs import _cancel_or_terminate, _run
from .tasks import OPEN_RUN_STATUSES, create_workflow_task, ensure_workflow_task, open_workflow_task
from .values import QUIET_EVENTS, parse_input
from .workflow_export import _Exports


class _Commands(_Exports):
    """Part of the workflow service."""

    def signal_workflow(
        self,
        namespace: str,
        workflow_id: str,
        signal_name: str,
        body: dict[str, Any],
        *,
        run_id: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        server = self.server
        _check_name(signal_name, "signal_name")
        body = body if isinstance(body, dict) else {}
        v = Validator(body)
        v.string("request_id", max=255)
        v.check()
        arguments = parse_input(body.get("input"), "input", allow_map=True)
        request_id = body.get("request_id")
        with server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
            if request_id:
                retained = message_store.get_signal_by_request_id(
                    conn, namespace, workflow_id, request_id
                )
                if retained is not None:
                    return self._retained_signal(
                        conn, run, retained, signal_name, arguments, run_id
                    )
            command_id, seq = self._command_id(conn, workflow_id)
            extra = {"signal_name": signal_name}
            if run["status"] not in OPEN_RUN_STATUSES:
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_not_active",
                    accepted=False,
                    reason="run_not_active",
                    requested_run_id=run_id,
                )
                return 409, {**out, **extra}
            declared = self._declared(conn, run, "signals")
            if declared is not None and signal_name not in declared:
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_unknown_signal",
                    accepted=False,
                    reason="unknown_signal",
                    requested_run_id=run_id,
                )
                return 404, {**out, **extra}
            signal_id = new_id()
            wait = timer_store.oldest_open_signal_wait(conn, run["run_id"], signal_name)
            message_store.insert_signal(
                conn,
                signal_id,
                namespace=namespace,
                run_id=run["run_id"],
                workflow_id=workflow_id,
                signal_name=signal_name,
                arguments=dumps(arguments),
                command_id=command_id,
                request_id=body.get("request_id"),
                received_at=now_iso(server),
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "SignalReceived",
                {
                    "workflow_command_id": command_id,
                    "signal_id": signal_id,
                    "workflow_instance_id": workflow_id,
                    "workflow_run_id": run["run_id"],
                    "signal_name": signal_name,
                    "signal_wait_id": wait["wait_id"] if wait is not None else None,
                    "workflow_sequence": wait["sequence"] if wait is not None else None,
                    "arguments": arguments,
                    "payload_codec": (arguments or {}).get("codec", run["payload_codec"]),
                },
                command_id=command_id,
            )
            ensure_workflow_task(
                server,
                conn,
                run,
                {
                    "workflow_wait_kind": "signal",
                    "open_wait_id": f"signal-application:{signal_id}",
                    "resume_source_kind": "workflow_signal",
                    "resume_source_id": signal_id,
                    "workflow_signal_id": signal_id,
                    "signal_name": signal_name,
                    "signal_wait_id": wait["wait_id"] if wait is not None else None,
                    "workflow_sequence": wait["sequence"] if wait is not None else None,
                    "workflow_command_id": command_id,
                },
            )
            out = self._command_result(
                run, command_id, seq, "signal_received", accepted=True, requested_run_id=run_id
            )
            if request_id:
                out.update(request_id=request_id, retained=False, intent_verified=True)
            return 202, {**out, **extra}

    def _retained_signal(
        self,
        conn: sqlite3.Connection,
        run: sqlite3.Row,
        retained: sqlite3.Row,
        signal_name: str,
        arguments: Any,
        run_id: str | None,
    ) -> tuple[int, dict[str, Any]]:
        """Answer a repeated ``request_id``: the original admission, or a conflict."""
        same = retained["signal_name"] == signal_name and loads(retained["arguments"]) == arguments
        if not same:
            raise ApiError(
                409,
                "request_id_conflict",
                "The request_id was already used for a different signal.",
                workflow_id=run["workflow_id"],
                request_id=retained["request_id"],
                retained_command_type="signal",
                details={"signal_name": retained["signal_name"]},
            )
        original = run_store.get_run(conn, retained["run_id"])
        assert original is not None  # a purge removes a run together with its signals
        out = self._command_result(
            original,
            retained["command_id"],
            None,
            "signal_received",
            accepted=True,
            requested_run_id=run_id,
        )
        out.update(
            signal_name=signal_name,
            request_id=retained["request_id"],
            retained=True,
            intent_verified=True,
        )
        return 202, out

    def cancel_workflow(
        self, namespace: str, workflow_id: str, reason: str | None, *, run_id: str | None = None
    ) -> dict[str, Any]:
        return self._close_command(namespace, workflow_id, "cancel", reason, run_id)[1]

    def terminate_workflow(
        self, namespace: str, workflow_id: str, reason: str | None, *, run_id: str | None = None
    ) -> dict[str, Any]:
        return self._close_command(namespace, workflow_id, "terminate", reason, run_id)[1]

    def _close_command(
        self, namespace: str, workflow_id: str, kind: str, reason: str | None, run_id: str | None
    ) -> tuple[int, dict[str, Any]]:
        server = self.server
        with server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
            command_id, seq = self._command_id(conn, workflow_id)
            if run["status"] not in OPEN_RUN_STATUSES:
                return 409, self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_not_active",
                    accepted=False,
                    reason="run_not_active",
                    requested_run_id=run_id,
                )
            _cancel_or_terminate(server, conn, run, kind, reason, command_id)
            run = _run(conn, run["run_id"])
            out = self._command_result(
                run,
                command_id,
                seq,
                "cancelled" if kind == "cancel" else "terminated",
                accepted=True,
                requested_run_id=run_id,
            )
            out["reason"] = reason
            return 200, out

    def repair_workflow(self, namespace: str, workflow_id: str) -> tuple[int, dict[str, Any]]:
        server = self.server
        with server.db.transaction() as conn:
            run = self._current_run(conn, namespace, workflow_id)
            command_id, seq = self._command_id(conn, workflow_id)
            if run["status"] not in OPEN_RUN_STATUSES:
                return 409, self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_not_active",
                    accepted=False,
                    reason="run_not_active",
                )
            dispatched = self.repair_run(conn, run, command_id)
            return 200, self._command_result(
                run,
                command_id,
                seq,
                "repair_dispatched" if dispatched else "repair_not_needed",
                accepted=True,
            )

    def repair_run(
        self, conn: sqlite3.Connection, run: sqlite3.Row, command_id: str | None = None
    ) -> bool:
        """Recreate the workflow task of a run left without a resume source."""
        if open_workflow_task(conn, run["run_id"]) is not None:
            return False
        if activity_store.run_has_open_activity(conn, run["run_id"]) and not self._needs_task(
            conn, run
        ):
            return False
        if not self._needs_task(conn, run):
            return False
        task_id = create_workflow_task(server := self.server, conn, run)
        append_event(
            server,
            conn,
            run["run_id"],
            "RepairRequested",
            {
                "workflow_command_id": command_id,
                "workflow_instance_id": run["workflow_id"],
                "workflow_run_id": run["run_id"],
                "command_type": "repair",
                "outcome": "repair_dispatched",
                "liveness_state": "workflow_task_missing",
                "wait_kind": "workflow_task",
                "task_id": task_id,
                "task_type": "workflow",
            },
            command_id=command_id,
        )
        run_store.increment_repair_count(conn, run["run_id"])
        return True

    def _needs_task(self, conn: sqlite3.Connection, run: sqlite3.Row) -> bool:
        last = task_store.latest_workflow_task_of_run(conn, run["run_id"])
        if last is None:
            return True
        if last["status"] == "failed":
            return True
        # history recorded after the last task was completed (nothing will see it otherwise)
        seen = last["seq_at_lease"] or 0
        seen = max(seen, history_store.last_sequence_of_task(conn, last["task_id"]) or 0)
        return bool(
            run["last_sequence"] > seen
            and last["status"] == "completed"
            and self._unseen_events_matter(conn, run, seen)
        )

    def _unseen_events_matter(self, conn: sqlite3.Connection, run: sqlite3.Row, after: int) -> bool:
        rows = history_store.event_types_after(conn, run["run_id"], after)
        quiet = QUIET_EVENTS
        return any(r["event_type"] not in quiet for r in rows)

    def archive_workflow(
        self, namespace: str, workflow_id: str, reason: str | None
    ) -> tuple[int, dict[str, Any]]:
        server = self.server
        with server.db.transaction() as conn:
            run = self._current_run(conn, namespace, workflow_id)
            command_id, seq = self._command_id(conn, workflow_id)
            if run["status"] in OPEN_RUN_STATUSES:
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_run_not_closed",
                    accepted=False,
                    reason="run_not_closed",
                )
                out["message"] = "Only closed workflow runs can be archived."
                return 409, out
            if run["archived_at"] is not None:
                return 200, self._command_result(
                    run, command_id, seq, "archive_not_needed", accepted=True
                )
            base = {
                "workflow_command_id": command_id,
                "workflow_instance_id": workflow_id,
                "workflow_run_id": run["run_id"],
            }
            append_event(
                server,
                conn,
                run["run_id"],
                "ArchiveRequested",
                {**base, "command_type": "archive", "outcome": "archived", "reason": reason},
                command_id=command_id,
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "WorkflowArchived",
                {**base, "archive_command_id": command_id, "reason": reason},
                command_id=command_id,
            )
            run_store.set_run_archived_at(conn, run["run_id"], now_iso(server))
            out = self._command_result(run, command_id, seq, "archived", accepted=True)
            out["reason"] = reason
            return 200, out

    def redrive_run(
        self, namespace: str, workflow_id: str, run_id: str
    ) -> tuple[int, dict[str, Any]]:
        """Re-drive a run: recreate its workflow task when nothing would resume it."""
        with self.server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
            command_id, seq = self._command_id(conn, workflow_id)
            if run["status"] not in OPEN_RUN_STATUSES:
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    "rejected_not_active",
                    accepted=False,
                    reason="run_not_active",
                    requested_run_id=run_id,
                )
                return 409, out
            dispatched = self.repair_run(conn, run, command_id)
            outcome = "repair_dispatched" if dispatched else "repair_not_needed"
            return 200, self._command_result(
                run, command_id, seq, outcome, accepted=True, requested_run_id=run_id
            )
