"""Waiting for a workflow's result with the history long poll.

One waiter costs one describe, one history read and then one open request per long-poll window
(``wait_new_event=1`` on the run's history): the server answers as soon as a new event exists,
so there is no busy traffic however many callers wait. A server that does not hold the request
(it answers at once with nothing new) is waited on by polling ``describe`` every
``poll_interval`` seconds instead.

The terminal event ends the wait: ``WorkflowCompleted`` gives the result (decoded, and converted
to ``result_type`` when given), ``WorkflowFailed``/``…Cancelled``/``…Terminated``/``…TimedOut``
raise the typed outcome, ``WorkflowContinuedAsNew`` moves the wait to the new run.
"""

from __future__ import annotations

import base64
import time
from typing import Any

from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object, text_field
from durable_workflow.client._transport import Decode, Sleep
from durable_workflow.client.ops._workflow_reads import (
    describe_request,
    history_page,
    history_request,
)
from durable_workflow.client.ops.task_queues import describe_task_queue
from durable_workflow.client.progress import Progress, ProgressHook

TERMINAL_STATUSES = frozenset({"completed", "failed", "terminated", "cancelled", "canceled"})
TERMINAL_EVENTS = frozenset(
    {
        "WorkflowCompleted",
        "WorkflowFailed",
        "WorkflowTimedOut",
        "WorkflowCancelled",
        "WorkflowTerminated",
    }
)
CONTINUED_AS_NEW = "WorkflowContinuedAsNew"
HISTORY_PAGE_SIZE_FOR_RESULT = 1000
#: A long poll that answers "nothing new" sooner than this was not held by the server.
LONG_POLL_MIN_HOLD_SECONDS = 0.5
#: Extra seconds the HTTP request may take beyond the server's own long-poll window.
LONG_POLL_GRACE_SECONDS = 5.0


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _sequence(event: Any) -> int:
    value = event.get("sequence") if isinstance(event, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def token_after(sequence: int) -> str:
    """The history page token that continues after ``sequence``.

    The protocol documents the token as opaque, internally the base64 of the last returned
    sequence; it is built here only when a server answers a page without one.
    """
    return base64.b64encode(str(sequence).encode()).decode()


class _Wait:
    """Bookkeeping of one wait: deadline, events seen, progress reports."""

    def __init__(
        self, workflow_id: str, timeout: float | None, progress: ProgressHook | None
    ) -> None:
        self.workflow_id = workflow_id
        self.timeout = timeout
        self.started = time.monotonic()
        self.deadline = None if timeout is None else self.started + timeout
        self.progress = progress
        self.count = 0
        self.latest: str | None = None

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def report(self, events: list[Any], *, done: bool = False) -> None:
        if self.progress is None:
            return
        if events:
            self.count += len(events)
            kind = events[-1].get("event_type") if isinstance(events[-1], dict) else None
            self.latest = kind if isinstance(kind, str) else self.latest
        elif not done:
            return
        self.progress(
            Progress(
                what=f"workflow {self.workflow_id}",
                count=self.count,
                latest=self.latest,
                elapsed=time.monotonic() - self.started,
                done=done,
            )
        )


def get_result(
    core: ClientCore,
    workflow_id: str,
    run_id: str | None,
    *,
    poll_interval: float,
    timeout: float | None,
    result_type: Any = None,
    progress: ProgressHook | None = None,
    long_poll: bool = True,
) -> Operation[Any]:
    """Wait until the workflow's newest run is closed; return its result or raise its outcome.

    ``long_poll=False`` waits by polling ``describe`` only (what servers without the history
    long poll get; the benchmark compares both).
    """
    if not isinstance(poll_interval, int | float) or poll_interval < 0:
        raise e.InvalidArgument("poll_interval must be a non-negative number of seconds")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0
    ):
        raise e.InvalidArgument("timeout must be a non-negative number of seconds or None")
    wait = _Wait(workflow_id, timeout, progress)
    while True:
        response = yield describe_request(core, workflow_id, "get_result")
        described = json_object(response, operation="get_result")
        status = text_field(described, "status", operation="get_result")
        current = _text(described.get("run_id")) or run_id
        if status in TERMINAL_STATUSES:
            value = yield from _closed_outcome(core, workflow_id, current, described, wait)
            return _typed(value, result_type)
        if wait.expired():
            raise (yield from _timeout_error(core, wait, described, current))
        if long_poll and current:
            outcome = yield from _long_poll_run(
                core, workflow_id, current, described, wait, poll_interval
            )
            if outcome is _NOT_HELD:
                long_poll = False
            elif outcome is not _CONTINUED:
                return _typed(outcome, result_type)
            continue
        remaining = wait.remaining()
        yield Sleep(poll_interval if remaining is None else min(poll_interval, remaining))


