"""Schedule specs: durations, cron expressions, time zones, next occurrences and jitter."""

from __future__ import annotations

import contextlib
import random
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter

OVERLAP_POLICIES: tuple[str, ...] = (
    "skip",
    "buffer_one",
    "buffer_all",
    "cancel_other",
    "terminate_other",
    "allow_all",
)
BUFFER_POLICIES = ("buffer_one", "buffer_all")
HISTORY_DEFAULT_LIMIT = 100
HISTORY_MAX_LIMIT = 500
RECENT_ACTIONS_KEPT = 10
#: Upper bound of occurrences one catch-up or one backfill fires.
MAX_OCCURRENCES = 1000
SEARCH_ATTRIBUTE_KEY = r"[a-zA-Z][a-zA-Z0-9_]*"
_DURATION = re.compile(
    r"P(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?"
)


# ── time arithmetic ────────────────────────────────────────────────────────────────────────


def duration_seconds(text: Any) -> int | None:
    """Seconds of an ISO-8601 duration (years = 365 days, months = 30 days); ``None`` if bad."""
    if not isinstance(text, str) or not text or text in ("P", "PT") or text.endswith("T"):
        return None
    match = _DURATION.fullmatch(text.strip().upper())
    if match is None:
        return None
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    if not parts:
        return None
    return (
        parts.get("y", 0) * 365 * 86400
        + parts.get("mo", 0) * 30 * 86400
        + parts.get("w", 0) * 7 * 86400
        + parts.get("d", 0) * 86400
        + parts.get("h", 0) * 3600
        + parts.get("mi", 0) * 60
        + parts.get("s", 0)
    )


def spec_timezone(spec: dict[str, Any]) -> ZoneInfo:
    """The timezone cron expressions of ``spec`` are read in (UTC when unset or unknown)."""
    name = spec.get("timezone")
    if isinstance(name, str) and name:
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            return ZoneInfo(name)
    return ZoneInfo("UTC")


def valid_cron(expression: Any) -> bool:
    """Whether a cron expression is a standard 5-field one (or an ``@daily``-style macro)."""
    if not isinstance(expression, str) or not expression.strip():
        return False
    text = expression.strip()
    if not text.startswith("@") and len(text.split()) != 5:
        return False
    try:
        return bool(croniter.is_valid(text))
    except Exception:
        return False


def next_occurrence(spec: dict[str, Any], after: datetime) -> datetime | None:
    """The first occurrence of ``spec`` strictly after ``after`` (unjittered), or ``None``."""
    tz = spec_timezone(spec)
    candidates: list[datetime] = []
    crons = spec.get("cron_expressions")
    for expression in crons if isinstance(crons, list) else []:
        if not valid_cron(expression):
            continue
        try:
            start = after.astimezone(tz)
            nxt = croniter(expression.strip(), start).get_next(datetime)
            if isinstance(nxt, datetime):
                candidates.append(nxt.astimezone(UTC))
        except Exception:  # out-of-range dates: no further occurrence
            continue
    intervals = spec.get("intervals")
    stamp = int(after.timestamp() // 1)
    for interval in intervals if isinstance(intervals, list) else []:
        if not isinstance(interval, dict):
            continue
        every = duration_seconds(interval.get("every"))
        if not every:
            continue
        offset = duration_seconds(interval.get("offset")) or 0
        periods = (stamp - offset) // every
        try:
            candidates.append(datetime.fromtimestamp(offset + (periods + 1) * every, UTC))
        except (OverflowError, ValueError, OSError):  # beyond the representable range
            continue
    return min(candidates) if candidates else None


def occurrences_between(
    spec: dict[str, Any], start: datetime, end: datetime, limit: int = MAX_OCCURRENCES
) -> list[datetime]:
    """Occurrences in the half-open window ``[start, end)``."""
    found: list[datetime] = []
    try:
        cursor = start - timedelta(seconds=1)
    except OverflowError:
        cursor = start
    while len(found) < limit:
        nxt = next_occurrence(spec, cursor)
        if nxt is None or nxt >= end:
            break
        if nxt >= start:
            found.append(nxt)
        cursor = nxt
    return found


def _jittered(occurrence: datetime | None, jitter: int) -> datetime | None:
    if occurrence is None or jitter <= 0:
        return occurrence
    try:
        return occurrence + timedelta(seconds=random.randint(0, jitter))
    except OverflowError:
        return occurrence


def _iso_micro(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")
