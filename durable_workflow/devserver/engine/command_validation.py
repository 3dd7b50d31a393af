"""Validation of the commands a workflow task completes with (shape, names, retry policies)."""

from __future__ import annotations

import re
from typing import Any

from ..errors import Validator, validation_error
from ..generation import accepts_command, as_engine_takes
from .values import KNOWN_COMMANDS, is_envelope

# ------------------------------------------------------------------------------ command checks


_ACTIVITY_LIKE = ("schedule_activity", "record_local_activity")
_SCOPE_RULES: list[tuple[str, tuple[str, ...], str]] = [
    (
        "retry_policy",
        ("schedule_activity", "start_child_workflow", "record_local_activity"),
        "retry_policy is only supported for schedule_activity and start_child_workflow commands.",
    ),
    *[
        (name, _ACTIVITY_LIKE, f"{name} is only supported for schedule_activity commands.")
        for name in (
            "start_to_close_timeout",
            "schedule_to_start_timeout",
            "schedule_to_close_timeout",
            "heartbeat_timeout",
        )
    ],
    *[
        (
            name,
            ("start_child_workflow",),
            f"{name} is only supported for start_child_workflow commands.",
        )
        for name in ("execution_timeout_seconds", "run_timeout_seconds", "parent_close_policy")
    ],
    (
        "non_retryable",
        ("fail_workflow", "fail_update", "record_local_activity"),
        "non_retryable is only supported for fail_workflow and fail_update commands.",
    ),
    (
        "delay_seconds",
        ("start_timer",),
        "delay_seconds is only supported for start_timer commands.",
    ),
    (
        "timeout_seconds",
        ("open_condition_wait", "open_signal_wait"),
        "timeout_seconds is only supported for open_condition_wait commands.",
    ),
]


