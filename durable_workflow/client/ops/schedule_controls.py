"""Schedule controls: ``/api/schedules/{id}/pause|resume|trigger|backfill``.

``pause`` and ``resume`` send ``{note?}``, ``trigger`` sends ``{overlap_policy?}`` (``{}`` when
there is nothing to say) and ``backfill`` sends ``{start_time, end_time, overlap_policy?}``. An
unknown ``overlap_policy`` or an empty time raises
:class:`~durable_workflow.errors.InvalidArgument` before anything is sent; an unknown schedule
raises :class:`~durable_workflow.errors.ScheduleNotFound`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from durable_workflow_api import models

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.client.ops._schedule_requests import (
    _note,
    _overlap_policy,
    checked_schedule_id,
)

if TYPE_CHECKING:
    from durable_workflow_api.api.schedules import backfill_schedule as _backfill
    from durable_workflow_api.api.schedules import pause_schedule as _pause
    from durable_workflow_api.api.schedules import resume_schedule as _resume
    from durable_workflow_api.api.schedules import trigger_schedule as _trigger

    from durable_workflow.client.types import ScheduleBackfillResult, ScheduleTriggerResult
else:
    _backfill = _lazy.module("durable_workflow_api.api.schedules.backfill_schedule")
    _pause = _lazy.module("durable_workflow_api.api.schedules.pause_schedule")
    _resume = _lazy.module("durable_workflow_api.api.schedules.resume_schedule")
    _trigger = _lazy.module("durable_workflow_api.api.schedules.trigger_schedule")


# --------------------------------------------------------------------------- operations


def pause_schedule(core: ClientCore, schedule_id: str, *, note: str | None) -> Operation[None]:
    """``POST /api/schedules/{id}/pause`` with ``{note?}``."""
    body = {"note": n} if (n := _note(note)) is not None else {}
    response = yield Request.from_kwargs(
        _pause._get_kwargs(
            checked_schedule_id(schedule_id),
            body=models.SchedulePauseRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="pause_schedule",
        not_found=e.ScheduleNotFound,
    )
    json_object(response, operation="pause_schedule")
    return None


def resume_schedule(core: ClientCore, schedule_id: str, *, note: str | None) -> Operation[None]:
    """``POST /api/schedules/{id}/resume`` with ``{note?}``."""
    body = {"note": n} if (n := _note(note)) is not None else {}
    response = yield Request.from_kwargs(
        _resume._get_kwargs(
            checked_schedule_id(schedule_id),
            body=models.ScheduleResumeRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="resume_schedule",
        not_found=e.ScheduleNotFound,
    )
    json_object(response, operation="resume_schedule")
    return None


def trigger_schedule(
    core: ClientCore, schedule_id: str, *, overlap_policy: str | None
) -> Operation[ScheduleTriggerResult]:
    """``POST /api/schedules/{id}/trigger`` with ``{overlap_policy?}``."""
    from durable_workflow.client.types import ScheduleTriggerResult

    policy = _overlap_policy(overlap_policy)
    body = {"overlap_policy": policy} if policy is not None else {}
    response = yield Request.from_kwargs(
        _trigger._get_kwargs(
            checked_schedule_id(schedule_id),
            body=models.ScheduleTriggerRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="trigger_schedule",
        not_found=e.ScheduleNotFound,
    )
    return ScheduleTriggerResult.from_wire(
        json_object(response, operation="trigger_schedule"), schedule_id=schedule_id
    )


def backfill_schedule(
    core: ClientCore,
    schedule_id: str,
    *,
    start_time: str,
    end_time: str,
    overlap_policy: str | None,
) -> Operation[ScheduleBackfillResult]:
    """``POST /api/schedules/{id}/backfill`` with ``{start_time, end_time, overlap_policy?}``."""
    from durable_workflow.client.types import ScheduleBackfillResult

    checked_schedule_id(schedule_id)
    for name, value in (("start_time", start_time), ("end_time", end_time)):
        if not isinstance(value, str) or not value.strip():
            raise e.InvalidArgument(f"{name} must be a non-empty ISO-8601 date-time string")
    body: dict[str, Any] = {"start_time": start_time, "end_time": end_time}
    policy = _overlap_policy(overlap_policy)
    if policy is not None:
        body["overlap_policy"] = policy
    response = yield Request.from_kwargs(
        _backfill._get_kwargs(
            schedule_id,
            body=models.ScheduleBackfillRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="backfill_schedule",
        not_found=e.ScheduleNotFound,
    )
    return ScheduleBackfillResult.from_wire(
        json_object(response, operation="backfill_schedule"), schedule_id=schedule_id
    )


# --------------------------------------------------------------------------- async methods


class AsyncScheduleControls(AsyncBase):
    """Schedule pause, resume, trigger and backfill methods of
    :class:`~durable_workflow.client.AsyncClient`.
    """

    async def pause_schedule(self, schedule_id: str, *, note: str | None = None) -> None:
        """Pause a schedule so it stops firing until resumed.

        Optional ``note`` is recorded as operator metadata on the pause event. Pausing does not
        cancel workflows that are already running.
        """
        await self._run(pause_schedule(self._core, schedule_id, note=note))

    async def resume_schedule(self, schedule_id: str, *, note: str | None = None) -> None:
        """Resume a paused schedule so it begins firing again.

        When ``note`` is given it replaces the schedule's note.
        """
        await self._run(resume_schedule(self._core, schedule_id, note=note))

    async def trigger_schedule(
        self, schedule_id: str, *, overlap_policy: str | None = None
    ) -> ScheduleTriggerResult:
        """Fire a schedule immediately, outside its normal schedule.

        The ``overlap_policy`` override applies only to this one manual fire. The returned
        :class:`ScheduleTriggerResult` reports whether the fire was accepted (``triggered``,
        ``buffered``) or not (``buffer_full``, ``skipped`` with a ``reason``). A start attempt
        that failed on the server (``trigger_failed``, HTTP 500) raises
        :class:`~durable_workflow.errors.ServerError`.
        """
        return await self._run(
            trigger_schedule(self._core, schedule_id, overlap_policy=overlap_policy)
        )

    async def backfill_schedule(
        self,
        schedule_id: str,
        *,
        start_time: str,
        end_time: str,
        overlap_policy: str | None = None,
    ) -> ScheduleBackfillResult:
        """Fire a schedule for every would-have-been moment between ``start_time`` and ``end_time``.

        Times are ISO-8601 strings. The server fires every occurrence in the half-open window
        ``[start_time, end_time)``: one equal to ``start_time`` is included, one equal to
        ``end_time`` is not. Useful to replay a period the schedule was paused or to seed
        historical runs. The returned :class:`ScheduleBackfillResult` reports how many fires
        were attempted and the outcome of each. ``end_time`` not after ``start_time`` raises
        :class:`~durable_workflow.errors.InvalidArgument` (``invalid_time_range``).
        """
        return await self._run(
            backfill_schedule(
                self._core,
                schedule_id,
                start_time=start_time,
                end_time=end_time,
                overlap_policy=overlap_policy,
            )
        )


# --------------------------------------------------------------------------- sync methods


class SyncScheduleControls(SyncBase):
    """Schedule pause, resume, trigger and backfill methods of
    :class:`~durable_workflow.client.SyncClient`.
    """

    def pause_schedule(self, schedule_id: str, *, note: str | None = None) -> None:
        """Pause a schedule so it stops firing until resumed.

        Optional ``note`` is recorded as operator metadata on the pause event. Pausing does not
        cancel workflows that are already running.
        """
        self._run(pause_schedule(self._core, schedule_id, note=note))

    def resume_schedule(self, schedule_id: str, *, note: str | None = None) -> None:
        """Resume a paused schedule so it begins firing again.

        When ``note`` is given it replaces the schedule's note.
        """
        self._run(resume_schedule(self._core, schedule_id, note=note))

    def trigger_schedule(
        self, schedule_id: str, *, overlap_policy: str | None = None
    ) -> ScheduleTriggerResult:
        """Fire a schedule immediately, outside its normal schedule.

        The ``overlap_policy`` override applies only to this one manual fire. The returned
        :class:`ScheduleTriggerResult` reports whether the fire was accepted (``triggered``,
        ``buffered``) or not (``buffer_full``, ``skipped`` with a ``reason``). A start attempt
        that failed on the server (``trigger_failed``, HTTP 500) raises
        :class:`~durable_workflow.errors.ServerError`.
        """
        return self._run(trigger_schedule(self._core, schedule_id, overlap_policy=overlap_policy))

    def backfill_schedule(
        self,
        schedule_id: str,
        *,
        start_time: str,
        end_time: str,
        overlap_policy: str | None = None,
    ) -> ScheduleBackfillResult:
        """Fire a schedule for every would-have-been moment between ``start_time`` and ``end_time``.

        Times are ISO-8601 strings. The server fires every occurrence in the half-open window
        ``[start_time, end_time)``: one equal to ``start_time`` is included, one equal to
        ``end_time`` is not. Useful to replay a period the schedule was paused or to seed
        historical runs. The returned :class:`ScheduleBackfillResult` reports how many fires
        were attempted and the outcome of each. ``end_time`` not after ``start_time`` raises
        :class:`~durable_workflow.errors.InvalidArgument` (``invalid_time_range``).
        """
        return self._run(
            backfill_schedule(
                self._core,
                schedule_id,
                start_time=start_time,
                end_time=end_time,
                overlap_policy=overlap_policy,
            )
        )
