"""The development server playing the 2026-04 generation (``--generation 2026-04``)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from durable_workflow.codec.avro import encode_blob
from durable_workflow.devserver.generation import ROUTES_2026_04, get
from durable_workflow.devserver.testing import RunningServer, run_dev_server
from tests.conftest import REPO_ROOT, shared_fixtures

CP = {"X-Durable-Workflow-Control-Plane-Version": "2"}
RECORDED_INFO = json.loads(
    shared_fixtures("real-server-2026-04", "003-cluster-info-admin.json").read_text()
)["response"]["body"]


@pytest.fixture(scope="module")
def legacy() -> Iterator[RunningServer]:
    with run_dev_server(generation="2026-04") as dev:
        yield dev


@pytest.fixture
def http(legacy: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=legacy.base_url, timeout=10) as client:
        yield client


def _register(http: httpx.Client, version: str, worker_id: str = "w1") -> httpx.Response:
    return http.post(
        "/api/worker/register",
        json={"worker_id": worker_id, "task_queue": "q", "runtime": "python"},
        headers={"X-Durable-Workflow-Protocol-Version": version},
    )


def test_discovery_advertises_what_the_released_server_advertised(http: httpx.Client) -> None:
    info = http.get("/api/cluster/info").json()
    protocol = info["worker_protocol"]
    recorded = RECORDED_INFO["worker_protocol"]
    assert protocol["version"] == recorded["version"] == "1.0"
    assert (
        protocol["server_capabilities"]["supported_workflow_task_commands"]
        == recorded["server_capabilities"]["supported_workflow_task_commands"]
    )
    required = info["client_compatibility"]["required_protocols"]["worker_protocol"]
    assert required["version"] == "1.0"
    assert (
        info["capabilities"]["payload_codecs_engine_specific"]
        == (RECORDED_INFO["capabilities"]["payload_codecs_engine_specific"])
    )


def test_worker_protocol_is_exactly_1_0(http: httpx.Client) -> None:
    refused = _register(http, "1.20")
    assert refused.status_code == 400
    body = refused.json()
    assert (body["reason"], body["supported_version"], body["requested_version"]) == (
        "unsupported_protocol_version",
        "1.0",
        "1.20",
    )
    assert refused.headers["X-Durable-Workflow-Protocol-Version"] == "1.0"
    accepted = _register(http, "1.0")
    assert accepted.status_code == 201, accepted.text
    assert accepted.json()["protocol_version"] == "1.0"
    missing = http.post("/api/worker/register", json={"task_queue": "q"})
    assert missing.json()["reason"] == "missing_protocol_version"


def test_payloads_are_stored_and_served_in_the_older_framing(http: httpx.Client) -> None:
    started = http.post(
        "/api/workflows",
        json={"workflow_id": "g-1", "workflow_type": "greeting", "input": ["world"]},
        headers=CP,
    )
    assert started.status_code == 201, started.text
    described = http.get("/api/workflows/g-1", headers=CP).json()
    # Byte-identical to the recorded exchange 147 of the released server.
    assert described["input_envelope"] == {"codec": "avro", "blob": "ABJbIndvcmxkIl0C"}
    assert described["input"] == ["world"]


def test_inputs_in_the_current_framing_are_refused(http: httpx.Client) -> None:
    answer = http.post(
        "/api/workflows",
        json={
            "workflow_id": "g-2",
            "workflow_type": "greeting",
            "input": {"codec": "avro", "blob": encode_blob(["world"])},
        },
        headers=CP,
    )
    assert answer.status_code == 422
    assert "input.blob" in answer.json()["errors"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("DELETE", "/api/namespaces/default", 405),
        ("POST", "/api/task-queues/q/build-ids/promote", 404),
        ("GET", "/api/activities", 404),
        ("POST", "/api/activities", 404),
        ("GET", "/api/activities/a-1", 404),
        ("DELETE", "/api/workflows", 405),
    ],
)
def test_routes_the_release_lacks_are_absent(
    http: httpx.Client, method: str, path: str, status: int
) -> None:
    answer = http.request(method, path, headers=CP)
    assert answer.status_code == status
    body: dict[str, Any] = answer.json()
    name = path.lstrip("/")
    if status == 404:
        assert body == {"message": f"The route {name} could not be found.", "reason": "not_found"}
    else:
        assert body["reason"] == "method_not_allowed" and name in body["message"]


def test_every_recorded_route_exists(http: httpx.Client) -> None:
    generation = get("2026-04")
    for route in ROUTES_2026_04:
        method, template = route.split(" ", 1)
        path = template.replace("{", "x").replace("}", "")
        assert generation.route_answer(method, path) is None, route


def test_the_current_generation_is_unchanged() -> None:
    with run_dev_server() as dev, httpx.Client(base_url=dev.base_url, timeout=10) as http:
        assert http.get("/api/cluster/info").json()["worker_protocol"]["version"] == "1.20"
        assert _register(http, "1.20").status_code == 201
        assert http.get("/api/activities", headers=CP).status_code == 200


def test_unknown_generation_is_refused() -> None:
    with pytest.raises(ValueError, match="2026-04"), run_dev_server(generation="1999"):
        pass


def test_the_module_entry_point_takes_the_generation() -> None:
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "durable_workflow.devserver"),
            *("--port", "0", "--db", ":memory:", "--generation", "2026-04"),
        ],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        info = httpx.get(url + "/api/cluster/info", timeout=10).json()
        assert info["worker_protocol"]["version"] == "1.0"
    finally:
        proc.terminate()
        proc.wait(10)


def test_background_and_clock_driven_work_keep_the_generation() -> None:
    with run_dev_server(generation="2026-04") as dev:
        from durable_workflow.devserver import generation

        seen = dev.call(lambda: generation.active().name)
        assert seen == "2026-04"
        # A schedule started by the clock encodes its empty input in the older framing.
        with httpx.Client(base_url=dev.base_url, timeout=10) as http:
            created = http.post(
                "/api/schedules",
                json={
                    "schedule_id": "tick",
                    "spec": {"intervals": [{"every": "PT1M"}]},
                    "action": {"workflow_type": "t", "task_queue": "q"},
                },
                headers=CP,
            )
            assert created.status_code == 201, created.text
            dev.advance(120)
            listed = http.get("/api/workflows", headers=CP).json()["workflows"]
            assert listed, "the schedule did not fire"
            described = http.get(f"/api/workflows/{listed[0]['workflow_id']}", headers=CP).json()
            assert described["input_envelope"]["blob"] == "AARbXQI="  # [] in the older framing
