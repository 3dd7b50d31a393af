"""The webhook bridge: outcome documents for 202, 200 and 422; everything else is an error."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import BridgeAdapterOutcome, TransportRetryPolicy
from tests.conftest import shared_fixtures, shared_fixtures_dir

from .conftest import Script, call, make_client, reply

RETRYING = TransportRetryPolicy(initial_backoff_seconds=0, jitter=False)
SCHEMA = "durable-workflow.v2.bridge-adapter-outcome.contract"
START_TARGET = {
    "workflow_type": "orders.fulfillment",
    "task_queue": "external-workflows",
    "business_key": "order-231",
    "duplicate_policy": "use_existing",
}
ACCEPTED = {
    "schema": SCHEMA,
    "version": 1,
    "adapter": "stripe",
    "action": "start_workflow",
    "accepted": True,
    "outcome": "accepted",
    "idempotency_key": "evt-1",
    "target": {"workflow_type": "orders.fulfillment", "task_queue": "external-workflows"},
    "correlation": {"provider": "stripe"},
    "workflow_id": "bridge-stripe-1",
    "run_id": "run-1",
    "workflow_type": "orders.fulfillment",
    "control_plane_outcome": "started_new",
}


async def test_accepted_start_event(kind: str) -> None:
    script = Script([reply(202, ACCEPTED)])
    client = make_client(kind, script)
    outcome = await call(
        client.send_webhook_bridge_event(
            "stripe",
            action="start_workflow",
            idempotency_key="evt-1",
            target=START_TARGET,
            input={"order_id": "order-231", "amount_cents": 1299},
            correlation={"provider": "stripe"},
        )
    )
    request = script.last
    assert (request.method, request.url.path) == ("POST", "/api/bridge-adapters/webhook/stripe")
    assert request.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    assert request.headers["Authorization"] == "Bearer shared-secret-token"
    # ``input`` is plain JSON, not a payload envelope.
    assert script.body() == {
        "action": "start_workflow",
        "idempotency_key": "evt-1",
        "target": START_TARGET,
        "input": {"order_id": "order-231", "amount_cents": 1299},
        "correlation": {"provider": "stripe"},
    }
    assert outcome == BridgeAdapterOutcome(
        schema=SCHEMA,
        version=1,
        adapter="stripe",
        action="start_workflow",
        accepted=True,
        outcome="accepted",
        idempotency_key="evt-1",
        target=ACCEPTED["target"],
        correlation={"provider": "stripe"},
        workflow_id="bridge-stripe-1",
        run_id="run-1",
        workflow_type="orders.fulfillment",
        control_plane_outcome="started_new",
        raw=ACCEPTED,
    )


async def test_duplicate_signal_event_is_returned(kind: str) -> None:
    duplicate = {
        "schema": SCHEMA,
        "version": 1,
        "adapter": "github",
        "action": "signal_workflow",
        "accepted": True,
        "outcome": "duplicate",
        "reason": "duplicate_start",
        "control_plane_outcome": "deduped_existing_command",
    }
    script = Script([reply(200, duplicate)])
    outcome = await call(
        make_client(kind, script).send_webhook_bridge_event(
            "github",
            action="signal_workflow",
            idempotency_key="d-1",
            target={"workflow_id": "w", "signal_name": "pushed"},
            input=["main", 3],
        )
    )
    assert script.body() == {
        "action": "signal_workflow",
        "idempotency_key": "d-1",
        "target": {"workflow_id": "w", "signal_name": "pushed"},
        "input": ["main", 3],
    }
    assert (outcome.outcome, outcome.control_plane_outcome) == (
        "duplicate",
        "deduped_existing_command",
    )


async def test_rejected_outcome_422_is_returned_not_raised(kind: str) -> None:
    rejected = {
        "schema": SCHEMA,
        "version": 1,
        "adapter": "stripe",
        "action": "update_workflow",
        "accepted": False,
        "outcome": "rejected",
        "reason": "unknown_target",
        "idempotency_key": "u-1",
        "message": "Workflow [w] not found.",
    }
    script = Script([reply(422, rejected)])
    outcome = await call(
        make_client(kind, script).send_webhook_bridge_event(
            "stripe",
            action="update_workflow",
            idempotency_key="u-1",
            target={"workflow_id": "w", "update_name": "approve", "wait_for": "accepted"},
        )
    )
    assert script.body() == {
        "action": "update_workflow",
        "idempotency_key": "u-1",
        "target": {"workflow_id": "w", "update_name": "approve", "wait_for": "accepted"},
    }
    assert (outcome.accepted, outcome.outcome, outcome.reason) == (
        False,
        "rejected",
        "unknown_target",
    )
    assert outcome.raw is not None and outcome.raw["message"] == "Workflow [w] not found."


@pytest.mark.parametrize(
    ("status", "body", "error", "reason"),
    [
        (401, {"message": "Unauthenticated.", "reason": "unauthorized"}, errors.Unauthorized, None),
        (403, {"message": "Forbidden.", "reason": "forbidden"}, errors.Forbidden, None),
        (
            422,
            {"message": "The given data was invalid.", "errors": {"action": ["required"]}},
            errors.InvalidArgument,
            None,
        ),
        (500, {"message": "Server Error"}, errors.ServerError, None),
        (202, None, errors.UnexpectedResponse, "invalid_bridge_outcome"),
        (200, {}, errors.UnexpectedResponse, "invalid_bridge_outcome"),
        (202, ["accepted"], errors.UnexpectedResponse, "invalid_bridge_outcome"),
        (202, {"accepted": True}, errors.UnexpectedResponse, "invalid_bridge_outcome"),
    ],
)
async def test_answers_that_are_not_outcomes(
    kind: str, status: int, body: Any, error: type[errors.ServerError], reason: str | None
) -> None:
    script = Script([reply(status, body)] * 3)
    with pytest.raises(error) as caught:
        await call(
            make_client(kind, script, retry_policy=RETRYING).send_webhook_bridge_event(
                "stripe",
                action="signal_workflow",
                idempotency_key="k",
                target={"workflow_id": "w", "signal_name": "s"},
            )
        )
    assert caught.value.status == status
    if reason is not None:
        assert caught.value.reason == reason
    # The event is not idempotent for the transport: never sent twice.
    assert len(script.requests) == 1


async def test_non_json_body_is_invalid_outcome(kind: str) -> None:
    script = Script([httpx.Response(202, text="accepted")])
    with pytest.raises(errors.UnexpectedResponse) as caught:
        await call(
            make_client(kind, script).send_webhook_bridge_event(
                "a", action="start_workflow", idempotency_key="k", target={"workflow_type": "t"}
            )
        )
    assert caught.value.reason == "invalid_bridge_outcome"


BAD: list[tuple[str, dict[str, Any]]] = [
    ("adapter blank", {"adapter": ""}),
    ("action unknown", {"action": "handoff_external_task"}),
    ("key blank", {"idempotency_key": " "}),
    ("target type", {"target": ["w"]}),
    ("start target", {"action": "start_workflow", "target": {"workflow_id": "w"}}),
    ("signal target", {"target": {"workflow_id": "w"}}),
    ("update target", {"action": "update_workflow", "target": {"update_name": "u"}}),
    ("input type", {"input": "text"}),
    ("correlation type", {"correlation": ["x"]}),
]


@pytest.mark.parametrize(("case", "overrides"), BAD, ids=[c for c, _ in BAD])
async def test_bad_events_are_refused_before_sending(
    kind: str, case: str, overrides: dict[str, Any]
) -> None:
    script = Script()
    kwargs: dict[str, Any] = {
        "adapter": "stripe",
        "action": "signal_workflow",
        "idempotency_key": "k",
        "target": {"workflow_id": "w", "signal_name": "s"},
        **overrides,
    }
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).send_webhook_bridge_event(**kwargs))
    assert script.requests == []


async def test_fixture_semantics(kind: str) -> None:
    fixture = json.loads(
        shared_fixtures("control-plane", "bridge-webhook-parity.json").read_text(encoding="utf-8")
    )
    sdk, semantic = fixture["sdk_python"], fixture["semantic_body"]
    script = Script([reply(202, fixture["response_body"])])
    outcome = await call(
        make_client(kind, script).send_webhook_bridge_event(**sdk["args"], **sdk["kwargs"])
    )
    assert script.body() == sdk["expected_body"]
    assert (outcome.adapter, outcome.action, outcome.idempotency_key) == (
        semantic["adapter"],
        semantic["action"],
        semantic["idempotency_key"],
    )
    assert (outcome.accepted, outcome.outcome) == (semantic["accepted"], semantic["outcome"])
    assert (outcome.workflow_id, outcome.run_id) == (semantic["workflow_id"], semantic["run_id"])
    assert outcome.target == semantic["target"]
    assert outcome.correlation == semantic["correlation"]


# --------------------------------------------------------------------------- real server exchanges

REAL = "real-server-2026-04"
# Recorded events the client refuses before sending (unknown action, malformed target/payload).
REFUSED_LOCALLY = {
    "298-bridge-webhook-unsupported-action",
    "299-bridge-webhook-malformed-payload",
    "300-bridge-webhook-malformed-target",
}


def _bridge_exchanges() -> list[str]:
    folder = shared_fixtures_dir() / REAL
    return sorted(p.stem for p in folder.glob("*-bridge-webhook-*.json"))


@pytest.mark.parametrize("case", _bridge_exchanges() or ["none"])
async def test_real_server_bridge_exchange(kind: str, case: str) -> None:
    exchange = json.loads(shared_fixtures(REAL, f"{case}.json").read_text(encoding="utf-8"))
    request, response = exchange["request"], exchange["response"]
    adapter = request["path"].rsplit("/", 1)[-1]
    body = dict(request["body"])
    kwargs = {
        "action": body.get("action"),
        "idempotency_key": body.get("idempotency_key"),
        "target": body.get("target"),
        "input": body.get("input"),
        "correlation": body.get("correlation"),
    }
    script = Script([reply(response["status"], response["body"])])
    client = make_client(kind, script)
    if case in REFUSED_LOCALLY:
        with pytest.raises(errors.InvalidArgument):
            await call(client.send_webhook_bridge_event(adapter, **kwargs))
        assert script.requests == []
        return
    if response["status"] == 403:
        with pytest.raises(errors.Forbidden):
            await call(client.send_webhook_bridge_event(adapter, **kwargs))
    else:
        outcome = await call(client.send_webhook_bridge_event(adapter, **kwargs))
        answer = response["body"]
        assert outcome.raw == answer
        assert (outcome.accepted, outcome.outcome, outcome.reason) == (
            answer["accepted"],
            answer["outcome"],
            answer.get("reason"),
        )
        assert (outcome.workflow_id, outcome.control_plane_outcome) == (
            answer.get("workflow_id"),
            answer.get("control_plane_outcome"),
        )
    assert (script.last.method, script.last.url.path) == (request["method"], request["path"])
    assert script.body() == body
