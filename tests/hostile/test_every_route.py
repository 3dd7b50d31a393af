"""Hostile input against every route of the development server: always a 4xx with an error
envelope (or an ordinary answer), never a 5xx.

Each class of bad input (malformed JSON, deep nesting, non-finite numbers, lone surrogates in
every string field, huge integers, wrong types, hostile path and query parameters, hostile
headers) is sent to every route the server mounts, with path parameters that name real
resources so the requests reach the handlers and not only the routing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server
from tests.devserver.conftest import CP, WP, Api, avro

STRING_FIELDS = [
    "workflow_type", "workflow_id", "task_queue", "business_key", "request_id", "reason",
    "worker_id", "lease_owner", "schedule_id", "note", "description", "name", "build_id",
    "runtime", "activity_type", "activity_id", "idempotency_key", "action", "status",
    "message", "update_id", "wait_for", "duplicate_policy", "query", "signal_name",
    "activity_attempt_id", "poll_request_id", "registration_token", "session_id", "driver",
    "next_history_page_token", "type", "overlap_policy", "timezone", "cron",
]  # fmt: skip
INT_FIELDS = [
    "workflow_task_attempt", "page_size", "limit", "retention_days", "timeout_seconds",
    "execution_timeout_seconds", "run_timeout_seconds", "max_concurrent_workflow_tasks",
    "delay_seconds", "wait_timeout_seconds", "query_task_attempt", "jitter_seconds",
]  # fmt: skip
HUGE = "1" + "0" * 40

BODIES: dict[str, bytes] = {
    "malformed": b'{"workflow_type": ',
    "deep": b"[" * 5000 + b"]" * 5000,
    "deep_object": b'{"memo":' + b'{"a":' * 3000 + b"1" + b"}" * 3001,
    "nan": b'{"workflow_type":"t","memo":{"x":NaN},"input":[NaN],"process_metrics":{"cpu":NaN}}',
    "infinity": b'{"workflow_type":"t","limit":Infinity,"page_size":-Infinity,"x":1e999}',
    "surrogates": ("{" + ",".join(f'"{f}":"a\\ud800"' for f in STRING_FIELDS) + "}").encode(),
    "surrogate_keys": b'{"\\udc00":1,"memo":{"\\ud800":"x"},"search_attributes":{"\\ud800":1}}',
    "huge_ints": ("{" + ",".join(f'"{f}":{HUGE}' for f in INT_FIELDS) + "}").encode(),
    "negative_ints": ("{" + ",".join(f'"{f}":-{HUGE}' for f in INT_FIELDS) + "}").encode(),
    "wrong_types": (
        "{" + ",".join(f'"{f}":[{{}}]' for f in STRING_FIELDS + INT_FIELDS) + "}"
    ).encode(),
    "not_an_object": b'"just a string"',
    "null": b"null",
    "array": b"[1,2,3]",
    "bad_utf8": b'{"workflow_type":"\xed\xa0\x80"}',
    "nul_bytes": b'{"workflow_type":"a\\u0000b","workflow_id":"x\\u0000"}',
    "long_strings": (
        "{" + ",".join(f'"{f}":"{"x" * 70000}"' for f in STRING_FIELDS[:8]) + "}"
    ).encode(),
}
QUERIES: dict[str, str] = {
    "query_numbers": "page_size=1e999&limit=99999999999999999999999&wait_new_event=2",
    "query_tokens": "next_page_token=%E2%91%A0&after_sequence=-1",
    "query_surrogates": "status=%ED%A0%80&query=%ED%A0%80&workflow_type=%00",
    "query_wildcards": "query=%25&workflow_type=_&page_size=0",
}
PATH_VALUES = {
    "path_surrogate": "%ED%A0%80",
    "path_nul": "a%00b",
    "path_long": "x" * 5000,
    "path_dots": "..%2F..",
}
HEADERS: dict[str, dict[str, Any]] = {
    "header_namespace": {"X-Namespace": "x" * 300},
    "header_version": {
        "X-Durable-Workflow-Protocol-Version": "1.99999999999999999999",
        "X-Durable-Workflow-Control-Plane-Version": "2\x7f",
    },
    "header_auth": {"Authorization": b"Bearer \xff\xfe\x80"},
}


class World:
    """A server holding one of everything, and the values that name those things."""

    def __init__(self, dev: RunningServer) -> None:
        self.dev = dev
        self.api = Api(dev)
        api = self.api
        api.register("hw1", "hq")
        started = api.start("hwf", queue="hq")
        task = api.poll_wf("hw1", "hq")
        assert task is not None
        r = api.complete_wf(
            task,
            [{"type": "schedule_activity", "activity_type": "a", "task_queue": "hq"}],
            owner="hw1",
        )
        assert r.status_code == 200, r.text
        act = api.poll_act("hw1", "hq")
        assert act is not None
        r = api.cp(
            "POST",
            "/api/schedules",
            {
                "schedule_id": "hsched",
                "spec": {"intervals": [{"every": "PT1H"}]},
                "action": {"workflow_type": "t", "task_queue": "hq"},
            },
        )
        assert r.status_code == 201, r.text
        self.values = {
            "workflow_id": "hwf",
            "run_id": started["run_id"],
            "task_id": act["task_id"],
            "worker_id": "hw1",
            "schedule_id": "hsched",
            "queue": "hq",
            "task_queue": "hq",
            "namespace": "default",
            "name": "go",
        }

    def concrete(self, template: str, override: str | None = None) -> str:
        def value(match: re.Match[str]) -> str:
            if override is not None:
                return override
            return self.values.get(match.group(1), "zz-unknown")

        return re.sub(r"\{([^}:]+)(?::[^}]*)?\}", value, template)


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    config = ServerConfig(poll_timeout=0.2, update_wait_timeout=0.2, query_timeout=0.2)
    with run_dev_server(config=config) as dev:
        w = World(dev)
        yield w
        w.api.close()


def _routes() -> list[tuple[str, str]]:
    from durable_workflow.devserver.server import DevServer

    server = DevServer(ServerConfig())
    found = []
    for route in server.app.routes:
        for method in sorted(getattr(route, "methods", None) or []):
            if method != "HEAD":
                found.append((method, route.path))
    server.close()
    return found


ROUTES = _routes()


def _headers(path: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    base = dict(WP) if path.startswith("/api/worker") else dict(CP)
    return {**base, "content-type": "application/json", **(extra or {})}


def _check(response: httpx.Response, what: str) -> None:
    if response.status_code == 504 and "/query/" in what:
        # A well-formed query that no worker answered within the window: the protocol's 504.
        assert response.json()["reason"] == "query_worker_timeout", what
        return
    assert response.status_code < 500, (what, response.status_code, response.text[:300])
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/json"), what
        doc = response.json()
        assert isinstance(doc, dict) and (
            doc.get("reason") or doc.get("message") or doc.get("error")
        ), (what, doc)


def _send(world: World, method: str, url: str, body: bytes | None, headers: dict[str, Any]) -> Any:
    return world.api.http.request(method, url, content=body, headers=headers, timeout=30)


def test_the_route_table_is_covered() -> None:
    assert len(ROUTES) > 100


@pytest.mark.parametrize("method,template", ROUTES)
def test_hostile_bodies(world: World, method: str, template: str) -> None:
    path = world.concrete(template)
    for name, body in BODIES.items():
        if method == "GET" and name not in ("malformed", "deep", "nan"):
            continue
        _check(_send(world, method, path, body, _headers(path)), f"{name} {method} {path}")


@pytest.mark.parametrize("method,template", ROUTES)
def test_hostile_query_strings_and_headers(world: World, method: str, template: str) -> None:
    path = world.concrete(template)
    body = b"{}" if method != "GET" else None
    for name, query in QUERIES.items():
        url = f"{path}?{query}"
        _check(_send(world, method, url, body, _headers(path)), f"{name} {method} {url}")
    for name, extra in HEADERS.items():
        _check(_send(world, method, path, body, _headers(path, extra)), f"{name} {method}")


@pytest.mark.parametrize("method,template", [r for r in ROUTES if "{" in r[1]])
def test_hostile_path_parameters(world: World, method: str, template: str) -> None:
    body = b"{}" if method != "GET" else None
    for name, value in PATH_VALUES.items():
        path = world.concrete(template, value)
        _check(_send(world, method, path, body, _headers(path)), f"{name} {method} {path}")


def test_the_world_survives_the_probe(world: World) -> None:
    assert world.api.describe("hwf")["workflow_id"] == "hwf"
    assert world.api.cp("GET", "/api/workflows").status_code == 200
    assert avro(["x"])["codec"] == "avro"
