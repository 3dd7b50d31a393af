"""``WorkflowEnvironment``: the embedded development server with a movable clock, for tests.

::

    async with WorkflowEnvironment.start_local() as env:
        async with env.worker(task_queue="orders", workflows=[Order], activities=[reserve]):
            handle = await env.client.start_workflow(...)
            await env.skip(timedelta(hours=1))    # or let time skip on its own
            assert await handle.result() == ...

The server runs in this process (a background thread) on a free port of ``127.0.0.1``, with a
manual clock that only moves when told to. With ``auto_time_skipping`` (the default) the
environment moves it on its own whenever every open workflow waits only on time (timers,
retries): a one-day ``sleep`` takes milliseconds. A run waiting on a signal, an update or a
running activity stops the clock; use :meth:`WorkflowEnvironment.time_skipping_paused` around
steps that must happen before a timer fires.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from ..client import AsyncClient, SyncClient
from ..errors import ConfigurationError

log = logging.getLogger("durable_workflow.testing")

#: How often the environment checks whether it may skip time, seconds.
SKIP_CHECK_INTERVAL = 0.02


def _seconds(value: timedelta | float) -> float:
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    if seconds < 0:
        raise ConfigurationError("time can only move forward")
    return seconds


class WorkflowEnvironment:
    """A running embedded server, its clients, and its clock. Build with :meth:`start_local`."""

    def __init__(
        self,
        running: Any,
        *,
        namespace: str,
        auto_time_skipping: bool,
        server_factory: Callable[[int], Any] | None = None,
    ) -> None:
        self._running = running
        self.namespace = namespace
        self.auto_time_skipping = auto_time_skipping
        self._factory = server_factory
        self._paused = 0
        self._skipper: asyncio.Task[None] | None = None
        self._sync_clients: list[SyncClient] = []
        self.client = AsyncClient(running.base_url, namespace=namespace)
        self.skips = 0

    # ------------------------------------------------------------------ construction

    @classmethod
    @contextlib.asynccontextmanager
    async def start_local(
        cls,
        *,
        namespace: str = "default",
        auto_time_skipping: bool = True,
        start_time: datetime | None = None,
        poll_timeout: float = 0.5,
        persistent: bool = False,
        generation: str = "current",
    ) -> AsyncIterator[WorkflowEnvironment]:
        """Start the embedded server for the block and yield the environment.

        ``poll_timeout`` is the server's long-poll window (short, so workers stop quickly);
        ``persistent=True`` keeps the store in a temporary SQLite file, which lets
        :meth:`restart_server` bring the server back with its data. ``generation`` is the
        server generation the embedded server plays: ``"current"`` or ``"2026-04"`` (the
        release of 2026-04-25: worker protocol ``1.0``, the older payload framing, its routes
        and workflow-task commands); clients and workers negotiate with it on their own.
        """
        from ..devserver.clock import ManualClock
        from ..devserver.generation import get as get_generation
        from ..devserver.server import DevServer, ServerConfig
        from ..devserver.testing import RunningServer

        try:
            get_generation(generation)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None

        clock = ManualClock(start_time)
        workdir = tempfile.mkdtemp(prefix="dw-env-") if persistent else None
        config = ServerConfig(
            poll_timeout=poll_timeout, default_namespace="default", generation=generation
        )
        if workdir is not None:
            config = replace(config, db_path=os.path.join(workdir, "server.sqlite3"))

        def make(port: int) -> Any:
            return RunningServer(DevServer(config, clock=clock), clock, port=port)

        running = make(0)
        await asyncio.to_thread(running.start)
        env = cls(
            running,
            namespace=namespace,
            auto_time_skipping=auto_time_skipping,
            server_factory=make if persistent else None,
        )
        try:
            if namespace != "default":
                await env._ensure_namespace()
            env._skipper = asyncio.create_task(env._auto_skip(), name="dw-time-skipping")
            yield env
        finally:
            await env._close()
            if workdir is not None:
                for name in os.listdir(workdir):
                    with contextlib.suppress(OSError):
                        os.unlink(os.path.join(workdir, name))
                with contextlib.suppress(OSError):
                    os.rmdir(workdir)

    async def _ensure_namespace(self) -> None:
        from ..errors import AlreadyExists

        with contextlib.suppress(AlreadyExists):
            await self.client.create_namespace(self.namespace)

    async def _close(self) -> None:
        if self._skipper is not None:
            self._skipper.cancel()
            await asyncio.gather(self._skipper, return_exceptions=True)
        await self.client.aclose()
        for client in self._sync_clients:
            client.close()
        running = self._running
        await asyncio.to_thread(running.stop)
        running.server.close()

    # ------------------------------------------------------------------ public surface

    @property
    def base_url(self) -> str:
        """The server's root URL (``http://127.0.0.1:<port>``)."""
        return str(self._running.base_url)

    @property
    def generation(self) -> str:
        """The server generation the embedded server plays (``current`` or ``2026-04``)."""
        return str(self._running.server.config.generation)

    @property
    def server(self) -> Any:
        """The in-process :class:`~durable_workflow.devserver.server.DevServer`."""
        return self._running.server

    def now(self) -> datetime:
        """The server's current time."""
        now: datetime = self._running.clock.now()
        return now

    def sync_client(self) -> SyncClient:
        """A new :class:`SyncClient` on this server (closed with the environment)."""
        client = SyncClient(self.base_url, namespace=self.namespace)
        self._sync_clients.append(client)
        return client

    def worker(
        self,
        *,
        task_queue: str,
        workflows: Sequence[type] = (),
        activities: Sequence[Callable[..., Any]] = (),
        **options: Any,
    ) -> Any:
        """A :class:`~durable_workflow.Worker` on this environment's client.

        Activities may be mocks (see :func:`~durable_workflow.testing.mock_activity`)
        registered under the real activities' names.
        """
        from ..worker import Worker

        options.setdefault("graceful_shutdown_timeout", 5.0)
        return Worker(
            self.client,
            task_queue=task_queue,
            workflows=workflows,
            activities=activities,
            **options,
        )

    async def skip(self, delta: timedelta | float) -> None:
        """Move the clock forward by ``delta``; timers and timeouts due by then fire first."""
        from ._time_skipping import advance_keeping_workers_live

        seconds = _seconds(delta)
        await asyncio.to_thread(advance_keeping_workers_live, self._running, seconds)

    async def sweep(self) -> None:
        """Run the server's time-driven rules once at the current time."""
        await asyncio.to_thread(self._running.sweep)

    @contextlib.contextmanager
    def time_skipping_paused(self) -> Iterator[None]:
        """Within the block the clock moves only through :meth:`skip`."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    async def restart_server(self, *, down_for: float = 0.0) -> None:
        """Stop the server and start it again on the same port with the same store.

        Needs ``start_local(persistent=True)``. Workers and clients keep their URL and carry
        on once it is back; ``down_for`` keeps it stopped that many (real) seconds.
        """
        if self._factory is None:
            raise ConfigurationError("restart_server() needs start_local(persistent=True)")
        old = self._running
        port = old.port
        await asyncio.to_thread(old.stop)
        old.server.close()
        if down_for > 0:
            await asyncio.sleep(down_for)
        fresh = self._factory(port)
        await asyncio.to_thread(fresh.start)
        self._running = fresh

    # ------------------------------------------------------------------ time skipping

    async def _auto_skip(self) -> None:
        from ._time_skipping import advance_keeping_workers_live, next_skip_target

        while True:
            await asyncio.sleep(SKIP_CHECK_INTERVAL)
            if not self.auto_time_skipping or self._paused:
                continue
            running = self._running
            try:
                target = await asyncio.to_thread(next_skip_target, running.server)
                if target is None:
                    continue
                # Check again after a beat: a worker may be between two calls.
                await asyncio.sleep(SKIP_CHECK_INTERVAL)
                if self._paused or not self.auto_time_skipping:
                    continue
                again = await asyncio.to_thread(next_skip_target, running.server)
                if again is None or again != target:
                    continue
                delta = (target - running.clock.now()).total_seconds()
                await asyncio.to_thread(advance_keeping_workers_live, running, max(delta, 0.0))
                self.skips += 1
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the server restarting under us: try again later
                log.debug("time skipping check failed: %s", exc)
