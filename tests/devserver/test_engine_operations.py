"""Task queues, build-id rollout, worker management, system endpoints, and the newer routes."""

from __future__ import annotations

import threading

from tests.devserver.conftest import Api, avro


def test_task_queue_stats_admission_and_leases(api: Api) -> None:
    api.register("w1", "tq", max_concurrent_workflow_tasks=2)
    api.start("tq-1", queue="tq")
    api.start("tq-2", queue="tq")
    desc = api.cp("GET", "/api/task-queues/tq").json()
    assert desc["name"] == "tq"
    assert desc["stats"]["workflow_tasks"]["ready_count"] == 2
    assert desc["stats"]["approximate_backlog_count"] == 2
    assert desc["admission"]["workflow_tasks"]["status"] == "accepting"
    assert desc["admission"]["workflow_tasks"]["configured_slot_count"] == 2
    assert desc["admission"]["query_tasks"]["max_pending_per_queue"] == 1024
    assert [p["worker_id"] for p in desc["pollers"]] == ["w1"]
    api.poll_wf("w1", "tq")
    api.poll_wf("w1", "tq")
    desc = api.cp("GET", "/api/task-queues/tq").json()
    assert desc["admission"]["workflow_tasks"]["status"] == "saturated"
    assert len(desc["current_leases"]) == 2
    assert desc["current_leases"][0]["workflow_task_attempt"] == 1
    listed = api.cp("GET", "/api/task-queues").json()
    assert [q["name"] for q in listed["task_queues"]] == ["tq"]
    assert "pollers" not in listed["task_queues"][0]
    unknown = api.cp("GET", "/api/task-queues/nothing-here").json()
    assert unknown["stats"]["approximate_backlog_count"] == 0
    assert unknown["admission"]["workflow_tasks"]["status"] == "no_active_workers"


def test_build_id_drain_resume_promote(api: Api) -> None:
    api.register("old", "bq", build_id="b1")
    api.register("new", "bq", build_id="b2")
    r = api.cp("POST", "/api/task-queues/bq/build-ids/drain", {})
    assert r.status_code == 422
    assert r.json()["errors"] == {"build_id": ["The build id field must be present."]}
    r = api.cp("POST", "/api/task-queues/bq/build-ids/drain", {"build_id": "b1"})
    assert (
        r.status_code == 200 and r.json()["drain_intent"] == "draining" and r.json()["drained_at"]
    )
    cohorts = {
        c["build_id"]: c for c in api.cp("GET", "/api/task-queues/bq/build-ids").json()["build_ids"]
    }
    assert cohorts["b1"]["rollout_status"] == "draining"
    assert cohorts["b2"]["rollout_status"] == "active"
    api.start("bq-1", queue="bq")
    assert api.poll_wf("old", "bq") is None  # draining workers claim nothing new
    r = api.cp("POST", "/api/task-queues/bq/build-ids/resume", {"build_id": "b1"})
    assert r.json()["drain_intent"] == "active" and r.json()["drained_at"] is None
    assert api.poll_wf("old", "bq") is not None
    r = api.cp("POST", "/api/task-queues/bq/build-ids/promote", {"build_id": "b2"})
    assert r.status_code == 200 and r.json()["new_start_selected"] is True
    started = api.start("bq-2", queue="bq")
    assert api.describe(started["workflow_id"])["compatibility"] == "b2"
    assert api.poll_wf("old", "bq") is None  # pinned to b2
    task = api.poll_wf("new", "bq")
    assert task is not None and task["workflow_id"] == "bq-2"


def test_workers_management_and_staleness(api: Api) -> None:
    api.register("wm-1", "wq", sdk_version="1.0", supported_workflow_types=["greet"])
    api.register("wm-2", "other")
    listed = api.cp("GET", "/api/workers", params={"task_queue": "wq"}).json()
    assert [w["worker_id"] for w in listed["workers"]] == ["wm-1"]
    one = api.cp("GET", "/api/workers/wm-1").json()
    assert one["status"] == "active" and one["supported_workflow_types"] == ["greet"]
    assert "updated_at" in one
    api.dev.advance(61)
    assert api.cp("GET", "/api/workers/wm-1").json()["status"] == "stale"
    api.wp("/api/worker/heartbeat", {"worker_id": "wm-1"})
    assert api.cp("GET", "/api/workers/wm-1").json()["status"] == "active"
    r = api.cp("DELETE", "/api/workers/wm-2")
    assert r.status_code == 200 and r.json()["outcome"] == "deregistered"
    r = api.cp("GET", "/api/workers/wm-2")
    assert r.status_code == 404 and r.json()["reason"] == "worker_not_found"


