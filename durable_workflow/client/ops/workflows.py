"""Workflows: start, describe, result (``/api/workflows…``)."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from durable_workflow_api import models
from durable_workflow_api.types import UNSET

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, encode, json_object, predecode
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Decode, Request, Sleep
from durable_workflow.client.handles import SyncWorkflowHandle, WorkflowHandle, WorkflowRef

if TYPE_CHECKING:
    from durable_workflow_api.api.workflows import get_workflow as _get_workflow
    from durable_workflow_api.api.workflows import get_workflow_run_history as _get_history
    from durable_workflow_api.api.workflows import start_workflow as _start_workflow

    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.types import WorkflowExecution
else:
    _get_workflow = _lazy.module("durable_workflow_api.api.workflows.get_workflow")
    _get_history = _lazy.module("durable_workflow_api.api.workflows.get_workflow_run_history")
    _start_workflow = _lazy.module("durable_workflow_api.api.workflows.start_workflow")

_WORKFLOW_ID = re.compile(r"^[a-zA-Z0-9._:-]{1,128}$")
_TERMINAL_STATUSES = frozenset({"completed", "failed", "terminated", "cancelled", "canceled"})
_TERMINAL_EVENTS = frozenset(
    {
        "WorkflowCompleted",
        "WorkflowFailed",
        "WorkflowTimedOut",
        "WorkflowCancelled",
        "WorkflowTerminated",
    }
)
HISTORY_PAGE_SIZE_FOR_RESULT = 1000

#: Seed spellings and wire values of ``duplicate_policy`` -> what the server accepts.
DUPLICATE_POLICY_WIRE: dict[str, str] = {
    "fail": "fail",
    "reject": "fail",
    "reject_duplicate": "fail",
    "use-existing": "use-existing",
    "use_existing": "use-existing",
}
#: Seed values the server has no equivalent for.
DUPLICATE_POLICY_UNSUPPORTED: dict[str, str] = {
    "allow": "the server never starts a second run for an existing workflow id",
    "allow_duplicate": "the server never starts a second run for an existing workflow id",
    "terminate_existing": "the server never terminates the existing run on start",
}


class StartedWorkflow(NamedTuple):
    """What ``POST /api/workflows`` answered: the ids a handle is bound to."""

    workflow_id: str
    run_id: str | None
    workflow_type: str


def checked_workflow_id(workflow_id: str) -> str:
    """``workflow_id`` when it is a non-empty string (path use), else ``InvalidArgument``."""
    if not isinstance(workflow_id, str) or not workflow_id:
        raise e.InvalidArgument("workflow_id must be a non-empty string")
    return workflow_id


def checked_run_id(run_id: str) -> str:
    """``run_id`` when it is a non-empty string (path use), else ``InvalidArgument``."""
    if not isinstance(run_id, str) or not run_id:
        raise e.InvalidArgument("run_id must be a non-empty string")
    return run_id


def describe_request(core: ClientCore, workflow_id: str, operation: str) -> Request:
    """``GET /api/workflows/{workflow_id}`` (the current run)."""
    return Request.from_kwargs(
        _get_workflow._get_kwargs(checked_workflow_id(workflow_id), **core.control_header_args()),
        operation=operation,
        not_found=e.WorkflowNotFound,
    )


def wire_duplicate_policy(policy: str | None) -> str | None:
    """Map a seed ``duplicate_policy`` to the server's value (``fail`` / ``use-existing``)."""
    if policy is None:
        return None
    key = policy.strip().lower() if isinstance(policy, str) else policy
    if isinstance(key, str) and key in DUPLICATE_POLICY_WIRE:
        return DUPLICATE_POLICY_WIRE[key]
    why = DUPLICATE_POLICY_UNSUPPORTED.get(key) if isinstance(key, str) else None
    detail = f" ({why})" if why else ""
    raise e.InvalidArgument(
        f"duplicate_policy {policy!r} is not supported by the server{detail}; use 'reject' "
        "(wire 'fail': refuse a duplicate id) or 'use_existing' (wire 'use-existing': return "
        "the running run)",
        reason="unsupported_duplicate_policy",
    )