def _validate_commands(body: dict[str, Any]) -> list[dict[str, Any]]:
    v = Validator(body)
    v.string("lease_owner", required=True)
    v.integer("workflow_task_attempt", required=True, min=1)
    commands = v.array("commands", required=True)
    if commands is None or commands == []:
        if "commands" not in v.errors:
            v.add("commands", "The commands field is required.")
        v.check()
        return []
    errors = v.errors
    normalized: list[dict[str, Any]] = []
    for i, raw in enumerate(commands):
        p = f"commands.{i}"
        if not isinstance(raw, dict):
            errors.setdefault(p, []).append(f"The {p} field must be an array.")
            continue
        cmd = dict(raw)
        ctype = cmd.get("type")
        if not isinstance(ctype, str) or not ctype:
            errors.setdefault(f"{p}.type", []).append(f"The {p}.type field is required.")
            continue
        for field, allowed, message in _SCOPE_RULES:
            if cmd.get(field) is not None and ctype not in allowed:
                errors.setdefault(f"{p}.{field}", []).append(message)
        if ctype not in KNOWN_COMMANDS or not accepts_command(ctype):
            errors.setdefault(f"{p}.type", []).append(
                f"Workflow task command type [{ctype}] is not supported by the server yet."
            )
            continue
        cv = Validator(cmd)

        def ints(
            *names: str, min_value: int = 1, cmd: dict[str, Any] = cmd, cv: Validator = cv
        ) -> None:
            for name in names:
                value = cmd.get(name)
                if value is None:
                    continue
                parsed = cv.integer(name, min=min_value)
                if parsed is not None:
                    cmd[name] = parsed

        if ctype == "schedule_activity":
            at = cmd.get("activity_type")
            if not isinstance(at, str) or not at.strip():
                cv.add("activity_type", f"The {p}.activity_type field is required.")
            else:
                cmd["activity_type"] = at.strip()
            ints(
                "start_to_close_timeout",
                "schedule_to_start_timeout",
                "schedule_to_close_timeout",
                "heartbeat_timeout",
            )
            _check_retry(cmd, cv)
            hb, stc = cmd.get("heartbeat_timeout"), cmd.get("start_to_close_timeout")
            s2c, s2s = cmd.get("schedule_to_close_timeout"), cmd.get("schedule_to_start_timeout")
            if isinstance(hb, int) and isinstance(stc, int) and hb > stc:
                cv.add(
                    "heartbeat_timeout", "heartbeat_timeout cannot exceed start_to_close_timeout."
                )
            if isinstance(stc, int) and isinstance(s2c, int) and stc > s2c:
                cv.add(
                    "start_to_close_timeout",
                    "start_to_close_timeout cannot exceed schedule_to_close_timeout.",
                )
            if isinstance(s2s, int) and isinstance(s2c, int) and s2s > s2c:
                cv.add(
                    "schedule_to_start_timeout",
                    "schedule_to_start_timeout cannot exceed schedule_to_close_timeout.",
                )
        elif ctype == "start_timer":
            if cmd.get("delay_seconds") is None:
                cv.add("delay_seconds", f"The {p}.delay_seconds field is required.")
            else:
                ints("delay_seconds", min_value=0)
        elif ctype == "start_child_workflow":
            wt = cmd.get("workflow_type")
            if not isinstance(wt, str) or not wt.strip():
                cv.add("workflow_type", f"The {p}.workflow_type field is required.")
            pcp = cmd.get("parent_close_policy")
            if pcp is not None and pcp not in (
                "abandon",
                "request_cancel",
                "terminate",
                "request_cancellation",
            ):
                cv.add("parent_close_policy", f"The selected {p}.parent_close_policy is invalid.")
            ints("execution_timeout_seconds", "run_timeout_seconds")
            _check_retry(cmd, cv)
            et, rt = cmd.get("execution_timeout_seconds"), cmd.get("run_timeout_seconds")
            if isinstance(et, int) and isinstance(rt, int) and rt > et:
                cv.add(
                    "run_timeout_seconds",
                    "run_timeout_seconds cannot exceed execution_timeout_seconds.",
                )
        elif ctype == "fail_workflow":
            if not isinstance(cmd.get("message"), str) or not cmd["message"].strip():
                cv.add("message", f"The {p}.message field is required.")
        elif ctype in ("complete_update", "fail_update"):
            if not isinstance(cmd.get("update_id"), str) or not cmd["update_id"]:
                cv.add("update_id", f"The {p}.update_id field is required.")
            if ctype == "fail_update" and (
                not isinstance(cmd.get("message"), str) or not cmd["message"]
            ):
                cv.add("message", f"The {p}.message field is required.")
        elif ctype == "record_side_effect":
            result = cmd.get("result")
            if (
                result is None
                or result == ""
                or not (isinstance(result, str) or is_envelope(result))
            ):
                cv.add("result", f"The {p}.result field is required.")
        elif ctype == "record_version_marker":
            if not isinstance(cmd.get("change_id"), str) or not cmd["change_id"]:
                cv.add("change_id", f"The {p}.change_id field is required.")
            for name in ("version", "min_supported", "max_supported"):
                value = cmd.get(name)
                if isinstance(value, bool) or not isinstance(value, int):
                    cv.add(name, f"The {p}.{name} field must be an integer.")
        elif ctype == "upsert_search_attributes":
            attrs = cmd.get("attributes")
            if not isinstance(attrs, dict) or not attrs:
                cv.add("attributes", f"The {p}.attributes field is required.")
            else:
                for key, value in attrs.items():
                    if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", key):
                        cv.add("attributes", f"Search attribute key [{key}] is invalid.")
                    ok = (
                        value is None
                        or isinstance(value, bool | int | float)
                        or (isinstance(value, str) and len(value) <= 191)
                        or (isinstance(value, list) and all(isinstance(x, str) for x in value))
                    )
                    if not ok:
                        cv.add("attributes", f"Search attribute [{key}] has an unsupported value.")
        elif ctype == "open_condition_wait":
            if cmd.get("timeout_seconds") is not None:
                ints("timeout_seconds", min_value=0)
        elif ctype == "open_signal_wait":
            if not isinstance(cmd.get("signal_name"), str) or not cmd["signal_name"]:
                cv.add("signal_name", f"The {p}.signal_name field is required.")
            if cmd.get("timeout_seconds") is not None:
                ints("timeout_seconds", min_value=0)
        elif ctype == "record_local_activity":
            at = cmd.get("activity_type")
            if not isinstance(at, str) or not at.strip():
                cv.add("activity_type", f"The {p}.activity_type field is required.")
            outcome = cmd.get("outcome")
            if outcome is not None and not isinstance(outcome, str):
                cv.add("outcome", f"The {p}.outcome field must be a string.")
            if cmd.get("attempts") is not None and not isinstance(cmd["attempts"], list):
                cv.add("attempts", f"The {p}.attempts field must be an array.")
        elif ctype == "cancel_selection_operation":
            if not isinstance(cmd.get("selection_group_id"), str) or not cmd["selection_group_id"]:
                cv.add("selection_group_id", f"The {p}.selection_group_id field is required.")
        elif (
            ctype == "continue_as_new"
            and cmd.get("workflow_type") is not None
            and not isinstance(cmd["workflow_type"], str)
        ):
            cv.add("workflow_type", f"The {p}.workflow_type field must be a string.")
        for key in ("arguments", "result"):
            value = cmd.get(key)
            if isinstance(value, dict) and "codec" in value and not is_envelope(value):
                cv.add(
                    key,
                    "The payload envelope must hold exactly codec and blob (or external_storage).",
                )
            elif isinstance(value, dict) and is_envelope(value):
                if not isinstance(value.get("codec"), str) or not value["codec"]:
                    cv.add(f"{key}.codec", "The payload envelope codec must be a non-empty string.")
                elif value["codec"] != "avro":
                    cv.add(
                        f"{key}.codec",
                        f'Unknown payload codec "{value["codec"]}". Known codecs: avro.',
                    )
                if "blob" in value and not isinstance(value["blob"], str):
                    cv.add(f"{key}.blob", "The payload envelope blob must be a string.")
        for name, msgs in cv.errors.items():
            errors.setdefault(f"{p}.{name}", []).extend(msgs)
        normalized.append(as_engine_takes(cmd))
    if errors:
        raise validation_error(errors)
    return normalized


