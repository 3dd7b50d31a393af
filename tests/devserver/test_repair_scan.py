"""The background sweep: repair candidates found in SQL among many healthy runs, bounded per
pass and fair; timers fired up to a limit per pass."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest

from durable_workflow.devserver.clock import isoformat
from durable_workflow.devserver.engine import system
from durable_workflow.devserver.server import DevServer, ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server

from .conftest import Api

SCAN_LIMIT = system.SCAN_LIMIT


@pytest.fixture
def quiet_api() -> Iterator[Api]:
    """A server whose sweeps run only when a test asks (no background passes)."""
    with run_dev_server(ServerConfig(poll_timeout=0.0, background_sweeps=False)) as running:
        client = Api(running)
        try:
            client.register("w1")
            yield client
        finally:
            client.close()


def _waiting(api: Api, workflow_id: str) -> None:
    """A run whose first task completed with a day-long timer: healthy, nothing to repair."""
    api.start(workflow_id)
    task = api.poll_wf("w1")
    assert task is not None and task["workflow_id"] == workflow_id
    r = api.complete_wf(task, [{"type": "start_timer", "delay_seconds": 86400}])
    assert r.status_code == 200, r.text


def _failed(api: Api, workflow_id: str) -> None:
    """A run whose first workflow task failed: it needs a new task once the backoff ends."""
    api.start(workflow_id)
    task = api.poll_wf("w1")
    assert task is not None and task["workflow_id"] == workflow_id
    r = api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/fail",
        {"lease_owner": "w1", "workflow_task_attempt": 1, "failure": {"message": "boom"}},
    )
    assert r.status_code == 200, r.text


def _ready_runs(dev: RunningServer) -> set[str]:
    rows = dev.server.db.query(
        "SELECT DISTINCT workflow_id FROM workflow_tasks WHERE status = 'ready'"
    )
    return {r["workflow_id"] for r in rows}


def _statements(dev: RunningServer, fn: Callable[[DevServer], None]) -> int:
    """How many SQL statements ``fn(server)`` runs on the server's connections."""
    seen: list[str] = []
    db = dev.server.db
    connections = [db._conn, *db._readers]
    for conn in connections:
        conn.set_trace_callback(seen.append)
    try:
        dev.call(fn, dev.server)
    finally:
        for conn in connections:
            conn.set_trace_callback(None)
    return len(seen)


def _sweep_pass(dev: RunningServer) -> None:
    """One background pass (up to the scan limit), not ``dev.sweep()`` (which goes on)."""
    dev.call(system.sweep_once, dev.server)


def _one_pass(server: DevServer) -> None:
    system.sweep_once(server)
    system._next_due(server)


def test_the_scan_finds_the_runs_needing_repair_among_many_healthy_ones(quiet_api: Api) -> None:
    api, dev = quiet_api, quiet_api.dev
    for i in range(SCAN_LIMIT + 15):
        _waiting(api, f"ok-{i:03d}")
    broken = {f"broken-{i:03d}" for i in range(SCAN_LIMIT + 5)}
    for workflow_id in sorted(broken):
        _failed(api, workflow_id)
    assert _ready_runs(dev) == set()
    # within the backoff nothing is due: the next due time is the first failure's backoff end
    _sweep_pass(dev)
    assert _ready_runs(dev) == set()
    first = dev.server.db.query_one(
        "SELECT MIN(updated_at) AS t FROM workflow_tasks WHERE status = 'failed'"
    )
    assert first is not None
    backoff = timedelta(seconds=ServerConfig().repair_backoff_initial_seconds)
    expected = isoformat(system.parse_iso(first["t"]) + backoff)
    assert dev.call(system._next_repair_due, dev.server) == expected

    dev.clock.advance(10)  # type: ignore[attr-defined]
    _sweep_pass(dev)
    repaired = _ready_runs(dev)
    assert repaired <= broken and len(repaired) == SCAN_LIMIT
    # the scan took its limit: the sweep comes back at once for the rest
    assert dev.call(system._next_repair_due, dev.server) == isoformat(dev.clock.now())
    _sweep_pass(dev)
    assert _ready_runs(dev) == broken
    # every broken run was repaired exactly once; no healthy run got a task
    counts = dev.server.db.query("SELECT workflow_id, repair_count FROM workflow_runs")
    for row in counts:
        assert row["repair_count"] == (1 if row["workflow_id"] in broken else 0)
    assert dev.call(system._next_repair_due, dev.server) is None


