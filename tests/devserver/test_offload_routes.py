"""Slow reads run beside the event loop: while one is held up, the server keeps answering."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.store.db import Database
from durable_workflow.devserver.testing import RunningServer, run_dev_server

from .conftest import CP, WP, Api

#: Generous bounds that only a stalled server reaches (nothing here measures time).
ANSWER_TIMEOUT = 15.0
HOLD_TIMEOUT = 60.0
#: Name of the thread that runs the server's event loop (``testing.run_dev_server``).
LOOP_THREAD = "dw-devserver"


class HeldRead:
    """Makes the reads whose SQL contains ``marker`` wait until released, when made off the loop.

    A read of the event loop's own thread goes through untouched (the same statement may serve
    a worker poll there), so a route whose read is held is one that runs it in a worker thread.
    """

    def __init__(self, db: Database, marker: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.marker = marker
        self.entered = threading.Event()
        self.release = threading.Event()
        original = db.query

        def query(sql: str, params: Any = ()) -> Any:
            off_loop = threading.current_thread().name != LOOP_THREAD
            if marker in sql and off_loop and not self.release.is_set():
                self.entered.set()
                self.release.wait(HOLD_TIMEOUT)
            return original(sql, params)

        monkeypatch.setattr(db, "query", query)


@pytest.fixture(params=["memory", "file"])
def dev(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    db_path = None if request.param == "memory" else str(tmp_path / "offload.sqlite3")
    with run_dev_server(ServerConfig(poll_timeout=0.5), db_path=db_path) as running:
        yield running


def _get(dev: RunningServer, path: str, **params: Any) -> httpx.Response:
    with httpx.Client(base_url=dev.base_url, timeout=HOLD_TIMEOUT + 30) as http:
        return http.get(path, params=params, headers=CP)


ROUTES = {
    # route -> (SQL marker of its slow read, path, query parameters)
    "workflow search": ("FROM workflow_runs WHERE namespace", "/api/workflows", {"query": "o-"}),
    "history page": ("FROM history_events", "/api/workflows/o-1/runs/{run}/history", {}),
    "schedule list": ("FROM schedules WHERE namespace", "/api/schedules", {}),
    "worker list": ("FROM workers WHERE namespace", "/api/workers", {}),
    "history export": (
        "FROM history_events WHERE run_id = ? ORDER BY sequence",
        "/api/workflows/o-1/runs/{run}/history/export",
        {},
    ),
    "operator metrics": (
        "FROM workflow_runs WHERE namespace = ? AND status IN",
        "/api/system/operator-metrics",
        {},
    ),
    "task queue list": ("SELECT DISTINCT task_queue FROM workers", "/api/task-queues", {}),
    "activity list": ("AND workflow_type = 'dw.standalone_activity'", "/api/activities", {}),
}


@pytest.mark.parametrize("route", list(ROUTES))
def test_the_server_answers_while_a_read_is_held_up(
    dev: RunningServer, api: Api, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    run_id = api.start("o-1")["run_id"]
    api.register("w-1")
    marker, path, params = ROUTES[route]
    held = HeldRead(dev.server.db, marker, monkeypatch)
    with ThreadPoolExecutor(1) as pool:
        slow = pool.submit(_get, dev, path.format(run=run_id), **params)
        assert held.entered.wait(ANSWER_TIMEOUT), "the read did not run in a worker thread"
        # the event loop serves a health check, a describe, a start and a worker poll meanwhile
        http = httpx.Client(base_url=dev.base_url, timeout=ANSWER_TIMEOUT)
        try:
            assert http.get("/api/health").status_code == 200
            described = http.get("/api/workflows/o-1", headers=CP)
            assert described.status_code == 200, described.text
            assert described.json()["run_id"] == run_id
            body = {"workflow_id": "o-2", "workflow_type": "greet", "task_queue": "q"}
            started = http.post("/api/workflows", json=body, headers=CP)
            assert started.status_code == 201, started.text
            polled = http.post(
                "/api/worker/workflow-tasks/poll",
                json={"worker_id": "w-1", "task_queue": "q"},
                headers=WP,
            )
            assert polled.status_code == 200, polled.text
            assert polled.json()["task"] is not None
        finally:
            http.close()
        assert not slow.done()
        held.release.set()
        answer = slow.result(timeout=HOLD_TIMEOUT)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    if route == "workflow search":
        # the read ran after its release: it sees the start made while it waited
        assert {w["workflow_id"] for w in body["workflows"]} == {"o-1", "o-2"}
    elif route == "history page":
        assert "WorkflowStarted" in [e["event_type"] for e in body["events"]]
        assert [e["sequence"] for e in body["events"]] == list(range(1, len(body["events"]) + 1))
        assert body["run_id"] == run_id
    elif route == "schedule list":
        assert body["schedules"] == []
    elif route == "worker list":
        assert [w["worker_id"] for w in body["workers"]] == ["w-1"]
    elif route == "history export":
        assert body["workflow"]["run_id"] == run_id
        assert "WorkflowStarted" in [e["event_type"] for e in body["history_events"]]
    elif route == "operator metrics":
        assert body["operator_metrics"]["runs"]["open"] == 2  # o-2 included
    elif route == "activity list":
        assert body["activities"] == []
    else:
        assert [q["name"] for q in body["task_queues"]] == ["q"]


def test_concurrent_lists_and_starts_agree(dev: RunningServer) -> None:
    """Starts and lists from many threads: each list is one consistent page, none is lost."""
    starts, listers = 40, 4
    stop = threading.Event()

    def start(i: int) -> None:
        body = {"workflow_id": f"c-{i:03d}", "workflow_type": "greet", "task_queue": "q"}
        with httpx.Client(base_url=dev.base_url, timeout=ANSWER_TIMEOUT) as http:
            r = http.post("/api/workflows", json=body, headers=CP)
        assert r.status_code == 201, r.text

    def lister() -> list[int]:
        seen = []
        with httpx.Client(base_url=dev.base_url, timeout=ANSWER_TIMEOUT) as http:
            while not stop.is_set():
                r = http.get("/api/workflows", params={"page_size": 200}, headers=CP)
                assert r.status_code == 200, r.text
                ids = [w["workflow_id"] for w in r.json()["workflows"]]
                assert len(ids) == len(set(ids)) == r.json()["workflow_count"]
                seen.append(len(ids))
        return seen

    with ThreadPoolExecutor(listers + 4) as pool:
        lists = [pool.submit(lister) for _ in range(listers)]
        for i in range(starts):
            start(i)  # one at a time, so the start order is the id order
        stop.set()
        for each in lists:
            seen = each.result(timeout=HOLD_TIMEOUT)
            assert seen == sorted(seen)  # a list never sees fewer workflows than before
    final = _get(dev, "/api/workflows", page_size=200).json()
    assert sorted(w["workflow_id"] for w in final["workflows"]) == [
        f"c-{i:03d}" for i in range(starts)
    ]
