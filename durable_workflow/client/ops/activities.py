"""Standalone activities: ``/api/activities…`` (start, describe, list, result) and cancel.

A standalone activity runs inside a server-managed host workflow run whose workflow id is the
activity id, so cancelling one goes through ``POST /api/workflows/{activity_id}/cancel``, and the
host run's terminal status is the activity's outcome (``failed`` -> ``WorkflowFailed``,
``terminated`` -> ``WorkflowTerminated``, ``cancelled``/``canceled`` -> ``WorkflowCancelled``).
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

from durable_workflow_api import models
from durable_workflow_api.models.workflow_status_bucket import WorkflowStatusBucket
from durable_workflow_api.types import UNSET

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import (
    ClientCore,
    Operation,
    decode_or_keep,
    encode,
    json_object,
    predecode,
    text_field,
)
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request, Sleep
from durable_workflow.client.activity_handles import (
    StandaloneActivityHandle,
    SyncStandaloneActivityHandle,
)
from durable_workflow.client.progress import PageReporter, ProgressArg

if TYPE_CHECKING:
    from durable_workflow_api.api.activities import get_standalone_activity as _get
    from durable_workflow_api.api.activities import list_standalone_activities as _list
    from durable_workflow_api.api.activities import start_standalone_activity as _start
    from durable_workflow_api.api.workflows import cancel_workflow as _cancel_host

    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.types import StandaloneActivityExecution, StandaloneActivityList
else:
    _get = _lazy.module("durable_workflow_api.api.activities.get_standalone_activity")
    _list = _lazy.module("durable_workflow_api.api.activities.list_standalone_activities")
    _start = _lazy.module("durable_workflow_api.api.activities.start_standalone_activity")
    _cancel_host = _lazy.module("durable_workflow_api.api.workflows.cancel_workflow")

_ACTIVITY_ID = re.compile(r"^[a-zA-Z0-9._:-]{1,128}$")
#: ``status`` filters of the activity list (host-run status buckets).
LIST_STATUSES = frozenset({"running", "completed", "failed"})
TERMINAL_STATUSES = frozenset({"completed", "failed", "terminated", "cancelled", "canceled"})
_RETRY_POLICY_KEYS = frozenset({"max_attempts", "backoff_seconds", "non_retryable_error_types"})
_TIMEOUTS = (
    "start_to_close_timeout_seconds",
    "schedule_to_start_timeout_seconds",
    "schedule_to_close_timeout_seconds",
    "heartbeat_timeout_seconds",
)


class ActivityRef(Protocol):
    """Anything naming a standalone activity: a handle, or an object with ``activity_id``."""

    @property
    def activity_id(self) -> str:
        """The activity id (also the host workflow id)."""


class StartedActivity:
    """What ``POST /api/activities`` answered: the ids a handle is bound to."""

    def __init__(
        self,
        activity_id: str,
        workflow_run_id: str | None,
        activity_execution_id: str | None,
        workflow_type: str,
        activity_type: str,
    ) -> None:
        self.activity_id = activity_id
        self.workflow_run_id = workflow_run_id
        self.activity_execution_id = activity_execution_id
        self.workflow_type = workflow_type
        self.activity_type = activity_type


# --------------------------------------------------------------------------- validation


def checked_activity_id(activity_id: Any) -> str:
    """``activity_id`` when it is a non-empty string (path use), else ``InvalidArgument``."""
    if not isinstance(activity_id, str) or not activity_id:
        raise e.InvalidArgument("activity_id must be a non-empty string")
    return activity_id


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise e.InvalidArgument(f"{name} must be a non-empty string")
    return value


def _positive_int(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise e.InvalidArgument(f"{name} must be a positive integer, got {value!r}")
    return value


def _retry_policy(policy: Any) -> dict[str, Any] | None:
    if policy is None:
        return None
    if not isinstance(policy, Mapping):
        raise e.InvalidArgument(f"retry_policy must be a dict, got {type(policy).__name__}")
    unknown = sorted(set(policy) - _RETRY_POLICY_KEYS)
    if unknown:
        raise e.InvalidArgument(
            f"retry_policy has unknown keys {unknown}; allowed: backoff_seconds, max_attempts, "
            "non_retryable_error_types"
        )
    result = dict(policy)
    _positive_int("retry_policy.max_attempts", result.get("max_attempts"))
    backoff = result.get("backoff_seconds")
    if backoff is not None:
        values = backoff if isinstance(backoff, list) else [backoff]
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values):
            raise e.InvalidArgument(
                "retry_policy.backoff_seconds must be a non-negative integer or a list of them"
            )
    types = result.get("non_retryable_error_types")
    if types is not None and (
        not isinstance(types, list) or not all(isinstance(t, str) and t for t in types)
    ):
        raise e.InvalidArgument("retry_policy.non_retryable_error_types must be a list of strings")
    return {k: v for k, v in result.items() if v is not None}


# --------------------------------------------------------------------------- operations


def start_activity(
    core: ClientCore,
    *,
    activity_type: str,
    task_queue: str,
    activity_id: str | None,
    activity_class: str | None,
    input: Sequence[Any] | None,
    business_key: str | None,
    retry_policy: dict[str, Any] | None,
    timeouts: Mapping[str, int | None],
) -> Operation[StartedActivity]:
    """``POST /api/activities``: ``activity_type`` and ``task_queue`` always, others when given."""
    body: dict[str, Any] = {
        "activity_type": _text("activity_type", activity_type),
        "task_queue": _text("task_queue", task_queue),
    }
    if activity_id is not None:
        if not isinstance(activity_id, str) or not _ACTIVITY_ID.match(activity_id):
            raise e.InvalidArgument(
                "activity_id must be 1-128 characters of letters, digits and . _ : -, "
                f"got {activity_id!r}"
            )
        body["activity_id"] = activity_id
    if activity_class is not None:
        body["activity_class"] = _text("activity_class", activity_class)
    if business_key is not None:
        body["business_key"] = _text("business_key", business_key)
    if input is not None and (
        isinstance(input, str | bytes | bytearray) or not isinstance(input, Sequence)
    ):
        raise e.InvalidArgument(
            f"input must be a list of positional arguments, got {type(input).__name__}"
        )
    policy = _retry_policy(retry_policy)
    if policy is not None:
        body["retry_policy"] = policy
    for name in _TIMEOUTS:
        value = _positive_int(name, timeouts.get(name))
        if value is not None:
            body[name] = value
    if input is not None:
        body["input"] = yield from encode(list(input), kind="input", path="input")
    response = yield Request.from_kwargs(
        _start._get_kwargs(
            body=models.StandaloneActivityStartRequest.from_dict(body), **core.control_header_args()
        ),
        operation="start_activity",
    )
    data = json_object(response, operation="start_activity")

    def text(key: str, default: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) and value else default

    returned_id = text("activity_id", activity_id or "")
    if not returned_id:
        raise e.UnexpectedResponse(
            "start_activity: the server generated an activity id but did not return it",
            status=response.status_code,
            reason="invalid_response",
            body=data,
        )
    run_id, execution_id = data.get("workflow_run_id"), data.get("activity_execution_id")
    return StartedActivity(
        activity_id=returned_id,
        workflow_run_id=run_id if isinstance(run_id, str) else None,
        activity_execution_id=execution_id if isinstance(execution_id, str) else None,
        workflow_type=text("workflow_type", ""),
        activity_type=text("activity_type", activity_type),
    )


def _describe_raw(core: ClientCore, activity_id: str, operation: str) -> Operation[dict[str, Any]]:
    response = yield Request.from_kwargs(
        _get._get_kwargs(checked_activity_id(activity_id), **core.control_header_args()),
        operation=operation,
        not_found=e.WorkflowNotFound,
    )
    return json_object(response, operation=operation)


def _result_codec(data: Mapping[str, Any]) -> str | None:
    codec = data.get("payload_codec")
    return codec if isinstance(codec, str) else None


def describe_activity(core: ClientCore, activity_id: str) -> Operation[StandaloneActivityExecution]:
    """``GET /api/activities/{id}``; ``result`` decoded from its envelope."""
    from durable_workflow.client.types import StandaloneActivityExecution

    data = yield from _describe_raw(core, activity_id, "describe_activity")
    decode = yield from predecode([data.get("result")], _result_codec(data))
    return StandaloneActivityExecution.from_wire(data, activity_id=activity_id, decode=decode)


def list_activities(
    core: ClientCore,
    *,
    status: str | None,
    page_size: int | None,
    next_page_token: str | None,
) -> Operation[StandaloneActivityList]:
    """``GET /api/activities`` with only the given parameters; results decoded."""
    from durable_workflow.client.types import StandaloneActivityList

    if status is not None and status not in LIST_STATUSES:
        raise e.InvalidArgument(f"status must be one of completed, failed, running; got {status!r}")
    _positive_int("page_size", page_size)
    if next_page_token is not None and (
        not isinstance(next_page_token, str) or not next_page_token
    ):
        raise e.InvalidArgument("next_page_token must be a non-empty string when given")
    response = yield Request.from_kwargs(
        _list._get_kwargs(
            status=UNSET if status is None else cast(WorkflowStatusBucket, status),
            page_size=UNSET if page_size is None else page_size,
            next_page_token=UNSET if next_page_token is None else next_page_token,
            **core.control_header_args(),
        ),
        operation="list_activities",
    )
    data = json_object(response, operation="list_activities")
    items = data.get("activities")
    decoded: dict[int, Any] = {}
    for item in items if isinstance(items, list) else []:
        payload = item.get("result") if isinstance(item, dict) else None
        if payload is not None and id(payload) not in decoded:
            decoded[id(payload)] = yield from decode_or_keep(payload, _result_codec(item))

    def decode(payload: Any, _codec: str | None) -> Any:
        if id(payload) not in decoded:
            raise e.PayloadError("internal error: an activity result was not decoded")
        return decoded[id(payload)]

    return StandaloneActivityList.from_wire(data, decode=decode)


def get_activity_result(
    core: ClientCore, activity_id: str, *, poll_interval: float, timeout: float | None
) -> Operation[Any]:
    """Poll describe until the host run is terminal; see ``AsyncActivities.get_activity_result``."""
    checked_activity_id(activity_id)
    if (
        isinstance(poll_interval, bool)
        or not isinstance(poll_interval, int | float)
        or poll_interval < 0
    ):
        raise e.InvalidArgument("poll_interval must be a non-negative number of seconds")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0
    ):
        raise e.InvalidArgument("timeout must be a non-negative number of seconds or None")
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        data = yield from _describe_raw(core, activity_id, "get_activity_result")
        status = text_field(data, "status", operation="get_activity_result")
        if status in TERMINAL_STATUSES:
            break
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                run_id = data.get("workflow_run_id")
                raise e.ActivityWaitTimeout(
                    f"standalone activity {activity_id!r} is not finished after {timeout}s "
                    f"(status {status!r}). The activity goes on; wait again with "
                    "result(timeout=...) or timeout=None",
                    activity_id=activity_id,
                    run_id=run_id if isinstance(run_id, str) else None,
                    timeout=timeout,
                    status=status,
                )
            yield Sleep(min(poll_interval, remaining))
        else:
            yield Sleep(poll_interval)
    if status == "completed":
        payload = data.get("result")
        if payload is None:
            return None
        decode = yield from predecode([payload], _result_codec(data))
        return decode(payload, None)
    raise activity_failure(activity_id, str(status), data)


def activity_failure(activity_id: str, status: str, data: Mapping[str, Any]) -> Exception:
    """The outcome error for a host run that closed with ``status`` (not ``completed``)."""
    run_id = data.get("workflow_run_id")
    ids = {"workflow_id": activity_id, "run_id": run_id if isinstance(run_id, str) else None}
    closed_reason = data.get("closed_reason")
    reason = closed_reason if isinstance(closed_reason, str) and closed_reason else None
    failure = data.get("failure")
    failure = failure if isinstance(failure, dict) else {}
    if status == "failed":
        message = failure.get("message")
        exception_class = failure.get("exception_class") or failure.get("exception_type")
        return e.WorkflowFailed(
            message
            if isinstance(message, str) and message
            else f"standalone activity {activity_id} failed",
            exception_class=exception_class if isinstance(exception_class, str) else None,
            details=failure or None,
            **ids,
        )
    if status == "terminated":
        return e.WorkflowTerminated(
            reason or f"standalone activity {activity_id} was terminated", **ids
        )
    return e.WorkflowCancelled(reason or f"standalone activity {activity_id} was cancelled", **ids)


def cancel_activity(core: ClientCore, activity_id: str, *, reason: str | None) -> Operation[None]:
    """``POST /api/workflows/{activity_id}/cancel`` with ``{reason?}`` (the host workflow)."""
    if reason is not None and not isinstance(reason, str):
        raise e.InvalidArgument(f"reason must be a string, got {type(reason).__name__}")
    body = {"reason": reason} if reason is not None else {}
    response = yield Request.from_kwargs(
        _cancel_host._get_kwargs(
            checked_activity_id(activity_id),
            body=models.CancelWorkflowRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="cancel_activity",
        not_found=e.WorkflowNotFound,
    )
    json_object(response, operation="cancel_activity")
    return None


# --------------------------------------------------------------------------- async methods


class AsyncActivities(AsyncBase):
    """Standalone-activity methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def start_activity(
        self,
        *,
        activity_type: str,
        task_queue: str,
        activity_id: str | None = None,
        activity_class: str | None = None,
        input: Sequence[Any] | None = None,
        business_key: str | None = None,
        retry_policy: dict[str, Any] | None = None,
        start_to_close_timeout_seconds: int | None = None,
        schedule_to_start_timeout_seconds: int | None = None,
        schedule_to_close_timeout_seconds: int | None = None,
        heartbeat_timeout_seconds: int | None = None,
    ) -> StandaloneActivityHandle:
        """Start a standalone activity and return a handle bound to it.

        ``activity_type`` is the language-neutral activity type key a worker registered; the
        same activity definition can run inside a workflow and be dispatched here as a top-level
        durable job. ``task_queue`` selects the worker pool that will run the activity.

        ``activity_id`` is an optional caller-supplied identifier (1-128 characters of letters,
        digits and ``. _ : -``, like a workflow id); when omitted, the server generates one.
        ``activity_class`` is an optional free-form label shown by list/describe; it does not
        affect dispatch. ``input`` is the list of positional arguments, encoded with the
        client's payload codec. ``retry_policy`` has the shape used inside a workflow
        (``max_attempts``, ``backoff_seconds``, ``non_retryable_error_types``). The four
        timeouts (positive integers) map one-to-one onto the same fields of activities
        scheduled from a workflow. Only the given fields are sent; invalid arguments raise
        :class:`~durable_workflow.errors.InvalidArgument` before sending.

        Returns a :class:`StandaloneActivityHandle` so the caller can inspect the activity,
        await its result, or cancel it without having to know that the server records the work
        inside a host workflow run.
        """
        started = await self._run(
            start_activity(
                self._core,
                activity_type=activity_type,
                task_queue=task_queue,
                activity_id=activity_id,
                activity_class=activity_class,
                input=input,
                business_key=business_key,
                retry_policy=retry_policy,
                timeouts={
                    "start_to_close_timeout_seconds": start_to_close_timeout_seconds,
                    "schedule_to_start_timeout_seconds": schedule_to_start_timeout_seconds,
                    "schedule_to_close_timeout_seconds": schedule_to_close_timeout_seconds,
                    "heartbeat_timeout_seconds": heartbeat_timeout_seconds,
                },
            )
        )
        return StandaloneActivityHandle(
            cast("AsyncClient", self),
            started.activity_id,
            workflow_run_id=started.workflow_run_id,
            activity_execution_id=started.activity_execution_id,
            workflow_type=started.workflow_type,
            activity_type=started.activity_type,
        )

    def get_activity_handle(
        self,
        activity_id: str,
        *,
        workflow_run_id: str | None = None,
        activity_execution_id: str | None = None,
        activity_type: str = "",
    ) -> StandaloneActivityHandle:
        """Return a :class:`StandaloneActivityHandle` bound to an existing standalone activity.

        Does not round-trip to the server.
        """
        return StandaloneActivityHandle(
            cast("AsyncClient", self),
            checked_activity_id(activity_id),
            workflow_run_id=workflow_run_id,
            activity_execution_id=activity_execution_id,
            activity_type=activity_type,
        )

    async def describe_activity(self, activity_id: str) -> StandaloneActivityExecution:
        """Return the server's current view of one standalone activity.

        The returned ``result`` field is decoded from the server's payload envelope when the
        activity has completed; for not-yet-terminal activities it is ``None``. An unknown id
        raises :class:`~durable_workflow.errors.WorkflowNotFound` (the activity id is its host
        workflow's id).
        """
        return await self._run(describe_activity(self._core, activity_id))

    async def list_activities(
        self,
        *,
        status: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
    ) -> StandaloneActivityList:
        """Page through standalone activities visible to the calling namespace.

        ``status`` filters on the host-run status bucket and accepts ``running``,
        ``completed``, or ``failed`` (other values raise
        :class:`~durable_workflow.errors.InvalidArgument` before sending). Pass the returned
        ``next_page_token`` to fetch the next page; it is ``None`` on the last one. Completed
        activities carry their decoded ``result``.
        """
        return await self._run(
            list_activities(
                self._core, status=status, page_size=page_size, next_page_token=next_page_token
            )
        )

    async def iter_activities(
        self,
        *,
        status: str | None = None,
        page_size: int | None = None,
        progress: ProgressArg = None,
    ) -> AsyncIterator[StandaloneActivityExecution]:
        """Yield every standalone activity of the namespace, paging under the hood.

        Calls :meth:`list_activities` with ``status`` and ``page_size`` and follows
        ``next_page_token`` until the server returns none. ``progress`` reports the items seen
        after each page (a callback, or ``True`` for a tqdm bar; see
        :mod:`durable_workflow.client.progress`).
        """
        token: str | None = None
        seen: set[str] = set()
        reporter = PageReporter("iter_activities", progress)
        while True:
            page = await self._run(
                list_activities(
                    self._core, status=status, page_size=page_size, next_page_token=token
                )
            )
            for activity in page.activities:
                yield activity
            token = _next_token(page, seen)
            reporter.page(len(page.activities), last=token is None)
            if token is None:
                return

    async def get_activity_result(
        self,
        handle: ActivityRef,
        *,
        poll_interval: float = 0.5,
        timeout: float | None = None,
    ) -> Any:
        """Poll a standalone activity until it reaches a terminal outcome.

        Polls ``GET /api/activities/{activity_id}`` every ``poll_interval`` seconds. Returns
        the decoded activity result on success, raises
        :class:`~durable_workflow.errors.WorkflowFailed` on failure (the host run carries the
        activity's failure as its terminal state),
        :class:`~durable_workflow.errors.WorkflowCancelled` /
        :class:`~durable_workflow.errors.WorkflowTerminated` for the respective lifecycle
        outcomes. There is no time limit by default (``timeout=None``): an activity may run for
        hours. With ``timeout`` seconds, an activity still running after it raises
        :class:`~durable_workflow.errors.ActivityWaitTimeout` (also a :class:`TimeoutError`)
        naming the activity; the activity itself goes on.
        """
        return await self._run(
            get_activity_result(
                self._core, handle.activity_id, poll_interval=poll_interval, timeout=timeout
            )
        )


