"""History pages that can wait: an empty page asked with ``wait_new_event`` is read again as the
run records events, until the long-poll timeout."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from .history import encode_token

if TYPE_CHECKING:
    from ..server import DevServer

#: One page of a run's history: its events and the token of the next page (or None).
HistoryPage: TypeAlias = tuple[list[dict[str, Any]], str | None]


async def history_page_waiting(
    server: DevServer, run_id: str, read: Callable[[], Awaitable[HistoryPage]], *, wait: bool
) -> HistoryPage:
    """The page ``read`` returns; with ``wait``, an empty one is read again as events arrive.

    ``read`` reads the page (the caller chooses where that read runs). A waiting page that has
    events always carries a token (the last sequence), so the caller can wait for the next ones.
    """
    events, token = await read()
    if not events and wait:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + server.config.poll_timeout
        while not events:
            with server.notifier.listen(("history", run_id)) as event:
                events, token = await read()
                if events:
                    break
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                await server.notifier.wait(event, remaining)
    if events and token is None:
        token = encode_token(events[-1]["sequence"]) if wait else None
    return events, token
