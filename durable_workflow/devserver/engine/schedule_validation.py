"""Validation and shaping of schedule specs, actions and their descriptions."""

from __future__ import annotations

import base64
import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import ID_PATTERN, ApiError
from ..store.rows import db_to_iso
from .admin_support import Validator, as_int
from .schedule_spec import OVERLAP_POLICIES, SEARCH_ATTRIBUTE_KEY, valid_cron

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
    v.string("action.task_queue", action.get("task_queue"), max_length=255, pattern=ID_PATTERN)
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
        raw = base64.urlsafe_b64decode(token.encode() + b"==").decode()
    except (ValueError, UnicodeDecodeError):
        raw = ""
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        raise ApiError(400, "invalid_page_token", "The next page token is invalid.")
    return int(raw)