def _next_token(page: StandaloneActivityList, seen: set[str]) -> str | None:
    token = page.next_page_token
    if not token:
        return None
    if token in seen:
        raise e.UnexpectedResponse(
            "list_activities returned a page token it already returned", reason="invalid_response"
        )
    seen.add(token)
    return token


# --------------------------------------------------------------------------- sync methods


class SyncActivities(SyncBase):
    """Standalone-activity methods of :class:`~durable_workflow.client.SyncClient`."""

    def start_activity(
        self,
        *,
        activity_type: str,
        task_queue: str,
        activity_id: str | None = None,
        activity_class: str | None = None,
        input: Sequence[Any] | None = None,
        business_key: str | None = None,
        retry_policy: dict[str, Any] | None = None,
        start_to_close_timeout_seconds: int | None = None,
        schedule_to_start_timeout_seconds: int | None = None,
        schedule_to_close_timeout_seconds: int | None = None,
        heartbeat_timeout_seconds: int | None = None,
    ) -> SyncStandaloneActivityHandle:
        """Start a standalone activity and return a handle bound to it.

        ``activity_type`` is the language-neutral activity type key a worker registered; the
        same activity definition can run inside a workflow and be dispatched here as a top-level
        durable job. ``task_queue`` selects the worker pool that will run the activity.

        ``activity_id`` is an optional caller-supplied identifier (1-128 characters of letters,
        digits and ``. _ : -``, like a workflow id); when omitted, the server generates one.
        ``activity_class`` is an optional free-form label shown by list/describe; it does not
        affect dispatch. ``input`` is the list of positional arguments, encoded with the
        client's payload codec. ``retry_policy`` has the shape used inside a workflow
        (``max_attempts``, ``backoff_seconds``, ``non_retryable_error_types``). The four
        timeouts (positive integers) map one-to-one onto the same fields of activities
        scheduled from a workflow. Only the given fields are sent; invalid arguments raise
        :class:`~durable_workflow.errors.InvalidArgument` before sending.

        Returns a :class:`StandaloneActivityHandle` so the caller can inspect the activity,
        await its result, or cancel it without having to know that the server records the work
        inside a host workflow run.
        """
        started = self._run(
            start_activity(
                self._core,
                activity_type=activity_type,
                task_queue=task_queue,
                activity_id=activity_id,
                activity_class=activity_class,
                input=input,
                business_key=business_key,
                retry_policy=retry_policy,
                timeouts={
                    "start_to_close_timeout_seconds": start_to_close_timeout_seconds,
                    "schedule_to_start_timeout_seconds": schedule_to_start_timeout_seconds,
                    "schedule_to_close_timeout_seconds": schedule_to_close_timeout_seconds,
                    "heartbeat_timeout_seconds": heartbeat_timeout_seconds,
                },
            )
        )
        return SyncStandaloneActivityHandle(
            cast("SyncClient", self),
            started.activity_id,
            workflow_run_id=started.workflow_run_id,
            activity_execution_id=started.activity_execution_id,
            workflow_type=started.workflow_type,
            activity_type=started.activity_type,
        )

    def get_activity_handle(
        self,
        activity_id: str,
        *,
        workflow_run_id: str | None = None,
        activity_execution_id: str | None = None,
        activity_type: str = "",
    ) -> SyncStandaloneActivityHandle:
        """Return a :class:`StandaloneActivityHandle` bound to an existing standalone activity.

        Does not round-trip to the server.
        """
        return SyncStandaloneActivityHandle(
            cast("SyncClient", self),
            checked_activity_id(activity_id),
            workflow_run_id=workflow_run_id,
            activity_execution_id=activity_execution_id,
            activity_type=activity_type,
        )

    def describe_activity(self, activity_id: str) -> StandaloneActivityExecution:
        """Return the server's current view of one standalone activity.

        The returned ``result`` field is decoded from the server's payload envelope when the
        activity has completed; for not-yet-terminal activities it is ``None``. An unknown id
        raises :class:`~durable_workflow.errors.WorkflowNotFound` (the activity id is its host
        workflow's id).
        """
        return self._run(describe_activity(self._core, activity_id))

    def list_activities(
        self,
        *,
        status: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
    ) -> StandaloneActivityList:
        """Page through standalone activities visible to the calling namespace.

        ``status`` filters on the host-run status bucket and accepts ``running``,
        ``completed``, or ``failed`` (other values raise
        :class:`~durable_workflow.errors.InvalidArgument` before sending). Pass the returned
        ``next_page_token`` to fetch the next page; it is ``None`` on the last one. Completed
        activities carry their decoded ``result``.
        """
        return self._run(
            list_activities(
                self._core, status=status, page_size=page_size, next_page_token=next_page_token
            )
        )

    def iter_activities(
        self,
        *,
        status: str | None = None,
        page_size: int | None = None,
        progress: ProgressArg = None,
    ) -> Iterator[StandaloneActivityExecution]:
        """Yield every standalone activity of the namespace, paging under the hood.

        Calls :meth:`list_activities` with ``status`` and ``page_size`` and follows
        ``next_page_token`` until the server returns none. ``progress`` reports the items seen
        after each page (a callback, or ``True`` for a tqdm bar; see
        :mod:`durable_workflow.client.progress`).
        """
        token: str | None = None
        seen: set[str] = set()
        reporter = PageReporter("iter_activities", progress)
        while True:
            page = self._run(
                list_activities(
                    self._core, status=status, page_size=page_size, next_page_token=token
                )
            )
            yield from page.activities
            token = _next_token(page, seen)
            reporter.page(len(page.activities), last=token is None)
            if token is None:
                return

    def get_activity_result(
        self,
        handle: ActivityRef,
        *,
        poll_interval: float = 0.5,
        timeout: float | None = None,
    ) -> Any:
        """Poll a standalone activity until it reaches a terminal outcome.

        Polls ``GET /api/activities/{activity_id}`` every ``poll_interval`` seconds. Returns
        the decoded activity result on success, raises
        :class:`~durable_workflow.errors.WorkflowFailed` on failure (the host run carries the
        activity's failure as its terminal state),
        :class:`~durable_workflow.errors.WorkflowCancelled` /
        :class:`~durable_workflow.errors.WorkflowTerminated` for the respective lifecycle
        outcomes. There is no time limit by default (``timeout=None``): an activity may run for
        hours. With ``timeout`` seconds, an activity still running after it raises
        :class:`~durable_workflow.errors.ActivityWaitTimeout` (also a :class:`TimeoutError`)
        naming the activity; the activity itself goes on.
        """
        return self._run(
            get_activity_result(
                self._core, handle.activity_id, poll_interval=poll_interval, timeout=timeout
            )
        )
