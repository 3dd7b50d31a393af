"""The values the client returns: the seed's dataclasses, each with a ``from_wire`` mapper.

Every ``from_wire`` accepts the decoded JSON object of a response (or a generated wire model,
which is turned into its dict first) and never fails on a missing, extra or oddly typed field:
missing values take the field's default, values of the wrong type are dropped, PHP's empty
``[]`` for an empty map becomes ``{}``/``None``. Classes with a ``raw`` field keep the whole
server object there, so fields added by newer servers are not lost.

Payload fields (workflow input/output, activity results) are decoded by the ``decode`` callable
passed to ``from_wire``: it receives an envelope (or a raw blob and its codec) and returns the
Python value. Without a ``decode`` callable the server-decoded values are used, and so they are
when the envelope could not be decoded; a payload field with neither holds an
:class:`~durable_workflow.codec.UndecodablePayload` that raises its error when used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from durable_workflow.client._display import Displayable
from durable_workflow.client._time import parse_timestamp
from durable_workflow.codec.undecodable import is_undecodable

#: ``decode(payload, codec)`` -> value; ``payload`` is an envelope dict or a raw blob string.
PayloadDecoder = Callable[[Any, str | None], Any]

# --------------------------------------------------------------------------- lenient readers


def wire_dict(data: Any) -> dict[str, Any]:
    """A response object as a plain dict (generated models via ``to_dict()``; else ``{}``)."""
    if isinstance(data, dict):
        return data
    to_dict = getattr(data, "to_dict", None)
    if callable(to_dict):
        converted = to_dict()
        if isinstance(converted, dict):
            return converted
    if isinstance(data, Mapping):
        return dict(data)
    return {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _str_or(value: Any, default: str) -> str:
    return value if isinstance(value, str) else default


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _int_or(value: Any, default: int) -> int:
    parsed = _int(value)
    return default if parsed is None else parsed


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _map(value: Any) -> dict[str, Any] | None:
    """An object field; PHP's ``[]`` (empty map) becomes ``{}``; other shapes ``None``."""
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list) and not value:
        return {}
    return None


def _list(value: Any) -> list[Any] | None:
    return list(value) if isinstance(value, list) else None


def _dicts(value: Any) -> list[dict[str, Any]]:
    return (
        [dict(item) for item in value if isinstance(item, dict)] if isinstance(value, list) else []
    )


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _first(*values: Any) -> Any:
    for value in values:
        if value is not None:
            return value
    return None


def _decode_payload(
    decode: PayloadDecoder | None,
    envelope: Any,
    plain: Any,
    codec: str | None,
) -> Any:
    """Decode ``envelope`` when present (and a decoder is given), else return ``plain``.

    When the envelope cannot be decoded (the decoder returned an
    :class:`~durable_workflow.codec.UndecodablePayload`) the server's own decoded ``plain``
    value is used if it sent one; otherwise the stand-in is kept.
    """
    if decode is not None and envelope is not None:
        value = decode(envelope, codec)
        if plain is not None and is_undecodable(value):
            return plain
        return value
    return plain


# --------------------------------------------------------------------------- namespaces


@dataclass
class ExternalPayloadStoragePolicy:
    """A namespace's external payload storage policy (``external_payload_storage``)."""

    driver: str | None = None
    enabled: bool = True
    threshold_bytes: int | None = None
    config: dict[str, Any] | None = None
    raw: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any) -> ExternalPayloadStoragePolicy:
        """Map the ``external_payload_storage`` object."""
        d = wire_dict(data)
        enabled = _bool(d.get("enabled"))
        return cls(
            driver=_str(d.get("driver")),
            enabled=True if enabled is None else enabled,
            threshold_bytes=_int(d.get("threshold_bytes")),
            config=_map(d.get("config")),
            raw=d,
        )


