"""Client life and connections: closing, event loops, unreachable and foreign servers, pools,
and tracebacks that start at the caller."""

from __future__ import annotations

import asyncio
import socket
import time
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import AsyncClient, SyncClient, TransportRetryPolicy

from .conftest import Script, call, make_client, reply


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# --------------------------------------------------------------------------- closed clients


async def test_a_closed_client_raises_client_closed(kind: str) -> None:
    script = Script()
    client = make_client(kind, script)
    if isinstance(client, AsyncClient):
        await client.aclose()
    else:
        client.close()
    assert client.closed
    with pytest.raises(errors.ClientClosed, match="closed") as caught:
        await call(client.describe_workflow("wf"))
    assert isinstance(caught.value, RuntimeError)
    assert script.requests == []


async def test_aclose_ends_an_in_flight_call_without_retry() -> None:
    calls = 0
    started = asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        started.set()
        await asyncio.sleep(30)
        return httpx.Response(200, json={})

    client = AsyncClient(
        "http://dw.test", transport=httpx.MockTransport(slow), retry_policy=TransportRetryPolicy()
    )
    pending = asyncio.ensure_future(client.describe_workflow("wf"))
    await asyncio.wait_for(started.wait(), 5)
    begun = time.monotonic()
    await client.aclose()
    with pytest.raises(errors.ClientClosed):
        await asyncio.wait_for(pending, 5)
    assert time.monotonic() - begun < 2
    assert calls == 1


async def test_cancelling_the_caller_still_cancels() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return httpx.Response(200, json={})

    async with AsyncClient("http://dw.test", transport=httpx.MockTransport(slow)) as client:
        pending = asyncio.ensure_future(client.describe_workflow("wf"))
        await asyncio.sleep(0.01)
        pending.cancel()
        with pytest.raises(asyncio.CancelledError):
            await pending


def test_an_async_client_used_from_a_second_event_loop() -> None:
    client = AsyncClient(
        "http://dw.test", transport=httpx.MockTransport(lambda r: reply(200, {"name": "q"}))
    )
    asyncio.run(client.describe_task_queue("q"))
    with pytest.raises(errors.WrongEventLoop, match="another event loop") as caught:
        asyncio.run(client.describe_task_queue("q"))
    assert isinstance(caught.value, RuntimeError)


# --------------------------------------------------------------------------- addresses and answers


async def test_connection_failures_name_host_and_port(kind: str) -> None:
    port = _free_port()
    cls = AsyncClient if kind == "async" else SyncClient
    client = cls(f"http://127.0.0.1:{port}", retry_policy=TransportRetryPolicy.disabled())
    with pytest.raises(errors.ConnectionFailed, match=f"127.0.0.1:{port}") as caught:
        await call(client.describe_workflow("wf"))
    assert (caught.value.host, caught.value.port) == ("127.0.0.1", port)


@pytest.mark.parametrize("status", [200, 404])
async def test_an_html_answer_is_not_a_durable_workflow_server(kind: str, status: int) -> None:
    page = "<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"
    script = Script([httpx.Response(status, text=page, headers={"content-type": "text/html"})])
    client = make_client(kind, script)
    with pytest.raises(errors.NotADurableWorkflowServer, match="HTML page") as caught:
        await call(client.describe_workflow("wf"))
    exc = caught.value
    assert exc.url == "http://dw.test/api/workflows/wf"
    assert exc.status == status
    assert not isinstance(exc, errors.WorkflowNotFound)


async def test_a_json_error_of_the_server_keeps_its_type(kind: str) -> None:
    body = {"message": "not found", "reason": "instance_not_found"}
    client = make_client(kind, Script([reply(404, body)]))
    with pytest.raises(errors.WorkflowNotFound):
        await call(client.describe_workflow("wf"))


def test_limits_and_timeout_reach_both_pools() -> None:
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=1)
    timeout = httpx.Timeout(7.0, connect=2.0)
    for cls in (AsyncClient, SyncClient):
        client: Any = cls("http://127.0.0.1:1", limits=limits, timeout=timeout)
        assert client._http.timeout == timeout
        assert client._http._transport._pool._max_connections == 3
        polls = client._new_poll_pool()
        assert polls.timeout == timeout
        assert polls._transport._pool._max_connections > 10**6  # one connection per open poll
    with pytest.raises(errors.ConfigurationError, match="limits"):
        SyncClient("http://127.0.0.1:1", limits={"max_connections": 3})  # type: ignore[arg-type]


# --------------------------------------------------------------------------- tracebacks


async def test_tracebacks_start_at_the_callers_line(kind: str, monkeypatch: Any) -> None:
    monkeypatch.delenv("DURABLE_WORKFLOW_FULL_TRACEBACKS", raising=False)
    body = {"message": "not found", "reason": "instance_not_found"}
    client = make_client(kind, Script([reply(404, body)]))
    with pytest.raises(errors.WorkflowNotFound) as caught:
        await call(client.describe_workflow("wf"))
    frames = traceback.extract_tb(caught.value.__traceback__)
    files = [frame.filename for frame in frames]
    assert not [f for f in files if f.endswith("_core.py")], files
    assert [frame.name for frame in frames][-2:] == ["describe_workflow", "_run"]
    assert len(files) <= 4, files


async def test_full_tracebacks_on_request(kind: str, monkeypatch: Any) -> None:
    monkeypatch.setenv("DURABLE_WORKFLOW_FULL_TRACEBACKS", "1")
    body = {"message": "not found", "reason": "instance_not_found"}
    client = make_client(kind, Script([reply(404, body)]))
    with pytest.raises(errors.WorkflowNotFound) as caught:
        await call(client.describe_workflow("wf"))
    files = [frame.filename for frame in traceback.extract_tb(caught.value.__traceback__)]
    assert any(f.endswith("_core.py") for f in files)


# --------------------------------------------------------------------------- the long-poll pool


@pytest.fixture(scope="module")
def dev() -> Iterator[Any]:
    pytest.importorskip("uvicorn")
    from durable_workflow.devserver.server import ServerConfig
    from durable_workflow.devserver.testing import run_dev_server

    with run_dev_server(ServerConfig(poll_timeout=3.0)) as running:
        yield running


@pytest.mark.integration
async def test_control_calls_never_wait_behind_open_polls(dev: Any) -> None:
    limits = httpx.Limits(max_connections=2)
    async with AsyncClient(dev.base_url, limits=limits) as client:
        await client.register_worker(worker_id="pool-w", task_queue="pool-q")
        polls = [
            asyncio.ensure_future(
                client.poll_workflow_task(worker_id="pool-w", task_queue="pool-q", timeout=3)
            )
            for _ in range(6)
        ]
        await asyncio.sleep(0.3)  # the polls are open on the server now
        begun = time.monotonic()
        for _ in range(3):
            await asyncio.wait_for(client.describe_task_queue("pool-q"), 2)
        assert time.monotonic() - begun < 1.5
        assert not any(p.done() for p in polls)
        assert await asyncio.gather(*polls) == [None] * 6
