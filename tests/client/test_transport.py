"""Transport: base URL, credentials, headers, retries, metrics."""

from __future__ import annotations

import random
from collections.abc import Generator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import (
    AsyncClient,
    Credentials,
    InMemoryMetrics,
    Plane,
    Request,
    Send,
    Sleep,
    SyncClient,
    TransportRetryPolicy,
)
from durable_workflow.client._core import ClientCore
from durable_workflow.client._transport import normalize_base_url, parse_retry_after

from .conftest import Script, call, make_client, reply

# --------------------------------------------------------------------------- base URL


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://localhost:8080/", "http://localhost:8080"),
        ("https://cloud.example/runtime/abc", "https://cloud.example/runtime/abc"),
        ("https://cloud.example/runtime/abc///", "https://cloud.example/runtime/abc"),
        ("http://host/apis", "http://host/apis"),
    ],
)
def test_base_url_is_normalised(given: str, expected: str) -> None:
    assert normalize_base_url(given) == expected


@pytest.mark.parametrize(
    "bad",
    [
        "http://localhost:8080/api",
        "http://localhost:8080/api/",
        "https://cloud.example/runtime/abc/api",
        "http://localhost:8080?x=1",
        "http://localhost:8080/#frag",
        "http://localhost:8080?",
        "localhost:8080",
        "ftp://host",
        "",
    ],
)
def test_bad_base_url_is_refused(bad: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        normalize_base_url(bad)
    with pytest.raises(ValueError):
        SyncClient(bad)


async def test_path_prefix_is_kept_and_api_appended(kind: str) -> None:
    script = Script([reply(200, {"namespaces": []})])
    client = make_client(kind, script, base_url="https://cloud.example/runtime/abc/")
    await call(client.list_namespaces())
    assert str(script.last.url) == "https://cloud.example/runtime/abc/api/namespaces"


# ---------------------------------------------------------------- credentials and headers


def _worker_op() -> Generator[Request | Sleep, httpx.Response | None, int]:
    response = yield Request("POST", "/api/worker/heartbeat", json={}, plane=Plane.WORKER)
    assert response is not None
    return response.status_code


async def test_control_plane_headers_exact(kind: str) -> None:
    script = Script([reply(200, {"namespaces": []})])
    client = make_client(kind, script, token="tok-shared", namespace="billing")
    await call(client.list_namespaces())
    request = script.last
    assert request.method == "GET"
    assert request.url.path == "/api/namespaces"
    assert request.headers["Authorization"] == "Bearer tok-shared"
    assert request.headers["X-Namespace"] == "billing"
    assert request.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    assert request.headers["Accept"] == "application/json"
    assert "X-Durable-Workflow-Protocol-Version" not in request.headers
    assert request.content == b""


async def test_worker_plane_headers_exact(kind: str) -> None:
    script = Script([reply(200, {})])
    client = make_client(kind, script, token="tok-shared", worker_token="tok-worker")
    assert await call(client._run(_worker_op())) == 200
    request = script.last
    assert request.headers["Authorization"] == "Bearer tok-worker"
    assert request.headers["X-Durable-Workflow-Protocol-Version"] == "1.20"
    assert "X-Durable-Workflow-Control-Plane-Version" not in request.headers
    assert request.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("tokens", "plane", "expected"),
    [
        ({"token": "s"}, Plane.CONTROL, "s"),
        ({"token": "s", "control_token": "c"}, Plane.CONTROL, "c"),
        ({"token": "s", "worker_token": "w"}, Plane.CONTROL, "s"),
        ({"token": "s"}, Plane.WORKER, "s"),
        ({"token": "s", "worker_token": "w"}, Plane.WORKER, "w"),
        ({"token": "s", "control_token": "c"}, Plane.WORKER, "s"),
        ({"token": "s", "control_token": "c", "worker_token": "w"}, Plane.DISCOVERY, "w"),
        ({"token": "s", "control_token": "c"}, Plane.DISCOVERY, "c"),
        ({"token": "s"}, Plane.DISCOVERY, "s"),
        ({"worker_token": "w"}, Plane.DISCOVERY, "w"),
        ({}, Plane.CONTROL, None),
        ({}, Plane.WORKER, None),
    ],
)
def test_token_selection(tokens: dict[str, str], plane: Plane, expected: str | None) -> None:
    assert Credentials(**tokens).for_plane(plane) == expected


