"""Registration and liveness: register, heartbeat at the server's interval, re-register.

The server forgets a worker when it restarts with a fresh store or when an operator removes the
registration; polls then answer 412 and heartbeats 404 ``worker_not_registered``. Both paths call
:meth:`Registration.ensure_registered`, which registers again once for all callers.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import logging
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import DurableWorkflowError, WorkerNotFound, WorkerNotRegistered
from ._backoff import Backoff, is_transient

log = logging.getLogger("durable_workflow.worker")

#: Heartbeat cadence when the server does not ask for one, seconds.
DEFAULT_HEARTBEAT_INTERVAL = 60.0


def definition_fingerprint(cls: type) -> str:
    """``sha256:<hex>`` of a workflow class: its qualified name and its source when available.

    A changed class body gives a different fingerprint, which the server uses to refuse a
    re-registration of a changed definition under the same worker id.
    """
    digest = hashlib.sha256(f"{cls.__module__}.{cls.__qualname__}".encode())
    try:
        digest.update(inspect.getsource(cls).encode())
    except (OSError, TypeError):
        for name in sorted(vars(cls)):
            digest.update(name.encode())
    return "sha256:" + digest.hexdigest()


class Registration:
    """The worker's registration with the server and its heartbeat loop."""

    def __init__(
        self,
        client: Any,
        *,
        worker_id: str,
        task_queue: str,
        workflow_types: list[str],
        fingerprints: Mapping[str, str],
        activity_types: list[str],
        build_id: str | None,
        max_concurrent_workflow_tasks: int,
        max_concurrent_activities: int,
        free_slots: Callable[[], dict[str, int]],
    ) -> None:
        self._client = client
        self.worker_id = worker_id
        self.task_queue = task_queue
        self._workflow_types = workflow_types
        self._fingerprints = dict(fingerprints)
        self._activity_types = activity_types
        self._build_id = build_id
        self._max_wf = max_concurrent_workflow_tasks
        self._max_act = max_concurrent_activities
        self._free_slots = free_slots
        self.heartbeat_interval = DEFAULT_HEARTBEAT_INTERVAL
        self.registrations = 0
        self._lock = asyncio.Lock()
        self._registered = False
        #: The workflow-task command types the server advertised at registration (``None``
        #: until it said).
        self.workflow_task_commands: frozenset[str] | None = None

    async def _register_once(self) -> None:
        ack = await self._client.register_worker(
            worker_id=self.worker_id,
            task_queue=self.task_queue,
            supported_workflow_types=self._workflow_types,
            workflow_definition_fingerprints=self._fingerprints or None,
            supported_activity_types=self._activity_types,
            max_concurrent_workflow_tasks=self._max_wf,
            max_concurrent_activity_tasks=self._max_act,
            build_id=self._build_id,
            task_slots=self._free_slots(),
        )
        self._adopt_interval(ack)
        self._adopt_commands(ack)
        self.registrations += 1
        self._registered = True
        log.info(
            "worker %s registered on task queue %r (%d workflow types, %d activity types)",
            self.worker_id,
            self.task_queue,
            len(self._workflow_types),
            len(self._activity_types),
        )

    def _adopt_commands(self, ack: Any) -> None:
        caps = ack.get("server_capabilities") if isinstance(ack, dict) else None
        commands = caps.get("supported_workflow_task_commands") if isinstance(caps, dict) else None
        if isinstance(commands, list) and all(isinstance(c, str) for c in commands):
            self.workflow_task_commands = frozenset(commands)

    def _adopt_interval(self, ack: Any) -> None:
        value = ack.get("heartbeat_interval_seconds") if isinstance(ack, dict) else None
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            self.heartbeat_interval = float(value)

    async def register(self) -> None:
        """Register, retrying transport errors, 429 and 5xx with back-off.

        Other errors (bad credentials, a changed definition, ...) are raised.
        """
        backoff = Backoff()
        async with self._lock:
            while True:
                try:
                    await self._register_once()
                    return
                except DurableWorkflowError as exc:
                    if not is_transient(exc):
                        raise
                    delay = backoff.next_delay(exc)
                    log.warning("registration failed (%s); retrying in %.1fs", exc, delay)
                    await asyncio.sleep(delay)

    async def ensure_registered(self, seen_registrations: int) -> None:
        """Register again unless someone already did since ``seen_registrations``."""
        self._registered = False
        if self.registrations != seen_registrations:
            return
        if self._lock.locked():
            async with self._lock:
                return
        log.warning("the server has forgotten worker %s; registering again", self.worker_id)
        await self.register()

    async def heartbeat_loop(self) -> None:
        """Heartbeat forever at the server's interval (cancel to stop)."""
        backoff = Backoff()
        while True:
            await asyncio.sleep(self.heartbeat_interval)
            seen = self.registrations
            try:
                ack = await self._client.heartbeat_worker(
                    worker_id=self.worker_id, task_slots=self._free_slots()
                )
                self._adopt_interval(ack)
                backoff.reset()
            except WorkerNotRegistered:
                await self.ensure_registered(seen)
            except DurableWorkflowError as exc:
                if not is_transient(exc):
                    log.error("worker heartbeat rejected: %s", exc)
                else:
                    delay = backoff.next_delay(exc)
                    log.warning("worker heartbeat failed (%s); retrying in %.1fs", exc, delay)
                    await asyncio.sleep(min(delay, self.heartbeat_interval))

    async def deregister(self) -> None:
        """Remove the registration (its leased workflow tasks go back to the queue)."""
        try:
            await self._client.deregister_worker(self.worker_id)
        except (WorkerNotFound, WorkerNotRegistered):
            return
        except DurableWorkflowError as exc:
            log.warning("deregistration of worker %s failed: %s", self.worker_id, exc)
