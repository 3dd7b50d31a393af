"""Dev-server responsiveness: ``GET /api/health`` latency while slow lists or sweeps run.

At 50k workflows, three clients search the workflow list without pause (a text search that
walks most of the table); meanwhile another client times ``GET /api/health``. The floor is the
same health request with the lists paused, measured in the same run in alternating blocks. A
server that runs the lists on its event loop answers health only between lists (a ratio in the
tens: 28 to 38 measured on a shared 2-core machine); one that runs them in worker threads keeps
answering. What is left of the ratio is the CPU the three scans take (on 2 cores they leave the
loop a share of one) and the interpreter the threads share: 0.8 to 6 on that machine.

The background sweep (timers, timeouts, deadlines, workflow-task repair) is timed at 10k and
50k open runs waiting on a timer: the repair scan, which reads in a worker thread, and the time
the pass holds the event loop; then ``GET /api/health`` while the sweep runs pass after pass,
against health with the sweep idle. A sweep that checked every open run on the loop, a few
queries each (one of them a walk of the whole history), took 1.4 s at 1k runs, 18 s at 4k and
117 s at 10k (health waited as long); with the candidates found in one SQL query read off the
loop, the scan takes about 30 ms at 10k and 160 ms at 50k in its thread, the loop is held under
1 ms, and the health ratio is about 1.1.

Run alone: ``python -m benchmarks.devserver_concurrency`` (``--blocks N``, ``--sweep``).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import threading
import time

import httpx

from benchmarks.devserver import CP, INPUT, WP, _fill
from benchmarks.report import Report, Row
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server

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


#: Open runs waiting on a timer, for the sweep figures.
WAITING = (10_000, 50_000)
#: The seed run's ids, suffixed with ``-<n>`` in each copy (so the copies stay consistent).
_ID_COLUMNS = frozenset(
    {"workflow_id", "current_run_id", "run_id", "task_id", "workflow_task_id", "id", "timer_id"}
)
_RUN_TABLES = ("workflow_instances", "workflow_runs", "workflow_tasks", "history_events", "timers")


def _fill_waiting(dev: RunningServer, total: int) -> None:
    """``total`` open runs waiting on a 30-day timer, their first workflow task completed.

    One seed run is driven through the HTTP API (start, poll, complete with ``start_timer``);
    the rest are copies of its rows in every table it wrote (instance, run, task, history,
    timer) made in SQL, each id suffixed with the copy's number.
    """
    db = dev.server.db
    have = db.query_one("SELECT COUNT(*) AS n FROM workflow_runs")
    count = int(have["n"]) if have else 0
    if count == 0:
        with httpx.Client(base_url=dev.base_url) as http:
            body = {"workflow_id": "wait", "workflow_type": "t", "task_queue": "q", "input": INPUT}
            assert http.post("/api/workflows", json=body, headers=CP).status_code == 201
            worker = {"worker_id": "w", "task_queue": "q"}
            http.post("/api/worker/register", json={**worker, "runtime": "python"}, headers=WP)
            task = http.post("/api/worker/workflow-tasks/poll", json=worker, headers=WP).json()
            task = task["task"]
            r = http.post(
                f"/api/worker/workflow-tasks/{task['task_id']}/complete",
                json={"lease_owner": "w", "workflow_task_attempt": task["workflow_task_attempt"],
                      "commands": [{"type": "start_timer", "delay_seconds": 30 * 86400}]},
                headers=WP,
            )  # fmt: skip
            assert r.status_code == 200, r.text
        count = 1
    with db.transaction() as conn:
        seed = conn.execute("SELECT run_id FROM workflow_runs WHERE workflow_id = 'wait'")
        run_id = seed.fetchone()["run_id"]
        for table in _RUN_TABLES:
            columns = [r["name"] for r in conn.execute(f"PRAGMA table_info({table})")]
            copied = ", ".join(
                f"CASE WHEN {c} IS NULL THEN NULL ELSE {c} || '-' || n END"
                if c in _ID_COLUMNS
                else c
                for c in columns
            )
            key = "workflow_id = 'wait'" if table == "workflow_instances" else "run_id = ?"
            conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)})"
                " WITH RECURSIVE seq(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM seq WHERE n < ?)"
                f" SELECT {copied} FROM seq, (SELECT * FROM {table} WHERE {key})",
                (count, total - 1) if table == "workflow_instances" else (count, total - 1, run_id),
            )
        conn.execute("ANALYZE")


def _sweep_pass(dev: RunningServer) -> tuple[float, float]:
    """Seconds of one background pass: its repair scan (a worker thread's read), and what it
    holds the event loop for (``sweep_once`` on the rows read, then ``_next_due``)."""
    from durable_workflow.devserver.engine.system import _next_due, _scan_rows, sweep_once

    server = dev.server
    started = time.perf_counter()
    with server.db.read_only(), server.db.transaction():
        rows = _scan_rows(server)
    scan = time.perf_counter() - started

    async def on_loop() -> float:
        started = time.perf_counter()
        sweep_once(server, rows)
        _next_due(server)
        return time.perf_counter() - started

    assert dev._loop is not None
    return scan, asyncio.run_coroutine_threadsafe(on_loop(), dev._loop).result(3600)


class Sweeper:
    """A thread that keeps asking the background sweep for a pass while active."""

    def __init__(self, dev: RunningServer) -> None:
        self.dev = dev
        self.active = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sweeper:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.active.set()
        self.thread.join(60)

    def _run(self) -> None:
        while True:
            self.active.wait()
            if self.stop.is_set():
                return
            self.dev.server.notifier.notify("sweep")
            time.sleep(0.002)


def bench_sweep(report: Report | None = None, blocks: int = 4) -> None:
    """One sweep pass at 10k and 50k waiting runs; health latency while sweeps run."""
    config = ServerConfig(poll_timeout=0)
    on_loop: dict[int, float] = {}
    with run_dev_server(config) as dev, httpx.Client(base_url=dev.base_url, timeout=600) as http:
        for total in WAITING:
            _fill_waiting(dev, total)
            passes = [_sweep_pass(dev) for _ in range(5)]
            scan = statistics.median(p[0] for p in passes)
            loop = on_loop[total] = statistics.median(p[1] for p in passes)
            label = f"sweep pass, {total // 1000}k runs waiting: repair scan"
            print(f"{label:<52} {scan * 1e3:10.3f} ms (worker thread)")
            label = f"sweep pass, {total // 1000}k runs waiting: on the loop"
            print(f"{label:<52} {loop * 1e3:10.3f} ms")
        alone: list[float] = []
        loaded: list[float] = []
        with Sweeper(dev) as sweeper:
            for block in range(blocks):
                for state in (0, 1) if block % 2 == 0 else (1, 0):
                    if state:
                        sweeper.active.set()
                        time.sleep(0.05)
                        loaded += _health_block(http, PER_BLOCK)
                        sweeper.active.clear()
                    else:
                        time.sleep(0.05)
                        alone += _health_block(http, PER_BLOCK)
    p50, floor = statistics.median(loaded), statistics.median(alone)
    p95 = statistics.quantiles(loaded, n=20)[-1]
    floor95 = statistics.quantiles(alone, n=20)[-1]
    label = f"GET /api/health, sweeps running, {WAITING[-1] // 1000}k waiting runs"
    print(f"{label:<52} {p50 * 1e3:10.3f} ms p50 ({p95 * 1e3:.3f} ms p95)")
    floor_label = "GET /api/health alone (floor)"
    print(f"{floor_label:<52} {floor * 1e3:10.3f} ms p50 ({floor95 * 1e3:.3f} ms p95)")
    print(f"{'  ratio p50 / p95':<52} {p50 / floor:10.2f} / {p95 / floor95:.2f}")
    if report is not None:
        small, large = (on_loop[n] for n in WAITING)
        report.add(
            "Dev-server responsiveness",
            Row(f"sweep pass on the loop, {WAITING[-1] // 1000}k vs {WAITING[0] // 1000}k runs",
                f"{large * 1e3:.2f} ms", f"{small * 1e3:.2f} ms", large / small, "informational",
                None),
        )  # fmt: skip
        report.add(
            "Dev-server responsiveness",
            Row(label + " (p50)", f"{p50 * 1e3:.2f} ms", f"{floor * 1e3:.2f} ms", p50 / floor,
                "<= 10.00", p50 / floor <= 10.0),
        )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=6, help="alternating blocks of health calls")
    parser.add_argument("--sweep", action="store_true", help="only the sweep figures")
    args = parser.parse_args()
    if not args.sweep:
        bench_health_under_lists(blocks=args.blocks)
    bench_sweep(blocks=args.blocks)


if __name__ == "__main__":
    main()