def test_token_of_the_other_plane_is_refused() -> None:
    with pytest.raises(errors.CredentialsError, match="control_token"):
        Credentials(control_token="c").for_plane(Plane.WORKER)
    with pytest.raises(errors.CredentialsError, match="worker_token"):
        Credentials(worker_token="w").for_plane(Plane.CONTROL)


async def test_worker_only_client_refuses_control_calls_without_sending(kind: str) -> None:
    script = Script()
    client = make_client(kind, script, token=None, worker_token="w")
    with pytest.raises(errors.CredentialsError):
        await call(client.list_namespaces())
    assert script.requests == []


async def test_cluster_info_uses_discovery_credentials_and_no_version_header(kind: str) -> None:
    info = {"version": "2.0.0", "control_plane": {"version": "2"}}
    script = Script([reply(200, info)])
    client = make_client(kind, script, token="s", control_token="c", worker_token="w")
    assert await call(client.get_cluster_info()) == info
    request = script.last
    assert request.url.path == "/api/cluster/info"
    assert request.headers["Authorization"] == "Bearer w"
    assert "X-Durable-Workflow-Control-Plane-Version" not in request.headers
    assert "X-Durable-Workflow-Protocol-Version" not in request.headers
    assert client._core.cluster_info == info


async def test_no_token_sends_no_authorization(kind: str) -> None:
    script = Script([reply(200, {"namespaces": []})])
    client = make_client(kind, script, token=None)
    await call(client.list_namespaces())
    assert "Authorization" not in script.last.headers


async def test_non_object_cluster_info_is_unexpected_response(kind: str) -> None:
    script = Script([reply(200, ["not", "an", "object"])])
    client = make_client(kind, script)
    with pytest.raises(errors.UnexpectedResponse):
        await call(client.get_cluster_info())


def test_constructor_validation() -> None:
    with pytest.raises(errors.ConfigurationError):
        SyncClient("http://h", namespace="")
    with pytest.raises(errors.ConfigurationError):
        SyncClient("http://h", timeout=0)
    with pytest.raises(errors.ConfigurationError):
        AsyncClient("http://h", external_storage_threshold_bytes=0)
    with pytest.raises(errors.ConfigurationError):
        TransportRetryPolicy(max_attempts=0)
    with pytest.raises(errors.ConfigurationError):
        TransportRetryPolicy(initial_backoff_seconds=-1)


async def test_context_managers_close_the_pool() -> None:
    script = Script()
    transport = httpx.MockTransport(script)
    with SyncClient("http://h", transport=transport) as sync_client:
        pass
    assert sync_client._http.is_closed
    async with AsyncClient("http://h", transport=transport) as async_client:
        pass
    assert async_client._http.is_closed
    await async_client.aclose()  # safe twice
    sync_client.close()


# --------------------------------------------------------------------------- retry policy (pure)


def test_full_jitter_backoff_bounds() -> None:
    policy = TransportRetryPolicy(
        initial_backoff_seconds=0.5, backoff_multiplier=2, max_backoff_seconds=3.0
    )
    policy.rng.seed(7)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 3.0), (9, 3.0)]:
        samples = [policy.backoff_seconds(attempt) for _ in range(200)]
        assert all(0.0 <= s <= ceiling for s in samples)
        assert max(samples) > ceiling * 0.8  # spread over the whole interval
    no_jitter = TransportRetryPolicy(initial_backoff_seconds=0.5, jitter=False)
    assert no_jitter.backoff_seconds(1) == 0.5
    assert no_jitter.backoff_seconds(2) == 1.0


