"""The workflow service (``server.workflows``): the top of the chain of workflow-service classes,
plus failed workflow tasks and run deadlines.
"""

from __future__ import annotations

from typing import Any

from ..errors import Validator
from ..store import runs as runs_store
from ..store import tasks as tasks_store
from .history import now_iso
from .runs import _failure, _run, close_run
from .task_followup import follow_up_failed_task
from .tasks import OPEN_RUN_STATUSES, guard_workflow_task
from .workflow_completion import _Completion


class WorkflowService(_Completion):
    """Part of the workflow service."""

    def fail_workflow_task(
        self, namespace: str, task_id: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        v = Validator(body)
        v.string("lease_owner", required=True)
        v.integer("workflow_task_attempt", required=True, min=1)
        failure = v.obj("failure", required=True)
        if failure is not None and not isinstance(failure.get("message"), str):
            v.add("failure.message", "The failure.message field is required.")
        v.check()
        assert failure is not None
        attempt = int(body["workflow_task_attempt"])
        with self.server.db.transaction() as conn:
            guard_workflow_task(self.server, conn, namespace, task_id, body["lease_owner"], attempt)
            tasks_store.mark_workflow_task_failed(
                conn, task_id, failure["message"], now_iso(self.server)
            )
            next_task_id = follow_up_failed_task(self.server, conn, task_id)
        self.server.notifier.notify("sweep")
        return 200, {
            "task_id": task_id,
            "workflow_task_attempt": attempt,
            "outcome": "failed",
            "recorded": True,
            "reason": None,
            "next_task_id": next_task_id,
        }

    def enforce_run_deadlines(self) -> int:
        server = self.server
        now = now_iso(server)
        rows = runs_store.list_open_runs_past_deadline(server.db, now)
        for item in rows:
            with server.db.transaction() as conn:
                run = _run(conn, item["run_id"])
                if run["status"] not in OPEN_RUN_STATUSES:
                    continue
                kind = (
                    "execution"
                    if run["execution_deadline_at"] and run["execution_deadline_at"] <= now
                    else "run"
                )
                message = f"Workflow {kind} deadline expired."
                failure = _failure(
                    "timeout",
                    message,
                    "Workflow\\V2\\Exceptions\\WorkflowTimeoutException",
                    source_kind="workflow_run",
                    source_id=run["run_id"],
                )
                close_run(
                    server,
                    conn,
                    run,
                    "failed",
                    "timed_out",
                    failure=failure,
                    event=(
                        "WorkflowTimedOut",
                        {
                            "failure_id": failure["failure_id"],
                            "timeout_kind": kind,
                            "failure_category": "timeout",
                            "message": message,
                            "exception_class": failure["exception_class"],
                            "execution_deadline_at": run["execution_deadline_at"],
                            "run_deadline_at": run["run_deadline_at"],
                        },
                    ),
                )
        return len(rows)

    def next_run_deadline(self) -> str | None:
        return runs_store.next_open_run_deadline(self.server.db)
