"""Workflow service: starting, describing and listing workflows, run lists and history pages."""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from typing import Any

from ..errors import ApiError, Validator
from ..store import history as history_store
from ..store import runs as runs_store
from .history import append_event, dumps, encode_token, invalid_page_token, loads, new_id, now_iso
from .runs import _create_run, _run, _started_payload
from .task_queues import promoted_build_id
from .tasks import OPEN_RUN_STATUSES, create_workflow_task
from .values import (
    SEARCH_ATTR_KEY_RE,
    STANDALONE_TYPE,
    WORKFLOW_ID_RE,
    _sa,
    blob_of,
    encode_value,
    parse_input,
    status_bucket,
)
from .workflow_base import _RunsBase


class _Starts(_RunsBase):
    """Part of the workflow service."""

    def validate_start(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            body = {}
        v = Validator(body)
        renamed = {
            "workflow_execution_timeout": "execution_timeout_seconds",
            "workflow_run_timeout": "run_timeout_seconds",
        }
        for key in ("workflow_execution_timeout", "workflow_run_timeout", "workflow_task_timeout",
                    "retry_policy", "idempotency_key", "request_id"):  # fmt: skip
            if key in body:
                if key in renamed:
                    v.add(key, f"Use {renamed[key]} instead of {key}.")
                else:
                    v.add(key, f"The {key} field is not supported by the v2 workflow start API.")
        v.string("workflow_type", required=True, max=255)
        v.string("workflow_id", max=128, pattern=WORKFLOW_ID_RE)
        v.string("task_queue", max=255, pattern=WORKFLOW_ID_RE)
        v.string("business_key", max=255)
        v.integer("execution_timeout_seconds", min=1)
        v.integer("run_timeout_seconds", min=1)
        policy = body.get("duplicate_policy")
        if policy is not None and policy not in ("fail", "use-existing"):
            v.add(
                "duplicate_policy", "The duplicate_policy field only supports fail or use-existing."
            )
        memo = body.get("memo")
        if memo is not None:
            if not isinstance(memo, dict | list) or (isinstance(memo, list) and memo):
                v.add("memo", "The memo field must be an array.")
            elif len(dumps(memo)) > self.server.config.max_memo_bytes:
                v.add(
                    "memo",
                    f"The memo must not exceed {self.server.config.max_memo_bytes} bytes when"
                    f" JSON-encoded.",
                )
        sa = body.get("search_attributes")
        if sa is not None:
            if not isinstance(sa, dict | list) or (isinstance(sa, list) and sa):
                v.add("search_attributes", "The search attributes field must be an array.")
            elif isinstance(sa, dict):
                for key, value in sa.items():
                    if len(key.encode()) > 128 or not SEARCH_ATTR_KEY_RE.match(key):
                        v.add(
                            "search_attributes",
                            f"Search attribute key [{key}] must start with a letter and contain"
                            f" only letters, numbers, and underscores.",
                        )
                    values = value if isinstance(value, list) else [value]
                    for item in values:
                        if isinstance(item, str) and len(item.encode()) > 2048:
                            v.add(
                                "search_attributes",
                                f"Search attribute [{key}] value must not exceed 2048 bytes.",
                            )
        inp = body.get("input")
        if inp is not None and not isinstance(inp, list | dict):
            v.add("input", "The input field must be an array.")
        v.check()
        return dict(body)

    def start_workflow(
        self, namespace: str, body: dict[str, Any], *, source: str = "control_plane"
    ) -> tuple[int, dict[str, Any]]:
        """Start a workflow (``POST /api/workflows`` semantics)."""
        server = self.server
        body = self.validate_start(body)
        arguments = parse_input(body.get("input"), "input", required_list=False)
        if arguments is None:
            arguments = encode_value([])
        workflow_id = body.get("workflow_id") or new_id()
        workflow_type = body["workflow_type"]
        queue = body.get("task_queue") or "default"
        policy = body.get("duplicate_policy") or "fail"
        with server.db.transaction() as conn:
            inst = runs_store.get_instance(conn, workflow_id)
            if inst is not None and inst["namespace"] != namespace:
                raise ApiError(
                    409,
                    "workflow_id_reserved_in_namespace",
                    f"Workflow [{workflow_id}] is already reserved in another namespace.",
                    workflow_id=workflow_id,
                )
            if inst is not None:
                run = _run(conn, inst["current_run_id"])
                active = run["status"] in OPEN_RUN_STATUSES
                outcome = (
                    "returned_existing_active"
                    if (policy == "use-existing" and active)
                    else "rejected_duplicate"
                )
                out = self._start_body(run, outcome)
                if outcome == "rejected_duplicate":
                    out["reason"] = "instance_already_started"
                    out["message"] = f"Workflow [{workflow_id}] has already been started."
                return (200 if outcome == "returned_existing_active" else 409), out
            compatibility = body.get("build_id") or body.get("compatibility")
            if not compatibility:
                compatibility = promoted_build_id(server, conn, namespace, queue)
            run = _create_run(
                server,
                conn,
                namespace=namespace,
                workflow_id=workflow_id,
                run_number=1,
                workflow_type=workflow_type,
                task_queue=queue,
                arguments=arguments,
                business_key=body.get("business_key"),
                memo=body.get("memo"),
                search_attributes=body.get("search_attributes"),
                execution_timeout=body.get("execution_timeout_seconds"),
                run_timeout=body.get("run_timeout_seconds"),
                compatibility=compatibility or None,
                payload_codec=arguments.get("codec") or "avro",
            )
            runs_store.insert_instance(conn, workflow_id, namespace, run["run_id"], now_iso(server))
            command_id, command_sequence = self._command_id(conn, workflow_id)
            now = now_iso(server)
            command = {
                "id": command_id,
                "sequence": command_sequence,
                "type": "start",
                "target_scope": "instance",
                "resolved_run_id": run["run_id"],
                "payload_codec": run["payload_codec"],
                "payload": blob_of(arguments),
                "source": source,
                "status": "accepted",
                "outcome": "started_new",
                "accepted_at": now,
                "applied_at": now,
            }
            append_event(
                server,
                conn,
                run["run_id"],
                "StartAccepted",
                {
                    "workflow_command_id": command_id,
                    "workflow_instance_id": workflow_id,
                    "workflow_run_id": run["run_id"],
                    "workflow_class": workflow_type,
                    "workflow_type": workflow_type,
                    "business_key": run["business_key"],
                    "visibility_labels": None,
                    "memo": _sa(run["memo"]),
                    "search_attributes": _sa(run["search_attributes"]),
                    "outcome": "started_new",
                    "source": source,
                    "command": command,
                },
                command_id=command_id,
            )
            append_event(
                server,
                conn,
                run["run_id"],
                "WorkflowStarted",
                _started_payload(run, command_id, command=command),
                command_id=command_id,
            )
            create_workflow_task(server, conn, run)
            run = _run(conn, run["run_id"])
            return 201, self._start_body(run, "started_new")

    def _start_body(self, run: sqlite3.Row, outcome: str) -> dict[str, Any]:
        return {
            "workflow_id": run["workflow_id"],
            "run_id": run["run_id"],
            "workflow_type": run["workflow_type"],
            "namespace": run["namespace"],
            "status": run["status"],
            "business_key": run["business_key"],
            "payload_codec": run["payload_codec"],
            "outcome": outcome,
        }

    def is_running(self, namespace: str, workflow_id: str) -> bool:
        with self.server.db.transaction() as conn:
            inst = self._instance(conn, namespace, workflow_id)
            if inst is None:
                return False
            return bool(_run(conn, inst["current_run_id"])["status"] in OPEN_RUN_STATUSES)

    def describe_workflow(self, namespace: str, workflow_id: str) -> dict[str, Any] | None:
        with self.server.db.transaction() as conn:
            inst = self._instance(conn, namespace, workflow_id)
            if inst is None:
                return None
            return self.run_detail(conn, _run(conn, inst["current_run_id"]), inst)

    def list_workflows(self, namespace: str, params: dict[str, str]) -> dict[str, Any]:
        v = Validator(params)
        status = params.get("status")
        if status not in (None, "") and status not in ("running", "completed", "failed"):
            v.add("status", "The selected status is invalid.")
        page_size = v.integer("page_size", min=1, max=200) or 50
        v.check()
        after = decode_list_token(params.get("next_page_token"))
        bucket: tuple[str, ...] | None = None
        if status:
            bucket = {
                "running": OPEN_RUN_STATUSES,
                "completed": ("completed",),
                "failed": ("failed", "cancelled", "terminated"),
            }[status]
        query = (params.get("query") or "").strip()
        sa_filters = _parse_visibility_query(query) if query else None
        rows = runs_store.list_runs_page(
            self.server.db,
            namespace,
            excluded_type=STANDALONE_TYPE,
            workflow_type=params.get("workflow_type") or None,
            statuses=bucket,
            text=query if query and sa_filters is None else None,
            search_attributes=[
                (key, expected) for key, expected in sa_filters or [] if key != "WorkflowType"
            ],
            after=after,
            limit=page_size + 1,
        )
        page = rows[:page_size]
        next_token = (
            encode_list_token(page[-1]["started_at"], page[-1]["run_id"])
            if len(rows) > page_size
            else None
        )
        items = [
            {
                "workflow_id": r["workflow_id"],
                "run_id": r["run_id"],
                "workflow_type": r["workflow_type"],
                "business_key": r["business_key"],
                "status": r["status"],
                "status_bucket": status_bucket(r["status"]),
                "task_queue": r["task_queue"],
                "is_terminal": r["status"] not in OPEN_RUN_STATUSES,
                "started_at": r["started_at"],
                "closed_at": r["closed_at"],
                "search_attributes": _sa(r["search_attributes"]),
                "memo": _sa(r["memo"]),
                "namespace": r["namespace"],
                "payload_codec": r["payload_codec"],
            }
            for r in page
        ]
        return {"workflows": items, "workflow_count": len(items), "next_page_token": next_token}

    def list_runs(self, namespace: str, workflow_id: str) -> dict[str, Any]:
        with self.server.db.transaction() as conn:
            inst = self._instance(conn, namespace, workflow_id)
            if inst is None:
                raise ApiError(
                    404, "instance_not_found", "Workflow not found.", workflow_id=workflow_id
                )
            rows = runs_store.list_runs_of_workflow(conn, workflow_id)
        runs = [
            {
                "run_id": r["run_id"],
                "workflow_id": r["workflow_id"],
                "run_number": r["run_number"],
                "workflow_type": r["workflow_type"],
                "business_key": r["business_key"],
                "status": r["status"],
                "status_bucket": status_bucket(r["status"]),
                "is_current_run": r["run_id"] == inst["current_run_id"],
                "task_queue": r["task_queue"],
                "started_at": r["started_at"],
                "closed_at": r["closed_at"],
            }
            for r in rows
        ]
        return {"workflow_id": workflow_id, "run_count": len(runs), "runs": runs}

    def describe_run(self, namespace: str, workflow_id: str, run_id: str) -> dict[str, Any]:
        with self.server.db.transaction() as conn:
            return self.run_detail(conn, self._run_in_ns(conn, namespace, workflow_id, run_id))

    def history_page(
        self, namespace: str, workflow_id: str, run_id: str, after: int, size: int
    ) -> tuple[list[dict[str, Any]], str | None]:
        with self.server.db.transaction() as conn:
            self._run_in_ns(conn, namespace, workflow_id, run_id)
        rows = history_store.list_events_after(self.server.db, run_id, after, size + 1)
        more = len(rows) > size
        rows = rows[:size]
        events = [
            {
                "id": r["id"],
                "sequence": r["sequence"],
                "event_type": r["event_type"],
                "timestamp": r["recorded_at"],
                "payload": loads(r["payload"], {}),
                "workflow_task_id": r["workflow_task_id"],
                "workflow_command_id": r["workflow_command_id"],
            }
            for r in rows
        ]
        token = encode_token(rows[-1]["sequence"]) if more and rows else None
        return events, token


def _parse_visibility_query(query: str) -> list[tuple[str, str]] | None:
    parts = re.split(r"\s+AND\s+", query, flags=re.IGNORECASE)
    out: list[tuple[str, str]] = []
    for part in parts:
        m = re.fullmatch(
            r"\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(\S+))\s*", part
        )
        if not m:
            return None
        value = (
            m.group(2)
            if m.group(2) is not None
            else m.group(3)
            if m.group(3) is not None
            else m.group(4)
        )
        out.append((m.group(1), value))
    return out


def encode_list_token(started_at: str, run_id: str) -> str:
    """Page token of a workflow list: the sort key of the last run on the page."""
    raw = json.dumps([started_at, run_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_list_token(token: str | None) -> tuple[str, str] | None:
    """The sort key a workflow-list page token stands for; 400 when it is not one of ours."""
    if not token:
        return None
    try:
        raw = base64.urlsafe_b64decode(token.encode("ascii") + b"=" * (-len(token) % 4))
        key = json.loads(raw)
    except (ValueError, UnicodeError, RecursionError):
        raise invalid_page_token() from None
    if (
        not isinstance(key, list)
        or len(key) != 2
        or not all(isinstance(part, str) and len(part) <= 255 for part in key)
        or any(_LONE_SURROGATE.search(part) for part in key)
    ):
        raise invalid_page_token()
    return key[0], key[1]


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
