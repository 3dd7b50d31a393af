"""Schedule requests: the argument checks and the request bodies the schedule operations send.

Arguments the server would refuse raise :class:`~durable_workflow.errors.InvalidArgument` before
anything is sent; ``spec`` and ``action`` are accepted as dataclasses or plain mappings and only
their set fields go on the wire (``action.input`` as a payload envelope).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from durable_workflow import errors as e
from durable_workflow.client._core import Operation, encode

if TYPE_CHECKING:
    from durable_workflow.client.types import ScheduleAction, ScheduleSpec


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
