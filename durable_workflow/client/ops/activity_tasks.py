"""Activity tasks: poll, complete, fail and heartbeat a leased activity task.

Part of the worker plane (see :mod:`durable_workflow.client.ops.worker_plane`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
from durable_workflow_api import models

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, encode, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client.ops._worker_plane_common import (
    DEFAULT_CODEC,
    DEFAULT_POLL_TIMEOUT,
    _AsyncScope,
    _codec,
    _model,
    _object,
    _poll_task,
    _request,
    _SyncScope,
    _text,
    poll_body,
    poll_http_timeout,
    poll_window,
    scoped_payloads,
)

if TYPE_CHECKING:
    from durable_workflow_api.api.worker_plane import complete_activity_task as _complete_activity
    from durable_workflow_api.api.worker_plane import fail_activity_task as _fail_activity
    from durable_workflow_api.api.worker_plane import heartbeat_activity_task as _heartbeat_activity
    from durable_workflow_api.api.worker_plane import poll_activity_task as _poll_activity
else:
    _poll_activity = _lazy.module("durable_workflow_api.api.worker_plane.poll_activity_task")
    _complete_activity = _lazy.module(
        "durable_workflow_api.api.worker_plane.complete_activity_task"
    )
    _fail_activity = _lazy.module("durable_workflow_api.api.worker_plane.fail_activity_task")
    _heartbeat_activity = _lazy.module(
        "durable_workflow_api.api.worker_plane.heartbeat_activity_task"
    )


def poll_activity_task(
    core: ClientCore,
    *,
    worker_id: str,
    task_queue: str,
    timeout: float,
    build_id: str | None,
    poll_request_id: str | None,
) -> Operation[dict[str, Any] | None]:
    """``POST /api/worker/activity-tasks/poll``; the leased activity task, or ``None``."""
    window = poll_window(timeout)
    body = poll_body(
        worker_id=worker_id,
        task_queue=task_queue,
        window=window,
        build_id=build_id,
        poll_request_id=poll_request_id,
        id_prefix="activity-poll",
    )
    model = _model(models.ActivityTaskPollRequest.from_dict, body, "poll_activity_task")
    request = _request(
        _poll_activity._get_kwargs(body=model, **core.worker_header_args()),
        "poll_activity_task",
        timeout=poll_http_timeout(core, timeout, window),
    )
    return (yield from _poll_task(request, "poll_activity_task"))


def complete_activity_task(
    core: ClientCore,
    *,
    task_id: str,
    activity_attempt_id: str,
    lease_owner: str,
    result: Any,
    codec: str,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/activity-tasks/{task_id}/complete`` with ``result`` as an envelope."""
    _codec(codec)
    path_id = _text("task_id", task_id, max_length=None)
    body: dict[str, Any] = {
        "activity_attempt_id": _text("activity_attempt_id", activity_attempt_id),
        "lease_owner": _text("lease_owner", lease_owner),
    }
    body["result"] = yield from encode(result, kind="activity_result", path="result")
    model = _model(models.ActivityTaskCompleteRequest.from_dict, body, "complete_activity_task")
    response = yield _request(
        _complete_activity._get_kwargs(path_id, body=model, **core.worker_header_args()),
        "complete_activity_task",
    )
    return json_object(response, operation="complete_activity_task")


