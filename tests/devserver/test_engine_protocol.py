"""Discovery, health, middleware ordering, version negotiation and error envelopes."""

from __future__ import annotations

import pytest

from tests.devserver.conftest import CP, WP, Api


def test_health_ready_and_cluster_info(api: Api) -> None:
    r = api.http.get("/api/health")
    assert r.status_code == 200 and r.json()["status"] == "serving"
    assert "X-Durable-Workflow-Control-Plane-Version" not in r.headers
    r = api.http.get("/api/ready")
    assert r.status_code == 200 and r.json()["status"] == "ready"
    r = api.http.get("/api/cluster/info")
    info = r.json()
    assert r.status_code == 200
    assert info["worker_protocol"]["version"] == "1.20"
    assert info["worker_protocol"]["server_capabilities"]["query_tasks"] is True
    assert info["capabilities"]["payload_codecs"] == ["avro"]
    assert info["control_plane"]["version"] == "2"
    contract = info["control_plane"]["request_contract"]
    assert contract["schema"] == "durable-workflow.v2.control-plane-request.contract"
    assert contract["operations"]["update"]["fields"]["wait_for"]["canonical_values"] == [
        "accepted",
        "completed",
    ]
    env = info["auth_composition_contract"]["canonical_environment"]
    assert env["server_url"] == "DURABLE_WORKFLOW_SERVER_URL"


@pytest.mark.parametrize("version", ["1.0", "1.5", "1.19", "1.20"])
def test_worker_versions_accepted(api: Api, version: str) -> None:
    r = api.http.post(
        "/api/worker/register",
        json={"worker_id": "v", "task_queue": "q", "runtime": "python"},
        headers={"X-Durable-Workflow-Protocol-Version": version},
    )
    assert r.status_code == 201, r.text
    assert r.headers["X-Durable-Workflow-Protocol-Version"] == "1.20"


@pytest.mark.parametrize("version", ["1.21", "2.0", "0.9", "v1", "1"])
def test_worker_versions_rejected(api: Api, version: str) -> None:
    r = api.http.post(
        "/api/worker/register",
        json={"task_queue": "q", "runtime": "python"},
        headers={"X-Durable-Workflow-Protocol-Version": version},
    )
    assert r.status_code == 400
    body = r.json()
    assert body["reason"] == "unsupported_protocol_version"
    assert body["error"] == "Unsupported worker protocol version."
    assert body["supported_version"] == "1.20" and body["requested_version"] == version
    assert body["protocol_version"] == "1.20" and "server_capabilities" in body


def test_missing_worker_version_wins_over_unknown_namespace(api: Api) -> None:
    r = api.http.post(
        "/api/worker/register",
        json={"task_queue": "q", "runtime": "python"},
        headers={"X-Namespace": "nope"},
    )
    assert r.status_code == 400
    assert r.json()["reason"] == "missing_protocol_version"
    assert r.json()["requested_version"] is None


def test_control_plane_version_errors(api: Api) -> None:
    r = api.http.get("/api/workflows", headers={"X-Namespace": "no-such"})
    assert r.status_code == 400 and r.json()["reason"] == "missing_control_plane_version"
    assert r.json()["control_plane"]["operation"] == "list"
    assert r.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    r = api.http.get("/api/workflows", headers={"X-Durable-Workflow-Control-Plane-Version": "1"})
    assert r.status_code == 400 and r.json()["reason"] == "unsupported_control_plane_version"
    assert r.json()["requested_version"] == "1"
    r = api.http.get("/api/workflows", headers={**CP, "X-Namespace": "no-such"})
    assert r.status_code == 404 and r.json()["reason"] == "namespace_not_found"
    assert r.json()["namespace"] == "no-such"


