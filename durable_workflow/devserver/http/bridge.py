"""HTTP routes of the webhook bridge adapter."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.admin_support import Validator
from ..engine.bridge import ACTIONS, ADAPTER_PATTERN, WORKFLOW_ID_PATTERN, default_workflow_id
from ..errors import ApiError
from ..store.rows import AdminServer, to_db_time
from .admin_request import json_response, read_json_object, request_namespace

#: The handlers validate their requests themselves, with the real server's reasons, messages and
#: outcome documents; generic schema validation in front of them would change those answers.
SELF_VALIDATING = True


def routes(server: AdminServer) -> list[Route]:
    """The webhook bridge route."""

    def engine() -> Any:
        return getattr(server, "workflows", None)

    def duplicate_of(
        namespace: str, adapter: str, action: str, key: str, workflow_id: str, name: str
    ) -> dict[str, Any] | None:
        row = server.db.query_one(
            "SELECT run_id FROM bridge_commands WHERE namespace = ? AND adapter = ? AND action = ?"
            " AND idempotency_key = ? AND workflow_id = ? AND target_name = ?",
            (namespace, adapter, action, key, workflow_id, name),
        )
        return {"run_id": row["run_id"]} if row is not None else None

    def remember(
        namespace: str,
        adapter: str,
        action: str,
        key: str,
        workflow_id: str,
        name: str,
        answer: dict[str, Any],
    ) -> None:
        with server.db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO bridge_commands (namespace, adapter, action,"
                " idempotency_key, workflow_id, target_name, run_id, control_plane_outcome,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    namespace,
                    adapter,
                    action,
                    key,
                    workflow_id,
                    name,
                    answer.get("run_id"),
                    answer.get("outcome"),
                    to_db_time(server.clock.now()),
                ),
            )

    async def start(
        namespace: str, adapter: str, key: str, target: dict[str, Any], body: dict[str, Any]
    ) -> Response:
        common: dict[str, Any] = {
            "action": "start_workflow",
            "idempotency_key": key,
            "correlation": body.get("correlation") or None,
        }
        v = Validator(target)
        if v.required("workflow_type", target.get("workflow_type")):
            v.string("workflow_type", target.get("workflow_type"), max_length=255)
        v.string(
            "workflow_id", target.get("workflow_id"), max_length=128, pattern=WORKFLOW_ID_PATTERN
        )
        v.string("task_queue", target.get("task_queue"), max_length=255)
        v.string("business_key", target.get("business_key"), max_length=255)
        v.one_of(
            "duplicate_policy", target.get("duplicate_policy"), ("reject_duplicate", "use_existing")
        )
        if v.errors:
            return _rejected(
                adapter,
                "malformed_payload",
                message="Bridge start target is malformed.",
                errors=v.errors,
                target=_summary(target),
                **common,
            )
        workflow_id = target.get("workflow_id") or default_workflow_id(adapter, key)
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
        status, answer = await _call(engine().start_workflow, namespace, request)
        summary = _summary({**target, "workflow_id": answer.get("workflow_id") or workflow_id})
        if status == 422:
            return _rejected(
                adapter,
                "malformed_payload",
                message=answer.get("message"),
                errors=answer.get("errors"),
                target=summary,
                **common,
            )
        if status >= 400 and answer.get("outcome") is None:
            return _rejected(
                adapter, "unknown_target", message=answer.get("message"), target=summary, **common
            )
        duplicate = answer.get("outcome") == "returned_existing_active"
        return _outcome(
            200 if duplicate else 202,
            adapter=adapter,
            accepted=not duplicate,
            outcome="duplicate" if duplicate else "accepted",
            reason="duplicate_start" if duplicate else None,
            target=summary,
            workflow_id=answer.get("workflow_id") or workflow_id,
            run_id=answer.get("run_id"),
            workflow_type=answer.get("workflow_type") or target["workflow_type"],
            control_plane_outcome=answer.get("outcome"),
            **common,
        )

    async def command(
        namespace: str,
        adapter: str,
        action: str,
        key: str,
        target: dict[str, Any],
        body: dict[str, Any],
    ) -> Response:
        kind = "signal" if action == "signal_workflow" else "update"
        name_field = f"{kind}_name"
        common: dict[str, Any] = {
            "action": action,
            "idempotency_key": key,
            "correlation": body.get("correlation") or None,
            "target": _summary(target),
        }
        v = Validator(target)
        if v.required("workflow_id", target.get("workflow_id")):
            v.string(
                "workflow_id", target["workflow_id"], max_length=128, pattern=WORKFLOW_ID_PATTERN
            )
        if v.required(name_field, target.get(name_field)):
            v.string(name_field, target[name_field], max_length=255)
        if kind == "update":
            v.one_of("wait_for", target.get("wait_for"), ("accepted", "completed"))
            v.integer("wait_timeout_seconds", target.get("wait_timeout_seconds"), minimum=1)
        if v.errors:
            return _rejected(
                adapter,
                "malformed_payload",
                message=f"Bridge {kind} target is malformed.",
                errors=v.errors,
                **common,
            )
        workflow_id = str(target["workflow_id"])
        name = str(target[name_field])
        described = engine().describe_workflow(namespace, workflow_id)
        if inspect.isawaitable(described):
            described = await described
        if described is None:
            return _rejected(adapter, "unknown_target", **common)
        seen = duplicate_of(namespace, adapter, action, key, workflow_id, name)
        if seen is not None:
            return _outcome(
                200,
                adapter=adapter,
                accepted=False,
                outcome="duplicate",
                workflow_id=workflow_id,
                run_id=seen["run_id"],
                control_plane_outcome="deduped_existing_command",
                **common,
            )
        request: dict[str, Any] = {"request_id": key}
        if body.get("input") is not None:
            request["input"] = body["input"]
        if kind == "signal":
            status, answer = await _call(
                engine().signal_workflow, namespace, workflow_id, name, request
            )
        else:
            request["wait_for"] = target.get("wait_for") or "accepted"
            if target.get("wait_timeout_seconds") is not None:
                request["wait_timeout_seconds"] = int(target["wait_timeout_seconds"])
            service = engine()
            update = getattr(service, "update_workflow_async", None) or service.update_workflow
            status, answer = await _call(update, namespace, workflow_id, name, request)
        if answer.get("reason") == "instance_not_found":
            return _rejected(adapter, "unknown_target", **common)
        accepted = status < 400
        if accepted:
            remember(namespace, adapter, action, key, workflow_id, name, answer)
        return _outcome(
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

    async def webhook(request: Request) -> Response:
        adapter = str(request.path_params["adapter"]).strip()
        if not adapter or not re.fullmatch(ADAPTER_PATTERN, adapter):
            return _rejected(
                adapter, "unsupported_routing", message="Bridge adapter route is unsupported."
            )
        namespace = request_namespace(request)
        body = await read_json_object(request)
        v = Validator(body)
        action = body.get("action")
        if v.required("action", action):
            v.string("action", action)
        key = body.get("idempotency_key")
        if v.required("idempotency_key", key):
            v.string("idempotency_key", key, max_length=255)
        target = body.get("target")
        if not Validator.present(target):
            v.add("target", "The target field is required.")
        elif not isinstance(target, dict | list):
            v.add("target", "The target field must be an array.")
        v.array("input", body.get("input"))
        correlation = body.get("correlation")
        if v.array("correlation", correlation) and isinstance(correlation, list) and correlation:
            # Correlation data is a map (echoed back as one); only an empty list stands for one.
            v.add("correlation", "The correlation field must be an object.")
        if v.errors:
            return _rejected(
                adapter,
                "malformed_payload",
                message="Bridge event payload is malformed.",
                errors=v.errors,
            )
        assert isinstance(action, str) and isinstance(key, str)
        target = target if isinstance(target, dict) else {}
        if action not in ACTIONS:
            return _rejected(
                adapter,
                "unsupported_action",
                action=action,
                idempotency_key=key,
                message="Bridge action is unsupported.",
                target=_summary(target),
                correlation=body.get("correlation") or None,
            )
        if action == "start_workflow":
            return await start(namespace, adapter, key, target, body)
        return await command(namespace, adapter, action, key, target, body)

    return [Route("/api/bridge-adapters/webhook/{adapter}", webhook, methods=["POST"])]


OUTCOME_SCHEMA = "durable-workflow.v2.bridge-adapter-outcome.contract"


_TARGET_SUMMARY_KEYS = (
    "workflow_id",
    "workflow_type",
    "signal_name",
    "update_name",
    "task_queue",
    "business_key",
)


def _summary(target: Any) -> dict[str, Any] | None:
    if not isinstance(target, dict):
        return None
    # Only the string values of the named keys: the summary never echoes nested data.
    summary = {key: target[key] for key in _TARGET_SUMMARY_KEYS if isinstance(target.get(key), str)}
    return summary or None


def _outcome(status: int, **fields: Any) -> Response:
    body: dict[str, Any] = {"schema": OUTCOME_SCHEMA, "version": 1}
    order = (
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
    for key in order:
        value = fields.get(key)
        if value is not None:
            body[key] = value
    return json_response(body, status)


def _rejected(adapter: str, reason: str, **fields: Any) -> Response:
    return _outcome(
        422, adapter=adapter, accepted=False, outcome="rejected", reason=reason, **fields
    )


async def _call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[int, dict[str, Any]]:
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
