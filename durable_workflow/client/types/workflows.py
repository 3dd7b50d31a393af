"""Workflow results: executions, runs, lists and command outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from durable_workflow.client._display import Displayable
from durable_workflow.client._time import parse_timestamp
from durable_workflow.client.types._wire import (
    PayloadDecoder,
    _bool,
    _decode_payload,
    _dicts,
    _int,
    _int_or,
    _map,
    _str,
    _str_or,
    wire_dict,
)

# --------------------------------------------------------------------------- workflows


@dataclass
class WorkflowExecution(Displayable):
    """Current server view of one workflow execution."""

    workflow_id: str
    run_id: str | None
    workflow_type: str
    status: str | None = None
    namespace: str | None = None
    task_queue: str | None = None
    input: Any = None
    output: Any = None
    payload_codec: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(
        cls,
        data: Any,
        *,
        decode: PayloadDecoder | None = None,
        workflow_id: str | None = None,
    ) -> WorkflowExecution:
        """Map a describe object or a list item.

        ``input``/``output`` come from ``input_envelope``/``output_envelope`` decoded with
        ``decode`` when present, else from the server-decoded ``input``/``output``.
        """
        d = wire_dict(data)
        codec = _str(d.get("payload_codec"))
        return cls(
            workflow_id=_str_or(d.get("workflow_id"), workflow_id or ""),
            run_id=_str(d.get("run_id")),
            workflow_type=_str_or(d.get("workflow_type"), ""),
            status=_str(d.get("status")),
            namespace=_str(d.get("namespace")),
            task_queue=_str(d.get("task_queue")),
            input=_decode_payload(decode, d.get("input_envelope"), d.get("input"), codec),
            output=_decode_payload(decode, d.get("output_envelope"), d.get("output"), codec),
            payload_codec=codec,
            raw=d,
        )


@dataclass
class WorkflowList(Displayable):
    """One page of workflow visibility results."""

    executions: list[WorkflowExecution]
    next_page_token: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any, *, decode: PayloadDecoder | None = None) -> WorkflowList:
        """Map ``{"workflows": [...], "next_page_token"}``."""
        d = wire_dict(data)
        return cls(
            executions=[
                WorkflowExecution.from_wire(i, decode=decode) for i in _dicts(d.get("workflows"))
            ],
            next_page_token=_str(d.get("next_page_token")),
            raw=d,
        )


@dataclass
class WorkflowRun(Displayable):
    """Current server view of one durable run in a workflow execution chain."""

    workflow_id: str
    run_id: str
    workflow_type: str
    status: str | None = None
    namespace: str | None = None
    task_queue: str | None = None
    run_number: int | None = None
    run_count: int | None = None
    is_current_run: bool | None = None
    status_bucket: str | None = None
    business_key: str | None = None
    compatibility: str | None = None
    payload_codec: str | None = None
    input: Any = None
    output: Any = None
    memo: dict[str, Any] | None = None
    search_attributes: dict[str, Any] | None = None
    actions: dict[str, Any] | None = None
    started_at: str | None = None
    closed_at: str | None = None
    last_progress_at: str | None = None
    closed_reason: str | None = None
    wait_kind: str | None = None
    wait_reason: str | None = None
    execution_timeout_seconds: int | None = None
    run_timeout_seconds: int | None = None
    execution_deadline_at: str | None = None
    run_deadline_at: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def started_at_dt(self) -> datetime | None:
        """``started_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.started_at)

    @property
    def closed_at_dt(self) -> datetime | None:
        """``closed_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.closed_at)

    @property
    def last_progress_at_dt(self) -> datetime | None:
        """``last_progress_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.last_progress_at)

    @property
    def execution_deadline_at_dt(self) -> datetime | None:
        """``execution_deadline_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.execution_deadline_at)

    @property
    def run_deadline_at_dt(self) -> datetime | None:
        """``run_deadline_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.run_deadline_at)

    @classmethod
    def from_wire(
        cls,
        data: Any,
        *,
        workflow_id: str | None = None,
        run_id: str | None = None,
        decode: PayloadDecoder | None = None,
    ) -> WorkflowRun:
        """Map a run-list item or a run detail object.

        ``workflow_id``/``run_id`` default to the request's when the object omits them.
        ``input``/``output`` are taken as returned by the server unless ``decode`` is given
        and the ``*_envelope`` fields are present.
        """
        d = wire_dict(data)
        codec = _str(d.get("payload_codec"))
        return cls(
            workflow_id=_str_or(d.get("workflow_id"), workflow_id or ""),
            run_id=_str_or(d.get("run_id"), run_id or ""),
            workflow_type=_str_or(d.get("workflow_type"), ""),
            status=_str(d.get("status")),
            namespace=_str(d.get("namespace")),
            task_queue=_str(d.get("task_queue")),
            run_number=_int(d.get("run_number")),
            run_count=_int(d.get("run_count")),
            is_current_run=_bool(d.get("is_current_run")),
            status_bucket=_str(d.get("status_bucket")),
            business_key=_str(d.get("business_key")),
            compatibility=_str(d.get("compatibility")),
            payload_codec=codec,
            input=_decode_payload(decode, d.get("input_envelope"), d.get("input"), codec),
            output=_decode_payload(decode, d.get("output_envelope"), d.get("output"), codec),
            memo=_map(d.get("memo")),
            search_attributes=_map(d.get("search_attributes")),
            actions=_map(d.get("actions")),
            started_at=_str(d.get("started_at")),
            closed_at=_str(d.get("closed_at")),
            last_progress_at=_str(d.get("last_progress_at")),
            closed_reason=_str(d.get("closed_reason")),
            wait_kind=_str(d.get("wait_kind")),
            wait_reason=_str(d.get("wait_reason")),
            execution_timeout_seconds=_int(d.get("execution_timeout_seconds")),
            run_timeout_seconds=_int(d.get("run_timeout_seconds")),
            execution_deadline_at=_str(d.get("execution_deadline_at")),
            run_deadline_at=_str(d.get("run_deadline_at")),
            raw=d,
        )


@dataclass
class WorkflowCommandResult(Displayable):
    """Machine-readable outcome returned by workflow control commands."""

    workflow_id: str
    outcome: str
    command_status: str | None = None
    command_id: str | None = None
    raw: dict[str, Any] | None = None
    run_id: str | None = None

    @classmethod
    def from_wire(cls, data: Any, *, workflow_id: str | None = None) -> WorkflowCommandResult:
        """Map a command response (repair, archive, …)."""
        d = wire_dict(data)
        return cls(
            workflow_id=_str_or(d.get("workflow_id"), workflow_id or ""),
            outcome=_str_or(d.get("outcome"), ""),
            command_status=_str(d.get("command_status")),
            command_id=_str(d.get("command_id")),
            raw=d,
            run_id=_str(d.get("run_id")),
        )


@dataclass
class WorkflowRunList(Displayable):
    """All known durable runs for one workflow execution, oldest first."""

    workflow_id: str
    run_count: int
    runs: list[WorkflowRun]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any, *, workflow_id: str | None = None) -> WorkflowRunList:
        """Map ``{"workflow_id", "run_count", "runs"}``; ``run_count`` defaults to the length."""
        d = wire_dict(data)
        wid = _str_or(d.get("workflow_id"), workflow_id or "")
        runs = [WorkflowRun.from_wire(i, workflow_id=wid) for i in _dicts(d.get("runs"))]
        return cls(
            workflow_id=wid, run_count=_int_or(d.get("run_count"), len(runs)), runs=runs, raw=d
        )
