"""Activity-task methods of the worker plane through ``httpx.MockTransport``."""

from __future__ import annotations

import httpx
import pytest

from durable_workflow import errors as e

from ._worker_plane_support import (
    FAST_RETRY,
    assert_worker_headers,
    worker_client,
)
from .conftest import Script, call, fake_blob, reply

# --------------------------------------------------------------------------- activity tasks


async def test_complete_activity_task_encodes_the_result(kind: str) -> None:
    answer = {"task_id": "at-1", "outcome": "completed", "recorded": True, "next_task_id": "wt-2"}
    script = Script([reply(200, answer)])
    client = worker_client(kind, script)
    result = await call(
        client.complete_activity_task(
            task_id="at-1",
            activity_attempt_id="aa-1",
            lease_owner="w1",
            result={"ok": True},
            activity_name="inventory.sync",
        )
    )
    assert result == answer
    assert script.last.url.path == "/api/worker/activity-tasks/at-1/complete"
    assert_worker_headers(script.last)
    assert script.body() == {
        "activity_attempt_id": "aa-1",
        "lease_owner": "w1",
        "result": {"codec": "avro", "blob": fake_blob({"ok": True})},
    }


async def test_complete_activity_task_none_result_is_an_envelope_too(kind: str) -> None:
    script = Script([reply(200, {"outcome": "completed"})])
    client = worker_client(kind, script)
    await call(
        client.complete_activity_task(
            task_id="at-1", activity_attempt_id="aa-1", lease_owner="w1", result=None
        )
    )
    assert script.body()["result"] == {"codec": "avro", "blob": fake_blob(None)}


async def test_fail_activity_task(kind: str) -> None:
    answer = {"task_id": "at-1", "outcome": "failed", "next_task_id": "at-2"}
    script = Script([reply(200, answer), reply(200, answer)])
    client = worker_client(kind, script)
    result = await call(
        client.fail_activity_task(
            task_id="at-1",
            activity_attempt_id="aa-1",
            lease_owner="w1",
            message="rejected",
            failure_type="UpstreamRejected",
            stack_trace="trace",
            non_retryable=True,
            details={"code": 7},
        )
    )
    await call(
        client.fail_activity_task(
            task_id="at-1", activity_attempt_id="aa-1", lease_owner="w1", message="m"
        )
    )
    assert result == answer
    assert script.requests[0].url.path == "/api/worker/activity-tasks/at-1/fail"
    assert script.body(0) == {
        "activity_attempt_id": "aa-1",
        "lease_owner": "w1",
        "failure": {
            "message": "rejected",
            "type": "UpstreamRejected",
            "stack_trace": "trace",
            "non_retryable": True,
            "details": {"codec": "avro", "blob": fake_blob({"code": 7})},
        },
    }
    assert script.body(1) == {
        "activity_attempt_id": "aa-1",
        "lease_owner": "w1",
        "failure": {"message": "m"},
    }


async def test_fail_activity_task_non_retryable_must_be_a_bool(kind: str) -> None:
    script = Script()
    client = worker_client(kind, script)
    with pytest.raises(e.InvalidArgument):
        await call(
            client.fail_activity_task(
                task_id="t",
                activity_attempt_id="a",
                lease_owner="w",
                message="m",
                non_retryable="yes",  # type: ignore[arg-type]
            )
        )
    assert script.requests == []


async def test_heartbeat_activity_task_returns_the_ack_even_when_cancelled(kind: str) -> None:
    ack = {
        "task_id": "at-1",
        "activity_attempt_id": "aa-1",
        "cancel_requested": True,
        "can_continue": False,
        "reason": "run_cancelled",
        "heartbeat_recorded": False,
    }
    script = Script([reply(200, ack), reply(200, {**ack, "cancel_requested": False})])
    client = worker_client(kind, script, retry_policy=FAST_RETRY)
    result = await call(
        client.heartbeat_activity_task(
            task_id="at-1", activity_attempt_id="aa-1", lease_owner="w1", details={"page": 3}
        )
    )
    assert result == ack
    await call(
        client.heartbeat_activity_task(task_id="at-1", activity_attempt_id="aa-1", lease_owner="w1")
    )
    assert script.requests[0].url.path == "/api/worker/activity-tasks/at-1/heartbeat"
    assert_worker_headers(script.requests[0])
    assert script.body(0) == {
        "activity_attempt_id": "aa-1",
        "lease_owner": "w1",
        "details": {"page": 3},
    }
    assert script.body(1) == {"activity_attempt_id": "aa-1", "lease_owner": "w1"}


async def test_heartbeat_activity_task_details_must_be_a_dict(kind: str) -> None:
    script = Script()
    client = worker_client(kind, script)
    with pytest.raises(e.InvalidArgument):
        await call(
            client.heartbeat_activity_task(
                task_id="at-1",
                activity_attempt_id="aa-1",
                lease_owner="w1",
                details=[1],  # type: ignore[arg-type]
            )
        )
    assert script.requests == []


async def test_heartbeat_activity_task_is_retried_completion_is_not(kind: str) -> None:
    script = Script(
        [
            httpx.ReadTimeout("slow"),
            reply(200, {"can_continue": True}),
            httpx.ReadTimeout("slow"),
        ]
    )
    client = worker_client(kind, script, retry_policy=FAST_RETRY)
    await call(
        client.heartbeat_activity_task(task_id="at-1", activity_attempt_id="aa-1", lease_owner="w1")
    )
    with pytest.raises(e.TransportTimeout):
        await call(
            client.complete_activity_task(
                task_id="at-1", activity_attempt_id="aa-1", lease_owner="w1", result=1
            )
        )
    assert len(script.requests) == 3


@pytest.mark.parametrize(
    ("status", "reason", "exc"),
    [
        (404, "task_not_found", e.NotFound),
        (404, "attempt_not_found", e.NotFound),
        (409, "task_mismatch", e.Conflict),
        (409, "lease_owner_mismatch", e.Conflict),
        (409, "stale_attempt", e.Conflict),
        (409, "run_cancelled", e.Conflict),
    ],
)
async def test_activity_task_ownership_refusals(
    kind: str, status: int, reason: str, exc: type[e.ServerError]
) -> None:
    body = {"task_id": "at-1", "activity_attempt_id": "aa-1", "reason": reason, "error": "no"}
    script = Script([reply(status, body)] * 3)
    client = worker_client(kind, script)
    ids = {"task_id": "at-1", "activity_attempt_id": "aa-1", "lease_owner": "w1"}
    for send in (
        lambda: client.complete_activity_task(**ids, result=1),
        lambda: client.fail_activity_task(**ids, message="m"),
        lambda: client.heartbeat_activity_task(**ids),
    ):
        with pytest.raises(exc) as info:
            await call(send())
        assert (info.value.status, info.value.reason) == (status, reason)