def test_the_scan_goes_round_robin_over_the_candidates(quiet_api: Api) -> None:
    api, dev = quiet_api, quiet_api.dev
    broken = [f"rr-{i:03d}" for i in range(SCAN_LIMIT * 2 + 3)]
    for workflow_id in broken:
        _failed(api, workflow_id)
    dev.clock.advance(10)  # type: ignore[attr-defined]
    passes: list[set[str]] = []
    done: set[str] = set()
    while len(done) < len(broken):
        _sweep_pass(dev)
        now = _ready_runs(dev)
        passes.append(now - done)
        done = now
        assert len(passes) <= 3, "the scan should reach every candidate in three passes"
    # each pass takes up to the limit, and none takes a run another already took
    assert [len(p) for p in passes] == [SCAN_LIMIT, SCAN_LIMIT, 3]


def test_a_sweep_pass_runs_as_many_statements_however_many_runs_wait(quiet_api: Api) -> None:
    api, dev = quiet_api, quiet_api.dev
    for i in range(3):
        _waiting(api, f"few-{i}")
    _one_pass(dev.server)
    few = _statements(dev, _one_pass)
    for i in range(SCAN_LIMIT * 2):
        _waiting(api, f"many-{i:03d}")
    _one_pass(dev.server)
    many = _statements(dev, _one_pass)
    assert many == few
    assert few < 30


def test_the_candidate_query_agrees_with_needs_task(quiet_api: Api) -> None:
    api, dev = quiet_api, quiet_api.dev
    _waiting(api, "calm")
    _failed(api, "failed")
    # history the last task never saw (a signal recorded while its task went missing)
    api.start("missed")
    task = api.poll_wf("w1")
    assert task is not None
    api.complete_wf(task, [{"type": "start_timer", "delay_seconds": 86400}])
    r = api.cp("POST", "/api/workflows/missed/signal/go", {"input": None})
    assert r.status_code < 300, r.text
    with dev.server.db.transaction() as conn:
        conn.execute("DELETE FROM workflow_tasks WHERE workflow_id = 'missed' AND status = 'ready'")
    rows = system._candidate_rows(dev.server, None)
    server = dev.server
    needed = set()
    for row in dev.server.db.query("SELECT * FROM workflow_runs"):
        with server.db.transaction() as conn:
            if server.workflows._needs_task(conn, row):
                needed.add(row["workflow_id"])
    assert {r["workflow_id"] for r in rows} == needed == {"failed", "missed"}


def test_a_background_pass_fires_at_most_its_timer_limit(quiet_api: Api) -> None:
    api, dev = quiet_api, quiet_api.dev
    for i in range(5):
        _waiting(api, f"timer-{i}")
    dev.clock.advance(86400)  # type: ignore[attr-defined]

    def fired() -> int:
        row = dev.server.db.query_one("SELECT COUNT(*) AS n FROM timers WHERE status = 'fired'")
        assert row is not None
        return int(row["n"])

    def limited(server: DevServer) -> None:
        system.sweep_once(server, timer_limit=2)

    dev.call(limited, dev.server)
    assert fired() == 2
    # the timers left are due now: the background loop comes straight back for them
    assert dev.call(system._next_due, dev.server) <= isoformat(dev.clock.now())
    dev.sweep()
    assert fired() == 5
    assert _ready_runs(dev) == {f"timer-{i}" for i in range(5)}


def test_advance_repairs_every_due_run_however_many(quiet_api: Api) -> None:
    api, dev = quiet_api, quiet_api.dev
    broken = {f"all-{i:03d}" for i in range(SCAN_LIMIT + 4)}
    for workflow_id in sorted(broken):
        _failed(api, workflow_id)
    dev.advance(10)
    assert _ready_runs(dev) == broken
