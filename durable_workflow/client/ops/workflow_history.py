"""Workflow visibility and history: list, iterate, runs, run detail, history and its export.

Routes: ``GET /api/workflows`` (list), ``GET /api/workflows/{id}/runs`` (runs of one chain),
``GET /api/workflows/{id}/runs/{run_id}`` (run detail),
``GET /api/workflows/{id}/runs/{run_id}/history`` (history pages) and
``GET /api/workflows/{id}/runs/{run_id}/history/export`` (replay bundle).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from durable_workflow_api.models.workflow_status_bucket import WorkflowStatusBucket
from durable_workflow_api.types import UNSET

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object, predecode
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Decode, Request
from durable_workflow.client.ops._workflow_reads import (
    checked_run_id,
    checked_workflow_id,
    describe_request,
    history_page,
)
from durable_workflow.client.progress import Progress, ProgressArg, ProgressHook, progress_hook

if TYPE_CHECKING:
    from durable_workflow_api.api.workflows import export_workflow_run_history as _export_history
    from durable_workflow_api.api.workflows import get_workflow_run as _get_run
    from durable_workflow_api.api.workflows import list_workflow_runs as _list_runs
    from durable_workflow_api.api.workflows import list_workflows as _list_workflows

    from durable_workflow.client.history import RunHistory
    from durable_workflow.client.types import (
        WorkflowExecution,
        WorkflowList,
        WorkflowRun,
        WorkflowRunList,
    )

else:
    _export_history = _lazy.module("durable_workflow_api.api.workflows.export_workflow_run_history")
    _get_run = _lazy.module("durable_workflow_api.api.workflows.get_workflow_run")
    _list_runs = _lazy.module("durable_workflow_api.api.workflows.list_workflow_runs")
    _list_workflows = _lazy.module("durable_workflow_api.api.workflows.list_workflows")

#: Status filters the server's list route accepts (the run's status bucket).
LIST_STATUS_BUCKETS = ("running", "completed", "failed")
#: Run statuses that are not buckets, and the bucket that holds them.
_STATUS_HINTS = {
    "cancelled": "failed",
    "canceled": "failed",
    "terminated": "failed",
    "timed_out": "failed",
    "pending": "running",
    "waiting": "running",
}
LIST_PAGE_SIZE_MAX = 200
HISTORY_PAGE_SIZE_MAX = 1000


def _optional_text(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise e.InvalidArgument(f"{name} must be a non-empty string when given, got {value!r}")
    return value


def _page_size(value: Any, maximum: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        raise e.InvalidArgument(f"page_size must be an integer 1..{maximum}, got {value!r}")
    return value


def wire_status(status: str | None) -> WorkflowStatusBucket | None:
    """The list route's ``status`` filter: one of ``running``, ``completed``, ``failed``."""
    if status is None:
        return None
    key = status.strip().lower() if isinstance(status, str) else None
    if key in LIST_STATUS_BUCKETS:
        return cast(WorkflowStatusBucket, key)
    hint = _STATUS_HINTS.get(key or "")
    detail = f"; runs in status {key!r} are listed under {hint!r}" if hint else ""
    raise e.InvalidArgument(
        f"status {status!r} is not a filter the server supports: use 'running', 'completed' "
        f"or 'failed' (the run's status bucket){detail}",
        reason="unsupported_status_filter",
    )


# --------------------------------------------------------------------------- operations


def list_workflows(
    core: ClientCore,
    *,
    workflow_type: str | None,
    status: str | None,
    query: str | None,
    page_size: int | None,
    next_page_token: str | None,
) -> Operation[WorkflowList]:
    """``GET /api/workflows`` with only the provided filters."""
    from durable_workflow.client.types import WorkflowList

    bucket = wire_status(status)
    kwargs = _list_workflows._get_kwargs(
        workflow_type=_optional_text("workflow_type", workflow_type) or UNSET,
        status=UNSET if bucket is None else bucket,
        query=UNSET if query is None else _checked_query(query),
        page_size=_page_size(page_size, LIST_PAGE_SIZE_MAX) or UNSET,
        next_page_token=_optional_text("next_page_token", next_page_token) or UNSET,
        **core.control_header_args(),
    )
    response = yield Request.from_kwargs(kwargs, operation="list_workflows")
    return WorkflowList.from_wire(json_object(response, operation="list_workflows"))


