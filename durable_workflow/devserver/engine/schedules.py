"""Schedules at run time: firing due schedules, overlap and buffer policies, backfills, and the
background loop that sleeps until the next due time.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..errors import ApiError
from ..store import schedules as schedule_store
from ..store.rows import (
    AdminServer,
    from_db_time,
    iso_seconds,
    new_ulid,
    parse_datetime,
    to_db_time,
)
from ..store.schedules import _load, _record_event, _save
from .admin_support import validation_failed
from .schedule_spec import (
    BUFFER_POLICIES,
    MAX_OCCURRENCES,
    RECENT_ACTIONS_KEPT,
    _iso_micro,
    _jittered,
    next_occurrence,
    spec_timezone,
)

log = logging.getLogger("durable_workflow.devserver.schedules")


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
        for pk in schedule_store.buffered_active_schedule_ids(server.db):
            sched = _load(server, pk)
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
        for pk in schedule_store.due_active_schedule_ids(server.db, to_db_time(now)):
            sched = _load(server, pk)
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
    row = schedule_store.schedule_metric_totals(server.db, namespace, to_db_time(now))
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
    due = schedule_store.earliest_active_fire_at(server.db)
    waiting = schedule_store.buffered_schedule_latest_run_ids(server.db)
    runs = [run_id or "" for run_id in waiting]
    return from_db_time(due), runs


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
