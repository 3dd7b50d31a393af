"""Schedule commands of the control plane: create, update, delete, pause, resume, trigger and
backfill. Each validates its request, changes the schedule under the schedule lock, records a
schedule event with the caller's attribution, wakes the firing loop and returns its answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeAlias

from ..errors import ID_PATTERN, ApiError
from ..store.rows import (
    AdminServer,
    db_to_iso,
    dumps,
    iso_seconds,
    new_ulid,
    parse_datetime,
    to_db_time,
)
from ..store.schedules import _load, _record_event, _save, find_schedule, insert_schedule
from .admin_support import MAX_MEMO_BYTES, Validator, as_int, memo_too_large
from .schedule_spec import OVERLAP_POLICIES, _jittered, next_occurrence, occurrences_between
from .schedule_validation import (
    _map_or_none,
    _not_found,
    _validate_action,
    _validate_common,
    _validate_spec,
    normalize_action,
)
from .schedules import _backfill_one, _check_startable, _lock, _trigger, wake

#: Builds the attribution recorded with a schedule event from the schedule id and the command
#: name (``schedule.create``, ...): who asked, how, through which request.
Attribution: TypeAlias = Callable[[str, str], dict[str, Any]]

#: The fields an update may change, in the order the stored row is written.
_UPDATED_COLUMNS = (
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


async def create_schedule(
    server: AdminServer, namespace: str, body: dict[str, Any], attribution: Attribution
) -> dict[str, Any]:
    """Create a schedule (paused at once when asked); 409 when its id is taken."""
    v = Validator(body)
    v.string("schedule_id", body.get("schedule_id"), max_length=128, pattern=ID_PATTERN)
    _validate_spec(v, body.get("spec"), required=True)
    _validate_action(v, body.get("action"), required=True)
    _validate_common(v, body)
    v.boolean("paused", body.get("paused"))
    v.raise_if_failed()
    _check_memo(server, body)
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
        sched = _insert(server, namespace, schedule_id, body)
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
            attribution(schedule_id, "schedule.create"),
        )
        if body.get("paused") in (True, 1, "1"):
            _pause(server, sched, None, attribution(schedule_id, "schedule.pause"))
    wake(server)
    return {
        "schedule_id": schedule_id,
        "outcome": "created",
        "namespace": namespace,
        "status": sched["status"],
        "created_at": db_to_iso(sched["created_at"]),
    }


async def update_schedule(
    server: AdminServer,
    namespace: str,
    schedule_id: str,
    body: dict[str, Any],
    attribution: Attribution,
) -> dict[str, Any]:
    """Apply the fields ``body`` carries and compute the next fire time again."""
    v = Validator(body)
    _validate_spec(v, body.get("spec"), required=False)
    _validate_action(v, body.get("action"), required=False)
    _validate_common(v, body)
    v.raise_if_failed()
    if "memo" in body:
        _check_memo(server, body)
    async with _lock():
        sched = _live(server, namespace, schedule_id)
        changed = _apply_update(sched, body)
        _check_startable(server, sched)
        _schedule_next(sched, server.clock.now())
        _save(server, sched, *_UPDATED_COLUMNS)
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
            attribution(schedule_id, "schedule.update"),
        )
    wake(server)
    return {
        "schedule_id": schedule_id,
        "outcome": "updated",
        "namespace": namespace,
        "updated_at": db_to_iso(sched["updated_at"]),
    }


async def delete_schedule(
    server: AdminServer, namespace: str, schedule_id: str, attribution: Attribution
) -> dict[str, Any]:
    """Mark a schedule deleted (its history stays readable)."""
    async with _lock():
        sched = _live(server, namespace, schedule_id)
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
            attribution(schedule_id, "schedule.delete"),
        )
    wake(server)
    return {
        "schedule_id": schedule_id,
        "outcome": "deleted",
        "namespace": namespace,
        "deleted_at": iso_seconds(now),
    }


async def pause_schedule(
    server: AdminServer,
    namespace: str,
    schedule_id: str,
    body: dict[str, Any],
    attribution: Attribution,
) -> dict[str, Any]:
    """Pause a schedule, with an optional note."""
    _validate_note(body)
    async with _lock():
        sched = _live(server, namespace, schedule_id)
        _pause(server, sched, body.get("note"), attribution(schedule_id, "schedule.pause"))
    wake(server)
    return {
        "schedule_id": schedule_id,
        "outcome": "paused",
        "namespace": namespace,
        "paused": True,
        "note": sched["note"],
        "paused_at": db_to_iso(sched["paused_at"]),
    }


async def resume_schedule(
    server: AdminServer,
    namespace: str,
    schedule_id: str,
    body: dict[str, Any],
    attribution: Attribution,
) -> dict[str, Any]:
    """Resume a paused schedule from now on (a running one only takes the note)."""
    _validate_note(body)
    async with _lock():
        sched = _live(server, namespace, schedule_id)
        now = server.clock.now()
        if sched["status"] == "paused":
            sched["status"] = "active"
            sched["paused_at"] = None
            _schedule_next(sched, now)
            _save(server, sched, "status", "paused_at", "next_occurrence_at", "next_fire_at")
            _record_event(
                server,
                sched,
                "ScheduleResumed",
                {"next_fire_at": db_to_iso(sched["next_fire_at"])},
                attribution(schedule_id, "schedule.resume"),
            )
        if body.get("note") is not None:
            sched["note"] = body["note"]
            _save(server, sched, "note")
    wake(server)
    return {
        "schedule_id": schedule_id,
        "outcome": "resumed",
        "namespace": namespace,
        "paused": False,
        "note": sched["note"],
        "resumed_at": iso_seconds(now),
    }


async def trigger_schedule(
    server: AdminServer,
    namespace: str,
    schedule_id: str,
    body: dict[str, Any],
    attribution: Attribution,
) -> tuple[int, dict[str, Any]]:
    """Fire a schedule now; the status is 500 when the start failed."""
    v = Validator(body)
    v.one_of("overlap_policy", body.get("overlap_policy"), OVERLAP_POLICIES)
    v.raise_if_failed()
    async with _lock():
        sched = _live(server, namespace, schedule_id)
        context = attribution(schedule_id, "schedule.trigger")
        result = await _trigger(server, sched, body.get("overlap_policy"), context)
    wake(server)
    status = 500 if result["outcome"] == "trigger_failed" else 200
    return status, {"schedule_id": schedule_id, "namespace": namespace, **result}


async def backfill_schedule(
    server: AdminServer,
    namespace: str,
    schedule_id: str,
    body: dict[str, Any],
    attribution: Attribution,
) -> dict[str, Any]:
    """Fire a schedule for each of its occurrences between ``start_time`` and ``end_time``."""
    start, end = _backfill_range(body)
    results: list[dict[str, Any]] = []
    async with _lock():
        sched = _live(server, namespace, schedule_id)
        policy = body.get("overlap_policy") or sched["overlap_policy"] or "skip"
        context = attribution(schedule_id, "schedule.backfill")
        for occurrence in occurrences_between(sched["spec"], start, end):
            results.append(await _backfill_one(server, sched, policy, occurrence, context))
            sched = _load(server, sched["id"])
            if sched["remaining_actions"] is not None and sched["remaining_actions"] <= 0:
                break
    wake(server)
    return {
        "schedule_id": schedule_id,
        "namespace": namespace,
        "outcome": "backfill_started",
        "fires_attempted": len(results),
        "results": results,
    }


# ── pieces ────────────────────────────────────────────────────────────────────────────────


def _live(server: AdminServer, namespace: str, schedule_id: str) -> dict[str, Any]:
    sched = find_schedule(server, namespace, schedule_id)
    if sched is None:
        raise _not_found(schedule_id, namespace)
    return sched


def _memo_limit(server: AdminServer) -> int:
    value = getattr(server.config, "max_memo_bytes", None)
    return value if isinstance(value, int) and value > 0 else MAX_MEMO_BYTES


def _check_memo(server: AdminServer, body: dict[str, Any]) -> None:
    too_large = memo_too_large(body.get("memo"), _memo_limit(server))
    if too_large is not None:
        raise too_large


def _validate_note(body: dict[str, Any]) -> None:
    v = Validator(body)
    v.string("note", body.get("note"), max_length=1000)
    v.raise_if_failed()


def _insert(
    server: AdminServer, namespace: str, schedule_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    now = server.clock.now()
    spec = body["spec"]
    jitter = as_int(body.get("jitter_seconds")) or 0
    max_runs = as_int(body.get("max_runs"))
    occurrence = next_occurrence(spec, now)
    fire_at = _jittered(occurrence, jitter)
    pk = new_ulid(server.clock)
    with server.db.transaction() as conn:
        insert_schedule(
            conn,
            {
                "id": pk,
                "namespace": namespace,
                "schedule_id": schedule_id,
                "spec": dumps(spec),
                "action": dumps(normalize_action(body["action"])),
                "overlap_policy": body.get("overlap_policy") or "skip",
                "jitter_seconds": jitter,
                "max_runs": max_runs,
                "remaining_actions": max_runs,
                "memo": dumps(_map_or_none(body.get("memo"))),
                "search_attributes": dumps(_map_or_none(body.get("search_attributes"))),
                "note": body.get("note"),
                "next_occurrence_at": to_db_time(occurrence) if occurrence else None,
                "next_fire_at": to_db_time(fire_at) if fire_at else None,
                "created_at": to_db_time(now),
                "updated_at": to_db_time(now),
            },
        )
    return _load(server, pk)


def _apply_update(sched: dict[str, Any], body: dict[str, Any]) -> list[str]:
    """Copy the fields ``body`` carries onto ``sched``; the names of the changed fields."""
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
    return changed


def _schedule_next(sched: dict[str, Any], now: datetime) -> None:
    """Set the schedule's next occurrence and (jittered) fire time after ``now``."""
    occurrence = next_occurrence(sched["spec"], now)
    fire_at = _jittered(occurrence, sched["jitter_seconds"])
    sched["next_occurrence_at"] = to_db_time(occurrence) if occurrence else None
    sched["next_fire_at"] = to_db_time(fire_at) if fire_at else None


def _backfill_range(body: dict[str, Any]) -> tuple[datetime, datetime]:
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
    return start, end


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
