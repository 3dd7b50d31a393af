"""Workflow commands: signal, query, update, cancel, terminate, repair, archive.

Routes: ``POST /api/workflows/{id}/signal/{name}`` (and the run-targeted
``…/runs/{run_id}/signal/{name}``), ``…/query/{name}``, ``…/update/{name}``, ``…/cancel``,
``…/terminate``, ``…/repair`` and ``…/archive``.

Signals and updates always carry a ``request_id`` (the caller's, or a generated
``sdk-python-signal-<hex>`` / ``sdk-python-update-<hex>``), which makes them safe to retry at
the transport level. Queries and updates first read the (cached) discovery document: a server
that advertises ``worker_protocol.server_capabilities.query_tasks = false`` cannot answer
queries for SDK workflows, and an update's ``wait_for`` must be one of the stages the server
publishes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from durable_workflow_api import models

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, encode, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Decode, Request
from durable_workflow.client.ops._workflow_reads import checked_run_id, checked_workflow_id
from durable_workflow.client.ops.discovery import cluster_info

if TYPE_CHECKING:
    from durable_workflow_api.api.workflows import archive_workflow as _archive
    from durable_workflow_api.api.workflows import cancel_workflow as _cancel
    from durable_workflow_api.api.workflows import query_workflow as _query
    from durable_workflow_api.api.workflows import repair_workflow as _repair
    from durable_workflow_api.api.workflows import signal_workflow as _signal
    from durable_workflow_api.api.workflows import signal_workflow_run as _signal_run
    from durable_workflow_api.api.workflows import terminate_workflow as _terminate
    from durable_workflow_api.api.workflows import update_workflow as _update

    from durable_workflow.client.types import WorkflowCommandResult

else:
    _archive = _lazy.module("durable_workflow_api.api.workflows.archive_workflow")
    _cancel = _lazy.module("durable_workflow_api.api.workflows.cancel_workflow")
    _query = _lazy.module("durable_workflow_api.api.workflows.query_workflow")
    _repair = _lazy.module("durable_workflow_api.api.workflows.repair_workflow")
    _signal = _lazy.module("durable_workflow_api.api.workflows.signal_workflow")
    _signal_run = _lazy.module("durable_workflow_api.api.workflows.signal_workflow_run")
    _terminate = _lazy.module("durable_workflow_api.api.workflows.terminate_workflow")
    _update = _lazy.module("durable_workflow_api.api.workflows.update_workflow")

SIGNAL_REQUEST_ID_PREFIX = "sdk-python-signal-"
UPDATE_REQUEST_ID_PREFIX = "sdk-python-update-"
#: Update wait stages of the protocol, used when discovery publishes none.
UPDATE_WAIT_STAGES = ("accepted", "completed")
MAX_REQUEST_ID_LENGTH = 255
MAX_REASON_LENGTH = 1000


def _checked_name(kind: str, name: Any) -> str:
    if not isinstance(name, str) or not name:
        raise e.InvalidArgument(f"{kind} must be a non-empty string, got {name!r}")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise e.InvalidArgument(f"{kind} must not contain control characters, got {name!r}")
    return name


def _checked_args(args: Any) -> list[Any]:
    if args is None:
        return []
    if isinstance(args, str | bytes | bytearray) or not isinstance(args, Sequence):
        raise e.InvalidArgument(
            f"args must be a list of positional arguments, got {type(args).__name__}"
        )
    return list(args)


def _checked_request_id(request_id: Any) -> str | None:
    if request_id is None:
        return None
    if not isinstance(request_id, str) or not request_id:
        raise e.InvalidArgument(f"request_id must be a non-empty string, got {request_id!r}")
    if len(request_id) > MAX_REQUEST_ID_LENGTH:
        raise e.InvalidArgument(f"request_id must be at most {MAX_REQUEST_ID_LENGTH} characters")
    return request_id


def _reason_body(reason: Any) -> dict[str, Any]:
    if reason is None:
        return {}
    if not isinstance(reason, str):
        raise e.InvalidArgument(f"reason must be a string, got {type(reason).__name__}")
    if len(reason) > MAX_REASON_LENGTH:
        raise e.InvalidArgument(f"reason must be at most {MAX_REASON_LENGTH} characters")
    return {"reason": reason}


def generated_request_id(prefix: str) -> str:
    """A fresh request id: ``prefix`` followed by 32 hex digits."""
    return f"{prefix}{uuid.uuid4().hex}"


def _path(data: dict[str, Any], *keys: str) -> Any:
    value: Any = data
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _decoded_result(data: dict[str, Any]) -> Operation[Any]:
    """``result`` of a query/update answer: the decoded ``result_envelope`` when present.

    When the envelope cannot be decoded, the server's own ``result`` is returned if it sent one
    (else the decode error is raised).
    """
    envelope = data.get("result_envelope")
    if isinstance(envelope, dict | str) and envelope:
        codec = envelope.get("codec") if isinstance(envelope, dict) else None
        try:
            return (yield Decode(envelope, codec if isinstance(codec, str) else "avro"))
        except e.PayloadError:
            if data.get("result") is None:
                raise
    return data.get("result")


# --------------------------------------------------------------------------- operations


def signal_workflow(
    core: ClientCore,
    workflow_id: str,
    signal_name: str,
    *,
    args: Sequence[Any] | None,
    request_id: str | None,
    run_id: str | None,
) -> Operation[dict[str, Any]]:
    """``POST …/signal/{name}`` (or ``…/runs/{run_id}/signal/{name}``); the receipt dict."""
    checked_workflow_id(workflow_id)
    _checked_name("signal_name", signal_name)
    values = _checked_args(args)
    rid = _checked_request_id(request_id) or generated_request_id(SIGNAL_REQUEST_ID_PREFIX)
    body: dict[str, Any] = {}
    if values:
        body["input"] = yield from encode(values, kind="signal", path="args")
    body["request_id"] = rid
    model = models.SignalWorkflowRequest.from_dict(body)
    if run_id is None:
        kwargs = _signal._get_kwargs(
            workflow_id, signal_name, body=model, **core.control_header_args()
        )
    else:
        kwargs = _signal_run._get_kwargs(
            workflow_id,
            checked_run_id(run_id),
            signal_name,
            body=model,
            **core.control_header_args(),
        )
    response = yield Request.from_kwargs(
        kwargs,
        operation="signal_workflow",
        command="signal",
        not_found=e.WorkflowNotFound,
    )
    receipt = dict(json_object(response, operation="signal_workflow"))
    if not isinstance(receipt.get("request_id"), str) or not receipt.get("request_id"):
        receipt["request_id"] = rid
    return receipt


def _require_query_tasks(core: ClientCore) -> Operation[None]:
    info = yield from cluster_info(core)
    if _path(info, "worker_protocol", "server_capabilities", "query_tasks") is False:
        raise e.QueryFailed(
            "the server does not route queries to workers "
            "(worker_protocol.server_capabilities.query_tasks is false), so it cannot answer "
            "queries for workflows run by this SDK",
            reason="query_tasks_unsupported",
        )


def query_workflow(
    core: ClientCore,
    workflow_id: str,
    query_name: str,
    *,
    args: Sequence[Any] | None,
) -> Operation[Any]:
    """Discovery check, then ``POST …/query/{name}``; the decoded result."""
    checked_workflow_id(workflow_id)
    _checked_name("query_name", query_name)
    values = _checked_args(args)
    yield from _require_query_tasks(core)
    body: dict[str, Any] = {}
    if values:
        body["input"] = yield from encode(values, kind="query", path="args")
    response = yield Request.from_kwargs(
        _query._get_kwargs(
            workflow_id,
            query_name,
            body=models.QueryWorkflowRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="query_workflow",
        command="query",
        not_found=e.WorkflowNotFound,
    )
    data = json_object(response, operation="query_workflow")
    return (yield from _decoded_result(data))


def _update_wait_stages(core: ClientCore) -> Operation[tuple[str, ...]]:
    info = yield from cluster_info(core)
    stages = _path(
        info,
        "control_plane",
        "request_contract",
        "operations",
        "update",
        "fields",
        "wait_for",
        "canonical_values",
    )
    if isinstance(stages, list) and stages and all(isinstance(s, str) and s for s in stages):
        return tuple(stages)
    return UPDATE_WAIT_STAGES


def update_workflow(
    core: ClientCore,
    workflow_id: str,
    update_name: str,
    *,
    args: Sequence[Any] | None,
    wait_for: str | None,
    wait_timeout_seconds: int | None,
    request_id: str | None,
) -> Operation[dict[str, Any]]:
    """Discovery check of ``wait_for``, then ``POST …/update/{name}``; the answer dict."""
    checked_workflow_id(workflow_id)
    _checked_name("update_name", update_name)
    values = _checked_args(args)
    if wait_for is not None and (not isinstance(wait_for, str) or not wait_for):
        raise e.InvalidArgument(f"wait_for must be 'accepted' or 'completed', got {wait_for!r}")
    if wait_timeout_seconds is not None and (
        isinstance(wait_timeout_seconds, bool)
        or not isinstance(wait_timeout_seconds, int)
        or wait_timeout_seconds < 1
    ):
        raise e.InvalidArgument(
            f"wait_timeout_seconds must be a positive integer, got {wait_timeout_seconds!r}"
        )
    rid = _checked_request_id(request_id) or generated_request_id(UPDATE_REQUEST_ID_PREFIX)
    stages = yield from _update_wait_stages(core)
    if wait_for is not None and wait_for not in stages:
        raise e.InvalidArgument(
            f"wait_for {wait_for!r} is not supported by the server; it accepts "
            + ", ".join(repr(s) for s in stages),
            reason="unsupported_wait_for",
        )
    body: dict[str, Any] = {}
    if values:
        body["input"] = yield from encode(values, kind="update", path="args")
    if wait_for is not None:
        body["wait_for"] = wait_for
    if wait_timeout_seconds is not None:
        body["wait_timeout_seconds"] = wait_timeout_seconds
    body["request_id"] = rid
    response = yield Request.from_kwargs(
        _update._get_kwargs(
            workflow_id,
            update_name,
            body=models.UpdateWorkflowRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="update_workflow",
        command="update",
        not_found=e.WorkflowNotFound,
    )
    data = dict(json_object(response, operation="update_workflow"))
    if data.get("wait_timed_out") is True:
        raise _update_wait_timeout(workflow_id, update_name, wait_for, data)
    data["result"] = yield from _decoded_result(data)
    if not isinstance(data.get("request_id"), str) or not data.get("request_id"):
        data["request_id"] = rid
    return data


def _update_wait_timeout(
    workflow_id: str, update_name: str, wait_for: str | None, data: dict[str, Any]
) -> e.UpdateWaitTimeout:
    update_id = data.get("update_id") if isinstance(data.get("update_id"), str) else None
    status = data.get("update_status") if isinstance(data.get("update_status"), str) else None
    seconds = data.get("wait_timeout_seconds")
    waited = f" after {seconds}s" if isinstance(seconds, int) else ""
    stage = data.get("wait_for") if isinstance(data.get("wait_for"), str) else wait_for
    return e.UpdateWaitTimeout(
        f"update {update_name!r} of workflow {workflow_id!r} did not reach {stage or 'completed'!r}"
        f"{waited} (status {status!r}, update id {update_id!r}); it was accepted and goes on — "
        "a longer wait_timeout_seconds, or a worker for the workflow's task queue, lets it finish",
        workflow_id=workflow_id,
        update_name=update_name,
        update_id=update_id,
        update_status=status,
        wait_for=stage,
        body=data,
    )


def cancel_workflow(
    core: ClientCore, workflow_id: str, *, reason: str | None
) -> Operation[dict[str, Any]]:
    """``POST …/cancel`` with ``{reason?}``."""
    response = yield Request.from_kwargs(
        _cancel._get_kwargs(
            checked_workflow_id(workflow_id),
            body=models.CancelWorkflowRequest.from_dict(_reason_body(reason)),
            **core.control_header_args(),
        ),
        operation="cancel_workflow",
        not_found=e.WorkflowNotFound,
    )
    return json_object(response, operation="cancel_workflow")


def terminate_workflow(
    core: ClientCore, workflow_id: str, *, reason: str | None
) -> Operation[dict[str, Any]]:
    """``POST …/terminate`` with ``{reason?}``."""
    response = yield Request.from_kwargs(
        _terminate._get_kwargs(
            checked_workflow_id(workflow_id),
            body=models.TerminateWorkflowRequest.from_dict(_reason_body(reason)),
            **core.control_header_args(),
        ),
        operation="terminate_workflow",
        not_found=e.WorkflowNotFound,
    )
    return json_object(response, operation="terminate_workflow")


def repair_workflow(core: ClientCore, workflow_id: str) -> Operation[WorkflowCommandResult]:
    """``POST …/repair`` with ``{}``."""
    from durable_workflow.client.types import WorkflowCommandResult

    response = yield Request.from_kwargs(
        _repair._get_kwargs(
            checked_workflow_id(workflow_id),
            body=models.RepairWorkflowRequest.from_dict({}),
            **core.control_header_args(),
        ),
        operation="repair_workflow",
        not_found=e.WorkflowNotFound,
    )
    return WorkflowCommandResult.from_wire(
        json_object(response, operation="repair_workflow"), workflow_id=workflow_id
    )


def archive_workflow(
    core: ClientCore, workflow_id: str, *, reason: str | None
) -> Operation[WorkflowCommandResult]:
    """``POST …/archive`` with ``{reason?}``."""
    from durable_workflow.client.types import WorkflowCommandResult

    response = yield Request.from_kwargs(
        _archive._get_kwargs(
            checked_workflow_id(workflow_id),
            body=models.ArchiveWorkflowRequest.from_dict(_reason_body(reason)),
            **core.control_header_args(),
        ),
        operation="archive_workflow",
        not_found=e.WorkflowNotFound,
    )
    return WorkflowCommandResult.from_wire(
        json_object(response, operation="archive_workflow"), workflow_id=workflow_id
    )


# --------------------------------------------------------------------------- async methods


class AsyncWorkflowCommands(AsyncBase):
    """Workflow command methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def signal_workflow(
        self,
        workflow_id: str,
        signal_name: str,
        *,
        args: Sequence[Any] | None = None,
        request_id: str | None = None,
        run_id: str | None = None,
    ) -> dict[str, Any]:
        """Deliver an external signal to a running workflow.

        Signals are fire-and-forget: the server records the signal in durable history and
        returns immediately. They do not wait for the workflow to observe the signal. See the
        main docs for how to declare the allowed signal names on a workflow type.

        ``args`` are the signal's positional arguments (sent as a payload envelope only when
        non-empty). Every signal carries a ``request_id``: the one given, else a generated
        ``sdk-python-signal-<hex>``. With ``run_id`` the run-targeted route is used, and the
        server refuses the signal (:class:`~durable_workflow.errors.SignalFailed`, reason
        ``historical_run_command_rejected``) when that run is no longer the current one.
        Returns the server's receipt (command id, outcome, ``request_id``, …). Raises
        :class:`~durable_workflow.errors.SignalFailed` when the workflow rejects the signal and
        :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown workflow.
        """
        return await self._run(
            signal_workflow(
                self._core,
                workflow_id,
                signal_name,
                args=args,
                request_id=request_id,
                run_id=run_id,
            )
        )

    async def query_workflow(
        self, workflow_id: str, query_name: str, *, args: Sequence[Any] | None = None
    ) -> Any:
        """Execute a named read-only query against a workflow and return the result.

        Queries are synchronous and non-mutating. The server runs the named query handler
        inside the workflow process and returns the decoded result. Raises
        :class:`~durable_workflow.errors.QueryFailed` if the query was rejected or the handler
        errored.

        Returns the decoded value of the answer's ``result_envelope`` (or the server-decoded
        ``result`` when no envelope is sent), not the whole response object. ``args`` are sent
        as a payload envelope when non-empty. The first query reads the server's discovery
        document (cached): a server advertising
        ``worker_protocol.server_capabilities.query_tasks = false`` is refused with
        :class:`~durable_workflow.errors.QueryFailed` (reason ``query_tasks_unsupported``)
        before the query is sent. Unknown queries, worker failures, missing or timed-out
        workers and invalid arguments raise :class:`~durable_workflow.errors.QueryFailed`;
        an unknown workflow raises :class:`~durable_workflow.errors.WorkflowNotFound`.
        """
        return await self._run(query_workflow(self._core, workflow_id, query_name, args=args))

    async def cancel_workflow(self, workflow_id: str, *, reason: str | None = None) -> None:
        """Request graceful cancellation of a workflow's current run.

        Cancellation is cooperative: the server delivers a cancellation signal that the
        workflow can observe and handle (e.g. to roll back via a saga). Compare with
        :meth:`terminate_workflow`, which is forceful. ``reason`` (up to 1000 characters) is
        sent only when given. A run that is no longer active is refused with
        :class:`~durable_workflow.errors.Conflict`.
        """
        await self._run(cancel_workflow(self._core, workflow_id, reason=reason))

    async def terminate_workflow(self, workflow_id: str, *, reason: str | None = None) -> None:
        """Forcefully stop a workflow without giving it a chance to clean up.

        Prefer :meth:`cancel_workflow` when the workflow code can implement graceful shutdown.
        Termination is an operator escape hatch. ``reason`` (up to 1000 characters) is sent only
        when given. A run that is no longer active is refused with
        :class:`~durable_workflow.errors.Conflict`.
        """
        await self._run(terminate_workflow(self._core, workflow_id, reason=reason))

    async def repair_workflow(self, workflow_id: str) -> WorkflowCommandResult:
        """Ask the server to repair a stalled workflow, returning the command outcome.

        The outcome is ``repair_dispatched`` or ``repair_not_needed`` on current servers.
        """
        return await self._run(repair_workflow(self._core, workflow_id))

    async def archive_workflow(
        self, workflow_id: str, *, reason: str | None = None
    ) -> WorkflowCommandResult:
        """Move a terminal workflow into the archive tier, returning the command outcome.

        The outcome is ``archived`` (or ``archive_not_needed`` when already archived).
        ``reason`` is sent only when given. A workflow whose current run is still open is
        refused with :class:`~durable_workflow.errors.Conflict` (reason ``run_not_closed``).
        """
        return await self._run(archive_workflow(self._core, workflow_id, reason=reason))

    async def update_workflow(
        self,
        workflow_id: str,
        update_name: str,
        *,
        args: Sequence[Any] | None = None,
        wait_for: str | None = None,
        wait_timeout_seconds: int | None = None,
        request_id: str | None = None,
    ) -> dict[str, Any]:
        """Send a synchronous update to a running workflow and wait for the result.

        Updates are request/response calls to a named handler on the workflow; the handler may
        mutate durable workflow state and return a value. ``wait_for`` selects how long the
        server waits before returning — typically ``completed`` to block until the handler
        finishes, or ``accepted`` to return once the validator has approved it (the server's
        default). ``request_id`` lets the caller deduplicate retries; without one a
        ``sdk-python-update-<hex>`` id is generated. Raises
        :class:`~durable_workflow.errors.UpdateRejected` when the workflow's validator rejects
        the update.

        Returns the server's answer with ``result`` decoded from ``result_envelope``:
        ``update_status`` is ``completed`` (handler finished) or ``accepted`` (``wait_for``
        ``accepted``). When the server's wait ends first (``wait_timed_out``) the update goes
        on, and :class:`~durable_workflow.errors.UpdateWaitTimeout` (a :class:`TimeoutError`
        carrying ``update_id`` and the answer) is raised. A failed
        handler raises :class:`~durable_workflow.errors.UpdateFailed`; an unknown update or a
        run that is not active raises :class:`~durable_workflow.errors.UpdateRejected`.
        ``wait_for`` must be one of the stages the server's discovery document publishes
        (read once and cached; ``accepted``/``completed`` when it publishes none), else
        :class:`~durable_workflow.errors.InvalidArgument` is raised before sending.
        """
        return await self._run(
            update_workflow(
                self._core,
                workflow_id,
                update_name,
                args=args,
                wait_for=wait_for,
                wait_timeout_seconds=wait_timeout_seconds,
                request_id=request_id,
            )
        )


