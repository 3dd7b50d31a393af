"""A crash harness: the dev server in a subprocess, a bounded load, ``kill -9`` and restarts.

:class:`ServerProcess` runs ``python -m durable_workflow.devserver`` on a fixed port of
``127.0.0.1`` with a database file and can kill it (``SIGKILL``) and start it again on the same
file. :class:`CrashLoad` drives a load through the client's worker-plane methods (one starter,
workflow-task and activity-task pollers in threads): each workflow ``crash.double`` schedules one
activity that doubles its input and completes with the activity's result. The driver records
every acknowledged (2xx) call, so :meth:`CrashLoad.verify` can check that nothing acknowledged
was lost, nothing was applied twice, and every workflow finished.
"""

from __future__ import annotations

import functools
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

from durable_workflow import SyncClient
from durable_workflow.client import TransportRetryPolicy
from durable_workflow.codec import decode_payload, encode_payload
from durable_workflow.errors import (
    Conflict,
    NotFound,
    TransportError,
    WorkflowAlreadyStarted,
)

ROOT = Path(__file__).resolve().parents[2]
QUEUE = "crash"
WORKFLOW_TYPE = "crash.double"
ACTIVITY_TYPE = "crash.double-it"

T = TypeVar("T")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """The dev server as a child process on ``127.0.0.1:port`` with the database ``db``."""

    def __init__(self, db: Path, port: int, *extra: str) -> None:
        self.db = db
        self.port = port
        self.extra = list(extra)
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = db.with_suffix(".log")

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20.0) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT), str(ROOT / "generated"), env.get("PYTHONPATH", "")]
        )
        args = [sys.executable, "-m", "durable_workflow.devserver", "--host", "127.0.0.1"]
        args += ["--port", str(self.port), "--db", str(self.db), "--poll-timeout", "2"]
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(args + self.extra, stdout=log, stderr=log, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"dev server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.base_url + "/api/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError("dev server did not become healthy")

    def kill(self) -> None:
        """``kill -9`` the server and reap it."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Ledger:
    """What the server acknowledged (2xx) to the driver."""

    started: set[str] = field(default_factory=set)
    #: Starts whose answer was lost and whose retry said the workflow already exists.
    exists: set[str] = field(default_factory=set)
    #: workflow id -> activity results whose completion was acknowledged.
    activity_results: dict[str, list[int]] = field(default_factory=dict)
    #: workflow id -> command types of acknowledged workflow-task completions.
    completions: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


class CrashLoad:
    """Drive ``count`` workflows through the server while it may be killed and restarted."""

    def __init__(self, base_url: str, count: int, *, pollers: int = 3) -> None:
        self.base_url = base_url
        self.count = count
        self.pollers = pollers
        self.ledger = Ledger()
        self.stop = threading.Event()
        self.errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []

    def _client(self) -> SyncClient:
        return SyncClient(self.base_url, retry_policy=TransportRetryPolicy(max_attempts=2))

    def _retry(self, fn: Callable[[], T]) -> T | None:
        """Call ``fn`` until it answers (the server may be down); ``None`` once stopped."""
        while not self.stop.is_set():
            try:
                return fn()
            except TransportError:
                time.sleep(0.05)
        return None

    def run_in_background(self) -> None:
        self._spawn(self._starter)
        for n in range(self.pollers):
            self._spawn(self._workflow_poller, f"wf-{n}")
            self._spawn(self._activity_poller, f"act-{n}")

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        def guarded() -> None:
            try:
                target(*args)
            except BaseException as exc:  # surfaced by join()
                self.errors.append(exc)

        thread = threading.Thread(target=guarded, daemon=True)
        thread.start()
        self._threads.append(thread)

    def join(self) -> None:
        self.stop.set()
        for thread in self._threads:
            thread.join(15)
        if self.errors:
            raise self.errors[0]

    # ---- the starter

    def _starter(self) -> None:
        with self._client() as client:
            for i in range(self.count):
                workflow_id = f"crash-{i}"
                while not self.stop.is_set():
                    try:
                        client.start_workflow(
                            workflow_type=WORKFLOW_TYPE,
                            task_queue=QUEUE,
                            workflow_id=workflow_id,
                            input=[i],
                        )
                    except WorkflowAlreadyStarted:
                        with self.ledger.lock:
                            self.ledger.exists.add(workflow_id)
                    except TransportError:
                        time.sleep(0.05)
                        continue
                    else:
                        with self.ledger.lock:
                            self.ledger.started.add(workflow_id)
                    break

    # ---- workers

    def _deliver(self, fn: Callable[[], object]) -> bool:
        """Send an outcome as a worker holding the lease would: again while the server is
        unreachable, until it answers. True when acknowledged; False when refused (the lease
        was released or the outcome already applied by an attempt whose answer was lost)."""
        while not self.stop.is_set():
            try:
                fn()
            except TransportError:
                time.sleep(0.05)
                continue
            except (Conflict, NotFound):
                return False
            return True
        return False

    def _register(self, client: SyncClient, worker_id: str) -> None:
        self._retry(
            lambda: client.register_worker(
                worker_id=worker_id,
                task_queue=QUEUE,
                supported_workflow_types=[WORKFLOW_TYPE],
                supported_activity_types=[ACTIVITY_TYPE],
            )
        )

    def _workflow_poller(self, worker_id: str) -> None:
        with self._client() as client:
            self._register(client, worker_id)
            while not self.stop.is_set():
                task = self._retry(
                    lambda: client.poll_workflow_task(
                        worker_id=worker_id, task_queue=QUEUE, timeout=1
                    )
                )
                if task is None:
                    continue
                commands = decide(task)
                acked = self._deliver(
                    functools.partial(
                        client.complete_workflow_task,
                        task_id=task["task_id"],
                        lease_owner=task["lease_owner"],
                        workflow_task_attempt=task["workflow_task_attempt"],
                        commands=commands,
                    )
                )
                if not acked:
                    continue
                with self.ledger.lock:
                    self.ledger.completions.setdefault(task["workflow_id"], []).extend(
                        c["type"] for c in commands
                    )

    def _activity_poller(self, worker_id: str) -> None:
        with self._client() as client:
            self._register(client, worker_id)
            while not self.stop.is_set():
                task = self._retry(
                    lambda: client.poll_activity_task(
                        worker_id=worker_id, task_queue=QUEUE, timeout=1
                    )
                )
                if task is None:
                    continue
                (value,) = decode_payload(task["arguments"])
                result = int(value) * 2
                acked = self._deliver(
                    functools.partial(
                        client.complete_activity_task,
                        task_id=task["task_id"],
                        activity_attempt_id=task["activity_attempt_id"],
                        lease_owner=task["lease_owner"],
                        result=result,
                    )
                )
                if not acked:
                    continue
                with self.ledger.lock:
                    self.ledger.activity_results.setdefault(task["workflow_id"], []).append(result)

    # ---- checks

    def wait_all_closed(self, client: SyncClient, bound: float) -> list[str]:
        """Wait up to ``bound`` seconds for every workflow to close; the ids still open."""
        deadline = time.monotonic() + bound
        pending = [f"crash-{i}" for i in range(self.count)]
        while pending and time.monotonic() < deadline:
            pending = [w for w in pending if client.describe_workflow(w).status != "completed"]
            if pending:
                time.sleep(0.2)
        return pending

    def verify(self, client: SyncClient) -> None:
        """Nothing acknowledged lost, nothing duplicated or corrupted."""
        ledger = self.ledger
        assert ledger.started | ledger.exists == {f"crash-{i}" for i in range(self.count)}
        for i in range(self.count):
            workflow_id = f"crash-{i}"
            described = client.describe_workflow(workflow_id)
            assert described.status == "completed", (workflow_id, described.status)
            history = client.get_history(workflow_id, described.run_id or "")["events"]
            sequences = [e["sequence"] for e in history]
            assert sequences == list(range(1, len(history) + 1)), (workflow_id, sequences)
            types = [e["event_type"] for e in history]
            for once in ("WorkflowStarted", "ActivityScheduled", "ActivityCompleted"):
                assert types.count(once) == 1, (workflow_id, types)
            assert types.count("WorkflowCompleted") == 1, (workflow_id, types)
            assert types[-1] == "WorkflowCompleted", (workflow_id, types)
            completed = next(e for e in history if e["event_type"] == "ActivityCompleted")
            assert decode_payload(completed["payload"]["result"]) == 2 * i
            done = next(e for e in history if e["event_type"] == "WorkflowCompleted")
            assert decode_payload(done["payload"]["output"]) == 2 * i, done["payload"]
            # every acknowledged effect is in history, and agrees with it
            assert all(r == 2 * i for r in ledger.activity_results.get(workflow_id, []))
            assert len(ledger.activity_results.get(workflow_id, [])) <= 1, workflow_id
            acked = ledger.completions.get(workflow_id, [])
            assert acked.count("schedule_activity") <= 1, (workflow_id, acked)
            assert acked.count("complete_workflow") <= 1, (workflow_id, acked)


def decide(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The workflow's commands for one task: schedule the activity once, then complete."""
    events = list(task.get("history_events") or [])
    completed = [e for e in events if e.get("event_type") == "ActivityCompleted"]
    if completed:
        result = decode_payload(completed[-1]["payload"]["result"])
        return [{"type": "complete_workflow", "result": encode_payload(result)}]
    (value,) = decode_payload(task["arguments"])
    if any(e.get("event_type") == "ActivityScheduled" for e in events):
        # a task created while the activity runs: nothing new to decide, wait again
        return [{"type": "start_timer", "delay_seconds": 3600}]
    return [
        {
            "type": "schedule_activity",
            "activity_type": ACTIVITY_TYPE,
            "arguments": encode_payload([value]),
            "start_to_close_timeout": 600,
        }
    ]


def run_crash_scenario(
    tmp: Path, *, count: int, kills: int, seed: int, drain_bound: float
) -> CrashLoad:
    """Start, load, kill ``kills`` times at random points, restart, drain and verify."""
    rng = random.Random(seed)
    server = ServerProcess(tmp / "crash.sqlite3", free_port())
    server.start()
    load = CrashLoad(server.base_url, count)
    try:
        load.run_in_background()
        for _ in range(kills):
            time.sleep(rng.uniform(0.2, 1.5))
            server.kill()
            time.sleep(rng.uniform(0.0, 0.3))
            server.start()
        with SyncClient(server.base_url) as client:
            pending = load.wait_all_closed(client, drain_bound)
            load.join()
            if pending:
                raise AssertionError(
                    f"{len(pending)} of {count} workflows still open {drain_bound} s after the"
                    f" last restart: {pending[:10]}"
                )
            load.verify(client)
    finally:
        load.stop.set()
        server.stop()
    return load
