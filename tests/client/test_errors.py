"""Error answers map to typed exceptions carrying status, reason, message and body."""

from __future__ import annotations

from typing import Any

import pytest

from durable_workflow import errors as e
from durable_workflow.client._errors import error_from_response, validation_errors

from .conftest import Script, call, make_client, reply

CASES: list[tuple[int, dict[str, Any], dict[str, Any], type[e.ServerError]]] = [
    (401, {"reason": "unauthorized"}, {}, e.Unauthorized),
    (
        403,
        {"reason": "forbidden", "role": "worker", "allowed_roles": ["operator"]},
        {},
        e.Forbidden,
    ),
    (400, {"reason": "missing_control_plane_version"}, {}, e.UnsupportedProtocolVersion),
    (400, {"reason": "unsupported_protocol_version"}, {}, e.UnsupportedProtocolVersion),
    (400, {"reason": "malformed_json"}, {}, e.InvalidArgument),
    (404, {"reason": "namespace_not_found"}, {}, e.NamespaceNotFound),
    (404, {"reason": "schedule_not_found"}, {}, e.ScheduleNotFound),
    (404, {"reason": "worker_not_found"}, {}, e.WorkerNotFound),
    (404, {"reason": "attribute_not_found"}, {}, e.SearchAttributeNotFound),
    (404, {"reason": "instance_not_found"}, {}, e.WorkflowNotFound),
    (404, {"reason": "run_not_found"}, {}, e.WorkflowNotFound),
    (404, {"reason": "unknown_signal"}, {}, e.SignalFailed),
    (404, {"reason": "query_not_found"}, {}, e.QueryFailed),
    (404, {"reason": "rejected_unknown_query"}, {}, e.QueryFailed),
    (404, {"reason": "unknown_update"}, {}, e.UpdateRejected),
    (404, {"reason": "not_found"}, {"not_found": e.WorkflowNotFound}, e.NotFound),
    (404, {"message": "gone"}, {"not_found": e.WorkflowNotFound}, e.WorkflowNotFound),
    (404, {"message": "gone"}, {}, e.NotFound),
    (405, {"reason": "method_not_allowed"}, {}, e.MethodNotAllowed),
    (409, {"reason": "namespace_already_exists"}, {}, e.NamespaceAlreadyExists),
    (409, {"reason": "schedule_already_exists"}, {}, e.ScheduleAlreadyExists),
    (409, {"reason": "instance_already_started"}, {}, e.WorkflowAlreadyStarted),
    (409, {"reason": "duplicate_not_allowed"}, {}, e.WorkflowAlreadyStarted),
    (409, {"outcome": "rejected_duplicate", "workflow_id": "w"}, {}, e.WorkflowAlreadyStarted),
    (409, {"reason": "attribute_already_exists"}, {}, e.AlreadyExists),
    (409, {"reason": "update_rejected"}, {}, e.UpdateRejected),
    (409, {"reason": "update_validator_rejected"}, {}, e.UpdateRejected),
    (409, {"reason": "request_id_conflict"}, {"command": "signal"}, e.SignalFailed),
    (409, {"reason": "request_id_conflict"}, {"command": "update"}, e.UpdateFailed),
    (409, {"reason": "query_rejected"}, {}, e.QueryFailed),
    (409, {"reason": "query_worker_unavailable"}, {}, e.QueryFailed),
    (409, {"reason": "run_not_active"}, {"command": "signal"}, e.SignalFailed),
    (409, {"reason": "run_not_active"}, {"command": "query"}, e.QueryFailed),
    (409, {"reason": "earlier_signal_pending"}, {"command": "update"}, e.UpdateRejected),
    (
        409,
        {"reason": "run_not_active", "control_plane": {"operation": "signal"}},
        {},
        e.SignalFailed,
    ),
    (409, {"reason": "run_not_active"}, {}, e.Conflict),
    (409, {"reason": "workflow_id_reserved_in_namespace"}, {}, e.Conflict),
    (409, {"reason": "run_not_closed"}, {}, e.Conflict),
    (413, {"reason": "payload_too_large", "limit": 2097152}, {}, e.RequestTooLarge),
    (415, {"reason": "unsupported_media_type"}, {}, e.InvalidArgument),
    (422, {"reason": "update_validator_rejected"}, {}, e.UpdateRejected),
    (422, {"update_status": "failed", "failure_message": "boom"}, {}, e.UpdateFailed),
    (422, {"reason": "invalid_signal_arguments"}, {}, e.SignalFailed),
    (422, {"reason": "invalid_query_arguments"}, {}, e.QueryFailed),
    (422, {"reason": "validation_failed", "errors": {"name": ["bad"]}}, {}, e.InvalidArgument),
    (422, {"reason": "invalid_time_range"}, {}, e.InvalidArgument),
    (429, {"reason": "query_task_queue_full"}, {}, e.RateLimited),
    (500, {"message": "Server Error"}, {}, e.ServerError),
    (502, {}, {}, e.ServerError),
    (503, {"reason": "query_task_queue_unavailable"}, {}, e.ServiceUnavailable),
    (504, {"reason": "query_worker_timeout"}, {}, e.QueryFailed),
    (504, {"message": "gateway timeout"}, {}, e.ServerTimeout),
    (404, {"reason": "external_payload_not_found", "retryable": False}, {}, e.ExternalPayloadError),
    (412, {"reason": "worker_not_registered"}, {}, e.WorkerNotRegistered),
    (404, {"reason": "worker_not_registered"}, {}, e.WorkerNotRegistered),
    (503, {"reason": "external_payload_unavailable"}, {}, e.ExternalPayloadError),
]