def _checked_query(query: Any) -> str:
    if not isinstance(query, str):
        raise e.InvalidArgument(f"query must be a string, got {type(query).__name__}")
    return query


def get_history(
    core: ClientCore,
    workflow_id: str,
    run_id: str,
    *,
    page_size: int | None,
    next_page_token: str | None,
) -> Operation[RunHistory]:
    """Every history page from ``next_page_token`` (or the start) to the end, merged."""
    checked_workflow_id(workflow_id)
    checked_run_id(run_id)
    size = _page_size(page_size, HISTORY_PAGE_SIZE_MAX)
    token = _optional_text("next_page_token", next_page_token)
    seen: set[str] = set() if token is None else {token}
    events: list[Any] = []
    merged: dict[str, Any] = {}
    while True:
        page = yield from history_page(
            core,
            workflow_id,
            run_id,
            page_size=size,
            next_page_token=token,
            operation="get_history",
        )
        page_events = page.get("events")
        if page_events is not None and not isinstance(page_events, list):
            raise e.UnexpectedResponse(
                "get_history: 'events' is not a list", reason="invalid_response", body=page
            )
        events.extend(page_events or [])
        merged = page
        next_token = page.get("next_page_token")
        if not isinstance(next_token, str) or not next_token:
            break
        if next_token in seen:
            raise e.UnexpectedResponse(
                f"get_history: the server repeated the page token {next_token!r}; "
                "the history cannot be read to its end",
                reason="repeated_page_token",
                body=page,
            )
        seen.add(next_token)
        token = next_token
    result = dict(merged)
    result.setdefault("workflow_id", workflow_id)
    result.setdefault("run_id", run_id)
    result["events"] = events
    result["next_page_token"] = None
    from durable_workflow.client.history import HistoryEvent, RunHistory

    typed = []
    for event in events:
        decoded = yield from _decoded_fields(event)
        typed.append(HistoryEvent.from_wire(event, decoded))
    return RunHistory(
        workflow_id=str(result["workflow_id"]),
        run_id=str(result["run_id"]),
        events=typed,
        raw=result,
    )


def _decoded_fields(event: Any) -> Operation[dict[str, Any]]:
    """The decoded payload fields of one event; a field that does not decode is left out."""
    payload = event.get("payload") if isinstance(event, dict) else None
    if not isinstance(payload, dict):
        return {}
    codec = payload.get("payload_codec")
    codec = codec if isinstance(codec, str) else "avro"
    from durable_workflow.client.history import PAYLOAD_FIELDS

    decoded: dict[str, Any] = {}
    for name in PAYLOAD_FIELDS:
        value = payload.get(name)
        if isinstance(value, dict) and not {"codec", "blob"} & value.keys():
            continue
        if not isinstance(value, dict | str) or not value:
            continue
        try:
            decoded[name] = yield Decode(value, codec)
        except e.PayloadError:
            continue
    return decoded


def run_history(core: ClientCore, workflow_id: str, run_id: str | None) -> Operation[RunHistory]:
    """The history of ``run_id``, or of the workflow's current run (one describe first)."""
    if not run_id:
        response = yield describe_request(core, workflow_id, "get_history")
        current = json_object(response, operation="get_history").get("run_id")
        if not isinstance(current, str) or not current:
            raise e.UnexpectedResponse(
                f"describe of workflow {workflow_id!r} names no run id; its history cannot be read",
                reason="invalid_response",
            )
        run_id = current
    return (yield from get_history(core, workflow_id, run_id, page_size=None, next_page_token=None))


