"""Standalone activities: a server-managed host run per activity."""

from __future__ import annotations

from tests.devserver.conftest import Api, avro


def test_standalone_activity_round_trip(api: Api) -> None:
    api.register()
    r = api.cp(
        "POST",
        "/api/activities",
        {
            "activity_id": "act-1",
            "activity_type": "send",
            "task_queue": "q",
            "input": avro(["x"]),
            "retry_policy": {"max_attempts": 2, "backoff_seconds": 5},
            "start_to_close_timeout_seconds": 30,
        },
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["workflow_type"] == "dw.standalone_activity"
    assert body["activity_id"] == "act-1" and body["status"] == "running"
    assert api.poll_wf() is None  # no workflow task for the host run
    act = api.poll_act()
    assert act is not None and act["workflow_id"] == "act-1"
    assert act["retry_policy"]["backoff_seconds"] == [5]
    api.fail_act(act, {"message": "once"})
    api.dev.advance(5)
    act2 = api.poll_act()
    assert act2 is not None and act2["attempt_number"] == 2
    api.complete_act(act2, "sent")
    desc = api.cp("GET", "/api/activities/act-1").json()
    assert desc["status"] == "completed"
    assert desc["result"] == avro("sent")
    assert desc["attempt_count"] == 2
    listed = api.cp("GET", "/api/activities").json()
    assert [a["activity_id"] for a in listed["activities"]] == ["act-1"]
    assert api.cp("GET", "/api/workflows").json()["workflows"] == []


def test_standalone_activity_cancel_and_errors(api: Api) -> None:
    api.register()
    api.cp(
        "POST", "/api/activities", {"activity_id": "act-2", "activity_type": "a", "task_queue": "q"}
    )
    act = api.poll_act()
    assert act is not None
    r = api.cp("POST", "/api/workflows/act-2/cancel", {"reason": "stop"})
    assert r.status_code == 200
    assert api.cp("GET", "/api/activities/act-2").json()["status"] == "cancelled"
    r = api.wp(
        f"/api/worker/activity-tasks/{act['task_id']}/heartbeat",
        {"activity_attempt_id": act["activity_attempt_id"], "lease_owner": "w1"},
    )
    assert r.json()["cancel_requested"] is True
    assert api.cp("GET", "/api/activities/nope").status_code == 404
    r = api.cp("POST", "/api/activities", {"activity_type": "a"})
    assert r.status_code == 422 and "task_queue" in r.json()["errors"]
    r = api.cp(
        "POST", "/api/activities", {"activity_id": "act-2", "activity_type": "a", "task_queue": "q"}
    )
    assert r.status_code == 409