def test_body_errors(api: Api) -> None:
    r = api.http.post(
        "/api/workflows",
        content=b'{"workflow_type": ',
        headers={**CP, "Content-Type": "application/json"},
    )
    assert r.status_code == 400 and r.json()["reason"] == "malformed_json"
    assert r.json()["control_plane"]["operation"] == "start"
    r = api.http.post(
        "/api/workflows",
        content=b"workflow_type=x",
        headers={**CP, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 415 and r.json()["reason"] == "unsupported_media_type"
    assert r.json()["accepted_content_types"] == ["application/json", "application/*+json"]
    big = b'{"x": "' + b"a" * (2_097_152 + 10) + b'"}'
    r = api.http.post(
        "/api/workflows", content=big, headers={**CP, "Content-Type": "application/json"}
    )
    assert r.status_code == 413 and r.json()["reason"] == "payload_too_large"
    r = api.http.post(
        "/api/worker/register", content=b"[", headers={**WP, "Content-Type": "application/json"}
    )
    assert r.status_code == 400 and r.json()["reason"] == "malformed_json"
    assert r.json()["protocol_version"] == "1.20"
    r = api.http.post(
        "/api/workflows",
        content=b"[1, 2]",
        headers={**CP, "Content-Type": "application/vnd.api+json"},
    )
    assert r.status_code == 422


def test_routing_errors(api: Api) -> None:
    r = api.http.get("/api/no-such-endpoint", headers=CP)
    assert r.status_code == 404 and r.json()["reason"] == "not_found"
    r = api.http.delete("/api/workflows", headers=CP)
    assert r.status_code == 405 and r.json()["reason"] == "method_not_allowed"


def test_validation_envelopes(api: Api) -> None:
    r = api.cp(
        "POST",
        "/api/workflows",
        {
            "workflow_id": "legacy",
            "workflow_type": "g",
            "retry_policy": {},
            "workflow_execution_timeout": 5,
            "request_id": "r",
        },
    )
    body = r.json()
    assert r.status_code == 422 and body["reason"] == "validation_failed"
    assert body["message"].endswith("(and 2 more errors)")
    assert body["errors"] == body["validation_errors"]
    assert set(body["errors"]) == {"retry_policy", "workflow_execution_timeout", "request_id"}
    r = api.cp("POST", "/api/workflows", {"workflow_id": "has spaces", "workflow_type": "g"})
    assert r.json()["errors"] == {"workflow_id": ["The workflow id field format is invalid."]}
    r = api.cp("POST", "/api/workflows", {"workflow_type": "g", "input": "world"})
    assert r.json()["errors"] == {"input": ["The input field must be an array."]}
    r = api.wp("/api/worker/register", {"worker_id": "x", "task_queue": "q", "runtime": "cobol"})
    assert r.status_code == 422 and r.json()["errors"] == {
        "runtime": ["The selected runtime is invalid."]
    }
    r = api.wp("/api/worker/heartbeat", {})
    assert r.json()["errors"] == {"worker_id": ["The worker id field is required."]}
    api.register()
    api.start("val-1")
    task = api.poll_wf()
    assert task is not None
    r = api.complete_wf(task, [])
    assert r.status_code == 422 and r.json()["errors"] == {
        "commands": ["The commands field is required."]
    }
    r = api.complete_wf(task, [{"type": "launch_rocket"}])
    assert r.json()["errors"]["commands.0.type"] == [
        "Workflow task command type [launch_rocket] is not supported by the server yet."
    ]
    r = api.complete_wf(
        task,
        [
            {
                "type": "schedule_activity",
                "activity_type": "a",
                "start_to_close_timeout": 60,
                "schedule_to_close_timeout": 30,
                "heartbeat_timeout": 90,
            }
        ],
    )
    assert set(r.json()["errors"]) == {
        "commands.0.heartbeat_timeout",
        "commands.0.start_to_close_timeout",
    }
    r = api.complete_wf(
        task, [{"type": "start_timer", "delay_seconds": 1, "retry_policy": {"max_attempts": 2}}]
    )
    assert r.json()["errors"]["commands.0.retry_policy"] == [
        "retry_policy is only supported for schedule_activity and start_child_workflow commands."
    ]
    r = api.complete_wf(
        task, [{"type": "complete_workflow"}, {"type": "fail_workflow", "message": "x"}]
    )
    assert r.status_code == 409 and r.json()["reason"] == "invalid_commands"
    assert r.json()["recorded"] is False


def test_poll_guards(api: Api) -> None:
    r = api.wp("/api/worker/workflow-tasks/poll", {"worker_id": "ghost", "task_queue": "q"})
    assert r.status_code == 412 and r.json()["reason"] == "worker_not_registered"
    api.register("w1", "q", build_id="b1")
    r = api.wp("/api/worker/workflow-tasks/poll", {"worker_id": "w1", "task_queue": "other"})
    assert r.status_code == 409 and r.json()["reason"] == "task_queue_mismatch"
    assert r.json()["registered_task_queue"] == "q"
    r = api.wp(
        "/api/worker/activity-tasks/poll", {"worker_id": "w1", "task_queue": "q", "build_id": "b2"}
    )
    assert r.status_code == 409 and r.json()["reason"] == "build_id_mismatch"
    r = api.wp("/api/worker/heartbeat", {"worker_id": "ghost"})
    assert r.status_code == 404 and r.json()["reason"] == "worker_not_registered"


def test_definition_fingerprint_guard(api: Api) -> None:
    api.register("fp", workflow_definition_fingerprints={"greet": "sha256:1"})
    r = api.wp(
        "/api/worker/register",
        {
            "worker_id": "fp",
            "task_queue": "q",
            "runtime": "python",
            "workflow_definition_fingerprints": {"greet": "sha256:2"},
        },
    )
    assert r.status_code == 409 and r.json()["reason"] == "workflow_definition_changed"
    assert r.json()["workflow_type"] == "greet"


def test_auth_roles_when_tokens_configured(api: Api) -> None:
    api.dev.server.config.auth_tokens = {"worker": "wt", "operator": "ot", "admin": "at"}
    r = api.http.get("/api/workflows", headers=CP)
    assert r.status_code == 401 and r.json()["reason"] == "unauthorized"
    r = api.http.get("/api/workflows", headers={**CP, "Authorization": "Bearer wt"})
    assert r.status_code == 403 and r.json()["allowed_roles"] == ["operator", "admin"]
    r = api.http.get("/api/workflows", headers={**CP, "Authorization": "Bearer ot"})
    assert r.status_code == 200
    r = api.http.get("/api/system/repair", headers={**CP, "Authorization": "Bearer ot"})
    assert r.status_code == 403
    r = api.http.post(
        "/api/worker/register",
        json={"task_queue": "q", "runtime": "python"},
        headers={**WP, "Authorization": "Bearer wt"},
    )
    assert r.status_code == 201
    assert api.http.get("/api/health").status_code == 200
    r = api.http.get("/api/cluster/info")
    assert r.status_code == 401 and r.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    r = api.http.get("/api/cluster/info", headers={"Authorization": "Bearer wt"})
    assert r.status_code == 200 and "X-Durable-Workflow-Control-Plane-Version" not in r.headers
