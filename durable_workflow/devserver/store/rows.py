"""Row values of the store: JSON columns, stored times, ids, and what it needs of a server."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from typing import Any, Protocol

from ..clock import Clock
from .db import Database

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class AdminServer(Protocol):
    """What the administrative modules need from the development server object."""

    @property
    def db(self) -> Database: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def config(self) -> Any: ...


def to_db_time(value: datetime) -> str:
    """A sortable UTC text form used for every timestamp column."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db_time(value: str | None) -> datetime | None:
    """Parse a timestamp column written by :func:`to_db_time` (``None`` stays ``None``)."""
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def iso_seconds(value: datetime | None) -> str | None:
    """Second-precision ISO-8601 with offset, the form namespaces and schedules answer with."""
    if value is None:
        return None
    return value.replace(microsecond=0).isoformat()


def db_to_iso(value: str | None) -> str | None:
    """A stored timestamp column as a second-precision ISO-8601 string with offset."""
    return iso_seconds(from_db_time(value))


def parse_datetime(value: Any) -> datetime | None:
    """Parse a client-supplied date-time leniently (ISO-8601; naive values are UTC)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def new_ulid(clock: Clock, *, lower: bool = True) -> str:
    """A ULID stamped with the server clock (lower-case like the server's record ids)."""
    millis = int(clock.now().timestamp() * 1000) & ((1 << 48) - 1)
    value = (millis << 80) | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    text = "".join(reversed(chars))
    return text.lower() if lower else text


def dumps(value: Any) -> str:
    """Compact JSON for storage columns."""
    return json.dumps(value, separators=(",", ":"), sort_keys=False)


def loads(value: str | None) -> Any:
    """Decode a JSON storage column (``None`` stays ``None``)."""
    return None if value is None else json.loads(value)
