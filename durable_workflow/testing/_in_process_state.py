"""What the in-process environment keeps per run: the server's tables, as plain objects.

A :class:`Run` is one run of a workflow instance with its :class:`RunHistory`, its runtime
instance, the resume context of its pending workflow task and the open work it owns
(:class:`Activity`, :class:`Timer`, :class:`ConditionWait`, :class:`Update`,
:class:`ChildCall`). The helpers here build event payloads with the keys the server writes
(``workflow-task-semantics.md`` §5).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from durable_workflow._protocol import RESUME_FIELDS

from ._history_writer import RunHistory

__all__ = [
    "OPEN",
    "PARALLEL_KEYS",
    "RESUME_FIELDS",
    "Activity",
    "ChildCall",
    "ConditionWait",
    "Run",
    "Timer",
    "Update",
    "blob_of",
    "failure_payload",
    "resume_context",
    "retry_snapshot",
]

OPEN = "open"

PARALLEL_KEYS = (
    "parallel_group_id",
    "parallel_group_kind",
    "parallel_group_base_sequence",
    "parallel_group_size",
    "parallel_group_index",
    "parallel_group_path",
)


def blob_of(value: Any) -> Any:
    """The blob of an envelope (raw strings and external-storage envelopes stay as they are)."""
    if isinstance(value, dict) and "blob" in value:
        return value["blob"]
    return value


def resume_context(**values: Any) -> dict[str, Any]:
    """A task's resume context: all twenty fields, ``None`` where not given."""
    context = dict.fromkeys(RESUME_FIELDS)
    context.update(values)
    return context


def retry_snapshot(command: dict[str, Any]) -> dict[str, Any] | None:
    """The durable retry/timeout snapshot of a ``schedule_activity`` command (§6.2)."""
    policy = command.get("retry_policy")
    timeouts = {
        key: command.get(key)
        for key in (
            "start_to_close_timeout",
            "schedule_to_start_timeout",
            "schedule_to_close_timeout",
            "heartbeat_timeout",
        )
    }
    if not policy and all(v is None for v in timeouts.values()):
        return None
    policy = policy if isinstance(policy, dict) else {}
    return {
        "snapshot_version": 1,
        "max_attempts": int(policy["max_attempts"]) if policy.get("max_attempts") else 1,
        "backoff_seconds": [int(b) for b in policy.get("backoff_seconds") or []],
        **{k: (int(v) if v is not None else None) for k, v in timeouts.items()},
        "non_retryable_error_types": list(policy.get("non_retryable_error_types") or []),
    }


def failure_payload(
    failure_id: str,
    category: str,
    message: str,
    exception_class: str,
    exception_type: str | None = None,
    non_retryable: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    """A failure record in the server's vocabulary (§7.12)."""
    payload: dict[str, Any] = {
        "failure_id": failure_id,
        "failure_category": category,
        "non_retryable": non_retryable,
        "exception_type": exception_type,
        "exception_class": exception_class,
        "message": message,
        "exception": {
            "class": exception_class,
            "type": exception_type,
            "message": message,
            "code": 0,
            "file": "",
            "line": 0,
            "trace": [],
            "properties": [],
        },
    }
    payload.update(extra)
    return payload


@dataclass(eq=False)
class Activity:
    """One scheduled activity execution (survives its retries)."""

    execution_id: str
    run: Run
    sequence: int
    activity_type: str
    queue: str
    arguments: Any
    snapshot: dict[str, Any] | None
    parallel: dict[str, Any]
    created_at: str
    schedule_to_close_deadline: datetime | None
    status: str = "pending"
    attempt_count: int = 0
    attempt_id: str | None = None
    attempt_started_at: str | None = None
    started_at: str | None = None
    closed_at: str | None = None

    def base_payload(self, *, attempt: bool = False) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "activity_execution_id": self.execution_id,
            "activity_class": self.activity_type,
            "activity_type": self.activity_type,
            "sequence": self.sequence,
        }
        if attempt:
            payload["activity_attempt_id"] = self.attempt_id
            payload["attempt_number"] = self.attempt_count
        payload.update(self.parallel)
        return payload

    def snapshot_payload(self) -> dict[str, Any]:
        snap: dict[str, Any] = {
            "id": self.execution_id,
            "idempotency_key": self.execution_id,
            "sequence": self.sequence,
            "type": self.activity_type,
            "class": self.activity_type,
            "attempt_id": self.attempt_id,
            "status": self.status,
            "attempt_count": self.attempt_count,
            "retry_policy": self.snapshot,
            "queue": self.queue,
            "created_at": self.created_at,
            "started_at": self.started_at,
            "closed_at": self.closed_at,
        }
        return {k: v for k, v in snap.items() if v is not None}

    def attempt_payload(self, status: str, closed_at: str | None = None) -> dict[str, Any]:
        return {
            "id": self.attempt_id,
            "attempt_number": self.attempt_count,
            "status": status,
            "lease_owner": "in-process",
            "started_at": self.attempt_started_at,
            "closed_at": closed_at,
        }


