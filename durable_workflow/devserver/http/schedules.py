"""HTTP routes of schedules: list, create, describe, update, delete, pause, resume, trigger,
backfill and history.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.admin_support import (
    MAX_MEMO_BYTES,
    Validator,
    as_int,
    memo_too_large,
    validation_failed,
)
from ..engine.schedule_spec import (
    HISTORY_DEFAULT_LIMIT,
    HISTORY_MAX_LIMIT,
    OVERLAP_POLICIES,
    _jittered,
    next_occurrence,
    occurrences_between,
)
from ..engine.schedule_validation import (
    _detail,
    _list_item,
    _map_or_none,
    _not_found,
    _page_offset,
    _validate_action,
    _validate_common,
    _validate_spec,
    normalize_action,
)
from ..engine.schedules import _backfill_one, _check_startable, _lock, _trigger, wake
from ..errors import ID_PATTERN, ApiError
from ..store.rows import (
    AdminServer,
    db_to_iso,
    dumps,
    iso_seconds,
    loads,
    new_ulid,
    parse_datetime,
    to_db_time,
)
from ..store.schedules import _load, _record_event, _row_to_dict, _save, find_schedule
from .admin_request import command_context, json_response, read_json_object, request_namespace
from .offload import read_handler

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True


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

    @read_handler(server)
    def list_schedules(request: Request) -> Response:
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
        offset = _page_offset(query.get("next_page_token"))
        if page_size is not None and page_size > 0:
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
        v.string("schedule_id", body.get("schedule_id"), max_length=128, pattern=ID_PATTERN)
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

    @read_handler(server)
    def schedule_history(request: Request) -> Response:
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
