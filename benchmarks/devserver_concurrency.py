"""Dev-server responsiveness: ``GET /api/health`` latency while slow list requests run.

At 50k workflows, three clients search the workflow list without pause (a text search that
walks most of the table); meanwhile another client times ``GET /api/health``. The floor is the
same health request with the lists paused, measured in the same run in alternating blocks. A
server that runs the lists on its event loop answers health only between lists (a ratio in the
tens: 28 to 38 measured on a shared 2-core machine); one that runs them in worker threads keeps
answering. What is left of the ratio is the CPU the three scans take (on 2 cores they leave the
loop a share of one) and the interpreter the threads share: 0.8 to 6 on that machine.

Run alone: ``python -m benchmarks.devserver_concurrency`` (``--rounds N``).
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

import httpx

from benchmarks.devserver import CP, _fill
from benchmarks.report import Report, Row
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server

WORKFLOWS = 50_000
LISTERS = 3
SEARCH = {"page_size": "50", "query": "gen-0000"}
#: Health requests per block; blocks alternate between lists paused and lists running.
PER_BLOCK = 20


class Listers:
    """``LISTERS`` threads that search the workflow list back to back while active."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.active = threading.Event()
        self.stop = threading.Event()
        self.in_flight = 0
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(LISTERS)]

    def __enter__(self) -> Listers:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.active.set()
        for thread in self.threads:
            thread.join(60)

    def _run(self) -> None:
        with httpx.Client(base_url=self.base_url, timeout=60) as http:
            while True:
                self.active.wait()
                if self.stop.is_set():
                    return
                with self.lock:
                    self.in_flight += 1
                started = time.perf_counter()
                r = http.get("/api/workflows", params=SEARCH, headers=CP)
                elapsed = time.perf_counter() - started
                with self.lock:
                    self.in_flight -= 1
                    self.latencies.append(elapsed)
                assert r.status_code == 200, r.text

    def pause(self) -> None:
        self.active.clear()
        while True:
            with self.lock:
                if self.in_flight == 0:
                    return
            time.sleep(0.001)

    def run(self) -> None:
        before = len(self.latencies)
        self.active.set()
        while True:  # every lister has a request under way before health is timed
            with self.lock:
                if self.in_flight == LISTERS or len(self.latencies) > before:
                    return
            time.sleep(0.001)


def _health_block(http: httpx.Client, n: int) -> list[float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        r = http.get("/api/health")
        samples.append(time.perf_counter() - started)
        assert r.status_code == 200, r.text
    return samples


def bench_health_under_lists(report: Report | None = None, blocks: int = 6) -> None:
    config = ServerConfig(poll_timeout=0, background_sweeps=False)
    with run_dev_server(config) as dev, httpx.Client(base_url=dev.base_url, timeout=60) as http:
        _fill(dev, WORKFLOWS)
        alone: list[float] = []
        loaded: list[float] = []
        with Listers(dev.base_url) as listers:
            for block in range(blocks):
                for state in (0, 1) if block % 2 == 0 else (1, 0):
                    if state:
                        listers.run()
                        loaded += _health_block(http, PER_BLOCK)
                    else:
                        listers.pause()
                        alone += _health_block(http, PER_BLOCK)
            listers.pause()
            list_p50 = statistics.median(listers.latencies)
    p50, floor = statistics.median(loaded), statistics.median(alone)
    p95 = statistics.quantiles(loaded, n=20)[-1]
    floor95 = statistics.quantiles(alone, n=20)[-1]
    label = f"GET /api/health, {LISTERS} list searches running, {WORKFLOWS // 1000}k workflows"
    print(f"{label:<52} {p50 * 1e3:10.3f} ms p50 ({p95 * 1e3:.3f} ms p95)")
    floor_label = "GET /api/health alone (floor)"
    print(f"{floor_label:<52} {floor * 1e3:10.3f} ms p50 ({floor95 * 1e3:.3f} ms p95)")
    print(f"{'  ratio p50 / p95':<52} {p50 / floor:10.2f} / {p95 / floor95:.2f}")
    print(f"{'  the list searches meanwhile':<52} {list_p50 * 1e3:10.3f} ms p50")
    if report is not None:
        report.add(
            "Dev-server responsiveness",
            Row(label + " (p50)", f"{p50 * 1e3:.2f} ms", f"{floor * 1e3:.2f} ms", p50 / floor,
                "<= 10.00", p50 / floor <= 10.0),
        )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=6, help="alternating blocks of health calls")
    bench_health_under_lists(blocks=parser.parse_args().blocks)


if __name__ == "__main__":
    main()
