"""Workflow-task leases: expiry, re-delivery with a new attempt, stale-lease fencing."""

from __future__ import annotations

from tests.devserver.conftest import Api


def test_lease_expiry_redelivers_with_next_attempt(api: Api) -> None:
    api.start("lease-1")
    api.register("w1")
    api.register("w2")
    first = api.poll_wf("w1")
    assert first is not None and first["workflow_task_attempt"] == 1
    assert api.poll_wf("w2") is None  # leased to w1: nobody else gets it

    api.dev.advance(301)  # past the 5-minute lease
    second = api.poll_wf("w2")
    assert second is not None
    assert second["task_id"] == first["task_id"]
    assert second["workflow_task_attempt"] == 2
    assert second["lease_owner"] == "w2"

    # the old owner is fenced out
    r = api.complete_wf(first, [{"type": "complete_workflow"}], owner="w1")
    assert r.status_code == 409
    assert r.json()["reason"] == "lease_owner_mismatch"
    assert r.json()["lease_owner"] == "w2"
    r = api.complete_wf(
        {**second, "workflow_task_attempt": 1}, [{"type": "complete_workflow"}], owner="w2"
    )
    assert r.status_code == 409
    assert r.json()["reason"] == "workflow_task_attempt_mismatch"
    assert r.json()["current_attempt"] == 2
    assert api.describe("lease-1")["status"] == "pending"

    r = api.complete_wf(second, [{"type": "complete_workflow"}], owner="w2")
    assert r.status_code == 200, r.text
    r = api.complete_wf(second, [{"type": "complete_workflow"}], owner="w2")
    assert r.status_code == 409
    assert r.json()["reason"] == "run_closed"
    assert r.json()["stop_reason"] == "run_completed"


def test_expired_lease_is_reported_before_owner_checks(api: Api) -> None:
    api.dev.server.config.background_sweeps = False  # let the guard, not the sweep, see it
    api.start("lease-2")
    api.register("w1")
    task = api.poll_wf("w1")
    assert task is not None
    api.dev.clock.advance(400)  # no sweep: the guard itself notices the expiry
    r = api.complete_wf(task, [{"type": "complete_workflow"}], owner="someone-else")
    assert r.status_code == 409
    assert r.json()["reason"] == "lease_expired"
    again = api.poll_wf("w1")
    assert again is not None and again["workflow_task_attempt"] == 2


def test_heartbeat_extends_lease_and_guard_errors(api: Api) -> None:
    api.start("lease-3")
    api.register("w1")
    task = api.poll_wf("w1")
    assert task is not None
    api.dev.advance(200)
    r = api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/heartbeat",
        {"lease_owner": "w1", "workflow_task_attempt": 1},
    )
    assert r.status_code == 200 and r.json()["renewed"] is True
    api.dev.advance(200)  # 400s after claim, 200s after the renewal: still leased
    assert api.poll_wf("w1") is None
    r = api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/heartbeat",
        {"lease_owner": "other", "workflow_task_attempt": 1},
    )
    assert r.status_code == 409 and r.json()["reason"] == "lease_owner_mismatch"
    assert r.json()["error"] == "Workflow task lease is owned by another worker."
    r = api.wp(
        "/api/worker/workflow-tasks/nope/heartbeat",
        {"lease_owner": "w1", "workflow_task_attempt": 1},
    )
    assert r.status_code == 404 and r.json()["reason"] == "task_not_found"


def test_poll_request_id_redelivers_same_claim(api: Api) -> None:
    api.start("lease-4")
    api.register("w1")
    first = api.poll_wf("w1", poll_request_id="poll-1")
    again = api.poll_wf("w1", poll_request_id="poll-1")
    assert first is not None and again is not None
    assert again["task_id"] == first["task_id"]
    assert again["workflow_task_attempt"] == first["workflow_task_attempt"] == 1


def test_workflow_task_fail_keeps_run_open_and_repair_redrives(api: Api) -> None:
    api.start("lease-5")
    api.register("w1")
    task = api.poll_wf("w1")
    assert task is not None
    r = api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/fail",
        {
            "lease_owner": "w1",
            "workflow_task_attempt": 1,
            "failure": {"message": "boom", "type": "RuntimeError"},
        },
    )
    assert r.status_code == 200, r.text
    assert r.json()["outcome"] == "failed" and r.json()["next_task_id"] is None
    assert api.describe("lease-5")["status"] == "pending"
    assert api.poll_wf("w1") is None
    r = api.cp("POST", "/api/workflows/lease-5/repair", {})
    assert r.status_code == 200 and r.json()["outcome"] == "repair_dispatched"
    again = api.poll_wf("w1")
    assert again is not None and again["task_id"] != task["task_id"]


def test_failed_task_is_redriven_by_the_sweep_with_backoff(api: Api) -> None:
    api.start("lease-6")
    api.register("w1")
    task = api.poll_wf("w1")
    assert task is not None
    api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/fail",
        {"lease_owner": "w1", "workflow_task_attempt": 1, "failure": {"message": "boom"}},
    )
    api.dev.advance(1)
    assert api.poll_wf("w1") is None
    api.dev.advance(3)
    assert api.poll_wf("w1") is not None
