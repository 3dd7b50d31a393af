"""Client CPU per call against raw httpx doing the same requests.

A small HTTP/1.1 server in another process (127.0.0.1, keep-alive, a fixed ``describe`` body
without payloads) answers both. The SDK calls ``describe_workflow``; the floor sends the same
GET with the same URL and headers through a plain ``httpx`` client configured like the SDK's
(default limits, the SDK's timeout) and parses the JSON body.
The figure is this process's CPU time (``time.process_time``, all threads) per call, measured in
alternating batches: sync and async, one call at a time and 50 in flight.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

import httpx

from benchmarks.report import Report, Row, interleaved
from durable_workflow import AsyncClient, SyncClient

CONCURRENCY = 50
WORKFLOW_ID = "order-42"

SERVER = r"""
import asyncio, sys

body = sys.stdin.buffer.read()
response = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + b"content-length: %d\r\n\r\n" % len(body)
    + body
)

async def handle(reader, writer):
    try:
        while True:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(response)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()

asyncio.run(main())
"""


def _body() -> bytes:
    return json.dumps(
        {
            "workflow_id": WORKFLOW_ID,
            "run_id": "01J0000000000000000000000",
            "workflow_type": "orders.process",
            "status": "running",
            "status_bucket": "running",
            "namespace": "default",
            "task_queue": "orders",
            "payload_codec": "avro",
            "input_envelope": None,
            "output_envelope": None,
        }
    ).encode()


def _sdk_request() -> tuple[str, dict[str, str]]:
    """The path and headers the SDK sends for ``describe_workflow``."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=_body(), headers={"content-type": "application/json"})

    with SyncClient("http://bench.local", token="t", transport=httpx.MockTransport(handler)) as c:
        c.describe_workflow(WORKFLOW_ID)
    request = seen[-1]
    return request.url.raw_path.decode(), dict(request.headers)


def _timeout() -> float:
    with SyncClient("http://bench.local", token="t") as client:
        timeout: float = client._core.timeout
    return timeout


def _cpu_per_call(run: Callable[[], None], calls: int) -> Callable[[], float]:
    def measure() -> float:
        start = time.process_time()
        run()
        return (time.process_time() - start) / calls

    return measure


def _row(label: str, mine: float, base: float) -> Row:
    return Row(
        label,
        f"{mine * 1e6:.0f} µs",
        f"{base * 1e6:.0f} µs",
        mine / base,
        "<= 1.10",
        mine / base <= 1.1,
    )


def bench_client_floor(report: Report, rounds: int, calls: int) -> None:
    print("client CPU per call vs raw httpx (local server, interleaved batches)")
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert server.stdin is not None and server.stdout is not None
        server.stdin.write(_body())
        server.stdin.close()
        base_url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        path, headers = _sdk_request()
        _sync(report, base_url, path, headers, rounds, calls)
        asyncio.run(_async(report, base_url, path, headers, rounds, calls))
    finally:
        server.terminate()
        server.wait(timeout=10)


def _sync(
    report: Report, base_url: str, path: str, headers: dict[str, str], rounds: int, calls: int
) -> None:
    with (
        SyncClient(base_url, token="t") as sdk,
        httpx.Client(base_url=base_url, timeout=_timeout()) as raw,
        ThreadPoolExecutor(CONCURRENCY) as pool,
    ):

        def sdk_call(_: object = None) -> None:
            sdk.describe_workflow(WORKFLOW_ID)

        def raw_call(_: object = None) -> None:
            response = raw.get(path, headers=headers)
            response.raise_for_status()
            response.json()

        for call in (sdk_call, raw_call):  # warm up: connections, caches
            list(pool.map(call, range(CONCURRENCY)))

        def sequential(call: Callable[[], None]) -> Callable[[], None]:
            def run() -> None:
                for _ in range(calls):
                    call()

            return run

        def concurrent(call: Callable[[object], None]) -> Callable[[], None]:
            def run() -> None:
                list(pool.map(call, range(calls)))

            return run

        mine, base = interleaved(
            _cpu_per_call(sequential(sdk_call), calls),
            _cpu_per_call(sequential(raw_call), calls),
            rounds,
        )
        report.add(
            "Client CPU per call", _row("SyncClient.describe_workflow, sequential", mine, base)
        )
        mine, base = interleaved(
            _cpu_per_call(concurrent(sdk_call), calls),
            _cpu_per_call(concurrent(raw_call), calls),
            rounds,
        )
        report.add(
            "Client CPU per call",
            _row(f"SyncClient.describe_workflow, {CONCURRENCY} threads", mine, base),
        )


async def _async(
    report: Report, base_url: str, path: str, headers: dict[str, str], rounds: int, calls: int
) -> None:
    async with (
        AsyncClient(base_url, token="t") as sdk,
        httpx.AsyncClient(base_url=base_url, timeout=_timeout()) as raw,
    ):

        async def sdk_call() -> None:
            await sdk.describe_workflow(WORKFLOW_ID)

        async def raw_call() -> None:
            response = await raw.get(path, headers=headers)
            response.raise_for_status()
            response.json()

        async def batch(call: Callable[[], Awaitable[None]], width: int) -> float:
            async def worker(n: int) -> None:
                for _ in range(n):
                    await call()

            start = time.process_time()
            await asyncio.gather(*(worker(calls // width) for _ in range(width)))
            return (time.process_time() - start) / (calls // width * width)

        for call in (sdk_call, raw_call):
            await batch(call, CONCURRENCY)
        for width, label in ((1, "sequential"), (CONCURRENCY, f"{CONCURRENCY} tasks")):
            mine: list[float] = []
            base: list[float] = []
            for index in range(rounds):
                order = (sdk_call, raw_call) if index % 2 == 0 else (raw_call, sdk_call)
                for call in order:
                    (mine if call is sdk_call else base).append(await batch(call, width))
            report.add(
                "Client CPU per call",
                _row(
                    f"AsyncClient.describe_workflow, {label}",
                    statistics.median(mine),
                    statistics.median(base),
                ),
            )
