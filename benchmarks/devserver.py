"""Dev-server benchmarks: server CPU per request, and workflow-list latency by table size.

CPU per request is the CPU time of the server's threads (event loop, handlers, SQLite, and the
worker threads that run slow reads), read around a batch of requests as the process CPU time
less the client's: the client runs in the calling thread and is not counted. The floor is
``GET /api/health`` measured the same way in the same run: what one request costs the HTTP
stack before any engine work.

List latency is the wall time of ``GET /api/workflows?page_size=50`` (first page, a later page,
a status filter and a search) at 1k, 10k and 50k workflows; rows beyond the first few are
copied in SQL so that filling the table does not dominate the run.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

from durable_workflow.codec.avro import encode_blob
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server

CP = {"X-Durable-Workflow-Control-Plane-Version": "2"}
WP = {"X-Durable-Workflow-Protocol-Version": "1.20"}
INPUT = {"codec": "avro", "blob": encode_blob(["order-42", {"rush": True}])}


def _server_cpu(dev: RunningServer) -> Callable[[], float]:
    # every thread of the process but the calling (client) one: the loop and its worker threads
    return lambda: time.process_time() - time.thread_time()


def _cpu_per_request(cpu: Callable[[], float], fn: Callable[[int], Any], n: int) -> float:
    fn(-1)  # warm up
    samples = []
    for rnd in range(3):
        before = cpu()
        for i in range(n):
            fn(rnd * n + i)
        samples.append((cpu() - before) / n)
    return statistics.median(samples)


def bench_request_cpu(scale: int) -> None:
    n = 200 * scale
    with run_dev_server(ServerConfig(poll_timeout=0, background_sweeps=False)) as dev:
        cpu = _server_cpu(dev)
        with httpx.Client(base_url=dev.base_url) as http:
            http.post(
                "/api/worker/register",
                json={"worker_id": "w", "task_queue": "q", "runtime": "python"},
                headers=WP,
            )
            floor = _cpu_per_request(cpu, lambda i: http.get("/api/health"), n)

            def start(i: int) -> None:
                body = {"workflow_id": f"b-{i}", "workflow_type": "t", "task_queue": "q",
                        "input": INPUT}  # fmt: skip
                r = http.post("/api/workflows", json=body, headers=CP)
                assert r.status_code in (200, 201), r.text

            figures = {"start": _cpu_per_request(cpu, start, n)}
            figures["describe"] = _cpu_per_request(
                cpu, lambda i: http.get(f"/api/workflows/b-{max(i, 0)}", headers=CP), n
            )

            def signal(i: int) -> None:
                r = http.post(
                    f"/api/workflows/b-{max(i, 0)}/signal/go", json={"input": INPUT}, headers=CP
                )
                assert r.status_code < 300, r.text

            figures["signal"] = _cpu_per_request(cpu, signal, n)
            tasks: list[dict[str, Any]] = []

            def poll(i: int) -> None:
                r = http.post(
                    "/api/worker/workflow-tasks/poll",
                    json={"worker_id": "w", "task_queue": "q"},
                    headers=WP,
                )
                task = r.json()["task"]
                assert task is not None, "ran out of workflow tasks"
                tasks.append(task)

            figures["poll"] = _cpu_per_request(cpu, poll, n)

            def complete(i: int) -> None:
                task = tasks.pop()
                r = http.post(
                    f"/api/worker/workflow-tasks/{task['task_id']}/complete",
                    json={"lease_owner": "w",
                          "workflow_task_attempt": task["workflow_task_attempt"],
                          "commands": [{"type": "complete_workflow", "result": INPUT}]},
                    headers=WP,
                )  # fmt: skip
                assert r.status_code == 200, r.text

            figures["complete"] = _cpu_per_request(cpu, complete, n)
    print(f"{'dev server CPU, GET /api/health (floor)':<52} {floor * 1e3:10.3f} ms/request")
    for name, value in figures.items():
        print(f"{'dev server CPU, ' + name:<52} {value * 1e3:10.3f} ms/request")


def _fill(dev: RunningServer, total: int) -> None:
    db = dev.server.db
    have = db.query_one("SELECT COUNT(*) AS n FROM workflow_runs")
    count = int(have["n"]) if have else 0
    if count == 0:
        with httpx.Client(base_url=dev.base_url) as http:
            for i in range(3):
                body = {"workflow_id": f"seed-{i}", "workflow_type": "t", "task_queue": "q",
                        "business_key": f"bk-{i}", "input": INPUT}  # fmt: skip
                http.post("/api/workflows", json=body, headers=CP)
        count = 3
    columns = [r["name"] for r in db.query("PRAGMA table_info(workflow_runs)")]
    copied = ", ".join(
        "printf('gen-%08d', n)" if c == "workflow_id"
        else "printf('genrun-%08d', n)" if c == "run_id"
        else "printf('2026-01-01T00:00:00.%06dZ', n)" if c == "started_at"
        else "CASE WHEN n % 3 = 0 THEN 'completed' ELSE status END" if c == "status"
        else c
        for c in columns
    )  # fmt: skip
    with db.transaction() as conn:
        conn.execute(
            f"INSERT INTO workflow_runs ({', '.join(columns)})"
            f" WITH RECURSIVE seq(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM seq WHERE n < ?)"
            f" SELECT {copied} FROM seq,"
            " (SELECT * FROM workflow_runs WHERE workflow_id = 'seed-0')",
            (count, total - 1),
        )
        conn.execute("ANALYZE")


def _latency(http: httpx.Client, params: dict[str, str], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        r = http.get("/api/workflows", params=params, headers=CP)
        samples.append(time.perf_counter() - started)
        assert r.status_code == 200, r.text
    return statistics.median(samples)


def bench_list_latency(scale: int) -> None:
    rounds = 30 * scale
    config = ServerConfig(poll_timeout=0, background_sweeps=False)
    with run_dev_server(config) as dev, httpx.Client(base_url=dev.base_url) as http:
        floor = statistics.median(_timed(lambda: http.get("/api/health")) for _ in range(rounds))
        print(f"{'GET /api/health latency (floor)':<52} {floor * 1e3:10.3f} ms p50")
        for total in (1_000, 10_000, 50_000):
            _fill(dev, total)
            first = http.get("/api/workflows", params={"page_size": "50"}, headers=CP)
            token = first.json()["next_page_token"]
            cases = {
                "first page": {"page_size": "50"},
                "later page": {"page_size": "50", "next_page_token": token},
                "status=completed": {"page_size": "50", "status": "completed"},
                "search 'gen-0000'": {"page_size": "50", "query": "gen-0000"},
            }
            for name, params in cases.items():
                p50 = _latency(http, params, rounds)
                label = f"list {total // 1000}k workflows, {name}"
                print(f"{label:<52} {p50 * 1e3:10.3f} ms p50")


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run(scale: int) -> None:
    bench_request_cpu(scale)
    bench_list_latency(scale)