def test_attempt_and_time_bounds() -> None:
    policy = TransportRetryPolicy(
        max_attempts=3, jitter=False, initial_backoff_seconds=1, max_elapsed_seconds=10
    )
    assert policy.delay_before_retry(attempt=1, elapsed=0) == 1
    assert policy.delay_before_retry(attempt=2, elapsed=0) == 2
    assert policy.delay_before_retry(attempt=3, elapsed=0) is None
    assert policy.delay_before_retry(attempt=1, elapsed=9.5) is None
    assert policy.delay_before_retry(attempt=1, elapsed=0, retry_after=4) == 4
    assert policy.delay_before_retry(attempt=1, elapsed=7, retry_after=4) is None
    capped = TransportRetryPolicy(max_retry_after_seconds=5, max_elapsed_seconds=None)
    assert capped.delay_before_retry(attempt=1, elapsed=0, retry_after=6) is None
    assert TransportRetryPolicy.disabled().delay_before_retry(attempt=1, elapsed=0) is None


def test_retryable_statuses_and_exceptions() -> None:
    p = TransportRetryPolicy
    assert p.is_retryable_status(503, idempotent=True)
    assert p.is_retryable_status(500, idempotent=True)
    assert not p.is_retryable_status(501, idempotent=True)
    assert p.is_retryable_status(429, idempotent=False)
    assert not p.is_retryable_status(503, idempotent=False)
    assert not p.is_retryable_status(404, idempotent=True)
    assert not p.is_retryable_status(409, idempotent=True)
    connect = httpx.ConnectError("refused")
    read_timeout = httpx.ReadTimeout("slow")
    assert p.is_retryable_exception(connect, idempotent=False)
    assert p.is_retryable_exception(httpx.ConnectTimeout("t"), idempotent=False)
    assert not p.is_retryable_exception(read_timeout, idempotent=False)
    assert p.is_retryable_exception(read_timeout, idempotent=True)
    assert p.is_retryable_exception(httpx.RemoteProtocolError("x"), idempotent=True)


def test_idempotence_defaults_by_method() -> None:
    assert Request("GET", "/api/x").is_idempotent
    assert Request("PUT", "/api/x").is_idempotent
    assert Request("DELETE", "/api/x").is_idempotent
    assert not Request("POST", "/api/x").is_idempotent
    assert Request("POST", "/api/x", idempotent=True).is_idempotent


def test_parse_retry_after() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after(format_datetime(now + timedelta(seconds=8), usegmt=True), now=now) == 8
    assert parse_retry_after(format_datetime(now - timedelta(seconds=8), usegmt=True), now=now) == 0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("-4") is None


# ---------------------------------------------------------------- retries through the flow


def _core(policy: TransportRetryPolicy, metrics: InMemoryMetrics | None = None) -> ClientCore:
    from .conftest import FakePayloads

    return ClientCore(
        base_url="http://h",
        namespace="default",
        credentials=Credentials(token="s"),
        timeout=5.0,
        retry_policy=policy,
        metrics=metrics or InMemoryMetrics(),
        payloads=FakePayloads(),
    )


def _single(request: Request) -> Generator[Request | Sleep, httpx.Response | None, int]:
    response = yield request
    assert response is not None
    return response.status_code


def drive(core: ClientCore, op: Any, answers: list[Any]) -> tuple[Any, list[Any]]:
    """Drive a flow by hand: answer Send steps from ``answers``; collect every step."""
    flow = core.flow(op)
    steps: list[Any] = []
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.send(value) if error is None else flow.throw(error)
        except StopIteration as stop:
            return stop.value, steps
        steps.append(step)
        value, error = None, None
        if isinstance(step, Send):
            answer = answers.pop(0)
            if isinstance(answer, BaseException):
                error = answer
            else:
                value = answer


def _resp(status: int, headers: dict[str, str] | None = None, body: Any = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, json=body if body is not None else {})


def test_retry_after_seconds_is_honoured() -> None:
    metrics = InMemoryMetrics()
    core = _core(TransportRetryPolicy(max_attempts=3), metrics)
    result, steps = drive(
        core,
        _single(Request("GET", "/api/x", operation="op")),
        [_resp(503, {"Retry-After": "2"}), _resp(429, {"Retry-After": "0.5"}), _resp(200)],
    )
    assert result == 200
    assert [type(s).__name__ for s in steps] == ["Send", "Sleep", "Send", "Sleep", "Send"]
    assert steps[1] == Sleep(2.0)
    assert steps[3] == Sleep(0.5)
    assert metrics.requests[("op", "control", "503")] == 1
    assert metrics.requests[("op", "control", "429")] == 1
    assert metrics.requests[("op", "control", "200")] == 1
    assert metrics.retries[("op", "control", "503")] == 1
    assert metrics.retries[("op", "control", "429")] == 1
    assert metrics.retry_delays == [2.0, 0.5]
    assert len(metrics.latencies[("op", "control")]) == 3


