"""Schedules: ``/api/schedules…`` (create, describe, update, delete, list).

Request mapping (control-plane A.9, B.14):

* ``spec`` and ``action`` are :class:`~durable_workflow.client.types.ScheduleSpec` /
  :class:`~durable_workflow.client.types.ScheduleAction` (or plain mappings with the same keys);
  only the fields that are set are sent, and ``action.input`` (the positional arguments) is sent
  as a payload envelope built with the client's codec.
* Optional top-level fields are sent only when given; ``paused`` only when ``True``.
* Arguments the server would refuse (unknown ``overlap_policy``, ``jitter_seconds`` outside
  0..3600, ``max_runs`` < 1, …) raise :class:`~durable_workflow.errors.InvalidArgument` before
  anything is sent.

Describe reads both response shapes servers use (flattened names first, then the nested
``state{…}`` / ``info{…}`` objects); see :meth:`ScheduleDescription.from_wire`.

The argument checks and request bodies live in ``_schedule_requests``; this module holds the
operations and the async and sync methods. Pause, resume, trigger and backfill live in
``schedule_controls``, the audit history in ``schedule_history``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from durable_workflow_api import models
from durable_workflow_api.models.schedule_status_filter import ScheduleStatusFilter
from durable_workflow_api.types import UNSET

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object, predecode
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import GONE_ON_RETRY, Request
from durable_workflow.client.ops._schedule_requests import (
    LIST_STATUSES,
    _as_action,
    _as_spec,
    _common_fields,
    _int_in,
    _model,
    action_body,
    checked_schedule_id,
)
from durable_workflow.client.schedule_handles import ScheduleHandle, SyncScheduleHandle

if TYPE_CHECKING:
    from durable_workflow_api.api.schedules import create_schedule as _create
    from durable_workflow_api.api.schedules import delete_schedule as _delete
    from durable_workflow_api.api.schedules import get_schedule as _get
    from durable_workflow_api.api.schedules import list_schedules as _list
    from durable_workflow_api.api.schedules import update_schedule as _update

    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.types import (
        ScheduleAction,
        ScheduleDescription,
        ScheduleList,
        ScheduleSpec,
    )
else:
    _create = _lazy.module("durable_workflow_api.api.schedules.create_schedule")
    _delete = _lazy.module("durable_workflow_api.api.schedules.delete_schedule")
    _get = _lazy.module("durable_workflow_api.api.schedules.get_schedule")
    _list = _lazy.module("durable_workflow_api.api.schedules.list_schedules")
    _update = _lazy.module("durable_workflow_api.api.schedules.update_schedule")


# --------------------------------------------------------------------------- operations


def create_schedule(
    core: ClientCore,
    *,
    schedule_id: str | None,
    spec: ScheduleSpec,
    action: ScheduleAction,
    overlap_policy: str | None,
    jitter_seconds: int | None,
    max_runs: int | None,
    memo: dict[str, Any] | None,
    search_attributes: dict[str, Any] | None,
    paused: bool,
    note: str | None,
) -> Operation[str]:
    """``POST /api/schedules``; returns the schedule id (the server's, else the one sent)."""
    if schedule_id is not None:
        checked_schedule_id(schedule_id)
    if not isinstance(paused, bool):
        raise e.InvalidArgument(f"paused must be a bool, got {type(paused).__name__}")
    checked_spec = _as_spec(spec)
    checked_action = _as_action(action, creating=True)
    extra = _common_fields(
        overlap_policy=overlap_policy,
        jitter_seconds=jitter_seconds,
        max_runs=max_runs,
        memo=memo,
        search_attributes=search_attributes,
        note=note,
    )
    body: dict[str, Any] = {}
    if schedule_id is not None:
        body["schedule_id"] = schedule_id
    body["spec"] = checked_spec.to_wire()
    body["action"] = yield from action_body(checked_action)
    body.update(extra)
    if paused:
        body["paused"] = True
    response = yield Request.from_kwargs(
        _create._get_kwargs(
            body=_model(models.ScheduleCreateRequest, body, "create_schedule"),
            **core.control_header_args(),
        ),
        operation="create_schedule",
    )
    data = json_object(response, operation="create_schedule")
    returned = data.get("schedule_id")
    if isinstance(returned, str) and returned:
        return returned
    if schedule_id is None:
        raise e.UnexpectedResponse(
            "create_schedule: the server generated a schedule id but did not return it",
            status=response.status_code,
            reason="invalid_response",
            body=data,
        )
    return schedule_id


def describe_schedule(core: ClientCore, schedule_id: str) -> Operation[ScheduleDescription]:
    """``GET /api/schedules/{id}``; both response shapes."""
    from durable_workflow.client.types import ScheduleDescription

    response = yield Request.from_kwargs(
        _get._get_kwargs(checked_schedule_id(schedule_id), **core.control_header_args()),
        operation="describe_schedule",
        not_found=e.ScheduleNotFound,
    )
    data = json_object(response, operation="describe_schedule")
    from durable_workflow.client.types.schedules import action_input

    encoded = action_input(data.get("action"))
    decode = None
    if encoded is not None:
        codec = encoded.get("codec") if isinstance(encoded, dict) else None
        # An undecodable input becomes an UndecodablePayload keeping the envelope as sent.
        decode = yield from predecode([encoded], codec if isinstance(codec, str) else "avro")
    return ScheduleDescription.from_wire(data, schedule_id=schedule_id, decode=decode)


def list_schedules(
    core: ClientCore,
    *,
    status: str | None,
    workflow_type: str | None,
    query: str | None,
    page_size: int | None,
    next_page_token: str | None,
) -> Operation[ScheduleList]:
    """``GET /api/schedules`` with only the given filters."""
    from durable_workflow.client.types import ScheduleList

    if status is not None and status not in LIST_STATUSES:
        raise e.InvalidArgument(f"status must be 'active' or 'paused', got {status!r}")
    for name, text in (
        ("workflow_type", workflow_type),
        ("query", query),
        ("next_page_token", next_page_token),
    ):
        if text is not None and (not isinstance(text, str) or not text):
            raise e.InvalidArgument(f"{name} must be a non-empty string when given")
    _int_in("page_size", page_size, 1)
    response = yield Request.from_kwargs(
        _list._get_kwargs(
            status=UNSET if status is None else cast(ScheduleStatusFilter, status),
            workflow_type=UNSET if workflow_type is None else workflow_type,
            query=UNSET if query is None else query,
            page_size=UNSET if page_size is None else page_size,
            next_page_token=UNSET if next_page_token is None else next_page_token,
            **core.control_header_args(),
        ),
        operation="list_schedules",
    )
    return ScheduleList.from_wire(json_object(response, operation="list_schedules"))


def update_schedule(
    core: ClientCore,
    schedule_id: str,
    *,
    spec: ScheduleSpec | None,
    action: ScheduleAction | None,
    overlap_policy: str | None,
    jitter_seconds: int | None,
    max_runs: int | None,
    memo: dict[str, Any] | None,
    search_attributes: dict[str, Any] | None,
    note: str | None,
) -> Operation[None]:
    """``PUT /api/schedules/{id}`` with only the provided fields."""
    checked_schedule_id(schedule_id)
    checked_spec = _as_spec(spec) if spec is not None else None
    checked_action = _as_action(action, creating=False) if action is not None else None
    extra = _common_fields(
        overlap_policy=overlap_policy,
        jitter_seconds=jitter_seconds,
        max_runs=max_runs,
        memo=memo,
        search_attributes=search_attributes,
        note=note,
    )
    body: dict[str, Any] = {}
    if checked_spec is not None:
        body["spec"] = checked_spec.to_wire()
    if checked_action is not None:
        body["action"] = yield from action_body(checked_action)
    body.update(extra)
    response = yield Request.from_kwargs(
        _update._get_kwargs(
            schedule_id,
            body=_model(models.ScheduleUpdateRequest, body, "update_schedule"),
            **core.control_header_args(),
        ),
        operation="update_schedule",
        not_found=e.ScheduleNotFound,
    )
    json_object(response, operation="update_schedule")
    return None


def delete_schedule(core: ClientCore, schedule_id: str) -> Operation[None]:
    """``DELETE /api/schedules/{id}`` (no body)."""
    response = yield Request.from_kwargs(
        _delete._get_kwargs(checked_schedule_id(schedule_id), **core.control_header_args()),
        operation="delete_schedule",
        not_found=e.ScheduleNotFound,
        ok_after_unknown_outcome=GONE_ON_RETRY,
    )
    if response.status_code == 404:  # an earlier attempt deleted it; its answer was lost
        return None
    json_object(response, operation="delete_schedule")
    return None


# --------------------------------------------------------------------------- async methods


class AsyncSchedules(AsyncBase):
    """Schedule methods of :class:`~durable_workflow.client.AsyncClient`."""

    def get_schedule_handle(self, schedule_id: str) -> ScheduleHandle:
        """Return a :class:`ScheduleHandle` bound to an existing schedule.

        Does not round-trip to the server. Use :meth:`describe_schedule` via the handle when you
        need to verify the schedule actually exists.
        """
        return ScheduleHandle(cast("AsyncClient", self), checked_schedule_id(schedule_id))

    async def create_schedule(
        self,
        *,
        schedule_id: str | None = None,
        spec: ScheduleSpec,
        action: ScheduleAction,
        overlap_policy: str | None = None,
        jitter_seconds: int | None = None,
        max_runs: int | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        paused: bool = False,
        note: str | None = None,
    ) -> ScheduleHandle:
        """Create a new schedule and return a handle bound to it.

        ``spec`` describes when the schedule fires (cron expressions, intervals, time zone);
        ``action`` describes the workflow it starts. Both may also be given as dicts with the
        same keys; only fields that are set are sent, and ``action.input`` (the positional
        arguments) is encoded into a payload envelope with the client's codec. ``schedule_id``
        defaults to a server-generated id. ``overlap_policy`` controls what happens when a fire
        would overlap an already-running action — ``skip`` (server default), ``buffer_one``,
        ``buffer_all``, ``allow_all``, ``cancel_other``, or ``terminate_other``.
        ``jitter_seconds`` (0..3600), ``max_runs`` (>= 1), ``memo``, ``search_attributes`` and
        ``note`` are sent only when given. Pass ``paused=True`` to create the schedule in a
        paused state and resume it later with :meth:`resume_schedule`.

        Invalid arguments raise :class:`~durable_workflow.errors.InvalidArgument` before
        sending; an existing id raises :class:`~durable_workflow.errors.ScheduleAlreadyExists`.
        """
        created = await self._run(
            create_schedule(
                self._core,
                schedule_id=schedule_id,
                spec=spec,
                action=action,
                overlap_policy=overlap_policy,
                jitter_seconds=jitter_seconds,
                max_runs=max_runs,
                memo=memo,
                search_attributes=search_attributes,
                paused=paused,
                note=note,
            )
        )
        return ScheduleHandle(cast("AsyncClient", self), created)

    async def describe_schedule(self, schedule_id: str) -> ScheduleDescription:
        """Return the server's current view of a schedule, including status and fire counters.

        Both server shapes are read: flattened fields (``status``, ``note``, ``fires_count``,
        ``next_fire_at``, ``last_fired_at``, ``paused_at``, …) first, then the nested
        ``state{status, paused, note}`` and ``info{next_fire, last_fire, fires_count,
        failures_count, …}`` objects. ``info`` is kept as returned. Raises
        :class:`~durable_workflow.errors.ScheduleNotFound` for an unknown or deleted schedule.
        """
        return await self._run(describe_schedule(self._core, schedule_id))

    async def list_schedules(
        self,
        *,
        status: str | None = None,
        workflow_type: str | None = None,
        query: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
    ) -> ScheduleList:
        """Return one page of schedules in the client's namespace.

        ``status`` (``active`` or ``paused``), ``workflow_type`` and ``query`` filters combine
        with AND; ``page_size`` and the opaque ``next_page_token`` page through the results.
        Only the given parameters are sent; servers without list filters or paging ignore them
        and return every schedule with ``next_page_token=None``.
        """
        return await self._run(
            list_schedules(
                self._core,
                status=status,
                workflow_type=workflow_type,
                query=query,
                page_size=page_size,
                next_page_token=next_page_token,
            )
        )

    async def update_schedule(
        self,
        schedule_id: str,
        *,
        spec: ScheduleSpec | None = None,
        action: ScheduleAction | None = None,
        overlap_policy: str | None = None,
        jitter_seconds: int | None = None,
        max_runs: int | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> None:
        """Update one or more fields of an existing schedule.

        Pass ``None`` for any field you don't want to change; only the provided fields are
        sent. ``spec`` replaces the stored spec; ``action`` is merged key by key into the stored
        action by the server (its ``input`` is encoded like in :meth:`create_schedule`).
        Unknown fields are ignored by the server.
        """
        await self._run(
            update_schedule(
                self._core,
                schedule_id,
                spec=spec,
                action=action,
                overlap_policy=overlap_policy,
                jitter_seconds=jitter_seconds,
                max_runs=max_runs,
                memo=memo,
                search_attributes=search_attributes,
                note=note,
            )
        )

    async def delete_schedule(self, schedule_id: str) -> None:
        """Delete a schedule. Running workflows the schedule already started are unaffected."""
        await self._run(delete_schedule(self._core, schedule_id))


# --------------------------------------------------------------------------- sync methods


class SyncSchedules(SyncBase):
    """Schedule methods of :class:`~durable_workflow.client.SyncClient`."""

    def get_schedule_handle(self, schedule_id: str) -> SyncScheduleHandle:
        """Return a :class:`ScheduleHandle` bound to an existing schedule.

        Does not round-trip to the server. Use :meth:`describe_schedule` via the handle when you
        need to verify the schedule actually exists.
        """
        return SyncScheduleHandle(cast("SyncClient", self), checked_schedule_id(schedule_id))

    def create_schedule(
        self,
        *,
        schedule_id: str | None = None,
        spec: ScheduleSpec,
        action: ScheduleAction,
        overlap_policy: str | None = None,
        jitter_seconds: int | None = None,
        max_runs: int | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        paused: bool = False,
        note: str | None = None,
    ) -> SyncScheduleHandle:
        """Create a new schedule and return a handle bound to it.

        ``spec`` describes when the schedule fires (cron expressions, intervals, time zone);
        ``action`` describes the workflow it starts. Both may also be given as dicts with the
        same keys; only fields that are set are sent, and ``action.input`` (the positional
        arguments) is encoded into a payload envelope with the client's codec. ``schedule_id``
        defaults to a server-generated id. ``overlap_policy`` controls what happens when a fire
        would overlap an already-running action — ``skip`` (server default), ``buffer_one``,
        ``buffer_all``, ``allow_all``, ``cancel_other``, or ``terminate_other``.
        ``jitter_seconds`` (0..3600), ``max_runs`` (>= 1), ``memo``, ``search_attributes`` and
        ``note`` are sent only when given. Pass ``paused=True`` to create the schedule in a
        paused state and resume it later with :meth:`resume_schedule`.

        Invalid arguments raise :class:`~durable_workflow.errors.InvalidArgument` before
        sending; an existing id raises :class:`~durable_workflow.errors.ScheduleAlreadyExists`.
        """
        created = self._run(
            create_schedule(
                self._core,
                schedule_id=schedule_id,
                spec=spec,
                action=action,
                overlap_policy=overlap_policy,
                jitter_seconds=jitter_seconds,
                max_runs=max_runs,
                memo=memo,
                search_attributes=search_attributes,
                paused=paused,
                note=note,
            )
        )
        return SyncScheduleHandle(cast("SyncClient", self), created)

    def describe_schedule(self, schedule_id: str) -> ScheduleDescription:
        """Return the server's current view of a schedule, including status and fire counters.

        Both server shapes are read: flattened fields (``status``, ``note``, ``fires_count``,
        ``next_fire_at``, ``last_fired_at``, ``paused_at``, …) first, then the nested
        ``state{status, paused, note}`` and ``info{next_fire, last_fire, fires_count,
        failures_count, …}`` objects. ``info`` is kept as returned. Raises
        :class:`~durable_workflow.errors.ScheduleNotFound` for an unknown or deleted schedule.
        """
        return self._run(describe_schedule(self._core, schedule_id))

    def list_schedules(
        self,
        *,
        status: str | None = None,
        workflow_type: str | None = None,
        query: str | None = None,
        page_size: int | None = None,
        next_page_token: str | None = None,
    ) -> ScheduleList:
        """Return one page of schedules in the client's namespace.

        ``status`` (``active`` or ``paused``), ``workflow_type`` and ``query`` filters combine
        with AND; ``page_size`` and the opaque ``next_page_token`` page through the results.
        Only the given parameters are sent; servers without list filters or paging ignore them
        and return every schedule with ``next_page_token=None``.
        """
        return self._run(
            list_schedules(
                self._core,
                status=status,
                workflow_type=workflow_type,
                query=query,
                page_size=page_size,
                next_page_token=next_page_token,
            )
        )

    def update_schedule(
        self,
        schedule_id: str,
        *,
        spec: ScheduleSpec | None = None,
        action: ScheduleAction | None = None,
        overlap_policy: str | None = None,
        jitter_seconds: int | None = None,
        max_runs: int | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> None:
        """Update one or more fields of an existing schedule.

        Pass ``None`` for any field you don't want to change; only the provided fields are
        sent. ``spec`` replaces the stored spec; ``action`` is merged key by key into the stored
        action by the server (its ``input`` is encoded like in :meth:`create_schedule`).
        Unknown fields are ignored by the server.
        """
        self._run(
            update_schedule(
                self._core,
                schedule_id,
                spec=spec,
                action=action,
                overlap_policy=overlap_policy,
                jitter_seconds=jitter_seconds,
                max_runs=max_runs,
                memo=memo,
                search_attributes=search_attributes,
                note=note,
            )
        )

    def delete_schedule(self, schedule_id: str) -> None:
        """Delete a schedule. Running workflows the schedule already started are unaffected."""
        self._run(delete_schedule(self._core, schedule_id))
