"""A workflow task's whole history: the first page inline, the rest by page token, compressed
pages expanded."""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from collections.abc import Mapping
from typing import Any

from ..errors import DurableWorkflowError

#: The history encoding the worker accepts with a poll: the server compresses a long first page.
HISTORY_ENCODING = "gzip"


class HistoryError(DurableWorkflowError):
    """The history of a task could not be read (a repeated page token, a bad compressed page)."""


def page_events(page: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The events of one page (the poll answer's task or a history page), decompressed."""
    compressed = page.get("history_events_compressed")
    if isinstance(compressed, str) and compressed:
        encoding = str(page.get("history_events_encoding") or "gzip").lower()
        try:
            raw = base64.b64decode(compressed)
            if encoding == "gzip":
                data = gzip.decompress(raw)
            elif encoding == "deflate":
                data = zlib.decompress(raw, -zlib.MAX_WBITS)
            else:
                raise HistoryError(f"unknown history encoding {encoding!r}")
            events = json.loads(data)
        except (ValueError, OSError, zlib.error) as exc:
            raise HistoryError(f"undecodable compressed history page: {exc}") from exc
        if not isinstance(events, list):
            raise HistoryError("compressed history page does not hold a list of events")
        return [e for e in events if isinstance(e, dict)]
    events = page.get("history_events")
    return [e for e in events or [] if isinstance(e, dict)]


async def full_history(client: Any, task: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every history event of ``task``'s run, following ``next_history_page_token``."""
    events = page_events(task)
    token = task.get("next_history_page_token")
    seen: set[str] = set()
    while token:
        if token in seen:
            raise HistoryError(f"history page token {token!r} repeated")
        seen.add(token)
        page = await client.workflow_task_history(
            task_id=task["task_id"],
            next_history_page_token=token,
            lease_owner=task["lease_owner"],
            workflow_task_attempt=task["workflow_task_attempt"],
        )
        events.extend(page_events(page))
        token = page.get("next_history_page_token")
    return events


def after_token(sequence: int) -> str:
    """The page token of the events after ``sequence`` in the server's documented format
    (standard base64 of the decimal sequence)."""
    return base64.b64encode(str(sequence).encode()).decode()


async def newer_events(client: Any, task: Mapping[str, Any], after: int) -> list[dict[str, Any]]:
    """Events recorded after ``after`` while the task was leased (``[]`` when there are none
    or the server does not page by sequence)."""
    try:
        page = await client.workflow_task_history(
            task_id=task["task_id"],
            next_history_page_token=after_token(after),
            lease_owner=task["lease_owner"],
            workflow_task_attempt=task["workflow_task_attempt"],
        )
    except DurableWorkflowError:
        return []
    events = [e for e in page_events(page) if int(e.get("sequence") or 0) > after]
    token = page.get("next_history_page_token")
    if token:
        rest = await full_history(
            client, {**task, "history_events": [], "next_history_page_token": token}
        )
        events.extend(rest)
    return events