def fail_activity_task(
    core: ClientCore,
    *,
    task_id: str,
    activity_attempt_id: str,
    lease_owner: str,
    message: str,
    failure_type: str | None,
    stack_trace: str | None,
    non_retryable: bool,
    details: Any,
    codec: str,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/activity-tasks/{task_id}/fail``; ``details`` sent as an envelope."""
    _codec(codec)
    if not isinstance(non_retryable, bool):
        raise e.InvalidArgument(f"non_retryable must be a bool, got {non_retryable!r}")
    path_id = _text("task_id", task_id, max_length=None)
    failure: dict[str, Any] = {"message": _text("message", message, max_length=None)}
    if failure_type is not None:
        failure["type"] = _text("failure_type", failure_type, max_length=None)
    if stack_trace is not None:
        if not isinstance(stack_trace, str):
            raise e.InvalidArgument("stack_trace must be a string")
        failure["stack_trace"] = stack_trace
    if non_retryable:
        failure["non_retryable"] = True
    body: dict[str, Any] = {
        "activity_attempt_id": _text("activity_attempt_id", activity_attempt_id),
        "lease_owner": _text("lease_owner", lease_owner),
        "failure": failure,
    }
    if details is not None:
        failure["details"] = yield from encode(
            details, kind="activity_failure_details", path="details"
        )
    model = _model(models.ActivityTaskFailRequest.from_dict, body, "fail_activity_task")
    response = yield _request(
        _fail_activity._get_kwargs(path_id, body=model, **core.worker_header_args()),
        "fail_activity_task",
    )
    return json_object(response, operation="fail_activity_task")


def heartbeat_activity_task(
    core: ClientCore,
    *,
    task_id: str,
    activity_attempt_id: str,
    lease_owner: str,
    details: dict[str, Any] | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/activity-tasks/{task_id}/heartbeat``; the raw acknowledgement."""
    body: dict[str, Any] = {
        "activity_attempt_id": _text("activity_attempt_id", activity_attempt_id),
        "lease_owner": _text("lease_owner", lease_owner),
    }
    if details is not None:
        body["details"] = _object("details", details)
    model = _model(models.ActivityTaskHeartbeatRequest.from_dict, body, "heartbeat_activity_task")
    response = yield _request(
        _heartbeat_activity._get_kwargs(
            _text("task_id", task_id, max_length=None), body=model, **core.worker_header_args()
        ),
        "heartbeat_activity_task",
    )
    return json_object(response, operation="heartbeat_activity_task")


# --------------------------------------------------------------------------- async methods


class AsyncActivityTasks(AsyncBase):
    """Activity-task methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def poll_activity_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        poll_request_id: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next activity task on ``task_queue``.

        Returns the task payload (the raw ``task`` dict: ``task_id``, ``activity_attempt_id``,
        ``attempt_number``, ``activity_type``, ``arguments`` still encoded, ``retry_policy``,
        ``deadlines``), or ``None`` on poll timeout. Worker-plane endpoint — typically used by
        :class:`~durable_workflow.Worker`. ``timeout``, ``build_id`` and ``poll_request_id`` behave
        as in :meth:`poll_workflow_task`.
        """
        return await self._run(
            poll_activity_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                poll_request_id=poll_request_id,
            )
        )

    async def complete_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        result: Any,
        codec: str = DEFAULT_CODEC,
        activity_name: str | None = None,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
    ) -> dict[str, Any]:
        """Report successful activity execution and submit the encoded result.

        ``result`` is encoded with the client's payload codec (an Avro envelope, or an
        external-storage envelope when ``external_storage``/``external_storage_threshold_bytes`` —
        per call, else the client's — are in effect and the value is larger than the threshold).
        ``codec`` must be ``"avro"``; ``activity_name`` labels payload-size warnings. Returns the
        server's answer as a dict (``outcome``, ``recorded``, ``next_task_id``). A superseded
        attempt raises :class:`~durable_workflow.errors.Conflict` (``stale_attempt``), as does a
        closed run (``run_cancelled``/``run_terminated``, body ``outcome == "ignored"``); ownership
        refusals raise :class:`~durable_workflow.errors.Conflict` (``lease_owner_mismatch``,
        ``task_mismatch``) or :class:`~durable_workflow.errors.NotFound` (``task_not_found``,
        ``attempt_not_found``).
        """
        payloads = scoped_payloads(
            self._core.payloads,
            context={"activity_name": activity_name},
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
        )
        scope = _AsyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return await scope._run(
            complete_activity_task(
                scope._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                result=result,
                codec=codec,
            )
        )

    async def fail_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        message: str,
        failure_type: str | None = None,
        stack_trace: str | None = None,
        non_retryable: bool = False,
        details: Any | None = None,
        codec: str = DEFAULT_CODEC,
        activity_name: str | None = None,
    ) -> dict[str, Any]:
        """Report a failed activity attempt.

        Pass ``non_retryable=True`` to signal that this class of error will not be fixed by retrying
        — the server then surfaces the failure to the workflow immediately instead of scheduling
        another attempt. Sends ``failure = {message, type?, stack_trace?, non_retryable?,
        details?}``: ``failure_type`` as ``type``, ``non_retryable`` only when true, and ``details``
        encoded with the client's payload codec (``codec`` must be ``"avro"``; ``activity_name``
        labels size warnings). Returns the server's answer as a dict (``next_task_id`` is the
        retry's activity task or the workflow task that resumes the workflow); refusals raise as in
        :meth:`complete_activity_task`.
        """
        payloads = scoped_payloads(self._core.payloads, context={"activity_name": activity_name})
        scope = _AsyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return await scope._run(
            fail_activity_task(
                scope._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                message=message,
                failure_type=failure_type,
                stack_trace=stack_trace,
                non_retryable=non_retryable,
                details=details,
                codec=codec,
            )
        )

    async def heartbeat_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        details: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send a liveness heartbeat for a running activity attempt.

        Worker-plane endpoint. Extends the attempt's lease and records the optional ``details`` dict
        (plain JSON progress). Returns the server acknowledgement as a dict and does not raise on
        cancellation: check ``cancel_requested`` (the workflow or activity was cancelled — stop
        work) and ``can_continue`` (``False``: this attempt no longer owns the work). Most code
        calls :meth:`~durable_workflow.ActivityContext.heartbeat` instead, which additionally raises
        :class:`~durable_workflow.errors.ActivityCancelled` when the server reports the activity
        should stop.
        """
        return await self._run(
            heartbeat_activity_task(
                self._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                details=details,
            )
        )


# --------------------------------------------------------------------------- sync methods


class SyncActivityTasks(SyncBase):
    """Activity-task methods of :class:`~durable_workflow.client.SyncClient`."""

    def poll_activity_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        poll_request_id: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next activity task on ``task_queue``.

        Returns the task payload (the raw ``task`` dict: ``task_id``, ``activity_attempt_id``,
        ``attempt_number``, ``activity_type``, ``arguments`` still encoded, ``retry_policy``,
        ``deadlines``), or ``None`` on poll timeout. Worker-plane endpoint — typically used by
        :class:`~durable_workflow.Worker`. ``timeout``, ``build_id`` and ``poll_request_id`` behave
        as in :meth:`poll_workflow_task`.
        """
        return self._run(
            poll_activity_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                poll_request_id=poll_request_id,
            )
        )

    def complete_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        result: Any,
        codec: str = DEFAULT_CODEC,
        activity_name: str | None = None,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
    ) -> dict[str, Any]:
        """Report successful activity execution and submit the encoded result.

        ``result`` is encoded with the client's payload codec (an Avro envelope, or an
        external-storage envelope when ``external_storage``/``external_storage_threshold_bytes`` —
        per call, else the client's — are in effect and the value is larger than the threshold).
        ``codec`` must be ``"avro"``; ``activity_name`` labels payload-size warnings. Returns the
        server's answer as a dict (``outcome``, ``recorded``, ``next_task_id``). A superseded
        attempt raises :class:`~durable_workflow.errors.Conflict` (``stale_attempt``), as does a
        closed run (``run_cancelled``/``run_terminated``, body ``outcome == "ignored"``); ownership
        refusals raise :class:`~durable_workflow.errors.Conflict` (``lease_owner_mismatch``,
        ``task_mismatch``) or :class:`~durable_workflow.errors.NotFound` (``task_not_found``,
        ``attempt_not_found``).
        """
        payloads = scoped_payloads(
            self._core.payloads,
            context={"activity_name": activity_name},
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
            sync=True,
        )
        scope = _SyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return scope._run(
            complete_activity_task(
                scope._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                result=result,
                codec=codec,
            )
        )

    def fail_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        message: str,
        failure_type: str | None = None,
        stack_trace: str | None = None,
        non_retryable: bool = False,
        details: Any | None = None,
        codec: str = DEFAULT_CODEC,
        activity_name: str | None = None,
    ) -> dict[str, Any]:
        """Report a failed activity attempt.

        Pass ``non_retryable=True`` to signal that this class of error will not be fixed by retrying
        — the server then surfaces the failure to the workflow immediately instead of scheduling
        another attempt. Sends ``failure = {message, type?, stack_trace?, non_retryable?,
        details?}``: ``failure_type`` as ``type``, ``non_retryable`` only when true, and ``details``
        encoded with the client's payload codec (``codec`` must be ``"avro"``; ``activity_name``
        labels size warnings). Returns the server's answer as a dict (``next_task_id`` is the
        retry's activity task or the workflow task that resumes the workflow); refusals raise as in
        :meth:`complete_activity_task`.
        """
        payloads = scoped_payloads(self._core.payloads, context={"activity_name": activity_name})
        scope = _SyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return scope._run(
            fail_activity_task(
                scope._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                message=message,
                failure_type=failure_type,
                stack_trace=stack_trace,
                non_retryable=non_retryable,
                details=details,
                codec=codec,
            )
        )

    def heartbeat_activity_task(
        self,
        *,
        task_id: str,
        activity_attempt_id: str,
        lease_owner: str,
        details: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send a liveness heartbeat for a running activity attempt.

        Worker-plane endpoint. Extends the attempt's lease and records the optional ``details`` dict
        (plain JSON progress). Returns the server acknowledgement as a dict and does not raise on
        cancellation: check ``cancel_requested`` (the workflow or activity was cancelled — stop
        work) and ``can_continue`` (``False``: this attempt no longer owns the work). Most code
        calls :meth:`~durable_workflow.ActivityContext.heartbeat` instead, which additionally raises
        :class:`~durable_workflow.errors.ActivityCancelled` when the server reports the activity
        should stop.
        """
        return self._run(
            heartbeat_activity_task(
                self._core,
                task_id=task_id,
                activity_attempt_id=activity_attempt_id,
                lease_owner=lease_owner,
                details=details,
            )
        )
