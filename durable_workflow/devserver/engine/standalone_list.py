"""The list of a namespace's standalone activities (``GET /api/activities``), newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..store.runs import standalone_activity_runs
from .history import encode_token, page_offset
from .standalone import standalone_object
from .values import status_bucket

if TYPE_CHECKING:
    from ..server import DevServer


def list_standalone_activities(
    server: DevServer, namespace: str, bucket: str | None, size: int, token: str | None
) -> dict[str, Any]:
    """One page of ``size`` standalone activities (only those in status ``bucket`` if given)
    after the page ``token``."""
    rows = standalone_activity_runs(server.db, namespace)
    if bucket:
        rows = [r for r in rows if status_bucket(r["status"]) == bucket]
    offset = page_offset(token)
    page = rows[offset : offset + size]
    items = [standalone_object(server, r["workflow_id"], namespace) for r in page]
    more = offset + size < len(rows)
    return {
        "activities": items,
        "activity_count": len(items),
        "next_page_token": encode_token(offset + size) if more else None,
    }