def export_history(core: ClientCore, workflow_id: str, run_id: str) -> Operation[dict[str, Any]]:
    """``GET /api/workflows/{id}/runs/{run_id}/history/export``: the bundle, untouched."""
    response = yield Request.from_kwargs(
        _export_history._get_kwargs(
            checked_workflow_id(workflow_id),
            checked_run_id(run_id),
            **core.control_header_args(),
        ),
        operation="export_history",
        not_found=e.WorkflowNotFound,
    )
    return json_object(response, operation="export_history")


def list_workflow_runs(core: ClientCore, workflow_id: str) -> Operation[WorkflowRunList]:
    """``GET /api/workflows/{id}/runs``."""
    from durable_workflow.client.types import WorkflowRunList

    response = yield Request.from_kwargs(
        _list_runs._get_kwargs(checked_workflow_id(workflow_id), **core.control_header_args()),
        operation="list_workflow_runs",
        not_found=e.WorkflowNotFound,
    )
    return WorkflowRunList.from_wire(
        json_object(response, operation="list_workflow_runs"), workflow_id=workflow_id
    )


def describe_workflow_run(
    core: ClientCore, workflow_id: str, run_id: str
) -> Operation[WorkflowRun]:
    """``GET /api/workflows/{id}/runs/{run_id}``; envelopes decoded when present."""
    from durable_workflow.client.types import WorkflowRun

    response = yield Request.from_kwargs(
        _get_run._get_kwargs(
            checked_workflow_id(workflow_id),
            checked_run_id(run_id),
            **core.control_header_args(),
        ),
        operation="describe_workflow_run",
        not_found=e.WorkflowNotFound,
    )
    data = json_object(response, operation="describe_workflow_run")
    codec = data.get("payload_codec") if isinstance(data.get("payload_codec"), str) else None
    decode = yield from predecode((data.get("input_envelope"), data.get("output_envelope")), codec)
    return WorkflowRun.from_wire(data, workflow_id=workflow_id, run_id=run_id, decode=decode)


class _Pager:
    """Next-page bookkeeping shared by the async and sync iterators."""

    def __init__(self, next_page_token: str | None, progress: ProgressHook | None = None) -> None:
        self.token = next_page_token
        self.seen: set[str] = set() if next_page_token is None else {next_page_token}
        self.done = False
        self.progress = progress
        self.count = 0
        self.pages = 0
        self.started = time.monotonic()

    def advance(self, page: WorkflowList) -> None:
        token = page.next_page_token
        self.count += len(page.executions)
        self.pages += 1
        if self.progress is not None:
            self.progress(
                Progress(
                    what="iter_workflows",
                    count=self.count,
                    latest=f"page {self.pages}",
                    elapsed=time.monotonic() - self.started,
                    done=not token,
                )
            )
        if not token:
            self.done = True
            return
        if token in self.seen:
            raise e.UnexpectedResponse(
                f"iter_workflows: the server repeated the page token {token!r}",
                reason="repeated_page_token",
            )
        self.seen.add(token)
        self.token = token


# --------------------------------------------------------------------------- async methods


