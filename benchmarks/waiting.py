"""Many callers waiting for results on the embedded server (``python -m benchmarks``).

200 workflows are started, then 200 concurrent ``result()`` calls wait while a worker (driven
by hand through the worker-plane methods, as ``durable_workflow.demo`` does) completes them.
Printed: the worker's time (the floor: no wait can end before the worker finishes), the wall
time until every ``result()`` returned and the requests the waiting client made, for the
history long poll and, for comparison, for the describe polling every 0.5 s that servers
without the long poll get.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

from durable_workflow import AsyncClient
from durable_workflow.client import InMemoryMetrics
from durable_workflow.codec import encode_payload

TASK_QUEUE = "bench-wait"
WORKERS = 4
WORK_SECONDS = 0.025


async def _worker(client: AsyncClient, worker_id: str, remaining: Counter[str]) -> float:
    """Complete workflow tasks until none is left; return when the last one finished."""
    finished = time.perf_counter()
    while remaining["todo"] > 0:
        task = await client.poll_workflow_task(
            worker_id=worker_id, task_queue=TASK_QUEUE, timeout=1
        )
        if task is None:
            continue
        await asyncio.sleep(WORK_SECONDS)  # the workflow code
        await client.complete_workflow_task(
            task_id=task["task_id"],
            lease_owner=task["lease_owner"],
            workflow_task_attempt=task["workflow_task_attempt"],
            commands=[{"type": "complete_workflow", "result": encode_payload({"ok": True})}],
        )
        remaining["todo"] -= 1
        finished = time.perf_counter()
    return finished


async def _round(base_url: str, waiters: int, prefix: str, *, poll: bool) -> dict[str, Any]:
    from durable_workflow.client.ops import _results

    metrics = InMemoryMetrics()
    async with (
        AsyncClient(base_url) as starter,
        AsyncClient(base_url) as worker,
        AsyncClient(base_url, metrics=metrics) as waiter,
    ):
        handles = [
            await starter.start_workflow(
                workflow_type="bench.wait", task_queue=TASK_QUEUE, workflow_id=f"{prefix}-{i}"
            )
            for i in range(waiters)
        ]
        for n in range(WORKERS):
            await worker.register_worker(worker_id=f"{prefix}-w{n}", task_queue=TASK_QUEUE)
        returned: list[float] = []

        async def wait(workflow_id: str) -> Any:
            # long_poll=False: what a server without the history long poll gets
            operation = _results.get_result(
                waiter._core, workflow_id, None, poll_interval=0.5, timeout=120, long_poll=not poll
            )
            result = await waiter._run(operation)
            returned.append(time.perf_counter())
            return result

        started = time.perf_counter()
        waits = [asyncio.ensure_future(wait(h.workflow_id)) for h in handles]
        await asyncio.sleep(0)
        remaining: Counter[str] = Counter(todo=waiters)
        ends = await asyncio.gather(
            *(_worker(worker, f"{prefix}-w{n}", remaining) for n in range(WORKERS))
        )
        results = await asyncio.gather(*waits)
        wall = max(returned) - started
    assert all(r == {"ok": True} for r in results)
    by_operation: Counter[str] = Counter()
    for (operation, _plane, _status), count in metrics.requests.items():
        by_operation[operation] += count
    return {
        "worker": max(ends) - started,
        "wall": wall,
        "requests": sum(by_operation.values()),
        "by_operation": dict(by_operation),
    }


def bench_waiting(waiters: int = 200) -> None:
    try:
        from durable_workflow.devserver.clock import SystemClock
        from durable_workflow.devserver.server import ServerConfig
        from durable_workflow.devserver.testing import run_dev_server
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        print(f"waiting: skipped, the embedded server needs the 'server' extra ({exc})")
        return
    print(f"waiting: {waiters} concurrent result() calls on the embedded server")
    with run_dev_server(ServerConfig(poll_timeout=10.0), clock=SystemClock()) as dev:
        for label, poll in (("history long poll", False), ("describe polling 0.5 s", True)):
            prefix = "poll" if poll else "wait"
            figures = asyncio.run(_round(dev.base_url, waiters, prefix, poll=poll))
            ratio = figures["wall"] / figures["worker"]
            per_waiter = figures["requests"] / waiters
            print(
                f"  {label:<24} worker {figures['worker']:6.2f} s (floor)  "
                f"wall {figures['wall']:6.2f} s ({ratio:4.2f}x)  "
                f"requests {figures['requests']:5d} ({per_waiter:.2f}/waiter)  "
                f"{figures['by_operation']}"
            )
