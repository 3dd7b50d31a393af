"""Workflow service, base layer: instance and run lookups, command ids, run details.

The service is built as a chain of classes, one concept each, that ends in
:class:`.workflow_service.WorkflowService`; every class uses only what the ones below it define.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from ..errors import ApiError
from ..store import activities as activities_store
from ..store import children as children_store
from ..store import runs as runs_store
from ..store import timers as timers_store
from .history import loads, new_id
from .runs import _run
from .tasks import OPEN_RUN_STATUSES, open_workflow_task
from .values import _sa, display_value, status_bucket
from .workers import declared_names

if TYPE_CHECKING:
    from ..server import DevServer


class _RunsBase:
    """Workflow operations shared by the HTTP handlers and the other modules."""

    def __init__(self, server: DevServer) -> None:
        self.server = server

    def _instance(
        self, conn: sqlite3.Connection, namespace: str, workflow_id: str
    ) -> sqlite3.Row | None:
        return runs_store.get_instance_in_namespace(conn, namespace, workflow_id)

    def _current_run(
        self, conn: sqlite3.Connection, namespace: str, workflow_id: str
    ) -> sqlite3.Row:
        inst = self._instance(conn, namespace, workflow_id)
        if inst is None:
            raise ApiError(
                404, "instance_not_found", "Workflow not found.", workflow_id=workflow_id
            )
        return _run(conn, inst["current_run_id"])

    def _command_id(self, conn: sqlite3.Connection, workflow_id: str) -> tuple[str, int]:
        row = runs_store.count_instance_command(conn, workflow_id)
        return new_id(), int(row["command_count"]) if row else 1

    def _run_in_ns(
        self, conn: sqlite3.Connection, namespace: str, workflow_id: str, run_id: str
    ) -> sqlite3.Row:
        run = runs_store.get_run_in_namespace(conn, namespace, workflow_id, run_id)
        if run is None:
            raise ApiError(
                404,
                "run_not_found",
                "Workflow run not found.",
                workflow_id=workflow_id,
                run_id=run_id,
            )
        row: sqlite3.Row = run
        return row

    def _target_run(
        self, conn: sqlite3.Connection, namespace: str, workflow_id: str, run_id: str | None
    ) -> sqlite3.Row:
        run = self._current_run(conn, namespace, workflow_id)
        if run_id is not None and run_id != run["run_id"]:
            raise ApiError(
                409,
                "historical_run_command_rejected",
                (
                    "Commands cannot target historical runs. Use the instance-level endpoint to "
                    "command the current run, or omit the run ID."
                ),
                workflow_id=workflow_id,
                run_id=run_id,
                target_scope="run",
            )
        return run

    def _declared(self, conn: sqlite3.Connection, run: sqlite3.Row, kind: str) -> list[str] | None:

        return declared_names(
            self.server, conn, run["namespace"], run["task_queue"], run["workflow_type"], kind
        )

    def _command_result(
        self,
        run: sqlite3.Row,
        command_id: str | None,
        command_sequence: int | None,
        outcome: str,
        *,
        accepted: bool,
        reason: str | None = None,
        requested_run_id: str | None = None,
        target_scope: str = "instance",
    ) -> dict[str, Any]:
        return {
            "outcome": outcome,
            "workflow_id": run["workflow_id"],
            "run_id": run["run_id"],
            "requested_run_id": requested_run_id,
            "resolved_run_id": run["run_id"],
            "command_id": command_id,
            "command_sequence": command_sequence,
            "target_scope": target_scope,
            "workflow_type": run["workflow_type"],
            "command_status": "accepted" if accepted else "rejected",
            "command_source": "control_plane",
            "reason": reason,
            "rejection_reason": None if accepted else reason,
            "validation_errors": [],
        }

    def _wait(self, conn: sqlite3.Connection, run: sqlite3.Row) -> tuple[str | None, str | None]:
        task = open_workflow_task(conn, run["run_id"])
        if task is not None:
            return "workflow_task", f"Workflow task {task['status']}"
        if activities_store.run_has_open_activity(conn, run["run_id"]):
            return "activity", "Waiting for activity"
        if children_store.run_has_open_child_call(conn, run["run_id"]):
            return "child", "Waiting for child workflow"
        if timers_store.run_has_open_condition_wait(conn, run["run_id"]):
            return "condition", "Waiting for condition"
        if timers_store.run_has_pending_timer(conn, run["run_id"]):
            return "timer", "Waiting for timer"
        return None, None

    def run_detail(
        self, conn: sqlite3.Connection, run: sqlite3.Row, inst: sqlite3.Row | None = None
    ) -> dict[str, Any]:
        if inst is None:
            inst = runs_store.get_instance(conn, run["workflow_id"])
        arguments = loads(run["arguments"])
        output = loads(run["output"])
        ok, decoded_input = display_value(arguments)
        if not ok or not isinstance(decoded_input, list):
            decoded_input = [] if not ok else [decoded_input]
        ok_out, decoded_output = display_value(output)
        open_ = run["status"] in OPEN_RUN_STATUSES
        wait_kind, wait_reason = self._wait(conn, run) if open_ else (None, None)
        is_current = inst is not None and inst["current_run_id"] == run["run_id"]
        return {
            "workflow_id": run["workflow_id"],
            "run_id": run["run_id"],
            "namespace": run["namespace"],
            "workflow_type": run["workflow_type"],
            "business_key": run["business_key"],
            "status": run["status"],
            "status_bucket": status_bucket(run["status"]),
            "is_terminal": not open_,
            "closed_reason": run["closed_reason"],
            "task_queue": run["task_queue"],
            "run_number": run["run_number"],
            "run_count": inst["run_count"] if inst is not None else 1,
            "is_current_run": is_current,
            "compatibility": run["compatibility"],
            "payload_codec": run["payload_codec"],
            "execution_timeout_seconds": run["execution_timeout_seconds"],
            "run_timeout_seconds": run["run_timeout_seconds"],
            "execution_deadline_at": run["execution_deadline_at"],
            "run_deadline_at": run["run_deadline_at"],
            "input": decoded_input,
            "output": decoded_output if ok_out else None,
            "input_envelope": arguments,
            "output_envelope": output,
            "started_at": run["started_at"],
            "closed_at": run["closed_at"],
            "last_progress_at": run["last_progress_at"],
            "wait_kind": wait_kind,
            "wait_reason": wait_reason,
            "memo": _sa(run["memo"]),
            "search_attributes": _sa(run["search_attributes"]),
            "archived": run["archived_at"] is not None,
            "archived_at": run["archived_at"],
            "actions": {
                "can_signal": open_,
                "can_query": open_,
                "can_update": open_,
                "can_cancel": open_,
                "can_terminate": open_,
                "can_repair": open_,
                "can_archive": not open_ and run["archived_at"] is None,
            },
        }
