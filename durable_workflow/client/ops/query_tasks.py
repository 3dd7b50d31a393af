"""Query tasks: poll, complete and fail the queries the server routes to a worker.

Part of the worker plane (see :mod:`durable_workflow.client.ops.worker_plane`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import httpx
from durable_workflow_api import models

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, encode, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.client.ops._worker_plane_common import (
    DEFAULT_CODEC,
    DEFAULT_POLL_TIMEOUT,
    _AsyncScope,
    _codec,
    _integer,
    _is_json_native,
    _model,
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
    from durable_workflow_api.api.worker_plane import complete_query_task as _complete_query
    from durable_workflow_api.api.worker_plane import fail_query_task as _fail_query
    from durable_workflow_api.api.worker_plane import poll_query_task as _poll_query
else:
    _poll_query = _lazy.module("durable_workflow_api.api.worker_plane.poll_query_task")
    _complete_query = _lazy.module("durable_workflow_api.api.worker_plane.complete_query_task")
    _fail_query = _lazy.module("durable_workflow_api.api.worker_plane.fail_query_task")


def _query_task_call(request: Request) -> Operation[httpx.Response]:
    """Send a query-task outcome; its lease refusals are conflicts, not failed queries.

    The shared error table reads a 409 whose reason starts with ``query_`` as a control-plane
    query failure; on the worker plane those reasons (``query_task_not_leased``,
    ``query_task_attempt_mismatch``, …) refuse this worker's lease.
    """
    try:
        response: httpx.Response = yield request
    except e.QueryFailed as exc:
        if exc.status != 409:
            raise
        conflict = e.Conflict(exc.message, status=exc.status, reason=exc.reason, body=exc.body)
        conflict.retry_after = exc.retry_after
        raise conflict from exc
    return response


# --------------------------------------------------------------------------- long polls


def poll_query_task(
    core: ClientCore,
    *,
    worker_id: str,
    task_queue: str,
    timeout: float,
    build_id: str | None,
    poll_request_id: str | None,
) -> Operation[dict[str, Any] | None]:
    """``POST /api/worker/query-tasks/poll``; the leased query task, or ``None``."""
    window = poll_window(timeout)
    body = poll_body(
        worker_id=worker_id,
        task_queue=task_queue,
        window=window,
        build_id=build_id,
        poll_request_id=poll_request_id,
        id_prefix="query-poll",
    )
    model = _model(models.QueryTaskPollRequest.from_dict, body, "poll_query_task")
    request = _request(
        _poll_query._get_kwargs(body=model, **core.worker_header_args()),
        "poll_query_task",
        timeout=poll_http_timeout(core, timeout, window),
    )
    return (yield from _poll_task(request, "poll_query_task"))


def complete_query_task(
    core: ClientCore,
    *,
    query_task_id: str,
    lease_owner: str,
    query_task_attempt: int,
    result: Any,
    codec: str,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/query-tasks/{query_task_id}/complete`` with ``result_envelope``."""
    _codec(codec)
    task_id = _text("query_task_id", query_task_id, max_length=None)
    body: dict[str, Any] = {
        "lease_owner": _text("lease_owner", lease_owner),
        "query_task_attempt": _integer("query_task_attempt", query_task_attempt, low=1),
        "result": result if _is_json_native(result) else None,
    }
    body["result_envelope"] = yield from encode(result, kind="query_result", path="result")
    model = _model(models.QueryTaskCompleteRequest.from_dict, body, "complete_query_task")
    response = yield from _query_task_call(
        _request(
            _complete_query._get_kwargs(task_id, body=model, **core.worker_header_args()),
            "complete_query_task",
        )
    )
    return json_object(response, operation="complete_query_task")


