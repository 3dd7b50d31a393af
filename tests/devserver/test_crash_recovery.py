"""Kill the development server (``kill -9``) at random points during a bounded load, restart it
on the same database, drain, and check that nothing acknowledged was lost or duplicated and that
every workflow finishes.

The bounded version runs in the normal suite; ``-m soak`` (``make soak``) runs a longer one.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.devserver.conftest import CP, WP, avro

ROOT = Path(__file__).resolve().parents[2]


class Server:
    """The development server as a separate process (so it can be killed for real)."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.port = 0
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "durable_workflow.devserver", "--db", str(self.db),
             "--port", str(self.port), "--poll-timeout", "0.3"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line.startswith("http://"), line
        self.port = int(line.rsplit(":", 1)[1])
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise AssertionError("the server did not come up")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.kill()


class Load:
    """Starters and a worker hammering the server; they ride through crashes by retrying."""

    def __init__(self, server: Server, workflows: int) -> None:
        self.server = server
        self.total = workflows
        self.acked: set[str] = set()
        self.activity_results: dict[str, int] = {}
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def _post(self, path: str, body: Any, headers: dict[str, str]) -> httpx.Response | None:
        try:
            return httpx.post(f"{self.server.url}{path}", json=body, headers=headers, timeout=5)
        except httpx.HTTPError:
            time.sleep(0.05)
            return None

    def _until_answered(self, path: str, body: Any) -> httpx.Response | None:
        """Send a task outcome until the server answers it (workers retry outcomes)."""
        give_up = time.monotonic() + 30
        while time.monotonic() < give_up and not self.stop.is_set():
            r = self._post(path, body, WP)
            if r is not None and r.status_code < 500:
                return r
        return None

    def starter(self) -> None:
        i = 0
        while i < self.total and not self.stop.is_set():
            workflow_id = f"crash-{i}"
            body = {"workflow_id": workflow_id, "workflow_type": "t", "task_queue": "q",
                    "input": avro([i]), "duplicate_policy": "use-existing"}  # fmt: skip
            r = self._post("/api/workflows", body, CP)
            if r is not None and r.status_code in (200, 201):
                with self.lock:
                    self.acked.add(workflow_id)
                i += 1

    def worker(self, index: int = 0) -> None:
        poll_id = 0
        registered = False
        while not self.stop.is_set():
            if not registered:
                reg = {"worker_id": "cw", "task_queue": "q", "runtime": "python"}
                r = self._post("/api/worker/register", reg, WP)
                registered = r is not None and r.status_code in (200, 201)
                continue
            poll_id += 1
            outcomes = (
                self._workflow_task(f"wp-{index}-{poll_id}"),
                self._activity_task(f"ap-{index}-{poll_id}"),
            )
            if None in outcomes:
                registered = False

    def _poll(self, kind: str, poll_request_id: str) -> dict[str, Any] | bool | None:
        body = {"worker_id": "cw", "task_queue": "q", "poll_request_id": poll_request_id}
        give_up = time.monotonic() + 30
        while time.monotonic() < give_up:  # a poll whose answer is lost is retried, same id
            r = self._post(f"/api/worker/{kind}/poll", body, WP)
            if r is None:
                continue
            if r.status_code == 412:
                return False
            if r.status_code == 200:
                task = r.json()["task"]
                return dict(task) if task else None
        return None

    def _workflow_task(self, poll_request_id: str) -> Any:
        task = self._poll("workflow-tasks", poll_request_id)
        if task is False:
            return None
        if not task:
            return False
        assert isinstance(task, dict)
        kinds = {e["event_type"] for e in task.get("history_events") or []}
        if "ActivityCompleted" in kinds:
            commands: list[dict[str, Any]] = [{"type": "complete_workflow", "result": avro("ok")}]
        elif "ActivityScheduled" in kinds:
            commands = []
        else:
            commands = [{"type": "schedule_activity", "activity_type": "a", "task_queue": "q"}]
        self._until_answered(
            f"/api/worker/workflow-tasks/{task['task_id']}/complete",
            {"lease_owner": "cw", "workflow_task_attempt": task["workflow_task_attempt"],
             "commands": commands},
        )  # fmt: skip
        return True

    def _activity_task(self, poll_request_id: str) -> Any:
        task = self._poll("activity-tasks", poll_request_id)
        if task is False:
            return None
        if not task:
            return False
        assert isinstance(task, dict)
        r = self._until_answered(
            f"/api/worker/activity-tasks/{task['task_id']}/complete",
            {"activity_attempt_id": task["activity_attempt_id"], "lease_owner": "cw",
             "result": avro(task["workflow_id"])},
        )  # fmt: skip
        if r is not None and r.status_code == 200:
            with self.lock:
                self.activity_results[task["workflow_id"]] = (
                    self.activity_results.get(task["workflow_id"], 0) + 1
                )
        return True


def _crash_run(tmp_path: Path, *, workflows: int, kills: int, seed: int, workers: int = 2) -> None:
    rng = random.Random(seed)
    server = Server(tmp_path / "crash.sqlite3")
    server.start()
    load = Load(server, workflows)
    threads = [threading.Thread(target=load.starter)] + [
        threading.Thread(target=load.worker, args=(i,)) for i in range(workers)
    ]
    for thread in threads:
        thread.start()
    try:
        for _ in range(kills):
            time.sleep(rng.uniform(0.2, 1.2))
            server.kill()
            time.sleep(rng.uniform(0.0, 0.3))
            server.start()
        threads[0].join(60 + workflows)
        assert not threads[0].is_alive(), "the starter did not finish"
        deadline = time.monotonic() + 60 + workflows  # the drain: generous for slow machines
        open_ids: list[str] = []
        while time.monotonic() < deadline:
            listed = httpx.get(
                f"{server.url}/api/workflows",
                params={"status": "running", "page_size": "200"},
                headers=CP,
                timeout=10,
            ).json()["workflows"]
            open_ids = [w["workflow_id"] for w in listed]
            if not open_ids:
                break
            time.sleep(0.3)
        assert open_ids == [], f"{len(open_ids)} workflows still open after the drain"
    finally:
        load.stop.set()
        for thread in threads:
            thread.join(30)
        try:
            _check_outcome(server, load)
        finally:
            server.stop()


def _check_outcome(server: Server, load: Load) -> None:
    assert len(load.acked) == load.total
    for workflow_id in sorted(load.acked):
        described = httpx.get(f"{server.url}/api/workflows/{workflow_id}", headers=CP).json()
        assert described["status"] == "completed", (workflow_id, described["status"])
        run_id = described["run_id"]
        events = httpx.get(
            f"{server.url}/api/workflows/{workflow_id}/runs/{run_id}/history",
            params={"page_size": "1000"},
            headers=CP,
        ).json()["events"]
        kinds = [e["event_type"] for e in events]
        assert kinds.count("WorkflowCompleted") == 1, (workflow_id, kinds)
        assert kinds.count("ActivityCompleted") == 1, (workflow_id, kinds)
        sequences = [e["sequence"] for e in events]
        assert sequences == sorted(set(sequences)), workflow_id
    # an activity result the server acknowledged was recorded (at most once per workflow)
    assert all(count == 1 for count in load.activity_results.values()), load.activity_results


@pytest.mark.timeout(300)
def test_kill_9_during_a_bounded_load_loses_nothing(tmp_path: Path) -> None:
    _crash_run(tmp_path, workflows=20, kills=3, seed=11)


@pytest.mark.soak
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("seed", range(5))
def test_kill_9_soak(tmp_path: Path, seed: int) -> None:
    _crash_run(tmp_path, workflows=300, kills=12, seed=seed, workers=4)
