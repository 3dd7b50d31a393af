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
