"""The in-process test environment running N mocked sequential activities.

A workflow awaits N activities one after the other (3N + 3 history events: scheduled, started,
completed per activity); the activity is a mock registered under its name. Figures: total time
per N, cost per activity, and the linearity ratio (cost per activity at the largest N over that
at the smallest; 1.0 is perfectly linear), also with the cyclic garbage collector paused (what
remains above 1.0 with it running is the collector walking a larger heap, not the environment).
Target: N = 1000 under 1 s.

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


async def _once(n: int) -> float:
    async with InProcessEnvironment(workflows=[Sequential]) as env:
        env.mock_activity("bench.step", lambda value: value + 1)
        start = time.perf_counter()
        result = await env.execute_workflow(Sequential, n)
        elapsed = time.perf_counter() - start
    if result != n:
        raise AssertionError(f"the benchmark workflow returned {result}, expected {n}")
    return elapsed


def measure(n: int, rounds: int, *, gc_paused: bool = False) -> float:
    """Median wall time (seconds) of one workflow of ``n`` sequential activities (with the
    cyclic garbage collector paused during each run when ``gc_paused``)."""
    samples = []
    for _ in range(rounds):
        gc.collect()
        if gc_paused:
            gc.disable()
        try:
            samples.append(asyncio.run(_once(n)))
        finally:
            gc.enable()
    return statistics.median(samples)


def _rounds(n: int) -> int:
    """Rounds per size: at least three, and about 5,000 activities in all (small sizes are
    short enough for the machine's noise to swamp a single run)."""
    return max(3, 5000 // n)


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
        start = time.perf_counter()
        for i in range(number):
            one(i)
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def bench_in_process(scale: int = 1) -> dict[int, float]:
    """Print the figures; returns seconds per run by N."""
    print("in-process environment: N mocked sequential activities")
    floor = floor_per_activity()
    print(f"{'floor: payload round trips per activity':<52} {floor * 1e6:10.1f} µs")
    totals: dict[int, float] = {}
    for n in SIZES:
        totals[n] = measure(n, rounds=_rounds(n) * scale)
        per = totals[n] / n
        print(
            f"{f'N = {n}':<52} {totals[n]:10.3f} s  {per * 1e6:8.1f} µs/activity"
            f"  ({per / floor:4.1f}x floor)"
        )
    small, large = SIZES[0], SIZES[-1]
    ratio = (totals[large] / large) / (totals[small] / small)
    print(f"{f'linearity (per activity at {large} / at {small})':<52} {ratio:10.2f}")
    paused_large = measure(large, _rounds(large), gc_paused=True) / large
    paused = paused_large / (measure(small, _rounds(small), gc_paused=True) / small)
    print(f"{'linearity with the cyclic GC paused':<52} {paused:10.2f}")
    verdict = "met" if totals[TARGET_N] < TARGET_SECONDS else "MISSED"
    print(f"{f'target: N = {TARGET_N} under {TARGET_SECONDS:.0f} s':<52} {verdict:>10}")
    return totals


if __name__ == "__main__":
    bench_in_process()
