"""Standalone-activity methods and handles: exact requests, mapped results, outcomes."""

from __future__ import annotations

from typing import Any

import pytest

from durable_workflow import errors
from durable_workflow.client import (
    StandaloneActivityExecution,
    StandaloneActivityHandle,
    SyncStandaloneActivityHandle,
)

from .conftest import Script, call, fake_blob, make_client, reply

STARTED = {
    "activity_id": "act-1",
    "activity_execution_id": "exec-1",
    "workflow_run_id": "run-1",
    "workflow_id": "act-1",
    "workflow_type": "dw.standalone_activity",
    "activity_type": "billing.charge",
    "activity_class": None,
    "task_queue": "billing",
    "namespace": "default",
    "status": "running",
    "payload_codec": "avro",
    "command_status": "accepted",
    "command_source": "control_plane",
}


def described(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "activity_id": "act-1",
        "workflow_id": "act-1",
        "workflow_run_id": "run-1",
        "activity_execution_id": "exec-1",
        "workflow_type": "dw.standalone_activity",
        "activity_type": "billing.charge",
        "activity_class": "Charge",
        "task_queue": "billing",
        "namespace": "default",
        "status": status,
        "status_bucket": "running" if status == "running" else status,
        "activity_status": status,
        "closed_reason": None,
        "business_key": "order-1",
        "payload_codec": "avro",
        "started_at": "2026-04-22T00:00:00Z",
        "closed_at": None,
        "last_progress_at": None,
        "last_heartbeat_at": None,
        "schedule_to_start_deadline_at": None,
        "schedule_to_close_deadline_at": "2026-04-22T01:00:00Z",
        "attempt_count": 1,
        "result": None,
        **extra,
    }


async def collect(iterator: Any) -> list[Any]:
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)


# --------------------------------------------------------------------------- start


async def test_start_activity_minimal_request(kind: str) -> None:
    script = Script([reply(201, STARTED)])
    client = make_client(kind, script)
    handle = await call(client.start_activity(activity_type="billing.charge", task_queue="billing"))
    request = script.last
    assert (request.method, request.url.path) == ("POST", "/api/activities")
    assert request.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    assert request.headers["Authorization"] == "Bearer shared-secret-token"
    assert script.body() == {"activity_type": "billing.charge", "task_queue": "billing"}
    expected_cls = StandaloneActivityHandle if kind == "async" else SyncStandaloneActivityHandle
    assert isinstance(handle, expected_cls)
    assert (
        handle.activity_id,
        handle.workflow_run_id,
        handle.activity_execution_id,
        handle.workflow_type,
        handle.activity_type,
    ) == ("act-1", "run-1", "exec-1", "dw.standalone_activity", "billing.charge")
    assert "act-1" in repr(handle)


async def test_start_activity_every_field(kind: str) -> None:
    script = Script([reply(201, {"activity_id": "mine"})])
    client = make_client(kind, script)
    handle = await call(
        client.start_activity(
            activity_type="billing.charge",
            task_queue="billing",
            activity_id="mine",
            activity_class="Charge",
            input=[{"amount": 5}, "EUR"],
            business_key="order-1",
            retry_policy={
                "max_attempts": 3,
                "backoff_seconds": [1, 5],
                "non_retryable_error_types": ["ValueError"],
            },
            start_to_close_timeout_seconds=30,
            schedule_to_start_timeout_seconds=10,
            schedule_to_close_timeout_seconds=60,
            heartbeat_timeout_seconds=5,
        )
    )
    assert script.body() == {
        "activity_type": "billing.charge",
        "task_queue": "billing",
        "activity_id": "mine",
        "activity_class": "Charge",
        "business_key": "order-1",
        "input": {"codec": "avro", "blob": fake_blob([{"amount": 5}, "EUR"])},
        "retry_policy": {
            "max_attempts": 3,
            "backoff_seconds": [1, 5],
            "non_retryable_error_types": ["ValueError"],
        },
        "start_to_close_timeout_seconds": 30,
        "schedule_to_start_timeout_seconds": 10,
        "schedule_to_close_timeout_seconds": 60,
        "heartbeat_timeout_seconds": 5,
    }
    # Values the server left out come from the request.
    assert (handle.activity_id, handle.activity_type, handle.workflow_run_id) == (
        "mine",
        "billing.charge",
        None,
    )