@dataclass
class NamespaceDescription(Displayable):
    """Server configuration for one workflow namespace."""

    name: str
    description: str | None = None
    retention_days: int | None = None
    status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    deleted: dict[str, int] | None = None
    external_payload_storage: ExternalPayloadStoragePolicy | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def created_at_dt(self) -> datetime | None:
        """``created_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.created_at)

    @property
    def updated_at_dt(self) -> datetime | None:
        """``updated_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.updated_at)

    @classmethod
    def from_wire(cls, data: Any) -> NamespaceDescription:
        """Map a namespace object (list item, describe, create, update, delete)."""
        d = wire_dict(data)
        deleted_raw = _map(d.get("deleted"))
        storage = d.get("external_payload_storage")
        return cls(
            name=_str_or(d.get("name"), ""),
            description=_str(d.get("description")),
            retention_days=_int(d.get("retention_days")),
            status=_str(d.get("status")),
            created_at=_str(d.get("created_at")),
            updated_at=_str(d.get("updated_at")),
            deleted=(
                {str(k): v for k, v in deleted_raw.items() if _int(v) is not None}
                if deleted_raw is not None
                else None
            ),
            external_payload_storage=(
                ExternalPayloadStoragePolicy.from_wire(storage)
                if isinstance(storage, dict)
                else None
            ),
            raw=d,
        )


@dataclass
class NamespaceList(Displayable):
    """Namespaces visible to the current control-plane identity."""

    namespaces: list[NamespaceDescription]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> NamespaceList:
        """Map ``{"namespaces": [...]}``."""
        d = wire_dict(data)
        return cls(
            namespaces=[NamespaceDescription.from_wire(i) for i in _dicts(d.get("namespaces"))],
            raw=d,
        )


@dataclass
class StoragePayloadTestResult:
    """Result for one payload size exercised by the server storage probe."""

    status: str
    bytes: int | None = None
    sha256: str | None = None
    reference_uri: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> StoragePayloadTestResult:
        """Map ``small_payload`` / ``large_payload``."""
        d = wire_dict(data)
        return cls(
            status=_str_or(d.get("status"), ""),
            bytes=_int(d.get("bytes")),
            sha256=_str(d.get("sha256")),
            reference_uri=_str(d.get("reference_uri")),
            raw=d,
        )