def _require_text(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise e.InvalidArgument(f"{name} must be a non-empty string")
    return value


def _optional_int(name: str, value: Any, low: int, high: int | None = None) -> int | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        bounds = f"{low}..{high}" if high is not None else f">= {low}"
        raise e.InvalidArgument(f"{name} must be an integer {bounds}, got {value!r}")
    return value


# --------------------------------------------------------------------------- operations


def start_workflow(
    core: ClientCore,
    *,
    workflow_type: str,
    task_queue: str,
    workflow_id: str,
    input: list[Any] | tuple[Any, ...] | None,
    execution_timeout_seconds: int | None,
    run_timeout_seconds: int | None,
    duplicate_policy: str | None,
    memo: dict[str, Any] | None,
    search_attributes: dict[str, Any] | None,
    priority: int | None,
    fairness_key: str | None,
    fairness_weight: int | None,
) -> Operation[StartedWorkflow]:
    """``POST /api/workflows``; validates and encodes before sending."""
    _require_text("workflow_type", workflow_type)
    _require_text("task_queue", task_queue)
    if not isinstance(workflow_id, str) or not _WORKFLOW_ID.match(workflow_id):
        raise e.InvalidArgument(
            "workflow_id must be 1-128 characters of letters, digits and . _ : -, "
            f"got {workflow_id!r}"
        )
    if input is not None and not isinstance(input, list | tuple):
        raise e.InvalidArgument(
            f"input must be a list of positional arguments, got {type(input).__name__}"
        )
    body: dict[str, Any] = {
        "workflow_id": workflow_id,
        "workflow_type": workflow_type,
        "task_queue": task_queue,
        "input": None,
    }
    timeouts = {
        "execution_timeout_seconds": _optional_int(
            "execution_timeout_seconds", execution_timeout_seconds, 1
        ),
        "run_timeout_seconds": _optional_int("run_timeout_seconds", run_timeout_seconds, 1),
    }
    body.update({k: v for k, v in timeouts.items() if v is not None})
    wire_policy = wire_duplicate_policy(duplicate_policy)
    if wire_policy is not None:
        body["duplicate_policy"] = wire_policy
    if memo is not None:
        if not isinstance(memo, dict):
            raise e.InvalidArgument("memo must be a dict")
        body["memo"] = memo
    if search_attributes is not None:
        if not isinstance(search_attributes, dict):
            raise e.InvalidArgument("search_attributes must be a dict")
        body["search_attributes"] = search_attributes
    if _optional_int("priority", priority, 0, 9) is not None:
        body["priority"] = priority
    if fairness_key is not None:
        body["fairness_key"] = _require_text("fairness_key", fairness_key)
    if _optional_int("fairness_weight", fairness_weight, 1, 1000) is not None:
        body["fairness_weight"] = fairness_weight
    body["input"] = yield from encode(list(input or []))
    response = yield Request.from_kwargs(
        _start_workflow._get_kwargs(
            body=models.StartWorkflowRequest.from_dict(body), **core.control_header_args()
        ),
        operation="start_workflow",
    )
    data = json_object(response, operation="start_workflow")
    run_id = data.get("run_id")
    returned_type = data.get("workflow_type")
    returned_id = data.get("workflow_id")
    return StartedWorkflow(
        workflow_id=returned_id if isinstance(returned_id, str) else workflow_id,
        run_id=run_id if isinstance(run_id, str) else None,
        workflow_type=returned_type if isinstance(returned_type, str) else workflow_type,
    )


def describe_workflow(core: ClientCore, workflow_id: str) -> Operation[WorkflowExecution]:
    """``GET /api/workflows/{workflow_id}``; input/output decoded from their envelopes."""
    from durable_workflow.client.types import WorkflowExecution

    response = yield describe_request(core, workflow_id, "describe_workflow")
    data = json_object(response, operation="describe_workflow")
    codec = data.get("payload_codec") if isinstance(data.get("payload_codec"), str) else None
    decode = yield from predecode((data.get("input_envelope"), data.get("output_envelope")), codec)
    return WorkflowExecution.from_wire(data, decode=decode, workflow_id=workflow_id)


def history_page(
    core: ClientCore,
    workflow_id: str,
    run_id: str,
    *,
    page_size: int | None = None,
    next_page_token: str | None = None,
    operation: str = "get_history",
) -> Operation[dict[str, Any]]:
    """One ``GET /api/workflows/{id}/runs/{run_id}/history`` page, as the raw object."""
    response = yield Request.from_kwargs(
        _get_history._get_kwargs(
            checked_workflow_id(workflow_id),
            checked_run_id(run_id),
            page_size=UNSET if page_size is None else page_size,
            next_page_token=UNSET if next_page_token is None else next_page_token,
            **core.control_header_args(),
        ),
        operation=operation,
        not_found=e.WorkflowNotFound,
    )
    return json_object(response, operation=operation)


def get_result(
    core: ClientCore,
    workflow_id: str,
    run_id: str | None,
    *,
    poll_interval: float,
    timeout: float | None,
) -> Operation[Any]:
    """Poll describe until terminal, then read the outcome (see ``AsyncWorkflows.get_result``)."""
    if not isinstance(poll_interval, int | float) or poll_interval < 0:
        raise e.InvalidArgument("poll_interval must be a non-negative number of seconds")
    if timeout is not None and (not isinstance(timeout, int | float) or timeout < 0):
        raise e.InvalidArgument("timeout must be a non-negative number of seconds or None")
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        response = yield describe_request(core, workflow_id, "get_result")
        described = json_object(response, operation="get_result")
        status = described.get("status")
        if status in _TERMINAL_STATUSES:
            break
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(
                    f"workflow {workflow_id!r} is not finished after {timeout}s (status={status!r})"
                )
            yield Sleep(min(poll_interval, remaining))
        else:
            yield Sleep(poll_interval)

    current_run = described.get("run_id")
    resolved_run = current_run if isinstance(current_run, str) and current_run else run_id
    codec = (
        described.get("payload_codec") if isinstance(described.get("payload_codec"), str) else None
    )
    if status == "completed" and described.get("output_envelope") is not None:
        return (yield Decode(described["output_envelope"], codec))

    terminal: dict[str, Any] | None = None
    if resolved_run:
        token: str | None = None
        seen: set[str] = set()
        while True:
            page = yield from history_page(
                core,
                workflow_id,
                resolved_run,
                page_size=HISTORY_PAGE_SIZE_FOR_RESULT,
                next_page_token=token,
                operation="get_result",
            )
            events = page.get("events")
            for event in events if isinstance(events, list) else []:
                if isinstance(event, dict) and event.get("event_type") in _TERMINAL_EVENTS:
                    terminal = event
            next_token = page.get("next_page_token")
            if not isinstance(next_token, str) or not next_token or next_token in seen:
                break
            seen.add(next_token)
            token = next_token
    payload = terminal.get("payload") if terminal is not None else None
    payload = payload if isinstance(payload, dict) else {}
    kind = terminal.get("event_type") if terminal is not None else None
    if kind == "WorkflowCompleted":
        output = payload.get("output")
        if output is None:
            return None
        event_codec = payload.get("payload_codec")
        return (yield Decode(output, event_codec if isinstance(event_codec, str) else codec))
    if kind is None and status == "completed":
        return described.get("output")
    raise _failure(workflow_id, resolved_run, status, described, kind, payload)


def _failure(
    workflow_id: str,
    run_id: str | None,
    status: Any,
    described: dict[str, Any],
    kind: Any,
    payload: dict[str, Any],
) -> e.WorkflowOutcomeError:
    closed_reason = described.get("closed_reason")

    def text(*keys: str, default: str) -> str:
        for key in keys:
            value = payload.get(key)
            if isinstance(value, str) and value:
                return value
        return default

    ids = {"workflow_id": workflow_id, "run_id": run_id}
    details = payload or None
    if kind == "WorkflowTimedOut" or (kind is None and closed_reason == "timed_out"):
        return e.WorkflowTimedOut(
            text("message", default=f"workflow {workflow_id} timed out"), details=details, **ids
        )
    if kind == "WorkflowFailed" or (kind is None and status == "failed"):
        exception_class = payload.get("exception_class")
        return e.WorkflowFailed(
            text("message", default=f"workflow {workflow_id} failed"),
            exception_class=exception_class if isinstance(exception_class, str) else None,
            details=details,
            **ids,
        )
    if kind == "WorkflowTerminated" or (kind is None and status == "terminated"):
        return e.WorkflowTerminated(
            text("reason", "message", default=f"workflow {workflow_id} was terminated"),
            details=details,
            **ids,
        )
    return e.WorkflowCancelled(
        text("reason", "message", default=f"workflow {workflow_id} was cancelled"),
        details=details,
        **ids,
    )


# --------------------------------------------------------------------------- async methods


class AsyncWorkflows(AsyncBase):
    """Workflow methods of :class:`~durable_workflow.client.AsyncClient`."""

    def get_workflow_handle(
        self, workflow_id: str, *, run_id: str | None = None, workflow_type: str = ""
    ) -> WorkflowHandle:
        """Return a :class:`WorkflowHandle` bound to an existing workflow instance.

        Does not round-trip to the server. Pass ``run_id`` to pin the handle to a specific
        run, otherwise the handle resolves to whichever run is current at the time each method
        is called. ``workflow_type`` is optional and used only in error messages.
        """
        return WorkflowHandle(
            cast("AsyncClient", self), workflow_id, run_id=run_id, workflow_type=workflow_type
        )

    async def start_workflow(
        self,
        *,
        workflow_type: str,
        task_queue: str,
        workflow_id: str,
        input: list[Any] | None = None,
        execution_timeout_seconds: int = 3600,
        run_timeout_seconds: int = 600,
        duplicate_policy: str | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        priority: int | None = None,
        fairness_key: str | None = None,
        fairness_weight: int | None = None,
    ) -> WorkflowHandle:
        """Start a new workflow instance and return a handle bound to it.

        ``workflow_type`` is the language-neutral type key; ``task_queue`` selects the worker
        pool; ``workflow_id`` is the caller-supplied instance id (1-128 characters of letters,
        digits and ``. _ : -``). ``input`` is the list of positional arguments, encoded with the
        default payload codec (Avro). ``execution_timeout_seconds`` covers the whole execution
        including continue-as-new; ``run_timeout_seconds`` this run only.

        ``duplicate_policy`` decides what happens when ``workflow_id`` already exists. The
        server knows two policies; the seed's names map onto them:

        * ``None`` (server default) / ``"reject"`` / ``"fail"`` -> wire ``fail``: the start is
          refused and :class:`~durable_workflow.errors.WorkflowAlreadyStarted` is raised;
        * ``"use_existing"`` / ``"use-existing"`` -> wire ``use-existing``: if the existing run
          is still open its handle is returned; a closed one is still refused;
        * ``"allow"`` and ``"terminate_existing"`` have no server equivalent and raise
          :class:`~durable_workflow.errors.InvalidArgument` before anything is sent.

        ``memo`` and ``search_attributes`` attach metadata. ``priority`` (0..9, lower first),
        ``fairness_key`` and ``fairness_weight`` (1..1000) are dispatch hints that servers
        without fairness support ignore. Arguments out of range raise
        :class:`~durable_workflow.errors.InvalidArgument` before sending.
        """
        started = await self._run(
            start_workflow(
                self._core,
                workflow_type=workflow_type,
                task_queue=task_queue,
                workflow_id=workflow_id,
                input=input,
                execution_timeout_seconds=execution_timeout_seconds,
                run_timeout_seconds=run_timeout_seconds,
                duplicate_policy=duplicate_policy,
                memo=memo,
                search_attributes=search_attributes,
                priority=priority,
                fairness_key=fairness_key,
                fairness_weight=fairness_weight,
            )
        )
        return WorkflowHandle(
            cast("AsyncClient", self),
            started.workflow_id,
            run_id=started.run_id,
            workflow_type=started.workflow_type,
        )

    async def describe_workflow(self, workflow_id: str) -> WorkflowExecution:
        """Return the server's current view of a workflow instance.

        Resolves to the newest durable run in the instance's chain (including any
        continue-as-new runs). Decodes the recorded input and output envelopes when present.
        Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown id.
        """
        return await self._run(describe_workflow(self._core, workflow_id))

    async def get_result(
        self, handle: WorkflowRef, *, poll_interval: float = 0.5, timeout: float | None = 30.0
    ) -> Any:
        """Poll a workflow until it reaches a terminal state and return its result.

        Polls ``GET /api/workflows/{id}`` every ``poll_interval`` seconds. Once the current run
        is closed, a completed run's output is decoded from the described output envelope (or
        from the ``WorkflowCompleted`` history event); other outcomes are read from the run's
        terminal history event. The workflow's result is that of its newest run, so a handle
        pinned to a run that continued as new follows the chain.

        Raises :class:`~durable_workflow.errors.WorkflowFailed`,
        :class:`~durable_workflow.errors.WorkflowCancelled`,
        :class:`~durable_workflow.errors.WorkflowTerminated` or
        :class:`~durable_workflow.errors.WorkflowTimedOut` if the workflow ended in a
        non-success state, or :class:`TimeoutError` if ``timeout`` seconds elapse before the
        workflow terminates (``timeout=None`` waits indefinitely).
        """
        return await self._run(
            get_result(
                self._core,
                handle.workflow_id,
                handle.run_id,
                poll_interval=poll_interval,
                timeout=timeout,
            )
        )


# --------------------------------------------------------------------------- sync methods


class SyncWorkflows(SyncBase):
    """Workflow methods of :class:`~durable_workflow.client.SyncClient`."""

    def get_workflow_handle(
        self, workflow_id: str, *, run_id: str | None = None, workflow_type: str = ""
    ) -> SyncWorkflowHandle:
        """Return a :class:`WorkflowHandle` bound to an existing workflow instance.

        Does not round-trip to the server. Pass ``run_id`` to pin the handle to a specific
        run, otherwise the handle resolves to whichever run is current at the time each method
        is called. ``workflow_type`` is optional and used only in error messages.
        """
        return SyncWorkflowHandle(
            cast("SyncClient", self), workflow_id, run_id=run_id, workflow_type=workflow_type
        )

    def start_workflow(
        self,
        *,
        workflow_type: str,
        task_queue: str,
        workflow_id: str,
        input: list[Any] | None = None,
        execution_timeout_seconds: int = 3600,
        run_timeout_seconds: int = 600,
        duplicate_policy: str | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        priority: int | None = None,
        fairness_key: str | None = None,
        fairness_weight: int | None = None,
    ) -> SyncWorkflowHandle:
        """Start a new workflow instance and return a handle bound to it.

        ``workflow_type`` is the language-neutral type key; ``task_queue`` selects the worker
        pool; ``workflow_id`` is the caller-supplied instance id (1-128 characters of letters,
        digits and ``. _ : -``). ``input`` is the list of positional arguments, encoded with the
        default payload codec (Avro). ``execution_timeout_seconds`` covers the whole execution
        including continue-as-new; ``run_timeout_seconds`` this run only.

        ``duplicate_policy`` decides what happens when ``workflow_id`` already exists. The
        server knows two policies; the seed's names map onto them:

        * ``None`` (server default) / ``"reject"`` / ``"fail"`` -> wire ``fail``: the start is
          refused and :class:`~durable_workflow.errors.WorkflowAlreadyStarted` is raised;
        * ``"use_existing"`` / ``"use-existing"`` -> wire ``use-existing``: if the existing run
          is still open its handle is returned; a closed one is still refused;
        * ``"allow"`` and ``"terminate_existing"`` have no server equivalent and raise
          :class:`~durable_workflow.errors.InvalidArgument` before anything is sent.

        ``memo`` and ``search_attributes`` attach metadata. ``priority`` (0..9, lower first),
        ``fairness_key`` and ``fairness_weight`` (1..1000) are dispatch hints that servers
        without fairness support ignore. Arguments out of range raise
        :class:`~durable_workflow.errors.InvalidArgument` before sending.
        """
        started = self._run(
            start_workflow(
                self._core,
                workflow_type=workflow_type,
                task_queue=task_queue,
                workflow_id=workflow_id,
                input=input,
                execution_timeout_seconds=execution_timeout_seconds,
                run_timeout_seconds=run_timeout_seconds,
                duplicate_policy=duplicate_policy,
                memo=memo,
                search_attributes=search_attributes,
                priority=priority,
                fairness_key=fairness_key,
                fairness_weight=fairness_weight,
            )
        )
        return SyncWorkflowHandle(
            cast("SyncClient", self),
            started.workflow_id,
            run_id=started.run_id,
            workflow_type=started.workflow_type,
        )

    def describe_workflow(self, workflow_id: str) -> WorkflowExecution:
        """Return the server's current view of a workflow instance.

        Resolves to the newest durable run in the instance's chain (including any
        continue-as-new runs). Decodes the recorded input and output envelopes when present.
        Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown id.
        """
        return self._run(describe_workflow(self._core, workflow_id))

    def get_result(
        self, handle: WorkflowRef, *, poll_interval: float = 0.5, timeout: float | None = 30.0
    ) -> Any:
        """Poll a workflow until it reaches a terminal state and return its result.

        Polls ``GET /api/workflows/{id}`` every ``poll_interval`` seconds. Once the current run
        is closed, a completed run's output is decoded from the described output envelope (or
        from the ``WorkflowCompleted`` history event); other outcomes are read from the run's
        terminal history event. The workflow's result is that of its newest run, so a handle
        pinned to a run that continued as new follows the chain.

        Raises :class:`~durable_workflow.errors.WorkflowFailed`,
        :class:`~durable_workflow.errors.WorkflowCancelled`,
        :class:`~durable_workflow.errors.WorkflowTerminated` or
        :class:`~durable_workflow.errors.WorkflowTimedOut` if the workflow ended in a
        non-success state, or :class:`TimeoutError` if ``timeout`` seconds elapse before the
        workflow terminates (``timeout=None`` waits indefinitely).
        """
        return self._run(
            get_result(
                self._core,
                handle.workflow_id,
                handle.run_id,
                poll_interval=poll_interval,
                timeout=timeout,
            )
        )
