"""Schedules: cron and interval specs that start workflows, with overlap policies and an audit log.

A schedule fires on every occurrence of its spec (the earliest of its cron expressions, read in
the spec's timezone, and its ISO-8601 intervals, aligned on the Unix epoch plus the interval's
offset), delayed by a random jitter of up to ``jitter_seconds``. Each fire starts the action's
workflow through the engine's workflow service, unless the overlap policy says otherwise while
the previously started workflow still runs:

* ``skip`` — the fire is skipped (``overlap_policy_skip``);
* ``buffer_one`` / ``buffer_all`` — the fire is buffered (one, or any number) and started once
  the running workflow has closed; a full ``buffer_one`` buffer skips (``buffer_full``);
* ``cancel_other`` / ``terminate_other`` — the running workflow is cancelled / terminated and a
  new one starts;
* ``allow_all`` — a new one starts regardless.

:func:`background` keeps firing while the server runs: it sleeps until the next due time or
until the clock moves (a :class:`ManualClock` advance) or a schedule changes. When the server was
down (or the clock jumped) past several occurrences, every missed occurrence is fired in order,
each under the overlap policy — so ``skip`` starts one, ``buffer_one`` starts one and buffers one,
``allow_all`` starts them all. A paused schedule does not catch up on resume.

With ``max_runs`` set, ``remaining_actions`` counts down and the schedule is deleted once it
reaches zero. Everything lives in SQLite, so a restart on the same file keeps the schedules,
their counters, buffers and audit history.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import inspect
import logging
import random
import re
import weakref
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .admin_support import (
    MAX_MEMO_BYTES,
    AdminServer,
    Validator,
    as_int,
    command_context,
    db_to_iso,
    dumps,
    from_db_time,
    iso_seconds,
    json_response,
    loads,
    memo_too_large,
    new_ulid,
    parse_datetime,
    read_json_object,
    request_namespace,
    to_db_time,
    validation_failed,
)
from .errors import ApiError

log = logging.getLogger("durable_workflow.devserver.schedules")

OVERLAP_POLICIES: tuple[str, ...] = (
    "skip",
    "buffer_one",
    "buffer_all",
    "cancel_other",
    "terminate_other",
    "allow_all",
)
BUFFER_POLICIES = ("buffer_one", "buffer_all")
HISTORY_DEFAULT_LIMIT = 100
HISTORY_MAX_LIMIT = 500
RECENT_ACTIONS_KEPT = 10
#: Upper bound of occurrences one catch-up or one backfill fires.
MAX_OCCURRENCES = 1000
SEARCH_ATTRIBUTE_KEY = r"[a-zA-Z][a-zA-Z0-9_]*"

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True

MIGRATIONS: list[tuple[str, str]] = [
    (
        "schedules_001",
        """
        CREATE TABLE IF NOT EXISTS schedules (
            id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            schedule_id TEXT NOT NULL,
            spec TEXT NOT NULL,
            action TEXT NOT NULL,
            overlap_policy TEXT NOT NULL DEFAULT 'skip',
            jitter_seconds INTEGER NOT NULL DEFAULT 0,
            max_runs INTEGER,
            remaining_actions INTEGER,
            memo TEXT,
            search_attributes TEXT,
            note TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            fires_count INTEGER NOT NULL DEFAULT 0,
            failures_count INTEGER NOT NULL DEFAULT 0,
            skipped_trigger_count INTEGER NOT NULL DEFAULT 0,
            last_skip_reason TEXT,
            last_skipped_at TEXT,
            recent_actions TEXT NOT NULL DEFAULT '[]',
            buffered_actions TEXT NOT NULL DEFAULT '[]',
            next_occurrence_at TEXT,
            next_fire_at TEXT,
            last_fired_at TEXT,
            latest_workflow_instance_id TEXT,
            latest_workflow_run_id TEXT,
            paused_at TEXT,
            deleted_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS schedules_by_id ON schedules (namespace, schedule_id);
        CREATE INDEX IF NOT EXISTS schedules_due ON schedules (status, next_fire_at);
        CREATE TABLE IF NOT EXISTS schedule_events (
            id TEXT PRIMARY KEY,
            schedule_pk TEXT NOT NULL,
            namespace TEXT NOT NULL,
            schedule_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            event_type TEXT NOT NULL,
            payload TEXT NOT NULL,
            workflow_instance_id TEXT,
            workflow_run_id TEXT,
            recorded_at TEXT NOT NULL,
            UNIQUE (schedule_pk, sequence)
        )
        """,
    ),
]

_JSON_COLUMNS = (
    "spec",
    "action",
    "memo",
    "search_attributes",
    "recent_actions",
    "buffered_actions",
)
_DURATION = re.compile(
    r"P(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?"
)


# ── time arithmetic ────────────────────────────────────────────────────────────────────────


def duration_seconds(text: Any) -> int | None:
    """Seconds of an ISO-8601 duration (years = 365 days, months = 30 days); ``None`` if bad."""
    if not isinstance(text, str) or not text or text in ("P", "PT") or text.endswith("T"):
        return None
    match = _DURATION.fullmatch(text.strip().upper())
    if match is None:
        return None
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    if not parts:
        return None
    return (
        parts.get("y", 0) * 365 * 86400
        + parts.get("mo", 0) * 30 * 86400
        + parts.get("w", 0) * 7 * 86400
        + parts.get("d", 0) * 86400
        + parts.get("h", 0) * 3600
        + parts.get("mi", 0) * 60
        + parts.get("s", 0)
    )


def spec_timezone(spec: dict[str, Any]) -> ZoneInfo:
    """The timezone cron expressions of ``spec`` are read in (UTC when unset or unknown)."""
    name = spec.get("timezone")
    if isinstance(name, str) and name:
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            return ZoneInfo(name)
    return ZoneInfo("UTC")


def valid_cron(expression: Any) -> bool:
    """Whether a cron expression is a standard 5-field one (or an ``@daily``-style macro)."""
    if not isinstance(expression, str) or not expression.strip():
        return False
    text = expression.strip()
    if not text.startswith("@") and len(text.split()) != 5:
        return False
    try:
        return bool(croniter.is_valid(text))
    except Exception:
        return False


def next_occurrence(spec: dict[str, Any], after: datetime) -> datetime | None:
    """The first occurrence of ``spec`` strictly after ``after`` (unjittered), or ``None``."""
    tz = spec_timezone(spec)
    candidates: list[datetime] = []
    crons = spec.get("cron_expressions")
    for expression in crons if isinstance(crons, list) else []:
        if not valid_cron(expression):
            continue
        try:
            start = after.astimezone(tz)
            nxt = croniter(expression.strip(), start).get_next(datetime)
            if isinstance(nxt, datetime):
                candidates.append(nxt.astimezone(UTC))
        except Exception:  # out-of-range dates: no further occurrence
            continue
    intervals = spec.get("intervals")
    stamp = int(after.timestamp() // 1)
    for interval in intervals if isinstance(intervals, list) else []:
        if not isinstance(interval, dict):
            continue
        every = duration_seconds(interval.get("every"))
        if not every:
            continue
        offset = duration_seconds(interval.get("offset")) or 0
        periods = (stamp - offset) // every
        try:
            candidates.append(datetime.fromtimestamp(offset + (periods + 1) * every, UTC))
        except (OverflowError, ValueError, OSError):  # beyond the representable range
            continue
    return min(candidates) if candidates else None


def occurrences_between(
    spec: dict[str, Any], start: datetime, end: datetime, limit: int = MAX_OCCURRENCES
) -> list[datetime]:
    """Occurrences in the half-open window ``[start, end)``."""
    found: list[datetime] = []
    try:
        cursor = start - timedelta(seconds=1)
    except OverflowError:
        cursor = start
    while len(found) < limit:
        nxt = next_occurrence(spec, cursor)
        if nxt is None or nxt >= end:
            break
        if nxt >= start:
            found.append(nxt)
        cursor = nxt
    return found


def _jittered(occurrence: datetime | None, jitter: int) -> datetime | None:
    if occurrence is None or jitter <= 0:
        return occurrence
    try:
        return occurrence + timedelta(seconds=random.randint(0, jitter))
    except OverflowError:
        return occurrence


def _iso_micro(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


# ── storage ───────────────────────────────────────────────────────────────────────────────


def _row_to_dict(row: Any) -> dict[str, Any]:
    data = {key: row[key] for key in row.keys()}  # noqa: SIM118 - sqlite3.Row
    for key in _JSON_COLUMNS:
        data[key] = loads(data[key])
    data["recent_actions"] = data["recent_actions"] or []
    data["buffered_actions"] = data["buffered_actions"] or []
    return data


def _load(server: AdminServer, pk: str) -> dict[str, Any]:
    row = server.db.query_one("SELECT * FROM schedules WHERE id = ?", (pk,))
    assert row is not None
    return _row_to_dict(row)


def find_schedule(
    server: AdminServer, namespace: str, schedule_id: str, *, include_deleted: bool = False
) -> dict[str, Any] | None:
    """A schedule of a namespace by its id (the live one first), or ``None``."""
    sql = "SELECT * FROM schedules WHERE namespace = ? AND schedule_id = ?"
    if not include_deleted:
        sql += " AND status != 'deleted'"
    sql += " ORDER BY (status != 'deleted') DESC, created_at DESC, rowid DESC LIMIT 1"
    row = server.db.query_one(sql, (namespace, schedule_id))
    return _row_to_dict(row) if row is not None else None


def _save(server: AdminServer, sched: dict[str, Any], *fields: str) -> None:
    sched["updated_at"] = to_db_time(server.clock.now())
    names = (*fields, "updated_at")
    values = [dumps(sched[f]) if f in _JSON_COLUMNS else sched[f] for f in names]
    with server.db.transaction() as conn:
        conn.execute(
            f"UPDATE schedules SET {', '.join(f'{f} = ?' for f in names)} WHERE id = ?",
            (*values, sched["id"]),
        )


def _snapshot(sched: dict[str, Any]) -> dict[str, Any]:
    snap: dict[str, Any] = {
        "id": sched["id"],
        "schedule_id": sched["schedule_id"],
        "namespace": sched["namespace"],
        "status": sched["status"],
        "overlap_policy": sched["overlap_policy"],
    }
    for key in ("next_fire_at", "paused_at", "deleted_at"):
        if sched.get(key):
            snap[key] = db_to_iso(sched[key])
    snap["fires_count"] = sched["fires_count"]
    snap["skipped_trigger_count"] = sched["skipped_trigger_count"]
    if sched.get("note") is not None:
        snap["note"] = sched["note"]
    return snap


def _record_event(
    server: AdminServer,
    sched: dict[str, Any],
    event_type: str,
    payload: dict[str, Any],
    context: dict[str, Any] | None = None,
) -> None:
    body = dict(payload)
    if context is not None:
        body["command_context"] = context
    body["schedule"] = _snapshot(sched)
    with server.db.transaction() as conn:
        row = conn.execute(
            "SELECT COALESCE(MAX(sequence), 0) FROM schedule_events WHERE schedule_pk = ?",
            (sched["id"],),
        ).fetchone()
        conn.execute(
            "INSERT INTO schedule_events (id, schedule_pk, namespace, schedule_id, sequence,"
            " event_type, payload, workflow_instance_id, workflow_run_id, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_ulid(server.clock),
                sched["id"],
                sched["namespace"],
                sched["schedule_id"],
                int(row[0]) + 1,
                event_type,
                dumps(body),
                payload.get("workflow_instance_id"),
                payload.get("workflow_run_id"),
                to_db_time(server.clock.now()),
            ),
        )


# ── engine calls ──────────────────────────────────────────────────────────────────────────


async def _call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    result = fn(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


async def _running(server: AdminServer, sched: dict[str, Any]) -> bool:
    workflow_id = sched.get("latest_workflow_instance_id")
    if not workflow_id:
        return False
    workflows = getattr(server, "workflows", None)
    try:
        return bool(await _call(workflows.is_running, sched["namespace"], workflow_id))  # type: ignore[union-attr]
    except Exception:
        log.exception("could not tell whether workflow %s still runs", workflow_id)
        return False


async def _close_existing(server: AdminServer, sched: dict[str, Any], policy: str) -> None:
    workflow_id = sched.get("latest_workflow_instance_id")
    if not workflow_id:
        return
    workflows: Any = getattr(server, "workflows", None)
    with contextlib.suppress(Exception):  # best effort, like the real server
        if policy == "cancel_other":
            await _call(
                workflows.cancel_workflow,
                sched["namespace"],
                workflow_id,
                "Schedule overlap: cancel_other policy applied.",
            )
        elif policy == "terminate_other":
            await _call(
                workflows.terminate_workflow,
                sched["namespace"],
                workflow_id,
                "Schedule overlap: terminate_other policy applied.",
            )


_ACTION_FIELDS = (
    "workflow_type",
    "task_queue",
    "input",
    "execution_timeout_seconds",
    "run_timeout_seconds",
)


def start_request(sched: dict[str, Any]) -> dict[str, Any]:
    """The workflow start body (without ``workflow_id``) each fire of a schedule sends."""
    action = sched["action"] if isinstance(sched.get("action"), dict) else {}
    body: dict[str, Any] = {"workflow_type": action.get("workflow_type")}
    for key in _ACTION_FIELDS[1:]:
        if action.get(key) is not None:
            body[key] = action[key]
    if sched.get("memo"):
        body["memo"] = sched["memo"]
    if sched.get("search_attributes"):
        body["search_attributes"] = sched["search_attributes"]
    return body


def _check_startable(server: AdminServer, sched: dict[str, Any]) -> None:
    """Refuse (422) a schedule whose fires the engine would refuse to start."""
    body = start_request(sched)
    errors: dict[str, list[str]] = {}
    payload = body.get("input")
    if isinstance(payload, dict) and "codec" in payload and payload.get("codec") != "avro":
        errors["action.input.codec"] = [
            f'Unknown payload codec "{payload.get("codec")}". Known codecs: avro.'
        ]
    validate = getattr(getattr(server, "workflows", None), "validate_start", None)
    if callable(validate):
        try:
            validate(body)
        except ApiError as exc:
            found = exc.extra.get("errors")
            for key, messages in (found if isinstance(found, dict) else {}).items():
                prefixed = f"action.{key}" if key.split(".")[0] in _ACTION_FIELDS else key
                errors.setdefault(prefixed, []).extend(messages)
            if not errors:
                errors["action"] = [exc.message]
    if errors:
        raise validation_failed(errors)


class StartFailed(Exception):
    """The engine refused or failed to start a schedule's workflow."""


def _record_failure(server: AdminServer, sched: dict[str, Any], reason: str) -> None:
    now = server.clock.now()
    actions = [
        *sched["recent_actions"],
        {"outcome": "failed", "reason": reason, "fired_at": iso_seconds(now)},
    ]
    sched["recent_actions"] = actions[-RECENT_ACTIONS_KEPT:]
    sched["failures_count"] += 1
    sched["last_fired_at"] = to_db_time(now)
    _save(server, sched, "recent_actions", "failures_count", "last_fired_at")


def _record_skip(
    server: AdminServer, sched: dict[str, Any], reason: str, context: dict[str, Any] | None
) -> None:
    now = server.clock.now()
    sched["last_skip_reason"] = reason
    sched["last_skipped_at"] = to_db_time(now)
    sched["skipped_trigger_count"] += 1
    _save(server, sched, "last_skip_reason", "last_skipped_at", "skipped_trigger_count")
    _record_event(
        server,
        sched,
        "ScheduleTriggerSkipped",
        {
            "reason": reason,
            "skipped_trigger_count": sched["skipped_trigger_count"],
            "last_skipped_at": iso_seconds(now),
        },
        context,
    )


async def _start_run(
    server: AdminServer,
    sched: dict[str, Any],
    *,
    occurrence: datetime | None,
    outcome: str,
    policy: str,
    context: dict[str, Any] | None,
) -> tuple[str, str | None]:
    body = {"workflow_id": new_ulid(server.clock), **start_request(sched)}
    workflows: Any = getattr(server, "workflows", None)
    try:
        result = await _call(workflows.start_workflow, sched["namespace"], body, source="schedule")
        status, answer = result if isinstance(result, tuple) else (201, result)
        if int(status) >= 400 or not isinstance(answer, dict):
            reason = answer.get("message") if isinstance(answer, dict) else None
            raise StartFailed(str(reason or f"workflow start answered {status}"))
    except ApiError as exc:
        _record_failure(server, sched, exc.message)
        raise StartFailed(exc.message) from exc
    except StartFailed as exc:
        _record_failure(server, sched, str(exc))
        raise
    except Exception as exc:
        _record_failure(server, sched, str(exc) or type(exc).__name__)
        raise StartFailed(str(exc) or type(exc).__name__) from exc
    workflow_id = str(answer.get("workflow_id") or body["workflow_id"])
    run_id = answer.get("run_id")
    now = server.clock.now()
    spec = sched["spec"] if isinstance(sched["spec"], dict) else {}
    crons = spec.get("cron_expressions")
    event: dict[str, Any] = {
        "workflow_instance_id": workflow_id,
        "workflow_run_id": run_id,
        "schedule_id": sched["schedule_id"],
        "schedule_ulid": sched["id"],
        "cron_expression": crons[0] if isinstance(crons, list) and crons else None,
        "timezone": spec.get("timezone"),
        "overlap_policy": sched["overlap_policy"],
        "outcome": outcome,
        "effective_overlap_policy": policy,
        "trigger_number": sched["fires_count"] + 1,
        "occurrence_time": _iso_micro(occurrence) if occurrence is not None else None,
    }
    event = {key: value for key, value in event.items() if value is not None}
    record: dict[str, Any] = {
        "workflow_id": workflow_id,
        "run_id": run_id,
        "outcome": outcome,
        "fired_at": iso_seconds(now),
    }
    if occurrence is not None:
        record["occurrence_time"] = _iso_micro(occurrence)
        record["fire_lag_ms"] = max(0, round((now - occurrence).total_seconds() * 1000))
    sched["recent_actions"] = [*sched["recent_actions"], record][-RECENT_ACTIONS_KEPT:]
    sched["fires_count"] += 1
    sched["last_fired_at"] = to_db_time(now)
    sched["latest_workflow_instance_id"] = workflow_id
    sched["latest_workflow_run_id"] = run_id
    if sched["remaining_actions"] is not None:
        sched["remaining_actions"] = max(0, sched["remaining_actions"] - 1)
    _save(
        server,
        sched,
        "recent_actions",
        "fires_count",
        "last_fired_at",
        "latest_workflow_instance_id",
        "latest_workflow_run_id",
        "remaining_actions",
    )
    _record_event(server, sched, "ScheduleTriggered", event, context)
    if sched["remaining_actions"] is not None and sched["remaining_actions"] <= 0:
        sched["status"] = "deleted"
        sched["deleted_at"] = to_db_time(now)
        sched["next_fire_at"] = None
        sched["next_occurrence_at"] = None
        sched["buffered_actions"] = []
        _save(
            server,
            sched,
            "status",
            "deleted_at",
            "next_fire_at",
            "next_occurrence_at",
            "buffered_actions",
        )
        _record_event(
            server,
            sched,
            "ScheduleDeleted",
            {"reason": "max_runs_exhausted", "deleted_at": iso_seconds(now)},
            context,
        )
    return workflow_id, run_id


async def _trigger(
    server: AdminServer,
    sched: dict[str, Any],
    override: str | None,
    context: dict[str, Any] | None,
    occurrence: datetime | None = None,
) -> dict[str, Any]:
    """Fire once under the overlap policy; returns ``{"outcome", ...}`` (trigger route shape)."""
    if sched["status"] != "active":
        _record_skip(server, sched, "status_not_triggerable", context)
        return {"outcome": "skipped", "reason": "status_not_triggerable"}
    if sched["remaining_actions"] is not None and sched["remaining_actions"] <= 0:
        _record_skip(server, sched, "remaining_actions_exhausted", context)
        return {"outcome": "skipped", "reason": "remaining_actions_exhausted"}
    policy = override or sched["overlap_policy"] or "skip"
    running = policy != "allow_all" and await _running(server, sched)
    if running and policy in BUFFER_POLICIES:
        if policy == "buffer_one" and len(sched["buffered_actions"]) >= 1:
            _record_skip(server, sched, "buffer_full", context)
            return {
                "outcome": "buffer_full",
                "reason": "Previous workflow is still running and buffer is at capacity.",
            }
        entry: dict[str, Any] = {"buffered_at": iso_seconds(server.clock.now())}
        if occurrence is not None:
            entry["occurrence_time"] = _iso_micro(occurrence)
        sched["buffered_actions"] = [*sched["buffered_actions"], entry]
        _save(server, sched, "buffered_actions")
        return {"outcome": "buffered", "buffer_depth": len(sched["buffered_actions"])}
    if running and policy == "skip":
        reason = f"overlap_policy_{policy}"
        _record_skip(server, sched, reason, context)
        return {"outcome": "skipped", "reason": reason}
    if running and policy in ("cancel_other", "terminate_other"):
        await _close_existing(server, sched, policy)
    try:
        workflow_id, run_id = await _start_run(
            server,
            sched,
            occurrence=occurrence,
            outcome="scheduled",
            policy=policy,
            context=context,
        )
    except StartFailed as exc:
        return {"outcome": "trigger_failed", "reason": str(exc)}
    return {"outcome": "triggered", "workflow_id": workflow_id, "run_id": run_id}


async def _backfill_one(
    server: AdminServer,
    sched: dict[str, Any],
    policy: str,
    occurrence: datetime,
    context: dict[str, Any] | None,
) -> dict[str, Any]:
    tz = spec_timezone(sched["spec"])
    item: dict[str, Any] = {"fire_time": iso_seconds(occurrence.astimezone(tz))}
    effective = "allow_all" if policy in BUFFER_POLICIES else policy
    if sched["status"] != "active":
        _record_skip(server, sched, "status_not_triggerable", context)
        return {**item, "outcome": "skipped"}
    if sched["remaining_actions"] is not None and sched["remaining_actions"] <= 0:
        _record_skip(server, sched, "remaining_actions_exhausted", context)
        return {**item, "outcome": "skipped"}
    running = effective != "allow_all" and await _running(server, sched)
    if running and effective == "skip":
        _record_skip(server, sched, "overlap_policy_skip", context)
        return {**item, "outcome": "skipped"}
    if running:
        await _close_existing(server, sched, effective)
    try:
        workflow_id, _run_id = await _start_run(
            server,
            sched,
            occurrence=occurrence,
            outcome="backfilled",
            policy=effective,
            context=context,
        )
    except StartFailed as exc:
        return {**item, "outcome": "failed", "reason": str(exc)}
    return {**item, "workflow_id": workflow_id, "outcome": "started"}


# ── firing loop ───────────────────────────────────────────────────────────────────────────

_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
    weakref.WeakKeyDictionary()
)
_wakeups: weakref.WeakKeyDictionary[Any, list[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = (
    weakref.WeakKeyDictionary()
)


def _lock() -> asyncio.Lock:
    """One lock per event loop serialising schedule mutations (routes and the firing loop)."""
    loop = asyncio.get_running_loop()
    lock = _locks.get(loop)
    if lock is None:
        lock = _locks[loop] = asyncio.Lock()
    return lock


def wake(server: Any) -> None:
    """Wake the firing loop (a schedule changed)."""
    try:
        entries = list(_wakeups.get(server, []))
    except TypeError:
        entries = []
    for loop, event in entries:
        if not loop.is_closed():
            loop.call_soon_threadsafe(event.set)
    notifier = getattr(server, "notifier", None)
    notify = getattr(notifier, "notify", None)
    if callable(notify):
        with contextlib.suppress(Exception):
            notify("schedules")


async def tick(server: AdminServer) -> list[dict[str, Any]]:
    """Fire what is due now: drain buffers of finished runs, then every due occurrence.

    Returns one entry per attempted action. The firing loop calls this; tests may too.
    """
    results: list[dict[str, Any]] = []
    async with _lock():
        rows = server.db.query(
            "SELECT id FROM schedules WHERE status = 'active' AND buffered_actions != '[]'"
        )
        for row in rows:
            sched = _load(server, row["id"])
            if not sched["buffered_actions"] or await _running(server, sched):
                continue
            entry, *rest = sched["buffered_actions"]
            sched["buffered_actions"] = rest
            _save(server, sched, "buffered_actions")
            occurrence = parse_datetime(entry.get("occurrence_time"))
            try:
                workflow_id, run_id = await _start_run(
                    server,
                    sched,
                    occurrence=occurrence,
                    outcome="drained",
                    policy=sched["overlap_policy"],
                    context=None,
                )
                results.append(
                    {
                        "schedule_id": sched["schedule_id"],
                        "outcome": "drained",
                        "workflow_id": workflow_id,
                        "run_id": run_id,
                    }
                )
            except StartFailed as exc:
                results.append(
                    {"schedule_id": sched["schedule_id"], "outcome": "failed", "reason": str(exc)}
                )
        now = server.clock.now()
        due = server.db.query(
            "SELECT id FROM schedules WHERE status = 'active' AND next_fire_at IS NOT NULL"
            " AND next_fire_at <= ? ORDER BY next_fire_at",
            (to_db_time(now),),
        )
        for row in due:
            sched = _load(server, row["id"])
            results.extend(await _fire_due(server, sched, now))
    return results


async def _fire_due(
    server: AdminServer, sched: dict[str, Any], now: datetime
) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    occurrence = from_db_time(sched["next_occurrence_at"]) or from_db_time(sched["next_fire_at"])
    fire_at = from_db_time(sched["next_fire_at"])
    fired = 0
    while (
        occurrence is not None
        and fire_at is not None
        and fire_at <= now
        and sched["status"] == "active"
        and fired < MAX_OCCURRENCES
    ):
        result = await _trigger(server, sched, None, None, occurrence)
        results.append(
            {
                "schedule_id": sched["schedule_id"],
                "occurrence_time": _iso_micro(occurrence),
                **result,
            }
        )
        fired += 1
        sched = _load(server, sched["id"])
        occurrence = next_occurrence(sched["spec"], occurrence)
        fire_at = _jittered(occurrence, sched["jitter_seconds"])
    if fired >= MAX_OCCURRENCES and occurrence is not None and occurrence <= now:
        occurrence = next_occurrence(sched["spec"], now)
        fire_at = _jittered(occurrence, sched["jitter_seconds"])
    if sched["status"] == "active":
        sched["next_occurrence_at"] = to_db_time(occurrence) if occurrence else None
        sched["next_fire_at"] = to_db_time(fire_at) if fire_at else None
        _save(server, sched, "next_occurrence_at", "next_fire_at")
    return results


def operator_metrics(server: AdminServer, namespace: str) -> dict[str, Any]:
    """The ``schedules`` block of the operator metrics of one namespace.

    ``missed`` counts active schedules whose fire time has passed without firing yet.
    """
    now = server.clock.now()
    row = server.db.query_one(
        "SELECT SUM(status = 'active') AS active, SUM(status = 'paused') AS paused,"
        " SUM(status = 'active' AND next_fire_at IS NOT NULL AND next_fire_at < ?) AS missed,"
        " MIN(CASE WHEN status = 'active' AND next_fire_at < ? THEN next_fire_at END) AS oldest,"
        " SUM(fires_count) AS fires, SUM(failures_count) AS failures"
        " FROM schedules WHERE namespace = ? AND status != 'deleted'",
        (to_db_time(now), to_db_time(now), namespace),
    )
    oldest = from_db_time(row["oldest"]) if row is not None else None
    return {
        "active": int(row["active"] or 0) if row is not None else 0,
        "paused": int(row["paused"] or 0) if row is not None else 0,
        "missed": int(row["missed"] or 0) if row is not None else 0,
        "oldest_overdue_at": iso_seconds(oldest),
        "max_overdue_ms": max(0, round((now - oldest).total_seconds() * 1000)) if oldest else 0,
        "fires_total": int(row["fires"] or 0) if row is not None else 0,
        "failures_total": int(row["failures"] or 0) if row is not None else 0,
    }


def _next_due(server: AdminServer) -> tuple[datetime | None, list[str]]:
    """The earliest due time and the runs whose close would let a buffered fire start."""
    row = server.db.query_one(
        "SELECT MIN(next_fire_at) AS due FROM schedules WHERE status = 'active'"
    )
    waiting = server.db.query(
        "SELECT latest_workflow_run_id FROM schedules WHERE status = 'active'"
        " AND buffered_actions != '[]'"
    )
    runs = [r["latest_workflow_run_id"] or "" for r in waiting]
    return from_db_time(row["due"] if row is not None else None), runs


async def _wait_any(events: list[asyncio.Event], timeout: float) -> None:
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()


async def background(server: AdminServer) -> None:
    """Fire schedules while the server runs.

    Sleeps until the earliest due time, waking early when the clock moves (ManualClock
    listeners), when a schedule changes (:func:`wake`), or when the run a buffered fire waits
    for closes (the server's notifier, key ``("run", run_id)``); while buffered fires wait it
    also looks again every second.
    """
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    server.clock.add_listener(event)
    _wakeups.setdefault(server, []).append((loop, event))
    listen = getattr(getattr(server, "notifier", None), "listen", None)
    try:
        while True:
            event.clear()
            try:
                await tick(server)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("schedule tick failed")
            due, waiting_runs = _next_due(server)
            timeout = 60.0
            if due is not None:
                timeout = max(0.0, min(timeout, (due - server.clock.now()).total_seconds()))
            if waiting_runs:
                timeout = min(timeout, 1.0)
            if timeout <= 0:
                await asyncio.sleep(0)
                continue
            if callable(listen):
                keys = ["schedules", *(("run", run_id) for run_id in waiting_runs if run_id)]
                with listen(*keys) as notified:
                    await _wait_any([event, notified], timeout)
            else:
                await _wait_any([event], timeout)
    finally:
        entries = _wakeups.get(server, [])
        with contextlib.suppress(ValueError):
            entries.remove((loop, event))


# ── validation ────────────────────────────────────────────────────────────────────────────


def _validate_spec(v: Validator, spec: Any, *, required: bool) -> None:
    if spec is None and not required:
        return
    if not isinstance(spec, dict) or not spec:
        if required or spec is not None:
            v.add(
                "spec",
                "The spec field is required." if not spec else "The spec field must be an array.",
            )
        return
    crons = spec.get("cron_expressions")
    intervals = spec.get("intervals")
    if crons is not None and not isinstance(crons, list):
        v.add("spec.cron_expressions", "The spec.cron expressions field must be an array.")
        crons = None
    if intervals is not None and not isinstance(intervals, list):
        v.add("spec.intervals", "The spec.intervals field must be an array.")
        intervals = None
    for index, expression in enumerate(crons or []):
        field = f"spec.cron_expressions.{index}"
        if not isinstance(expression, str):
            v.add(field, f"The {field} field must be a string.")
        elif not valid_cron(expression):
            v.add(field, f"Invalid cron expression: [{expression}].")
    for index, interval in enumerate(intervals or []):
        field = f"spec.intervals.{index}"
        if not isinstance(interval, dict):
            v.add(field, f"The {field} field must be an array.")
            continue
        every = interval.get("every")
        if v.required(f"{field}.every", every):
            v.string(f"{field}.every", every, max_length=64)
        v.string(f"{field}.offset", interval.get("offset"), max_length=64)
    tz = spec.get("timezone")
    if v.string("spec.timezone", tz, max_length=64) and isinstance(tz, str) and tz:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            v.add("spec.timezone", "The spec.timezone field must be a valid timezone.")
    if not crons and not intervals and not v.errors:
        v.add("spec", "The spec must include at least one cron expression or interval.")


def _validate_action(v: Validator, action: Any, *, required: bool) -> None:
    if action is None and not required:
        return
    if not isinstance(action, dict) or (required and not action):
        if required and not action:
            v.add("action", "The action field is required.")
        else:
            v.add("action", "The action field must be an array.")
        return
    workflow_type = action.get("workflow_type")
    if required:
        if v.required("action.workflow_type", workflow_type):
            v.string("action.workflow_type", workflow_type, max_length=255)
    else:
        v.string("action.workflow_type", workflow_type, max_length=255)
    v.string("action.task_queue", action.get("task_queue"), max_length=255)
    v.array("action.input", action.get("input"))
    for key in (
        "execution_timeout_seconds",
        "run_timeout_seconds",
        "workflow_execution_timeout",
        "workflow_run_timeout",
    ):
        v.integer(f"action.{key}", action.get(key), minimum=1)


def _validate_common(v: Validator, body: dict[str, Any]) -> None:
    v.one_of("overlap_policy", body.get("overlap_policy"), OVERLAP_POLICIES)
    v.integer("jitter_seconds", body.get("jitter_seconds"), minimum=0, maximum=3600)
    v.integer("max_runs", body.get("max_runs"), minimum=1)
    memo = body.get("memo")
    if memo is not None and (
        not isinstance(memo, dict | list) or (isinstance(memo, list) and memo)
    ):
        v.add("memo", "The memo field must be an array.")
    attributes = body.get("search_attributes")
    if attributes is not None and (
        not isinstance(attributes, dict | list) or (isinstance(attributes, list) and attributes)
    ):
        v.add("search_attributes", "The search attributes field must be an array.")
    elif isinstance(attributes, dict):
        for key in attributes:
            if len(key) > 128 or not re.fullmatch(SEARCH_ATTRIBUTE_KEY, key):
                v.add("search_attributes", f"The search attribute key [{key}] is invalid.")
    v.string("note", body.get("note"), max_length=1000)


def normalize_action(action: dict[str, Any]) -> dict[str, Any]:
    """Fold the legacy timeout names into ``execution_timeout_seconds``/``run_timeout_seconds``."""
    action = dict(action)
    legacy_exec = action.pop("workflow_execution_timeout", None)
    legacy_run = action.pop("workflow_run_timeout", None)
    if action.get("execution_timeout_seconds") is None and legacy_exec is not None:
        action["execution_timeout_seconds"] = as_int(legacy_exec)
    if action.get("run_timeout_seconds") is None and legacy_run is not None:
        action["run_timeout_seconds"] = as_int(legacy_run)
    for key in ("execution_timeout_seconds", "run_timeout_seconds"):
        if action.get(key) is not None:
            action[key] = as_int(action[key])
    return action


def _map_or_none(value: Any) -> Any:
    return value if value else None


# ── shaping ───────────────────────────────────────────────────────────────────────────────


def _detail(sched: dict[str, Any]) -> dict[str, Any]:
    action = sched["action"] if isinstance(sched["action"], dict) else None
    paused = sched["status"] == "paused"
    next_fire = db_to_iso(sched["next_fire_at"])
    last_fire = db_to_iso(sched["last_fired_at"])
    return {
        "schedule_id": sched["schedule_id"],
        "namespace": sched["namespace"],
        "spec": sched["spec"],
        "action": normalize_action(action) if action is not None else None,
        "overlap_policy": sched["overlap_policy"],
        "state": {"status": sched["status"], "paused": paused, "note": sched["note"]},
        "info": {
            "next_fire": next_fire,
            "last_fire": last_fire,
            "fires_count": sched["fires_count"],
            "failures_count": sched["failures_count"],
            "recent_actions": sched["recent_actions"],
            "buffered_actions": sched["buffered_actions"],
            "skipped_trigger_count": sched["skipped_trigger_count"],
            "last_skip_reason": sched["last_skip_reason"],
            "last_skipped_at": db_to_iso(sched["last_skipped_at"]),
        },
        "memo": sched["memo"],
        "search_attributes": sched["search_attributes"],
        "created_at": db_to_iso(sched["created_at"]),
        "updated_at": db_to_iso(sched["updated_at"]),
        "jitter_seconds": sched["jitter_seconds"],
        "max_runs": sched["max_runs"],
        "remaining_actions": sched["remaining_actions"],
        "latest_workflow_instance_id": sched["latest_workflow_instance_id"],
        # the flattened names newer clients read first
        "status": sched["status"],
        "paused": paused,
        "note": sched["note"],
        "fires_count": sched["fires_count"],
        "failures_count": sched["failures_count"],
        "next_fire_at": next_fire,
        "last_fired_at": last_fire,
        "paused_at": db_to_iso(sched["paused_at"]),
    }


def _list_item(sched: dict[str, Any]) -> dict[str, Any]:
    action = sched["action"] if isinstance(sched["action"], dict) else {}
    next_fire = db_to_iso(sched["next_fire_at"])
    last_fire = db_to_iso(sched["last_fired_at"])
    item: dict[str, Any] = {
        "schedule_id": sched["schedule_id"],
        "workflow_type": action.get("workflow_type"),
        "status": sched["status"],
        "paused": sched["status"] == "paused",
        "next_fire": next_fire,
        "last_fire": last_fire,
        "overlap_policy": sched["overlap_policy"],
        "note": sched["note"],
        "fires_count": sched["fires_count"],
    }
    if sched["jitter_seconds"] > 0:
        item["jitter_seconds"] = sched["jitter_seconds"]
    if sched["max_runs"] is not None:
        item["max_runs"] = sched["max_runs"]
    if sched["remaining_actions"] is not None:
        item["remaining_actions"] = sched["remaining_actions"]
    item.update(
        {
            "spec": sched["spec"],
            "action": normalize_action(action),
            "next_fire_at": next_fire,
            "last_fired_at": last_fire,
            "failures_count": sched["failures_count"],
            "memo": sched["memo"],
            "search_attributes": sched["search_attributes"],
            "latest_workflow_instance_id": sched["latest_workflow_instance_id"],
            "paused_at": db_to_iso(sched["paused_at"]),
            "created_at": db_to_iso(sched["created_at"]),
            "updated_at": db_to_iso(sched["updated_at"]),
        }
    )
    return item


def _not_found(schedule_id: str, namespace: str) -> ApiError:
    return ApiError(
        404,
        "schedule_not_found",
        f"Schedule [{schedule_id}] not found in namespace [{namespace}].",
    )


def _page_offset(token: Any) -> int:
    if not isinstance(token, str) or not token:
        return 0
    try:
        value = int(base64.urlsafe_b64decode(token.encode() + b"==").decode())
    except (ValueError, UnicodeDecodeError):
        return 0
    return max(0, value)


# ── routes ────────────────────────────────────────────────────────────────────────────────


def routes(server: AdminServer) -> list[Route]:
    """The schedule routes of the request's namespace."""

    def schedule_or_404(request: Request) -> tuple[str, str, dict[str, Any]]:
        namespace = request_namespace(request)
        schedule_id = str(request.path_params["schedule_id"])
        sched = find_schedule(server, namespace, schedule_id)
        if sched is None:
            raise _not_found(schedule_id, namespace)
        return namespace, schedule_id, sched

    async def list_schedules(request: Request) -> Response:
        namespace = request_namespace(request)
        query = request.query_params
        sql = "SELECT * FROM schedules WHERE namespace = ? AND status != 'deleted'"
        params: list[Any] = [namespace]
        status = query.get("status")
        if status:
            if status not in ("active", "paused"):
                error = validation_failed({"status": ["The selected status is invalid."]})
                error.extra["field"] = "status"
                raise error
            sql += " AND status = ?"
            params.append(status)
        rows = [
            _row_to_dict(row)
            for row in server.db.query(sql + " ORDER BY created_at DESC, rowid DESC", params)
        ]
        workflow_type = query.get("workflow_type")
        if workflow_type:
            rows = [r for r in rows if (r["action"] or {}).get("workflow_type") == workflow_type]
        needle = query.get("query")
        if needle:
            rows = [
                r
                for r in rows
                if needle in r["schedule_id"]
                or needle in str((r["action"] or {}).get("workflow_type") or "")
            ]
        next_token: str | None = None
        total = len(rows)
        page_size = as_int(query.get("page_size"))
        if page_size is not None and page_size > 0:
            offset = _page_offset(query.get("next_page_token"))
            end = offset + min(page_size, 1000)
            if end < len(rows):
                next_token = base64.urlsafe_b64encode(str(end).encode()).decode().rstrip("=")
            rows = rows[offset:end]
        return json_response(
            {
                "namespace": namespace,
                "schedules": [_list_item(r) for r in rows],
                "schedule_count": total,
                "next_page_token": next_token,
            }
        )

    async def create_schedule(request: Request) -> Response:
        namespace = request_namespace(request)
        body = await read_json_object(request)
        v = Validator(body)
        v.string("schedule_id", body.get("schedule_id"), max_length=128)
        _validate_spec(v, body.get("spec"), required=True)
        _validate_action(v, body.get("action"), required=True)
        _validate_common(v, body)
        v.boolean("paused", body.get("paused"))
        v.raise_if_failed()
        too_large = memo_too_large(body.get("memo"), _memo_limit(server))
        if too_large is not None:
            raise too_large
        _check_startable(
            server,
            {
                "action": normalize_action(body["action"]),
                "memo": _map_or_none(body.get("memo")),
                "search_attributes": _map_or_none(body.get("search_attributes")),
            },
        )
        schedule_id = body.get("schedule_id") or new_ulid(server.clock, lower=False)
        async with _lock():
            if find_schedule(server, namespace, schedule_id) is not None:
                raise ApiError(
                    409,
                    "schedule_already_exists",
                    f"Schedule [{schedule_id}] already exists in namespace [{namespace}].",
                    schedule_id=schedule_id,
                )
            now = server.clock.now()
            spec = body["spec"]
            jitter = as_int(body.get("jitter_seconds")) or 0
            max_runs = as_int(body.get("max_runs"))
            occurrence = next_occurrence(spec, now)
            fire_at = _jittered(occurrence, jitter)
            pk = new_ulid(server.clock)
            with server.db.transaction() as conn:
                conn.execute(
                    "INSERT INTO schedules (id, namespace, schedule_id, spec, action,"
                    " overlap_policy, jitter_seconds, max_runs, remaining_actions, memo,"
                    " search_attributes, note, status, next_occurrence_at, next_fire_at,"
                    " created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)",
                    (
                        pk,
                        namespace,
                        schedule_id,
                        dumps(spec),
                        dumps(normalize_action(body["action"])),
                        body.get("overlap_policy") or "skip",
                        jitter,
                        max_runs,
                        max_runs,
                        dumps(_map_or_none(body.get("memo"))),
                        dumps(_map_or_none(body.get("search_attributes"))),
                        body.get("note"),
                        to_db_time(occurrence) if occurrence else None,
                        to_db_time(fire_at) if fire_at else None,
                        to_db_time(now),
                        to_db_time(now),
                    ),
                )
            sched = _load(server, pk)
            _record_event(
                server,
                sched,
                "ScheduleCreated",
                {
                    "spec": sched["spec"],
                    "action": sched["action"],
                    "overlap_policy": sched["overlap_policy"],
                    "next_fire_at": db_to_iso(sched["next_fire_at"]),
                },
                command_context(request, namespace, schedule_id, "schedule.create"),
            )
            if body.get("paused") in (True, 1, "1"):
                _pause(
                    server,
                    sched,
                    None,
                    command_context(request, namespace, schedule_id, "schedule.pause"),
                )
        wake(server)
        return json_response(
            {
                "schedule_id": schedule_id,
                "outcome": "created",
                "namespace": namespace,
                "status": sched["status"],
                "created_at": db_to_iso(sched["created_at"]),
            },
            201,
        )

    async def describe_schedule(request: Request) -> Response:
        _namespace, _schedule_id, sched = schedule_or_404(request)
        return json_response(_detail(sched))

    async def update_schedule(request: Request) -> Response:
        namespace, schedule_id, _sched = schedule_or_404(request)
        body = await read_json_object(request)
        v = Validator(body)
        _validate_spec(v, body.get("spec"), required=False)
        _validate_action(v, body.get("action"), required=False)
        _validate_common(v, body)
        v.raise_if_failed()
        if "memo" in body:
            too_large = memo_too_large(body.get("memo"), _memo_limit(server))
            if too_large is not None:
                raise too_large
        async with _lock():
            sched = find_schedule(server, namespace, schedule_id)
            if sched is None:
                raise _not_found(schedule_id, namespace)
            changed = ["spec", "action"]
            if isinstance(body.get("spec"), dict) and body["spec"]:
                sched["spec"] = body["spec"]
            if isinstance(body.get("action"), dict):
                merged = {**(sched["action"] or {}), **body["action"]}
                merged = {k: val for k, val in merged.items() if val is not None or k == "input"}
                sched["action"] = normalize_action(merged)
            if body.get("overlap_policy") is not None:
                sched["overlap_policy"] = body["overlap_policy"]
                changed.append("overlap_policy")
            if body.get("jitter_seconds") is not None:
                sched["jitter_seconds"] = as_int(body["jitter_seconds"])
                changed.append("jitter_seconds")
            if body.get("note") is not None:
                sched["note"] = body["note"]
                changed.append("note")
            if "memo" in body:
                sched["memo"] = _map_or_none(body["memo"])
                changed.append("memo")
            if "search_attributes" in body:
                sched["search_attributes"] = _map_or_none(body["search_attributes"])
                changed.append("search_attributes")
            if body.get("max_runs") is not None:
                max_runs = as_int(body["max_runs"])
                assert max_runs is not None
                sched["max_runs"] = max_runs
                if sched["remaining_actions"] is None or max_runs > sched["fires_count"]:
                    sched["remaining_actions"] = max_runs - sched["fires_count"]
                changed.extend(["max_runs", "remaining_actions"])
            _check_startable(server, sched)
            now = server.clock.now()
            occurrence = next_occurrence(sched["spec"], now)
            fire_at = _jittered(occurrence, sched["jitter_seconds"])
            sched["next_occurrence_at"] = to_db_time(occurrence) if occurrence else None
            sched["next_fire_at"] = to_db_time(fire_at) if fire_at else None
            _save(
                server,
                sched,
                "spec",
                "action",
                "overlap_policy",
                "jitter_seconds",
                "note",
                "memo",
                "search_attributes",
                "max_runs",
                "remaining_actions",
                "next_occurrence_at",
                "next_fire_at",
            )
            _record_event(
                server,
                sched,
                "ScheduleUpdated",
                {
                    "changed_fields": changed,
                    "spec": sched["spec"],
                    "action": sched["action"],
                    "overlap_policy": sched["overlap_policy"],
                    "next_fire_at": db_to_iso(sched["next_fire_at"]),
                },
                command_context(request, namespace, schedule_id, "schedule.update"),
            )
        wake(server)
        return json_response(
            {
                "schedule_id": schedule_id,
                "outcome": "updated",
                "namespace": namespace,
                "updated_at": db_to_iso(sched["updated_at"]),
            }
        )

    async def delete_schedule(request: Request) -> Response:
        namespace, schedule_id, _sched = schedule_or_404(request)
        async with _lock():
            sched = find_schedule(server, namespace, schedule_id)
            if sched is None:
                raise _not_found(schedule_id, namespace)
            now = server.clock.now()
            sched["status"] = "deleted"
            sched["deleted_at"] = to_db_time(now)
            sched["next_fire_at"] = None
            sched["next_occurrence_at"] = None
            sched["buffered_actions"] = []
            _save(
                server,
                sched,
                "status",
                "deleted_at",
                "next_fire_at",
                "next_occurrence_at",
                "buffered_actions",
            )
            _record_event(
                server,
                sched,
                "ScheduleDeleted",
                {"reason": "deleted", "deleted_at": iso_seconds(now)},
                command_context(request, namespace, schedule_id, "schedule.delete"),
            )
        wake(server)
        return json_response(
            {
                "schedule_id": schedule_id,
                "outcome": "deleted",
                "namespace": namespace,
                "deleted_at": iso_seconds(now),
            }
        )

    async def pause_schedule(request: Request) -> Response:
        namespace, schedule_id, _sched = schedule_or_404(request)
        body = await read_json_object(request)
        v = Validator(body)
        v.string("note", body.get("note"), max_length=1000)
        v.raise_if_failed()
        async with _lock():
            sched = find_schedule(server, namespace, schedule_id)
            if sched is None:
                raise _not_found(schedule_id, namespace)
            context = command_context(request, namespace, schedule_id, "schedule.pause")
            _pause(server, sched, body.get("note"), context)
        wake(server)
        return json_response(
            {
                "schedule_id": schedule_id,
                "outcome": "paused",
                "namespace": namespace,
                "paused": True,
                "note": sched["note"],
                "paused_at": db_to_iso(sched["paused_at"]),
            }
        )

    async def resume_schedule(request: Request) -> Response:
        namespace, schedule_id, _sched = schedule_or_404(request)
        body = await read_json_object(request)
        v = Validator(body)
        v.string("note", body.get("note"), max_length=1000)
        v.raise_if_failed()
        async with _lock():
            sched = find_schedule(server, namespace, schedule_id)
            if sched is None:
                raise _not_found(schedule_id, namespace)
            now = server.clock.now()
            if sched["status"] == "paused":
                occurrence = next_occurrence(sched["spec"], now)
                fire_at = _jittered(occurrence, sched["jitter_seconds"])
                sched["status"] = "active"
                sched["paused_at"] = None
                sched["next_occurrence_at"] = to_db_time(occurrence) if occurrence else None
                sched["next_fire_at"] = to_db_time(fire_at) if fire_at else None
                _save(server, sched, "status", "paused_at", "next_occurrence_at", "next_fire_at")
                _record_event(
                    server,
                    sched,
                    "ScheduleResumed",
                    {"next_fire_at": db_to_iso(sched["next_fire_at"])},
                    command_context(request, namespace, schedule_id, "schedule.resume"),
                )
            if body.get("note") is not None:
                sched["note"] = body["note"]
                _save(server, sched, "note")
        wake(server)
        return json_response(
            {
                "schedule_id": schedule_id,
                "outcome": "resumed",
                "namespace": namespace,
                "paused": False,
                "note": sched["note"],
                "resumed_at": iso_seconds(now),
            }
        )

    async def trigger_schedule(request: Request) -> Response:
        namespace, schedule_id, _sched = schedule_or_404(request)
        body = await read_json_object(request)
        v = Validator(body)
        v.one_of("overlap_policy", body.get("overlap_policy"), OVERLAP_POLICIES)
        v.raise_if_failed()
        async with _lock():
            sched = find_schedule(server, namespace, schedule_id)
            if sched is None:
                raise _not_found(schedule_id, namespace)
            context = command_context(request, namespace, schedule_id, "schedule.trigger")
            result = await _trigger(server, sched, body.get("overlap_policy"), context)
        wake(server)
        status = 500 if result["outcome"] == "trigger_failed" else 200
        return json_response({"schedule_id": schedule_id, "namespace": namespace, **result}, status)

    async def backfill_schedule(request: Request) -> Response:
        namespace, schedule_id, _sched = schedule_or_404(request)
        body = await read_json_object(request)
        v = Validator(body)
        times: dict[str, datetime] = {}
        for key in ("start_time", "end_time"):
            if v.required(key, body.get(key)):
                parsed = parse_datetime(body.get(key))
                if parsed is None:
                    v.add(key, f"The {key.replace('_', ' ')} field must be a valid date.")
                else:
                    times[key] = parsed
        v.one_of("overlap_policy", body.get("overlap_policy"), OVERLAP_POLICIES)
        v.raise_if_failed()
        start, end = times["start_time"], times["end_time"]
        if end <= start:
            raise ApiError(422, "invalid_time_range", "end_time must be after start_time.")
        results: list[dict[str, Any]] = []
        async with _lock():
            sched = find_schedule(server, namespace, schedule_id)
            if sched is None:
                raise _not_found(schedule_id, namespace)
            policy = body.get("overlap_policy") or sched["overlap_policy"] or "skip"
            context = command_context(request, namespace, schedule_id, "schedule.backfill")
            for occurrence in occurrences_between(sched["spec"], start, end):
                results.append(await _backfill_one(server, sched, policy, occurrence, context))
                sched = _load(server, sched["id"])
                if sched["remaining_actions"] is not None and sched["remaining_actions"] <= 0:
                    break
        wake(server)
        return json_response(
            {
                "schedule_id": schedule_id,
                "namespace": namespace,
                "outcome": "backfill_started",
                "fires_attempted": len(results),
                "results": results,
            }
        )

    async def schedule_history(request: Request) -> Response:
        namespace = request_namespace(request)
        schedule_id = str(request.path_params["schedule_id"])
        sched = find_schedule(server, namespace, schedule_id, include_deleted=True)
        if sched is None:
            raise _not_found(schedule_id, namespace)
        raw_limit = as_int(request.query_params.get("limit"))
        limit = HISTORY_DEFAULT_LIMIT if raw_limit is None or raw_limit <= 0 else raw_limit
        limit = min(limit, HISTORY_MAX_LIMIT)
        raw_after = request.query_params.get("after_sequence")
        after = 0
        if raw_after is not None and raw_after != "":
            parsed = as_int(raw_after) if re.fullmatch(r"-?\d+", raw_after) else None
            if parsed is None or parsed < 0:
                raise ApiError(
                    422, "invalid_after_sequence", "after_sequence must be a non-negative integer."
                )
            after = min(parsed, 2**62)
        rows = server.db.query(
            "SELECT * FROM schedule_events WHERE schedule_pk = ? AND sequence > ?"
            " ORDER BY sequence LIMIT ?",
            (sched["id"], after, limit + 1),
        )
        has_more = len(rows) > limit
        rows = rows[:limit]
        events = [
            {
                "id": row["id"],
                "sequence": row["sequence"],
                "event_type": row["event_type"],
                "payload": loads(row["payload"]),
                "workflow_instance_id": row["workflow_instance_id"],
                "workflow_run_id": row["workflow_run_id"],
                "recorded_at": db_to_iso(row["recorded_at"]),
            }
            for row in rows
        ]
        return json_response(
            {
                "schedule_id": sched["schedule_id"],
                "namespace": sched["namespace"],
                "events": events,
                "next_cursor": events[-1]["sequence"] if has_more and events else None,
                "has_more": has_more,
            }
        )

    base = "/api/schedules/{schedule_id}"
    return [
        Route("/api/schedules", list_schedules, methods=["GET"]),
        Route("/api/schedules", create_schedule, methods=["POST"]),
        Route(base, describe_schedule, methods=["GET"]),
        Route(base, update_schedule, methods=["PUT"]),
        Route(base, delete_schedule, methods=["DELETE"]),
        Route(base + "/pause", pause_schedule, methods=["POST"]),
        Route(base + "/resume", resume_schedule, methods=["POST"]),
        Route(base + "/trigger", trigger_schedule, methods=["POST"]),
        Route(base + "/backfill", backfill_schedule, methods=["POST"]),
        Route(base + "/history", schedule_history, methods=["GET"]),
    ]


def _memo_limit(server: AdminServer) -> int:
    value = getattr(server.config, "max_memo_bytes", None)
    return value if isinstance(value, int) and value > 0 else MAX_MEMO_BYTES


def _pause(
    server: AdminServer, sched: dict[str, Any], note: str | None, context: dict[str, Any] | None
) -> None:
    now = server.clock.now()
    sched["status"] = "paused"
    sched["paused_at"] = to_db_time(now)
    fields = ["status", "paused_at"]
    if note is not None:
        sched["note"] = note
        fields.append("note")
    _save(server, sched, *fields)
    payload: dict[str, Any] = {"paused_at": iso_seconds(now)}
    if note is not None:
        payload = {"reason": note, **payload}
    _record_event(server, sched, "SchedulePaused", payload, context)
