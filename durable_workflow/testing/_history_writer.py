"""In-memory run histories written the way the server writes them.

A :class:`RunHistory` holds the events of one run as the worker plane serves them: dicts with
``id``, ``sequence`` (dense per run, from 1, in commit order), ``event_type``, ``payload``,
``workflow_task_id``, ``workflow_command_id`` and ``recorded_at`` (ISO-8601 UTC with
microseconds). It also owns the run's step counter: every non-terminal command of a workflow
task completion, and ``continue_as_new``, takes the next step number (dense authored positions
from 1, as the embedded development server assigns them), which the events of that step carry
as ``payload.sequence``.

:class:`VirtualClock` is the moved-by-hand time of the in-process environment and
:class:`IdSource` makes ULID-shaped ids from it, so two runs of the same test write the same
ids.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"

__all__ = ["IdSource", "RunHistory", "VirtualClock", "format_time"]


def format_time(value: datetime) -> str:
    """A timestamp as the server writes it: UTC, microseconds and a ``Z``."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class VirtualClock:
    """Time that moves only when told to (timers fire by skipping ahead, never by waiting)."""

    def __init__(self, start: datetime | None = None) -> None:
        if start is None:
            start = datetime.now(UTC).replace(microsecond=0)
        elif start.tzinfo is None:
            raise ValueError("the start time must be timezone-aware")
        self._now = start.astimezone(UTC)
        self._text = format_time(self._now)

    def now(self) -> datetime:
        """The current virtual time (UTC)."""
        return self._now

    def now_text(self) -> str:
        """The current virtual time formatted as the server writes timestamps."""
        return self._text

    def after_text(self, seconds: float) -> str:
        """``now + seconds`` formatted as the server writes timestamps."""
        return format_time(self._now + timedelta(seconds=seconds))

    def advance_to(self, moment: datetime) -> None:
        """Move forward to ``moment``; a moment in the past leaves the clock where it is."""
        if moment > self._now:
            self._now = moment
            self._text = format_time(moment)


class IdSource:
    """Lower-case ULID-shaped ids: the clock's milliseconds and a counter, so reproducible."""

    def __init__(self, clock: VirtualClock) -> None:
        self._clock = clock
        self._counter = 0
        self._ms = -1
        self._prefix = ""

    def __call__(self) -> str:
        self._counter += 1
        ms = int(self._clock.now().timestamp() * 1000)
        if ms != self._ms:
            self._ms, self._prefix = ms, _base32(ms, 10)
        return self._prefix + _base32(self._counter, 16)


def _base32(value: int, width: int) -> str:
    """``value`` in Crockford base32, zero-padded to ``width`` characters."""
    chars = []
    while value:
        value, digit = divmod(value, 32)
        chars.append(_CROCKFORD[digit])
    return "".join(reversed(chars)).rjust(width, "0")


class RunHistory:
    """The history of one run, appended to as the server would, plus its step counter."""

    __slots__ = ("_clock", "_ids", "events", "last_step", "run_id")

    def __init__(self, run_id: str, clock: VirtualClock, ids: IdSource) -> None:
        self.run_id = run_id
        self._clock = clock
        self._ids = ids
        self.events: list[dict[str, Any]] = []
        self.last_step = 0

    def __len__(self) -> int:
        return len(self.events)

    def next_step(self) -> int:
        """Take the next step number of this run."""
        self.last_step += 1
        return self.last_step

    def append(
        self,
        event_type: str,
        payload: dict[str, Any],
        *,
        task_id: str | None = None,
        command_id: str | None = None,
    ) -> dict[str, Any]:
        """Record one event at the next history sequence and return it."""
        event = {
            "id": self._ids(),
            "sequence": len(self.events) + 1,
            "event_type": event_type,
            "payload": payload,
            "workflow_task_id": task_id,
            "workflow_command_id": command_id,
            "recorded_at": self._clock.now_text(),
        }
        self.events.append(event)
        return event

    def since(self, sequence: int) -> list[dict[str, Any]]:
        """The events after history ``sequence`` (O(new events))."""
        return self.events[sequence:]

    def of_type(self, event_type: str) -> list[dict[str, Any]]:
        """Every event of ``event_type``, in history order."""
        return [e for e in self.events if e["event_type"] == event_type]