async def test_start_activity_empty_input_is_sent(kind: str) -> None:
    script = Script([reply(201, STARTED)])
    await call(
        make_client(kind, script).start_activity(activity_type="t", task_queue="q", input=[])
    )
    assert script.body()["input"] == {"codec": "avro", "blob": fake_blob([])}


BAD_START: list[tuple[str, dict[str, Any]]] = [
    ("type blank", {"activity_type": ""}),
    ("queue", {"task_queue": None}),
    ("id chars", {"activity_id": "a b"}),
    ("id long", {"activity_id": "a" * 129}),
    ("input", {"input": "x"}),
    ("class", {"activity_class": ""}),
    ("business key", {"business_key": 5}),
    ("retry policy type", {"retry_policy": [1]}),
    ("retry policy key", {"retry_policy": {"attempts": 3}}),
    ("retry max attempts", {"retry_policy": {"max_attempts": 0}}),
    ("retry backoff", {"retry_policy": {"backoff_seconds": [-1]}}),
    ("retry types", {"retry_policy": {"non_retryable_error_types": "ValueError"}}),
    ("timeout zero", {"start_to_close_timeout_seconds": 0}),
    ("timeout float", {"heartbeat_timeout_seconds": 1.5}),
    ("timeout bool", {"schedule_to_close_timeout_seconds": True}),
]


@pytest.mark.parametrize(("case", "overrides"), BAD_START, ids=[c for c, _ in BAD_START])
async def test_start_activity_rejects_bad_arguments(
    kind: str, case: str, overrides: dict[str, Any]
) -> None:
    script = Script()
    kwargs = {"activity_type": "t", "task_queue": "q", **overrides}
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).start_activity(**kwargs))
    assert script.requests == []


async def test_start_activity_conflict_and_missing_generated_id(kind: str) -> None:
    body = {"message": "exists", "reason": "activity_already_started", "activity_id": "a"}
    script = Script([reply(409, body), reply(201, {"status": "running"})])
    client = make_client(kind, script)
    with pytest.raises(errors.Conflict) as caught:
        await call(client.start_activity(activity_type="t", task_queue="q", activity_id="a"))
    assert caught.value.reason == "activity_already_started"
    with pytest.raises(errors.UnexpectedResponse):
        await call(client.start_activity(activity_type="t", task_queue="q"))
    # A start is not retried after it may have reached the server.
    assert len(script.requests) == 2


# --------------------------------------------------------------------------- describe / list


async def test_describe_activity_decodes_the_result(kind: str) -> None:
    body = described(
        "completed",
        closed_at="2026-04-22T00:00:05Z",
        result={"codec": "avro", "blob": fake_blob({"charged": True})},
    )
    script = Script([reply(200, body)])
    result = await call(make_client(kind, script).describe_activity("act-1"))
    assert (script.last.method, script.last.url.path) == ("GET", "/api/activities/act-1")
    assert script.last.content == b""
    assert result == StandaloneActivityExecution(
        activity_id="act-1",
        workflow_run_id="run-1",
        activity_execution_id="exec-1",
        workflow_type="dw.standalone_activity",
        activity_type="billing.charge",
        activity_class="Charge",
        task_queue="billing",
        namespace="default",
        status="completed",
        activity_status="completed",
        closed_reason=None,
        business_key="order-1",
        payload_codec="avro",
        started_at="2026-04-22T00:00:00Z",
        closed_at="2026-04-22T00:00:05Z",
        last_progress_at=None,
        last_heartbeat_at=None,
        schedule_to_start_deadline_at=None,
        schedule_to_close_deadline_at="2026-04-22T01:00:00Z",
        attempt_count=1,
        result={"charged": True},
    )


async def test_describe_running_activity_has_no_result(kind: str) -> None:
    client = make_client(kind, Script([reply(200, described("running"))]))
    assert (await call(client.describe_activity("act-1"))).result is None


async def test_describe_unknown_activity(kind: str) -> None:
    body = {"message": "Activity [x] not found.", "reason": "activity_not_found"}
    script = Script([reply(404, body)])
    with pytest.raises(errors.WorkflowNotFound):
        await call(make_client(kind, script).describe_activity("x:y/z"))
    assert script.last.url.raw_path == b"/api/activities/x%3Ay%2Fz"


