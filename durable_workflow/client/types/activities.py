"""Standalone activity results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from durable_workflow.client._display import Displayable
from durable_workflow.client.types._wire import (
    PayloadDecoder,
    _dicts,
    _int,
    _int_or,
    _str,
    _str_or,
    wire_dict,
)

# --------------------------------------------------------------------------- standalone activities


@dataclass
class StandaloneActivityExecution(Displayable):
    """Server view of one standalone activity execution.

    Standalone activities run as top-level durable jobs anchored by a server-managed host run;
    this dataclass collapses the host-run state and the underlying activity execution state into
    one description so callers do not need to navigate between two surfaces to inspect a single
    job.
    """

    activity_id: str
    workflow_run_id: str | None
    activity_execution_id: str | None
    workflow_type: str
    activity_type: str | None
    activity_class: str | None
    task_queue: str | None
    namespace: str | None
    status: str | None
    activity_status: str | None
    closed_reason: str | None
    business_key: str | None
    payload_codec: str | None
    started_at: str | None
    closed_at: str | None
    last_progress_at: str | None
    last_heartbeat_at: str | None
    schedule_to_start_deadline_at: str | None
    schedule_to_close_deadline_at: str | None
    attempt_count: int | None
    result: Any = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(
        cls,
        data: Any,
        *,
        activity_id: str | None = None,
        decode: PayloadDecoder | None = None,
    ) -> StandaloneActivityExecution:
        """Map an activity object; ``result`` is decoded from its envelope when present."""
        d = wire_dict(data)
        codec = _str(d.get("payload_codec"))
        raw_result = d.get("result")
        result = None
        if raw_result is not None:
            result = decode(raw_result, codec) if decode is not None else raw_result
        return cls(
            activity_id=_str_or(d.get("activity_id"), activity_id or ""),
            workflow_run_id=_str(d.get("workflow_run_id")),
            activity_execution_id=_str(d.get("activity_execution_id")),
            workflow_type=_str_or(d.get("workflow_type"), ""),
            activity_type=_str(d.get("activity_type")),
            activity_class=_str(d.get("activity_class")),
            task_queue=_str(d.get("task_queue")),
            namespace=_str(d.get("namespace")),
            status=_str(d.get("status")),
            activity_status=_str(d.get("activity_status")),
            closed_reason=_str(d.get("closed_reason")),
            business_key=_str(d.get("business_key")),
            payload_codec=codec,
            started_at=_str(d.get("started_at")),
            closed_at=_str(d.get("closed_at")),
            last_progress_at=_str(d.get("last_progress_at")),
            last_heartbeat_at=_str(d.get("last_heartbeat_at")),
            schedule_to_start_deadline_at=_str(d.get("schedule_to_start_deadline_at")),
            schedule_to_close_deadline_at=_str(d.get("schedule_to_close_deadline_at")),
            attempt_count=_int(d.get("attempt_count")),
            result=result,
            raw=d,
        )


@dataclass
class StandaloneActivityList(Displayable):
    """One page of standalone activity executions returned by the server."""

    activities: list[StandaloneActivityExecution]
    activity_count: int
    next_page_token: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(
        cls, data: Any, *, decode: PayloadDecoder | None = None
    ) -> StandaloneActivityList:
        """Map ``{"activities": [...], "activity_count", "next_page_token"}``."""
        d = wire_dict(data)
        items = [
            StandaloneActivityExecution.from_wire(i, decode=decode)
            for i in _dicts(d.get("activities"))
        ]
        return cls(
            activities=items,
            activity_count=_int_or(d.get("activity_count"), len(items)),
            next_page_token=_str(d.get("next_page_token")),
            raw=d,
        )
