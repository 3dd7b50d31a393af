"""The development server object: storage, clock, configuration, long-poll notifier, app.

:class:`DevServer` ties the layers together: it applies the storage layer's migrations
(:mod:`.store`) on construction, builds the engine's workflow service (:mod:`.engine`), mounts
the HTTP layer's routes behind the protocol middleware (:mod:`.http`) and runs the engine's
background passes (timers, timeouts, repair, retention, schedules) while the app lives.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import uuid
from collections.abc import AsyncIterator, Hashable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .clock import Clock, SystemClock
from .engine import schedules as _schedules
from .engine import system as _system
from .engine.lease_delivery import release_undelivered_leases
from .engine.namespaces import namespace_exists
from .engine.workflow_service import WorkflowService
from .store import MIGRATIONS, Database
from .versions import CONTROL_PLANE_VERSION, SERVER_VERSION, WORKER_PROTOCOL_VERSION

if TYPE_CHECKING:
    from starlette.applications import Starlette

log = logging.getLogger("durable_workflow.devserver")

#: Background passes run while the app serves.
BACKGROUND = [_system.background, _schedules.background]


@dataclass
class ServerConfig:
    """Settings of the development server (defaults mirror the real server's)."""

    host: str = "127.0.0.1"
    port: int = 0
    db_path: str = ":memory:"
    default_namespace: str = "default"
    #: Long-poll window of worker polls, seconds (``0`` = answer immediately).
    poll_timeout: float = 30.0
    #: How long a control-plane query waits for a worker answer; ``None`` = ``poll_timeout``.
    query_timeout: float | None = None
    #: Default wait of ``wait_for=completed`` updates, seconds.
    update_wait_timeout: float = 30.0
    workflow_task_lease_seconds: int = 300
    activity_task_lease_seconds: int = 300
    query_task_lease_seconds: int = 60
    history_page_size_default: int = 500
    history_page_size_max: int = 1000
    max_payload_bytes: int = 2_097_152
    #: Seconds a client has to send a whole request body (else 408).
    body_read_timeout: float = 10.0
    max_memo_bytes: int = 262_144
    #: Worker heartbeat staleness; ``None`` = ``max(2 x poll_timeout, 60)``.
    worker_stale_after_seconds: float | None = None
    worker_heartbeat_interval_seconds: int = 60
    query_task_max_pending_per_queue: int = 1024
    retention_days: int = 30
    #: Back-off of the automatic repair of runs whose last workflow task failed.
    repair_backoff_initial_seconds: float = 3.0
    repair_backoff_max_seconds: float = 60.0
    #: Validate request bodies and query parameters against the packaged OpenAPI document.
    validate_requests: bool = True
    #: Run the background sweeps (timers, timeouts, repair); tests may switch it off.
    background_sweeps: bool = True
    server_id: str = field(default_factory=lambda: "dev-" + uuid.uuid4().hex[:12])
    #: Role tokens (``admin``/``operator``/``worker`` -> token); empty = auth off.
    auth_tokens: dict[str, str] = field(default_factory=dict)
    #: Legacy shared token.
    token: str | None = None
    #: Server generation to play: ``current`` or ``2026-04`` (see ``generation.py``).
    generation: str = "current"
    #: Namespace-scoped tokens: token -> (role, namespace). A caller presenting one may act in
    #: that namespace only, with that role.
    namespace_tokens: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Folder every ``local`` external payload lives under (``None``: next to the database).
    external_storage_root: str | None = None

    @property
    def effective_query_timeout(self) -> float:
        return self.poll_timeout if self.query_timeout is None else self.query_timeout

    @property
    def stale_after_seconds(self) -> float:
        if self.worker_stale_after_seconds is not None:
            return self.worker_stale_after_seconds
        return max(2 * self.poll_timeout, 60.0)


class Notifier:
    """Wakes long polls and waiters when something they wait for may have happened.

    Waiters register an :class:`asyncio.Event` under one or more keys *before* probing for
    work, then await it; :meth:`notify` sets the events of the given keys. Safe to call from any
    thread (events are set on the loop that owns them).
    """

    def __init__(self) -> None:
        self._waiters: dict[Hashable, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}
        self._all: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def listen(self, *keys: Hashable) -> Iterator[asyncio.Event]:
        """Register a fresh event under ``keys`` (and under every broadcast)."""
        loop = asyncio.get_running_loop()
        event = asyncio.Event()
        entry = (loop, event)
        with self._lock:
            for key in keys:
                self._waiters.setdefault(key, set()).add(entry)
            self._all.add(entry)
        try:
            yield event
        finally:
            with self._lock:
                for key in keys:
                    bucket = self._waiters.get(key)
                    if bucket is not None:
                        bucket.discard(entry)
                        if not bucket:
                            del self._waiters[key]
                self._all.discard(entry)

    def notify(self, *keys: Hashable) -> None:
        """Wake every waiter registered under any of ``keys``."""
        with self._lock:
            entries = set()
            for key in keys:
                entries |= self._waiters.get(key, set())
        self._wake(entries)

    def notify_all(self) -> None:
        """Wake every waiter (used when the clock jumps)."""
        with self._lock:
            entries = set(self._all)
        self._wake(entries)

    @staticmethod
    def _wake(entries: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]) -> None:
        try:
            current: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        for loop, event in entries:
            if loop is current:
                event.set()
            elif not loop.is_closed():
                loop.call_soon_threadsafe(event.set)

    @staticmethod
    async def wait(event: asyncio.Event, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for ``event``; True when it was set."""
        if timeout <= 0:
            return event.is_set()
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            return False
        return True


class DevServer:
    """An embedded Durable Workflow server: SQLite storage plus the HTTP app."""

    def __init__(
        self,
        config: ServerConfig | None = None,
        *,
        clock: Clock | None = None,
        db: Database | None = None,
    ) -> None:
        self.config = config or ServerConfig()
        self.clock: Clock = clock or SystemClock()
        self.db = db or Database(self.config.db_path)
        self.notifier = Notifier()
        self.db.migrate(MIGRATIONS)
        self.workflows: WorkflowService = WorkflowService(self)
        self._app: Starlette | None = None
        #: In-memory state some modules keep (query tasks, poll caches).
        self.state: dict[str, Any] = {}

    @property
    def app(self) -> Starlette:
        """The Starlette application (built on first use)."""
        if self._app is None:
            self._app = create_app(self)
        return self._app

    def namespace_exists(self, name: str) -> bool:
        """Whether the namespace exists (the default one always does)."""
        if name == self.config.default_namespace:
            return True
        return namespace_exists(self.db, name)

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        """Run every module's background task while the app serves."""
        release_undelivered_leases(self)  # answers a previous process never sent
        tasks: list[asyncio.Task[None]] = []
        clock_event = asyncio.Event()
        self.clock.add_listener(clock_event)
        tasks.append(asyncio.create_task(self._clock_watch(clock_event)))
        for background in BACKGROUND:
            name = f"{background.__module__}.{background.__name__}"
            tasks.append(asyncio.create_task(self._guard(name, background)))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    async def _guard(self, name: str, background: Any) -> None:
        while True:
            try:
                await background(self)
                return
            except asyncio.CancelledError:
                raise
            except Exception:  # pragma: no cover - a crash must not stop the server
                log.exception("background task of %s failed; restarting", name)
                await asyncio.sleep(0.5)

    async def _clock_watch(self, event: asyncio.Event) -> None:
        while True:
            await event.wait()
            event.clear()
            self.notifier.notify_all()

    def close(self) -> None:
        """Close the storage."""
        self.db.close()


def create_app(server: DevServer) -> Starlette:
    """Build the Starlette app of ``server`` (the HTTP layer's routes behind the middleware)."""
    from starlette.applications import Starlette

    from .http import routes as http_routes
    from .http.middleware import ProtocolMiddleware
    from .http.router import PreMatchedRouter

    routes = http_routes(server)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with server.lifespan():
            yield

    app = Starlette(routes=routes, lifespan=lifespan)
    app.router = PreMatchedRouter(routes, lifespan=lifespan)
    app.state.server = server
    app.add_middleware(ProtocolMiddleware, server=server)
    from .generation import GenerationMiddleware

    app.add_middleware(GenerationMiddleware, server=server)  # outermost
    return app


__all__ = [
    "CONTROL_PLANE_VERSION",
    "SERVER_VERSION",
    "WORKER_PROTOCOL_VERSION",
    "DevServer",
    "Notifier",
    "ServerConfig",
    "create_app",
]
