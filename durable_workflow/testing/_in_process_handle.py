"""Handles on workflows of the in-process environment: result, signals, queries, updates,
cancellation and the recorded history."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from ..codec import decode_payload, encode_payload
from ..errors import (
    QueryFailed,
    SignalFailed,
    UpdateRejected,
    WorkflowCancelled,
    WorkflowFailed,
    WorkflowOutcomeError,
    WorkflowTerminated,
    WorkflowTimedOut,
)
from ._in_process_state import Run, Update, blob_of, resume_context

if TYPE_CHECKING:
    from ._in_process import InProcessEnvironment

__all__ = ["InProcessWorkflowHandle", "outcome_error"]


def outcome_error(run: Run) -> WorkflowOutcomeError:
    """The client's typed error for a run that closed without completing."""
    failure = run.failure or {}
    message = str(failure.get("message") or f"workflow {run.workflow_id} {run.status}")
    details = failure or None
    if run.closed_reason == "timed_out":
        return WorkflowTimedOut(
            message, workflow_id=run.workflow_id, run_id=run.run_id, details=details
        )
    if run.status == "failed":
        exception_class = failure.get("exception_class")
        return WorkflowFailed(
            message,
            workflow_id=run.workflow_id,
            run_id=run.run_id,
            details=details,
            exception_class=exception_class if isinstance(exception_class, str) else None,
        )
    kind = WorkflowTerminated if run.status == "terminated" else WorkflowCancelled
    return kind(message, workflow_id=run.workflow_id, run_id=run.run_id, details=details)


