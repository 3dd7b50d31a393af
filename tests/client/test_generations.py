"""Server generations: negotiation, tolerant reads, capabilities and payload omission."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from durable_workflow import errors
from durable_workflow.client import ServerGeneration
from durable_workflow.codec import PayloadSerializer, UndecodablePayload
from durable_workflow.codec.avro import blob_bytes
from tests.conftest import REPO_ROOT, shared_fixtures

from .conftest import Script, call, make_client, reply

LEGACY_INFO: dict[str, Any] = json.loads(
    shared_fixtures("real-server-2026-04", "003-cluster-info-admin.json").read_text()
)["response"]["body"]
CURRENT_INFO: dict[str, Any] = json.loads(
    yaml.safe_load(
        (REPO_ROOT / "tests" / "cassettes" / "discovery" / "get_cluster_info.yaml").read_text()
    )["interactions"][0]["response"]["body"]["string"]
)
UNPINNED = {"worker_protocol_version": None, "payload_framing": None}
STARTED = {"workflow_id": "w", "run_id": "r", "workflow_type": "t"}
GARBAGE = {"codec": "avro", "blob": "bm90IGFuIGF2cm8gZnJhbWU="}  # "not an avro frame"


def _recorded(name: str) -> dict[str, Any]:
    path = shared_fixtures("real-server-2026-04", f"{name}.json")
    return dict(json.loads(path.read_text())["response"]["body"])


def real_codec_client(kind: str, script: Script, **kwargs: Any) -> Any:
    client = make_client(kind, script, **kwargs)
    client._core.payloads = PayloadSerializer()
    return client


def _start(client: Any) -> Any:
    return client.start_workflow(
        workflow_type="t", task_queue="q", workflow_id="w", input=["world"]
    )


# --------------------------------------------------------------------------- negotiation


async def test_against_the_released_server_the_client_speaks_its_generation(kind: str) -> None:
    script = Script(
        [reply(200, LEGACY_INFO), reply(201, STARTED), reply(201, STARTED), reply(200, {})]
    )
    client = real_codec_client(kind, script, **UNPINNED)
    assert client.server_generation is None
    await call(_start(client))
    await call(_start(client))
    await call(client.register_worker(worker_id="w1", task_queue="q"))
    paths = [r.url.path for r in script.requests]
    assert paths == [
        "/api/cluster/info",
        "/api/workflows",
        "/api/workflows",
        "/api/worker/register",
    ]
    # The engine's older framing, byte-identical to what that server writes itself.
    assert script.body(1)["input"] == {"codec": "avro", "blob": "ABJbIndvcmxkIl0C"}
    assert script.requests[3].headers["X-Durable-Workflow-Protocol-Version"] == "1.0"
    generation = client.server_generation
    assert isinstance(generation, ServerGeneration)
    assert (generation.name, generation.worker_protocol_version, generation.source) == (
        "2026-04",
        "1.0",
        "discovery",
    )
    assert generation.payload_framing == "avro-legacy" and generation.is_legacy
    assert generation.server_version == "2.0.0"


async def test_against_the_current_server_the_client_speaks_the_newest(kind: str) -> None:
    script = Script([reply(200, CURRENT_INFO), reply(201, STARTED), reply(200, {})])
    client = real_codec_client(kind, script, **UNPINNED)
    await call(_start(client))
    await call(client.register_worker(worker_id="w1", task_queue="q"))
    assert blob_bytes(script.body(1)["input"]["blob"])[:2] == b"\xc3\x01"
    assert script.requests[2].headers["X-Durable-Workflow-Protocol-Version"] == "1.20"
    generation = await call(client.get_server_generation())
    assert (generation.name, generation.worker_protocol_version) == ("current", "1.20")
    assert len(script.requests) == 3  # discovery was read once


@pytest.mark.parametrize(
    ("advertised", "chosen", "framing"),
    [("1.0", "1.0", "avro-legacy"), ("1.19", "1.19", "avro-value-v1"), ("1.33", "1.20", None)],
)
async def test_the_highest_version_both_speak_within_the_major(
    kind: str, advertised: str, chosen: str, framing: str | None
) -> None:
    info = {**CURRENT_INFO, "worker_protocol": {"version": advertised}}
    script = Script([reply(200, info), reply(200, {})])
    client = make_client(kind, script, **UNPINNED)
    await call(client.heartbeat_worker(worker_id="w1"))
    assert script.last.headers["X-Durable-Workflow-Protocol-Version"] == chosen
    assert client.server_generation.payload_framing == (framing or "avro-value-v1")


async def test_a_server_of_another_major_is_unsupported_on_the_worker_plane(kind: str) -> None:
    info = {**CURRENT_INFO, "worker_protocol": {"version": "2.1"}}
    script = Script([reply(200, info)])
    client = make_client(kind, script, **UNPINNED)
    with pytest.raises(errors.UnsupportedByServer, match=r"2\.1") as caught:
        await call(client.heartbeat_worker(worker_id="w1"))
    assert caught.value.method == "heartbeat_worker"
    assert len(script.requests) == 1


async def test_both_pins_need_no_discovery(kind: str) -> None:
    script = Script([reply(201, STARTED), reply(200, {})])
    client = real_codec_client(
        kind, script, worker_protocol_version="1.0", payload_framing="avro-legacy"
    )
    assert client.server_generation == ServerGeneration(
        name="2026-04",
        worker_protocol_version="1.0",
        payload_framing="avro-legacy",  # type: ignore[arg-type]
        source="pinned",
    )
    await call(_start(client))
    await call(client.heartbeat_worker(worker_id="w1"))
    assert [r.url.path for r in script.requests] == ["/api/workflows", "/api/worker/heartbeat"]
    assert script.body(0)["input"]["blob"] == "ABJbIndvcmxkIl0C"
    assert script.last.headers["X-Durable-Workflow-Protocol-Version"] == "1.0"


async def test_one_pin_negotiates_the_other(kind: str) -> None:
    script = Script([reply(201, STARTED)])
    client = real_codec_client(kind, script, worker_protocol_version=None)
    await call(_start(client))  # framing pinned to Value v1: no discovery needed to encode
    assert [r.url.path for r in script.requests] == ["/api/workflows"]
    script.add(reply(200, LEGACY_INFO), reply(200, {}))
    await call(client.heartbeat_worker(worker_id="w1"))
    assert script.last.headers["X-Durable-Workflow-Protocol-Version"] == "1.0"
    assert client.server_generation.payload_framing == "avro-value-v1"


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"worker_protocol_version": "2.0"}, "1.M"),
        ({"worker_protocol_version": "1.21"}, "M <= 20"),
        ({"worker_protocol_version": "latest"}, "1.M"),
        ({"payload_framing": "json"}, "avro-legacy"),
    ],
)
def test_bad_pins_are_configuration_errors(kind: str, options: dict[str, Any], match: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=match):
        make_client(kind, Script(), **options)


async def test_refused_discovery_falls_back_to_the_current_generation(kind: str) -> None:
    script = Script([reply(403, {"reason": "forbidden", "message": "no"}), reply(201, STARTED)])
    client = make_client(kind, script, **UNPINNED)
    await call(_start(client))
    generation = client.server_generation
    assert (generation.name, generation.source) == ("current", "default")


async def test_a_failing_discovery_is_raised_and_tried_again(kind: str) -> None:
    script = Script([reply(503, {"reason": "unavailable"}), reply(200, CURRENT_INFO)])
    client = make_client(kind, script, **UNPINNED)
    with pytest.raises(errors.ServiceUnavailable):
        await call(_start(client))
    assert client.server_generation is None
    script.add(reply(201, STARTED))
    await call(_start(client))
    assert client.server_generation.source == "discovery"


# --------------------------------------------------------------------------- tolerant reads


async def test_a_describe_with_a_garbage_envelope_succeeds(kind: str) -> None:
    body = {**_recorded("147-workflow-describe-completed"), "output_envelope": GARBAGE}
    body.pop("output")
    client = real_codec_client(kind, Script([reply(200, body)]))
    described = await call(client.describe_workflow("greeting-roundtrip"))
    assert described.status == "completed" and described.input == ["world"]
    assert isinstance(described.output, UndecodablePayload)
    assert described.output.raw == GARBAGE
    assert "UndecodablePayload" in repr(described)
    with pytest.raises(errors.InvalidPayloadFraming):
        _ = described.output.value
    with pytest.raises(errors.InvalidPayloadFraming):
        str(described.output)


async def test_the_servers_own_decoded_value_replaces_an_undecodable_envelope(kind: str) -> None:
    body = {**_recorded("147-workflow-describe-completed"), "output_envelope": GARBAGE}
    client = real_codec_client(kind, Script([reply(200, body), reply(200, body)]))
    described = await call(client.describe_workflow("greeting-roundtrip"))
    assert described.output == "Hello, world!"
    result = await call(client.get_result(client.get_workflow_handle("greeting-roundtrip")))
    assert result == "Hello, world!"


async def test_get_result_raises_the_decode_error_when_the_server_has_no_value(kind: str) -> None:
    body = {**_recorded("147-workflow-describe-completed"), "output_envelope": GARBAGE}
    body.pop("output")
    client = real_codec_client(kind, Script([reply(200, body)]))
    with pytest.raises(errors.InvalidPayloadFraming):
        await call(client.get_result(client.get_workflow_handle("greeting-roundtrip")))


DESCRIBES = [
    "067-workflow-describe-in-its-namespace",
    "068-workflow-describe-running",
    "147-workflow-describe-completed",
    "163-workflow-describe-archived",
    "183-workflow-describe-after-task-failure",
]
RUN_DESCRIBES = ["072-workflow-run-describe-ok", "192-workflow-run-describe-historical-run"]


@pytest.mark.parametrize("name", DESCRIBES)
async def test_each_recorded_describe_parses(kind: str, name: str) -> None:
    body = _recorded(name)
    client = real_codec_client(kind, Script([reply(200, body)]))
    described = await call(client.describe_workflow(body["workflow_id"]))
    assert (described.workflow_id, described.status) == (body["workflow_id"], body["status"])
    assert described.input == body["input"]
    assert described.output == body["output"]


@pytest.mark.parametrize("name", RUN_DESCRIBES)
async def test_each_recorded_run_describe_parses(kind: str, name: str) -> None:
    body = _recorded(name)
    client = real_codec_client(kind, Script([reply(200, body)]))
    run = await call(client.describe_workflow_run(body["workflow_id"], body["run_id"]))
    assert run.run_id == body["run_id"]
    assert run.input == body["input"] and run.output == body["output"]


async def test_get_result_of_the_recorded_completed_workflow(kind: str) -> None:
    body = _recorded("147-workflow-describe-completed")
    client = real_codec_client(kind, Script([reply(200, body)]))
    handle = client.get_workflow_handle("greeting-roundtrip")
    assert await call(client.get_result(handle)) == "Hello, world!"


async def test_a_query_answer_in_the_older_framing_decodes(kind: str) -> None:
    body = _recorded("119-workflow-query-answered-by-worker")
    script = Script([reply(200, body)])
    client = real_codec_client(kind, script)
    client._core.cluster_info = LEGACY_INFO  # query_tasks capability already known
    result = await call(client.query_workflow("greeting-roundtrip", "current-greeting"))
    assert result == "Hello, Ada!"


# --------------------------------------------------------------------------- capabilities

NOT_FOUND_ROUTE = {"message": "The route api/activities could not be found.", "reason": "not_found"}
METHOD_NOT_ALLOWED = {
    "message": "The DELETE method is not supported for route api/namespaces/billing. "
    "Supported methods: GET, HEAD, PUT.",
    "reason": "method_not_allowed",
}

MISSING_ROUTES: list[tuple[str, Any, int, dict[str, Any], str]] = [
    ("delete_namespace", lambda c: c.delete_namespace("billing"), 405, METHOD_NOT_ALLOWED,
     "DELETE /api/namespaces/billing"),
    ("promote_task_queue_build_id", lambda c: c.promote_task_queue_build_id("q", "b1"), 404,
     NOT_FOUND_ROUTE, "POST /api/task-queues/q/build-ids/promote"),
    ("start_activity", lambda c: c.start_activity(activity_type="a", task_queue="q"), 404,
     NOT_FOUND_ROUTE, "POST /api/activities"),
    ("list_activities", lambda c: c.list_activities(), 404, NOT_FOUND_ROUTE,
     "GET /api/activities"),
    ("describe_activity", lambda c: c.describe_activity("a1"), 404, NOT_FOUND_ROUTE,
     "GET /api/activities/a1"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "invoke", "status", "body", "missing"),
    MISSING_ROUTES,
    ids=[row[0] for row in MISSING_ROUTES],
)
async def test_a_route_the_server_lacks_is_unsupported_by_server(
    kind: str, method: str, invoke: Any, status: int, body: dict[str, Any], missing: str
) -> None:
    client = make_client(kind, Script([reply(status, body)]))
    client._core.cluster_info = LEGACY_INFO
    with pytest.raises(errors.UnsupportedByServer) as caught:
        await call(invoke(client))
    error = caught.value
    assert (error.method, error.server_version, error.missing) == (method, "2.0.0", missing)
    assert not isinstance(error, errors.NotFound)
    assert "2.0.0" in str(error) and method in str(error)


async def test_an_html_not_found_page_is_not_a_durable_workflow_server(kind: str) -> None:
    # The client always asks for JSON, and both server generations answer an unrouted path with
    # their JSON envelope then; an HTML page comes from something else at base_url.
    page = "<!DOCTYPE html><html><title>Not Found</title></html>"
    script = Script([lambda _r: __import__("httpx").Response(404, text=page)])
    client = make_client(kind, script)
    with pytest.raises(errors.NotADurableWorkflowServer) as caught:
        await call(client.list_activities())
    assert caught.value.status == 404 and caught.value.url.endswith("/api/activities")


async def test_a_missing_workflow_is_still_workflow_not_found(kind: str) -> None:
    body = {"message": "Workflow not found.", "reason": "instance_not_found"}
    client = make_client(kind, Script([reply(404, body), reply(404, {})]))
    with pytest.raises(errors.WorkflowNotFound):
        await call(client.describe_workflow("nope"))
    with pytest.raises(errors.WorkflowNotFound):  # a reason-less JSON 404 keeps the hint
        await call(client.describe_workflow("nope"))


async def test_discovery_turning_a_capability_off_refuses_before_sending(kind: str) -> None:
    info = {**CURRENT_INFO, "capabilities": {**CURRENT_INFO["capabilities"], "schedules": False}}
    script = Script()
    client = make_client(kind, script)
    client._core.cluster_info = info
    with pytest.raises(errors.UnsupportedByServer, match="schedules") as caught:
        await call(client.list_schedules())
    assert caught.value.missing == "capabilities.schedules"
    assert script.requests == []


# --------------------------------------------------------------------------- no empty payloads


async def test_no_payload_field_is_sent_without_a_value(kind: str) -> None:
    ok = {"outcome": "accepted", "request_id": "r"}
    script = Script(
        [
            reply(201, STARTED),
            reply(202, ok),
            reply(200, {"result": None}),
            reply(200, {**ok, "update_status": "completed"}),
            reply(201, {"activity_id": "a1", "workflow_run_id": "r"}),
        ]
    )
    client = make_client(kind, script)
    client._core.cluster_info = CURRENT_INFO
    await call(client.start_workflow(workflow_type="t", task_queue="q", workflow_id="w"))
    await call(client.signal_workflow("w", "go"))
    await call(client.query_workflow("w", "state"))
    await call(client.update_workflow("w", "set"))
    await call(client.start_activity(activity_type="a", task_queue="q"))
    for index in range(5):
        assert "input" not in script.body(index), script.requests[index].url.path
    script.add(reply(201, STARTED))
    await call(client.start_workflow(workflow_type="t", task_queue="q", workflow_id="w", input=[]))
    assert "input" in script.body()  # an explicit empty argument list is a value


async def test_per_call_scopes_share_the_clients_negotiation(kind: str) -> None:
    script = Script([reply(200, LEGACY_INFO), reply(200, {}), reply(200, {})])
    client = real_codec_client(kind, script, **UNPINNED)
    for attempt in (1, 2):
        await call(
            client.complete_query_task(
                query_task_id="qt-1", lease_owner="w1", query_task_attempt=attempt, result="hi"
            )
        )
    paths = [r.url.path for r in script.requests]
    assert paths.count("/api/cluster/info") == 1
    assert script.body(1)["result_envelope"]["blob"] == "AAgiaGkiAg=="
    assert client.server_generation is not None and client.server_generation.is_legacy


@pytest.mark.parametrize(
    "name",
    [
        "051-unrouted-path-not-found",
        "053-unrouted-method-method-not-allowed",
    ],
)
async def test_the_recorded_unrouted_answers_are_unsupported_by_server(
    kind: str, name: str
) -> None:
    import httpx

    recorded = json.loads(shared_fixtures("real-server-2026-04", f"{name}.json").read_text())
    status, body = recorded["response"]["status"], recorded["response"]["body"]
    client = make_client(kind, Script([httpx.Response(status, json=body)]))
    with pytest.raises(errors.UnsupportedByServer) as caught:
        await call(client.list_activities())
    assert caught.value.status == status and caught.value.method == "list_activities"
