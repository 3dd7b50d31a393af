"""Workflow tasks: poll, complete, fail, and the history pages of a leased task.

Part of the worker plane (see :mod:`durable_workflow.client.ops.worker_plane`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from durable_workflow_api import models

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client.ops._worker_plane_common import (
    DEFAULT_POLL_TIMEOUT,
    WORKFLOW_POLL_TASK_KINDS,
    _integer,
    _model,
    _optional_integer,
    _poll_task,
    _request,
    _string_list,
    _text,
    poll_body,
    poll_http_timeout,
    poll_window,
)

if TYPE_CHECKING:
    from durable_workflow_api.api.worker_plane import complete_workflow_task as _complete_workflow
    from durable_workflow_api.api.worker_plane import fail_workflow_task as _fail_workflow
    from durable_workflow_api.api.worker_plane import (
        get_workflow_task_history_page as _workflow_history,
    )
    from durable_workflow_api.api.worker_plane import poll_workflow_task as _poll_workflow
else:
    _poll_workflow = _lazy.module("durable_workflow_api.api.worker_plane.poll_workflow_task")
    _complete_workflow = _lazy.module(
        "durable_workflow_api.api.worker_plane.complete_workflow_task"
    )
    _fail_workflow = _lazy.module("durable_workflow_api.api.worker_plane.fail_workflow_task")
    _workflow_history = _lazy.module(
        "durable_workflow_api.api.worker_plane.get_workflow_task_history_page"
    )


def poll_workflow_task(
    core: ClientCore,
    *,
    worker_id: str,
    task_queue: str,
    timeout: float,
    build_id: str | None,
    history_page_size: int | None,
    poll_request_id: str | None,
    task_kinds: list[str] | None,
    accept_history_encoding: str | None = None,
) -> Operation[dict[str, Any] | None]:
    """``POST /api/worker/workflow-tasks/poll``; the leased task, or ``None``."""
    window = poll_window(timeout)
    body = poll_body(
        worker_id=worker_id,
        task_queue=task_queue,
        window=window,
        build_id=build_id,
        poll_request_id=poll_request_id,
        id_prefix="wf-poll",
    )
    if _optional_integer("history_page_size", history_page_size, low=1, high=1000) is not None:
        body["history_page_size"] = history_page_size
    if task_kinds is not None:
        kinds = _string_list("task_kinds", task_kinds)
        if not kinds or len(set(kinds)) != len(kinds):
            raise e.InvalidArgument("task_kinds must list at least one kind, without repeats")
        unknown = [kind for kind in kinds if kind not in WORKFLOW_POLL_TASK_KINDS]
        if unknown:
            raise e.InvalidArgument(
                f"task_kinds may hold {', '.join(WORKFLOW_POLL_TASK_KINDS)}, got {unknown!r}"
            )
        body["task_kinds"] = kinds
    if accept_history_encoding is not None:
        body["accept_history_encoding"] = _text(
            "accept_history_encoding", accept_history_encoding, max_length=64
        )
    model = _model(models.WorkflowTaskPollRequest.from_dict, body, "poll_workflow_task")
    request = _request(
        _poll_workflow._get_kwargs(body=model, **core.worker_header_args()),
        "poll_workflow_task",
        timeout=poll_http_timeout(core, timeout, window),
    )
    return (yield from _poll_task(request, "poll_workflow_task"))


def complete_workflow_task(
    core: ClientCore,
    *,
    task_id: str,
    lease_owner: str,
    workflow_task_attempt: int,
    commands: list[dict[str, Any]],
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/workflow-tasks/{task_id}/complete``."""
    if isinstance(commands, str | bytes | Mapping) or not isinstance(commands, list | tuple):
        raise e.InvalidArgument(
            f"commands must be a list of command objects, got {type(commands).__name__}"
        )
    if not commands:
        raise e.InvalidArgument(
            "commands must hold at least one command; report a task that produced none with "
            "fail_workflow_task"
        )
    checked: list[dict[str, Any]] = []
    for index, command in enumerate(commands):
        if not isinstance(command, Mapping):
            raise e.InvalidArgument(
                f"commands[{index}] must be a dict, got {type(command).__name__}"
            )
        _text(f"commands[{index}]['type']", command.get("type"), max_length=None)
        checked.append(dict(command))
    body: dict[str, Any] = {
        "lease_owner": _text("lease_owner", lease_owner),
        "workflow_task_attempt": _integer("workflow_task_attempt", workflow_task_attempt, low=1),
        "commands": checked,
    }
    model = _model(models.WorkflowTaskCompleteRequest.from_dict, body, "complete_workflow_task")
    response = yield _request(
        _complete_workflow._get_kwargs(
            _text("task_id", task_id, max_length=None), body=model, **core.worker_header_args()
        ),
        "complete_workflow_task",
    )
    return json_object(response, operation="complete_workflow_task")


