"""Timestamps of the protocol as timezone-aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def parse_timestamp(value: Any) -> datetime | None:
    """An ISO-8601 timestamp of the server as an aware ``datetime`` (``None`` if unreadable).

    A trailing ``Z`` and explicit offsets are honoured; a timestamp without an offset is UTC (the
    server records UTC). A ``datetime`` passes through (made aware the same way).
    """
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