def fail_query_task(
    core: ClientCore,
    *,
    query_task_id: str,
    lease_owner: str,
    query_task_attempt: int,
    message: str,
    reason: str,
    failure_type: str | None,
    stack_trace: str | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/query-tasks/{query_task_id}/fail``."""
    failure: dict[str, Any] = {
        "message": _text("message", message, max_length=None),
        "reason": _text("reason", reason),
    }
    if failure_type is not None:
        failure["type"] = _text("failure_type", failure_type, max_length=None)
    if stack_trace is not None:
        if not isinstance(stack_trace, str):
            raise e.InvalidArgument("stack_trace must be a string")
        failure["stack_trace"] = stack_trace
    body: dict[str, Any] = {
        "lease_owner": _text("lease_owner", lease_owner),
        "query_task_attempt": _integer("query_task_attempt", query_task_attempt, low=1),
        "failure": failure,
    }
    model = _model(models.QueryTaskFailRequest.from_dict, body, "fail_query_task")
    response = yield from _query_task_call(
        _request(
            _fail_query._get_kwargs(
                _text("query_task_id", query_task_id, max_length=None),
                body=model,
                **core.worker_header_args(),
            ),
            "fail_query_task",
        )
    )
    return json_object(response, operation="fail_query_task")


class AsyncQueryTasks(AsyncBase):
    """Query-task methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def poll_query_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        poll_request_id: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next workflow query task on ``task_queue``.

        Query tasks are ephemeral worker-plane requests created when the server must route a
        control-plane query to a non-PHP workflow runtime. Returns the raw ``task`` dict
        (``query_task_id``, ``query_task_attempt``, ``query_name``, ``query_arguments`` and
        ``workflow_arguments`` still encoded, the full ``history_events``), or ``None`` on poll
        timeout. ``timeout``, ``build_id`` and ``poll_request_id`` behave as in
        :meth:`poll_workflow_task`.
        """
        return await self._run(
            poll_query_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                poll_request_id=poll_request_id,
            )
        )

    async def complete_query_task(
        self,
        *,
        query_task_id: str,
        lease_owner: str,
        query_task_attempt: int,
        result: Any,
        codec: str = DEFAULT_CODEC,
        workflow_id: str | None = None,
        run_id: str | None = None,
        query_name: str | None = None,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
    ) -> dict[str, Any]:
        """Submit the successful result for a worker-routed query task.

        Sends ``result`` twice: as plain JSON (``result``, informational — ``None`` when the value
        is not plain JSON data such as a dataclass or a datetime) and encoded with the client's
        payload codec as ``result_envelope`` (what the waiting caller decodes). ``codec`` must be
        ``"avro"`` (else :class:`~durable_workflow.errors.UnsupportedPayloadCodec` before sending).
        ``workflow_id``, ``run_id`` and ``query_name`` label payload-size warnings.
        ``external_storage`` and ``external_storage_threshold_bytes`` replace the client's external
        storage settings for this result (it is stored externally when a storage and a threshold are
        both in effect and it is larger). Returns the server's answer as a dict; a lease that
        expired or moved raises :class:`~durable_workflow.errors.Conflict` (``lease_expired``,
        ``query_task_not_leased``, ``lease_owner_mismatch``, ``query_task_attempt_mismatch``), an
        unknown task :class:`~durable_workflow.errors.NotFound` (``query_task_not_found``).
        """
        payloads = scoped_payloads(
            self._core.payloads,
            context={"workflow_id": workflow_id, "run_id": run_id, "query_name": query_name},
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
        )
        scope = _AsyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return await scope._run(
            complete_query_task(
                scope._core,
                query_task_id=query_task_id,
                lease_owner=lease_owner,
                query_task_attempt=query_task_attempt,
                result=result,
                codec=codec,
            )
        )

    async def fail_query_task(
        self,
        *,
        query_task_id: str,
        lease_owner: str,
        query_task_attempt: int,
        message: str,
        reason: str = "query_rejected",
        failure_type: str | None = None,
        stack_trace: str | None = None,
    ) -> dict[str, Any]:
        """Report a failed worker-routed query task.

        Sends ``failure = {message, reason, type?, stack_trace?}``. ``reason`` defaults to
        ``query_rejected`` (the caller's query answers 409); ``rejected_unknown_query`` makes the
        caller's query answer 404. Returns the server's answer as a dict; lease refusals raise as in
        :meth:`complete_query_task`.
        """
        return await self._run(
            fail_query_task(
                self._core,
                query_task_id=query_task_id,
                lease_owner=lease_owner,
                query_task_attempt=query_task_attempt,
                message=message,
                reason=reason,
                failure_type=failure_type,
                stack_trace=stack_trace,
            )
        )


class SyncQueryTasks(SyncBase):
    """Query-task methods of :class:`~durable_workflow.client.SyncClient`."""

    def poll_query_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        poll_request_id: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next workflow query task on ``task_queue``.

        Query tasks are ephemeral worker-plane requests created when the server must route a
        control-plane query to a non-PHP workflow runtime. Returns the raw ``task`` dict
        (``query_task_id``, ``query_task_attempt``, ``query_name``, ``query_arguments`` and
        ``workflow_arguments`` still encoded, the full ``history_events``), or ``None`` on poll
        timeout. ``timeout``, ``build_id`` and ``poll_request_id`` behave as in
        :meth:`poll_workflow_task`.
        """
        return self._run(
            poll_query_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                poll_request_id=poll_request_id,
            )
        )

    def complete_query_task(
        self,
        *,
        query_task_id: str,
        lease_owner: str,
        query_task_attempt: int,
        result: Any,
        codec: str = DEFAULT_CODEC,
        workflow_id: str | None = None,
        run_id: str | None = None,
        query_name: str | None = None,
        external_storage: Any = None,
        external_storage_threshold_bytes: int | None = None,
    ) -> dict[str, Any]:
        """Submit the successful result for a worker-routed query task.

        Sends ``result`` twice: as plain JSON (``result``, informational — ``None`` when the value
        is not plain JSON data such as a dataclass or a datetime) and encoded with the client's
        payload codec as ``result_envelope`` (what the waiting caller decodes). ``codec`` must be
        ``"avro"`` (else :class:`~durable_workflow.errors.UnsupportedPayloadCodec` before sending).
        ``workflow_id``, ``run_id`` and ``query_name`` label payload-size warnings.
        ``external_storage`` and ``external_storage_threshold_bytes`` replace the client's external
        storage settings for this result (it is stored externally when a storage and a threshold are
        both in effect and it is larger). Returns the server's answer as a dict; a lease that
        expired or moved raises :class:`~durable_workflow.errors.Conflict` (``lease_expired``,
        ``query_task_not_leased``, ``lease_owner_mismatch``, ``query_task_attempt_mismatch``), an
        unknown task :class:`~durable_workflow.errors.NotFound` (``query_task_not_found``).
        """
        payloads = scoped_payloads(
            self._core.payloads,
            context={"workflow_id": workflow_id, "run_id": run_id, "query_name": query_name},
            external_storage=external_storage,
            external_storage_threshold_bytes=external_storage_threshold_bytes,
            sync=True,
        )
        scope = _SyncScope(attrs.evolve(self._core, payloads=payloads), self._http)
        return scope._run(
            complete_query_task(
                scope._core,
                query_task_id=query_task_id,
                lease_owner=lease_owner,
                query_task_attempt=query_task_attempt,
                result=result,
                codec=codec,
            )
        )

    def fail_query_task(
        self,
        *,
        query_task_id: str,
        lease_owner: str,
        query_task_attempt: int,
        message: str,
        reason: str = "query_rejected",
        failure_type: str | None = None,
        stack_trace: str | None = None,
    ) -> dict[str, Any]:
        """Report a failed worker-routed query task.

        Sends ``failure = {message, reason, type?, stack_trace?}``. ``reason`` defaults to
        ``query_rejected`` (the caller's query answers 409); ``rejected_unknown_query`` makes the
        caller's query answer 404. Returns the server's answer as a dict; lease refusals raise as in
        :meth:`complete_query_task`.
        """
        return self._run(
            fail_query_task(
                self._core,
                query_task_id=query_task_id,
                lease_owner=lease_owner,
                query_task_attempt=query_task_attempt,
                message=message,
                reason=reason,
                failure_type=failure_type,
                stack_trace=stack_trace,
            )
        )
