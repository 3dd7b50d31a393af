"""The webhook bridge adapter: outcome documents for start, signal and update."""

from __future__ import annotations

from typing import Any

from durable_workflow.devserver.engine import bridge

try:
    from tests.devserver.test_admin_harness import FakeServer, client
    from tests.devserver.test_admin_namespaces import recorded, replay
except ImportError:  # pragma: no cover
    from test_admin_harness import FakeServer, client  # type: ignore[no-redef]
    from test_admin_namespaces import recorded, replay  # type: ignore[no-redef]

URL = "/api/bridge-adapters/webhook/stripe"
SCHEMA = "durable-workflow.v2.bridge-adapter-outcome.contract"


def test_default_workflow_id_matches_the_recording() -> None:
    expected = recorded("290-bridge-webhook-start-accepted.json")["response"]["body"]
    assert bridge.default_workflow_id("stripe", "evt_0001") == expected["workflow_id"]


def test_start_accepted_then_duplicate() -> None:
    server = FakeServer()
    c = client(server)
    first = replay(c, "290-bridge-webhook-start-accepted.json", ignore=("run_id",))
    namespace, start, _source = server.workflows.starts[0]
    assert namespace == "default"
    assert start["duplicate_policy"] == "use-existing"
    assert start["business_key"] == "invoice-77"
    assert start["input"] == {"codec": "avro", "blob": "ABJbIndvcmxkIl0C"}
    second = replay(c, "291-bridge-webhook-start-duplicate.json", ignore=("run_id",))
    assert second["run_id"] == first["run_id"]
    assert "correlation" not in second  # null fields are omitted


def test_start_reject_duplicate_is_reported_as_accepted_with_the_engine_outcome() -> None:
    server = FakeServer()
    c = client(server)
    server.workflows.start_workflow(
        "default", {"workflow_id": "greeting-timeout", "workflow_type": "greeting"}
    )
    body = replay(c, "292-bridge-webhook-start-reject-duplicate-running.json", ignore=("run_id",))
    assert server.workflows.starts[-1][1]["duplicate_policy"] == "fail"
    assert body["control_plane_outcome"] == "rejected_duplicate"
    replay(c, "294-bridge-webhook-start-use-existing-running.json", ignore=("run_id",))


def test_signal_and_update_outcomes() -> None:
    server = FakeServer()
    server.workflows.known_updates = {"rename"}
    c = client(server)
    server.workflows.start_workflow(
        "default", {"workflow_id": "greeting-timeout", "workflow_type": "greeting"}
    )
    replay(c, "295-bridge-webhook-signal-undeclared.json", ignore=("run_id",))
    replay(c, "296-bridge-webhook-signal-unknown-workflow.json")
    replay(c, "297-bridge-webhook-update-undeclared.json", ignore=("run_id",))
    event = {
        "action": "signal_workflow",
        "idempotency_key": "evt-9",
        "target": {"workflow_id": "greeting-timeout", "signal_name": "approve"},
        "input": ["Ada"],
        "correlation": {"provider": "stripe"},
    }
    accepted = c.post(URL, json=event)
    assert accepted.status_code == 202
    body = accepted.json()
    assert body["schema"] == SCHEMA
    assert body["accepted"] is True
    assert body["outcome"] == "accepted"
    assert body["control_plane_outcome"] == "signal_received"
    assert body["correlation"] == {"provider": "stripe"}
    assert server.workflows.signals[-1][3] == {"request_id": "evt-9", "input": ["Ada"]}
    again = c.post(URL, json=event)
    assert again.status_code == 200
    assert again.json()["outcome"] == "duplicate"
    assert again.json()["control_plane_outcome"] == "deduped_existing_command"
    assert again.json()["run_id"] == body["run_id"]
    assert len([s for s in server.workflows.signals if s[2] == "approve"]) == 1
    # same key, other signal name: not a duplicate
    other = {**event, "target": {"workflow_id": "greeting-timeout", "signal_name": "set"}}
    assert c.post(URL, json=other).status_code == 422
    update = {
        "action": "update_workflow",
        "idempotency_key": "d-1",
        "target": {
            "workflow_id": "greeting-timeout",
            "update_name": "rename",
            "wait_for": "completed",
            "wait_timeout_seconds": 5,
        },
    }
    done = c.post("/api/bridge-adapters/webhook/github", json=update)
    assert done.status_code == 202
    assert done.json()["target"] == {"workflow_id": "greeting-timeout", "update_name": "rename"}
    assert server.workflows.updates[-1][3] == {
        "request_id": "d-1",
        "wait_for": "completed",
        "wait_timeout_seconds": 5,
    }
    assert c.post("/api/bridge-adapters/webhook/github", json=update).status_code == 200


def test_rejections() -> None:
    c = client(FakeServer())
    replay(c, "298-bridge-webhook-unsupported-action.json")
    replay(c, "299-bridge-webhook-malformed-payload.json")
    replay(c, "300-bridge-webhook-malformed-target.json")
    bad_id = c.post(
        URL,
        json={
            "action": "signal_workflow",
            "idempotency_key": "k",
            "target": {"workflow_id": "has space", "signal_name": "s"},
        },
    )
    assert bad_id.status_code == 422
    assert bad_id.json()["errors"] == {"workflow_id": ["The workflow id field format is invalid."]}
    bad_policy: dict[str, Any] = {
        "action": "start_workflow",
        "idempotency_key": "k",
        "target": {"workflow_type": "g", "duplicate_policy": "replace"},
    }
    assert c.post(URL, json=bad_policy).json()["errors"] == {
        "duplicate_policy": ["The selected duplicate policy is invalid."]
    }
    routing = c.post("/api/bridge-adapters/webhook/bad%20name", json={})
    assert routing.status_code == 422
    assert routing.json()["reason"] == "unsupported_routing"
    assert routing.json()["outcome"] == "rejected"


def test_bridge_is_scoped_to_the_namespace() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/namespaces", json={"name": "orders"})
    server.workflows.start_workflow("orders", {"workflow_id": "wf", "workflow_type": "g"})
    event = {
        "action": "signal_workflow",
        "idempotency_key": "k",
        "target": {"workflow_id": "wf", "signal_name": "approve"},
    }
    assert c.post(URL, json=event).json()["reason"] == "unknown_target"
    assert c.post(URL, json=event, headers={"X-Namespace": "orders"}).status_code == 202


def test_empty_target_is_missing() -> None:
    c = client(FakeServer())
    resp = c.post(URL, json={"action": "start_workflow", "idempotency_key": "k", "target": {}})
    assert resp.status_code == 422
    assert resp.json()["reason"] == "malformed_payload"
    assert resp.json()["errors"] == {"target": ["The target field is required."]}
