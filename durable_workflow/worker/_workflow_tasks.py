"""Workflow and query tasks: history in, runtime, commands out.

A workflow task's history is read whole (pages followed, compressed pages expanded) and given
to the run's instance; a cached instance skips what it already applied, a new one replays from
the start. The commands are delivered with the task's fencing token; a refusal because the
task went stale (lease lost, re-claimed, run closed) evicts the instance and drops the task
without crashing. A query is answered from the cached instance when it is up to date, else
from an instance replayed from the query task's history.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from ..codec.framing import PayloadFraming
from ..errors import DurableWorkflowError
from . import _runtime as rt
from ._cache import WorkflowCache
from ._delivery import Rejected, deliver
from ._history import HistoryError, full_history, newer_events, page_events
from ._logging import TaskLog, task_log
from ._metrics import record_task
from ._registration import definition_fingerprint

#: Refusals meaning the task is no longer ours: drop it (the server re-drives the run).
STALE_REASONS = frozenset(
    {
        "lease_expired",
        "lease_owner_mismatch",
        "run_already_closed",
        "run_closed",
        "run_not_found",
        "task_not_found",
        "task_not_leased",
        "task_not_workflow",
        "workflow_task_attempt_mismatch",
    }
)
TERMINAL_COMMANDS = frozenset({"complete_workflow", "fail_workflow", "continue_as_new"})
#: Command types the engine of the 2026-04 release (worker protocol ``1.0``) takes without
#: advertising them: its command normaliser accepts ``open_condition_wait`` although discovery
#: lists eleven other types (``workflow-task-semantics.md`` §4.2), so condition waits work there.
ACCEPTED_UNADVERTISED = {"1.0": frozenset({"open_condition_wait"})}
#: How long a completion is retried through transient failures (the lease lasts 5 minutes).
COMPLETION_RETRY_SECONDS = 240.0


class WorkflowTasks:
    """Runs the workflow and query tasks of one worker."""

    def __init__(
        self,
        client: Any,
        workflows: Sequence[type],
        *,
        worker_id: str,
        task_queue: str,
        max_cached_workflows: int,
    ) -> None:
        self._client = client
        self._worker_id = worker_id
        self._task_queue = task_queue
        self._definitions: dict[str, Any] = {}
        self.fingerprints: dict[str, str] = {}
        for cls in workflows:
            definition = rt.definition_of(cls)
            if definition.name in self._definitions:
                from ._errors import WorkerConfigurationError

                raise WorkerConfigurationError(f"two workflows are named {definition.name!r}")
            self._definitions[definition.name] = definition
            self.fingerprints[definition.name] = definition_fingerprint(cls)
        self.cache: WorkflowCache[Any] = WorkflowCache(max_cached_workflows)
        #: The workflow-task command types the server advertised (set by the worker from its
        #: registration); ``None`` while unknown.
        self.advertised_commands: Callable[[], frozenset[str] | None] = lambda: None
        #: Workflow tasks handled so far, per outcome (``completed``, ``failed``, ...).
        self.outcomes: dict[str, int] = {}

    @property
    def types(self) -> list[str]:
        return sorted(self._definitions)

    def _new_instance(self, task: dict[str, Any], attempt_key: str) -> Any:
        name = str(task.get("workflow_type") or "")
        definition = self._definitions.get(name)
        if definition is None:
            raise rt.UnknownWorkflowType(
                f"workflow type {name!r} is not registered on this worker "
                f"(registered: {', '.join(self.types) or 'none'})"
            )
        return rt.new_instance(
            definition,
            task,
            namespace=self._client.namespace,
            task_queue=str(task.get("task_queue") or self._task_queue),
            attempt=int(task.get(attempt_key) or 1),
            converter=self._converter(),
            framing=self._framing(),
            supported_commands=self._supported_commands(),
        )

    def _supported_commands(self) -> frozenset[str] | None:
        """The command types new workflow code may issue: what the server advertised, plus
        what its worker protocol version is known to take unadvertised."""
        advertised = self.advertised_commands()
        if advertised is None:
            return None
        generation = getattr(self._client._core, "generation", None)
        version = getattr(generation, "worker_protocol_version", None)
        extra = (
            ACCEPTED_UNADVERTISED.get(version, frozenset()) if isinstance(version, str) else None
        )
        return advertised | extra if extra else advertised

    def _framing(self) -> PayloadFraming:
        """The payload framing of the server generation the client negotiated (registration
        negotiates it before any task arrives); the current generation's otherwise."""
        core = self._client._core
        pinned = getattr(core, "payload_framing", None)
        if isinstance(pinned, PayloadFraming):
            return pinned
        generation = getattr(core, "generation", None)
        framing = getattr(generation, "payload_framing", None)
        return framing if isinstance(framing, PayloadFraming) else PayloadFraming.VALUE_V1

    def _converter(self) -> Any:
        return getattr(self._client._core.payloads, "converter", None)

    # ------------------------------------------------------------------ workflow tasks

    async def handle(self, task: dict[str, Any]) -> None:
        log = task_log("workflow", task, task_id_key="task_id", attempt_key="workflow_task_attempt")
        started = time.monotonic()
        outcome = await self._handle(task, log)
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        record_task(
            self._client,
            kind="workflow",
            outcome=outcome,
            duration_seconds=time.monotonic() - started,
        )

    async def _handle(self, task: dict[str, Any], log: TaskLog) -> str:
        run_id = str(task["run_id"])
        try:
            events = await full_history(self._client, task)
        except (HistoryError, DurableWorkflowError) as exc:
            log.warning("history unavailable: %s", exc)
            self.cache.evict(run_id)
            if isinstance(exc, HistoryError):
                return await self._fail(task, log, "HistoryUnavailable", str(exc), None)
            return "abandoned"
        instance = self.cache.get(run_id)
        if instance is not None and int(task.get("workflow_task_attempt") or 1) > 1:
            # A retried task: the cached state may hold commands the server never accepted.
            self.cache.evict(run_id)
            instance = None
        try:
            if instance is None:
                log.debug("replaying %d events from the start", len(events))
                instance = self._new_instance(task, "workflow_task_attempt")
            result = rt.activate(instance, task, events)
        except Exception as exc:
            self.cache.evict(run_id)
            log.error("workflow task failed: %s: %s", type(exc).__name__, exc)
            return await self._fail(
                task, log, rt.failure_type(exc), str(exc) or type(exc).__name__, _trace(exc)
            )
        failure = rt.failure_of(result)
        if failure is not None and failure.type == rt.WAITING_FOR_HISTORY:
            # A signal or update may have arrived while the task was leased: the server records
            # it without a new task, so read on before giving up the task.
            newer = await newer_events(self._client, task, _last(events))
            if newer:
                log.debug("%d event(s) arrived during the task; applying them", len(newer))
                events = events + newer
                try:
                    result = rt.activate(instance, task, events)
                except Exception as exc:
                    self.cache.evict(run_id)
                    return await self._fail(
                        task, log, rt.failure_type(exc), str(exc) or type(exc).__name__, _trace(exc)
                    )
                failure = rt.failure_of(result)
        if failure is not None and failure.type != rt.WAITING_FOR_HISTORY:
            self.cache.evict(run_id)
            log.error("workflow task failed: %s: %s", failure.type, failure.message)
            return await self._fail(task, log, failure.type, failure.message, failure.stack_trace)
        commands = rt.commands_of(result) if failure is None else []
        if not commands:
            log.debug("nothing new to record (%s); the run waits for more history", failure)
            # Nothing new to record (a signal that unblocked nothing): the run waits for more
            # history; the server re-drives it when new work arrives.
            self.cache.put(run_id, instance)
            return await self._fail(
                task,
                log,
                "WorkflowTaskWaitingForHistory",
                "Workflow task waiting for scheduled history.",
                None,
            )
        try:
            ack = await deliver(
                lambda: self._client.complete_workflow_task(
                    task_id=task["task_id"],
                    lease_owner=task["lease_owner"],
                    workflow_task_attempt=task["workflow_task_attempt"],
                    commands=commands,
                ),
                what="workflow task completion",
                log=log,
                give_up_after=COMPLETION_RETRY_SECONDS,
            )
        except Rejected as rejected:
            self.cache.evict(run_id)
            if rejected.reason in STALE_REASONS:
                log.info("workflow task went stale (%s); dropped", rejected.reason)
                return "abandoned"
            log.error("workflow task completion rejected: %s", rejected)
            await self._fail(
                task,
                log,
                "WorkflowTaskCompletionRejected",
                f"workflow task completion failed after commands were produced: {rejected}",
                None,
            )
            return "rejected"
        closing = rt.is_finished(result) or any(
            c.get("type") in TERMINAL_COMMANDS for c in commands
        )
        if closing or ack.get("run_status") in ("completed", "failed", "cancelled", "terminated"):
            self.cache.evict(run_id)
        else:
            self.cache.put(run_id, instance)
        log.debug("completed with %d command(s)", len(commands))
        return "completed"

    async def _fail(
        self,
        task: dict[str, Any],
        log: TaskLog,
        failure_type: str,
        message: str,
        stack_trace: str | None,
    ) -> str:
        try:
            await deliver(
                lambda: self._client.fail_workflow_task(
                    task_id=task["task_id"],
                    lease_owner=task["lease_owner"],
                    workflow_task_attempt=task["workflow_task_attempt"],
                    message=message,
                    failure_type=failure_type,
                    stack_trace=stack_trace,
                ),
                what="workflow task failure report",
                log=log,
                give_up_after=COMPLETION_RETRY_SECONDS,
            )
        except Rejected as rejected:
            log.info("workflow task failure report refused: %s", rejected)
            return "abandoned"
        return "failed"

    # ------------------------------------------------------------------ query tasks

    async def answer_query(self, task: dict[str, Any]) -> None:
        log = task_log("query", task, task_id_key="query_task_id", attempt_key="query_task_attempt")
        started = time.monotonic()
        outcome = await self._answer(task, log)
        record_task(
            self._client,
            kind="query",
            outcome=outcome,
            duration_seconds=time.monotonic() - started,
        )

    async def _answer(self, task: dict[str, Any], log: TaskLog) -> str:
        ids = {
            "query_task_id": task["query_task_id"],
            "lease_owner": task["lease_owner"],
            "query_task_attempt": task["query_task_attempt"],
        }
        name = str(task.get("query_name") or "")
        run_id = str(task.get("run_id") or "")
        try:
            instance = self.cache.peek(run_id)
            if instance is None or not _up_to_date(instance, page_events(task)):
                instance = self._new_instance(
                    {**task, "arguments": task.get("workflow_arguments")}, "query_task_attempt"
                )
                rt.activate(
                    instance,
                    {**task, "arguments": task.get("workflow_arguments")},
                    page_events(task),
                )
            value = rt.query(instance, name, _arguments(task.get("query_arguments")))
        except Exception as exc:
            error = exc
            reason = rt.query_failure_reason(error)
            log.info("query %r rejected (%s): %s", name, reason, error)
            try:
                await deliver(
                    lambda: self._client.fail_query_task(
                        **ids,
                        message=str(error) or type(error).__name__,
                        reason=reason,
                        failure_type=type(error).__name__,
                    ),
                    what="query failure report",
                    log=log,
                    give_up_after=30.0,
                )
            except Rejected as rejected:
                log.info("query failure report refused: %s", rejected)
                return "abandoned"
            return "failed"
        try:
            await deliver(
                lambda: self._client.complete_query_task(
                    **ids,
                    result=value,
                    workflow_id=task.get("workflow_id"),
                    run_id=run_id,
                    query_name=name,
                ),
                what="query answer",
                log=log,
                give_up_after=30.0,
            )
        except Rejected as rejected:
            log.info("query answer refused: %s", rejected)
            return "abandoned"
        return "completed"


def _up_to_date(instance: Any, events: list[dict[str, Any]]) -> bool:
    """Whether a cached instance has seen everything in ``events`` that could change its state.

    Events after its last applied one that a workflow task recorded (``workflow_task_id`` set)
    are the records of its own last commands; anything else (a signal, an activity outcome, a
    fired timer) is news it has not applied.
    """
    seen = rt.last_sequence(instance)
    return all(e.get("workflow_task_id") for e in events if int(e.get("sequence") or 0) > seen)


def _last(events: list[dict[str, Any]]) -> int:
    return max((int(e.get("sequence") or 0) for e in events), default=0)


def _arguments(envelope: Any) -> Any:
    """``None`` for an absent argument list (the server sends ``{"codec", "blob": null}``)."""
    if (
        isinstance(envelope, dict)
        and envelope.get("blob", "") is None
        and "external_storage" not in envelope
    ):
        return None
    return envelope


def _trace(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))