def test_retry_after_http_date_is_honoured() -> None:
    core = _core(TransportRetryPolicy(max_attempts=2))
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=5), usegmt=True)
    _, steps = drive(
        core, _single(Request("GET", "/api/x")), [_resp(503, {"Retry-After": when}), _resp(200)]
    )
    delay = steps[1].seconds
    assert 3.0 <= delay <= 5.0


def test_exhausted_retries_raise_the_mapped_error_with_retry_after() -> None:
    core = _core(TransportRetryPolicy(max_attempts=2, jitter=False, initial_backoff_seconds=0.25))
    body = {"reason": "query_task_queue_unavailable", "message": "busy"}
    with pytest.raises(errors.ServiceUnavailable) as caught:
        drive(
            core,
            _single(Request("GET", "/api/x")),
            [_resp(503, body=body), _resp(503, {"Retry-After": "1"}, body)],
        )
    assert caught.value.status == 503
    assert caught.value.reason == "query_task_queue_unavailable"
    assert caught.value.retry_after == 1.0


def test_retry_after_longer_than_the_cap_is_not_waited_for() -> None:
    core = _core(TransportRetryPolicy(max_attempts=5, max_retry_after_seconds=10))
    with pytest.raises(errors.RateLimited) as caught:
        drive(core, _single(Request("GET", "/api/x")), [_resp(429, {"Retry-After": "120"})])
    assert caught.value.retry_after == 120.0


def test_non_idempotent_post_is_not_retried_after_it_may_have_reached_the_server() -> None:
    core = _core(TransportRetryPolicy(max_attempts=3))
    with pytest.raises(errors.ServerError) as caught:
        drive(core, _single(Request("POST", "/api/workflows", json={})), [_resp(502)])
    assert caught.value.status == 502
    with pytest.raises(errors.TransportTimeout):
        drive(
            core,
            _single(Request("POST", "/api/workflows", json={})),
            [httpx.ReadTimeout("slow")],
        )


def test_non_idempotent_post_is_retried_when_nothing_was_sent() -> None:
    core = _core(TransportRetryPolicy(max_attempts=3))
    result, steps = drive(
        core,
        _single(Request("POST", "/api/workflows", json={})),
        [httpx.ConnectError("refused"), _resp(429, {"Retry-After": "0"}), _resp(201)],
    )
    assert result == 201
    assert sum(isinstance(s, Send) for s in steps) == 3


def test_idempotent_post_is_retried_on_5xx_and_timeouts() -> None:
    core = _core(TransportRetryPolicy(max_attempts=3))
    result, _ = drive(
        core,
        _single(Request("POST", "/api/q", json={}, idempotent=True)),
        [httpx.ReadTimeout("slow"), _resp(500), _resp(200)],
    )
    assert result == 200


def test_4xx_is_never_retried() -> None:
    core = _core(TransportRetryPolicy(max_attempts=5))
    with pytest.raises(errors.NotFound):
        drive(core, _single(Request("GET", "/api/x")), [_resp(404)])


def test_connection_failure_after_all_attempts_is_connection_failed() -> None:
    metrics = InMemoryMetrics()
    core = _core(TransportRetryPolicy(max_attempts=2), metrics)
    with pytest.raises(errors.ConnectionFailed, match="after 2 attempts"):
        drive(
            core,
            _single(Request("GET", "/api/x", operation="op")),
            [httpx.ConnectError("refused"), httpx.ConnectError("refused")],
        )
    assert metrics.requests[("op", "control", "connect_error")] == 2
    assert metrics.retries[("op", "control", "connect_error")] == 1


