"""Worker-plane methods through ``httpx.MockTransport``.

Credentials, registration and heartbeats, polls, workflow tasks and query tasks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import httpx
import pytest

from durable_workflow import errors as e
from durable_workflow.client._payloads import default_payload_codec
from durable_workflow.codec import decode_payload

from ._worker_plane_support import (
    CONTROL_TOKEN,
    FAST_RETRY,
    SHARED_TOKEN,
    TASK,
    assert_worker_headers,
    request_timeout,
    worker_client,
)
from .conftest import Script, call, fake_blob, make_client, reply

# --------------------------------------------------------------------------- credentials


async def test_worker_token_is_used_never_the_control_token(kind: str) -> None:
    script = Script([reply(201, {"worker_id": "w1", "registered": True})])
    client = worker_client(kind, script)
    await call(client.register_worker(worker_id="w1", task_queue="q"))
    assert_worker_headers(script.last)


async def test_shared_token_is_the_worker_fallback(kind: str) -> None:
    script = Script([reply(200, {"worker_id": "w1", "acknowledged": True})])
    client = make_client(kind, script)
    await call(client.heartbeat_worker(worker_id="w1"))
    assert_worker_headers(script.last, SHARED_TOKEN)


async def test_control_token_alone_cannot_call_the_worker_plane(kind: str) -> None:
    script = Script()
    client = make_client(kind, script, token=None, control_token=CONTROL_TOKEN)
    with pytest.raises(e.CredentialsError):
        await call(client.poll_activity_task(worker_id="w1", task_queue="q"))
    assert script.requests == []


# --------------------------------------------------------------------------- registration


async def test_register_worker_sends_required_fields_and_given_options(kind: str) -> None:
    ack = {"worker_id": "w1", "registered": True, "heartbeat_interval_seconds": 30}
    script = Script([reply(201, ack)])
    client = worker_client(kind, script)
    result = await call(
        client.register_worker(
            worker_id="w1",
            task_queue="orders",
            supported_workflow_types=["orders.fulfil"],
            workflow_definition_fingerprints={"orders.fulfil": "sha256:ab"},
            max_concurrent_workflow_tasks=4,
            max_concurrent_activity_tasks=8,
            build_id="b-1",
            capabilities=["query_tasks"],
            task_slots={"workflow_available": 4, "activity_available": 8},
            process_metrics={"process_id": 42},
            heartbeat_interval_seconds=30,
        )
    )
    assert result == ack
    request = script.last
    assert (request.method, request.url.path) == ("POST", "/api/worker/register")
    assert script.body() == {
        "worker_id": "w1",
        "task_queue": "orders",
        "runtime": "python",
        "sdk_version": f"durable-workflow-python/{__import__('durable_workflow').__version__}",
        "supported_workflow_types": ["orders.fulfil"],
        "supported_activity_types": [],
        "workflow_definition_fingerprints": {"orders.fulfil": "sha256:ab"},
        "capabilities": ["query_tasks"],
        "build_id": "b-1",
        "max_concurrent_workflow_tasks": 4,
        "max_concurrent_activity_tasks": 8,
        "task_slots": {"workflow_available": 4, "activity_available": 8},
        "process_metrics": {"process_id": 42},
        "heartbeat_interval_seconds": 30,
    }


async def test_register_worker_minimal_body(kind: str) -> None:
    script = Script([reply(201, {"worker_id": "w1", "registered": True})])
    client = worker_client(kind, script)
    await call(
        client.register_worker(worker_id="w1", task_queue="q", runtime="go", sdk_version="x/1")
    )
    assert script.body() == {
        "worker_id": "w1",
        "task_queue": "q",
        "runtime": "go",
        "sdk_version": "x/1",
        "supported_workflow_types": [],
        "supported_activity_types": [],
    }


@pytest.mark.parametrize(
    "kwargs",
    [
        {"runtime": "cobol"},
        {"worker_id": ""},
        {"task_queue": "   "},
        {"supported_workflow_types": "orders"},
        {"supported_activity_types": ["ok", ""]},
        {"max_concurrent_workflow_tasks": 0},
        {"max_concurrent_activity_tasks": True},
        {"heartbeat_interval_seconds": 0},
        {"task_slots": {"workflow_available": -1}},
        {"process_metrics": ["cpu"]},
        {"workflow_definition_fingerprints": {"a": 1}},
        {"sdk_version": "x" * 65},
    ],
)
async def test_register_worker_rejects_bad_arguments_before_sending(
    kind: str, kwargs: dict[str, Any]
) -> None:
    script = Script()
    client = worker_client(kind, script)
    args: dict[str, Any] = {"worker_id": "w1", "task_queue": "q", **kwargs}
    with pytest.raises(e.InvalidArgument):
        await call(client.register_worker(**args))
    assert script.requests == []


async def test_register_worker_definition_change_is_a_conflict(kind: str) -> None:
    body = {"reason": "workflow_definition_changed", "error": "changed", "workflow_type": "t"}
    script = Script([reply(409, body)])
    client = worker_client(kind, script)
    with pytest.raises(e.Conflict) as info:
        await call(client.register_worker(worker_id="w1", task_queue="q"))
    assert info.value.reason == "workflow_definition_changed"
    assert info.value.body["workflow_type"] == "t"


async def test_heartbeat_worker_body_and_ack(kind: str) -> None:
    ack = {"worker_id": "w1", "acknowledged": True, "stale_after_seconds": 60}
    script = Script([reply(200, ack)])
    client = worker_client(kind, script)
    result = await call(
        client.heartbeat_worker(
            worker_id="w1",
            task_slots={"workflow_available": 2},
            process_metrics={"cpu_percent": 1.5, "host": "h"},
            heartbeat_interval_seconds=15,
        )
    )
    assert result == ack
    assert script.last.url.path == "/api/worker/heartbeat"
    assert_worker_headers(script.last)
    assert script.body() == {
        "worker_id": "w1",
        "task_slots": {"workflow_available": 2},
        "process_metrics": {"cpu_percent": 1.5, "host": "h"},
        "heartbeat_interval_seconds": 15,
    }


async def test_heartbeat_worker_unregistered(kind: str) -> None:
    body = {"reason": "worker_not_registered", "error": "Worker not registered.", "worker_id": "w"}
    script = Script([reply(404, body)])
    client = worker_client(kind, script)
    with pytest.raises(e.WorkerNotRegistered) as info:
        await call(client.heartbeat_worker(worker_id="w"))
    assert info.value.status == 404


async def test_heartbeat_worker_is_retried_on_503(kind: str) -> None:
    script = Script([reply(503, {"reason": "backend_unavailable"}), reply(200, {"ok": 1})])
    client = worker_client(kind, script, retry_policy=FAST_RETRY)
    assert await call(client.heartbeat_worker(worker_id="w1")) == {"ok": 1}
    assert len(script.requests) == 2


# --------------------------------------------------------------------------- polls


async def test_poll_workflow_task_request_and_task(kind: str) -> None:
    script = Script([reply(200, {"task": TASK, "protocol_version": "1.20"})])
    client = worker_client(kind, script)
    task = await call(
        client.poll_workflow_task(
            worker_id="w1", task_queue="orders", build_id="b-1", history_page_size=2
        )
    )
    assert task == TASK  # the raw task: payloads stay encoded
    request = script.last
    assert (request.method, request.url.path) == ("POST", "/api/worker/workflow-tasks/poll")
    assert_worker_headers(request)
    body = script.body()
    poll_id = body.pop("poll_request_id")
    assert poll_id.startswith("wf-poll-") and len(poll_id) == len("wf-poll-") + 32
    assert body == {
        "worker_id": "w1",
        "task_queue": "orders",
        "timeout_seconds": 35,
        "build_id": "b-1",
        "history_page_size": 2,
    }
    assert request_timeout(request) == 40.0


async def test_poll_workflow_task_empty_poll_is_none(kind: str) -> None:
    script = Script([reply(200, {"task": None, "protocol_version": "1.20"})])
    client = worker_client(kind, script)
    assert await call(client.poll_workflow_task(worker_id="w1", task_queue="q")) is None


async def test_poll_http_timeout_is_none(kind: str) -> None:
    script = Script([httpx.ReadTimeout("slow")])
    client = worker_client(kind, script)
    assert await call(client.poll_activity_task(worker_id="w1", task_queue="q")) is None
    assert len(script.requests) == 1


async def test_poll_connect_timeout_is_raised_not_an_empty_poll(kind: str) -> None:
    script = Script([httpx.ConnectTimeout("unreachable")])
    client = worker_client(kind, script)
    with pytest.raises(e.TransportTimeout):
        await call(client.poll_workflow_task(worker_id="w1", task_queue="q"))


async def test_poll_retry_keeps_the_poll_request_id(kind: str) -> None:
    script = Script([httpx.ReadTimeout("slow"), reply(200, {"task": TASK})])
    client = worker_client(kind, script, retry_policy=FAST_RETRY)
    assert await call(client.poll_workflow_task(worker_id="w1", task_queue="q")) == TASK
    first, second = (json.loads(r.content) for r in script.requests)
    assert first == second


async def test_poll_is_retried_on_503_but_each_call_has_its_own_id(kind: str) -> None:
    script = Script(
        [
            reply(503, {"reason": "backend_unavailable"}),
            reply(200, {"task": None}),
            reply(200, {"task": None}),
        ]
    )
    client = worker_client(kind, script, retry_policy=FAST_RETRY)
    await call(client.poll_query_task(worker_id="w1", task_queue="q"))
    await call(client.poll_query_task(worker_id="w1", task_queue="q"))
    ids = [json.loads(r.content)["poll_request_id"] for r in script.requests]
    assert ids[0] == ids[1] != ids[2]
    assert all(i.startswith("query-poll-") for i in ids)


async def test_poll_request_id_may_be_given(kind: str) -> None:
    script = Script([reply(200, {"task": None})])
    client = worker_client(kind, script)
    await call(client.poll_activity_task(worker_id="w1", task_queue="q", poll_request_id="p-7"))
    assert script.body()["poll_request_id"] == "p-7"


@pytest.mark.parametrize(
    ("timeout", "window", "http_timeout"),
    [(35.0, 35, 40.0), (0, 0, 5.0), (0.5, 0, 5.0), (1.2, 2, 7.0), (90, 60, 90.0)],
)
async def test_poll_window_and_http_timeout(
    kind: str, timeout: float, window: int, http_timeout: float
) -> None:
    script = Script([reply(200, {"task": None})])
    client = worker_client(kind, script)
    await call(client.poll_activity_task(worker_id="w1", task_queue="q", timeout=timeout))
    assert script.body()["timeout_seconds"] == window
    assert request_timeout(script.last) == http_timeout


async def test_poll_http_timeout_outlasts_the_advertised_window(kind: str) -> None:
    script = Script([reply(200, {"task": None})])
    client = worker_client(kind, script)
    client._core.cluster_info = {
        "worker_protocol": {"version": "1.20", "server_capabilities": {"long_poll_timeout": 50}}
    }
    await call(client.poll_workflow_task(worker_id="w1", task_queue="q", timeout=10))
    assert script.body()["timeout_seconds"] == 10
    assert request_timeout(script.last) == 55.0


@pytest.mark.parametrize("timeout", [-1, float("nan"), float("inf"), True, "5"])
async def test_poll_rejects_bad_timeouts(kind: str, timeout: Any) -> None:
    script = Script()
    client = worker_client(kind, script)
    with pytest.raises(e.InvalidArgument):
        await call(client.poll_workflow_task(worker_id="w1", task_queue="q", timeout=timeout))
    assert script.requests == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"history_page_size": 0},
        {"history_page_size": 1001},
        {"task_kinds": []},
        {"task_kinds": ["workflow", "workflow"]},
        {"task_kinds": ["activity"]},
        {"build_id": ""},
        {"worker_id": None},
    ],
)
async def test_poll_workflow_task_rejects_bad_arguments(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    client = worker_client(kind, script)
    args: dict[str, Any] = {"worker_id": "w1", "task_queue": "q", **kwargs}
    with pytest.raises(e.InvalidArgument):
        await call(client.poll_workflow_task(**args))
    assert script.requests == []


async def test_poll_workflow_task_kinds(kind: str) -> None:
    script = Script([reply(200, {"task": None})])
    client = worker_client(kind, script)
    kinds = ["workflow", "update_validation"]
    await call(client.poll_workflow_task(worker_id="w1", task_queue="q", task_kinds=kinds))
    assert script.body()["task_kinds"] == kinds


async def test_poll_query_and_activity_requests(kind: str) -> None:
    query_task = {"query_task_id": "qt-1", "query_task_attempt": 1, "query_name": "status"}
    activity_task = {"task_id": "at-1", "activity_attempt_id": "aa-1", "attempt_number": 1}
    script = Script([reply(200, {"task": query_task}), reply(200, {"task": activity_task})])
    client = worker_client(kind, script)
    got_query = await call(client.poll_query_task(worker_id="w1", task_queue="q", timeout=5))
    got_activity = await call(
        client.poll_activity_task(worker_id="w1", task_queue="q", build_id="b")
    )
    assert (got_query, got_activity) == (query_task, activity_task)
    paths = [r.url.path for r in script.requests]
    assert paths == ["/api/worker/query-tasks/poll", "/api/worker/activity-tasks/poll"]
    bodies = [json.loads(r.content) for r in script.requests]
    for body in bodies:
        body.pop("poll_request_id")
    assert bodies == [
        {"worker_id": "w1", "task_queue": "q", "timeout_seconds": 5},
        {"worker_id": "w1", "task_queue": "q", "timeout_seconds": 35, "build_id": "b"},
    ]
    for request in script.requests:
        assert_worker_headers(request)


async def test_poll_answer_without_an_object_task_is_unexpected(kind: str) -> None:
    script = Script([reply(200, {"task": ["not", "a", "task"]})])
    client = worker_client(kind, script)
    with pytest.raises(e.UnexpectedResponse):
        await call(client.poll_workflow_task(worker_id="w1", task_queue="q"))


@pytest.mark.parametrize(
    ("status", "reason", "exc"),
    [
        (412, "worker_not_registered", e.WorkerNotRegistered),
        (409, "task_queue_mismatch", e.Conflict),
        (409, "build_id_mismatch", e.Conflict),
        (400, "unsupported_protocol_version", e.UnsupportedProtocolVersion),
        (429, "long_poll_capacity_exhausted", e.RateLimited),
    ],
)
async def test_poll_refusals(kind: str, status: int, reason: str, exc: type[Exception]) -> None:
    script = Script([reply(status, {"reason": reason, "error": reason})])
    client = worker_client(kind, script)
    with pytest.raises(exc) as info:
        await call(client.poll_workflow_task(worker_id="w1", task_queue="q"))
    assert info.value.reason == reason  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- workflow tasks

COMMANDS = [
    {"type": "schedule_activity", "activity_type": "a", "arguments": {"codec": "avro", "blob": "x"}}
]


async def test_complete_workflow_task(kind: str) -> None:
    answer = {"task_id": "wt/1", "outcome": "completed", "recorded": True, "run_status": "waiting"}
    script = Script([reply(200, answer)])
    client = worker_client(kind, script)
    result = await call(
        client.complete_workflow_task(
            task_id="wt/1", lease_owner="w1", workflow_task_attempt=2, commands=COMMANDS
        )
    )
    assert result == answer
    assert script.last.url.raw_path == b"/api/worker/workflow-tasks/wt%2F1/complete"
    assert_worker_headers(script.last)
    assert script.body() == {"lease_owner": "w1", "workflow_task_attempt": 2, "commands": COMMANDS}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"commands": []},
        {"commands": {"type": "complete_workflow"}},
        {"commands": ["complete_workflow"]},
        {"commands": [{"result": None}]},
        {"workflow_task_attempt": 0},
        {"workflow_task_attempt": True},
        {"lease_owner": ""},
        {"task_id": ""},
    ],
)
async def test_complete_workflow_task_rejects_bad_arguments(
    kind: str, kwargs: dict[str, Any]
) -> None:
    script = Script()
    client = worker_client(kind, script)
    args: dict[str, Any] = {
        "task_id": "wt-1",
        "lease_owner": "w1",
        "workflow_task_attempt": 1,
        "commands": COMMANDS,
        **kwargs,
    }
    with pytest.raises(e.InvalidArgument):
        await call(client.complete_workflow_task(**args))
    assert script.requests == []


@pytest.mark.parametrize(
    ("status", "reason", "exc"),
    [
        (409, "lease_expired", e.Conflict),
        (409, "lease_owner_mismatch", e.Conflict),
        (409, "workflow_task_attempt_mismatch", e.Conflict),
        (409, "task_not_leased", e.Conflict),
        (409, "run_closed", e.Conflict),
        (404, "task_not_found", e.NotFound),
    ],
)
async def test_workflow_task_lease_refusals(
    kind: str, status: int, reason: str, exc: type[e.ServerError]
) -> None:
    body = {"task_id": "wt-1", "reason": reason, "error": "refused", "workflow_task_attempt": 1}
    script = Script([reply(status, body)] * 3)
    client = worker_client(kind, script)
    for method, extra in (
        (client.complete_workflow_task, {"commands": COMMANDS}),
        (client.fail_workflow_task, {"message": "boom"}),
        (client.workflow_task_history, {"next_history_page_token": "NTAw"}),
    ):
        with pytest.raises(exc) as info:
            await call(method(task_id="wt-1", lease_owner="w1", workflow_task_attempt=1, **extra))
        assert (info.value.status, info.value.reason) == (status, reason)
        assert info.value.body["task_id"] == "wt-1"


async def test_complete_workflow_task_invalid_commands_and_no_retry(kind: str) -> None:
    script = Script(
        [
            reply(422, {"reason": "validation_failed", "errors": {"commands.0.type": ["bad"]}}),
            reply(503, {"reason": "backend_unavailable"}),
        ]
    )
    client = worker_client(kind, script, retry_policy=FAST_RETRY)
    with pytest.raises(e.InvalidArgument) as info:
        await call(
            client.complete_workflow_task(
                task_id="wt-1", lease_owner="w1", workflow_task_attempt=1, commands=COMMANDS
            )
        )
    assert info.value.errors == {"commands.0.type": ["bad"]}
    with pytest.raises(e.ServiceUnavailable):
        await call(
            client.complete_workflow_task(
                task_id="wt-1", lease_owner="w1", workflow_task_attempt=1, commands=COMMANDS
            )
        )
    assert len(script.requests) == 2  # a completion is never repeated


async def test_fail_workflow_task(kind: str) -> None:
    answer = {"task_id": "wt-1", "outcome": "failed", "recorded": True, "next_task_id": None}
    script = Script([reply(200, answer), reply(200, answer)])
    client = worker_client(kind, script)
    result = await call(
        client.fail_workflow_task(
            task_id="wt-1",
            lease_owner="w1",
            workflow_task_attempt=3,
            message="non-deterministic",
            failure_type="NonDeterminism",
            stack_trace="line 1",
        )
    )
    await call(
        client.fail_workflow_task(
            task_id="wt-1", lease_owner="w1", workflow_task_attempt=3, message="m"
        )
    )
    assert result == answer
    assert script.requests[0].url.path == "/api/worker/workflow-tasks/wt-1/fail"
    assert script.body(0) == {
        "lease_owner": "w1",
        "workflow_task_attempt": 3,
        "failure": {
            "message": "non-deterministic",
            "type": "NonDeterminism",
            "stack_trace": "line 1",
        },
    }
    assert script.body(1)["failure"] == {"message": "m"}


async def test_workflow_task_history(kind: str) -> None:
    page = {"task_id": "wt-1", "history_events": [], "next_history_page_token": None}
    script = Script([reply(200, page), reply(200, page)])
    client = worker_client(kind, script)
    assert (
        await call(
            client.workflow_task_history(
                task_id="wt-1",
                next_history_page_token="Mg==",
                lease_owner="w1",
                workflow_task_attempt=1,
            )
        )
        == page
    )
    await call(
        client.workflow_task_history(
            task_id="wt-1", page_token="Mw==", lease_owner="w1", workflow_task_attempt=1
        )
    )
    assert script.requests[0].url.path == "/api/worker/workflow-tasks/wt-1/history"
    assert script.body(0) == {
        "next_history_page_token": "Mg==",
        "lease_owner": "w1",
        "workflow_task_attempt": 1,
    }
    assert script.body(1)["next_history_page_token"] == "Mw=="


@pytest.mark.parametrize(
    "tokens",
    [{}, {"next_history_page_token": "a", "page_token": "b"}, {"next_history_page_token": ""}],
)
async def test_workflow_task_history_token_rules(kind: str, tokens: dict[str, Any]) -> None:
    script = Script()
    client = worker_client(kind, script)
    with pytest.raises(e.InvalidArgument):
        await call(
            client.workflow_task_history(
                task_id="wt-1", lease_owner="w1", workflow_task_attempt=1, **tokens
            )
        )
    assert script.requests == []


async def test_workflow_task_history_same_token_twice_is_accepted(kind: str) -> None:
    script = Script([reply(200, {"history_events": []})])
    client = worker_client(kind, script)
    await call(
        client.workflow_task_history(
            task_id="wt-1",
            next_history_page_token="a",
            page_token="a",
            lease_owner="w1",
            workflow_task_attempt=1,
        )
    )
    assert script.body()["next_history_page_token"] == "a"


async def test_workflow_task_history_bad_token_answer(kind: str) -> None:
    script = Script([reply(400, {"reason": "invalid_page_token", "error": "Invalid token."})])
    client = worker_client(kind, script)
    with pytest.raises(e.InvalidArgument) as info:
        await call(
            client.workflow_task_history(
                task_id="wt-1",
                next_history_page_token="!",
                lease_owner="w1",
                workflow_task_attempt=1,
            )
        )
    assert info.value.reason == "invalid_page_token"


# --------------------------------------------------------------------------- query tasks


async def test_complete_query_task_sends_result_and_envelope(kind: str) -> None:
    answer = {"query_task_id": "qt-1", "query_task_attempt": 1, "outcome": "completed"}
    script = Script([reply(200, answer)])
    client = worker_client(kind, script)
    value = {"status": "ready", "open_items": [1, 2]}
    result = await call(
        client.complete_query_task(
            query_task_id="qt-1", lease_owner="w1", query_task_attempt=1, result=value
        )
    )
    assert result == answer
    assert script.last.url.path == "/api/worker/query-tasks/qt-1/complete"
    assert_worker_headers(script.last)
    assert script.body() == {
        "lease_owner": "w1",
        "query_task_attempt": 1,
        "result": value,
        "result_envelope": {"codec": "avro", "blob": fake_blob(value)},
    }


@dataclasses.dataclass
class Status:
    when: dt.date
    count: int


async def test_complete_query_task_non_json_result_travels_in_the_envelope_only(kind: str) -> None:
    script = Script([reply(200, {"outcome": "completed"})])
    client = worker_client(kind, script)
    client._core.payloads = default_payload_codec(
        payload_size_limit_bytes=1 << 20,
        payload_size_warning_threshold_percent=80,
        payload_size_warnings=True,
        external_storage=None,
        external_storage_threshold_bytes=None,
        external_storage_cache=None,
    )
    value = Status(when=dt.date(2026, 1, 2), count=3)
    await call(
        client.complete_query_task(
            query_task_id="qt-1", lease_owner="w1", query_task_attempt=1, result=value
        )
    )
    body = script.body()
    assert body["result"] is None
    assert body["result_envelope"]["codec"] == "avro"
    decoded = decode_payload(body["result_envelope"])
    assert decoded["count"] == 3


@pytest.mark.parametrize("codec", ["json", "AVRO", None])
async def test_payload_methods_refuse_other_codecs(kind: str, codec: Any) -> None:
    script = Script()
    client = worker_client(kind, script)
    with pytest.raises(e.UnsupportedPayloadCodec):
        await call(
            client.complete_query_task(
                query_task_id="qt-1", lease_owner="w1", query_task_attempt=1, result=1, codec=codec
            )
        )
    with pytest.raises(e.UnsupportedPayloadCodec):
        await call(
            client.complete_activity_task(
                task_id="t", activity_attempt_id="a", lease_owner="w", result=1, codec=codec
            )
        )
    with pytest.raises(e.UnsupportedPayloadCodec):
        await call(
            client.fail_activity_task(
                task_id="t", activity_attempt_id="a", lease_owner="w", message="m", codec=codec
            )
        )
    assert script.requests == []


async def test_fail_query_task(kind: str) -> None:
    answer = {"query_task_id": "qt-1", "outcome": "failed", "reason": "rejected_unknown_query"}
    script = Script([reply(200, answer), reply(200, answer)])
    client = worker_client(kind, script)
    result = await call(
        client.fail_query_task(
            query_task_id="qt-1",
            lease_owner="w1",
            query_task_attempt=2,
            message="unknown query",
            reason="rejected_unknown_query",
            failure_type="QueryFailed",
            stack_trace="trace",
        )
    )
    await call(
        client.fail_query_task(
            query_task_id="qt-1", lease_owner="w1", query_task_attempt=2, message="m"
        )
    )
    assert result == answer
    assert script.requests[0].url.path == "/api/worker/query-tasks/qt-1/fail"
    assert script.body(0) == {
        "lease_owner": "w1",
        "query_task_attempt": 2,
        "failure": {
            "message": "unknown query",
            "reason": "rejected_unknown_query",
            "type": "QueryFailed",
            "stack_trace": "trace",
        },
    }
    assert script.body(1)["failure"] == {"message": "m", "reason": "query_rejected"}


@pytest.mark.parametrize(
    ("status", "reason", "exc"),
    [
        (404, "query_task_not_found", e.NotFound),
        (409, "query_task_not_leased", e.Conflict),
        (409, "lease_owner_mismatch", e.Conflict),
        (409, "query_task_attempt_mismatch", e.Conflict),
        (409, "lease_expired", e.Conflict),
    ],
)
async def test_query_task_lease_refusals(
    kind: str, status: int, reason: str, exc: type[e.ServerError]
) -> None:
    body = {"query_task_id": "qt-1", "outcome": "rejected", "reason": reason, "error": "no"}
    script = Script([reply(status, body)] * 2)
    client = worker_client(kind, script)
    with pytest.raises(exc) as info:
        await call(
            client.complete_query_task(
                query_task_id="qt-1", lease_owner="w1", query_task_attempt=1, result=1
            )
        )
    assert (info.value.status, info.value.reason) == (status, reason)
    with pytest.raises(exc):
        await call(
            client.fail_query_task(
                query_task_id="qt-1", lease_owner="w1", query_task_attempt=1, message="m"
            )
        )
