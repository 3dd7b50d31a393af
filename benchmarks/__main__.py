"""Speed and memory benchmarks: ``python -m benchmarks`` (``make bench``).

Each benchmark prints its median time per operation over several rounds, and the peak memory
allocated (tracemalloc) where memory is the point. Nothing here reaches the network: the client
benchmarks answer from an in-process ``httpx.MockTransport``, so they measure the SDK's own
overhead (request building, headers, retries bookkeeping, response mapping, payload codec);
``benchmarks/waiting.py`` drives the embedded server on 127.0.0.1 (many concurrent waits).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from durable_workflow import AsyncClient, SyncClient
from durable_workflow.codec import decode_payload, encode_payload


@dataclass
class LineItem:
    sku: str
    quantity: int
    price_cents: int


@dataclass
class Order:
    order_id: int
    customer: str
    items: list[LineItem]
    tags: dict[str, str]


ORDER = Order(
    order_id=42,
    customer="Ada Lovelace",
    items=[
        LineItem(sku=f"SKU-{i:04d}", quantity=i % 5 + 1, price_cents=199 * i) for i in range(20)
    ],
    tags={"tier": "gold", "region": "eu-west", "channel": "web"},
)
TABLE = [{"row": i, "name": f"item-{i}", "value": i * 1.5, "ok": i % 2 == 0} for i in range(2000)]


def measure(label: str, fn: Callable[[], Any], *, number: int, rounds: int = 5) -> float:
    fn()  # warm up
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        samples.append((time.perf_counter() - start) / number)
    median = statistics.median(samples)
    print(f"{label:<52} {median * 1e6:10.1f} µs/op")
    return median


def peak_memory(label: str, fn: Callable[[], Any]) -> int:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<52} {peak / 1024:10.1f} KiB peak")
    return peak


def _describe_body() -> dict[str, Any]:
    return {
        "workflow_id": "order-42",
        "run_id": "01J0000000000000000000000",
        "workflow_type": "orders.process",
        "status": "completed",
        "namespace": "default",
        "task_queue": "orders",
        "payload_codec": "avro",
        "input_envelope": encode_payload([ORDER]),
        "output_envelope": encode_payload({"status": "ok", "order_id": 42}),
    }


def _transport() -> httpx.MockTransport:
    body = json.dumps(_describe_body()).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def bench_codec(scale: int) -> None:
    print("codec")
    order_env = encode_payload([ORDER])
    table_env = encode_payload(TABLE)
    measure(
        "encode an order (dataclasses, 20 items)",
        lambda: encode_payload([ORDER]),
        number=200 * scale,
    )
    measure(
        "decode an order to dataclasses",
        lambda: decode_payload(order_env, type_hint=tuple[Order]),
        number=200 * scale,
    )
    measure("encode a 2,000-row table", lambda: encode_payload(TABLE), number=5 * scale)
    measure("decode a 2,000-row table", lambda: decode_payload(table_env), number=5 * scale)
    peak_memory("decode a 2,000-row table", lambda: decode_payload(table_env))


def bench_clients(scale: int) -> None:
    print("clients (in-process transport: SDK overhead only)")
    sync_client = SyncClient("http://bench.local", token="t", transport=_transport())
    measure(
        "SyncClient.describe_workflow",
        lambda: sync_client.describe_workflow("order-42"),
        number=100 * scale,
    )
    sync_client.close()

    async def run_async(n: int) -> float:
        async with AsyncClient("http://bench.local", token="t", transport=_transport()) as client:
            await client.describe_workflow("order-42")
            start = time.perf_counter()
            for _ in range(n):
                await client.describe_workflow("order-42")
            return (time.perf_counter() - start) / n

    per_op = statistics.median(asyncio.run(run_async(100 * scale)) for _ in range(5))
    print(f"{'AsyncClient.describe_workflow':<52} {per_op * 1e6:10.1f} µs/op")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="multiply the iteration counts")
    parser.add_argument("--no-floors", action="store_true", help="skip the floor comparisons")
    parser.add_argument("--waiters", type=int, default=200, help="concurrent result() calls")
    args = parser.parse_args()
    bench_codec(args.scale)
    bench_clients(args.scale)
    from benchmarks.waiting import bench_waiting
    from benchmarks.worker import main as bench_worker
    from benchmarks.workflow_replay import bench_cached_task, bench_replay

    bench_waiting(args.waiters)
    bench_replay(args.scale)
    bench_cached_task(args.scale)
    from benchmarks.in_process import bench_in_process

    bench_in_process(args.scale)
    # The worker against the embedded server in a process of its own (benchmarks/worker.py).
    bench_worker(args.scale)
    from benchmarks import devserver

    devserver.run(args.scale)
    if not args.no_floors:
        bench_floors(args.scale)


def bench_floors(scale: int) -> None:
    """Figures against floors measured in the same run; written to BENCHMARKS.md."""
    from benchmarks.client_floor import bench_client_floor
    from benchmarks.codec_floor import bench_codec_floor
    from benchmarks.imports import bench_imports
    from benchmarks.report import Report

    report = Report()
    bench_imports(report, rounds=21 * scale)
    bench_codec_floor(report, rounds=5 * scale, budget=0.1)
    bench_client_floor(report, rounds=25 * scale, calls=100)
    from benchmarks.devserver_concurrency import bench_health_under_lists

    bench_health_under_lists(report, blocks=6 * scale)
    from benchmarks.devserver_concurrency import bench_sweep

    bench_sweep(report, blocks=4 * scale)
    report.write()


if __name__ == "__main__":
    main()
