"""Delivery of a webhook bridge event: a start, signal or update of the target workflow through
the workflow service, deduplicated by the event's idempotency key, answered with a bridge
outcome document (``accepted``, ``duplicate`` or ``rejected``)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeAlias

from ..errors import ApiError
from ..store.bridge import get_bridge_command, insert_bridge_command
from ..store.rows import AdminServer, to_db_time
from .admin_support import Validator
from .bridge import ACTIONS, WORKFLOW_ID_PATTERN, default_workflow_id

OUTCOME_SCHEMA = "durable-workflow.v2.bridge-adapter-outcome.contract"

#: An answer: its HTTP status and its outcome document.
Outcome: TypeAlias = tuple[int, dict[str, Any]]

_TARGET_SUMMARY_KEYS = (
    "workflow_id",
    "workflow_type",
    "signal_name",
    "update_name",
    "task_queue",
    "business_key",
)

_OUTCOME_ORDER = (
    "adapter",
    "action",
    "accepted",
    "outcome",
    "reason",
    "idempotency_key",
    "message",
    "errors",
    "target",
    "correlation",
    "workflow_id",
    "run_id",
    "workflow_type",
    "control_plane_outcome",
)


async def deliver_bridge_event(
    server: AdminServer,
    namespace: str,
    adapter: str,
    action: str,
    key: str,
    target: dict[str, Any],
    body: dict[str, Any],
) -> Outcome:
    """Carry out an event whose envelope was checked: ``action`` on ``target``, deduplicated
    by the idempotency ``key`` (``body`` carries its ``input`` and ``correlation``)."""
    if action not in ACTIONS:
        return rejected(
            adapter,
            "unsupported_action",
            action=action,
            idempotency_key=key,
            message="Bridge action is unsupported.",
            target=summary(target),
            correlation=body.get("correlation") or None,
        )
    if action == "start_workflow":
        return await _start(server, namespace, adapter, key, target, body)
    return await _command(server, namespace, adapter, action, key, target, body)


def summary(target: Any) -> dict[str, Any] | None:
    """The target as echoed in outcomes: only the string values of the named keys."""
    if not isinstance(target, dict):
        return None
    # Only the string values of the named keys: the summary never echoes nested data.
    found = {key: target[key] for key in _TARGET_SUMMARY_KEYS if isinstance(target.get(key), str)}
    return found or None


def outcome(status: int, **fields: Any) -> Outcome:
    """An outcome document with the fields given (those that are not None, in order)."""
    body: dict[str, Any] = {"schema": OUTCOME_SCHEMA, "version": 1}
    for key in _OUTCOME_ORDER:
        value = fields.get(key)
        if value is not None:
            body[key] = value
    return status, body


def rejected(adapter: str, reason: str, **fields: Any) -> Outcome:
    """A ``rejected`` outcome (422) for ``reason``."""
    return outcome(
        422, adapter=adapter, accepted=False, outcome="rejected", reason=reason, **fields
    )


# ── start ─────────────────────────────────────────────────────────────────────────────────


async def _start(
    server: AdminServer,
    namespace: str,
    adapter: str,
    key: str,
    target: dict[str, Any],
    body: dict[str, Any],
) -> Outcome:
    common: dict[str, Any] = {
        "action": "start_workflow",
        "idempotency_key": key,
        "correlation": body.get("correlation") or None,
    }
    errors = _start_target_errors(target)
    if errors:
        return rejected(
            adapter,
            "malformed_payload",
            message="Bridge start target is malformed.",
            errors=errors,
            target=summary(target),
            **common,
        )
    workflow_id = target.get("workflow_id") or default_workflow_id(adapter, key)
    status, answer = await _call(
        _service(server).start_workflow, namespace, _start_request(workflow_id, target, body)
    )
    echoed = summary({**target, "workflow_id": answer.get("workflow_id") or workflow_id})
    if status == 422:
        return rejected(
            adapter,
            "malformed_payload",
            message=answer.get("message"),
            errors=answer.get("errors"),
            target=echoed,
            **common,
        )
    if status >= 400 and answer.get("outcome") is None:
        return rejected(
            adapter, "unknown_target", message=answer.get("message"), target=echoed, **common
        )
    duplicate = answer.get("outcome") == "returned_existing_active"
    return outcome(
        200 if duplicate else 202,
        adapter=adapter,
        accepted=not duplicate,
        outcome="duplicate" if duplicate else "accepted",
        reason="duplicate_start" if duplicate else None,
        target=echoed,
        workflow_id=answer.get("workflow_id") or workflow_id,
        run_id=answer.get("run_id"),
        workflow_type=answer.get("workflow_type") or target["workflow_type"],
        control_plane_outcome=answer.get("outcome"),
        **common,
    )


def _start_target_errors(target: dict[str, Any]) -> dict[str, list[str]]:
    v = Validator(target)
    if v.required("workflow_type", target.get("workflow_type")):
        v.string("workflow_type", target.get("workflow_type"), max_length=255)
    v.string("workflow_id", target.get("workflow_id"), max_length=128, pattern=WORKFLOW_ID_PATTERN)
    v.string("task_queue", target.get("task_queue"), max_length=255)
    v.string("business_key", target.get("business_key"), max_length=255)
    v.one_of(
        "duplicate_policy", target.get("duplicate_policy"), ("reject_duplicate", "use_existing")
    )
    return v.errors


def _start_request(
    workflow_id: str, target: dict[str, Any], body: dict[str, Any]
) -> dict[str, Any]:
    request: dict[str, Any] = {
        "workflow_id": workflow_id,
        "workflow_type": target["workflow_type"],
        "duplicate_policy": "fail"
        if target.get("duplicate_policy") == "reject_duplicate"
        else "use-existing",
    }
    for field in ("task_queue", "business_key"):
        if target.get(field) is not None:
            request[field] = target[field]
    if body.get("input") is not None:
        request["input"] = body["input"]
    return request


# ── signal and update ─────────────────────────────────────────────────────────────────────


async def _command(
    server: AdminServer,
    namespace: str,
    adapter: str,
    action: str,
    key: str,
    target: dict[str, Any],
    body: dict[str, Any],
) -> Outcome:
    kind = "signal" if action == "signal_workflow" else "update"
    name_field = f"{kind}_name"
    common: dict[str, Any] = {
        "action": action,
        "idempotency_key": key,
        "correlation": body.get("correlation") or None,
        "target": summary(target),
    }
    errors = _command_target_errors(kind, target)
    if errors:
        return rejected(
            adapter,
            "malformed_payload",
            message=f"Bridge {kind} target is malformed.",
            errors=errors,
            **common,
        )
    workflow_id = str(target["workflow_id"])
    name = str(target[name_field])
    described = _service(server).describe_workflow(namespace, workflow_id)
    if inspect.isawaitable(described):
        described = await described
    if described is None:
        return rejected(adapter, "unknown_target", **common)
    seen = get_bridge_command(server.db, namespace, adapter, action, key, workflow_id, name)
    if seen is not None:
        return outcome(
            200,
            adapter=adapter,
            accepted=False,
            outcome="duplicate",
            workflow_id=workflow_id,
            run_id=seen["run_id"],
            control_plane_outcome="deduped_existing_command",
            **common,
        )
    status, answer = await _send(server, namespace, kind, workflow_id, name, key, target, body)
    if answer.get("reason") == "instance_not_found":
        return rejected(adapter, "unknown_target", **common)
    accepted = status < 400
    if accepted:
        with server.db.transaction() as conn:
            insert_bridge_command(
                conn,
                namespace,
                adapter,
                action,
                key,
                workflow_id,
                name,
                answer.get("run_id"),
                answer.get("outcome"),
                to_db_time(server.clock.now()),
            )
    return outcome(
        202 if accepted else 422,
        adapter=adapter,
        accepted=accepted,
        outcome="accepted" if accepted else "rejected",
        reason=None if accepted else (answer.get("reason") or "unsupported_routing"),
        workflow_id=answer.get("workflow_id") or workflow_id,
        run_id=answer.get("run_id"),
        control_plane_outcome=answer.get("outcome"),
        **common,
    )


def _command_target_errors(kind: str, target: dict[str, Any]) -> dict[str, list[str]]:
    name_field = f"{kind}_name"
    v = Validator(target)
    if v.required("workflow_id", target.get("workflow_id")):
        v.string("workflow_id", target["workflow_id"], max_length=128, pattern=WORKFLOW_ID_PATTERN)
    if v.required(name_field, target.get(name_field)):
        v.string(name_field, target[name_field], max_length=255)
    if kind == "update":
        v.one_of("wait_for", target.get("wait_for"), ("accepted", "completed"))
        v.integer("wait_timeout_seconds", target.get("wait_timeout_seconds"), minimum=1)
    return v.errors


async def _send(
    server: AdminServer,
    namespace: str,
    kind: str,
    workflow_id: str,
    name: str,
    key: str,
    target: dict[str, Any],
    body: dict[str, Any],
) -> Outcome:
    """Signal or update the workflow through the workflow service."""
    request: dict[str, Any] = {"request_id": key}
    if body.get("input") is not None:
        request["input"] = body["input"]
    service = _service(server)
    if kind == "signal":
        return await _call(service.signal_workflow, namespace, workflow_id, name, request)
    request["wait_for"] = target.get("wait_for") or "accepted"
    if target.get("wait_timeout_seconds") is not None:
        request["wait_timeout_seconds"] = int(target["wait_timeout_seconds"])
    update = getattr(service, "update_workflow_async", None) or service.update_workflow
    return await _call(update, namespace, workflow_id, name, request)


def _service(server: AdminServer) -> Any:
    return getattr(server, "workflows", None)


async def _call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Outcome:
    """Call an engine command; ApiErrors become ``(status, body)`` like ordinary answers."""
    try:
        result = fn(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
    except ApiError as exc:
        return exc.status, exc.body()
    if isinstance(result, tuple):
        status, body = result
        return int(status), body if isinstance(body, dict) else {}
    return 200, result if isinstance(result, dict) else {}
