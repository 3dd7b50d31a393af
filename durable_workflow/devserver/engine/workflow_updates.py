"""Workflow service: updates (acceptance, waiting, answers) and queries."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from ..errors import ApiError, Validator
from ..store import messages as messages_store
from ..store import tasks as tasks_store
from .command_validation import _check_name
from .history import append_event, dumps, loads, new_id, now_iso
from .queries import QueryBroker
from .runs import _run
from .tasks import OPEN_RUN_STATUSES, create_workflow_task, open_workflow_task
from .values import blob_of, decode_envelope, encode_value, parse_input
from .workflow_streams import _Streams


class _Updates(_Streams):
    """Part of the workflow service."""

    def update_workflow(
        self,
        namespace: str,
        workflow_id: str,
        update_name: str,
        body: dict[str, Any],
        *,
        run_id: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """Synchronous variant for modules without an event loop at hand (accepted stage only)."""
        status, out, _ = self._accept_update(namespace, workflow_id, update_name, body, run_id)
        return status, out

    async def update_workflow_async(
        self,
        namespace: str,
        workflow_id: str,
        update_name: str,
        body: dict[str, Any],
        *,
        run_id: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        status, out, update_id = self._accept_update(
            namespace, workflow_id, update_name, body, run_id
        )
        if update_id is None or out.get("wait_for") != "completed":
            return status, out
        timeout = out.get("wait_timeout_seconds") or self.server.config.update_wait_timeout
        deadline = asyncio.get_running_loop().time() + float(timeout)
        run_key = out["run_id"]
        while True:
            with self.server.notifier.listen(("updates", run_key)) as event:
                row = messages_store.get_update(self.server.db, update_id)
                if row is not None and row["status"] != "accepted":
                    return self._update_response(row, out)
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    out["wait_timed_out"] = True
                    return 202, out
                await self.server.notifier.wait(event, remaining)

    def _update_response(self, row: sqlite3.Row, out: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        result = loads(row["result"])
        failure = loads(row["failure"], {}) or {}
        ok, decoded = decode_envelope(result)
        out.update(
            update_status=row["status"],
            outcome="update_completed" if row["status"] == "completed" else "update_failed",
            result=decoded if ok else None,
            result_envelope=result,
            failure_id=failure.get("failure_id"),
            failure_message=failure.get("message"),
            applied_at=row["applied_at"],
            closed_at=row["closed_at"],
            workflow_sequence=row["sequence"],
            wait_timed_out=False,
        )
        return (200 if row["status"] == "completed" else 422), out

    def _accept_update(
        self,
        namespace: str,
        workflow_id: str,
        update_name: str,
        body: dict[str, Any],
        run_id: str | None,
    ) -> tuple[int, dict[str, Any], str | None]:
        server = self.server
        _check_name(update_name, "update_name")
        body = body if isinstance(body, dict) else {}
        v = Validator(body)
        if "wait_policy" in body:
            v.add("wait_policy", "The wait_policy field is no longer supported. Use wait_for.")
        wait_for = body.get("wait_for")
        if wait_for is not None and wait_for not in ("accepted", "completed"):
            v.add("wait_for", "The selected wait for is invalid.")
        v.string("request_id", max=255)
        wait_timeout = v.integer("wait_timeout_seconds", min=1)
        v.check()
        wait_for = wait_for or "accepted"
        arguments = parse_input(body.get("input"), "input", allow_map=True) or encode_value([])
        now = now_iso(server)
        request_id = body.get("request_id")
        with server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
            if request_id:
                retained = messages_store.find_update_by_request_id(
                    conn, namespace, workflow_id, request_id
                )
                if retained is not None:
                    if (
                        retained["update_name"] != update_name
                        or loads(retained["arguments"]) != arguments
                    ):
                        raise ApiError(
                            409,
                            "request_id_conflict",
                            "The request_id was already used for a different update.",
                            workflow_id=workflow_id,
                            request_id=request_id,
                            retained_command_type="update",
                            details={"update_name": retained["update_name"]},
                        )
                    original = _run(conn, retained["run_id"])
                    out = self._command_result(
                        original,
                        retained["command_id"],
                        None,
                        "update_accepted",
                        accepted=True,
                        requested_run_id=run_id,
                    )
                    out.update(
                        update_name=update_name,
                        update_id=retained["update_id"],
                        workflow_sequence=retained["sequence"],
                        result=None,
                        result_envelope=None,
                        failure_id=None,
                        failure_message=None,
                        accepted_at=retained["accepted_at"],
                        applied_at=retained["applied_at"],
                        rejected_at=None,
                        closed_at=retained["closed_at"],
                        wait_for=wait_for,
                        wait_timed_out=False,
                        wait_timeout_seconds=wait_timeout,
                        update_status="accepted",
                        request_id=request_id,
                        retained=True,
                        intent_verified=True,
                    )
                    if retained["status"] != "accepted":
                        status, done = self._update_response(retained, out)
                        return status, done, None
                    return 202, out, retained["update_id"]
            command_id, seq = self._command_id(conn, workflow_id)
            update_id = new_id()
            base = {
                "update_name": update_name,
                "update_id": update_id,
                "workflow_sequence": None,
                "result": None,
                "result_envelope": None,
                "failure_id": None,
                "failure_message": None,
                "accepted_at": None,
                "applied_at": None,
                "rejected_at": None,
                "closed_at": None,
                "wait_for": wait_for,
                "wait_timed_out": False,
                "wait_timeout_seconds": wait_timeout,
            }
            reject: tuple[int, str, str] | None = None
            if run["status"] not in OPEN_RUN_STATUSES:
                reject = (409, "rejected_not_active", "run_not_active")
            else:
                declared = self._declared(conn, run, "updates")
                if declared is not None and update_name not in declared:
                    reject = (404, "rejected_unknown_update", "unknown_update")
            if reject is not None:
                status, outcome, reason = reject
                out = self._command_result(
                    run,
                    command_id,
                    seq,
                    outcome,
                    accepted=False,
                    reason=reason,
                    requested_run_id=run_id,
                )
                out.update(base, update_status="rejected", rejected_at=now, closed_at=now)
                if run["status"] in OPEN_RUN_STATUSES:
                    append_event(
                        server,
                        conn,
                        run["run_id"],
                        "UpdateRejected",
                        {
                            "workflow_command_id": command_id,
                            "update_id": update_id,
                            "workflow_instance_id": workflow_id,
                            "workflow_run_id": run["run_id"],
                            "update_name": update_name,
                            "arguments": blob_of(arguments),
                            "rejection_reason": reason,
                            "validation_errors": [],
                        },
                        command_id=command_id,
                    )
                return status, out, None
            messages_store.insert_accepted_update(
                conn,
                update_id=update_id,
                namespace=namespace,
                run_id=run["run_id"],
                workflow_id=workflow_id,
                update_name=update_name,
                arguments=dumps(arguments),
                command_id=command_id,
                request_id=body.get("request_id"),
                accepted_at=now,
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "UpdateAccepted",
                {
                    "workflow_command_id": command_id,
                    "update_id": update_id,
                    "workflow_instance_id": workflow_id,
                    "workflow_run_id": run["run_id"],
                    "update_name": update_name,
                    "arguments": blob_of(arguments),
                    "payload_codec": arguments.get("codec"),
                },
                command_id=command_id,
            )
            resume = {
                "workflow_wait_kind": "update",
                "open_wait_id": f"update:{update_id}",
                "resume_source_kind": "workflow_update",
                "resume_source_id": update_id,
                "workflow_update_id": update_id,
                "workflow_command_id": command_id,
            }
            existing = open_workflow_task(conn, run["run_id"])
            if existing is None:
                create_workflow_task(server, conn, run, resume)
            elif existing["status"] == "ready":
                current = loads(existing["resume"], {}) or {}
                if current.get("workflow_update_id"):
                    # one update per task: queue another task behind it
                    create_workflow_task(server, conn, run, resume)
                else:
                    current.update(resume)
                    tasks_store.set_workflow_task_resume(conn, existing["task_id"], dumps(current))
            out = self._command_result(
                run, command_id, seq, "update_accepted", accepted=True, requested_run_id=run_id
            )
            out.update(base, update_status="accepted", accepted_at=now)
            return 202, out, update_id

    async def query_workflow(
        self,
        namespace: str,
        workflow_id: str,
        query_name: str,
        body: dict[str, Any],
        *,
        run_id: str | None = None,
    ) -> tuple[int, dict[str, Any]]:

        _check_name(query_name, "query_name")
        body = body if isinstance(body, dict) else {}
        arguments = parse_input(body.get("input") or None, "input", allow_map=True) or {
            "codec": "avro",
            "blob": None,
        }
        with self.server.db.transaction() as conn:
            run = self._target_run(conn, namespace, workflow_id, run_id)
        base = {
            "workflow_id": workflow_id,
            "run_id": run["run_id"],
            "target_scope": "instance",
            "query_name": query_name,
            "result": None,
        }
        return await QueryBroker.of(self.server).ask(run, query_name, arguments, base)
