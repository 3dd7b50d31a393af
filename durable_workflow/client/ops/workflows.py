"""Workflows: start, describe, result (``/api/workflows…``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from durable_workflow_api import models

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, encode, json_object, predecode
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.client.handles import SyncWorkflowHandle, WorkflowHandle, WorkflowRef
from durable_workflow.client.ops._results import get_result
from durable_workflow.client.ops._workflow_reads import describe_request
from durable_workflow.client.progress import ProgressArg, progress_hook

if TYPE_CHECKING:
    from durable_workflow_api.api.workflows import start_workflow as _start_workflow

    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.types import WorkflowExecution
else:
    _start_workflow = _lazy.module("durable_workflow_api.api.workflows.start_workflow")

_WORKFLOW_ID = re.compile(r"^[a-zA-Z0-9._:-]{1,128}$")
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
    input: Sequence[Any] | None,
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
    if input is not None and (
        isinstance(input, str | bytes | bytearray) or not isinstance(input, Sequence)
    ):
        raise e.InvalidArgument(
            f"input must be a list of positional arguments, got {type(input).__name__}"
        )
    body: dict[str, Any] = {
        "workflow_id": workflow_id,
        "workflow_type": workflow_type,
        "task_queue": task_queue,
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
    if input is not None:
        body["input"] = yield from encode(list(input))
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


# --------------------------------------------------------------------------- async methods


class AsyncWorkflows(AsyncBase):
    """Workflow methods of :class:`~durable_workflow.client.AsyncClient`."""

    def get_workflow_handle(
        self,
        workflow_id: str,
        *,
        run_id: str | None = None,
        workflow_type: str = "",
        result_type: Any = None,
    ) -> WorkflowHandle:
        """Return a :class:`WorkflowHandle` bound to an existing workflow instance.

        Does not round-trip to the server. Pass ``run_id`` to pin the handle to a specific
        run, otherwise the handle resolves to whichever run is current at the time each method
        is called. ``workflow_type`` is optional and used only in error messages;
        ``result_type`` is the type the handle's ``result()`` converts the result to.
        """
        return WorkflowHandle(
            cast("AsyncClient", self),
            workflow_id,
            run_id=run_id,
            workflow_type=workflow_type,
            result_type=result_type,
        )

    async def start_workflow(
        self,
        *,
        workflow_type: str,
        task_queue: str,
        workflow_id: str,
        input: Sequence[Any] | None = None,
        execution_timeout_seconds: int = 3600,
        run_timeout_seconds: int = 600,
        duplicate_policy: str | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        priority: int | None = None,
        fairness_key: str | None = None,
        fairness_weight: int | None = None,
        result_type: Any = None,
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
        :class:`~durable_workflow.errors.InvalidArgument` before sending. ``result_type`` is
        remembered by the returned handle: its ``result()`` converts the result to that type.
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
            result_type=result_type,
        )

    async def describe_workflow(self, workflow_id: str) -> WorkflowExecution:
        """Return the server's current view of a workflow instance.

        Resolves to the newest durable run in the instance's chain (including any
        continue-as-new runs). Decodes the recorded input and output envelopes when present.
        Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown id.
        """
        return await self._run(describe_workflow(self._core, workflow_id))

    async def get_result(
        self,
        handle: WorkflowRef,
        *,
        poll_interval: float = 0.5,
        timeout: float | None = None,
        result_type: Any = None,
        progress: ProgressArg = None,
    ) -> Any:
        """Wait until a workflow reaches a terminal state and return its result.

        Waits with the server's history long poll: one ``describe``, then one open
        ``GET …/runs/{run_id}/history?wait_new_event=1`` at a time that the server answers as
        soon as the run records a new event, so waiting costs no busy traffic. Servers that do
        not hold that request are polled with ``describe`` every ``poll_interval`` seconds.
        A completed run's output is decoded (from the described output envelope or the
        ``WorkflowCompleted`` event) and, with ``result_type`` (a class or any annotation such
        as ``list[Order]``), converted to that type; other outcomes are read from the run's
        terminal history event. The workflow's result is that of its newest run, so a wait
        follows continue-as-new.

        ``timeout`` is ``None`` by default: a durable workflow may take hours, and waiting for
        it should not give up on its own. Pass seconds to bound the wait. ``progress`` reports
        the events seen while waiting (a callback, or ``True`` for a tqdm bar; see
        :mod:`durable_workflow.client.progress`).

        Raises :class:`~durable_workflow.errors.WorkflowFailed`,
        :class:`~durable_workflow.errors.WorkflowCancelled`,
        :class:`~durable_workflow.errors.WorkflowTerminated` or
        :class:`~durable_workflow.errors.WorkflowTimedOut` if the workflow ended in a
        non-success state, or :class:`~durable_workflow.errors.WorkflowWaitTimeout` (also a
        :class:`TimeoutError`) when ``timeout`` seconds pass first; its message names the
        workflow and says whether any worker polls its task queue.
        """
        return await self._run(
            get_result(
                self._core,
                handle.workflow_id,
                handle.run_id,
                poll_interval=poll_interval,
                timeout=timeout,
                result_type=result_type
                if result_type is not None
                else getattr(handle, "result_type", None),
                progress=progress_hook(progress),
            )
        )


# --------------------------------------------------------------------------- sync methods


class SyncWorkflows(SyncBase):
    """Workflow methods of :class:`~durable_workflow.client.SyncClient`."""

    def get_workflow_handle(
        self,
        workflow_id: str,
        *,
        run_id: str | None = None,
        workflow_type: str = "",
        result_type: Any = None,
    ) -> SyncWorkflowHandle:
        """Return a :class:`WorkflowHandle` bound to an existing workflow instance.

        Does not round-trip to the server. Pass ``run_id`` to pin the handle to a specific
        run, otherwise the handle resolves to whichever run is current at the time each method
        is called. ``workflow_type`` is optional and used only in error messages;
        ``result_type`` is the type the handle's ``result()`` converts the result to.
        """
        return SyncWorkflowHandle(
            cast("SyncClient", self),
            workflow_id,
            run_id=run_id,
            workflow_type=workflow_type,
            result_type=result_type,
        )

    def start_workflow(
        self,
        *,
        workflow_type: str,
        task_queue: str,
        workflow_id: str,
        input: Sequence[Any] | None = None,
        execution_timeout_seconds: int = 3600,
        run_timeout_seconds: int = 600,
        duplicate_policy: str | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        priority: int | None = None,
        fairness_key: str | None = None,
        fairness_weight: int | None = None,
        result_type: Any = None,
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
        :class:`~durable_workflow.errors.InvalidArgument` before sending. ``result_type`` is
        remembered by the returned handle: its ``result()`` converts the result to that type.
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
            result_type=result_type,
        )

    def describe_workflow(self, workflow_id: str) -> WorkflowExecution:
        """Return the server's current view of a workflow instance.

        Resolves to the newest durable run in the instance's chain (including any
        continue-as-new runs). Decodes the recorded input and output envelopes when present.
        Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown id.
        """
        return self._run(describe_workflow(self._core, workflow_id))

    def get_result(
        self,
        handle: WorkflowRef,
        *,
        poll_interval: float = 0.5,
        timeout: float | None = None,
        result_type: Any = None,
        progress: ProgressArg = None,
    ) -> Any:
        """Wait until a workflow reaches a terminal state and return its result.

        Waits with the server's history long poll: one ``describe``, then one open
        ``GET …/runs/{run_id}/history?wait_new_event=1`` at a time that the server answers as
        soon as the run records a new event, so waiting costs no busy traffic. Servers that do
        not hold that request are polled with ``describe`` every ``poll_interval`` seconds.
        A completed run's output is decoded (from the described output envelope or the
        ``WorkflowCompleted`` event) and, with ``result_type`` (a class or any annotation such
        as ``list[Order]``), converted to that type; other outcomes are read from the run's
        terminal history event. The workflow's result is that of its newest run, so a wait
        follows continue-as-new.

        ``timeout`` is ``None`` by default: a durable workflow may take hours, and waiting for
        it should not give up on its own. Pass seconds to bound the wait. ``progress`` reports
        the events seen while waiting (a callback, or ``True`` for a tqdm bar; see
        :mod:`durable_workflow.client.progress`).

        Raises :class:`~durable_workflow.errors.WorkflowFailed`,
        :class:`~durable_workflow.errors.WorkflowCancelled`,
        :class:`~durable_workflow.errors.WorkflowTerminated` or
        :class:`~durable_workflow.errors.WorkflowTimedOut` if the workflow ended in a
        non-success state, or :class:`~durable_workflow.errors.WorkflowWaitTimeout` (also a
        :class:`TimeoutError`) when ``timeout`` seconds pass first; its message names the
        workflow and says whether any worker polls its task queue.
        """
        return self._run(
            get_result(
                self._core,
                handle.workflow_id,
                handle.run_id,
                poll_interval=poll_interval,
                timeout=timeout,
                result_type=result_type
                if result_type is not None
                else getattr(handle, "result_type", None),
                progress=progress_hook(progress),
            )
        )
