"""Long polls: wait on the notifier until work is ready, a due time passes or the window ends.

Polls register on the notifier *before* probing for work, so a task created between the probe
and the wait still wakes them.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from ..store import activities as activities_store
from ..store import tasks as tasks_store
from ..store import workers as workers_store
from ..store.db import Executor
from .history import now_iso, parse_iso

if TYPE_CHECKING:
    from ..server import DevServer


def _poll_timeout(server: DevServer, body: dict[str, Any]) -> float:
    timeout = server.config.poll_timeout
    requested = body.get("timeout_seconds")
    if isinstance(requested, int | float) and not isinstance(requested, bool) and requested >= 0:
        timeout = min(timeout, float(requested))
    return timeout


async def long_poll(
    server: DevServer,
    keys: list[Hashable],
    probe: Callable[[], Any],
    timeout: float,
    next_due: Callable[[], str | None] | None = None,
) -> Any:
    """Probe, then wait on the notifier until work arrives or ``timeout`` passes."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        with server.notifier.listen(*keys) as event:
            found = probe()
            if found is not None:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                return None
            wait = remaining
            due = next_due() if next_due is not None else None
            if due is not None:
                until = (parse_iso(due) - server.clock.now()).total_seconds()
                wait = min(wait, max(until, 0.005))
            await server.notifier.wait(event, wait)


#: The wake-up times of each task table a poll can wait on (``table`` of :func:`_next_ready`).
_WAKEUPS: dict[str, Callable[[Executor, str, str, str], tuple[str | None, str | None]]] = {
    "workflow_tasks": tasks_store.workflow_task_wakeups,
    "activity_tasks": activities_store.activity_task_wakeups,
}


def _next_ready(
    server: DevServer, table: str, namespace: str, queue: str
) -> Callable[[], str | None]:
    wakeups = _WAKEUPS[table]

    def due() -> str | None:
        now = now_iso(server)
        values = [v for v in wakeups(server.db, namespace, queue, now) if v]
        return min(values) if values else None

    return due


def _is_draining(server: DevServer, worker: sqlite3.Row) -> bool:
    """Whether the worker's build cohort is draining right now (re-read on every probe)."""
    row = workers_store.get_worker_status(server.db, worker["namespace"], worker["worker_id"])
    return row is None or row["status"] == "draining"