class AsyncWorkflowHistory(AsyncBase):
    """Workflow visibility and history methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def list_workflows(
        self,
        *,
        workflow_type: str | None = None,
        status: str | None = None,
        query: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
    ) -> WorkflowList:
        """Page through workflow instances, optionally filtered by type, status, or query string.

        Pass the returned :attr:`WorkflowList.next_page_token` as ``next_page_token`` on the
        next call to fetch the following page; the token is ``None`` when there are no more
        pages. Only the filters given are sent. ``status`` is the run's status bucket:
        ``running``, ``completed`` or ``failed`` (cancelled, terminated and timed-out runs are in
        ``failed``, pending and waiting ones in ``running``); other values raise
        :class:`~durable_workflow.errors.InvalidArgument` before sending. ``query`` is matched
        by the server as a substring of the workflow id or business key. ``page_size`` is
        1..200 (server default 50). Items carry no input or output.
        """
        return await self._run(
            list_workflows(
                self._core,
                workflow_type=workflow_type,
                status=status,
                query=query,
                page_size=page_size,
                next_page_token=next_page_token,
            )
        )

    async def iter_workflows(
        self,
        *,
        workflow_type: str | None = None,
        status: str | None = None,
        query: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
        progress: ProgressArg = None,
    ) -> AsyncIterator[WorkflowExecution]:
        """Iterate every workflow matching the filters, fetching pages as needed.

        Same filters as :meth:`list_workflows`; ``page_size`` is the size of each request and
        ``next_page_token`` resumes from a page token. Paging stops when the server returns no
        further token; a token the server repeats raises
        :class:`~durable_workflow.errors.UnexpectedResponse` instead of looping. ``progress``
        reports the items seen after each page (a callback, or ``True`` for a tqdm bar; see
        :mod:`durable_workflow.client.progress`).
        """
        pager = _Pager(next_page_token, progress_hook(progress))
        while not pager.done:
            page = await self._run(
                list_workflows(
                    self._core,
                    workflow_type=workflow_type,
                    status=status,
                    query=query,
                    page_size=page_size,
                    next_page_token=pager.token,
                )
            )
            for execution in page.executions:
                yield execution
            pager.advance(page)

    async def get_history(
        self,
        workflow_id: str,
        run_id: str,
        *,
        page_size: int | None = None,
        next_page_token: str | None = None,
    ) -> RunHistory:
        """Fetch the full durable history for one specific run of a workflow.

        The server pages history (100 events per page by default); this method follows
        ``next_page_token`` to the last page and returns a
        :class:`~durable_workflow.client.history.RunHistory` holding every event in
        ascending ``sequence`` as a typed :class:`~durable_workflow.client.history.HistoryEvent`
        (``event_type``, ``sequence``, an aware ``datetime`` ``timestamp``, ``payload`` with
        its payload fields decoded). It still reads like the server's object
        (``history["events"]``), which ``raw`` holds. ``page_size`` (1..1000) sets the size of each
        request; ``next_page_token`` starts from a token of an earlier read instead of the
        first event. Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown
        workflow or run.
        """
        return await self._run(
            get_history(
                self._core,
                workflow_id,
                run_id,
                page_size=page_size,
                next_page_token=next_page_token,
            )
        )

    async def export_history(self, workflow_id: str, run_id: str) -> dict[str, Any]:
        """Export one workflow run history as a replay bundle.

        Returns the server's bundle untouched (its integrity checksum covers exactly this
        document). Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown run.
        """
        return await self._run(export_history(self._core, workflow_id, run_id))

    async def list_workflow_runs(self, workflow_id: str) -> WorkflowRunList:
        """List all durable runs in one workflow execution chain, oldest first.

        Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown workflow.
        """
        return await self._run(list_workflow_runs(self._core, workflow_id))

    async def describe_workflow_run(self, workflow_id: str, run_id: str) -> WorkflowRun:
        """Return detailed status, payload, and actionability for one specific workflow run.

        ``input``/``output`` are decoded from the run's payload envelopes when the server sends
        them, else taken as the server decoded them. Raises
        :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown workflow or run.
        """
        return await self._run(describe_workflow_run(self._core, workflow_id, run_id))


# --------------------------------------------------------------------------- sync methods


class SyncWorkflowHistory(SyncBase):
    """Workflow visibility and history methods of :class:`~durable_workflow.client.SyncClient`."""

    def list_workflows(
        self,
        *,
        workflow_type: str | None = None,
        status: str | None = None,
        query: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
    ) -> WorkflowList:
        """Page through workflow instances, optionally filtered by type, status, or query string.

        Pass the returned :attr:`WorkflowList.next_page_token` as ``next_page_token`` on the
        next call to fetch the following page; the token is ``None`` when there are no more
        pages. Only the filters given are sent. ``status`` is the run's status bucket:
        ``running``, ``completed`` or ``failed`` (cancelled, terminated and timed-out runs are in
        ``failed``, pending and waiting ones in ``running``); other values raise
        :class:`~durable_workflow.errors.InvalidArgument` before sending. ``query`` is matched
        by the server as a substring of the workflow id or business key. ``page_size`` is
        1..200 (server default 50). Items carry no input or output.
        """
        return self._run(
            list_workflows(
                self._core,
                workflow_type=workflow_type,
                status=status,
                query=query,
                page_size=page_size,
                next_page_token=next_page_token,
            )
        )

    def iter_workflows(
        self,
        *,
        workflow_type: str | None = None,
        status: str | None = None,
        query: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
        progress: ProgressArg = None,
    ) -> Iterator[WorkflowExecution]:
        """Iterate every workflow matching the filters, fetching pages as needed.

        Same filters as :meth:`list_workflows`; ``page_size`` is the size of each request and
        ``next_page_token`` resumes from a page token. Paging stops when the server returns no
        further token; a token the server repeats raises
        :class:`~durable_workflow.errors.UnexpectedResponse` instead of looping. ``progress``
        reports the items seen after each page (a callback, or ``True`` for a tqdm bar; see
        :mod:`durable_workflow.client.progress`).
        """
        pager = _Pager(next_page_token, progress_hook(progress))
        while not pager.done:
            page = self._run(
                list_workflows(
                    self._core,
                    workflow_type=workflow_type,
                    status=status,
                    query=query,
                    page_size=page_size,
                    next_page_token=pager.token,
                )
            )
            yield from page.executions
            pager.advance(page)

    def get_history(
        self,
        workflow_id: str,
        run_id: str,
        *,
        page_size: int | None = None,
        next_page_token: str | None = None,
    ) -> RunHistory:
        """Fetch the full durable history for one specific run of a workflow.

        The server pages history (100 events per page by default); this method follows
        ``next_page_token`` to the last page and returns a
        :class:`~durable_workflow.client.history.RunHistory` holding every event in
        ascending ``sequence`` as a typed :class:`~durable_workflow.client.history.HistoryEvent`
        (``event_type``, ``sequence``, an aware ``datetime`` ``timestamp``, ``payload`` with
        its payload fields decoded). It still reads like the server's object
        (``history["events"]``), which ``raw`` holds. ``page_size`` (1..1000) sets the size of each
        request; ``next_page_token`` starts from a token of an earlier read instead of the
        first event. Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown
        workflow or run.
        """
        return self._run(
            get_history(
                self._core,
                workflow_id,
                run_id,
                page_size=page_size,
                next_page_token=next_page_token,
            )
        )

    def export_history(self, workflow_id: str, run_id: str) -> dict[str, Any]:
        """Export one workflow run history as a replay bundle.

        Returns the server's bundle untouched (its integrity checksum covers exactly this
        document). Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown run.
        """
        return self._run(export_history(self._core, workflow_id, run_id))

    def list_workflow_runs(self, workflow_id: str) -> WorkflowRunList:
        """List all durable runs in one workflow execution chain, oldest first.

        Raises :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown workflow.
        """
        return self._run(list_workflow_runs(self._core, workflow_id))

    def describe_workflow_run(self, workflow_id: str, run_id: str) -> WorkflowRun:
        """Return detailed status, payload, and actionability for one specific workflow run.

        ``input``/``output`` are decoded from the run's payload envelopes when the server sends
        them, else taken as the server decoded them. Raises
        :class:`~durable_workflow.errors.WorkflowNotFound` for an unknown workflow or run.
        """
        return self._run(describe_workflow_run(self._core, workflow_id, run_id))