def fail_workflow_task(
    core: ClientCore,
    *,
    task_id: str,
    lease_owner: str,
    workflow_task_attempt: int,
    message: str,
    failure_type: str | None,
    stack_trace: str | None,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/workflow-tasks/{task_id}/fail``."""
    failure: dict[str, Any] = {"message": _text("message", message, max_length=None)}
    if failure_type is not None:
        failure["type"] = _text("failure_type", failure_type, max_length=None)
    if stack_trace is not None:
        if not isinstance(stack_trace, str):
            raise e.InvalidArgument("stack_trace must be a string")
        failure["stack_trace"] = stack_trace
    body: dict[str, Any] = {
        "lease_owner": _text("lease_owner", lease_owner),
        "workflow_task_attempt": _integer("workflow_task_attempt", workflow_task_attempt, low=1),
        "failure": failure,
    }
    model = _model(models.WorkflowTaskFailRequest.from_dict, body, "fail_workflow_task")
    response = yield _request(
        _fail_workflow._get_kwargs(
            _text("task_id", task_id, max_length=None), body=model, **core.worker_header_args()
        ),
        "fail_workflow_task",
    )
    return json_object(response, operation="fail_workflow_task")


def workflow_task_history(
    core: ClientCore,
    *,
    task_id: str,
    next_history_page_token: str | None,
    page_token: str | None,
    lease_owner: str,
    workflow_task_attempt: int,
) -> Operation[dict[str, Any]]:
    """``POST /api/worker/workflow-tasks/{task_id}/history``."""
    token = next_history_page_token
    if token is None:
        token = page_token
    elif page_token is not None and page_token != token:
        raise e.InvalidArgument(
            "page_token is an alias of next_history_page_token; pass one of them (or the same "
            "value for both)"
        )
    if token is None:
        raise e.InvalidArgument(
            "workflow_task_history() needs next_history_page_token (the token of the previous "
            "page; the poll response carries the first one)"
        )
    body: dict[str, Any] = {
        "next_history_page_token": _text("next_history_page_token", token, max_length=None),
        "lease_owner": _text("lease_owner", lease_owner),
        "workflow_task_attempt": _integer("workflow_task_attempt", workflow_task_attempt, low=1),
    }
    model = _model(models.WorkflowTaskHistoryRequest.from_dict, body, "workflow_task_history")
    response = yield _request(
        _workflow_history._get_kwargs(
            _text("task_id", task_id, max_length=None), body=model, **core.worker_header_args()
        ),
        "workflow_task_history",
    )
    return json_object(response, operation="workflow_task_history")


class AsyncWorkflowTasks(AsyncBase):
    """Workflow-task methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def poll_workflow_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        history_page_size: int | None = None,
        poll_request_id: str | None = None,
        task_kinds: list[str] | None = None,
        accept_history_encoding: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next workflow task on ``task_queue``.

        Returns the task payload (the raw ``task`` dict: ``task_id``, ``workflow_task_attempt``,
        ``lease_owner``, ``arguments`` and ``history_events`` still encoded,
        ``next_history_page_token`` when the history continues), or ``None`` on poll timeout.
        Worker-plane endpoint — most applications use :class:`~durable_workflow.Worker` rather than
        calling this directly.

        ``timeout`` is the long-poll window in seconds, sent as ``timeout_seconds`` (rounded up to
        whole seconds, at most 60; below one second the server answers at once); the HTTP request
        may take 5 s longer. An empty poll and a response that still did not arrive in time (read
        time-out) after the transport's retries both return ``None``; connection failures raise
        :class:`~durable_workflow.errors.TransportError`. ``poll_request_id`` identifies this
        logical poll (generated per call when omitted and kept across the transport's retries, so a
        repeated request receives the task the first attempt leased). ``build_id`` is checked
        against the registration; ``history_page_size`` (1..1000) bounds the first history page
        (later pages come from :meth:`workflow_task_history`); ``task_kinds`` (``workflow``,
        ``update_validation``) asks a server that multiplexes update-validation tasks for those
        kinds too. ``accept_history_encoding`` (``gzip`` or ``deflate``) lets the server send a long
        history page compressed (``history_events_compressed``, ``history_events_encoding``). A
        worker that did not register raises :class:`~durable_workflow.errors.WorkerNotRegistered`.
        """
        return await self._run(
            poll_workflow_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                history_page_size=history_page_size,
                poll_request_id=poll_request_id,
                task_kinds=task_kinds,
                accept_history_encoding=accept_history_encoding,
            )
        )

    async def complete_workflow_task(
        self,
        *,
        task_id: str,
        lease_owner: str,
        workflow_task_attempt: int,
        commands: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """Report successful execution of a workflow task with its emitted commands.

        Worker-plane endpoint, called by :class:`~durable_workflow.Worker`. ``commands`` is the list
        of serialized commands the workflow yielded for this task (dicts with a ``type``, payloads
        already in their envelopes); it must hold at least one command, else
        :class:`~durable_workflow.errors.InvalidArgument` is raised before sending. ``lease_owner``
        and ``workflow_task_attempt`` are the fencing values of the poll response.

        Returns the server's answer as a dict (``outcome``, ``recorded``, ``run_status``,
        ``created_task_ids``). A refused completion raises
        :class:`~durable_workflow.errors.Conflict` whose ``reason`` names the refusal
        (``lease_expired``, ``lease_owner_mismatch``, ``workflow_task_attempt_mismatch``,
        ``task_not_leased``, ``run_closed``, …), an unknown task
        :class:`~durable_workflow.errors.NotFound` (``task_not_found``), invalid commands
        :class:`~durable_workflow.errors.InvalidArgument`. Completions are never retried by the
        transport once they may have reached the server.
        """
        return await self._run(
            complete_workflow_task(
                self._core,
                task_id=task_id,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
                commands=commands,
            )
        )

    async def fail_workflow_task(
        self,
        *,
        task_id: str,
        lease_owner: str,
        workflow_task_attempt: int,
        message: str,
        failure_type: str | None = None,
        stack_trace: str | None = None,
    ) -> dict[str, Any]:
        """Report a workflow task failure so the server can schedule a retry.

        Worker-plane endpoint. Task failures (for example non-determinism) are distinct from
        workflow failures (``fail_workflow`` commands): the run stays open and is re-driven by new
        history or the server's repair path. Sends ``failure = {message, type?, stack_trace?}``
        (``failure_type`` as ``type``). Returns the server's answer as a dict; lease and ownership
        refusals raise :class:`~durable_workflow.errors.Conflict` (``reason`` as for
        :meth:`complete_workflow_task`).
        """
        return await self._run(
            fail_workflow_task(
                self._core,
                task_id=task_id,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
                message=message,
                failure_type=failure_type,
                stack_trace=stack_trace,
            )
        )

    async def workflow_task_history(
        self,
        *,
        task_id: str,
        next_history_page_token: str | None = None,
        page_token: str | None = None,
        lease_owner: str,
        workflow_task_attempt: int,
    ) -> dict[str, Any]:
        """Page through extra history events while the worker is executing a long task.

        Worker-plane endpoint. The first page of history is delivered inline with the workflow task;
        this endpoint fetches subsequent pages. Pass the ``next_history_page_token`` of the task (or
        of the previous page); ``page_token`` is an alias — passing both with different values, or
        neither, raises :class:`~durable_workflow.errors.InvalidArgument`. Returns the page as a
        dict (``history_events``, ``total_history_events``, ``next_history_page_token`` — ``None``
        on the last page). An undecodable token raises
        :class:`~durable_workflow.errors.InvalidArgument` (``invalid_page_token``); lease refusals
        raise :class:`~durable_workflow.errors.Conflict`.
        """
        return await self._run(
            workflow_task_history(
                self._core,
                task_id=task_id,
                next_history_page_token=next_history_page_token,
                page_token=page_token,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
            )
        )


class SyncWorkflowTasks(SyncBase):
    """Workflow-task methods of :class:`~durable_workflow.client.SyncClient`."""

    def poll_workflow_task(
        self,
        *,
        worker_id: str,
        task_queue: str,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        build_id: str | None = None,
        history_page_size: int | None = None,
        poll_request_id: str | None = None,
        task_kinds: list[str] | None = None,
        accept_history_encoding: str | None = None,
    ) -> dict[str, Any] | None:
        """Long-poll for the next workflow task on ``task_queue``.

        Returns the task payload (the raw ``task`` dict: ``task_id``, ``workflow_task_attempt``,
        ``lease_owner``, ``arguments`` and ``history_events`` still encoded,
        ``next_history_page_token`` when the history continues), or ``None`` on poll timeout.
        Worker-plane endpoint — most applications use :class:`~durable_workflow.Worker` rather than
        calling this directly.

        ``timeout`` is the long-poll window in seconds, sent as ``timeout_seconds`` (rounded up to
        whole seconds, at most 60; below one second the server answers at once); the HTTP request
        may take 5 s longer. An empty poll and a response that still did not arrive in time (read
        time-out) after the transport's retries both return ``None``; connection failures raise
        :class:`~durable_workflow.errors.TransportError`. ``poll_request_id`` identifies this
        logical poll (generated per call when omitted and kept across the transport's retries, so a
        repeated request receives the task the first attempt leased). ``build_id`` is checked
        against the registration; ``history_page_size`` (1..1000) bounds the first history page
        (later pages come from :meth:`workflow_task_history`); ``task_kinds`` (``workflow``,
        ``update_validation``) asks a server that multiplexes update-validation tasks for those
        kinds too. ``accept_history_encoding`` (``gzip`` or ``deflate``) lets the server send a long
        history page compressed (``history_events_compressed``, ``history_events_encoding``). A
        worker that did not register raises :class:`~durable_workflow.errors.WorkerNotRegistered`.
        """
        return self._run(
            poll_workflow_task(
                self._core,
                worker_id=worker_id,
                task_queue=task_queue,
                timeout=timeout,
                build_id=build_id,
                history_page_size=history_page_size,
                poll_request_id=poll_request_id,
                task_kinds=task_kinds,
                accept_history_encoding=accept_history_encoding,
            )
        )

    def complete_workflow_task(
        self,
        *,
        task_id: str,
        lease_owner: str,
        workflow_task_attempt: int,
        commands: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """Report successful execution of a workflow task with its emitted commands.

        Worker-plane endpoint, called by :class:`~durable_workflow.Worker`. ``commands`` is the list
        of serialized commands the workflow yielded for this task (dicts with a ``type``, payloads
        already in their envelopes); it must hold at least one command, else
        :class:`~durable_workflow.errors.InvalidArgument` is raised before sending. ``lease_owner``
        and ``workflow_task_attempt`` are the fencing values of the poll response.

        Returns the server's answer as a dict (``outcome``, ``recorded``, ``run_status``,
        ``created_task_ids``). A refused completion raises
        :class:`~durable_workflow.errors.Conflict` whose ``reason`` names the refusal
        (``lease_expired``, ``lease_owner_mismatch``, ``workflow_task_attempt_mismatch``,
        ``task_not_leased``, ``run_closed``, …), an unknown task
        :class:`~durable_workflow.errors.NotFound` (``task_not_found``), invalid commands
        :class:`~durable_workflow.errors.InvalidArgument`. Completions are never retried by the
        transport once they may have reached the server.
        """
        return self._run(
            complete_workflow_task(
                self._core,
                task_id=task_id,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
                commands=commands,
            )
        )

    def fail_workflow_task(
        self,
        *,
        task_id: str,
        lease_owner: str,
        workflow_task_attempt: int,
        message: str,
        failure_type: str | None = None,
        stack_trace: str | None = None,
    ) -> dict[str, Any]:
        """Report a workflow task failure so the server can schedule a retry.

        Worker-plane endpoint. Task failures (for example non-determinism) are distinct from
        workflow failures (``fail_workflow`` commands): the run stays open and is re-driven by new
        history or the server's repair path. Sends ``failure = {message, type?, stack_trace?}``
        (``failure_type`` as ``type``). Returns the server's answer as a dict; lease and ownership
        refusals raise :class:`~durable_workflow.errors.Conflict` (``reason`` as for
        :meth:`complete_workflow_task`).
        """
        return self._run(
            fail_workflow_task(
                self._core,
                task_id=task_id,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
                message=message,
                failure_type=failure_type,
                stack_trace=stack_trace,
            )
        )

    def workflow_task_history(
        self,
        *,
        task_id: str,
        next_history_page_token: str | None = None,
        page_token: str | None = None,
        lease_owner: str,
        workflow_task_attempt: int,
    ) -> dict[str, Any]:
        """Page through extra history events while the worker is executing a long task.

        Worker-plane endpoint. The first page of history is delivered inline with the workflow task;
        this endpoint fetches subsequent pages. Pass the ``next_history_page_token`` of the task (or
        of the previous page); ``page_token`` is an alias — passing both with different values, or
        neither, raises :class:`~durable_workflow.errors.InvalidArgument`. Returns the page as a
        dict (``history_events``, ``total_history_events``, ``next_history_page_token`` — ``None``
        on the last page). An undecodable token raises
        :class:`~durable_workflow.errors.InvalidArgument` (``invalid_page_token``); lease refusals
        raise :class:`~durable_workflow.errors.Conflict`.
        """
        return self._run(
            workflow_task_history(
                self._core,
                task_id=task_id,
                next_history_page_token=next_history_page_token,
                page_token=page_token,
                lease_owner=lease_owner,
                workflow_task_attempt=workflow_task_attempt,
            )
        )
