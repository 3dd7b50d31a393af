"""Worker registration: ``register_worker`` and the worker-fleet ``heartbeat_worker``.

Part of the worker plane (see :mod:`durable_workflow.client.ops.worker_plane`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from durable_workflow_api import models

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client.ops._worker_plane_common import (
    WORKER_RUNTIMES,
    _model,
    _object,
    _optional_integer,
    _request,
    _string_list,
    _string_map,
    _task_slots,
    _text,
)

if TYPE_CHECKING:
    from durable_workflow_api.api.worker_plane import heartbeat_worker as _heartbeat_worker
    from durable_workflow_api.api.worker_plane import register_worker as _register_worker
else:
    _register_worker = _lazy.module("durable_workflow_api.api.worker_plane.register_worker")
    _heartbeat_worker = _lazy.module("durable_workflow_api.api.worker_plane.heartbeat_worker")


def register_worker(
    core: ClientCore,
    *,
    worker_id: str,
    task_queue: str,
    supported_workflow_types: list[str] | None,
    workflow_definition_fingerprints: dict[str, str] | None,
    supported_activity_types: list[str] | None,
    max_concurrent_workflow_tasks: int | None,
    max_concurrent_activity_tasks: int | None,
    runtime: str,
    sdk_version: str | None,
    build_id: str | None,
    capabilities: list[str] | None,
    task_slots: dict[str, int] | None,
    process_metrics: dict[str, Any] | None,
    heartbeat_interval_seconds: int | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/register``."""
    if not isinstance(runtime, str) or runtime not in WORKER_RUNTIMES:
        raise e.InvalidArgument(
            f"runtime must be one of {', '.join(WORKER_RUNTIMES)}, got {runtime!r}"
        )
    if sdk_version is None:
        from durable_workflow import __version__

        sdk_version = f"durable-workflow-python/{__version__}"
    body: dict[str, Any] = {
        "worker_id": _text("worker_id", worker_id),
        "task_queue": _text("task_queue", task_queue),
        "runtime": runtime,
        "sdk_version": _text("sdk_version", sdk_version, max_length=64),
        "supported_workflow_types": _string_list(
            "supported_workflow_types", supported_workflow_types
        ),
        "supported_activity_types": _string_list(
            "supported_activity_types", supported_activity_types
        ),
    }
    if workflow_definition_fingerprints is not None:
        body["workflow_definition_fingerprints"] = _string_map(
            "workflow_definition_fingerprints", workflow_definition_fingerprints
        )
    if capabilities is not None:
        body["capabilities"] = _string_list("capabilities", capabilities)
    if build_id is not None:
        body["build_id"] = _text("build_id", build_id)
    for name, value in (
        ("max_concurrent_workflow_tasks", max_concurrent_workflow_tasks),
        ("max_concurrent_activity_tasks", max_concurrent_activity_tasks),
    ):
        if _optional_integer(name, value, low=1) is not None:
            body[name] = value
    if task_slots is not None:
        body["task_slots"] = _task_slots(task_slots)
    if process_metrics is not None:
        body["process_metrics"] = _object("process_metrics", process_metrics)
    if (
        _optional_integer("heartbeat_interval_seconds", heartbeat_interval_seconds, low=1)
        is not None
    ):
        body["heartbeat_interval_seconds"] = heartbeat_interval_seconds
    model = _model(models.WorkerRegisterRequest.from_dict, body, "register_worker")
    response = yield _request(
        _register_worker._get_kwargs(body=model, **core.worker_header_args()), "register_worker"
    )
    return json_object(response, operation="register_worker")


