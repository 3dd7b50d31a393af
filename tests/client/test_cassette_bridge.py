"""The webhook bridge replayed from a cassette recorded against the dev server.

Accepted (202), duplicate (200) and rejected (422) events all come back as outcome documents.
"""

from __future__ import annotations

import pytest

from tests.cassette_support import recorded

from .conftest import call

pytest.importorskip("vcr")

SCHEMA = "durable-workflow.v2.bridge-adapter-outcome.contract"
TARGET = {
    "workflow_type": "orders.fulfillment",
    "task_queue": "external-workflows",
    "business_key": "order-231",
    "duplicate_policy": "use_existing",
}
CORRELATION = {"provider": "stripe", "event_type": "checkout.session.completed"}


async def test_webhook_events(kind: str) -> None:
    with recorded("bridge/webhook") as rec:
        client = rec.client(kind)
        started = await call(
            client.send_webhook_bridge_event(
                "stripe",
                action="start_workflow",
                idempotency_key="stripe-event-231",
                target=TARGET,
                input={"order_id": "order-231", "amount_cents": 1299},
                correlation=CORRELATION,
            )
        )
        again = await call(
            client.send_webhook_bridge_event(
                "stripe",
                action="start_workflow",
                idempotency_key="stripe-event-231",
                target=TARGET,
                input={"order_id": "order-231", "amount_cents": 1299},
            )
        )
        workflow_id = started.workflow_id
        assert workflow_id
        signal_target = {"workflow_id": workflow_id, "signal_name": "payment_captured"}
        signalled = await call(
            client.send_webhook_bridge_event(
                "stripe",
                action="signal_workflow",
                idempotency_key="stripe-event-232",
                target=signal_target,
                input=["ch_1", 1299],
            )
        )
        signalled_again = await call(
            client.send_webhook_bridge_event(
                "stripe",
                action="signal_workflow",
                idempotency_key="stripe-event-232",
                target=signal_target,
                input=["ch_1", 1299],
            )
        )
        unknown = await call(
            client.send_webhook_bridge_event(
                "stripe",
                action="signal_workflow",
                idempotency_key="stripe-event-233",
                target={"workflow_id": "no-such-order", "signal_name": "payment_captured"},
            )
        )
        bad_route = await call(
            client.send_webhook_bridge_event(
                "bad adapter!",
                action="start_workflow",
                idempotency_key="k-1",
                target={"workflow_type": "orders.fulfillment"},
            )
        )
        requests = [(r.method, r.path, rec.json_body(i)) for i, r in enumerate(rec.requests)]

    assert [(m, p) for m, p, _ in requests] == [
        ("POST", "/api/bridge-adapters/webhook/stripe"),
        ("POST", "/api/bridge-adapters/webhook/stripe"),
        ("POST", "/api/bridge-adapters/webhook/stripe"),
        ("POST", "/api/bridge-adapters/webhook/stripe"),
        ("POST", "/api/bridge-adapters/webhook/stripe"),
        ("POST", "/api/bridge-adapters/webhook/bad%20adapter%21"),
    ]
    assert requests[0][2] == {
        "action": "start_workflow",
        "idempotency_key": "stripe-event-231",
        "target": TARGET,
        "input": {"order_id": "order-231", "amount_cents": 1299},
        "correlation": CORRELATION,
    }
    assert requests[2][2] == {
        "action": "signal_workflow",
        "idempotency_key": "stripe-event-232",
        "target": signal_target,
        "input": ["ch_1", 1299],
    }
    assert requests[4][2] == {
        "action": "signal_workflow",
        "idempotency_key": "stripe-event-233",
        "target": {"workflow_id": "no-such-order", "signal_name": "payment_captured"},
    }

    assert (started.schema, started.version, started.adapter, started.action) == (
        SCHEMA,
        1,
        "stripe",
        "start_workflow",
    )
    assert (started.accepted, started.outcome, started.control_plane_outcome) == (
        True,
        "accepted",
        "started_new",
    )
    assert started.idempotency_key == "stripe-event-231"
    assert started.correlation == CORRELATION
    assert started.workflow_type == "orders.fulfillment" and started.run_id
    assert started.target is not None
    assert started.target["business_key"] == "order-231"

    assert (again.accepted, again.outcome, again.reason, again.control_plane_outcome) == (
        False,
        "duplicate",
        "duplicate_start",
        "returned_existing_active",
    )
    assert (again.workflow_id, again.run_id) == (workflow_id, started.run_id)

    assert (signalled.accepted, signalled.outcome, signalled.workflow_id) == (
        True,
        "accepted",
        workflow_id,
    )
    assert (signalled_again.accepted, signalled_again.outcome) == (False, "duplicate")
    assert (signalled_again.control_plane_outcome, signalled_again.run_id) == (
        "deduped_existing_command",
        signalled.run_id,
    )

    # 422 outcomes are results, not exceptions.
    assert (unknown.accepted, unknown.outcome, unknown.reason) == (
        False,
        "rejected",
        "unknown_target",
    )
    assert (bad_route.accepted, bad_route.outcome, bad_route.reason) == (
        False,
        "rejected",
        "unsupported_routing",
    )
    # The action could not be read, so the outcome omits it.
    assert bad_route.action is None and bad_route.adapter == "bad adapter!"
    assert bad_route.raw is not None and bad_route.raw["schema"] == SCHEMA