async def test_drivers_sleep_and_retry_for_real(kind: str) -> None:
    script = Script(
        [
            reply(503, {"message": "later"}, {"Retry-After": "0.01"}),
            httpx.ConnectError("refused"),
            reply(200, {"namespaces": [{"name": "default"}]}),
        ]
    )
    metrics = InMemoryMetrics()
    policy = TransportRetryPolicy(
        max_attempts=3, initial_backoff_seconds=0.01, rng=random.Random(1)
    )
    client = make_client(kind, script, retry_policy=policy, metrics=metrics)
    result = await call(client.list_namespaces())
    assert [n.name for n in result.namespaces] == ["default"]
    assert len(script.requests) == 3
    assert sum(metrics.retries.values()) == 2


def test_an_operation_can_catch_an_error_raised_at_its_yield() -> None:
    def op() -> Generator[Request | Sleep, httpx.Response | None, str]:
        try:
            yield Request("GET", "/api/x")
        except errors.NotFound as exc:
            return f"caught {exc.reason}"
        return "no error"

    core = _core(TransportRetryPolicy.disabled())
    result, _ = drive(core, op(), [_resp(404, body={"reason": "not_found", "message": "x"})])
    assert result == "caught not_found"


def test_operation_sleep_steps_pass_through_the_flow() -> None:
    def op() -> Generator[Request | Sleep, httpx.Response | None, int]:
        yield Sleep(0.25)
        response = yield Request("GET", "/api/x")
        assert response is not None
        return response.status_code

    core = _core(TransportRetryPolicy.disabled())
    result, steps = drive(core, op(), [_resp(200)])
    assert result == 200
    assert steps[0] == Sleep(0.25)
    assert isinstance(steps[1], Send)


def test_request_from_generated_kwargs() -> None:
    kwargs = {
        "method": "post",
        "url": "/api/workflows",
        "json": {"a": 1},
        "headers": {"Content-Type": "application/json"},
    }
    request = Request.from_kwargs(kwargs, operation="start_workflow")
    assert request.method == "POST"
    assert request.url == "/api/workflows"
    assert request.json == {"a": 1}
    assert request.params is None
    assert request.operation == "start_workflow"
    send = _core(TransportRetryPolicy.disabled()).prepare(request)
    assert send.headers["Content-Type"] == "application/json"
    assert send.headers["Authorization"] == "Bearer s"


def test_query_params_drop_none_and_render_booleans() -> None:
    core = _core(TransportRetryPolicy.disabled())
    send = core.prepare(Request("GET", "/api/x", params={"a": None, "b": True, "c": 3}))
    assert send.params == {"b": 1, "c": 3}


async def test_per_request_timeout_reaches_httpx(kind: str) -> None:
    def long_poll() -> Generator[Request | Sleep, httpx.Response | None, int]:
        response = yield Request(
            "POST", "/api/worker/workflow-tasks/poll", json={}, plane=Plane.WORKER, timeout=40.0
        )
        assert response is not None
        return response.status_code

    script = Script([reply(200, {"task": None}), reply(200, {"namespaces": []})])
    client = make_client(kind, script, timeout=5.0)
    await call(client._run(long_poll()))
    assert script.requests[0].extensions["timeout"]["read"] == 40.0
    await call(client.list_namespaces())
    assert script.requests[1].extensions["timeout"]["read"] == 5.0


def test_idempotent_post_operations_are_documented_and_applied() -> None:
    from durable_workflow.client._transport import IDEMPOTENT_POST_OPERATIONS

    doc = TransportRetryPolicy.__doc__ or ""
    for name in IDEMPOTENT_POST_OPERATIONS:
        assert f"``{name}``" in doc, name
        assert Request("POST", "/api/x", operation=name).is_idempotent, name
    assert not Request("POST", "/api/x", operation="start_workflow").is_idempotent
    assert not Request("POST", "/api/x", operation="query_workflow", idempotent=False).is_idempotent


async def test_a_failing_metrics_recorder_does_not_break_requests(kind: str) -> None:
    class Broken:
        def record_request(self, **_: Any) -> None:
            raise RuntimeError("recorder down")

        def record_retry(self, **_: Any) -> None:
            raise RuntimeError("recorder down")

    script = Script([reply(503, {}, {"Retry-After": "0"}), reply(200, {"namespaces": []})])
    policy = TransportRetryPolicy(max_attempts=2)
    client = make_client(kind, script, metrics=Broken(), retry_policy=policy)
    assert (await call(client.list_namespaces())).namespaces == []