@dataclass(eq=False)
class Timer:
    """A pending timer: a workflow timer, a condition-wait timeout, or an activity retry's
    back-off (``retry`` set; those write no timer events)."""

    timer_id: str
    run: Run
    sequence: int | None
    delay_seconds: int
    fire_at: datetime
    fire_at_text: str
    kind: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    parallel: dict[str, Any] = field(default_factory=dict)
    retry: Activity | None = None
    status: str = "pending"

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "timer_id": self.timer_id,
            "sequence": self.sequence,
            "delay_seconds": self.delay_seconds,
            "fire_at": self.fire_at_text,
        }
        if self.kind:
            payload["timer_kind"] = self.kind
        payload.update(self.details)
        payload.update(self.parallel)
        return payload


@dataclass(eq=False)
class ConditionWait:
    """An open ``open_condition_wait`` and its timeout timer."""

    wait_id: str
    sequence: int
    condition_key: Any
    fingerprint: Any
    timeout_seconds: Any
    timer: Timer | None
    status: str = OPEN


@dataclass(eq=False)
class Update:
    """An accepted update waiting for ``complete_update`` / ``fail_update``."""

    update_id: str
    command_id: str
    name: str
    arguments: Any
    future: asyncio.Future[Any]
    status: str = "accepted"


@dataclass(eq=False)
class ChildCall:
    """A ``start_child_workflow`` of a parent run and the child runs it started."""

    child_call_id: str
    parent: Run
    sequence: int
    link_id: str
    workflow_id: str
    workflow_type: str
    queue: str
    arguments: Any
    parent_close_policy: str
    retry_snapshot: dict[str, Any] | None
    timeout_policy: dict[str, Any] | None
    parallel: dict[str, Any]
    attempt: int = 1
    child: Run | None = None
    status: str = OPEN

    def payload(self) -> dict[str, Any]:
        child = self.child
        payload: dict[str, Any] = {
            "sequence": self.sequence,
            "workflow_link_id": self.link_id,
            "child_call_id": self.child_call_id,
            "child_workflow_instance_id": self.workflow_id,
            "child_workflow_run_id": child.run_id if child is not None else None,
            "child_workflow_class": self.workflow_type,
            "child_workflow_type": self.workflow_type,
            "child_run_number": child.run_number if child is not None else 1,
        }
        payload.update(self.parallel)
        return payload


@dataclass(eq=False)
class Run:
    """One run of a workflow instance."""

    workflow_id: str
    run_id: str
    run_number: int
    workflow_type: str
    task_queue: str
    arguments: Any
    history: RunHistory
    instance: Any
    closed: asyncio.Future[None]
    memo: dict[str, Any] = field(default_factory=dict)
    search_attributes: dict[str, Any] = field(default_factory=dict)
    status: str = "pending"
    closed_reason: str | None = None
    output: Any = None
    failure: dict[str, Any] | None = None
    continued_to: Run | None = None
    parent_call: ChildCall | None = None
    applied: int = 0
    task_pending: bool = False
    resume: dict[str, Any] | None = None
    task_failure: dict[str, Any] | None = None
    stalled: Exception | None = None
    cancel_requested: str | None = None
    execution_timeout: int | None = None
    run_timeout: int | None = None
    execution_deadline: datetime | None = None
    run_deadline: datetime | None = None
    activities: dict[str, Activity] = field(default_factory=dict)
    timers: dict[str, Timer] = field(default_factory=dict)
    waits: list[ConditionWait] = field(default_factory=list)
    updates: dict[str, Update] = field(default_factory=dict)
    children: list[ChildCall] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status in ("pending", "running", "waiting")
