"""Helpers to run the development server inside tests.

:func:`run_dev_server` starts the server in-process on a free port of ``127.0.0.1`` (uvicorn in a
background thread, its own event loop) with a :class:`ManualClock`, and stops it on exit::

    with run_dev_server() as dev:
        httpx.get(dev.base_url + "/api/health")
        dev.advance(60)   # timers and timeouts due within the minute fire before this returns
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from .clock import Clock, ManualClock
from .server import DevServer, ServerConfig


class RunningServer:
    """A development server serving on ``base_url`` from a background thread."""

    def __init__(
        self, server: DevServer, clock: Clock, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.server = server
        self.clock = clock
        self.host = host
        self.port = port
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._uvicorn: Any = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> None:
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.server.app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2
        )
        self._uvicorn = uvicorn.Server(config)
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)

            async def serve() -> None:
                task = asyncio.create_task(self._uvicorn.serve(sockets=[sock]))
                while not self._uvicorn.started and not task.done():
                    await asyncio.sleep(0.005)
                started.set()
                await task

            try:
                loop.run_until_complete(serve())
            except BaseException as exc:  # pragma: no cover - surfaced to the caller
                failure.append(exc)
                started.set()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="dw-devserver", daemon=True)
        self._thread.start()
        started.wait(10)
        if failure:
            raise RuntimeError("development server failed to start") from failure[0]

    def stop(self) -> None:
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(10)

    def call(self, fn: Any, *args: Any) -> Any:
        """Run ``fn(*args)`` on the server's event loop and return its result."""
        assert self._loop is not None

        from .generation import activated

        async def invoke() -> Any:
            with activated(self.server):
                return fn(*args)

        return asyncio.run_coroutine_threadsafe(invoke(), self._loop).result(10)

    def advance(self, seconds: float) -> None:
        """Move the manual clock and run the time-driven rules before returning."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs a ManualClock")
        self.clock.advance(seconds)
        from .engine.system import sweep_until_done

        self.call(sweep_until_done, self.server)

    def sweep(self) -> None:
        """Run the time-driven rules (timers, timeouts, deadlines, repair) until nothing due is
        left."""
        from .engine.system import sweep_until_done

        self.call(sweep_until_done, self.server)


@contextmanager
def run_dev_server(
    config: ServerConfig | None = None,
    *,
    clock: Clock | None = None,
    db_path: str | None = None,
    generation: str | None = None,
) -> Iterator[RunningServer]:
    """Start a development server for the duration of the block.

    ``generation`` (``"current"`` or ``"2026-04"``) overrides the config's server generation.
    """
    cfg = config or ServerConfig(poll_timeout=2.0)
    if db_path is not None:
        cfg = replace(cfg, db_path=db_path)
    if generation is not None:
        from .generation import get

        get(generation)  # an unknown name fails here, before the server starts
        cfg = replace(cfg, generation=generation)
    the_clock = clock or ManualClock()
    server = DevServer(cfg, clock=the_clock)
    running = RunningServer(server, the_clock)
    running.start()
    try:
        yield running
    finally:
        running.stop()
        server.close()
