"""Schedule reads of the control plane: the namespace's list (filtered and paged), one
schedule's description and its audit history."""

from __future__ import annotations

import base64
import re
from typing import Any

from ..errors import ApiError
from ..store.rows import AdminServer, db_to_iso, loads
from ..store.schedules import (
    _row_to_dict,
    find_schedule,
    live_schedules_of_namespace,
    schedule_events_after,
)
from .admin_support import as_int, validation_failed
from .schedule_spec import HISTORY_DEFAULT_LIMIT, HISTORY_MAX_LIMIT
from .schedule_validation import _detail, _list_item, _not_found, _page_offset


def require_schedule(server: AdminServer, namespace: str, schedule_id: str) -> dict[str, Any]:
    """The live schedule of a namespace, or 404."""
    sched = find_schedule(server, namespace, schedule_id)
    if sched is None:
        raise _not_found(schedule_id, namespace)
    return sched


def describe_schedule(server: AdminServer, namespace: str, schedule_id: str) -> dict[str, Any]:
    """The description of a live schedule (404 when there is none)."""
    return _detail(require_schedule(server, namespace, schedule_id))


def list_schedules(server: AdminServer, namespace: str, query: dict[str, str]) -> dict[str, Any]:
    """One page of the namespace's schedules, filtered by ``status``, ``workflow_type`` and the
    ``query`` text, newest first (``page_size`` and ``next_page_token`` page it)."""
    status = query.get("status")
    if status and status not in ("active", "paused"):
        error = validation_failed({"status": ["The selected status is invalid."]})
        error.extra["field"] = "status"
        raise error
    rows = [_row_to_dict(row) for row in live_schedules_of_namespace(server.db, namespace, status)]
    workflow_type = query.get("workflow_type")
    if workflow_type:
        rows = [r for r in rows if (r["action"] or {}).get("workflow_type") == workflow_type]
    needle = query.get("query")
    if needle:
        rows = [
            r
            for r in rows
            if needle in r["schedule_id"]
            or needle in str((r["action"] or {}).get("workflow_type") or "")
        ]
    next_token: str | None = None
    total = len(rows)
    page_size = as_int(query.get("page_size"))
    offset = _page_offset(query.get("next_page_token"))
    if page_size is not None and page_size > 0:
        end = offset + min(page_size, 1000)
        if end < len(rows):
            next_token = base64.urlsafe_b64encode(str(end).encode()).decode().rstrip("=")
        rows = rows[offset:end]
    return {
        "namespace": namespace,
        "schedules": [_list_item(r) for r in rows],
        "schedule_count": total,
        "next_page_token": next_token,
    }


def schedule_history(
    server: AdminServer, namespace: str, schedule_id: str, query: dict[str, str]
) -> dict[str, Any]:
    """A page of a schedule's events (deleted schedules included) after ``after_sequence``,
    at most ``limit`` of them."""
    sched = find_schedule(server, namespace, schedule_id, include_deleted=True)
    if sched is None:
        raise _not_found(schedule_id, namespace)
    limit = _history_limit(query.get("limit"))
    after = _after_sequence(query.get("after_sequence"))
    rows = schedule_events_after(server.db, sched["id"], after, limit + 1)
    has_more = len(rows) > limit
    events = [
        {
            "id": row["id"],
            "sequence": row["sequence"],
            "event_type": row["event_type"],
            "payload": loads(row["payload"]),
            "workflow_instance_id": row["workflow_instance_id"],
            "workflow_run_id": row["workflow_run_id"],
            "recorded_at": db_to_iso(row["recorded_at"]),
        }
        for row in rows[:limit]
    ]
    return {
        "schedule_id": sched["schedule_id"],
        "namespace": sched["namespace"],
        "events": events,
        "next_cursor": events[-1]["sequence"] if has_more and events else None,
        "has_more": has_more,
    }


def _history_limit(raw: str | None) -> int:
    limit = as_int(raw)
    limit = HISTORY_DEFAULT_LIMIT if limit is None or limit <= 0 else limit
    return min(limit, HISTORY_MAX_LIMIT)


def _after_sequence(raw: str | None) -> int:
    if raw is None or raw == "":
        return 0
    parsed = as_int(raw) if re.fullmatch(r"-?\d+", raw) else None
    if parsed is None or parsed < 0:
        raise ApiError(
            422, "invalid_after_sequence", "after_sequence must be a non-negative integer."
        )
    return min(parsed, 2**62)