def _check_retry(cmd: dict[str, Any], cv: Validator) -> None:
    policy = cmd.get("retry_policy")
    if policy is None:
        return
    if not isinstance(policy, dict):
        cv.add("retry_policy", "The retry policy field must be an array.")
        return
    ma = policy.get("max_attempts")
    if ma is not None and (isinstance(ma, bool) or not isinstance(ma, int) or ma < 1):
        cv.add(
            "retry_policy.max_attempts", "The retry_policy.max_attempts field must be at least 1."
        )
    backoff = policy.get("backoff_seconds")
    if backoff is not None and not (
        isinstance(backoff, list)
        and all(isinstance(b, int) and not isinstance(b, bool) and b >= 0 for b in backoff)
    ):
        cv.add(
            "retry_policy.backoff_seconds",
            "The retry_policy.backoff_seconds field must be a list of non-negative integers.",
        )
    nr = policy.get("non_retryable_error_types")
    if nr is not None and not (isinstance(nr, list) and all(isinstance(x, str) and x for x in nr)):
        cv.add(
            "retry_policy.non_retryable_error_types",
            "The retry_policy.non_retryable_error_types field must be a list of non-empty strings.",
        )


def _check_name(name: str, field: str) -> None:
    if not name or len(name.encode()) > 256 or any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise validation_error(
            {
                field: [
                    f"The {field.replace('_', ' ')} must be 1 to 256 bytes without control"
                    f" characters."
                ]
            }
        )
