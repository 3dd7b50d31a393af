"""The activity context of attempts the in-process environment runs.

Inside an activity run by the environment, ``activity.info()``, ``activity.heartbeat()`` and
``activity.is_cancelled()`` answer as under a ``Worker``: the environment installs the activity
context of :mod:`durable_workflow.activity` around each call (on the loop for async activities,
in the executor thread for sync ones). Each heartbeat is recorded as the server records it
(``ActivityHeartbeatRecorded``); closing the run (cancel, terminate, failure) marks the attempt
cancelled, so its next heartbeat raises ``ActivityCancelled``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

__all__ = ["AttemptContext"]


def _context_module() -> ModuleType | None:
    try:
        return importlib.import_module("durable_workflow.activity._context")
    except ImportError:  # an SDK build without activity contexts: activities run without one
        return None


_MODULE = _context_module()


class AttemptContext:
    """The context of one activity attempt (``fields`` are :class:`ActivityInfo`'s)."""

    def __init__(
        self, fields: dict[str, Any], heartbeat: Callable[[tuple[Any, ...]], None]
    ) -> None:
        self._context: Any = None
        if _MODULE is not None:
            self._context = _MODULE.ActivityContext(_MODULE.ActivityInfo(**fields), heartbeat)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` with this context installed."""
        if self._context is None:
            return fn(*args)
        assert _MODULE is not None
        token = _MODULE.set_context(self._context)
        try:
            return fn(*args)
        finally:
            _MODULE.reset_context(token)

    async def wait(self, awaitable: Any) -> Any:
        """Await ``awaitable`` (an async activity's coroutine) with this context installed."""
        if self._context is None:
            return await awaitable
        assert _MODULE is not None
        token = _MODULE.set_context(self._context)
        try:
            return await awaitable
        finally:
            _MODULE.reset_context(token)

    def request_cancel(self, reason: str) -> None:
        """Mark the attempt cancelled (its next heartbeat raises ``ActivityCancelled``)."""
        if self._context is not None:
            self._context.request_cancel(reason)