@pytest.mark.parametrize(("status", "body", "hints", "expected"), CASES)
def test_mapping_table(
    status: int, body: dict[str, Any], hints: dict[str, Any], expected: type[e.ServerError]
) -> None:
    exc = error_from_response(status, body, **hints)
    assert type(exc) is expected
    assert exc.status == status
    assert exc.reason == body.get("reason")
    assert exc.body == body
    assert isinstance(exc, e.ServerError)
    assert isinstance(exc, e.DurableWorkflowError)


def test_message_sources() -> None:
    assert error_from_response(404, {"message": "Workflow not found."}).message == (
        "Workflow not found."
    )
    assert error_from_response(400, {"error": "Missing header.", "reason": "x"}).message == (
        "Missing header."
    )
    assert error_from_response(409, {"reason": "run_not_closed"}).message == (
        "HTTP 409: run_not_closed"
    )
    assert error_from_response(502, "<html>bad gateway</html>").message.startswith("HTTP 502")
    assert error_from_response(500, None).message == "HTTP 500"
    exc = error_from_response(422, {"update_status": "failed", "failure_message": "boom"})
    assert exc.message == "boom"
    assert "boom" in str(exc) and "422" in str(exc)


def test_validation_errors_are_carried() -> None:
    body = {
        "message": "The workflow type field is required.",
        "reason": "validation_failed",
        "errors": {"workflow_type": ["The workflow type field is required."]},
        "validation_errors": {"workflow_type": ["The workflow type field is required."]},
    }
    exc = error_from_response(422, body)
    assert isinstance(exc, e.InvalidArgument)
    assert exc.errors == {"workflow_type": ["The workflow type field is required."]}
    assert validation_errors({"validation_errors": {"a": "one"}}) == {"a": ["one"]}
    assert validation_errors({"errors": []}) == {}
    assert validation_errors("text") == {}


def test_extras_on_specific_errors() -> None:
    too_large = error_from_response(413, {"reason": "payload_too_large", "limit": 10})
    assert isinstance(too_large, e.RequestTooLarge) and too_large.limit == 10
    ext = error_from_response(
        404, {"reason": "external_payload_expired", "retryable": True, "reference_id": "r1"}
    )
    assert isinstance(ext, e.ExternalPayloadError)
    assert ext.retryable is True and ext.reference_id == "r1"
    limited = error_from_response(429, {}, retry_after=3.0)
    assert limited.retry_after == 3.0


async def test_errors_through_the_client(kind: str) -> None:
    body = {"message": "Namespace [nope] not found.", "reason": "namespace_not_found"}
    script = Script([reply(404, body)])
    client = make_client(kind, script)
    with pytest.raises(e.NamespaceNotFound) as caught:
        await call(client.describe_namespace("nope"))
    assert caught.value.status == 404
    assert caught.value.reason == "namespace_not_found"
    assert caught.value.message == "Namespace [nope] not found."
    assert caught.value.body == body


async def test_reasonless_404_on_workflow_route_is_workflow_not_found(kind: str) -> None:
    script = Script([reply(404, {"message": "Not Found"})])
    client = make_client(kind, script)
    with pytest.raises(e.WorkflowNotFound):
        await call(client.describe_workflow("w-1"))


async def test_non_json_error_body_is_kept_as_text(kind: str) -> None:
    import httpx

    script = Script([httpx.Response(502, text="<html>bad gateway</html>")])
    client = make_client(kind, script)
    with pytest.raises(e.ServerError) as caught:
        await call(client.list_namespaces())
    assert caught.value.body == "<html>bad gateway</html>"
    assert caught.value.reason is None
