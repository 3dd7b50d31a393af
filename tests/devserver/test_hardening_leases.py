"""Leases whose poll answer was lost, and leases that expired under a failing request."""

from __future__ import annotations

from pathlib import Path

from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server
from tests.devserver.conftest import Api


def _schedule_activity(api: Api, workflow_id: str) -> None:
    api.start(workflow_id)
    task = api.poll_wf()
    assert task is not None
    r = api.complete_wf(
        task, [{"type": "schedule_activity", "activity_type": "a", "task_queue": "q"}]
    )
    assert r.status_code == 200, r.text


def test_an_activity_poll_retried_with_its_id_gets_the_same_task(api: Api) -> None:
    api.register()
    _schedule_activity(api, "act-poll")
    body = {"worker_id": "w1", "task_queue": "q", "poll_request_id": "poll-1"}
    first = api.wp("/api/worker/activity-tasks/poll", body).json()["task"]
    again = api.wp("/api/worker/activity-tasks/poll", body).json()["task"]
    assert first is not None and again is not None
    assert again["task_id"] == first["task_id"]
    assert again["activity_attempt_id"] == first["activity_attempt_id"]
    fresh = {**body, "poll_request_id": "poll-2"}
    assert api.wp("/api/worker/activity-tasks/poll", fresh).json()["task"] is None
    assert api.complete_act(again, "done").status_code == 200


def test_a_workflow_task_poll_retried_after_a_restart_gets_the_same_task(tmp_path: Path) -> None:
    db = str(tmp_path / "dev.sqlite3")
    cfg = ServerConfig(poll_timeout=0.2)
    body = {"worker_id": "w1", "task_queue": "q", "poll_request_id": "p-1"}
    with run_dev_server(cfg, db_path=db) as dev:
        api = Api(dev)
        api.register()
        api.start("restart-poll")
        first = api.wp("/api/worker/workflow-tasks/poll", body).json()["task"]
        assert first is not None
        api.close()
    with run_dev_server(cfg, db_path=db) as dev:  # the answer above counts as lost
        api = Api(dev)
        again = api.wp("/api/worker/workflow-tasks/poll", body).json()["task"]
        assert again is not None and again["task_id"] == first["task_id"]
        assert again["workflow_task_attempt"] == first["workflow_task_attempt"]
        r = api.complete_wf(again, [{"type": "complete_workflow"}])
        assert r.status_code == 200, r.text
        api.close()


def test_an_expired_lease_stays_freed_although_the_request_fails(api: Api) -> None:
    api.dev.server.config.background_sweeps = False
    api.start("lease-freed")
    api.register("w1")
    task = api.poll_wf("w1")
    assert task is not None
    api.dev.clock.advance(400)  # type: ignore[attr-defined]
    r = api.complete_wf(task, [{"type": "complete_workflow"}], owner="w1")
    assert r.status_code == 409 and r.json()["reason"] == "lease_expired"
    row = api.dev.server.db.query_one(
        "SELECT status, lease_owner FROM workflow_tasks WHERE task_id = ?", (task["task_id"],)
    )
    assert row is not None
    assert (row["status"], row["lease_owner"]) == ("ready", None)


def test_lease_lengths_are_configurable(api: Api) -> None:
    api.dev.server.config.workflow_task_lease_seconds = 7
    api.dev.server.config.activity_task_lease_seconds = 9
    api.register()
    _schedule_activity(api, "lease-len")
    act = api.poll_act()
    assert act is not None
    started = api.dev.server.db.query_one(
        "SELECT lease_expires_at FROM activity_tasks WHERE task_id = ?", (act["task_id"],)
    )
    assert started is not None
    api.dev.advance(10)
    assert api.poll_act() is not None  # the 9 s lease ran out: the activity is offered again
