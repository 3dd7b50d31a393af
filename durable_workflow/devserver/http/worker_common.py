"""Request helpers shared by the worker-plane routes: body, namespace, answers, common fields."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from ..errors import ApiError, Validator
from .json_io import JSONResponse


def namespace_of(request: Request) -> str:
    """The namespace the middleware resolved for ``request``."""
    return str(request.state.namespace)


def reply(status: int, body: dict[str, Any]) -> JSONResponse:
    """A JSON answer with ``status``."""
    return JSONResponse(body, status_code=status)


def json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object (``{}`` when there is no body)."""
    body = request.state.json_body
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ApiError(
            422,
            "validation_failed",
            "The request body must be a JSON object.",
            errors={"body": ["The request body must be a JSON object."]},
            validation_errors={"body": ["The request body must be a JSON object."]},
        )
    return body


def poll_fields(body: dict[str, Any]) -> Validator:
    """Fields every worker poll carries."""
    v = Validator(body)
    v.string("worker_id", required=True, max=255)
    v.string("task_queue", required=True, max=255)
    v.string("build_id", max=255)
    v.string("poll_request_id", max=255)
    return v


def lease_fields(body: dict[str, Any]) -> Validator:
    """Fields that prove a workflow-task lease."""
    v = Validator(body)
    v.string("lease_owner", required=True)
    v.integer("workflow_task_attempt", required=True, min=1)
    return v


def attempt_fields(body: dict[str, Any]) -> Validator:
    """Fields that prove an activity-attempt lease."""
    v = Validator(body)
    v.string("activity_attempt_id", required=True)
    v.string("lease_owner", required=True)
    return v


_FAILURE_KINDS = [
    "application",
    "timeout",
    "cancellation",
    "malformed_output",
    "handler_crash",
    "decode_failure",
    "unsupported_payload",
]
_TIMEOUT_TYPES = [
    "schedule_to_start",
    "start_to_close",
    "schedule_to_close",
    "heartbeat",
    "deadline_exceeded",
]


def activity_failure_fields(v: Validator, failure: dict[str, Any]) -> None:
    """Check an activity ``failure`` object; its errors go to ``v`` as ``failure.<field>``."""
    fv = Validator(failure)
    fv.string("message", required=True)
    for name in ("type", "stack_trace"):
        fv.string(name)
    fv.one_of("kind", _FAILURE_KINDS)
    fv.one_of("timeout_type", _TIMEOUT_TYPES)
    for name in ("non_retryable", "retryable", "cancelled", "malformed_output"):
        fv.boolean(name)
    for name, msgs in fv.errors.items():
        for msg in msgs:
            v.add(
                f"failure.{name}",
                msg.replace(
                    f"The {name.replace('_', ' ')}", f"The failure.{name.replace('_', ' ')}"
                ),
            )


def query_task_fields(body: dict[str, Any]) -> Validator:
    """Fields that prove a query-task lease."""
    v = Validator(body)
    v.string("lease_owner", required=True)
    v.integer("query_task_attempt", required=True, min=1)
    return v


def result_envelope_fields(v: Validator, envelope: dict[str, Any]) -> None:
    """Check a query result's envelope; its errors go to ``v`` as ``result_envelope.<field>``."""
    ev = Validator(envelope)
    ev.string("codec", required=True, max=64)
    if "external_storage" not in envelope:
        ev.string("blob", required=True)
    for name, msgs in ev.errors.items():
        for msg in msgs:
            v.add(f"result_envelope.{name}", msg)
