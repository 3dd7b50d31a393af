"""Task queues and build-id rollout: ``/api/task-queues…``.

The drain, resume and promote bodies always carry the ``build_id`` key (the server refuses a body
without it); ``None`` is sent as JSON ``null`` and selects the unversioned cohort. The three are
safe to repeat (the server makes them idempotent), so the transport may retry them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from durable_workflow_api import models

from durable_workflow import _lazy
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.errors import InvalidArgument

if TYPE_CHECKING:
    from durable_workflow_api.api.task_queues import drain_task_queue_build_id as _drain
    from durable_workflow_api.api.task_queues import get_task_queue as _get
    from durable_workflow_api.api.task_queues import list_task_queue_build_ids as _build_ids
    from durable_workflow_api.api.task_queues import list_task_queues as _list
    from durable_workflow_api.api.task_queues import promote_task_queue_build_id as _promote
    from durable_workflow_api.api.task_queues import resume_task_queue_build_id as _resume

    from durable_workflow.client.types import (
        TaskQueueBuildIdRollout,
        TaskQueueBuildIdRolloutState,
        TaskQueueDescription,
        TaskQueueList,
    )
else:
    _drain = _lazy.module("durable_workflow_api.api.task_queues.drain_task_queue_build_id")
    _get = _lazy.module("durable_workflow_api.api.task_queues.get_task_queue")
    _build_ids = _lazy.module("durable_workflow_api.api.task_queues.list_task_queue_build_ids")
    _list = _lazy.module("durable_workflow_api.api.task_queues.list_task_queues")
    _promote = _lazy.module("durable_workflow_api.api.task_queues.promote_task_queue_build_id")
    _resume = _lazy.module("durable_workflow_api.api.task_queues.resume_task_queue_build_id")

#: Longest build id the server accepts.
MAX_BUILD_ID_LENGTH = 255

#: The endpoint module of each rollout action (imported when the action is first sent).
_ROLLOUT_ACTIONS: dict[str, Any] = {"drain": _drain, "promote": _promote, "resume": _resume}


def _checked_queue(name: str, argument: str = "task_queue") -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidArgument(f"{argument} must be a non-empty string")
    return name


def _checked_build_id(build_id: str | None) -> str | None:
    if build_id is None:
        return None
    if not isinstance(build_id, str):
        raise InvalidArgument(
            f"build_id must be a string, or None for the unversioned cohort, got {build_id!r}"
        )
    if len(build_id) > MAX_BUILD_ID_LENGTH:
        raise InvalidArgument(f"build_id must be at most {MAX_BUILD_ID_LENGTH} characters")
    return build_id


# --------------------------------------------------------------------------- operations


def list_task_queues(core: ClientCore) -> Operation[TaskQueueList]:
    """``GET /api/task-queues``."""
    from durable_workflow.client.types import TaskQueueList

    response = yield Request.from_kwargs(
        _list._get_kwargs(**core.control_header_args()), operation="list_task_queues"
    )
    return TaskQueueList.from_wire(json_object(response, operation="list_task_queues"))


def describe_task_queue(core: ClientCore, name: str) -> Operation[TaskQueueDescription]:
    """``GET /api/task-queues/{name}``."""
    from durable_workflow.client.types import TaskQueueDescription

    response = yield Request.from_kwargs(
        _get._get_kwargs(_checked_queue(name, "name"), **core.control_header_args()),
        operation="describe_task_queue",
    )
    return TaskQueueDescription.from_wire(
        json_object(response, operation="describe_task_queue"), name=name
    )


def list_task_queue_build_ids(
    core: ClientCore, task_queue: str
) -> Operation[TaskQueueBuildIdRollout]:
    """``GET /api/task-queues/{task_queue}/build-ids``."""
    from durable_workflow.client.types import TaskQueueBuildIdRollout

    response = yield Request.from_kwargs(
        _build_ids._get_kwargs(_checked_queue(task_queue), **core.control_header_args()),
        operation="list_task_queue_build_ids",
    )
    return TaskQueueBuildIdRollout.from_wire(
        json_object(response, operation="list_task_queue_build_ids"), task_queue=task_queue
    )


def mutate_build_id(
    core: ClientCore, action: str, task_queue: str, build_id: str | None
) -> Operation[TaskQueueBuildIdRolloutState]:
    """``POST /api/task-queues/{task_queue}/build-ids/{action}`` with ``{"build_id": …}``."""
    from durable_workflow.client.types import TaskQueueBuildIdRolloutState

    get_kwargs: Callable[..., dict[str, Any]] = _ROLLOUT_ACTIONS[action]._get_kwargs
    operation = f"{action}_task_queue_build_id"
    body = models.BuildIdRequest.from_dict({"build_id": _checked_build_id(build_id)})
    response = yield Request.from_kwargs(
        get_kwargs(_checked_queue(task_queue), body=body, **core.control_header_args()),
        operation=operation,
    )
    return TaskQueueBuildIdRolloutState.from_wire(
        json_object(response, operation=operation), task_queue=task_queue
    )


# --------------------------------------------------------------------------- async methods


class AsyncTaskQueues(AsyncBase):
    """Methods of :class:`~durable_workflow.client.AsyncClient`: task queues, build-id rollout."""

    async def list_task_queues(self) -> TaskQueueList:
        """List task queues with server-side admission status.

        Admission data describes server budgets and observed backlog. Worker constructor limits
        remain local semaphores that are advertised during registration.
        """
        return await self._run(list_task_queues(self._core))

    async def describe_task_queue(self, name: str) -> TaskQueueDescription:
        """Return backlog, poller, lease, and admission detail for ``name``.

        Task queues exist implicitly: an unknown name is described with zero counts, not
        refused.
        """
        return await self._run(describe_task_queue(self._core, name))

    async def list_task_queue_build_ids(self, task_queue: str) -> TaskQueueBuildIdRollout:
        """Return the build-id rollout snapshot for ``task_queue``.

        Use this before draining or removing an older build to confirm which build cohorts can
        still claim work on the queue. Unversioned workers are grouped under a cohort whose
        ``build_id`` is ``None``.
        """
        return await self._run(list_task_queue_build_ids(self._core, task_queue))

    async def drain_task_queue_build_id(
        self, task_queue: str, build_id: str | None
    ) -> TaskQueueBuildIdRolloutState:
        """Mark a build-id cohort as draining so it stops claiming new tasks.

        Workers registered under ``build_id`` keep running their in-flight work but are blocked
        from claiming fresh tasks, and future workers that heartbeat under the same ``build_id``
        land as draining too. Pass ``None`` to drain the unversioned cohort (workers registered
        without a build identifier). Idempotent: repeated drains do not shift the recorded
        ``drained_at`` timestamp.
        """
        return await self._run(mutate_build_id(self._core, "drain", task_queue, build_id))

    async def promote_task_queue_build_id(
        self, task_queue: str, build_id: str | None
    ) -> TaskQueueBuildIdRolloutState:
        """Select a build-id cohort for fresh workflow starts on a task queue.

        New workflow starts pin to ``build_id`` after promotion. Existing workflow runs keep
        their stamped compatibility marker and continue routing only to compatible workers. Pass
        ``None`` to promote the unversioned cohort. On a server without this route (the 2026-04
        generation) it raises :class:`~durable_workflow.errors.UnsupportedByServer`.
        """
        return await self._run(mutate_build_id(self._core, "promote", task_queue, build_id))

    async def resume_task_queue_build_id(
        self, task_queue: str, build_id: str | None
    ) -> TaskQueueBuildIdRolloutState:
        """Revert a previous drain so a build-id cohort can claim work again.

        Resuming clears both ``drain_intent`` and ``drained_at`` for the cohort and flips any
        still-running workers back to ``active``. Pass ``None`` to resume the unversioned
        cohort. Idempotent: resuming an already-active cohort is a no-op.
        """
        return await self._run(mutate_build_id(self._core, "resume", task_queue, build_id))


# --------------------------------------------------------------------------- sync methods


class SyncTaskQueues(SyncBase):
    """Methods of :class:`~durable_workflow.client.SyncClient`: task queues, build-id rollout."""

    def list_task_queues(self) -> TaskQueueList:
        """List task queues with server-side admission status.

        Admission data describes server budgets and observed backlog. Worker constructor limits
        remain local semaphores that are advertised during registration.
        """
        return self._run(list_task_queues(self._core))

    def describe_task_queue(self, name: str) -> TaskQueueDescription:
        """Return backlog, poller, lease, and admission detail for ``name``.

        Task queues exist implicitly: an unknown name is described with zero counts, not
        refused.
        """
        return self._run(describe_task_queue(self._core, name))

    def list_task_queue_build_ids(self, task_queue: str) -> TaskQueueBuildIdRollout:
        """Return the build-id rollout snapshot for ``task_queue``.

        Use this before draining or removing an older build to confirm which build cohorts can
        still claim work on the queue. Unversioned workers are grouped under a cohort whose
        ``build_id`` is ``None``.
        """
        return self._run(list_task_queue_build_ids(self._core, task_queue))

    def drain_task_queue_build_id(
        self, task_queue: str, build_id: str | None
    ) -> TaskQueueBuildIdRolloutState:
        """Mark a build-id cohort as draining so it stops claiming new tasks.

        Workers registered under ``build_id`` keep running their in-flight work but are blocked
        from claiming fresh tasks, and future workers that heartbeat under the same ``build_id``
        land as draining too. Pass ``None`` to drain the unversioned cohort (workers registered
        without a build identifier). Idempotent: repeated drains do not shift the recorded
        ``drained_at`` timestamp.
        """
        return self._run(mutate_build_id(self._core, "drain", task_queue, build_id))

    def promote_task_queue_build_id(
        self, task_queue: str, build_id: str | None
    ) -> TaskQueueBuildIdRolloutState:
        """Select a build-id cohort for fresh workflow starts on a task queue.

        New workflow starts pin to ``build_id`` after promotion. Existing workflow runs keep
        their stamped compatibility marker and continue routing only to compatible workers. Pass
        ``None`` to promote the unversioned cohort. On a server without this route (the 2026-04
        generation) it raises :class:`~durable_workflow.errors.UnsupportedByServer`.
        """
        return self._run(mutate_build_id(self._core, "promote", task_queue, build_id))

    def resume_task_queue_build_id(
        self, task_queue: str, build_id: str | None
    ) -> TaskQueueBuildIdRolloutState:
        """Revert a previous drain so a build-id cohort can claim work again.

        Resuming clears both ``drain_intent`` and ``drained_at`` for the cohort and flips any
        still-running workers back to ``active``. Pass ``None`` to resume the unversioned
        cohort. Idempotent: resuming an already-active cohort is a no-op.
        """
        return self._run(mutate_build_id(self._core, "resume", task_queue, build_id))
