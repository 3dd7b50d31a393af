"""The :class:`Worker`: registers, polls, runs workflow, activity and query tasks, shuts down."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from types import TracebackType
from typing import Any

from ..activity import ActivityDefinition
from ..activity import get_definition as get_activity_definition
from ..client.ops.worker_plane import DEFAULT_POLL_TIMEOUT
from ..errors import ConfigurationError
from ._activities import ActivityRunner
from ._errors import RunSyncInEventLoop, WorkerAlreadyRunning, WorkerConfigurationError
from ._history import HISTORY_ENCODING
from ._poller import Poller
from ._registration import Registration
from ._shutdown import drain

log = logging.getLogger("durable_workflow.worker")


def _positive(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise WorkerConfigurationError(f"{name} must be a positive integer, got {value!r}")
    return value


def _polls(slots: int) -> int:
    """Default number of polls kept open for ``slots`` task slots: one per four, 1 to 8.

    Each poll leases at most one task, so a burst of work is picked up as fast as polls return.
    """
    return max(1, min(8, slots // 4))


class Worker:
    """Runs workflows and activities of one task queue against a server.

    ::

        async with AsyncClient(url, token=...) as client:
            worker = Worker(client, task_queue="orders", workflows=[OrderWorkflow],
                            activities=[reserve, charge])
            await worker.run()      # until cancelled or ``await worker.shutdown()``

    ``async with worker:`` runs it in the background of the block; ``run_sync()`` runs it on
    a loop of its own from blocking code.

    Options: ``max_concurrent_workflow_tasks`` and ``max_concurrent_activities`` bound the
    tasks run at once (a poll is only sent when a slot is free); ``max_cached_workflows`` bounds
    the sticky cache of workflow instances (least recently used evicted; ``0`` replays every
    task from the start); ``build_id`` is registered and sent with polls; ``worker_id`` defaults
    to ``py-worker-<hex>``; ``activity_executor`` runs sync ``def`` activities (a thread pool of
    ``max_concurrent_activities`` threads by default); ``graceful_shutdown_timeout`` is how long
    in-flight tasks may take to finish at shutdown; ``poll_timeout`` is the long-poll window
    asked of the server (it may hold a poll for less); ``max_concurrent_workflow_task_polls`` and
    ``max_concurrent_activity_task_polls`` bound the polls kept open at once (by default one per
    four slots, between 1 and 8); ``history_page_size`` is the number of history events asked
    for per page (1..1000; longer histories are read page by page).
    """

    def __init__(
        self,
        client: Any,
        *,
        task_queue: str,
        workflows: Sequence[type] = (),
        activities: Sequence[Callable[..., Any]] = (),
        max_concurrent_workflow_tasks: int = 10,
        max_concurrent_activities: int = 20,
        max_cached_workflows: int = 1000,
        build_id: str | None = None,
        worker_id: str | None = None,
        activity_executor: Executor | None = None,
        graceful_shutdown_timeout: float = 10.0,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        max_concurrent_workflow_task_polls: int | None = None,
        max_concurrent_activity_task_polls: int | None = None,
        history_page_size: int = 1000,
    ) -> None:
        from ..client import AsyncClient

        if not isinstance(client, AsyncClient):
            raise WorkerConfigurationError(
                f"Worker needs an AsyncClient, got {type(client).__name__} (a SyncClient can "
                "start workflows, but the worker's polling is asynchronous)"
            )
        if not isinstance(task_queue, str) or not task_queue.strip():
            raise WorkerConfigurationError("task_queue must be a non-empty string")
        if not workflows and not activities:
            raise WorkerConfigurationError("a worker needs at least one workflow or activity")
        self.client = client
        self.task_queue = task_queue
        self.worker_id = worker_id or f"py-worker-{uuid.uuid4().hex[:8]}"
        self.build_id = build_id
        self.max_concurrent_workflow_tasks = _positive(
            "max_concurrent_workflow_tasks", max_concurrent_workflow_tasks
        )
        self.max_concurrent_activities = _positive(
            "max_concurrent_activities", max_concurrent_activities
        )
        if isinstance(max_cached_workflows, bool) or not isinstance(max_cached_workflows, int):
            raise WorkerConfigurationError("max_cached_workflows must be an integer >= 0")
        if max_cached_workflows < 0:
            raise WorkerConfigurationError("max_cached_workflows must be an integer >= 0")
        if graceful_shutdown_timeout < 0:
            raise WorkerConfigurationError("graceful_shutdown_timeout must be >= 0")
        self.graceful_shutdown_timeout = float(graceful_shutdown_timeout)
        self.history_page_size = _positive("history_page_size", history_page_size)
        self.max_concurrent_workflow_task_polls = _positive(
            "max_concurrent_workflow_task_polls",
            max_concurrent_workflow_task_polls or _polls(self.max_concurrent_workflow_tasks),
        )
        self.max_concurrent_activity_task_polls = _positive(
            "max_concurrent_activity_task_polls",
            max_concurrent_activity_task_polls or _polls(self.max_concurrent_activities),
        )
        self.poll_timeout = float(poll_timeout)

        self._activity_defs: dict[str, ActivityDefinition] = {}
        for fn in activities:
            try:
                definition = get_activity_definition(fn)
            except ConfigurationError as exc:
                raise WorkerConfigurationError(str(exc)) from exc
            if definition.name in self._activity_defs:
                raise WorkerConfigurationError(f"two activities are named {definition.name!r}")
            self._activity_defs[definition.name] = definition
        self._own_executor = activity_executor is None
        self._executor: Executor = activity_executor or ThreadPoolExecutor(
            max_workers=self.max_concurrent_activities, thread_name_prefix="dw-activity"
        )

        self.workflows: Any = None
        if workflows:
            from ._workflow_tasks import WorkflowTasks

            self.workflows = WorkflowTasks(
                client,
                workflows,
                worker_id=self.worker_id,
                task_queue=task_queue,
                max_cached_workflows=max_cached_workflows,
            )
        self.activities: ActivityRunner | None = None
        if self._activity_defs:
            self.activities = ActivityRunner(
                client,
                self._activity_defs,
                worker_id=self.worker_id,
                task_queue=task_queue,
                executor=self._executor,
            )
        self._pollers: list[Poller] = []
        self._stopping: asyncio.Event | None = None
        self._started: asyncio.Event | None = None
        self._finished: asyncio.Event | None = None
        self._background: asyncio.Task[None] | None = None
        self._registration: Registration | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # ------------------------------------------------------------------ introspection

    @property
    def is_running(self) -> bool:
        return self._finished is not None and not self._finished.is_set()

    @property
    def registration(self) -> Registration | None:
        return self._registration

    def _free_slots(self) -> dict[str, int]:
        slots = {"workflow_available": self.max_concurrent_workflow_tasks}
        slots["activity_available"] = self.max_concurrent_activities
        for poller in self._pollers:
            key = "activity_available" if poller.kind == "activity" else "workflow_available"
            if poller.kind != "query":
                slots[key] = max(poller.free_slots, 0)
        return slots

    # ------------------------------------------------------------------ running

    def _build(self, stopping: asyncio.Event) -> Registration:
        workflow_types = self.workflows.types if self.workflows is not None else []
        registration = Registration(
            self.client,
            worker_id=self.worker_id,
            task_queue=self.task_queue,
            workflow_types=workflow_types,
            fingerprints=self.workflows.fingerprints if self.workflows is not None else {},
            activity_types=sorted(self._activity_defs),
            build_id=self.build_id,
            max_concurrent_workflow_tasks=self.max_concurrent_workflow_tasks,
            max_concurrent_activities=self.max_concurrent_activities,
            free_slots=self._free_slots,
        )
        if self.workflows is not None:
            self.workflows.advertised_commands = lambda: registration.workflow_task_commands

        def poller(kind: str, poll: Any, handle: Any, slots: int, concurrency: int) -> Poller:
            return Poller(
                kind,
                poll,
                handle,
                slots=slots,
                registration=registration,
                stopping=stopping,
                concurrency=concurrency,
            )

        pollers: list[Poller] = []
        if self.workflows is not None:
            handler = self.workflows
            pollers.append(
                poller(
                    "workflow",
                    lambda: self.client.poll_workflow_task(
                        worker_id=self.worker_id,
                        task_queue=self.task_queue,
                        timeout=self.poll_timeout,
                        build_id=self.build_id,
                        history_page_size=self.history_page_size,
                        accept_history_encoding=HISTORY_ENCODING,
                    ),
                    handler.handle,
                    self.max_concurrent_workflow_tasks,
                    self.max_concurrent_workflow_task_polls,
                )
            )
            pollers.append(
                poller(
                    "query",
                    lambda: self.client.poll_query_task(
                        worker_id=self.worker_id,
                        task_queue=self.task_queue,
                        timeout=self.poll_timeout,
                        build_id=self.build_id,
                    ),
                    handler.answer_query,
                    max(2, self.max_concurrent_workflow_tasks // 2),
                    1,
                )
            )
        if self.activities is not None:
            runner = self.activities
            pollers.append(
                poller(
                    "activity",
                    lambda: self.client.poll_activity_task(
                        worker_id=self.worker_id,
                        task_queue=self.task_queue,
                        timeout=self.poll_timeout,
                        build_id=self.build_id,
                    ),
                    runner.handle,
                    self.max_concurrent_activities,
                    self.max_concurrent_activity_task_polls,
                )
            )
        self._pollers = pollers
        return registration

    async def run(self) -> None:
        """Register, poll and run tasks until cancelled or :meth:`shutdown` is called.

        On the way out the worker shuts down gracefully (see :meth:`shutdown`).
        """
        if self.is_running:
            raise WorkerAlreadyRunning(f"worker {self.worker_id} is already running")
        stopping = asyncio.Event()
        self._stopping = stopping
        self._loop = asyncio.get_running_loop()
        self._started = self._started or asyncio.Event()
        self._finished = asyncio.Event()
        registration = self._build(stopping)
        self._registration = registration
        heartbeats: asyncio.Task[None] | None = None
        try:
            await registration.register()
            heartbeats = asyncio.create_task(registration.heartbeat_loop())
            for poller in self._pollers:
                poller.start()
            log.info(
                "worker %s polling task queue %r (%s)",
                self.worker_id,
                self.task_queue,
                ", ".join(p.kind for p in self._pollers),
            )
            self._started.set()
            await stopping.wait()
        finally:
            stopping.set()
            try:
                await asyncio.shield(self._stop(heartbeats))
            finally:
                self._finished.set()

    async def _stop(self, heartbeats: asyncio.Task[None] | None) -> None:
        try:
            await drain(self._pollers, self.activities, self.graceful_shutdown_timeout)
        finally:
            if heartbeats is not None:
                heartbeats.cancel()
                await asyncio.gather(heartbeats, return_exceptions=True)
            if self._registration is not None and self._registration.registrations:
                await self._registration.deregister()
            if self.workflows is not None:
                self.workflows.cache.clear()
            log.info("worker %s stopped", self.worker_id)

    async def shutdown(self) -> None:
        """Stop polling, let in-flight tasks finish (up to ``graceful_shutdown_timeout``), hand
        back what cannot finish, deregister; returns when the worker has stopped."""
        if self._stopping is None or self._finished is None:
            return
        self._stopping.set()
        await self._finished.wait()
        if self._background is not None:
            await asyncio.gather(self._background, return_exceptions=True)
            self._background = None

    def request_shutdown(self) -> None:
        """Ask the running worker to shut down, from any thread (a signal handler, another
        thread than the one in :meth:`run_sync`); returns at once."""
        loop, stopping = self._loop, self._stopping
        if loop is None or stopping is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(stopping.set)

    def run_sync(self) -> None:
        """Run the worker on an event loop of its own until interrupted (Ctrl-C stops it
        gracefully). From code already running in an event loop, use ``await worker.run()``."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RunSyncInEventLoop(
                "Worker.run_sync() cannot run inside a running event loop; use "
                "`await worker.run()` (or `async with worker:`) there instead"
            )
        try:
            asyncio.run(self.run())
        except KeyboardInterrupt:
            return
        finally:
            if self._own_executor:
                self._executor.shutdown(wait=False, cancel_futures=True)

    async def __aenter__(self) -> Worker:
        self._started = asyncio.Event()
        self._background = asyncio.create_task(self.run(), name=f"dw-worker-{self.worker_id}")
        waiter = asyncio.create_task(self._started.wait())
        done, _ = await asyncio.wait(
            {self._background, waiter}, return_when=asyncio.FIRST_COMPLETED
        )
        if self._background in done:
            waiter.cancel()
            background, self._background = self._background, None
            background.result()  # raises the start-up error
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.shutdown()