def test_worker_self_deregistration(api: Api) -> None:
    r = api.wp(
        "/api/worker/register", {"worker_id": "self-1", "task_queue": "q", "runtime": "python"}
    )
    token = r.json()["registration_token"]
    assert len(token) == 32
    api.start("dereg-1")
    assert api.poll_wf("self-1") is not None
    r = api.wp("/api/worker/registrations/self-1/deregister", {"registration_token": "0" * 32})
    assert r.status_code == 409
    r = api.wp("/api/worker/registrations/self-1/deregister", {"registration_token": token})
    assert r.status_code == 200, r.text
    assert r.json()["recovered_workflow_task_count"] == 1
    r = api.http.delete(
        "/api/worker/registrations/self-1", headers={"X-Durable-Workflow-Protocol-Version": "1.20"}
    )
    assert r.status_code == 404
    api.register("w2")
    task = api.poll_wf("w2")
    assert task is not None and task["workflow_task_attempt"] == 2


def test_system_repair_and_retention(api: Api) -> None:
    status = api.cp("GET", "/api/system/repair").json()
    assert status["policy"]["redispatch_after_seconds"] == 3
    api.start("sys-1")
    api.register()
    task = api.poll_wf()
    assert task is not None
    api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/fail",
        {"lease_owner": "w1", "workflow_task_attempt": 1, "failure": {"message": "x"}},
    )
    assert api.cp("GET", "/api/system/repair").json()["candidates"]["missing_task_candidates"] == 1
    r = api.cp("POST", "/api/system/repair/pass", {"instance_id": "sys-1"})
    assert r.status_code == 200 and r.json()["repaired_missing_tasks"] == 1
    r = api.cp("POST", "/api/system/repair/pass", {"run_ids": ["x" * 200]})
    assert r.status_code == 422
    again = api.poll_wf()
    assert again is not None
    api.complete_wf(again, [{"type": "complete_workflow"}])
    retention = api.cp("GET", "/api/system/retention").json()
    assert retention["expired_run_count"] == 0 and retention["retention_days"] >= 1
    api.dev.advance(86400 * (retention["retention_days"] + 1))
    retention = api.cp("GET", "/api/system/retention").json()
    assert retention["expired_run_ids"] == [task["run_id"]]
    r = api.cp("POST", "/api/system/retention/pass", {})
    assert r.status_code == 200 and r.json()["pruned"] == 1
    # StartAccepted, WorkflowStarted, RepairRequested, WorkflowCompleted
    assert r.json()["results"][0]["history_events_deleted"] == 4
    assert api.cp("GET", "/api/workflows/sys-1").status_code == 404
    metrics = api.cp("GET", "/api/system/metrics").json()
    assert "dw_workflow_task_consecutive_failures" in metrics["metrics"]
    assert api.cp("GET", "/api/system/operator-metrics").status_code == 200


def test_run_streams(api: Api) -> None:
    started = api.start("st-1")
    base = f"/api/workflows/st-1/runs/{started['run_id']}/streams"
    r = api.cp(
        "POST",
        f"{base}/out/items",
        {"items": [{"payload": avro(1), "idempotency_key": "a"}, {"payload": avro(2)}]},
    )
    assert r.status_code == 200, r.text
    assert r.json()["accepted_offsets"] == [0, 1]
    r = api.cp(
        "POST", f"{base}/out/items", {"items": [{"payload": avro(1), "idempotency_key": "a"}]}
    )
    assert r.json()["deduped"] == 1 and r.json()["accepted"] == 0
    items = api.cp("GET", f"{base}/out/items", params={"from": 1}).json()
    assert [i["offset"] for i in items["items"]] == [1] and items["next_offset"] == 2
    assert items["terminal"] is False

    out: dict[str, object] = {}
    waiter = threading.Thread(
        target=lambda: out.update(
            r=api.cp("GET", f"{base}/out/items", params={"from": 2, "wait_seconds": 5}).json()
        )
    )
    waiter.start()
    api.cp("POST", f"{base}/out/items", {"items": [{"payload": avro(3)}]})
    waiter.join(10)
    assert [i["offset"] for i in out["r"]["items"]] == [2]  # type: ignore[index]
    r = api.cp("POST", f"{base}/out/close", {})
    assert r.json()["status"] == "closed"
    items = api.cp("GET", f"{base}/out/items", params={"from": 3}).json()
    assert items["terminal"] is True
    assert [s["stream_name"] for s in api.cp("GET", base).json()["streams"]] == ["out"]
    assert api.cp("GET", f"{base}/missing").status_code == 404