@dataclass
class StorageTestResult:
    """Server response for an external payload storage probe."""

    status: str
    namespace: str | None = None
    driver: str | None = None
    small_payload: StoragePayloadTestResult | None = None
    large_payload: StoragePayloadTestResult | None = None
    raw: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any) -> StorageTestResult:
        """Map the storage probe document (passed or failed diagnostic)."""
        d = wire_dict(data)
        small, large = d.get("small_payload"), d.get("large_payload")
        return cls(
            status=_str_or(d.get("status"), ""),
            namespace=_str(d.get("namespace")),
            driver=_str(d.get("driver")),
            small_payload=StoragePayloadTestResult.from_wire(small)
            if isinstance(small, dict)
            else None,
            large_payload=StoragePayloadTestResult.from_wire(large)
            if isinstance(large, dict)
            else None,
            raw=d,
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


# --------------------------------------------------------------------------- search attributes


@dataclass
class SearchAttributeList(Displayable):
    """Search attribute definitions available in the current namespace."""

    system_attributes: dict[str, str]
    custom_attributes: dict[str, str]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> SearchAttributeList:
        """Map ``{"system_attributes", "custom_attributes"}`` (non-objects become ``{}``)."""
        d = wire_dict(data)
        return cls(
            system_attributes=_map(d.get("system_attributes")) or {},
            custom_attributes=_map(d.get("custom_attributes")) or {},
            raw=d,
        )


# --------------------------------------------------------------------------- task queues


@dataclass
class TaskQueueTaskAdmission:
    """Workflow/activity admission state for one task queue."""

    status: str | None = None
    budget_source: str | None = None
    server_budget_source: str | None = None
    active_worker_count: int | None = None
    configured_slot_count: int | None = None
    leased_count: int | None = None
    ready_count: int | None = None
    available_slot_count: int | None = None
    server_max_active_leases_per_queue: int | None = None
    server_active_lease_count: int | None = None
    server_remaining_active_lease_capacity: int | None = None
    server_max_active_leases_per_namespace: int | None = None
    server_namespace_active_lease_count: int | None = None
    server_remaining_namespace_active_lease_capacity: int | None = None
    server_max_dispatches_per_minute: int | None = None
    server_dispatch_count_this_minute: int | None = None
    server_remaining_dispatch_capacity: int | None = None
    server_max_dispatches_per_minute_per_namespace: int | None = None
    server_namespace_dispatch_count_this_minute: int | None = None
    server_remaining_namespace_dispatch_capacity: int | None = None
    server_dispatch_budget_group: str | None = None
    server_max_dispatches_per_minute_per_budget_group: int | None = None
    server_budget_group_dispatch_count_this_minute: int | None = None
    server_remaining_budget_group_dispatch_capacity: int | None = None
    server_lock_required: bool | None = None
    server_lock_supported: bool | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueTaskAdmission | None:
        """Map ``admission.workflow_tasks`` / ``activity_tasks`` (``None`` when absent)."""
        if data is None:
            return None
        d = wire_dict(data)
        values: dict[str, Any] = {}
        for name, kind in _TASK_ADMISSION_FIELDS.items():
            raw = d.get(name)
            values[name] = _str(raw) if kind is str else _bool(raw) if kind is bool else _int(raw)
        return cls(**values, raw=d)


_TASK_ADMISSION_FIELDS: dict[str, type] = {
    "status": str,
    "budget_source": str,
    "server_budget_source": str,
    "active_worker_count": int,
    "configured_slot_count": int,
    "leased_count": int,
    "ready_count": int,
    "available_slot_count": int,
    "server_max_active_leases_per_queue": int,
    "server_active_lease_count": int,
    "server_remaining_active_lease_capacity": int,
    "server_max_active_leases_per_namespace": int,
    "server_namespace_active_lease_count": int,
    "server_remaining_namespace_active_lease_capacity": int,
    "server_max_dispatches_per_minute": int,
    "server_dispatch_count_this_minute": int,
    "server_remaining_dispatch_capacity": int,
    "server_max_dispatches_per_minute_per_namespace": int,
    "server_namespace_dispatch_count_this_minute": int,
    "server_remaining_namespace_dispatch_capacity": int,
    "server_dispatch_budget_group": str,
    "server_max_dispatches_per_minute_per_budget_group": int,
    "server_budget_group_dispatch_count_this_minute": int,
    "server_remaining_budget_group_dispatch_capacity": int,
    "server_lock_required": bool,
    "server_lock_supported": bool,
}


@dataclass
class TaskQueueQueryAdmission:
    """Worker-routed query-task admission state for one task queue."""

    status: str | None = None
    budget_source: str | None = None
    max_pending_per_queue: int | None = None
    approximate_pending_count: int | None = None
    remaining_pending_capacity: int | None = None
    lock_required: bool | None = None
    lock_supported: bool | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueQueryAdmission | None:
        """Map ``admission.query_tasks`` (``None`` when absent)."""
        if data is None:
            return None
        d = wire_dict(data)
        return cls(
            status=_str(d.get("status")),
            budget_source=_str(d.get("budget_source")),
            max_pending_per_queue=_int(d.get("max_pending_per_queue")),
            approximate_pending_count=_int(d.get("approximate_pending_count")),
            remaining_pending_capacity=_int(d.get("remaining_pending_capacity")),
            lock_required=_bool(d.get("lock_required")),
            lock_supported=_bool(d.get("lock_supported")),
            raw=d,
        )


@dataclass
class TaskQueueAdmission:
    """Server-side admission budgets for workflow, activity, and query tasks."""

    workflow_tasks: TaskQueueTaskAdmission | None = None
    activity_tasks: TaskQueueTaskAdmission | None = None
    query_tasks: TaskQueueQueryAdmission | None = None
    raw: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueAdmission:
        """Map the ``admission`` object."""
        d = wire_dict(data)
        return cls(
            workflow_tasks=TaskQueueTaskAdmission.from_wire(_map(d.get("workflow_tasks"))),
            activity_tasks=TaskQueueTaskAdmission.from_wire(_map(d.get("activity_tasks"))),
            query_tasks=TaskQueueQueryAdmission.from_wire(_map(d.get("query_tasks"))),
            raw=d,
        )


@dataclass
class TaskQueueDescription(Displayable):
    """Current server visibility and admission state for one task queue."""

    name: str
    namespace: str | None = None
    stats: dict[str, Any] | None = None
    admission: TaskQueueAdmission | None = None
    pollers: list[dict[str, Any]] | None = None
    current_leases: list[dict[str, Any]] | None = None
    raw: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any, *, name: str | None = None) -> TaskQueueDescription:
        """Map a task-queue object (list item or describe)."""
        d = wire_dict(data)
        admission = d.get("admission")
        pollers, leases = d.get("pollers"), d.get("current_leases")
        return cls(
            name=_str_or(d.get("name"), name or ""),
            namespace=_str(d.get("namespace")),
            stats=_map(d.get("stats")),
            admission=TaskQueueAdmission.from_wire(admission)
            if isinstance(admission, dict)
            else None,
            pollers=_dicts(pollers) if isinstance(pollers, list) else None,
            current_leases=_dicts(leases) if isinstance(leases, list) else None,
            raw=d,
        )


