"""Graceful shutdown: stop polling, let in-flight tasks finish, hand back the rest.

1. Poll loops stop asking for work; a poll already sent is awaited (a task it brings is run),
   since a poll abandoned on the client side may still lease a task on the server.
2. In-flight tasks get ``timeout`` seconds to finish and report.
3. Activities still running are asked to stop (``WorkerShutdown``, retryable: the server
   schedules another attempt) and get a short grace to report; whatever remains is cancelled.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

from ._activities import ActivityRunner
from ._poller import Poller

log = logging.getLogger("durable_workflow.worker")

#: Extra seconds given to activities asked to stop, to report their hand-back.
HAND_BACK_GRACE = 2.0


async def _wait(tasks: set[asyncio.Task[None]], timeout: float) -> set[asyncio.Task[None]]:
    if not tasks or timeout <= 0:
        return {t for t in tasks if not t.done()}
    _, pending = await asyncio.wait(tasks, timeout=timeout)
    return pending


async def _cancel(tasks: Iterable[asyncio.Task[None]]) -> None:
    waiting = [t for t in tasks if not t.done()]
    for task in waiting:
        task.cancel()
    if waiting:
        await asyncio.gather(*waiting, return_exceptions=True)


async def drain(pollers: list[Poller], activities: ActivityRunner | None, timeout: float) -> None:
    """Run the shutdown sequence (the pollers' stop event is already set)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max(timeout, 0.0)
    loops = {t for p in pollers for t in p.loops}

    def remaining() -> float:
        return max(deadline - loop.time(), 0.0)

    def in_flight() -> set[asyncio.Task[None]]:
        return {t for p in pollers for t in p.in_flight}

    pending_loops = await _wait(loops, remaining())
    pending = await _wait(in_flight(), remaining())
    if pending and activities is not None:
        log.warning(
            "shutdown: %d task(s) still running after %.1fs; handing them back",
            len(pending),
            timeout,
        )
        activities.cancel_all("worker_shutdown")
        pending = await _wait(pending, HAND_BACK_GRACE)
    await _cancel(pending_loops)
    await _cancel(pending | in_flight())
