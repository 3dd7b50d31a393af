"""Workflow methods and the workflow handle: exact requests and mapped results, both clients."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import SyncWorkflowHandle, WorkflowExecution, WorkflowHandle

from .conftest import FakePayloads, Script, call, fake_blob, make_client, reply

START_OK = {
    "workflow_id": "order-42",
    "run_id": "run-1",
    "workflow_type": "orders.process",
    "namespace": "default",
    "status": "pending",
    "outcome": "started_new",
    "payload_codec": "avro",
}


def _describe(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "workflow_id": "order-42",
        "run_id": "run-2",
        "namespace": "default",
        "workflow_type": "orders.process",
        "status": status,
        "payload_codec": "avro",
        "input": ["server-decoded"],
        "output": None,
        "input_envelope": None,
        "output_envelope": None,
        "control_plane": {"operation": "describe"},
        **extra,
    }


async def test_start_workflow_exact_request(kind: str) -> None:
    script = Script([reply(201, START_OK)])
    client = make_client(kind, script)
    handle = await call(
        client.start_workflow(
            workflow_type="orders.process",
            task_queue="orders",
            workflow_id="order-42",
            input=["order-42", {"rush": True}],
        )
    )
    request = script.last
    assert (request.method, request.url.path) == ("POST", "/api/workflows")
    assert request.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    assert request.headers["Content-Type"] == "application/json"
    assert script.body() == {
        "workflow_id": "order-42",
        "workflow_type": "orders.process",
        "task_queue": "orders",
        "input": {"codec": "avro", "blob": fake_blob(["order-42", {"rush": True}])},
        "execution_timeout_seconds": 3600,
        "run_timeout_seconds": 600,
    }
    expected = WorkflowHandle if kind == "async" else SyncWorkflowHandle
    assert type(handle) is expected
    assert (handle.workflow_id, handle.run_id, handle.workflow_type) == (
        "order-42",
        "run-1",
        "orders.process",
    )
    assert handle._client is client


async def test_start_workflow_optional_fields(kind: str) -> None:
    script = Script([reply(200, {**START_OK, "outcome": "returned_existing_active"})])
    client = make_client(kind, script)
    await call(
        client.start_workflow(
            workflow_type="t",
            task_queue="q",
            workflow_id="w:1",
            execution_timeout_seconds=60,
            run_timeout_seconds=30,
            duplicate_policy="use_existing",
            memo={"source": "api"},
            search_attributes={"CustomerId": "c-1"},
            priority=2,
            fairness_key="tenant-a",
            fairness_weight=3,
        )
    )
    assert script.body() == {
        "workflow_id": "w:1",
        "workflow_type": "t",
        "task_queue": "q",
        "execution_timeout_seconds": 60,
        "run_timeout_seconds": 30,
        "duplicate_policy": "use-existing",
        "memo": {"source": "api"},
        "search_attributes": {"CustomerId": "c-1"},
        "priority": 2,
        "fairness_key": "tenant-a",
        "fairness_weight": 3,
    }


@pytest.mark.parametrize(
    ("given", "wire"),
    [("reject", "fail"), ("fail", "fail"), ("use-existing", "use-existing"), ("REJECT", "fail")],
)
async def test_duplicate_policy_mapping(kind: str, given: str, wire: str) -> None:
    script = Script([reply(201, START_OK)])
    client = make_client(kind, script)
    await call(
        client.start_workflow(
            workflow_type="t", task_queue="q", workflow_id="w", duplicate_policy=given
        )
    )
    assert script.body()["duplicate_policy"] == wire


@pytest.mark.parametrize("policy", ["allow", "terminate_existing", "whatever"])
async def test_unmappable_duplicate_policy_fails_before_sending(kind: str, policy: str) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument, match="use-existing") as caught:
        await call(
            client.start_workflow(
                workflow_type="t", task_queue="q", workflow_id="w", duplicate_policy=policy
            )
        )
    assert caught.value.status is None
    assert caught.value.reason == "unsupported_duplicate_policy"
    assert script.requests == []


@pytest.mark.parametrize(
    "bad",
    [
        {"workflow_id": "has space"},
        {"workflow_id": "x" * 129},
        {"workflow_id": ""},
        {"workflow_type": ""},
        {"task_queue": ""},
        {"input": "not-a-list"},
        {"priority": 10},
        {"priority": -1},
        {"fairness_weight": 0},
        {"fairness_weight": 1001},
        {"execution_timeout_seconds": 0},
        {"run_timeout_seconds": True},
        {"memo": ["x"]},
    ],
)
async def test_start_workflow_rejects_bad_arguments_before_sending(
    kind: str, bad: dict[str, Any]
) -> None:
    script = Script()
    client = make_client(kind, script)
    args: dict[str, Any] = {"workflow_type": "t", "task_queue": "q", "workflow_id": "w", **bad}
    with pytest.raises(errors.InvalidArgument):
        await call(client.start_workflow(**args))
    assert script.requests == []


async def test_duplicate_start_is_workflow_already_started(kind: str) -> None:
    body = {**START_OK, "outcome": "rejected_duplicate", "control_plane": {"operation": "start"}}
    client = make_client(kind, Script([reply(409, body)]))
    with pytest.raises(errors.WorkflowAlreadyStarted) as caught:
        await call(client.start_workflow(workflow_type="t", task_queue="q", workflow_id="w"))
    assert caught.value.status == 409
    assert caught.value.body["outcome"] == "rejected_duplicate"


async def test_start_validation_error_carries_field_errors(kind: str) -> None:
    body = {
        "message": "bad memo",
        "reason": "validation_failed",
        "errors": {"memo": ["The memo is too large."]},
        "validation_errors": {"memo": ["The memo is too large."]},
    }
    client = make_client(kind, Script([reply(422, body)]))
    with pytest.raises(errors.InvalidArgument) as caught:
        await call(client.start_workflow(workflow_type="t", task_queue="q", workflow_id="w"))
    assert caught.value.errors == {"memo": ["The memo is too large."]}


async def test_describe_workflow_decodes_envelopes(kind: str) -> None:
    envelope_in = FakePayloads().encode(["a", 1])
    envelope_out = FakePayloads().encode({"total": 3})
    body = _describe(
        "completed",
        task_queue="orders",
        input_envelope=envelope_in,
        output_envelope=envelope_out,
        output="server-output",
        memo={"x": 1},
        unknown_future_field={"a": 1},
    )
    script = Script([reply(200, body)])
    client = make_client(kind, script)
    result = await call(client.describe_workflow("order 42"))
    assert script.last.method == "GET"
    assert script.last.url.raw_path == b"/api/workflows/order%2042"
    assert result == WorkflowExecution(
        workflow_id="order-42",
        run_id="run-2",
        workflow_type="orders.process",
        status="completed",
        namespace="default",
        task_queue="orders",
        input=["a", 1],
        output={"total": 3},
        payload_codec="avro",
    )


async def test_describe_workflow_without_envelopes_uses_server_values(kind: str) -> None:
    client = make_client(kind, Script([reply(200, _describe("running"))]))
    result = await call(client.describe_workflow("order-42"))
    assert result.input == ["server-decoded"]
    assert result.output is None


async def test_describe_unknown_workflow(kind: str) -> None:
    body = {"message": "Workflow not found.", "reason": "instance_not_found", "workflow_id": "w"}
    client = make_client(kind, Script([reply(404, body)]))
    with pytest.raises(errors.WorkflowNotFound):
        await call(client.describe_workflow("w"))


def _history(*events: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    return {
        "workflow_id": "order-42",
        "run_id": "run-2",
        "events": list(events),
        "next_page_token": token,
    }


def _event(seq: int, kind: str, **payload: Any) -> dict[str, Any]:
    return {"sequence": seq, "event_type": kind, "timestamp": None, "payload": payload}


async def test_get_result_waits_with_the_history_long_poll(kind: str) -> None:
    completed = _event(9, "WorkflowCompleted", output=fake_blob({"ok": True}), payload_codec="avro")
    script = Script(
        [
            reply(200, _describe("running")),
            reply(200, _history(_event(1, "WorkflowStarted"), token="p1")),
            reply(200, _history(_event(2, "ActivityScheduled"), completed, token="p9")),
        ]
    )
    client = make_client(kind, script)
    handle = client.get_workflow_handle("order-42", run_id="run-1")
    result = await call(handle.result(timeout=5))
    assert result == {"ok": True}
    paths = [(r.method, r.url.path, dict(r.url.params)) for r in script.requests]
    history = "/api/workflows/order-42/runs/run-2/history"
    assert paths == [
        ("GET", "/api/workflows/order-42", {}),
        ("GET", history, {"page_size": "1000", "wait_new_event": "1"}),
        ("GET", history, {"page_size": "1000", "wait_new_event": "1", "next_page_token": "p1"}),
    ]


async def test_get_result_builds_the_next_token_when_the_server_sends_none(kind: str) -> None:
    completed = _event(3, "WorkflowCompleted", output=fake_blob(7), payload_codec="avro")
    script = Script(
        [
            reply(200, _describe("running")),
            reply(200, _history(_event(1, "WorkflowStarted"), _event(2, "TimerScheduled"))),
            reply(200, _history(completed)),
        ]
    )
    client = make_client(kind, script)
    assert await call(client.get_result(client.get_workflow_handle("order-42"))) == 7
    assert script.requests[2].url.params["next_page_token"] == "Mg=="  # base64 of "2"


async def test_get_result_follows_continue_as_new(kind: str) -> None:
    completed = _event(2, "WorkflowCompleted", output=fake_blob("second"), payload_codec="avro")
    script = Script(
        [
            reply(200, _describe("running")),
            reply(200, _history(_event(1, "WorkflowStarted"), _event(2, "WorkflowContinuedAsNew"))),
            reply(200, _describe("running", run_id="run-3")),
            reply(200, _history(_event(1, "WorkflowStarted"), completed)),
        ]
    )
    client = make_client(kind, script)
    assert await call(client.get_result(client.get_workflow_handle("order-42"))) == "second"
    assert script.requests[3].url.path == "/api/workflows/order-42/runs/run-3/history"


async def test_get_result_polls_describe_when_the_server_does_not_hold(kind: str) -> None:
    """A server that answers the long poll at once with nothing new is polled instead."""
    script = Script(
        [
            reply(200, _describe("running")),
            reply(200, _history()),
            reply(200, _describe("waiting")),
            reply(200, _describe("completed")),
            reply(200, _history(_event(1, "WorkflowStarted"), token="p2")),
            reply(
                200,
                _history(
                    _event(
                        9, "WorkflowCompleted", output=fake_blob({"ok": True}), payload_codec="avro"
                    )
                ),
            ),
        ]
    )
    client = make_client(kind, script)
    handle = client.get_workflow_handle("order-42", run_id="run-1")
    result = await call(handle.result(poll_interval=0.001, timeout=5))
    assert result == {"ok": True}
    paths = [(r.url.path, dict(r.url.params)) for r in script.requests]
    assert paths[2:] == [
        ("/api/workflows/order-42", {}),
        ("/api/workflows/order-42", {}),
        ("/api/workflows/order-42/runs/run-2/history", {"page_size": "1000"}),
        (
            "/api/workflows/order-42/runs/run-2/history",
            {"page_size": "1000", "next_page_token": "p2"},
        ),
    ]


async def test_input_accepts_any_sequence(kind: str) -> None:
    script = Script([reply(201, START_OK), reply(200, {"outcome": "signal_received"})])
    client = make_client(kind, script)
    arguments: tuple[Any, ...] = ({"order_id": 42}, "gold")
    await call(
        client.start_workflow(
            workflow_type="t", task_queue="q", workflow_id="order-42", input=arguments
        )
    )
    assert FakePayloads().decode(script.body(0)["input"]) == [{"order_id": 42}, "gold"]
    await call(client.signal_workflow("order-42", "go", args=range(2), request_id="r1"))
    assert FakePayloads().decode(script.body(1)["input"]) == [0, 1]
    with pytest.raises(errors.InvalidArgument):
        await call(client.signal_workflow("order-42", "go", args="ab"))  # type: ignore[arg-type]


def test_run_timestamps_have_aware_datetime_twins() -> None:
    from datetime import UTC, datetime

    from durable_workflow.client import WorkflowRun

    run = WorkflowRun.from_wire(
        {"started_at": "2026-04-21T06:00:00.5Z", "closed_at": "2026-04-21T08:00:00+02:00"}
    )
    assert run.started_at == "2026-04-21T06:00:00.5Z"  # the seed's string stays
    assert run.started_at_dt == datetime(2026, 4, 21, 6, 0, 0, 500000, tzinfo=UTC)
    assert run.closed_at_dt == datetime(2026, 4, 21, 6, 0, tzinfo=UTC)
    assert run.last_progress_at_dt is None


async def test_get_result_converts_to_the_result_type(kind: str) -> None:
    from dataclasses import dataclass

    @dataclass
    class Receipt:
        order_id: int
        total: float

    envelope = FakePayloads().encode({"order_id": 42, "total": 9.5})
    script = Script(
        [
            reply(201, START_OK),
            reply(200, _describe("completed", output_envelope=envelope)),
            reply(200, _describe("completed", output_envelope=envelope)),
        ]
    )
    client = make_client(kind, script)
    handle = await call(
        client.start_workflow(
            workflow_type="t", task_queue="q", workflow_id="order-42", result_type=Receipt
        )
    )
    assert handle.result_type is Receipt
    assert await call(handle.result()) == Receipt(order_id=42, total=9.5)
    assert await call(handle.result(result_type=dict)) == {"order_id": 42, "total": 9.5}


async def test_get_result_reports_progress(kind: str) -> None:
    from durable_workflow.client.progress import Progress

    completed = _event(3, "WorkflowCompleted", output=fake_blob(1), payload_codec="avro")
    script = Script(
        [
            reply(200, _describe("running")),
            reply(200, _history(_event(1, "WorkflowStarted"), token="p1")),
            reply(200, _history(_event(2, "ActivityScheduled"), completed, token="p3")),
        ]
    )
    reports: list[Progress] = []
    client = make_client(kind, script)
    await call(client.get_result(client.get_workflow_handle("order-42"), progress=reports.append))
    assert [(r.count, r.latest, r.done) for r in reports] == [
        (1, "WorkflowStarted", False),
        (3, "WorkflowCompleted", False),
        (3, "WorkflowCompleted", True),
    ]
    assert all(r.what == "workflow order-42" for r in reports)


async def test_get_result_uses_the_output_envelope_when_described(kind: str) -> None:
    envelope = FakePayloads().encode([1, 2, 3])
    script = Script([reply(200, _describe("completed", output_envelope=envelope))])
    client = make_client(kind, script)
    assert await call(client.get_result(client.get_workflow_handle("order-42"))) == [1, 2, 3]
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    ("status", "event", "error", "message"),
    [
        (
            "failed",
            _event(5, "WorkflowFailed", message="card declined", exception_class="PaymentError"),
            errors.WorkflowFailed,
            "card declined",
        ),
        (
            "cancelled",
            _event(5, "WorkflowCancelled", reason="user asked"),
            errors.WorkflowCancelled,
            "user asked",
        ),
        (
            "terminated",
            _event(5, "WorkflowTerminated", reason="operator"),
            errors.WorkflowTerminated,
            "operator",
        ),
        (
            "failed",
            _event(5, "WorkflowTimedOut", message="run deadline passed", timeout_kind="run"),
            errors.WorkflowTimedOut,
            "run deadline passed",
        ),
    ],
)
async def test_get_result_failures(
    kind: str, status: str, event: dict[str, Any], error: type[Exception], message: str
) -> None:
    script = Script([reply(200, _describe(status)), reply(200, _history(event))])
    client = make_client(kind, script)
    with pytest.raises(error, match=message) as caught:
        await call(client.get_result(client.get_workflow_handle("order-42")))
    exc = caught.value
    assert isinstance(exc, errors.WorkflowOutcomeError)
    assert exc.workflow_id == "order-42"
    assert exc.run_id == "run-2"
    if isinstance(exc, errors.WorkflowFailed):
        assert exc.exception_class == "PaymentError"


async def test_get_result_without_terminal_event_falls_back_to_status(kind: str) -> None:
    script = Script(
        [
            reply(200, _describe("canceled", closed_reason="cancelled")),
            reply(200, _history(_event(1, "WorkflowStarted"))),
        ]
    )
    client = make_client(kind, script)
    with pytest.raises(errors.WorkflowCancelled):
        await call(client.get_result(client.get_workflow_handle("order-42")))


@pytest.mark.parametrize(
    ("pollers", "says"),
    [([], "no worker polls task queue 'orders'"), ([{"worker_id": "w1"}], "1 worker(s) poll")],
)
async def test_get_result_times_out_with_a_typed_error(
    kind: str, pollers: list[Any], says: str
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/task-queues/"):
            return reply(200, {"name": "orders", "pollers": pollers})
        return reply(200, _describe("running", task_queue="orders"))

    script = Script([answer] * 200)
    client = make_client(kind, script)
    with pytest.raises(errors.WorkflowWaitTimeout, match="order-42") as caught:
        await call(
            client.get_result(
                client.get_workflow_handle("order-42"), poll_interval=0.01, timeout=0.05
            )
        )
    exc = caught.value
    assert isinstance(exc, TimeoutError)
    assert says in str(exc)
    assert (exc.workflow_id, exc.task_queue, exc.poller_count) == (
        "order-42",
        "orders",
        len(pollers),
    )
    assert exc.status == "running"
    assert 2 <= len(script.requests) < 50
    assert script.last.url.path == "/api/task-queues/orders"


def test_waiting_is_unbounded_by_default() -> None:
    import inspect

    from durable_workflow import AsyncClient, SyncClient

    for cls in (AsyncClient, SyncClient, WorkflowHandle, SyncWorkflowHandle):
        method = cls.get_result if hasattr(cls, "get_result") else cls.result
        assert inspect.signature(method).parameters["timeout"].default is None


async def test_get_result_rejects_bad_arguments(kind: str) -> None:
    client = make_client(kind, Script())
    handle = client.get_workflow_handle("w")
    with pytest.raises(errors.InvalidArgument):
        await call(client.get_result(handle, poll_interval=-1))
    with pytest.raises(errors.InvalidArgument):
        await call(client.get_result(handle, timeout=-1))


async def test_handle_describe_and_repr(kind: str) -> None:
    script = Script([reply(200, _describe("running"))])
    client = make_client(kind, script)
    handle = client.get_workflow_handle("order-42", run_id="run-1", workflow_type="orders.process")
    assert script.requests == []  # no round-trip
    assert repr(handle).endswith(
        "(workflow_id='order-42', run_id='run-1', workflow_type='orders.process')"
    )
    described = await call(handle.describe())
    assert described.run_id == "run-2"
    assert script.last.url.path == "/api/workflows/order-42"


def test_sync_client_inside_a_running_event_loop() -> None:
    """SyncClient blocks without an event loop of its own, so it works inside one."""
    script = Script(
        [
            reply(201, START_OK),
            reply(200, _describe("running")),
            reply(200, _history()),
            reply(200, _describe("completed", output_envelope=FakePayloads().encode("done"))),
        ]
    )

    async def notebook_cell() -> Any:
        assert asyncio.get_running_loop().is_running()
        client = make_client("sync", script)
        with client:
            handle = client.start_workflow(workflow_type="t", task_queue="q", workflow_id="w")
            return handle.result(poll_interval=0.001)

    assert asyncio.run(notebook_cell()) == "done"
    assert len(script.requests) == 4