async def test_list_activities(kind: str) -> None:
    page = {
        "activities": [
            described("completed", result={"codec": "avro", "blob": fake_blob(7)}),
            described("running"),
        ],
        "activity_count": 2,
        "next_page_token": "tok-2",
    }
    script = Script([reply(200, page), reply(200, {"activities": []})])
    client = make_client(kind, script)
    listed = await call(client.list_activities())
    assert (script.last.method, script.last.url.path, script.last.url.query) == (
        "GET",
        "/api/activities",
        b"",
    )
    assert [a.result for a in listed.activities] == [7, None]
    assert (listed.activity_count, listed.next_page_token) == (2, "tok-2")
    empty = await call(client.list_activities(status="failed", page_size=5, next_page_token="t"))
    assert dict(script.last.url.params) == {
        "status": "failed",
        "page_size": "5",
        "next_page_token": "t",
    }
    assert (empty.activities, empty.activity_count, empty.next_page_token) == ([], 0, None)


@pytest.mark.parametrize(
    "kwargs", [{"status": "cancelled"}, {"page_size": 0}, {"next_page_token": ""}]
)
async def test_list_activities_rejects_bad_arguments(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument):
        await call(client.list_activities(**kwargs))
    assert script.requests == []


async def test_iter_activities_follows_page_tokens(kind: str) -> None:
    script = Script(
        [
            reply(200, {"activities": [described("running")], "next_page_token": "p2"}),
            reply(
                200,
                {
                    "activities": [{"activity_id": "b", "status": "completed"}],
                    "next_page_token": None,
                },
            ),
        ]
    )
    client = make_client(kind, script)
    items = await collect(client.iter_activities(status="running", page_size=1))
    assert [a.activity_id for a in items] == ["act-1", "b"]
    assert [dict(r.url.params) for r in script.requests] == [
        {"status": "running", "page_size": "1"},
        {"status": "running", "page_size": "1", "next_page_token": "p2"},
    ]


async def test_iter_activities_reports_progress(kind: str) -> None:
    from durable_workflow.client.progress import Progress

    script = Script(
        [
            reply(200, {"activities": [described("running")] * 2, "next_page_token": "p2"}),
            reply(200, {"activities": [described("completed")], "next_page_token": None}),
        ]
    )
    reports: list[Progress] = []
    client = make_client(kind, script)
    items = await collect(client.iter_activities(progress=reports.append))
    assert len(items) == 3
    assert [(r.what, r.count, r.latest, r.done) for r in reports] == [
        ("iter_activities", 2, "page 1", False),
        ("iter_activities", 3, "page 2", True),
    ]


async def test_iter_activities_refuses_a_repeated_token(kind: str) -> None:
    page = {"activities": [], "next_page_token": "same"}
    client = make_client(kind, Script([reply(200, page), reply(200, page)]))
    with pytest.raises(errors.UnexpectedResponse):
        await collect(client.iter_activities())


# --------------------------------------------------------------------------- result


async def test_get_activity_result_polls_until_completed(kind: str) -> None:
    done = described("completed", result={"codec": "avro", "blob": fake_blob([1, 2])})
    script = Script(
        [reply(200, described("running")), reply(200, described("pending")), reply(200, done)]
    )
    client = make_client(kind, script)
    handle = client.get_activity_handle("act-1")
    assert await call(handle.result(poll_interval=0)) == [1, 2]
    assert [(r.method, r.url.path) for r in script.requests] == [
        ("GET", "/api/activities/act-1")
    ] * 3


async def test_get_activity_result_completed_without_result(kind: str) -> None:
    client = make_client(kind, Script([reply(200, described("completed"))]))
    assert await call(client.get_activity_result(client.get_activity_handle("act-1"))) is None