@dataclass
class TaskQueueList(Displayable):
    """One task-queue visibility page returned by the server."""

    namespace: str | None
    task_queues: list[TaskQueueDescription]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueList:
        """Map ``{"namespace", "task_queues": [...]}``."""
        d = wire_dict(data)
        return cls(
            namespace=_str(d.get("namespace")),
            task_queues=[TaskQueueDescription.from_wire(i) for i in _dicts(d.get("task_queues"))],
            raw=d,
        )


@dataclass
class TaskQueueBuildIdCohort:
    """Per-build-id rollout state for one task queue.

    ``build_id`` is ``None`` for the cohort of workers that registered without a build
    identifier (the legacy unversioned default).
    """

    build_id: str | None
    rollout_status: str
    active_worker_count: int
    draining_worker_count: int
    stale_worker_count: int
    total_worker_count: int
    runtimes: list[str]
    sdk_versions: list[str]
    last_heartbeat_at: str | None = None
    first_seen_at: str | None = None
    drain_intent: str | None = None
    drained_at: str | None = None
    promoted_at: str | None = None
    rolled_back_at: str | None = None
    new_start_selected: bool = False
    workflow_definition_fingerprint_count: int = 0
    workflow_definition_fingerprint_conflicts: list[dict[str, Any]] | None = None
    raw: dict[str, Any] | None = None

    @property
    def last_heartbeat_at_dt(self) -> datetime | None:
        """``last_heartbeat_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.last_heartbeat_at)

    @property
    def first_seen_at_dt(self) -> datetime | None:
        """``first_seen_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.first_seen_at)

    @property
    def drained_at_dt(self) -> datetime | None:
        """``drained_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.drained_at)

    @property
    def promoted_at_dt(self) -> datetime | None:
        """``promoted_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.promoted_at)

    @property
    def rolled_back_at_dt(self) -> datetime | None:
        """``rolled_back_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.rolled_back_at)

    @classmethod
    def from_wire(cls, data: Any) -> TaskQueueBuildIdCohort:
        """Map one ``build_ids[]`` cohort; counts default to 0, lists keep strings only."""
        d = wire_dict(data)
        conflicts = d.get("workflow_definition_fingerprint_conflicts")
        return cls(
            build_id=_str(d.get("build_id")),
            rollout_status=_str_or(d.get("rollout_status"), ""),
            active_worker_count=_int_or(d.get("active_worker_count"), 0),
            draining_worker_count=_int_or(d.get("draining_worker_count"), 0),
            stale_worker_count=_int_or(d.get("stale_worker_count"), 0),
            total_worker_count=_int_or(d.get("total_worker_count"), 0),
            runtimes=_strings(d.get("runtimes")),
            sdk_versions=_strings(d.get("sdk_versions")),
            last_heartbeat_at=_str(d.get("last_heartbeat_at")),
            first_seen_at=_str(d.get("first_seen_at")),
            drain_intent=_str(d.get("drain_intent")),
            drained_at=_str(d.get("drained_at")),
            promoted_at=_str(d.get("promoted_at")),
            rolled_back_at=_str(d.get("rolled_back_at")),
            new_start_selected=_bool(d.get("new_start_selected")) or False,
            workflow_definition_fingerprint_count=_int_or(
                d.get("workflow_definition_fingerprint_count"), 0
            ),
            workflow_definition_fingerprint_conflicts=(
                _dicts(conflicts) if isinstance(conflicts, list) else None
            ),
            raw=d,
        )


@dataclass
class TaskQueueBuildIdRollout:
    """Build-id rollout snapshot returned by the server for one task queue."""

    namespace: str | None
    task_queue: str
    stale_after_seconds: int | None
    build_ids: list[TaskQueueBuildIdCohort]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any, *, task_queue: str | None = None) -> TaskQueueBuildIdRollout:
        """Map the build-id rollout snapshot."""
        d = wire_dict(data)
        return cls(
            namespace=_str(d.get("namespace")),
            task_queue=_str_or(d.get("task_queue"), task_queue or ""),
            stale_after_seconds=_int(d.get("stale_after_seconds")),
            build_ids=[TaskQueueBuildIdCohort.from_wire(i) for i in _dicts(d.get("build_ids"))],
            raw=d,
        )


@dataclass
class TaskQueueBuildIdRolloutState:
    """Operator-recorded drain intent for one ``(task_queue, build_id)`` cohort.

    Returned by ``drain_task_queue_build_id``, ``promote_task_queue_build_id``, and
    ``resume_task_queue_build_id``. ``build_id`` is ``None`` for the unversioned cohort (workers
    registered without a build identifier). ``drain_intent`` is ``"active"`` or ``"draining"``.
    ``drained_at`` is set only when ``drain_intent`` is ``"draining"``; repeated drains do not
    shift the timestamp. ``promoted_at`` and ``new_start_selected`` identify the cohort currently
    selected for fresh workflow starts.
    """

    namespace: str | None
    task_queue: str
    build_id: str | None
    drain_intent: str
    drained_at: str | None
    promoted_at: str | None = None
    rolled_back_at: str | None = None
    new_start_selected: bool = False
    deployment: dict[str, Any] | None = None
    raw: dict[str, Any] | None = None

    @property
    def promoted_at_dt(self) -> datetime | None:
        """``promoted_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.promoted_at)

    @property
    def rolled_back_at_dt(self) -> datetime | None:
        """``rolled_back_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.rolled_back_at)

    @classmethod
    def from_wire(cls, data: Any, *, task_queue: str | None = None) -> TaskQueueBuildIdRolloutState:
        """Map a drain/resume/promote response."""
        d = wire_dict(data)
        return cls(
            namespace=_str(d.get("namespace")),
            task_queue=_str_or(d.get("task_queue"), task_queue or ""),
            build_id=_str(d.get("build_id")),
            drain_intent=_str_or(d.get("drain_intent"), ""),
            drained_at=_str(d.get("drained_at")),
            promoted_at=_str(d.get("promoted_at")),
            rolled_back_at=_str(d.get("rolled_back_at")),
            new_start_selected=_bool(d.get("new_start_selected")) or False,
            deployment=_map(d.get("deployment")),
            raw=d,
        )


# --------------------------------------------------------------------------- workers


@dataclass
class WorkerDescription(Displayable):
    """Current server view of one registered worker."""

    worker_id: str
    task_queue: str | None = None
    runtime: str | None = None
    namespace: str | None = None
    sdk_version: str | None = None
    build_id: str | None = None
    status: str | None = None
    max_concurrent_workflow_tasks: int | None = None
    max_concurrent_activity_tasks: int | None = None
    supported_workflow_types: list[str] | None = None
    supported_activity_types: list[str] | None = None
    last_heartbeat_at: str | None = None
    registered_at: str | None = None
    updated_at: str | None = None
    task_slots: dict[str, int | None] | None = None
    process_metrics: dict[str, Any] | None = None
    heartbeat_interval_seconds: int | None = None
    raw: dict[str, Any] | None = None

    @property
    def last_heartbeat_at_dt(self) -> datetime | None:
        """``last_heartbeat_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.last_heartbeat_at)

    @property
    def registered_at_dt(self) -> datetime | None:
        """``registered_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.registered_at)

    @property
    def updated_at_dt(self) -> datetime | None:
        """``updated_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.updated_at)

    @classmethod
    def from_wire(cls, data: Any, *, worker_id: str | None = None) -> WorkerDescription:
        """Map a worker object."""
        d = wire_dict(data)
        wf, act = d.get("supported_workflow_types"), d.get("supported_activity_types")
        slots = _map(d.get("task_slots"))
        return cls(
            worker_id=_str_or(d.get("worker_id"), worker_id or ""),
            task_queue=_str(d.get("task_queue")),
            runtime=_str(d.get("runtime")),
            namespace=_str(d.get("namespace")),
            sdk_version=_str(d.get("sdk_version")),
            build_id=_str(d.get("build_id")),
            status=_str(d.get("status")),
            max_concurrent_workflow_tasks=_int(d.get("max_concurrent_workflow_tasks")),
            max_concurrent_activity_tasks=_int(d.get("max_concurrent_activity_tasks")),
            supported_workflow_types=_strings(wf) if isinstance(wf, list) else None,
            supported_activity_types=_strings(act) if isinstance(act, list) else None,
            last_heartbeat_at=_str(d.get("last_heartbeat_at")),
            registered_at=_str(d.get("registered_at")),
            updated_at=_str(d.get("updated_at")),
            task_slots={str(k): _int(v) for k, v in slots.items()} if slots is not None else None,
            process_metrics=_map(d.get("process_metrics")),
            heartbeat_interval_seconds=_int(d.get("heartbeat_interval_seconds")),
            raw=d,
        )


