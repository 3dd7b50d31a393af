"""Schedule audit history: ``GET /api/schedules/{id}/history`` (one page, or every event).

The stream is ordered by ``sequence``; pages are requested with ``after_sequence`` set to the
previous page's ``next_cursor``. History outlives the schedule: a deleted schedule's events
(``ScheduleDeleted`` included) stay readable. ``limit`` < 1 or ``after_sequence`` < 0 raise
:class:`~durable_workflow.errors.InvalidArgument` before anything is sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from durable_workflow_api.types import UNSET

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.client.ops._schedule_requests import _history_args, checked_schedule_id
from durable_workflow.client.progress import PageReporter, ProgressArg

if TYPE_CHECKING:
    from durable_workflow_api.api.schedules import get_schedule_history as _history

    from durable_workflow.client.types import ScheduleHistoryEvent, ScheduleHistoryPage
else:
    _history = _lazy.module("durable_workflow_api.api.schedules.get_schedule_history")


# --------------------------------------------------------------------------- operations


def get_schedule_history(
    core: ClientCore, schedule_id: str, *, limit: int | None, after_sequence: int | None
) -> Operation[ScheduleHistoryPage]:
    """``GET /api/schedules/{id}/history?limit&after_sequence`` (only the given ones)."""
    from durable_workflow.client.types import ScheduleHistoryPage

    checked_schedule_id(schedule_id)
    checked_limit, cursor = _history_args(limit, after_sequence)
    response = yield Request.from_kwargs(
        _history._get_kwargs(
            schedule_id,
            limit=UNSET if checked_limit is None else checked_limit,
            after_sequence=UNSET if cursor is None else cursor,
            **core.control_header_args(),
        ),
        operation="get_schedule_history",
        not_found=e.ScheduleNotFound,
    )
    return ScheduleHistoryPage.from_wire(
        json_object(response, operation="get_schedule_history"), schedule_id=schedule_id
    )


def next_history_cursor(page: ScheduleHistoryPage, cursor: int | None) -> int | None:
    """The ``after_sequence`` of the page after ``page``, or ``None`` when paging is done.

    Stops on ``has_more=False``, a missing cursor, or a cursor that does not advance (a server
    bug would otherwise loop forever).
    """
    if not page.has_more or page.next_cursor is None:
        return None
    if cursor is not None and page.next_cursor <= cursor:
        raise e.UnexpectedResponse(
            f"schedule history cursor did not advance ({cursor} -> {page.next_cursor})",
            reason="invalid_response",
        )
    return page.next_cursor


# --------------------------------------------------------------------------- async methods


class AsyncScheduleHistory(AsyncBase):
    """Schedule audit history methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def get_schedule_history(
        self,
        schedule_id: str,
        *,
        limit: int | None = None,
        after_sequence: int | None = None,
    ) -> ScheduleHistoryPage:
        """Return one page of the audit history stream for a schedule.

        The page is ordered by ``sequence`` ascending. Use ``after_sequence=page.next_cursor``
        to request the next page while ``page.has_more`` is ``True``, or call
        :meth:`iter_schedule_history` to walk every remaining event with paging hidden.

        History is available for deleted schedules: the audit stream records
        ``ScheduleDeleted`` and survives the schedule's removal exactly so operators can review
        what happened.

        ``limit`` is clamped by the server to at most 500 (default 100). A ``limit`` below 1 or
        a negative ``after_sequence`` raises :class:`~durable_workflow.errors.InvalidArgument`
        before sending.
        """
        return await self._run(
            get_schedule_history(
                self._core, schedule_id, limit=limit, after_sequence=after_sequence
            )
        )

    async def iter_schedule_history(
        self,
        schedule_id: str,
        *,
        limit: int | None = None,
        after_sequence: int | None = None,
        progress: ProgressArg = None,
    ) -> AsyncIterator[ScheduleHistoryEvent]:
        """Yield every audit event for a schedule, paging under the hood.

        Each element is a :class:`ScheduleHistoryEvent`. Pages of ``limit`` events are
        requested with ``after_sequence`` set to the previous page's ``next_cursor``; paging
        stops once the server reports ``has_more=False``. ``progress`` reports the events seen
        after each page (a callback, or ``True`` for a tqdm bar; see
        :mod:`durable_workflow.client.progress`).
        """
        _history_args(limit, after_sequence)
        cursor = after_sequence
        reporter = PageReporter("iter_schedule_history", progress)
        while True:
            page = await self._run(
                get_schedule_history(self._core, schedule_id, limit=limit, after_sequence=cursor)
            )
            for event in page.events:
                yield event
            cursor = next_history_cursor(page, cursor)
            reporter.page(len(page.events), last=cursor is None)
            if cursor is None:
                return


# --------------------------------------------------------------------------- sync methods


class SyncScheduleHistory(SyncBase):
    """Schedule audit history methods of :class:`~durable_workflow.client.SyncClient`."""

    def get_schedule_history(
        self,
        schedule_id: str,
        *,
        limit: int | None = None,
        after_sequence: int | None = None,
    ) -> ScheduleHistoryPage:
        """Return one page of the audit history stream for a schedule.

        The page is ordered by ``sequence`` ascending. Use ``after_sequence=page.next_cursor``
        to request the next page while ``page.has_more`` is ``True``, or call
        :meth:`iter_schedule_history` to walk every remaining event with paging hidden.

        History is available for deleted schedules: the audit stream records
        ``ScheduleDeleted`` and survives the schedule's removal exactly so operators can review
        what happened.

        ``limit`` is clamped by the server to at most 500 (default 100). A ``limit`` below 1 or
        a negative ``after_sequence`` raises :class:`~durable_workflow.errors.InvalidArgument`
        before sending.
        """
        return self._run(
            get_schedule_history(
                self._core, schedule_id, limit=limit, after_sequence=after_sequence
            )
        )

    def iter_schedule_history(
        self,
        schedule_id: str,
        *,
        limit: int | None = None,
        after_sequence: int | None = None,
        progress: ProgressArg = None,
    ) -> Iterator[ScheduleHistoryEvent]:
        """Yield every audit event for a schedule, paging under the hood.

        Each element is a :class:`ScheduleHistoryEvent`. Pages of ``limit`` events are
        requested with ``after_sequence`` set to the previous page's ``next_cursor``; paging
        stops once the server reports ``has_more=False``. ``progress`` reports the events seen
        after each page (a callback, or ``True`` for a tqdm bar; see
        :mod:`durable_workflow.client.progress`).
        """
        _history_args(limit, after_sequence)
        cursor = after_sequence
        reporter = PageReporter("iter_schedule_history", progress)
        while True:
            page = self._run(
                get_schedule_history(self._core, schedule_id, limit=limit, after_sequence=cursor)
            )
            yield from page.events
            cursor = next_history_cursor(page, cursor)
            reporter.page(len(page.events), last=cursor is None)
            if cursor is None:
                return
