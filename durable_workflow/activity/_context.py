"""What a running activity can ask of the worker: :func:`info`, :func:`heartbeat`, cancellation.

The worker sets a context (a :mod:`contextvars` variable) around every activity call, for async
activities on the event loop and for sync ones in the executor thread. Outside an activity the
functions raise :class:`NotInActivityContext`.

Cancellation reaches an activity through its heartbeats: when the server answers a heartbeat
with a cancel request, the worker marks the activity cancelled. An async activity then gets
:class:`ActivityCancelled` raised at the ``await`` it is suspended in (or at its next
:func:`heartbeat`); a sync activity sees :func:`is_cancelled` return ``True`` and gets
:class:`ActivityCancelled` from its next :func:`heartbeat`.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..errors import ActivityCancelled, DurableWorkflowError


class NotInActivityContext(DurableWorkflowError, RuntimeError):
    """An activity-only function was called outside a running activity."""


@dataclass(frozen=True)
class ActivityInfo:
    """Facts about the running activity attempt (from the leased activity task)."""

    task_id: str
    activity_id: str
    activity_attempt_id: str
    activity_type: str
    attempt: int
    workflow_id: str | None
    run_id: str | None
    task_queue: str
    namespace: str
    worker_id: str
    heartbeat_timeout: float | None = None
    start_to_close_timeout: float | None = None
    schedule_to_close_timeout: float | None = None
    deadlines: Mapping[str, datetime] = field(default_factory=dict)


class ActivityContext:
    """Per-attempt state shared between the activity and the worker that runs it.

    ``send_heartbeat`` is called (from any thread) with the encoded details; it must not block
    for the network round trip. The worker calls :meth:`request_cancel` when the server asks
    the attempt to stop.
    """

    def __init__(
        self, info: ActivityInfo, send_heartbeat: Callable[[tuple[Any, ...]], None] | None = None
    ) -> None:
        self.info = info
        self._send: Callable[[tuple[Any, ...]], None] = send_heartbeat or _drop
        self.cancel_requested = False
        self.cancel_reason: str | None = None
        self.last_details: tuple[Any, ...] = ()

    def set_heartbeat_sender(self, send: Callable[[tuple[Any, ...]], None]) -> None:
        """Route :func:`heartbeat` calls to ``send`` (the worker's sender for this attempt)."""
        self._send = send

    def request_cancel(self, reason: str) -> None:
        """Mark the attempt cancelled (idempotent)."""
        if not self.cancel_requested:
            self.cancel_reason = reason
            self.cancel_requested = True

    def cancelled_error(self) -> ActivityCancelled:
        return ActivityCancelled(
            f"activity {self.info.activity_type!r} was cancelled ({self.cancel_reason})"
        )

    def heartbeat(self, details: tuple[Any, ...]) -> None:
        if self.cancel_requested:
            raise self.cancelled_error()
        self.last_details = details
        self._send(details)


def _drop(details: tuple[Any, ...]) -> None:
    return None


_current: contextvars.ContextVar[ActivityContext | None] = contextvars.ContextVar(
    "durable_workflow_activity", default=None
)


def _context() -> ActivityContext:
    ctx = _current.get()
    if ctx is None:
        raise NotInActivityContext("this function can only be called from a running activity")
    return ctx


def in_activity() -> bool:
    """Whether the caller runs inside an activity."""
    return _current.get() is not None


def info() -> ActivityInfo:
    """The :class:`ActivityInfo` of the running activity attempt."""
    return _context().info


def heartbeat(*details: Any) -> None:
    """Report progress; extends the attempt's lease and resets its heartbeat timeout.

    ``details`` (any values the payload converter handles) are recorded with the heartbeat.
    Never blocks for the network. Raises :class:`ActivityCancelled` when the server has asked
    the activity to stop.
    """
    _context().heartbeat(details)


def is_cancelled() -> bool:
    """Whether the server has asked the running activity to stop."""
    return _context().cancel_requested


def set_context(ctx: ActivityContext | None) -> contextvars.Token[ActivityContext | None]:
    """Install ``ctx`` as the running activity's context (used by the worker)."""
    return _current.set(ctx)


def reset_context(token: contextvars.Token[ActivityContext | None]) -> None:
    """Undo :func:`set_context`."""
    _current.reset(token)


__all__ = [
    "ActivityCancelled",
    "ActivityContext",
    "ActivityInfo",
    "NotInActivityContext",
    "heartbeat",
    "in_activity",
    "info",
    "is_cancelled",
    "reset_context",
    "set_context",
]