def heartbeat_worker(
    core: ClientCore,
    *,
    worker_id: str,
    task_slots: dict[str, int] | None,
    process_metrics: dict[str, Any] | None,
    heartbeat_interval_seconds: int | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/heartbeat``."""
    body: dict[str, Any] = {"worker_id": _text("worker_id", worker_id)}
    if task_slots is not None:
        body["task_slots"] = _task_slots(task_slots)
    if process_metrics is not None:
        body["process_metrics"] = _object("process_metrics", process_metrics)
    if (
        _optional_integer("heartbeat_interval_seconds", heartbeat_interval_seconds, low=1)
        is not None
    ):
        body["heartbeat_interval_seconds"] = heartbeat_interval_seconds
    model = _model(models.WorkerHeartbeatRequest.from_dict, body, "heartbeat_worker")
    response = yield _request(
        _heartbeat_worker._get_kwargs(body=model, **core.worker_header_args()),
        "heartbeat_worker",
    )
    return json_object(response, operation="heartbeat_worker")


class AsyncWorkerRegistration(AsyncBase):
    """Worker registration methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def register_worker(
        self,
        *,
        worker_id: str,
        task_queue: str,
        supported_workflow_types: list[str] | None = None,
        workflow_definition_fingerprints: dict[str, str] | None = None,
        supported_activity_types: list[str] | None = None,
        max_concurrent_workflow_tasks: int | None = None,
        max_concurrent_activity_tasks: int | None = None,
        runtime: str = "python",
        sdk_version: str | None = None,
        build_id: str | None = None,
        capabilities: list[str] | None = None,
        task_slots: dict[str, int] | None = None,
        process_metrics: dict[str, Any] | None = None,
        heartbeat_interval_seconds: int | None = None,
    ) -> dict[str, Any]:
        """Register this process with the server as a worker for ``task_queue``.

        Called by :class:`~durable_workflow.Worker` at startup. Most applications should not call
        this directly — create a :class:`~durable_workflow.Worker` instead.

        Sends ``POST /api/worker/register`` with ``worker_id``, ``task_queue``, ``runtime``,
        ``sdk_version`` (default ``durable-workflow-python/<version>``) and both supported-type
        lists (empty means every type) always, the other fields only when given. ``runtime`` must be
        one of the server's runtimes (``php``, ``python``, ``typescript``, ``go``, ``java``,
        ``rust``, ``external``). Returns the server acknowledgement as a dict (``worker_id``,
        ``registered``, and on newer servers ``heartbeat_interval_seconds``). Re-registering a
        changed workflow definition fingerprint under the same active ``worker_id`` raises
        :class:`~durable_workflow.errors.Conflict` (``reason == "workflow_definition_changed"``).
        """
        return await self._run(
            register_worker(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                supported_workflow_types=supported_workflow_types,
                workflow_definition_fingerprints=workflow_definition_fingerprints,
                supported_activity_types=supported_activity_types,
                max_concurrent_workflow_tasks=max_concurrent_workflow_tasks,
                max_concurrent_activity_tasks=max_concurrent_activity_tasks,
                runtime=runtime,
                sdk_version=sdk_version,
                build_id=build_id,
                capabilities=capabilities,
                task_slots=task_slots,
                process_metrics=process_metrics,
                heartbeat_interval_seconds=heartbeat_interval_seconds,
            )
        )

    async def heartbeat_worker(
        self,
        *,
        worker_id: str,
        task_slots: dict[str, int] | None = None,
        process_metrics: dict[str, Any] | None = None,
        heartbeat_interval_seconds: int | None = None,
    ) -> dict[str, Any]:
        """Send a worker-fleet heartbeat to refresh liveness and report state.

        Call this on a steady cadence (default 60 s, or the ``heartbeat_interval_seconds`` the
        server advertises in its register/heartbeat acknowledgement) so operators can see which
        workers poll a task queue, their free slots and when each last checked in (worker management
        API, CLI worker listing, Worker Status view). A worker that stops heartbeating becomes stale
        and no longer receives query tasks.

        ``task_slots`` is an optional dict with any subset of ``workflow_available``,
        ``activity_available`` and ``session_available``: the number of currently free slots of each
        family (the server clamps each into ``[0, max_concurrent_*]``). ``process_metrics`` is an
        optional dict with any subset of ``cpu_percent``, ``memory_bytes``,
        ``process_uptime_seconds``, ``process_id``, ``process_started_at`` and ``host``; the server
        records what was reported. Fields left ``None`` are not sent.

        Returns the server acknowledgement as a dict, including the advertised
        ``heartbeat_interval_seconds`` and ``stale_after_seconds`` so a worker can adapt its
        cadence. An unknown ``worker_id`` raises
        :class:`~durable_workflow.errors.WorkerNotRegistered`.

        Most applications create a :class:`~durable_workflow.Worker`, which runs this in the
        background; call it directly only when driving the worker protocol by hand.
        """
        return await self._run(
            heartbeat_worker(
                self._core,
                worker_id=worker_id,
                task_slots=task_slots,
                process_metrics=process_metrics,
                heartbeat_interval_seconds=heartbeat_interval_seconds,
            )
        )


class SyncWorkerRegistration(SyncBase):
    """Worker registration methods of :class:`~durable_workflow.client.SyncClient`."""

    def register_worker(
        self,
        *,
        worker_id: str,
        task_queue: str,
        supported_workflow_types: list[str] | None = None,
        workflow_definition_fingerprints: dict[str, str] | None = None,
        supported_activity_types: list[str] | None = None,
        max_concurrent_workflow_tasks: int | None = None,
        max_concurrent_activity_tasks: int | None = None,
        runtime: str = "python",
        sdk_version: str | None = None,
        build_id: str | None = None,
        capabilities: list[str] | None = None,
        task_slots: dict[str, int] | None = None,
        process_metrics: dict[str, Any] | None = None,
        heartbeat_interval_seconds: int | None = None,
    ) -> dict[str, Any]:
        """Register this process with the server as a worker for ``task_queue``.

        Called by :class:`~durable_workflow.Worker` at startup. Most applications should not call
        this directly — create a :class:`~durable_workflow.Worker` instead.

        Sends ``POST /api/worker/register`` with ``worker_id``, ``task_queue``, ``runtime``,
        ``sdk_version`` (default ``durable-workflow-python/<version>``) and both supported-type
        lists (empty means every type) always, the other fields only when given. ``runtime`` must be
        one of the server's runtimes (``php``, ``python``, ``typescript``, ``go``, ``java``,
        ``rust``, ``external``). Returns the server acknowledgement as a dict (``worker_id``,
        ``registered``, and on newer servers ``heartbeat_interval_seconds``). Re-registering a
        changed workflow definition fingerprint under the same active ``worker_id`` raises
        :class:`~durable_workflow.errors.Conflict` (``reason == "workflow_definition_changed"``).
        """
        return self._run(
            register_worker(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                supported_workflow_types=supported_workflow_types,
                workflow_definition_fingerprints=workflow_definition_fingerprints,
                supported_activity_types=supported_activity_types,
                max_concurrent_workflow_tasks=max_concurrent_workflow_tasks,
                max_concurrent_activity_tasks=max_concurrent_activity_tasks,
                runtime=runtime,
                sdk_version=sdk_version,
                build_id=build_id,
                capabilities=capabilities,
                task_slots=task_slots,
                process_metrics=process_metrics,
                heartbeat_interval_seconds=heartbeat_interval_seconds,
            )
        )

    def heartbeat_worker(
        self,
        *,
        worker_id: str,
        task_slots: dict[str, int] | None = None,
        process_metrics: dict[str, Any] | None = None,
        heartbeat_interval_seconds: int | None = None,
    ) -> dict[str, Any]:
        """Send a worker-fleet heartbeat to refresh liveness and report state.

        Call this on a steady cadence (default 60 s, or the ``heartbeat_interval_seconds`` the
        server advertises in its register/heartbeat acknowledgement) so operators can see which
        workers poll a task queue, their free slots and when each last checked in (worker management
        API, CLI worker listing, Worker Status view). A worker that stops heartbeating becomes stale
        and no longer receives query tasks.

        ``task_slots`` is an optional dict with any subset of ``workflow_available``,
        ``activity_available`` and ``session_available``: the number of currently free slots of each
        family (the server clamps each into ``[0, max_concurrent_*]``). ``process_metrics`` is an
        optional dict with any subset of ``cpu_percent``, ``memory_bytes``,
        ``process_uptime_seconds``, ``process_id``, ``process_started_at`` and ``host``; the server
        records what was reported. Fields left ``None`` are not sent.

        Returns the server acknowledgement as a dict, including the advertised
        ``heartbeat_interval_seconds`` and ``stale_after_seconds`` so a worker can adapt its
        cadence. An unknown ``worker_id`` raises
        :class:`~durable_workflow.errors.WorkerNotRegistered`.

        Most applications create a :class:`~durable_workflow.Worker`, which runs this in the
        background; call it directly only when driving the worker protocol by hand.
        """
        return self._run(
            heartbeat_worker(
                self._core,
                worker_id=worker_id,
                task_slots=task_slots,
                process_metrics=process_metrics,
                heartbeat_interval_seconds=heartbeat_interval_seconds,
            )
        )