# --------------------------------------------------------------------------- sync methods


class SyncWorkflowCommands(SyncBase):
    """Workflow command methods of :class:`~durable_workflow.client.SyncClient`."""

    def signal_workflow(
        self,
        workflow_id: str,
        signal_name: str,
        *,
        args: Sequence[Any] | None = None,
        request_id: str | None = None,
        run_id: str | None = None,
    ) -> dict[str, Any]:
        """Deliver an external signal to a running workflow.

        Signals are fire-and-forget: the server records the signal in durable history and
        returns immediately. They do not wait for the workflow to observe the signal. See the
        main docs for how to declare the allowed signal names on a workflow type.

        ``args`` are the signal's positional arguments (sent as a payload envelope only when
        non-empty). Every signal carries a ``request_id``: the one given, else a generated
        ``sdk-python-signal-<hex>``. With ``run_id`` the run-targeted route is used, and the
        server refuses the signal (:class:`~durable_workflow.errors.SignalFailed`, reason
        ``historical_run_command_rejected``) when that run is no longer the current one.
        Returns the server's receipt (command id, outcome, ``request_id``, …). Raises
        :class:`~durable_workflow.errors.SignalFailed` when the workflow rejects the signal and
        :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown workflow.
        """
        return self._run(
            signal_workflow(
                self._core,
                workflow_id,
                signal_name,
                args=args,
                request_id=request_id,
                run_id=run_id,
            )
        )

    def query_workflow(
        self, workflow_id: str, query_name: str, *, args: Sequence[Any] | None = None
    ) -> Any:
        """Execute a named read-only query against a workflow and return the result.

        Queries are synchronous and non-mutating. The server runs the named query handler
        inside the workflow process and returns the decoded result. Raises
        :class:`~durable_workflow.errors.QueryFailed` if the query was rejected or the handler
        errored.

        Returns the decoded value of the answer's ``result_envelope`` (or the server-decoded
        ``result`` when no envelope is sent), not the whole response object. ``args`` are sent
        as a payload envelope when non-empty. The first query reads the server's discovery
        document (cached): a server advertising
        ``worker_protocol.server_capabilities.query_tasks = false`` is refused with
        :class:`~durable_workflow.errors.QueryFailed` (reason ``query_tasks_unsupported``)
        before the query is sent. Unknown queries, worker failures, missing or timed-out
        workers and invalid arguments raise :class:`~durable_workflow.errors.QueryFailed`;
        an unknown workflow raises :class:`~durable_workflow.errors.WorkflowNotFound`.
        """
        return self._run(query_workflow(self._core, workflow_id, query_name, args=args))

    def cancel_workflow(self, workflow_id: str, *, reason: str | None = None) -> None:
        """Request graceful cancellation of a workflow's current run.

        Cancellation is cooperative: the server delivers a cancellation signal that the
        workflow can observe and handle (e.g. to roll back via a saga). Compare with
        :meth:`terminate_workflow`, which is forceful. ``reason`` (up to 1000 characters) is
        sent only when given. A run that is no longer active is refused with
        :class:`~durable_workflow.errors.Conflict`.
        """
        self._run(cancel_workflow(self._core, workflow_id, reason=reason))

    def terminate_workflow(self, workflow_id: str, *, reason: str | None = None) -> None:
        """Forcefully stop a workflow without giving it a chance to clean up.

        Prefer :meth:`cancel_workflow` when the workflow code can implement graceful shutdown.
        Termination is an operator escape hatch. ``reason`` (up to 1000 characters) is sent only
        when given. A run that is no longer active is refused with
        :class:`~durable_workflow.errors.Conflict`.
        """
        self._run(terminate_workflow(self._core, workflow_id, reason=reason))

    def repair_workflow(self, workflow_id: str) -> WorkflowCommandResult:
        """Ask the server to repair a stalled workflow, returning the command outcome.

        The outcome is ``repair_dispatched`` or ``repair_not_needed`` on current servers.
        """
        return self._run(repair_workflow(self._core, workflow_id))

    def archive_workflow(
        self, workflow_id: str, *, reason: str | None = None
    ) -> WorkflowCommandResult:
        """Move a terminal workflow into the archive tier, returning the command outcome.

        The outcome is ``archived`` (or ``archive_not_needed`` when already archived).
        ``reason`` is sent only when given. A workflow whose current run is still open is
        refused with :class:`~durable_workflow.errors.Conflict` (reason ``run_not_closed``).
        """
        return self._run(archive_workflow(self._core, workflow_id, reason=reason))

    def update_workflow(
        self,
        workflow_id: str,
        update_name: str,
        *,
        args: Sequence[Any] | None = None,
        wait_for: str | None = None,
        wait_timeout_seconds: int | None = None,
        request_id: str | None = None,
    ) -> dict[str, Any]:
        """Send a synchronous update to a running workflow and wait for the result.

        Updates are request/response calls to a named handler on the workflow; the handler may
        mutate durable workflow state and return a value. ``wait_for`` selects how long the
        server waits before returning — typically ``completed`` to block until the handler
        finishes, or ``accepted`` to return once the validator has approved it (the server's
        default). ``request_id`` lets the caller deduplicate retries; without one a
        ``sdk-python-update-<hex>`` id is generated. Raises
        :class:`~durable_workflow.errors.UpdateRejected` when the workflow's validator rejects
        the update.

        Returns the server's answer with ``result`` decoded from ``result_envelope``:
        ``update_status`` is ``completed`` (handler finished) or ``accepted`` (``wait_for``
        ``accepted``). When the server's wait ends first (``wait_timed_out``) the update goes
        on, and :class:`~durable_workflow.errors.UpdateWaitTimeout` (a :class:`TimeoutError`
        carrying ``update_id`` and the answer) is raised. A failed
        handler raises :class:`~durable_workflow.errors.UpdateFailed`; an unknown update or a
        run that is not active raises :class:`~durable_workflow.errors.UpdateRejected`.
        ``wait_for`` must be one of the stages the server's discovery document publishes
        (read once and cached; ``accepted``/``completed`` when it publishes none), else
        :class:`~durable_workflow.errors.InvalidArgument` is raised before sending.
        """
        return self._run(
            update_workflow(
                self._core,
                workflow_id,
                update_name,
                args=args,
                wait_for=wait_for,
                wait_timeout_seconds=wait_timeout_seconds,
                request_id=request_id,
            )
        )