_NOT_HELD = object()
_CONTINUED = object()


def _pause(seconds: float, wait: _Wait) -> float:
    remaining = wait.remaining()
    return seconds if remaining is None else max(0.0, min(seconds, remaining))


def _long_poll_run(
    core: ClientCore,
    workflow_id: str,
    run_id: str,
    described: dict[str, Any],
    wait: _Wait,
    pause: float,
) -> Operation[Any]:
    """Follow the run's history until its terminal event; its outcome, or a marker."""
    token: str | None = None
    last = 0
    while True:
        remaining = wait.remaining()
        if remaining is not None and remaining <= 0:
            raise (yield from _timeout_error(core, wait, described, run_id))
        http_timeout = core.timeout + LONG_POLL_GRACE_SECONDS
        if remaining is not None:
            http_timeout = min(http_timeout, remaining + 0.05)
        asked = time.monotonic()
        try:
            response = yield history_request(
                core,
                workflow_id,
                run_id,
                page_size=HISTORY_PAGE_SIZE_FOR_RESULT,
                next_page_token=token,
                wait_new_event=True,
                operation="wait_for_result",
                timeout=http_timeout,
            )
        except (e.TransportTimeout, e.ServerTimeout):
            continue  # the window outlived the HTTP time-out: ask again (or time out above)
        except (e.ServiceUnavailable, e.RateLimited) as exc:
            yield Sleep(_pause(exc.retry_after or 1.0, wait))
            continue
        except e.ConnectionFailed:
            raise
        except e.TransportError:  # a proxy or the server closed the held request
            yield Sleep(_pause(pause, wait))
            continue
        page = json_object(response, operation="get_result")
        events = page.get("events")
        fresh = [ev for ev in events if _sequence(ev) > last] if isinstance(events, list) else []
        if not fresh:
            if time.monotonic() - asked < LONG_POLL_MIN_HOLD_SECONDS:
                return _NOT_HELD
            continue
        wait.report(fresh)
        for event in fresh:
            kind = event.get("event_type") if isinstance(event, dict) else None
            if not isinstance(kind, str):
                continue
            if kind == CONTINUED_AS_NEW:
                return _CONTINUED
            if kind in TERMINAL_EVENTS:
                wait.report([], done=True)
                try:
                    return (yield from _event_outcome(workflow_id, run_id, {}, event, None))
                except e.PayloadError:  # the server's own decoding of the output may serve
                    response = yield describe_request(core, workflow_id, "get_result")
                    described = json_object(response, operation="get_result")
                    return (yield from _event_outcome(workflow_id, run_id, described, event, None))
        last = max(last, *(_sequence(ev) for ev in fresh))
        token = _text(page.get("next_page_token")) or token_after(last)


