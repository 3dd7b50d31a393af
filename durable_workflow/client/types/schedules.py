"""Schedule results: spec, action, description, trigger, backfill and history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from durable_workflow.client._display import Displayable
from durable_workflow.client._time import parse_timestamp
from durable_workflow.client.types._wire import (
    PayloadDecoder,
    _bool,
    _dicts,
    _first,
    _int,
    _int_or,
    _map,
    _str,
    _str_or,
    _strings,
    wire_dict,
)

# --------------------------------------------------------------------------- schedules


@dataclass
class ScheduleSpec:
    """Calendar or interval rules for a scheduled workflow."""

    cron_expressions: list[str] | None = None
    intervals: list[dict[str, str]] | None = None
    timezone: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def to_wire(self) -> dict[str, Any]:
        """The request object: only the fields that are set."""
        body: dict[str, Any] = {}
        if self.cron_expressions is not None:
            body["cron_expressions"] = list(self.cron_expressions)
        if self.intervals is not None:
            body["intervals"] = [dict(i) for i in self.intervals]
        if self.timezone is not None:
            body["timezone"] = self.timezone
        return body

    @classmethod
    def from_wire(cls, data: Any) -> ScheduleSpec:
        """Map a stored ``spec`` object."""
        d = wire_dict(data)
        crons, intervals = d.get("cron_expressions"), d.get("intervals")
        return cls(
            cron_expressions=_strings(crons) if isinstance(crons, list) else None,
            intervals=(
                [{str(k): str(v) for k, v in i.items() if v is not None} for i in _dicts(intervals)]
                if isinstance(intervals, list)
                else None
            ),
            timezone=_str(d.get("timezone")),
            raw=d,
        )


@dataclass
class ScheduleAction:
    """Workflow start request issued whenever a schedule fires."""

    workflow_type: str
    task_queue: str | None = None
    input: Sequence[Any] | None = None
    execution_timeout_seconds: int | None = None
    run_timeout_seconds: int | None = None

    def to_wire(self, encode: Callable[[Any], dict[str, Any]] | None = None) -> dict[str, Any]:
        """The request object: only the fields that are set; ``input`` through ``encode``."""
        body: dict[str, Any] = {"workflow_type": self.workflow_type}
        if self.task_queue is not None:
            body["task_queue"] = self.task_queue
        if self.input is not None:
            body["input"] = encode(list(self.input)) if encode is not None else list(self.input)
        if self.execution_timeout_seconds is not None:
            body["execution_timeout_seconds"] = self.execution_timeout_seconds
        if self.run_timeout_seconds is not None:
            body["run_timeout_seconds"] = self.run_timeout_seconds
        return body


def action_input(action: Any) -> Any:
    """The encoded ``input`` of a schedule's ``action`` object (``None`` when absent)."""
    if not isinstance(action, dict):
        return None
    value = action.get("input")
    return value if isinstance(value, dict | str) and value else None


def _decoded_action(
    action: dict[str, Any] | None, decode: PayloadDecoder | None
) -> dict[str, Any] | None:
    """``action`` with its encoded ``input`` replaced by the decoded arguments."""
    encoded = action_input(action)
    if action is None or encoded is None or decode is None:
        return action
    codec = encoded.get("codec") if isinstance(encoded, dict) else None
    return {**action, "input": decode(encoded, codec if isinstance(codec, str) else "avro")}


