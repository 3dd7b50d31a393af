"""Report an outcome until the server acknowledges it or rejects it for good.

A completed activity's result, a workflow task's commands and a query's answer are results the
worker must not drop on a transient failure: transport errors, 429 and 5xx (a server restarting)
are retried with back-off; a 4xx (stale attempt, lost lease, closed run, ...) is final.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from ..errors import DurableWorkflowError
from ._backoff import Backoff, is_transient


class Rejected(Exception):
    """The server refused the outcome for good; ``error`` is its answer."""

    def __init__(self, error: DurableWorkflowError) -> None:
        super().__init__(str(error))
        self.error = error

    @property
    def reason(self) -> str | None:
        return getattr(self.error, "reason", None)


async def deliver(
    call: Callable[[], Awaitable[dict[str, Any]]],
    *,
    what: str,
    log: logging.LoggerAdapter[logging.Logger],
    max_backoff: float = 5.0,
    give_up_after: float | None = None,
) -> dict[str, Any]:
    """``await call()`` until it succeeds; raise :class:`Rejected` on a final refusal.

    ``give_up_after`` (seconds) bounds the retries of transient failures (then the last error
    is raised as :class:`Rejected`); ``None`` retries until cancelled.
    """
    backoff = Backoff(maximum=max_backoff)
    loop = asyncio.get_running_loop()
    started = loop.time()
    while True:
        try:
            return await call()
        except DurableWorkflowError as exc:
            if not is_transient(exc):
                raise Rejected(exc) from exc
            if give_up_after is not None and loop.time() - started > give_up_after:
                raise Rejected(exc) from exc
            delay = backoff.next_delay(exc)
            log.warning("%s failed (%s); retrying in %.2fs", what, exc, delay)
            await asyncio.sleep(delay)