def _closed_outcome(
    core: ClientCore,
    workflow_id: str,
    run_id: str | None,
    described: dict[str, Any],
    wait: _Wait,
) -> Operation[Any]:
    """The outcome of a closed run: the described output, else its terminal history event."""
    wait.report([], done=True)
    status = text_field(described, "status", operation="get_result")
    codec = _text(described.get("payload_codec"))
    if status == "completed" and described.get("output_envelope") is not None:
        return (yield from _decode_or_server_value(described["output_envelope"], codec, described))
    terminal: dict[str, Any] | None = None
    if run_id:
        token: str | None = None
        seen: set[str] = set()
        while True:
            page = yield from history_page(
                core,
                workflow_id,
                run_id,
                page_size=HISTORY_PAGE_SIZE_FOR_RESULT,
                next_page_token=token,
                operation="get_result",
            )
            events = page.get("events")
            for event in events if isinstance(events, list) else []:
                event_type = event.get("event_type") if isinstance(event, dict) else None
                if isinstance(event_type, str) and event_type in TERMINAL_EVENTS:
                    terminal = event
            next_token = page.get("next_page_token")
            if not isinstance(next_token, str) or not next_token or next_token in seen:
                break
            seen.add(next_token)
            token = next_token
    if terminal is None and status == "completed":
        return described.get("output")
    return (yield from _event_outcome(workflow_id, run_id, described, terminal, codec))


def _event_outcome(
    workflow_id: str,
    run_id: str | None,
    described: dict[str, Any],
    terminal: dict[str, Any] | None,
    codec: str | None,
) -> Operation[Any]:
    payload = terminal.get("payload") if terminal is not None else None
    payload = payload if isinstance(payload, dict) else {}
    kind = terminal.get("event_type") if terminal is not None else None
    if kind == "WorkflowCompleted":
        output = payload.get("output")
        if output is None:
            return None
        event_codec = _text(payload.get("payload_codec")) or codec
        return (yield from _decode_or_server_value(output, event_codec, described))
    raise failure(workflow_id, run_id, described.get("status"), described, kind, payload)


def _decode_or_server_value(
    payload: Any, codec: str | None, described: dict[str, Any]
) -> Operation[Any]:
    """Decode the result ``payload``; when it cannot be decoded, the server's own decoded output.

    A server that sends its decoded ``output`` beside the envelope (the 2026-04 generation does)
    still answers ``get_result`` even when its framing is one this SDK cannot read; only with no
    server value does the payload error reach the caller.
    """
    try:
        return (yield Decode(payload, codec))
    except e.PayloadError:
        if described.get("output") is None:
            raise
        return described.get("output")


def _typed(value: Any, result_type: Any) -> Any:
    if result_type is None:
        return value
    from durable_workflow.codec.converter import default_converter

    return default_converter().from_value(value, result_type, path="result")


def _timeout_error(
    core: ClientCore, wait: _Wait, described: dict[str, Any], run_id: str | None
) -> Operation[e.WorkflowWaitTimeout]:
    """The time-out error, saying whether any worker polls the workflow's task queue."""
    status = _text(described.get("status"))
    task_queue = _text(described.get("task_queue"))
    pollers: int | None = None
    if task_queue:
        try:
            queue = yield from describe_task_queue(core, task_queue)
        except e.DurableWorkflowError:
            queue = None
        if queue is not None and queue.pollers is not None:
            pollers = len(queue.pollers)
    if task_queue is None:
        workers = "its task queue is unknown"
    elif pollers is None:
        workers = f"whether a worker polls task queue {task_queue!r} is unknown"
    elif pollers == 0:
        workers = f"no worker polls task queue {task_queue!r}: start one for it"
    else:
        workers = f"{pollers} worker(s) poll task queue {task_queue!r}"
    wait.report([], done=True)
    return e.WorkflowWaitTimeout(
        f"workflow {wait.workflow_id!r} is not finished after {wait.timeout}s "
        f"(status {status!r}); {workers}. The workflow goes on; wait again with "
        "result(timeout=...) or timeout=None",
        workflow_id=wait.workflow_id,
        run_id=run_id,
        timeout=wait.timeout,
        status=status,
        task_queue=task_queue,
        poller_count=pollers,
    )


def failure(
    workflow_id: str,
    run_id: str | None,
    status: Any,
    described: dict[str, Any],
    kind: Any,
    payload: dict[str, Any],
) -> e.WorkflowOutcomeError:
    """The typed outcome error of a run closed with terminal event ``kind``."""
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
