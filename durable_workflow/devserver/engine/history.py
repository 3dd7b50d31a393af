"""Run history: appending and reading history events, paging tokens, ids and times."""

from __future__ import annotations

import base64
import binascii
import json
import os
import sqlite3
import threading
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..clock import isoformat
from ..errors import ApiError
from ..store import history as history_store
from ..store import runs as runs_store

if TYPE_CHECKING:
    from ..server import DevServer

_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
_ulid_lock = threading.Lock()
_ulid_last = [0, 0]


def new_id() -> str:
    """A new lower-case ULID (monotonic within this process)."""
    with _ulid_lock:
        ms = int(time.time() * 1000)
        if ms <= _ulid_last[0]:
            ms = _ulid_last[0]
            rand = _ulid_last[1] + 1
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 1
        _ulid_last[0], _ulid_last[1] = ms, rand
    value = (ms << 80) | (rand & ((1 << 80) - 1))
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def now(server: DevServer) -> datetime:
    return server.clock.now()


def now_iso(server: DevServer) -> str:
    return isoformat(server.clock.now())


def _shifted(moment: datetime, seconds: float) -> datetime:
    """``moment + seconds``, clamped to the representable range (huge timeouts mean "never")."""
    try:
        return moment + timedelta(seconds=seconds)
    except (OverflowError, ValueError):
        bound = datetime.max if seconds > 0 else datetime.min
        return bound.replace(tzinfo=moment.tzinfo)


def iso_after(server: DevServer, seconds: float) -> str:
    return isoformat(_shifted(server.clock.now(), seconds))


def iso_plus(value: str, seconds: float) -> str:
    return isoformat(_shifted(parse_iso(value), seconds))


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def offset_iso(value: str | None) -> str | None:
    """``2026-01-01T00:00:30.000000Z`` -> ``2026-01-01T00:00:30+00:00`` (second precision)."""
    if value is None:
        return None
    return parse_iso(value).replace(microsecond=0).isoformat()


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def loads(value: str | None, default: Any = None) -> Any:
    if value is None:
        return default
    return json.loads(value)


def encode_token(after: int) -> str:
    """History page token: standard base64 of the decimal ``after_sequence``."""
    return base64.b64encode(str(after).encode()).decode()


def decode_token(token: str) -> int | None:
    """Decode a page token; ``None`` when it is malformed."""
    if not token:
        return None
    try:
        raw = base64.b64decode(token.encode(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > _MAX_TOKEN_DIGITS:
        return None
    return int(raw)


#: Longest decimal a page token may carry (SQLite integers are 64-bit).
_MAX_TOKEN_DIGITS = 18


def invalid_page_token() -> ApiError:
    """The 400 answer to a page token this server did not issue."""
    return ApiError(400, "invalid_page_token", "The next page token is invalid.")


def page_offset(token: str | None) -> int:
    """The position a page token stands for (0 without one); 400 when it is malformed."""
    if not token:
        return 0
    after = decode_token(token)
    if after is None:
        raise invalid_page_token()
    return after


def append_event(
    server: DevServer,
    conn: sqlite3.Connection,
    run_id: str,
    event_type: str,
    payload: dict[str, Any] | None = None,
    *,
    task_id: str | None = None,
    command_id: str | None = None,
) -> dict[str, Any]:
    """Append one event to a run's history (inside the caller's transaction)."""
    row = runs_store.get_run_sequence(conn, run_id)
    if row is None:
        raise LookupError(f"run {run_id} not found")
    sequence = int(row["last_sequence"]) + 1
    event_id = new_id()
    recorded = now_iso(server)
    body = payload or {}
    history_store.insert_event(
        conn,
        event_id=event_id,
        namespace=row["namespace"],
        run_id=run_id,
        sequence=sequence,
        event_type=event_type,
        payload=dumps(body),
        task_id=task_id,
        command_id=command_id,
        recorded_at=recorded,
    )
    runs_store.set_run_last_sequence(conn, run_id, sequence, recorded)
    server.notifier.notify(("history", run_id))
    return {
        "id": event_id,
        "sequence": sequence,
        "event_type": event_type,
        "payload": body,
        "workflow_task_id": task_id,
        "workflow_command_id": command_id,
        "recorded_at": recorded,
    }


def event_record(row: sqlite3.Row) -> dict[str, Any]:
    """A stored event in the worker-plane record shape."""
    return {
        "id": row["id"],
        "sequence": row["sequence"],
        "event_type": row["event_type"],
        "payload": loads(row["payload"], {}),
        "workflow_task_id": row["workflow_task_id"],
        "workflow_command_id": row["workflow_command_id"],
        "recorded_at": row["recorded_at"],
    }


def events_after(
    server: DevServer, run_id: str, after: int, limit: int | None = None
) -> list[sqlite3.Row]:
    return history_store.list_events_after(server.db, run_id, after, limit)


def worker_page(
    server: DevServer, run_id: str, after: int, size: int
) -> tuple[list[dict[str, Any]], str | None, int]:
    """One page of history for workers: (events, next token, last sequence)."""
    rows = events_after(server, run_id, after, size + 1)
    more = len(rows) > size
    rows = rows[:size]
    events = [event_record(r) for r in rows]
    last = runs_store.get_run_sequence(server.db, run_id)
    last_sequence = int(last["last_sequence"]) if last else 0
    token = encode_token(rows[-1]["sequence"]) if more and rows else None
    return events, token, last_sequence
