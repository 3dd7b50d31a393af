"""One long-poll loop per task kind, bounded by the kind's concurrency slots.

A poll is issued only when a slot is free; the slot is held until the task's handler is done.
Errors never end the loop: the server's back-pressure (429/503 ``retry_after_seconds``) is
honoured, other failures back off with jitter, and a forgotten registration is renewed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from ..errors import DurableWorkflowError, WorkerNotRegistered
from ._backoff import Backoff, is_transient
from ._registration import Registration

log = logging.getLogger("durable_workflow.worker")

PollFn = Callable[[], Awaitable[dict[str, Any] | None]]
HandleFn = Callable[[dict[str, Any]], Awaitable[None]]


class Poller:
    """Polls ``kind`` tasks with ``concurrency`` loops and runs each task with ``handle``."""

    def __init__(
        self,
        kind: str,
        poll: PollFn,
        handle: HandleFn,
        *,
        slots: int,
        registration: Registration,
        stopping: asyncio.Event,
        concurrency: int = 1,
    ) -> None:
        self.kind = kind
        self._poll = poll
        self._handle = handle
        self.slots = slots
        self._free = asyncio.Semaphore(slots)
        self._registration = registration
        self._stopping = stopping
        self._concurrency = max(1, min(concurrency, slots))
        self.in_flight: set[asyncio.Task[None]] = set()
        self._loops: list[asyncio.Task[None]] = []

    @property
    def free_slots(self) -> int:
        return self.slots - len(self.in_flight)

    def start(self) -> None:
        for index in range(self._concurrency):
            self._loops.append(
                asyncio.create_task(self._loop(), name=f"dw-{self.kind}-poller-{index}")
            )

    @property
    def loops(self) -> list[asyncio.Task[None]]:
        return list(self._loops)

    async def _pause(self, seconds: float) -> None:
        """Sleep ``seconds`` unless the worker starts stopping first."""
        try:
            await asyncio.wait_for(self._stopping.wait(), seconds)
        except TimeoutError:
            return

    async def _loop(self) -> None:
        backoff = Backoff()
        while not self._stopping.is_set():
            await self._free.acquire()
            if self._stopping.is_set():
                self._free.release()
                return
            seen = self._registration.registrations
            try:
                task = await self._poll()
            except WorkerNotRegistered:
                self._free.release()
                await self._registration.ensure_registered(seen)
                continue
            except DurableWorkflowError as exc:
                self._free.release()
                delay = backoff.next_delay(exc)
                level = logging.WARNING if is_transient(exc) else logging.ERROR
                log.log(level, "%s poll failed (%s); retrying in %.2fs", self.kind, exc, delay)
                await self._pause(delay)
                continue
            except BaseException:
                self._free.release()
                raise
            backoff.reset()
            if task is None:
                self._free.release()
                continue
            running = asyncio.create_task(self._run(task))
            self.in_flight.add(running)
            running.add_done_callback(self.in_flight.discard)

    async def _run(self, task: dict[str, Any]) -> None:
        try:
            await self._handle(task)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("%s task handler failed unexpectedly", self.kind)
        finally:
            self._free.release()