@dataclass
class ScheduleDescription(Displayable):
    """Current server view of a schedule and its recent execution state."""

    schedule_id: str
    status: str | None = None
    spec: dict[str, Any] | None = None
    action: dict[str, Any] | None = None
    overlap_policy: str | None = None
    note: str | None = None
    memo: dict[str, Any] | None = None
    search_attributes: dict[str, Any] | None = None
    jitter_seconds: int | None = None
    max_runs: int | None = None
    remaining_actions: int | None = None
    fires_count: int = 0
    failures_count: int = 0
    next_fire_at: str | None = None
    last_fired_at: str | None = None
    latest_workflow_instance_id: str | None = None
    paused_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    info: dict[str, Any] | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def next_fire_at_dt(self) -> datetime | None:
        """``next_fire_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.next_fire_at)

    @property
    def last_fired_at_dt(self) -> datetime | None:
        """``last_fired_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.last_fired_at)

    @property
    def paused_at_dt(self) -> datetime | None:
        """``paused_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.paused_at)

    @property
    def created_at_dt(self) -> datetime | None:
        """``created_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.created_at)

    @property
    def updated_at_dt(self) -> datetime | None:
        """``updated_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.updated_at)

    @classmethod
    def from_wire(
        cls, data: Any, *, schedule_id: str | None = None, decode: PayloadDecoder | None = None
    ) -> ScheduleDescription:
        """Map a schedule object in either shape servers use.

        Flattened names (``status``, ``note``, ``fires_count``, ``next_fire_at``, …) are read
        first; the nested shape (``state{status, paused, note}``, ``info{next_fire, last_fire,
        fires_count, failures_count, …}``) and list items' ``next_fire``/``last_fire`` are the
        fallback.
        """
        d = wire_dict(data)
        state = _map(d.get("state")) or {}
        info = _map(d.get("info"))
        nested = info or {}
        status = _str(d.get("status")) or _str(state.get("status"))
        if status is None and isinstance(state.get("paused"), bool):
            status = "paused" if state["paused"] else "active"
        return cls(
            schedule_id=_str_or(d.get("schedule_id"), schedule_id or ""),
            status=status,
            spec=_map(d.get("spec")),
            action=_decoded_action(_map(d.get("action")), decode),
            overlap_policy=_str(d.get("overlap_policy")),
            note=_str(_first(d.get("note"), state.get("note"))),
            memo=_map(d.get("memo")),
            search_attributes=_map(d.get("search_attributes")),
            jitter_seconds=_int(d.get("jitter_seconds")),
            max_runs=_int(d.get("max_runs")),
            remaining_actions=_int(d.get("remaining_actions")),
            fires_count=_int_or(_first(d.get("fires_count"), nested.get("fires_count")), 0),
            failures_count=_int_or(
                _first(d.get("failures_count"), nested.get("failures_count")), 0
            ),
            next_fire_at=_str(
                _first(
                    d.get("next_fire_at"),
                    d.get("next_fire"),
                    nested.get("next_fire_at"),
                    nested.get("next_fire"),
                )
            ),
            last_fired_at=_str(
                _first(
                    d.get("last_fired_at"),
                    d.get("last_fire"),
                    nested.get("last_fired_at"),
                    nested.get("last_fire"),
                )
            ),
            latest_workflow_instance_id=_str(d.get("latest_workflow_instance_id")),
            paused_at=_str(_first(d.get("paused_at"), state.get("paused_at"))),
            created_at=_str(d.get("created_at")),
            updated_at=_str(d.get("updated_at")),
            info=info,
            raw=d,
        )


@dataclass
class ScheduleList(Displayable):
    """One page of schedule visibility results."""

    schedules: list[ScheduleDescription]
    next_page_token: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> ScheduleList:
        """Map ``{"schedules": [...], "next_page_token"}``."""
        d = wire_dict(data)
        return cls(
            schedules=[ScheduleDescription.from_wire(i) for i in _dicts(d.get("schedules"))],
            next_page_token=_str(d.get("next_page_token")),
            raw=d,
        )


@dataclass
class ScheduleTriggerResult:
    """Outcome returned after manually triggering a schedule."""

    schedule_id: str
    outcome: str
    workflow_id: str | None = None
    run_id: str | None = None
    reason: str | None = None
    buffer_depth: int | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any, *, schedule_id: str | None = None) -> ScheduleTriggerResult:
        """Map a trigger response."""
        d = wire_dict(data)
        return cls(
            schedule_id=_str_or(d.get("schedule_id"), schedule_id or ""),
            outcome=_str_or(d.get("outcome"), ""),
            workflow_id=_str(d.get("workflow_id")),
            run_id=_str(d.get("run_id")),
            reason=_str(d.get("reason")),
            buffer_depth=_int(d.get("buffer_depth")),
            raw=d,
        )


@dataclass
class ScheduleBackfillResult:
    """Outcome returned after asking a schedule to backfill missed fires."""

    schedule_id: str
    outcome: str
    fires_attempted: int = 0
    results: list[dict[str, Any]] | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any, *, schedule_id: str | None = None) -> ScheduleBackfillResult:
        """Map a backfill response."""
        d = wire_dict(data)
        results = d.get("results")
        return cls(
            schedule_id=_str_or(d.get("schedule_id"), schedule_id or ""),
            outcome=_str_or(d.get("outcome"), ""),
            fires_attempted=_int_or(d.get("fires_attempted"), 0),
            results=_dicts(results) if isinstance(results, list) else None,
            raw=d,
        )


@dataclass
class ScheduleHistoryEvent:
    """One entry in a schedule's audit history stream.

    Each event corresponds to a lifecycle transition recorded by the server (ScheduleCreated,
    SchedulePaused, ScheduleResumed, ScheduleUpdated, ScheduleTriggered, ScheduleTriggerSkipped,
    or ScheduleDeleted). The ``payload`` mirrors what the workflow engine recorded, including
    command-context attribution when the transition came from a mutating API call.
    """

    sequence: int
    event_type: str | None = None
    recorded_at: str | None = None
    workflow_instance_id: str | None = None
    workflow_run_id: str | None = None
    payload: dict[str, Any] | None = None
    id: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def recorded_at_dt(self) -> datetime | None:
        """``recorded_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.recorded_at)

    @classmethod
    def from_wire(cls, data: Any) -> ScheduleHistoryEvent:
        """Map one history event."""
        d = wire_dict(data)
        return cls(
            sequence=_int_or(d.get("sequence"), 0),
            event_type=_str(d.get("event_type")),
            recorded_at=_str(d.get("recorded_at")),
            workflow_instance_id=_str(d.get("workflow_instance_id")),
            workflow_run_id=_str(d.get("workflow_run_id")),
            payload=_map(d.get("payload")),
            id=_str(d.get("id")),
            raw=d,
        )


@dataclass
class ScheduleHistoryPage(Displayable):
    """One page of a schedule's audit history stream.

    ``next_cursor`` is the ``after_sequence`` value to request the next page when ``has_more``
    is ``True``; it is ``None`` on the final page.
    """

    schedule_id: str
    events: list[ScheduleHistoryEvent]
    has_more: bool = False
    next_cursor: int | None = None
    namespace: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any, *, schedule_id: str | None = None) -> ScheduleHistoryPage:
        """Map a history page; ``next_cursor`` is coerced to an int (or ``None``)."""
        d = wire_dict(data)
        cursor = d.get("next_cursor")
        if isinstance(cursor, str) and cursor.strip().isdigit():
            cursor = int(cursor.strip())
        return cls(
            schedule_id=_str_or(d.get("schedule_id"), schedule_id or ""),
            events=[ScheduleHistoryEvent.from_wire(i) for i in _dicts(d.get("events"))],
            has_more=_bool(d.get("has_more")) or False,
            next_cursor=_int(cursor),
            namespace=_str(d.get("namespace")),
            raw=d,
        )
