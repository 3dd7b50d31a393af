"""Worker benchmarks against the embedded server (``python -m benchmarks.worker``).

The server runs in a process of its own (``python -m durable_workflow.devserver``, SQLite in
memory), so the worker's and the server's CPU are measured apart. Three figures, each with a
floor from the same run:

* throughput: 200 workflows of 3 sequential activities started at once, workflows per second,
  and the worker's and the server's CPU shares of the elapsed time. The floor is the same
  workload driven by a hand-written protocol loop (precomputed commands, no runtime, no
  decoding): what the server and HTTP allow.
* latency: start to result of a 1-activity workflow, one at a time (median, p95), against the
  same hand-driven floor.
* memory: the worker's RSS growth with 1,000 workflows held in its sticky cache, per workflow,
  against the same 1,000 workflows run with the cache off.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from durable_workflow import AsyncClient, Worker, activity, workflow
from durable_workflow.codec import encode_payload

STEP = timedelta(seconds=60)
TICK = os.sysconf("SC_CLK_TCK")


@activity.defn(name="bench.step")
async def step(value: int) -> int:
    return value + 1


@workflow.defn(name="bench.three")
class ThreeSteps:
    @workflow.run
    async def run(self, value: int) -> int:
        for _ in range(3):
            value = await workflow.execute_activity(step, value, start_to_close_timeout=STEP)
        return value


@workflow.defn(name="bench.one")
class OneStep:
    @workflow.run
    async def run(self, value: int) -> int:
        result: int = await workflow.execute_activity(step, value, start_to_close_timeout=STEP)
        return result


@workflow.defn(name="bench.parked")
class Parked:
    def __init__(self) -> None:
        self.released = False

    @workflow.run
    async def run(self, value: int) -> int:
        await workflow.wait_condition(lambda: self.released)
        return value

    @workflow.signal
    def release(self) -> None:
        self.released = True


# ------------------------------------------------------------------------------ the server


class ServerProcess:
    def __init__(self) -> None:
        root = Path(__file__).resolve().parents[1]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(root), str(root / "generated")])
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "durable_workflow.devserver",
                "--port",
                "0",
                "--db",
                ":memory:",
                "--poll-timeout",
                "1",
            ],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def rss_bytes() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


# ------------------------------------------------------------------------------ the floor


async def hand_driver(
    client: AsyncClient, queue: str, activities: int, loops: int
) -> Callable[[], Awaitable[None]]:
    """Play worker with raw protocol calls: schedule ``activities`` steps, then complete."""
    worker_id = f"floor-{queue}"
    await client.register_worker(worker_id=worker_id, task_queue=queue)
    stop = asyncio.Event()

    async def workflow_loop() -> None:
        while not stop.is_set():
            task = await client.poll_workflow_task(worker_id=worker_id, task_queue=queue, timeout=1)
            if task is None:
                continue
            done = sum(e["event_type"] == "ActivityCompleted" for e in task["history_events"])
            if done < activities:
                command = {
                    "type": "schedule_activity",
                    "activity_type": "bench.step",
                    "arguments": encode_payload([done]),
                    "start_to_close_timeout": 60,
                }
            else:
                command = {"type": "complete_workflow", "result": encode_payload(done)}
            await client.complete_workflow_task(
                task_id=task["task_id"],
                lease_owner=task["lease_owner"],
                workflow_task_attempt=task["workflow_task_attempt"],
                commands=[command],
            )

    async def activity_loop() -> None:
        while not stop.is_set():
            task = await client.poll_activity_task(worker_id=worker_id, task_queue=queue, timeout=1)
            if task is None:
                continue
            await client.complete_activity_task(
                task_id=task["task_id"],
                activity_attempt_id=task["activity_attempt_id"],
                lease_owner=task["lease_owner"],
                result=1,
            )

    running = [asyncio.create_task(workflow_loop()) for _ in range(loops)]
    running += [asyncio.create_task(activity_loop()) for _ in range(loops)]

    async def shutdown() -> None:
        stop.set()
        await asyncio.gather(*running, return_exceptions=True)

    return shutdown


# ------------------------------------------------------------------------------ measurements


async def _start_all(client: AsyncClient, kind: str, queue: str, count: int, tag: str) -> list[Any]:
    return list(
        await asyncio.gather(
            *(
                client.start_workflow(
                    workflow_type=kind, task_queue=queue, workflow_id=f"{tag}-{n}", input=[n]
                )
                for n in range(count)
            )
        )
    )


async def _throughput(
    client: AsyncClient, server: ServerProcess, queue: str, count: int, kind: str
) -> tuple[float, float, float]:
    cpu0, server0, wall0 = time.process_time(), server.cpu_seconds(), time.perf_counter()
    handles = await _start_all(client, kind, queue, count, queue)
    for handle in handles:
        await handle.result(poll_interval=0.02, timeout=600)
    wall = time.perf_counter() - wall0
    return (
        count / wall,
        (time.process_time() - cpu0) / wall,
        (server.cpu_seconds() - server0) / wall,
    )


async def _latencies(client: AsyncClient, kind: str, queue: str, count: int) -> list[float]:
    samples = []
    for n in range(count):
        start = time.perf_counter()
        handle = await client.start_workflow(
            workflow_type=kind, task_queue=queue, workflow_id=f"{queue}-{n}", input=[n]
        )
        await handle.result(poll_interval=0.002, timeout=60)
        samples.append(time.perf_counter() - start)
    return samples


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


async def run(scale: int = 1) -> None:
    server = ServerProcess()
    try:
        async with AsyncClient(server.url) as client:
            count = 200 * scale
            shutdown = await hand_driver(client, "floor-3", activities=3, loops=4)
            floor = await _throughput(client, server, "floor-3", count, "bench.three")
            await shutdown()
            async with Worker(
                client,
                task_queue="sdk-3",
                workflows=[ThreeSteps],
                activities=[step],
                max_concurrent_workflow_tasks=20,
                max_concurrent_activities=20,
            ):
                sdk = await _throughput(client, server, "sdk-3", count, "bench.three")
            print(
                f"{'worker: 3-activity workflows, ' + str(count) + ' at once':<52} "
                f"{sdk[0]:8.1f} wf/s  (floor {floor[0]:.1f} wf/s by hand)"
            )
            print(
                f"{'  CPU share of the elapsed time':<52} worker {sdk[1]:5.0%}  "
                f"server {sdk[2]:5.0%}  (floor: driver {floor[1]:.0%}, server {floor[2]:.0%})"
            )

            n = 50 * scale
            shutdown = await hand_driver(client, "floor-1", activities=1, loops=1)
            floor_lat = await _latencies(client, "bench.one", "floor-1", n)
            await shutdown()
            async with Worker(client, task_queue="sdk-1", workflows=[OneStep], activities=[step]):
                sdk_lat = await _latencies(client, "bench.one", "sdk-1", n)
            print(
                f"{'worker: start to result, 1-activity workflow':<52} "
                f"median {statistics.median(sdk_lat) * 1e3:6.1f} ms  "
                f"p95 {_p95(sdk_lat) * 1e3:6.1f} ms"
                f"  (floor median {statistics.median(floor_lat) * 1e3:.1f} ms, "
                f"p95 {_p95(floor_lat) * 1e3:.1f} ms)"
            )

            rss = {cached: _rss_in_child(server.url, cached) for cached in (0, 1000)}
            heap = {cached: _rss_in_child(server.url, cached, trace=True) for cached in (0, 1000)}
            print(
                f"{'worker: RSS with 1,000 cached workflows':<52} "
                f"+{rss[1000][0] / 2**20:6.1f} MiB ({rss[1000][2]} held; floor: the same 1,000 "
                f"with the cache off +{rss[0][0] / 2**20:.1f} MiB); Python heap held "
                f"{(heap[1000][1] - heap[0][1]) / 1000 / 1024:.1f} KiB per cached workflow"
            )
    finally:
        server.stop()


async def _rss_growth(url: str, cached: int, trace: bool) -> tuple[int, int, int]:
    """In this (fresh) process: RSS growth while a worker takes 1,000 parked workflows, the
    Python heap still held afterwards (tracemalloc), and the number of cached instances."""
    queue = f"rss-{cached}-{int(trace)}"
    async with AsyncClient(url) as client:
        worker = Worker(
            client,
            task_queue=queue,
            workflows=[Parked],
            max_cached_workflows=cached,
            max_concurrent_workflow_tasks=20,
        )
        async with worker:
            assert worker.workflows is not None
            gc.collect()
            if trace:
                tracemalloc.start()
            before = rss_bytes()
            handles = await _start_all(client, "bench.parked", queue, 1000, queue)
            while sum(worker.workflows.outcomes.values()) < 1000:
                await asyncio.sleep(0.05)
            gc.collect()
            grown = rss_bytes() - before
            heap = tracemalloc.get_traced_memory()[0] if trace else 0
            tracemalloc.stop()
            held = len(worker.workflows.cache)
            for handle in handles:
                await client.terminate_workflow(handle.workflow_id)
    return grown, heap, held


def _rss_in_child(url: str, cached: int, trace: bool = False) -> tuple[int, int, int]:
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(root), str(root / "generated")])
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.worker", "rss", url, str(cached), str(int(trace))],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    grown, heap, held = done.stdout.split()[-3:]
    return int(grown), int(heap), int(held)


def main(scale: int = 1) -> None:
    asyncio.run(run(scale))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "rss":
        print(*asyncio.run(_rss_growth(sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1")))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
