"""Signal, query, update, cancel, terminate, repair and archive through ``httpx.MockTransport``."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import WorkflowCommandResult

from .conftest import FakePayloads, Script, call, fake_blob, make_client, reply

HEX_ID = re.compile(r"^sdk-python-(signal|update)-[0-9a-f]{32}$")

CLUSTER_INFO: dict[str, Any] = {
    "control_plane": {
        "version": "2",
        "request_contract": {
            "operations": {
                "update": {"fields": {"wait_for": {"canonical_values": ["accepted", "completed"]}}}
            }
        },
    },
    "worker_protocol": {"version": "1.20", "server_capabilities": {"query_tasks": True}},
}


def client_with_discovery(kind: str, script: Script, info: Any = CLUSTER_INFO, **kw: Any) -> Any:
    """A client whose discovery document is already cached (no cluster-info request)."""
    client = make_client(kind, script, **kw)
    client._core.cluster_info = info
    return client


def decoded(envelope: dict[str, Any]) -> Any:
    return FakePayloads().decode(envelope)


def receipt(**extra: Any) -> dict[str, Any]:
    return {
        "workflow_id": "wf",
        "run_id": "r1",
        "command_id": "cmd-1",
        "command_status": "accepted",
        "outcome": "signal_received",
        "signal_name": "approve",
        "control_plane": {"operation": "signal"},
        **extra,
    }


# --------------------------------------------------------------------------- signal


async def test_signal_sends_envelope_and_generated_request_id(kind: str) -> None:
    script = Script([reply(202, receipt())])
    client = make_client(kind, script)
    result = await call(client.signal_workflow("wf", "approve", args=[{"by": "ada"}, 2]))
    sent = script.last
    assert (sent.method, sent.url.path) == ("POST", "/api/workflows/wf/signal/approve")
    body = script.body()
    assert set(body) == {"input", "request_id"}
    assert body["input"]["codec"] == "avro"
    assert decoded(body["input"]) == [{"by": "ada"}, 2]
    assert HEX_ID.match(body["request_id"])
    assert result["outcome"] == "signal_received"
    assert result["request_id"] == body["request_id"]


async def test_signal_without_args_sends_only_the_request_id(kind: str) -> None:
    script = Script([reply(202, receipt(request_id="mine"))])
    result = await call(
        make_client(kind, script).signal_workflow("wf", "approve", args=[], request_id="mine")
    )
    assert script.body() == {"request_id": "mine"}
    assert result["request_id"] == "mine"


async def test_signal_request_ids_differ_per_call(kind: str) -> None:
    script = Script([reply(202, receipt()), reply(202, receipt())])
    client = make_client(kind, script)
    await call(client.signal_workflow("wf", "approve"))
    await call(client.signal_workflow("wf", "approve"))
    first, second = script.body(0)["request_id"], script.body(1)["request_id"]
    assert first != second and HEX_ID.match(first) and HEX_ID.match(second)


async def test_signal_run_targeted_route(kind: str) -> None:
    script = Script([reply(202, receipt(run_id="r7"))])
    await call(make_client(kind, script).signal_workflow("wf", "go", run_id="r7", request_id="k"))
    assert script.last.url.path == "/api/workflows/wf/runs/r7/signal/go"
    assert script.body() == {"request_id": "k"}


async def test_signal_names_are_percent_encoded(kind: str) -> None:
    script = Script([reply(202, receipt())])
    await call(make_client(kind, script).signal_workflow("wf", "a/b c"))
    assert script.last.url.raw_path == b"/api/workflows/wf/signal/a%2Fb%20c"


async def test_signal_to_a_historical_run_is_signal_failed(kind: str) -> None:
    body = {
        "message": "Only the current run accepts commands.",
        "workflow_id": "wf",
        "run_id": "old",
        "reason": "historical_run_command_rejected",
        "target_scope": "run",
        "control_plane": {"operation": "signal"},
    }
    script = Script([reply(409, body)])
    with pytest.raises(errors.SignalFailed) as info:
        await call(make_client(kind, script).signal_workflow("wf", "go", run_id="old"))
    assert info.value.reason == "historical_run_command_rejected"


@pytest.mark.parametrize(
    ("status", "reason", "exc"),
    [
        (404, "unknown_signal", errors.SignalFailed),
        (404, "instance_not_found", errors.WorkflowNotFound),
        (409, "run_not_active", errors.SignalFailed),
        (422, "invalid_signal_arguments", errors.SignalFailed),
        (409, "request_id_conflict", errors.SignalFailed),
    ],
)
async def test_signal_error_mapping(
    kind: str, status: int, reason: str, exc: type[Exception]
) -> None:
    script = Script([reply(status, {"reason": reason, "message": reason})])
    with pytest.raises(exc):
        await call(make_client(kind, script).signal_workflow("wf", "go"))


async def test_signal_is_retried_on_5xx_with_the_same_request_id(kind: str) -> None:
    from durable_workflow.client import TransportRetryPolicy

    script = Script([reply(503, {"reason": "unavailable"}), reply(202, receipt())])
    policy = TransportRetryPolicy(max_attempts=2, initial_backoff_seconds=0, jitter=False)
    await call(make_client(kind, script, retry_policy=policy).signal_workflow("wf", "go"))
    assert len(script.requests) == 2
    assert script.body(0)["request_id"] == script.body(1)["request_id"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"workflow_id": "", "signal_name": "go"},
        {"workflow_id": "wf", "signal_name": ""},
        {"workflow_id": "wf", "signal_name": "bad\nname"},
        {"workflow_id": "wf", "signal_name": "go", "args": "not-a-list"},
        {"workflow_id": "wf", "signal_name": "go", "request_id": ""},
        {"workflow_id": "wf", "signal_name": "go", "request_id": "x" * 256},
        {"workflow_id": "wf", "signal_name": "go", "run_id": ""},
    ],
)
async def test_signal_validation(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).signal_workflow(**kwargs))
    assert script.requests == []


# --------------------------------------------------------------------------- query


def query_answer(value: Any, *, envelope: bool = True) -> dict[str, Any]:
    return {
        "workflow_id": "wf",
        "run_id": "r1",
        "target_scope": "instance",
        "query_name": "status",
        "result": "server-decoded",
        "result_envelope": {"codec": "avro", "blob": fake_blob(value)} if envelope else None,
        "reason": None,
        "control_plane": {"operation": "query"},
    }


async def test_query_returns_the_decoded_result(kind: str) -> None:
    script = Script([reply(200, query_answer({"state": "busy"}))])
    client = client_with_discovery(kind, script)
    value = await call(client.query_workflow("wf", "status", args=["verbose"]))
    assert value == {"state": "busy"}
    assert (script.last.method, script.last.url.path) == ("POST", "/api/workflows/wf/query/status")
    body = script.body()
    assert set(body) == {"input"} and decoded(body["input"]) == ["verbose"]


async def test_query_without_args_sends_an_empty_object(kind: str) -> None:
    script = Script([reply(200, query_answer(None, envelope=False))])
    value = await call(client_with_discovery(kind, script).query_workflow("wf", "status"))
    assert script.body() == {}
    assert value == "server-decoded"


async def test_query_reads_discovery_once(kind: str) -> None:
    script = Script(
        [
            reply(200, CLUSTER_INFO),
            reply(200, query_answer(1)),
            reply(200, query_answer(2)),
        ]
    )
    client = make_client(kind, script)
    assert await call(client.query_workflow("wf", "status")) == 1
    assert await call(client.query_workflow("wf", "status")) == 2
    assert [r.url.path for r in script.requests] == [
        "/api/cluster/info",
        "/api/workflows/wf/query/status",
        "/api/workflows/wf/query/status",
    ]


async def test_query_refused_when_the_server_has_no_query_tasks(kind: str) -> None:
    info = {"worker_protocol": {"server_capabilities": {"query_tasks": False}}}
    script = Script()
    with pytest.raises(errors.QueryFailed) as raised:
        await call(client_with_discovery(kind, script, info).query_workflow("wf", "status"))
    assert raised.value.reason == "query_tasks_unsupported"
    assert script.requests == []


async def test_query_sent_when_discovery_is_silent(kind: str) -> None:
    script = Script([reply(200, query_answer("ok"))])
    client = client_with_discovery(kind, script, {"worker_protocol": {"version": "1.0"}})
    assert await call(client.query_workflow("wf", "status")) == "ok"


@pytest.mark.parametrize(
    ("status", "reason", "exc"),
    [
        (404, "query_not_found", errors.QueryFailed),
        (404, "rejected_unknown_query", errors.QueryFailed),
        (404, "instance_not_found", errors.WorkflowNotFound),
        (409, "query_rejected", errors.QueryFailed),
        (409, "query_worker_unavailable", errors.QueryFailed),
        (409, "workflow_definition_unavailable", errors.QueryFailed),
        (422, "invalid_query_arguments", errors.QueryFailed),
        (422, "validation_failed", errors.InvalidArgument),
        (429, "query_task_queue_full", errors.RateLimited),
        (503, "query_task_queue_unavailable", errors.ServiceUnavailable),
        (504, "query_worker_timeout", errors.QueryFailed),
    ],
)
async def test_query_error_mapping(
    kind: str, status: int, reason: str, exc: type[Exception]
) -> None:
    body = {
        "workflow_id": "wf",
        "query_name": "status",
        "result": None,
        "reason": reason,
        "message": f"query refused: {reason}",
        "control_plane": {"operation": "query"},
    }
    script = Script([reply(status, body)])
    with pytest.raises(exc) as info:
        await call(client_with_discovery(kind, script).query_workflow("wf", "status"))
    assert getattr(info.value, "reason", None) == reason


@pytest.mark.parametrize(
    "kwargs",
    [
        {"workflow_id": "", "query_name": "q"},
        {"workflow_id": "wf", "query_name": ""},
        {"workflow_id": "wf", "query_name": "q", "args": {"a": 1}},
    ],
)
async def test_query_validation(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(client_with_discovery(kind, script).query_workflow(**kwargs))
    assert script.requests == []


# --------------------------------------------------------------------------- update


def update_answer(status: str = "completed", **extra: Any) -> dict[str, Any]:
    return {
        "workflow_id": "wf",
        "run_id": "r1",
        "command_id": "cmd-9",
        "command_status": "accepted",
        "outcome": "update_completed" if status == "completed" else "update_accepted",
        "update_name": "set",
        "update_id": "upd-1",
        "update_status": status,
        "result": None,
        "result_envelope": None,
        "wait_for": "completed",
        "wait_timed_out": False,
        "control_plane": {"operation": "update"},
        **extra,
    }


async def test_update_completed_decodes_the_result(kind: str) -> None:
    answer = update_answer(result="x", result_envelope={"codec": "avro", "blob": fake_blob([1])})
    script = Script([reply(200, answer)])
    client = client_with_discovery(kind, script)
    result = await call(
        client.update_workflow(
            "wf", "set", args=["x"], wait_for="completed", wait_timeout_seconds=5
        )
    )
    assert (script.last.method, script.last.url.path) == ("POST", "/api/workflows/wf/update/set")
    body = script.body()
    assert decoded(body.pop("input")) == ["x"]
    request_id = body.pop("request_id")
    assert HEX_ID.match(request_id) and request_id.startswith("sdk-python-update-")
    assert body == {"wait_for": "completed", "wait_timeout_seconds": 5}
    assert result["update_status"] == "completed"
    assert result["result"] == [1]
    assert result["request_id"] == request_id


async def test_update_accepted_with_202(kind: str) -> None:
    answer = update_answer("accepted", wait_for="accepted", request_id="mine")
    script = Script([reply(202, answer)])
    result = await call(
        client_with_discovery(kind, script).update_workflow("wf", "set", request_id="mine")
    )
    assert script.body() == {"request_id": "mine"}
    assert result["update_status"] == "accepted" and result["result"] is None


async def test_update_wait_timed_out_raises_a_typed_timeout(kind: str) -> None:
    answer = update_answer("accepted", wait_timed_out=True, wait_timeout_seconds=5)
    script = Script([reply(202, answer)])
    with pytest.raises(errors.UpdateWaitTimeout, match="after 5s") as caught:
        await call(
            client_with_discovery(kind, script).update_workflow("wf", "set", wait_for="completed")
        )
    exc = caught.value
    assert isinstance(exc, TimeoutError)
    assert (exc.workflow_id, exc.update_name, exc.update_status) == ("wf", "set", "accepted")
    assert exc.update_id == answer.get("update_id")
    assert exc.body["wait_timed_out"] is True


async def test_update_handler_failure_is_update_failed(kind: str) -> None:
    body = update_answer(
        "failed", outcome="update_failed", failure_message="boom", reason="update_failed"
    )
    script = Script([reply(422, body)])
    with pytest.raises(errors.UpdateFailed) as info:
        await call(client_with_discovery(kind, script).update_workflow("wf", "set"))
    assert "boom" in str(info.value)


@pytest.mark.parametrize(
    ("status", "reason", "exc"),
    [
        (404, "unknown_update", errors.UpdateRejected),
        (404, "instance_not_found", errors.WorkflowNotFound),
        (409, "run_not_active", errors.UpdateRejected),
        (409, "earlier_signal_pending", errors.UpdateRejected),
        (409, "update_validator_rejected", errors.UpdateRejected),
        (422, "update_validator_rejected", errors.UpdateRejected),
        (409, "request_id_conflict", errors.UpdateFailed),
        (422, "validation_failed", errors.InvalidArgument),
    ],
)
async def test_update_error_mapping(
    kind: str, status: int, reason: str, exc: type[Exception]
) -> None:
    body = {"reason": reason, "message": reason, "control_plane": {"operation": "update"}}
    script = Script([reply(status, body)])
    with pytest.raises(exc):
        await call(client_with_discovery(kind, script).update_workflow("wf", "set"))


async def test_update_wait_for_checked_against_discovery(kind: str) -> None:
    info = {
        "control_plane": {
            "request_contract": {
                "operations": {
                    "update": {"fields": {"wait_for": {"canonical_values": ["accepted"]}}}
                }
            }
        }
    }
    script = Script()
    with pytest.raises(errors.InvalidArgument) as raised:
        await call(
            client_with_discovery(kind, script, info).update_workflow(
                "wf", "set", wait_for="completed"
            )
        )
    assert raised.value.reason == "unsupported_wait_for"
    assert "'accepted'" in str(raised.value)
    assert script.requests == []


async def test_update_fetches_discovery_first(kind: str) -> None:
    script = Script([reply(200, CLUSTER_INFO), reply(200, update_answer())])
    await call(make_client(kind, script).update_workflow("wf", "set", wait_for="completed"))
    assert [r.url.path for r in script.requests] == [
        "/api/cluster/info",
        "/api/workflows/wf/update/set",
    ]


async def test_update_protocol_stages_when_discovery_publishes_none(kind: str) -> None:
    script = Script([reply(200, update_answer())])
    client = client_with_discovery(kind, script, {"control_plane": {"version": "2"}})
    await call(client.update_workflow("wf", "set", wait_for="completed"))
    with pytest.raises(errors.InvalidArgument):
        await call(client.update_workflow("wf", "set", wait_for="soon"))
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"update_name": ""},
        {"update_name": "set", "wait_for": ""},
        {"update_name": "set", "wait_timeout_seconds": 0},
        {"update_name": "set", "wait_timeout_seconds": 1.5},
        {"update_name": "set", "wait_timeout_seconds": True},
        {"update_name": "set", "args": "x"},
        {"update_name": "set", "request_id": 7},
    ],
)
async def test_update_validation(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(client_with_discovery(kind, script).update_workflow("wf", **kwargs))
    assert script.requests == []


# --------------------------------------------------------------------------- cancel / terminate


@pytest.mark.parametrize(
    ("method", "path", "outcome"),
    [("cancel_workflow", "cancel", "cancelled"), ("terminate_workflow", "terminate", "terminated")],
)
async def test_close_commands(kind: str, method: str, path: str, outcome: str) -> None:
    answer = {"workflow_id": "wf", "outcome": outcome, "command_status": "accepted"}
    script = Script([reply(200, answer), reply(200, answer)])
    client = make_client(kind, script)
    assert await call(getattr(client, method)("wf", reason="operator says so")) is None
    assert await call(getattr(client, method)("wf")) is None
    assert [(r.method, r.url.path) for r in script.requests] == [
        ("POST", f"/api/workflows/wf/{path}")
    ] * 2
    assert script.body(0) == {"reason": "operator says so"}
    assert script.body(1) == {}


@pytest.mark.parametrize("method", ["cancel_workflow", "terminate_workflow"])
async def test_close_commands_are_not_retried_after_sending(kind: str, method: str) -> None:
    from durable_workflow.client import TransportRetryPolicy

    script = Script([reply(503, {"reason": "x"}), reply(200, {})])
    policy = TransportRetryPolicy(max_attempts=3, initial_backoff_seconds=0, jitter=False)
    client = make_client(kind, script, retry_policy=policy)
    with pytest.raises(errors.ServiceUnavailable):
        await call(getattr(client, method)("wf"))
    assert len(script.requests) == 1


@pytest.mark.parametrize("method", ["cancel_workflow", "terminate_workflow"])
async def test_close_command_conflicts(kind: str, method: str) -> None:
    body = {"reason": "run_not_active", "outcome": "rejected_not_active", "message": "closed"}
    script = Script([reply(409, body), reply(404, {"reason": "instance_not_found"})])
    client = make_client(kind, script)
    with pytest.raises(errors.Conflict) as info:
        await call(getattr(client, method)("wf"))
    assert info.value.reason == "run_not_active"
    with pytest.raises(errors.WorkflowNotFound):
        await call(getattr(client, method)("missing"))


@pytest.mark.parametrize("reason", [5, "x" * 1001])
async def test_close_command_reason_validation(kind: str, reason: Any) -> None:
    script = Script()
    client = make_client(kind, script)
    for method in ("cancel_workflow", "terminate_workflow", "archive_workflow"):
        with pytest.raises(errors.InvalidArgument):
            await call(getattr(client, method)("wf", reason=reason))
    assert script.requests == []


# --------------------------------------------------------------------------- repair / archive


async def test_repair_workflow(kind: str) -> None:
    answer = {
        "workflow_id": "wf",
        "run_id": "r1",
        "outcome": "repair_not_needed",
        "command_status": "accepted",
        "command_id": "cmd-3",
        "command_source": "control_plane",
    }
    script = Script([reply(200, answer)])
    result = await call(make_client(kind, script).repair_workflow("wf"))
    assert (script.last.method, script.last.url.path) == ("POST", "/api/workflows/wf/repair")
    assert script.body() == {}
    assert isinstance(result, WorkflowCommandResult)
    assert (result.workflow_id, result.run_id, result.outcome) == ("wf", "r1", "repair_not_needed")
    assert (result.command_status, result.command_id) == ("accepted", "cmd-3")
    assert result.raw == answer


async def test_archive_workflow(kind: str) -> None:
    answer = {"outcome": "archived", "command_status": "accepted", "command_id": "cmd-4"}
    script = Script([reply(200, answer)])
    result = await call(make_client(kind, script).archive_workflow("wf", reason="cleanup"))
    assert (script.last.method, script.last.url.path) == ("POST", "/api/workflows/wf/archive")
    assert script.body() == {"reason": "cleanup"}
    assert (result.workflow_id, result.outcome, result.command_id) == ("wf", "archived", "cmd-4")


async def test_archive_open_run_is_a_conflict(kind: str) -> None:
    script = Script([reply(409, {"reason": "run_not_closed", "message": "still running"})])
    with pytest.raises(errors.Conflict) as info:
        await call(make_client(kind, script).archive_workflow("wf"))
    assert info.value.reason == "run_not_closed"


async def test_repair_and_archive_unknown_workflow(kind: str) -> None:
    script = Script([reply(404, {"reason": "instance_not_found"})] * 2)
    client = make_client(kind, script)
    with pytest.raises(errors.WorkflowNotFound):
        await call(client.repair_workflow("missing"))
    with pytest.raises(errors.WorkflowNotFound):
        await call(client.archive_workflow("missing"))


# --------------------------------------------------------------------------- handles


async def test_handle_commands_delegate(kind: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/query/status"):
            return reply(200, query_answer("ready"))
        if "/update/" in path:
            return reply(200, update_answer())
        if path.endswith("/archive"):
            return reply(200, {"outcome": "archived"})
        return reply(202 if "/signal/" in path else 200, receipt())

    script = Script([answer] * 6)
    client = client_with_discovery(kind, script)
    handle = client.get_workflow_handle("wf", run_id="r1")
    signal = await call(handle.signal("approve", [1], request_id="sig-1"))
    assert signal["request_id"] == "sig-1" and signal["outcome"] == "signal_received"
    assert await call(handle.query("status", ["x"])) == "ready"
    await call(handle.cancel(reason="stop"))
    await call(handle.terminate())
    assert (await call(handle.archive(reason="old"))).outcome == "archived"
    updated = await call(
        handle.update("set", [2], wait_for="completed", wait_timeout_seconds=3, request_id="u")
    )
    assert updated["update_status"] == "completed"
    assert [r.url.path for r in script.requests] == [
        "/api/workflows/wf/runs/r1/signal/approve",
        "/api/workflows/wf/query/status",
        "/api/workflows/wf/cancel",
        "/api/workflows/wf/terminate",
        "/api/workflows/wf/archive",
        "/api/workflows/wf/update/set",
    ]
    assert script.body(0)["request_id"] == "sig-1"
    assert decoded(script.body(0)["input"]) == [1]
    assert script.body(2) == {"reason": "stop"}
    update_body = script.body(5)
    assert decoded(update_body.pop("input")) == [2]
    assert update_body == {"wait_for": "completed", "wait_timeout_seconds": 3, "request_id": "u"}


async def test_unpinned_handle_signals_the_current_run(kind: str) -> None:
    script = Script([reply(202, receipt())])
    handle = make_client(kind, script).get_workflow_handle("wf")
    await call(handle.signal("approve"))
    assert script.last.url.path == "/api/workflows/wf/signal/approve"
    assert HEX_ID.match(script.body()["request_id"])
