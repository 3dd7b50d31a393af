"""The one clock the development server reads time from.

Tests swap in a :class:`ManualClock` and move it forward, so timers, timeouts and schedules fire
without waiting (time-skipping).
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Source of the current time (timezone-aware, UTC)."""

    def now(self) -> datetime: ...

    def add_listener(self, listener: asyncio.Event) -> None:
        """Register an event set whenever the clock jumps (manual clocks only)."""


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def add_listener(self, listener: asyncio.Event) -> None:
        return None


class ManualClock:
    """A clock that only moves when told to; listeners are woken on every move."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 1, tzinfo=UTC)
        self._lock = threading.Lock()
        self._listeners: list[tuple[asyncio.AbstractEventLoop | None, asyncio.Event]] = []

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def add_listener(self, listener: asyncio.Event) -> None:
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        self._listeners.append((loop, listener))

    def advance(self, seconds: float) -> datetime:
        """Move the clock forward by ``seconds`` and wake every listener."""
        if seconds < 0:
            raise ValueError("a clock cannot move backwards")
        with self._lock:
            self._now = self._now + timedelta(seconds=seconds)
            now = self._now
        for loop, event in list(self._listeners):
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(event.set)
            else:
                event.set()
        return now


def isoformat(value: datetime) -> str:
    """Format a timestamp the way the server does: UTC with microseconds and a ``Z``."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
