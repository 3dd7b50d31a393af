"""The control-plane response contract: operations, projected fields and the ``control_plane``
block of workflow routes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

log = logging.getLogger("durable_workflow.devserver")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTROL_PLANE_HEADER = "X-Durable-Workflow-Control-Plane-Version"
PROTOCOL_HEADER = "X-Durable-Workflow-Protocol-Version"
ACCEPTED_CONTENT_TYPES = ["application/json", "application/*+json"]

_VERSION_RE = re.compile(r"^(\d+)\.(\d+)$")

#: (operation, required_fields, success_fields) of the control_plane block per workflow route.
_OPERATIONS: dict[str, tuple[list[str], list[str]]] = {
    "list": ([], []),
    "start": ([], ["workflow_id", "outcome"]),
    "describe": (["workflow_id"], []),
    "list_runs": (["workflow_id"], []),
    "describe_run": (["workflow_id"], ["run_id"]),
    "debug_workflow": (["workflow_id"], ["run_id", "diagnostic_status"]),
    "history": (["workflow_id", "run_id"], ["next_page_token"]),
    "signal": (["workflow_id", "operation_name", "operation_name_field"], ["outcome"]),
    "query": (["workflow_id", "operation_name", "operation_name_field"], ["result"]),
    "update": (["workflow_id", "operation_name", "operation_name_field"], ["outcome"]),
    "cancel": (["workflow_id"], ["outcome"]),
    "terminate": (["workflow_id"], ["outcome"]),
    "repair": (["workflow_id"], ["outcome"]),
    "archive": (["workflow_id"], ["outcome"]),
}

PROJECTED_FIELDS = [
    "run_id", "workflow_type", "namespace", "business_key", "status", "status_bucket",
    "is_terminal", "task_queue", "run_number", "run_count", "workflow_count", "is_current_run",
    "compatibility", "started_at", "closed_at", "last_progress_at", "wait_kind", "wait_reason",
    "next_page_token", "command_id", "command_status", "command_source", "target_scope",
    "outcome", "reason", "rejection_reason", "validation_errors", "result", "result_envelope",
    "update_id", "update_status", "wait_for", "wait_timed_out", "wait_timeout_seconds",
    "blocked_reason", "message", "diagnostic_status",
]  # fmt: skip

_NAME_FIELDS = {"signal": "signal_name", "query": "query_name", "update": "update_name"}


def response_contract(operation: str) -> dict[str, Any]:
    """The ``contract`` object of the control_plane block for ``operation``."""
    required, success = _OPERATIONS.get(operation, ([], []))
    return {
        "schema": "durable-workflow.v2.control-plane-response.contract",
        "version": 1,
        "legacy_field_policy": "reject_non_canonical",
        "legacy_fields": {
            "query": "query_name",
            "signal": "signal_name",
            "update": "update_name",
            "wait_policy": "wait_for",
        },
        "required_fields": list(required),
        "success_fields": list(success),
    }


def workflow_route_info(method: str, path: str) -> dict[str, Any] | None:
    """Operation and path values of a workflow control-plane route (None if not one)."""
    parts = [p for p in path.split("/") if p]
    if len(parts) < 2 or parts[0] != "api" or parts[1] != "workflows":
        return None
    rest = parts[2:]
    info: dict[str, Any] = {"workflow_id": None}
    if not rest:
        info["operation"] = "start" if method == "POST" else "list"
        return info
    from urllib.parse import unquote

    info["workflow_id"] = unquote(rest[0])
    rest = rest[1:]
    if not rest:
        info["operation"] = "describe"
        return info
    if rest[0] == "runs":
        if len(rest) == 1:
            info["operation"] = "list_runs"
            return info
        info["run_id"] = unquote(rest[1])
        rest = rest[2:]
        if not rest:
            info["operation"] = "describe_run"
            return info
        if rest == ["history", "export"]:
            return None
        if rest == ["history"]:
            info["operation"] = "history"
            return info
    if rest == ["debug"]:
        info["operation"] = "debug_workflow"
        return info
    if rest[0] in ("signal", "query", "update") and len(rest) == 2:
        info["operation"] = rest[0]
        info["operation_name"] = unquote(rest[1])
        return info
    if len(rest) == 1 and rest[0] in ("cancel", "terminate", "repair", "archive"):
        info["operation"] = rest[0]
        return info
    return None


def control_plane_block(info: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """Build the ``control_plane`` mirror block for a workflow route response."""
    operation = info["operation"]
    block: dict[str, Any] = {
        "schema": "durable-workflow.v2.control-plane-response",
        "version": 1,
        "operation": operation,
        "workflow_id": body.get("workflow_id", info.get("workflow_id")),
    }
    if operation in _NAME_FIELDS:
        block["operation_name"] = info.get("operation_name")
        block["operation_name_field"] = _NAME_FIELDS[operation]
    block["contract"] = response_contract(operation)
    for key in PROJECTED_FIELDS:
        if key in body:
            block[key] = body[key]
    if "run_id" not in block and info.get("run_id") is not None:
        block["run_id"] = info["run_id"]
    return block
