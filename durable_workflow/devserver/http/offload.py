"""Read-only service calls run in a worker thread, so the event loop keeps serving meanwhile.

A list, a search or a history export may take a while on a large database; run on the event
loop it would hold up every other request (health checks, polls, starts) until it ended. Here it
runs in a worker thread of the loop's default executor, on that thread's own read connection,
inside :meth:`~durable_workflow.devserver.store.db.Database.read_only` and one read snapshot: it
sees one consistent state of the database, as it did when it ran on the loop between two
writes, takes no write lock and cannot write. What runs there must touch no asyncio object and
no in-memory state the loop changes (it may raise the server's errors, which reach the caller
as usual). Writes stay on the loop, as short transactions. A point read (a describe) costs less
on the loop than the hand-off to a thread, and stays there.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    from ..store.db import Database

P = ParamSpec("P")
T = TypeVar("T")


class _HasDatabase(Protocol):
    @property
    def db(self) -> Database: ...


async def offload(
    server: _HasDatabase, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """``fn(*args, **kwargs)`` run in a worker thread, in one read snapshot of ``server.db``."""

    def call() -> T:
        with server.db.read_only(), server.db.transaction():
            return fn(*args, **kwargs)

    # the loop's default executor: a lighter hand-off than anyio's worker threads; the context
    # goes along (the active server generation is a context variable)
    context = contextvars.copy_context()
    return await asyncio.get_running_loop().run_in_executor(None, context.run, call)