def test_message_stream_and_redrive_and_sessions(api: Api) -> None:
    started = api.start("ms-1")
    api.register()
    r = api.cp(
        "POST",
        "/api/workflows/ms-1/message-streams/inbox/messages",
        {"message_id": "m1", "input": avro(["hi"])},
    )
    assert r.status_code == 202 and r.json()["offset"] == 0
    r = api.cp("POST", "/api/workflows/ms-1/message-streams/inbox/messages", {"message_id": "m1"})
    assert r.status_code == 200 and r.json()["duplicate"] is True
    task = api.poll_wf()
    assert task is not None
    assert task["history_events"][-1]["payload"]["message_id"] == "m1"
    r = api.cp("POST", f"/api/workflows/ms-1/runs/{started['run_id']}/redrive", {})
    assert r.status_code == 200 and r.json()["outcome"] == "repair_not_needed"
    r = api.cp("POST", "/api/workflows/ms-1/request-cancellation", {})
    assert r.status_code == 409 and r.json()["reason"] == "cooperative_cancellation_unsupported"

    r = api.wp(
        "/api/worker/sessions", {"worker_id": "w1", "session_id": "s-1", "lease_seconds": 30}
    )
    assert r.status_code == 201, r.text
    sid = r.json()["session_id"]
    r = api.wp("/api/worker/sessions", {"worker_id": "w1", "session_id": "s-1"})
    assert r.status_code == 200 and r.json()["outcome"] == "reused"
    r = api.wp(f"/api/worker/sessions/{sid}/heartbeat", {"worker_id": "w1", "lease_seconds": 30})
    assert r.status_code == 200 and r.json()["renewed"] is True
    r = api.wp(f"/api/worker/sessions/{sid}/heartbeat", {"worker_id": "other", "lease_seconds": 30})
    assert r.status_code == 409
    r = api.http.request(
        "DELETE",
        f"/api/worker/sessions/{sid}",
        json={"worker_id": "w1", "reason": "done"},
        headers={"X-Durable-Workflow-Protocol-Version": "1.20"},
    )
    assert r.status_code == 200 and r.json()["status"] == 200
    assert r.json()["outcome"] == "closed" and r.json()["session"]["status"] == "closed"
    r = api.http.request(
        "DELETE",
        f"/api/worker/sessions/{sid}",
        json={"worker_id": "w1"},
        headers={"X-Durable-Workflow-Protocol-Version": "1.20"},
    )
    assert r.status_code == 200 and r.json()["outcome"] == "already_closed"
    assert r.json()["session"]["closed_at"] is not None
    r = api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/deliver-cancellation",
        {
            "lease_owner": "w1",
            "workflow_task_attempt": 1,
            "request_id": "r",
            "sequence": 1,
            "call_kind": "activity",
            "sequence_span": 1,
        },
    )
    assert r.status_code == 409 and r.json()["reason"] == "capability_not_advertised"
    r = api.wp(
        "/api/worker/update-validation-tasks/x/approve",
        {"lease_owner": "w1", "update_validation_attempt": 1},
    )
    assert r.status_code == 404


def test_activity_acknowledge_cancellation(api: Api) -> None:
    api.start("ack-1")
    api.register()
    task = api.poll_wf()
    assert task is not None
    api.complete_wf(task, [{"type": "schedule_activity", "activity_type": "a"}])
    act = api.poll_act()
    assert act is not None
    body = {
        "activity_attempt_id": act["activity_attempt_id"],
        "lease_owner": "w1",
        "request_id": "r1",
    }
    r = api.wp(f"/api/worker/activity-tasks/{act['task_id']}/acknowledge-cancellation", body)
    assert r.status_code == 409 and r.json()["reason"] == "cancellation_not_requested"
    api.cp("POST", "/api/workflows/ack-1/cancel", {})
    r = api.wp(f"/api/worker/activity-tasks/{act['task_id']}/acknowledge-cancellation", body)
    assert (
        r.status_code == 200 and r.json()["acknowledged"] is True and r.json()["duplicate"] is False
    )
    assert r.json()["history_event_id"]
    r = api.wp(f"/api/worker/activity-tasks/{act['task_id']}/acknowledge-cancellation", body)
    assert r.json()["duplicate"] is True


def test_draining_poll_waits_and_wakes_on_resume(api: Api) -> None:
    import time

    api.dev.server.config.poll_timeout = 5.0
    api.register("d1", "dq", build_id="b1")
    api.cp("POST", "/api/task-queues/dq/build-ids/drain", {"build_id": "b1"})
    api.start("dq-1", queue="dq")
    out: dict[str, object] = {}

    def poll() -> None:
        out["task"] = api.poll_wf("d1", "dq")
        out["at"] = time.monotonic()

    waiter = threading.Thread(target=poll)
    waiter.start()
    time.sleep(0.5)
    assert waiter.is_alive()  # no hot loop: the draining worker's poll is held open
    resumed_at = time.monotonic()
    api.cp("POST", "/api/task-queues/dq/build-ids/resume", {"build_id": "b1"})
    waiter.join(10)
    task = out["task"]
    assert isinstance(task, dict) and task["workflow_id"] == "dq-1"
    assert float(out["at"]) - resumed_at < 0.5  # type: ignore[arg-type]