@pytest.mark.parametrize(
    ("status", "extra", "error", "message"),
    [
        (
            "failed",
            {"failure": {"message": "card declined", "exception_class": "ChargeError"}},
            errors.WorkflowFailed,
            "card declined",
        ),
        ("failed", {}, errors.WorkflowFailed, "standalone activity act-1 failed"),
        ("terminated", {"closed_reason": "terminated"}, errors.WorkflowTerminated, "terminated"),
        ("terminated", {}, errors.WorkflowTerminated, "standalone activity act-1 was terminated"),
        ("cancelled", {"closed_reason": "cancelled"}, errors.WorkflowCancelled, "cancelled"),
        ("canceled", {}, errors.WorkflowCancelled, "standalone activity act-1 was cancelled"),
    ],
)
async def test_get_activity_result_outcomes(
    kind: str, status: str, extra: dict[str, Any], error: type[Exception], message: str
) -> None:
    client = make_client(kind, Script([reply(200, described(status, **extra))]))
    with pytest.raises(error) as caught:
        await call(client.get_activity_result(client.get_activity_handle("act-1")))
    assert str(caught.value) == message
    assert caught.value.workflow_id == "act-1"  # type: ignore[attr-defined]
    assert caught.value.run_id == "run-1"  # type: ignore[attr-defined]
    if status == "failed" and extra:
        assert caught.value.exception_class == "ChargeError"  # type: ignore[attr-defined]


async def test_get_activity_result_times_out(kind: str) -> None:
    script = Script([reply(200, described("running"))] * 50)
    client = make_client(kind, script)
    with pytest.raises(errors.ActivityWaitTimeout, match=r"'act-1'.*status 'running'") as caught:
        await call(
            client.get_activity_result(
                client.get_activity_handle("act-1"), poll_interval=0.01, timeout=0.05
            )
        )
    assert isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value, errors.DurableWorkflowError)
    assert (caught.value.activity_id, caught.value.run_id) == ("act-1", "run-1")
    assert (caught.value.timeout, caught.value.status) == (0.05, "running")
    assert 1 <= len(script.requests) < 50


class _Clock:
    """A ``time`` stand-in whose clock jumps an hour on every read."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 3600.0
        return self.now


@pytest.mark.parametrize("via", ["client", "handle"])
async def test_get_activity_result_has_no_time_limit_by_default(
    kind: str, via: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from durable_workflow.client.ops import activities

    monkeypatch.setattr(activities, "time", _Clock())
    done = described("completed", result={"codec": "avro", "blob": fake_blob(7)})
    script = Script([reply(200, described("running"))] * 3 + [reply(200, done)])
    client = make_client(kind, script)
    handle = client.get_activity_handle("act-1")
    waiting = (
        client.get_activity_result(handle, poll_interval=0)
        if via == "client"
        else handle.result(poll_interval=0)
    )
    assert await call(waiting) == 7
    assert len(script.requests) == 4


@pytest.mark.parametrize("kwargs", [{"poll_interval": -1}, {"timeout": -1}, {"timeout": "5"}])
async def test_get_activity_result_rejects_bad_arguments(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument):
        await call(client.get_activity_result(client.get_activity_handle("a"), **kwargs))
    assert script.requests == []


# --------------------------------------------------------------------------- handle


async def test_activity_handle_describe_and_cancel(kind: str) -> None:
    script = Script(
        [
            reply(200, described("running")),
            reply(200, {"workflow_id": "act-1", "outcome": "cancelled"}),
            reply(200, {"workflow_id": "act-1", "outcome": "cancelled"}),
            reply(404, {"message": "Workflow [nope] not found.", "reason": "instance_not_found"}),
        ]
    )
    client = make_client(kind, script)
    handle = client.get_activity_handle(
        "act-1", workflow_run_id="run-1", activity_execution_id="exec-1", activity_type="t"
    )
    assert (handle.workflow_run_id, handle.activity_execution_id, handle.activity_type) == (
        "run-1",
        "exec-1",
        "t",
    )
    assert script.requests == []
    assert (await call(handle.describe())).status == "running"
    assert await call(handle.cancel(reason="customer asked")) is None
    assert (script.last.method, script.last.url.path) == ("POST", "/api/workflows/act-1/cancel")
    assert script.body() == {"reason": "customer asked"}
    await call(handle.cancel())
    assert script.body() == {}
    with pytest.raises(errors.WorkflowNotFound):
        await call(client.get_activity_handle("nope").cancel())


async def test_activity_handle_cancel_checks_reason(kind: str) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument):
        await call(client.get_activity_handle("a").cancel(reason=5))  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgument):
        client.get_activity_handle("")
    assert script.requests == []