@dataclass
class WorkerList(Displayable):
    """Registered worker roster for one namespace."""

    namespace: str | None
    workers: list[WorkerDescription]
    stale_after_seconds: int | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> WorkerList:
        """Map ``{"workers": [...], "namespace"?, "stale_after_seconds"?}``."""
        d = wire_dict(data)
        return cls(
            namespace=_str(d.get("namespace")),
            workers=[WorkerDescription.from_wire(i) for i in _dicts(d.get("workers"))],
            stale_after_seconds=_int(d.get("stale_after_seconds")),
            raw=d,
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


# --------------------------------------------------------------------------- bridge adapters


@dataclass
class BridgeAdapterOutcome:
    """Machine-readable result returned by a bridge adapter event."""

    schema: str
    version: int
    adapter: str
    action: str | None
    accepted: bool
    outcome: str
    idempotency_key: str | None = None
    reason: str | None = None
    target: dict[str, Any] | None = None
    correlation: dict[str, Any] | None = None
    workflow_id: str | None = None
    run_id: str | None = None
    workflow_type: str | None = None
    control_plane_outcome: str | None = None
    raw: dict[str, Any] | None = field(default=None)

    @classmethod
    def from_wire(cls, data: Any) -> BridgeAdapterOutcome:
        """Map an outcome document (202, 200 or 422)."""
        d = wire_dict(data)
        return cls(
            schema=_str_or(d.get("schema"), ""),
            version=_int_or(d.get("version"), 0),
            adapter=_str_or(d.get("adapter"), ""),
            action=_str(d.get("action")),
            accepted=_bool(d.get("accepted")) or False,
            outcome=_str_or(d.get("outcome"), ""),
            idempotency_key=_str(d.get("idempotency_key")),
            reason=_str(d.get("reason")),
            target=_map(d.get("target")),
            correlation=_map(d.get("correlation")),
            workflow_id=_str(d.get("workflow_id")),
            run_id=_str(d.get("run_id")),
            workflow_type=_str(d.get("workflow_type")),
            control_plane_outcome=_str(d.get("control_plane_outcome")),
            raw=d,
        )


__all__ = [
    "BridgeAdapterOutcome",
    "ExternalPayloadStoragePolicy",
    "NamespaceDescription",
    "NamespaceList",
    "PayloadDecoder",
    "ScheduleAction",
    "ScheduleBackfillResult",
    "ScheduleDescription",
    "ScheduleHistoryEvent",
    "ScheduleHistoryPage",
    "ScheduleList",
    "ScheduleSpec",
    "ScheduleTriggerResult",
    "SearchAttributeList",
    "StandaloneActivityExecution",
    "StandaloneActivityList",
    "StoragePayloadTestResult",
    "StorageTestResult",
    "TaskQueueAdmission",
    "TaskQueueBuildIdCohort",
    "TaskQueueBuildIdRollout",
    "TaskQueueBuildIdRolloutState",
    "TaskQueueDescription",
    "TaskQueueList",
    "TaskQueueQueryAdmission",
    "TaskQueueTaskAdmission",
    "WorkerDescription",
    "WorkerList",
    "WorkflowCommandResult",
    "WorkflowExecution",
    "WorkflowList",
    "WorkflowRun",
    "WorkflowRunList",
]
