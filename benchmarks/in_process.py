"""The in-process test environment running N mocked sequential activities.

A workflow awaits N activities one after the other (3N + 3 history events: scheduled, started,
completed per activity); the activity is a mock registered under its name. Figures: time per N
(CPU time of this process, which other load on the machine does not inflate, and wall time in
brackets), cost per activity, and the linearity ratio (cost per activity at the largest N over
that at the smallest; 1.0 is perfectly linear), also with the cyclic garbage collector paused.
Sizes are interleaved round by round. Target: N = 1000 under 1 s.

The floor, measured in the same run, is what any environment pays per activity before doing
anything of its own: the payload round trips (arguments encoded by the workflow and decoded for
the activity, the result encoded and decoded back), with the same converter.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from datetime import timedelta

from durable_workflow import workflow
from durable_workflow.codec import decode_payload, default_converter, encode_payload
from durable_workflow.testing import InProcessEnvironment

SIZES = (100, 1000, 5000)
TARGET_N = 1000
TARGET_SECONDS = 1.0


@workflow.defn(name="bench.sequential")
class Sequential:
    @workflow.run
    async def run(self, n: int) -> int:
        total = 0
        for _ in range(n):
            total = await workflow.execute_activity(
                "bench.step", total, start_to_close_timeout=timedelta(seconds=30)
            )
        return total


async def _once(n: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one workflow of ``n`` sequential activities."""
    async with InProcessEnvironment(workflows=[Sequential]) as env:
        env.mock_activity("bench.step", lambda value: value + 1)
        cpu, wall = time.process_time(), time.perf_counter()
        result = await env.execute_workflow(Sequential, n)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    if result != n:
        raise AssertionError(f"the benchmark workflow returned {result}, expected {n}")
    return cpu, wall


def _run(n: int, gc_paused: bool) -> tuple[float, float]:
    gc.collect()
    if gc_paused:
        gc.disable()
    try:
        return asyncio.run(_once(n))
    finally:
        gc.enable()


def measure(
    sizes: tuple[int, ...], rounds: int, *, gc_paused: bool = False
) -> dict[int, tuple[float, float]]:
    """Median (CPU, wall) seconds of one workflow per size, sizes interleaved round by round
    so that the machine's load falls on all of them alike; small sizes run several times per
    round (about 1,000 activities). With ``gc_paused`` the cyclic garbage collector is off
    during each run."""
    samples: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
    for _ in range(rounds):
        for n in sizes:
            repeats = max(1, 1000 // n)
            runs = [_run(n, gc_paused) for _ in range(repeats)]
            samples[n].append(
                (sum(c for c, _ in runs) / repeats, sum(w for _, w in runs) / repeats)
            )
    return {
        n: (
            statistics.median(c for c, _ in values),
            statistics.median(w for _, w in values),
        )
        for n, values in samples.items()
    }


def floor_per_activity(number: int = 2000) -> float:
    """Seconds per activity spent in payload round trips alone."""
    converter = default_converter()

    def one(value: int) -> None:
        arguments = encode_payload([value], converter=converter)
        decode_payload(arguments, "avro", type_hints=[int], converter=converter)
        result = encode_payload(value + 1, converter=converter)
        decode_payload(result, "avro", type_hint=int, converter=converter)

    one(0)
    samples = []
    for _ in range(5):
        start = time.process_time()
        for i in range(number):
            one(i)
        samples.append((time.process_time() - start) / number)
    return statistics.median(samples)


def bench_in_process(scale: int = 1) -> dict[int, float]:
    """Print the figures (CPU time, which the machine's other load does not inflate, and wall
    time); returns CPU seconds per run by N."""
    print("in-process environment: N mocked sequential activities (CPU time; wall in brackets)")
    floor = floor_per_activity()
    print(f"{'floor: payload round trips per activity':<52} {floor * 1e6:10.1f} µs")
    figures = measure(SIZES, rounds=5 * scale)
    for n, (cpu, wall) in figures.items():
        per = cpu / n
        print(
            f"{f'N = {n}':<52} {cpu:10.3f} s  ({wall:.3f} s)  {per * 1e6:8.1f} µs/activity"
            f"  ({per / floor:4.1f}x floor)"
        )
    small, large = SIZES[0], SIZES[-1]
    ratio = (figures[large][0] / large) / (figures[small][0] / small)
    print(f"{f'linearity (per activity at {large} / at {small})':<52} {ratio:10.2f}")
    paused = measure((small, large), rounds=3 * scale, gc_paused=True)
    paused_ratio = (paused[large][0] / large) / (paused[small][0] / small)
    print(f"{'linearity with the cyclic GC paused':<52} {paused_ratio:10.2f}")
    cpu, wall = figures[TARGET_N]
    verdict = "met" if max(cpu, wall) < TARGET_SECONDS else "MISSED"
    print(f"{f'target: N = {TARGET_N} under {TARGET_SECONDS:.0f} s':<52} {verdict:>10}")
    return {n: cpu for n, (cpu, _) in figures.items()}


if __name__ == "__main__":
    bench_in_process()
