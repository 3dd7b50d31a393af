"""Worker management: ``/api/workers…`` (the operator's roster, not the worker plane).

``list_workers`` sends ``task_queue`` and ``status`` as query parameters only when given (the
server matches ``status`` against the stored status, so a derived ``stale`` is not filterable).
``404 worker_not_found`` raises :class:`~durable_workflow.errors.WorkerNotFound`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from durable_workflow_api.types import UNSET

from durable_workflow import _lazy
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import GONE_ON_RETRY, Request
from durable_workflow.errors import InvalidArgument, WorkerNotFound

if TYPE_CHECKING:
    from durable_workflow_api.api.workers import delete_worker as _delete
    from durable_workflow_api.api.workers import get_worker as _get
    from durable_workflow_api.api.workers import list_workers as _list

    from durable_workflow.client.types import WorkerDescription, WorkerList
else:
    _delete = _lazy.module("durable_workflow_api.api.workers.delete_worker")
    _get = _lazy.module("durable_workflow_api.api.workers.get_worker")
    _list = _lazy.module("durable_workflow_api.api.workers.list_workers")


def _checked_worker_id(worker_id: str) -> str:
    if not isinstance(worker_id, str) or not worker_id.strip():
        raise InvalidArgument("worker_id must be a non-empty string")
    return worker_id


def _filter(name: str, value: str | None) -> Any:
    if value is None:
        return UNSET
    if not isinstance(value, str) or not value:
        raise InvalidArgument(f"{name} must be a non-empty string when given")
    return value


# --------------------------------------------------------------------------- operations


def list_workers(
    core: ClientCore, *, task_queue: str | None, status: str | None
) -> Operation[WorkerList]:
    """``GET /api/workers?task_queue=…&status=…`` (each only when given)."""
    from durable_workflow.client.types import WorkerList

    response = yield Request.from_kwargs(
        _list._get_kwargs(
            task_queue=_filter("task_queue", task_queue),
            status=_filter("status", status),
            **core.control_header_args(),
        ),
        operation="list_workers",
    )
    return WorkerList.from_wire(json_object(response, operation="list_workers"))


def describe_worker(core: ClientCore, worker_id: str) -> Operation[WorkerDescription]:
    """``GET /api/workers/{worker_id}``."""
    from durable_workflow.client.types import WorkerDescription

    response = yield Request.from_kwargs(
        _get._get_kwargs(_checked_worker_id(worker_id), **core.control_header_args()),
        operation="describe_worker",
        not_found=WorkerNotFound,
    )
    return WorkerDescription.from_wire(
        json_object(response, operation="describe_worker"), worker_id=worker_id
    )


def deregister_worker(core: ClientCore, worker_id: str) -> Operation[dict[str, Any]]:
    """``DELETE /api/workers/{worker_id}`` (no body)."""
    response = yield Request.from_kwargs(
        _delete._get_kwargs(_checked_worker_id(worker_id), **core.control_header_args()),
        operation="deregister_worker",
        not_found=WorkerNotFound,
        ok_after_unknown_outcome=GONE_ON_RETRY,
    )
    if response.status_code == 404:  # an earlier attempt deregistered it; its answer was lost
        return {"worker_id": worker_id, "outcome": "deregistered"}
    return json_object(response, operation="deregister_worker")


# --------------------------------------------------------------------------- async methods


class AsyncWorkers(AsyncBase):
    """Methods of :class:`~durable_workflow.client.AsyncClient`: worker management."""

    async def list_workers(
        self, *, task_queue: str | None = None, status: str | None = None
    ) -> WorkerList:
        """List registered workers in the current namespace.

        ``task_queue`` and ``status`` filter by exact match and are sent only when given.
        """
        return await self._run(list_workers(self._core, task_queue=task_queue, status=status))

    async def describe_worker(self, worker_id: str) -> WorkerDescription:
        """Return runtime, capacity, heartbeat, and type support for one worker.

        Raises :class:`~durable_workflow.errors.WorkerNotFound` for an unknown worker.
        """
        return await self._run(describe_worker(self._core, worker_id))

    async def deregister_worker(self, worker_id: str) -> dict[str, Any]:
        """Remove a stale or retired worker from the server roster.

        Returns ``{"worker_id", "outcome": "deregistered"}``. Requires admin scope; raises
        :class:`~durable_workflow.errors.WorkerNotFound` for an unknown worker.
        """
        return await self._run(deregister_worker(self._core, worker_id))


# --------------------------------------------------------------------------- sync methods


class SyncWorkers(SyncBase):
    """Methods of :class:`~durable_workflow.client.SyncClient`: worker management."""

    def list_workers(
        self, *, task_queue: str | None = None, status: str | None = None
    ) -> WorkerList:
        """List registered workers in the current namespace.

        ``task_queue`` and ``status`` filter by exact match and are sent only when given.
        """
        return self._run(list_workers(self._core, task_queue=task_queue, status=status))

    def describe_worker(self, worker_id: str) -> WorkerDescription:
        """Return runtime, capacity, heartbeat, and type support for one worker.

        Raises :class:`~durable_workflow.errors.WorkerNotFound` for an unknown worker.
        """
        return self._run(describe_worker(self._core, worker_id))

    def deregister_worker(self, worker_id: str) -> dict[str, Any]:
        """Remove a stale or retired worker from the server roster.

        Returns ``{"worker_id", "outcome": "deregistered"}``. Requires admin scope; raises
        :class:`~durable_workflow.errors.WorkerNotFound` for an unknown worker.
        """
        return self._run(deregister_worker(self._core, worker_id))
