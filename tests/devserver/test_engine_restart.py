"""Stopping and starting on the same SQLite file keeps everything; running workflows carry on."""

from __future__ import annotations

from pathlib import Path

from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server
from tests.devserver.conftest import Api


def test_restart_on_same_file_keeps_state_and_timers_fire(tmp_path: Path) -> None:
    db = str(tmp_path / "dev.sqlite3")
    cfg = ServerConfig(poll_timeout=1.0)
    with run_dev_server(cfg, db_path=db) as dev:
        api = Api(dev)
        api.register("w1")
        api.start("persist-1")
        api.start("persist-2")
        task = api.poll_wf("w1")
        assert task is not None and task["workflow_id"] == "persist-1"
        api.complete_wf(
            task,
            [
                {"type": "start_timer", "delay_seconds": 120},
                {"type": "schedule_activity", "activity_type": "a"},
            ],
        )
        api.cp("POST", "/api/workflows/persist-1/signal/hello", {"input": ["x"]})
        before = api.history("persist-1")
        pending = api.poll_wf("w1")  # persist-2's first task, left leased across the restart
        assert pending is not None and pending["workflow_id"] == "persist-2"
        api.close()

    with run_dev_server(cfg, db_path=db) as dev:
        api = Api(dev)
        assert api.history("persist-1") == before
        assert api.describe("persist-1")["status"] == "waiting"
        assert api.describe("persist-2")["status"] == "pending"
        workers = api.cp("GET", "/api/workers").json()["workers"]
        assert [w["worker_id"] for w in workers] == ["w1"]
        # the signal's workflow task of persist-1 is still ready and can be polled after the restart
        other = api.poll_wf("w1")
        assert other is not None and other["workflow_id"] == "persist-1"
        assert other["signal_name"] == "hello"
        # the activity task survived
        act = api.poll_act("w1")
        assert act is not None and act["activity_type"] == "a"
        assert api.complete_act(act, "ok").status_code == 200
        # the lease taken before the restart is still honoured
        r = api.complete_wf(pending, [{"type": "start_timer", "delay_seconds": 5}])
        assert r.status_code == 200, r.text
        # the first timer fires on time after the restart
        dev.advance(120)
        types = api.event_types("persist-1")
        assert types.count("TimerFired") == 1
        assert api.describe("persist-2")["status"] == "waiting"
        api.close()


def test_wal_mode_and_migrations_recorded(tmp_path: Path) -> None:
    db = str(tmp_path / "wal.sqlite3")
    with run_dev_server(ServerConfig(poll_timeout=1.0), db_path=db) as dev:
        mode = dev.server.db.query_one("PRAGMA journal_mode")
        assert mode is not None and mode[0] == "wal"
        names = {r["name"] for r in dev.server.db.query("SELECT name FROM schema_migrations")}
        assert {
            "history_001",
            "tasks_001",
            "workflows_001",
            "activities_001",
            "workers_001",
        } <= names