class InProcessWorkflowHandle:
    """One workflow instance of an :class:`InProcessEnvironment` (all its runs).

    Calls address the instance's current run, as the client's handle does without a run id.
    """

    def __init__(self, env: InProcessEnvironment, workflow_id: str, first_run_id: str) -> None:
        self._env = env
        self.workflow_id = workflow_id
        self.first_run_id = first_run_id

    def __repr__(self) -> str:
        return f"InProcessWorkflowHandle(workflow_id={self.workflow_id!r})"

    # ------------------------------------------------------------------ state

    def _current(self) -> Run:
        return self._env._current_run(self.workflow_id)

    @property
    def run_id(self) -> str:
        """The id of the instance's current (latest) run."""
        return self._current().run_id

    @property
    def status(self) -> str:
        """The current run's status (``running``, ``waiting``, ``completed``, ``failed``, ...)."""
        return self._current().status

    @property
    def run_ids(self) -> list[str]:
        """Every run of the instance, first to current (continue-as-new, child retries)."""
        return [run.run_id for run in self._env._chain(self.workflow_id)]

    @property
    def search_attributes(self) -> dict[str, Any]:
        """The current run's search attributes, as upserts left them."""
        return dict(self._current().search_attributes)

    @property
    def memo(self) -> dict[str, Any]:
        """The current run's memo, as upserts left it."""
        return dict(self._current().memo)

    def history(self, run_id: str | None = None) -> list[dict[str, Any]]:
        """The events of a run (the current one by default) as the server serves them, ready
        for ``testing.replay``. The event dicts are the environment's own: do not change them."""
        run = self._env._run(run_id) if run_id is not None else self._current()
        return list(run.history.events)

    def export_history(self, run_id: str | None = None) -> dict[str, Any]:
        """A run's history as ``client.export_history`` bundles it (workflow identity, start
        input and output, events): ``testing.replay(cls, handle.export_history())`` replays it
        with its own start input and run id."""
        run = self._env._run(run_id) if run_id is not None else self._current()
        return {
            "schema": "durable-workflow.v2.history-export",
            "schema_version": 1,
            "history_complete": not run.is_open,
            "workflow": {
                "instance_id": run.workflow_id,
                "run_id": run.run_id,
                "run_number": run.run_number,
                "workflow_type": run.workflow_type,
                "queue": run.task_queue,
                "status": run.status,
                "closed_reason": run.closed_reason,
                "memo": dict(run.memo),
                "search_attributes": dict(run.search_attributes),
            },
            "payloads": {
                "codec": "avro",
                "arguments": {"available": True, "data": blob_of(run.arguments)},
                "output": {
                    "available": run.output is not None,
                    "codec": "avro",
                    "data": blob_of(run.output),
                },
            },
            "history_events": list(run.history.events),
        }

    # ------------------------------------------------------------------ outcome

    async def result(
        self, *, result_type: Any = None, follow_runs: bool = True, timeout: float | None = None
    ) -> Any:
        """The workflow's result, decoded to ``result_type`` (by default the return type of the
        workflow's run method), following continue-as-new runs unless ``follow_runs`` is false.
        ``timeout`` bounds the real time spent waiting (``TimeoutError`` after it).

        Raises :class:`~durable_workflow.errors.WorkflowFailed`,
        :class:`~durable_workflow.errors.WorkflowCancelled`,
        :class:`~durable_workflow.errors.WorkflowTerminated` or
        :class:`~durable_workflow.errors.WorkflowTimedOut` as the client does, and
        :class:`WorkflowTaskFailed` / :class:`WorkflowStalled` when the run cannot get there.
        """
        if timeout is not None:
            async with asyncio.timeout(timeout):
                return await self.result(result_type=result_type, follow_runs=follow_runs)
        run = self._env._run(self.first_run_id) if not follow_runs else self._current()
        while True:
            await self._env._await_closed(run)
            if run.continued_to is None or not follow_runs:
                break
            run = run.continued_to
        if run.status != "completed":
            raise outcome_error(run)
        if result_type is None:
            result_type = self._env._result_type(run.workflow_type)
        return decode_payload(
            run.output, "avro", type_hint=result_type, converter=self._env.converter
        )

    # ------------------------------------------------------------------ messages

    async def signal(self, signal_name: str, args: list[Any] | None = None) -> None:
        """Send signal ``signal_name`` with ``args`` (as the client's handle takes them):
        ``SignalReceived`` and a workflow task."""
        name = signal_name
        run = self._current()
        if not run.is_open:
            raise SignalFailed(
                f"workflow {self.workflow_id!r} is not running", status=409, reason="run_not_active"
            )
        if not self._env._declares(run.workflow_type, "signals", name):
            raise SignalFailed(
                f"workflow type {run.workflow_type!r} has no signal {name!r}",
                status=404,
                reason="unknown_signal",
            )
        engine = self._env._ensure_started()
        command_id, signal_id = engine.ids(), engine.ids()
        arguments = encode_payload(list(args or []), converter=self._env.converter, kind="input")
        run.history.append(
            "SignalReceived",
            {
                "workflow_command_id": command_id,
                "signal_id": signal_id,
                "workflow_instance_id": run.workflow_id,
                "workflow_run_id": run.run_id,
                "signal_name": name,
                "signal_wait_id": None,
                "workflow_sequence": None,
                "arguments": arguments,
                "payload_codec": "avro",
            },
            command_id=command_id,
        )
        engine.request_task(
            run,
            resume_context(
                workflow_wait_kind="signal",
                open_wait_id=f"signal-application:{signal_id}",
                resume_source_kind="workflow_signal",
                resume_source_id=signal_id,
                workflow_signal_id=signal_id,
                signal_name=name,
                workflow_command_id=command_id,
            ),
        )
        self._env._poke()

    async def query(
        self, query_name: str, args: list[Any] | None = None, *, result_type: Any = None
    ) -> Any:
        """Ask query ``query_name``: the instance is brought up to date with the history, then
        its handler answers; nothing is written to history. Arguments and result cross the
        payload codec as they would on the wire."""
        name = query_name
        run = self._current()
        self._env._catch_up(run)
        arguments = encode_payload(list(args or []), converter=self._env.converter, kind="input")
        try:
            value = self._env._runtime.query(run, name, arguments)
        except QueryFailed:
            raise
        except Exception as exc:
            raise QueryFailed(
                f"query {name!r} of {self.workflow_id!r} failed: {exc}", reason="query_failed"
            ) from exc
        encoded = encode_payload(value, converter=self._env.converter, kind="query_result")
        return decode_payload(encoded, "avro", type_hint=result_type, converter=self._env.converter)

    async def update(
        self, update_name: str, args: list[Any] | None = None, *, result_type: Any = None
    ) -> Any:
        """Send update ``update_name`` and return its result (decoded to ``result_type``): the
        validator runs first (raising :class:`~durable_workflow.errors.UpdateRejected`, with
        ``UpdateRejected`` in history), then ``UpdateAccepted`` and a workflow task apply it; a
        failing handler raises :class:`~durable_workflow.errors.UpdateFailed`."""
        name = update_name
        run = self._current()
        engine = self._env._ensure_started()
        if not run.is_open:
            raise UpdateRejected(
                f"workflow {self.workflow_id!r} is not running", status=409, reason="run_not_active"
            )
        self._env._catch_up(run)
        command_id, update_id = engine.ids(), engine.ids()
        arguments = encode_payload(list(args or []), converter=self._env.converter, kind="input")
        base = {
            "workflow_command_id": command_id,
            "update_id": update_id,
            "workflow_instance_id": run.workflow_id,
            "workflow_run_id": run.run_id,
            "update_name": name,
            "arguments": arguments["blob"],
        }
        rejection = self._env._validate_update(run, name, arguments)
        if rejection is not None:
            run.history.append(
                "UpdateRejected",
                {**base, "validation_errors": [rejection]},
                command_id=command_id,
            )
            raise UpdateRejected(
                f"update {name!r} of {self.workflow_id!r} was rejected: {rejection}",
                status=422,
                reason="update_validator_rejected",
                body={"validation_errors": [rejection]},
            )
        future = engine.loop.create_future()
        run.updates[update_id] = Update(update_id, command_id, name, arguments, future)
        run.history.append("UpdateAccepted", base, command_id=command_id)
        engine.request_task(
            run,
            resume_context(
                workflow_wait_kind="update",
                open_wait_id=f"update:{update_id}",
                resume_source_kind="workflow_update",
                resume_source_id=update_id,
                workflow_update_id=update_id,
                workflow_command_id=command_id,
            ),
        )
        self._env._poke()
        result = await self._env._await_update(run, future)
        return decode_payload(result, "avro", type_hint=result_type, converter=self._env.converter)

    # ------------------------------------------------------------------ ending it

    async def cancel(self, *, reason: str | None = None) -> None:
        """Request cancellation of the current run: ``CancelRequested`` and a workflow task in
        which the workflow sees ``asyncio.CancelledError`` and may compensate; ending with it
        closes the run as cancelled."""
        self._env._cancel(self._current(), "cancel", reason)

    async def terminate(self, *, reason: str | None = None) -> None:
        """Terminate the current run at once (no workflow code runs)."""
        self._env._cancel(self._current(), "terminate", reason)
