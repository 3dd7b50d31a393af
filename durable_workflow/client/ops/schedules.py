"""Schedules: ``/api/schedules…`` (create, describe, update, pause, resume, trigger, backfill,
delete, audit history, list).

Request mapping (control-plane A.9, B.14):

* ``spec`` and ``action`` are :class:`~durable_workflow.client.types.ScheduleSpec` /
  :class:`~durable_workflow.client.types.ScheduleAction` (or plain mappings with the same keys);
  only the fields that are set are sent, and ``action.input`` (the positional arguments) is sent
  as a payload envelope built with the client's codec.
* Optional top-level fields are sent only when given; ``paused`` only when ``True``.
* ``pause``/``resume``/``trigger`` send ``{}`` when there is nothing to say.
* Arguments the server would refuse (unknown ``overlap_policy``, ``jitter_seconds`` outside
  0..3600, ``max_runs`` < 1, history ``limit`` < 1 or ``after_sequence`` < 0, …) raise
  :class:`~durable_workflow.errors.InvalidArgument` before anything is sent.

Describe reads both response shapes servers use (flattened names first, then the nested
``state{…}`` / ``info{…}`` objects); see :meth:`ScheduleDescription.from_wire`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from durable_workflow_api import models
from durable_workflow_api.models.schedule_status_filter import ScheduleStatusFilter
from durable_workflow_api.types import UNSET

from durable_workflow import _lazy
from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, encode, json_object, predecode
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import GONE_ON_RETRY, Request
from durable_workflow.client.schedule_handles import ScheduleHandle, SyncScheduleHandle
from durable_workflow.client.types import (
    ScheduleAction,
    ScheduleBackfillResult,
    ScheduleDescription,
    ScheduleHistoryEvent,
    ScheduleHistoryPage,
    ScheduleList,
    ScheduleSpec,
    ScheduleTriggerResult,
)
from durable_workflow.client.types.schedules import action_input

if TYPE_CHECKING:
    from durable_workflow_api.api.schedules import backfill_schedule as _backfill
    from durable_workflow_api.api.schedules import create_schedule as _create
    from durable_workflow_api.api.schedules import delete_schedule as _delete
    from durable_workflow_api.api.schedules import get_schedule as _get
    from durable_workflow_api.api.schedules import get_schedule_history as _history
    from durable_workflow_api.api.schedules import list_schedules as _list
    from durable_workflow_api.api.schedules import pause_schedule as _pause
    from durable_workflow_api.api.schedules import resume_schedule as _resume
    from durable_workflow_api.api.schedules import trigger_schedule as _trigger
    from durable_workflow_api.api.schedules import update_schedule as _update

    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.types import (
        ScheduleAction,
        ScheduleBackfillResult,
        ScheduleDescription,
        ScheduleHistoryEvent,
        ScheduleHistoryPage,
        ScheduleList,
        ScheduleSpec,
        ScheduleTriggerResult,
    )
else:
    _backfill = _lazy.module("durable_workflow_api.api.schedules.backfill_schedule")
    _create = _lazy.module("durable_workflow_api.api.schedules.create_schedule")
    _delete = _lazy.module("durable_workflow_api.api.schedules.delete_schedule")
    _get = _lazy.module("durable_workflow_api.api.schedules.get_schedule")
    _history = _lazy.module("durable_workflow_api.api.schedules.get_schedule_history")
    _list = _lazy.module("durable_workflow_api.api.schedules.list_schedules")
    _pause = _lazy.module("durable_workflow_api.api.schedules.pause_schedule")
    _resume = _lazy.module("durable_workflow_api.api.schedules.resume_schedule")
    _trigger = _lazy.module("durable_workflow_api.api.schedules.trigger_schedule")
    _update = _lazy.module("durable_workflow_api.api.schedules.update_schedule")

#: ``overlap_policy`` values the server accepts (A.9).
OVERLAP_POLICIES = frozenset(
    {"skip", "buffer_one", "buffer_all", "allow_all", "cancel_other", "terminate_other"}
)
#: ``status`` filters of the schedule list.
LIST_STATUSES = frozenset({"active", "paused"})
MAX_JITTER_SECONDS = 3600
MAX_NOTE_LENGTH = 1000
MAX_SCHEDULE_ID_LENGTH = 128
_SPEC_KEYS = frozenset({"cron_expressions", "intervals", "timezone"})
_ACTION_KEYS = frozenset(
    {"workflow_type", "task_queue", "input", "execution_timeout_seconds", "run_timeout_seconds"}
)


# --------------------------------------------------------------------------- validation


def checked_schedule_id(schedule_id: Any) -> str:
    """``schedule_id`` when it is a non-empty string of at most 128 characters."""
    if not isinstance(schedule_id, str) or not schedule_id.strip():
        raise e.InvalidArgument("schedule_id must be a non-empty string")
    if len(schedule_id) > MAX_SCHEDULE_ID_LENGTH:
        raise e.InvalidArgument(
            f"schedule_id must be at most {MAX_SCHEDULE_ID_LENGTH} characters, "
            f"got {len(schedule_id)}"
        )
    return schedule_id


def _int_in(name: str, value: Any, low: int, high: int | None = None) -> int | None:
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


def _overlap_policy(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in OVERLAP_POLICIES:
        allowed = ", ".join(sorted(OVERLAP_POLICIES))
        raise e.InvalidArgument(f"overlap_policy must be one of {allowed}; got {value!r}")
    return value


def _note(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise e.InvalidArgument(f"note must be a string, got {type(value).__name__}")
    if len(value) > MAX_NOTE_LENGTH:
        raise e.InvalidArgument(f"note must be at most {MAX_NOTE_LENGTH} characters")
    return value


def _object(name: str, value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise e.InvalidArgument(f"{name} must be a dict, got {type(value).__name__}")
    return dict(value)


def _as_spec(spec: Any) -> ScheduleSpec:
    from durable_workflow.client.types import ScheduleSpec

    if isinstance(spec, ScheduleSpec):
        result = spec
    elif isinstance(spec, Mapping):
        unknown = sorted(set(spec) - _SPEC_KEYS)
        if unknown:
            raise e.InvalidArgument(
                f"spec has unknown keys {unknown}; allowed: cron_expressions, intervals, timezone"
            )
        result = ScheduleSpec(**{str(k): v for k, v in spec.items()})
    else:
        raise e.InvalidArgument(f"spec must be a ScheduleSpec, got {type(spec).__name__}")
    crons, intervals, zone = result.cron_expressions, result.intervals, result.timezone
    if crons is not None and (
        not isinstance(crons, list | tuple)
        or not all(isinstance(c, str) and c.strip() for c in crons)
    ):
        raise e.InvalidArgument("spec.cron_expressions must be a list of non-empty strings")
    if intervals is not None and (
        not isinstance(intervals, list | tuple)
        or not all(
            isinstance(i, Mapping)
            and isinstance(i.get("every"), str)
            and i["every"]
            and set(i) <= {"every", "offset"}
            for i in intervals
        )
    ):
        raise e.InvalidArgument(
            'spec.intervals must be a list of {"every": <ISO-8601 duration>, "offset"?: ...}'
        )
    if zone is not None and (not isinstance(zone, str) or not zone.strip()):
        raise e.InvalidArgument("spec.timezone must be a non-empty IANA zone name")
    if not crons and not intervals:
        raise e.InvalidArgument("spec needs at least one cron expression or interval")
    return result


def _as_action(action: Any, *, creating: bool) -> ScheduleAction:
    from durable_workflow.client.types import ScheduleAction

    if isinstance(action, ScheduleAction):
        result = action
    elif isinstance(action, Mapping):
        unknown = sorted(set(action) - _ACTION_KEYS)
        if unknown:
            raise e.InvalidArgument(
                f"action has unknown keys {unknown}; allowed: {', '.join(sorted(_ACTION_KEYS))}"
            )
        if creating and "workflow_type" not in action:
            raise e.InvalidArgument("action needs workflow_type")
        result = ScheduleAction(**{"workflow_type": None, **{str(k): v for k, v in action.items()}})
    else:
        raise e.InvalidArgument(f"action must be a ScheduleAction, got {type(action).__name__}")
    workflow_type: Any = result.workflow_type
    if (creating or workflow_type is not None) and (
        not isinstance(workflow_type, str) or not workflow_type.strip()
    ):
        raise e.InvalidArgument("action.workflow_type must be a non-empty string")
    if result.task_queue is not None and (
        not isinstance(result.task_queue, str) or not result.task_queue.strip()
    ):
        raise e.InvalidArgument("action.task_queue must be a non-empty string when given")
    if result.input is not None and not isinstance(result.input, list | tuple):
        raise e.InvalidArgument(
            f"action.input must be a list of positional arguments, got "
            f"{type(result.input).__name__}"
        )
    _int_in("action.execution_timeout_seconds", result.execution_timeout_seconds, 1)
    _int_in("action.run_timeout_seconds", result.run_timeout_seconds, 1)
    return result


def action_body(action: ScheduleAction) -> Operation[dict[str, Any]]:
    """The wire ``action``: only set fields; ``input`` as a payload envelope."""
    body = {k: v for k, v in action.to_wire().items() if v is not None}
    if action.workflow_type is None:
        body.pop("workflow_type", None)
    if action.input is not None:
        body["input"] = yield from encode(list(action.input), kind="input", path="action.input")
    return body


def _common_fields(
    *,
    overlap_policy: Any,
    jitter_seconds: Any,
    max_runs: Any,
    memo: Any,
    search_attributes: Any,
    note: Any,
) -> dict[str, Any]:
    fields = {
        "overlap_policy": _overlap_policy(overlap_policy),
        "jitter_seconds": _int_in("jitter_seconds", jitter_seconds, 0, MAX_JITTER_SECONDS),
        "max_runs": _int_in("max_runs", max_runs, 1),
        "memo": _object("memo", memo),
        "search_attributes": _object("search_attributes", search_attributes),
        "note": _note(note),
    }
    return {k: v for k, v in fields.items() if v is not None}


def _model(model: Any, body: dict[str, Any], operation: str) -> Any:
    try:
        return model.from_dict(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # pragma: no cover
        raise e.InvalidArgument(f"{operation}: the request body is not valid: {exc}") from exc


def _history_args(limit: Any, after_sequence: Any) -> tuple[int | None, int | None]:
    return _int_in("limit", limit, 1), _int_in("after_sequence", after_sequence, 0)


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

    async def delete_schedule(self, schedule_id: str) -> None:
        """Delete a schedule. Running workflows the schedule already started are unaffected."""
        await self._run(delete_schedule(self._core, schedule_id))

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
    ) -> AsyncIterator[ScheduleHistoryEvent]:
        """Yield every audit event for a schedule, paging under the hood.

        Each element is a :class:`ScheduleHistoryEvent`. Pages of ``limit`` events are
        requested with ``after_sequence`` set to the previous page's ``next_cursor``; paging
        stops once the server reports ``has_more=False``.
        """
        _history_args(limit, after_sequence)
        cursor = after_sequence
        while True:
            page = await self._run(
                get_schedule_history(self._core, schedule_id, limit=limit, after_sequence=cursor)
            )
            for event in page.events:
                yield event
            cursor = next_history_cursor(page, cursor)
            if cursor is None:
                return


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

    def delete_schedule(self, schedule_id: str) -> None:
        """Delete a schedule. Running workflows the schedule already started are unaffected."""
        self._run(delete_schedule(self._core, schedule_id))

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
    ) -> Iterator[ScheduleHistoryEvent]:
        """Yield every audit event for a schedule, paging under the hood.

        Each element is a :class:`ScheduleHistoryEvent`. Pages of ``limit`` events are
        requested with ``after_sequence`` set to the previous page's ``next_cursor``; paging
        stops once the server reports ``has_more=False``.
        """
        _history_args(limit, after_sequence)
        cursor = after_sequence
        while True:
            page = self._run(
                get_schedule_history(self._core, schedule_id, limit=limit, after_sequence=cursor)
            )
            yield from page.events
            cursor = next_history_cursor(page, cursor)
            if cursor is None:
                return
