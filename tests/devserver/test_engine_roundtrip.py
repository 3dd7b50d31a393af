"""Full workflow round trips driven by raw protocol requests."""

from __future__ import annotations

from tests.devserver.conftest import Api, avro


def test_full_round_trip_with_activity(api: Api) -> None:
    started = api.start("rt-1")
    assert started["outcome"] == "started_new"
    assert started["status"] == "pending"
    api.register()

    task = api.poll_wf()
    assert task is not None
    assert task["workflow_id"] == "rt-1"
    assert task["workflow_task_attempt"] == 1
    assert task["arguments"] == avro(["world"])
    assert [e["event_type"] for e in task["history_events"]] == ["StartAccepted", "WorkflowStarted"]
    assert task["next_history_page_token"] is None

    r = api.complete_wf(
        task,
        [
            {
                "type": "schedule_activity",
                "activity_type": "greet.say",
                "arguments": avro(["world"]),
                "start_to_close_timeout": 30,
            }
        ],
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["run_status"] == "waiting" and body["recorded"] is True
    assert len(body["created_task_ids"]) == 1
    assert body["protocol_version"] == "1.20"
    assert r.headers["X-Durable-Workflow-Protocol-Version"] == "1.20"

    act = api.poll_act()
    assert act is not None
    assert act["activity_type"] == "greet.say"
    assert act["attempt_number"] == 1
    assert act["arguments"] == avro(["world"])
    assert act["retry_policy"]["start_to_close_timeout"] == 30
    assert "start_to_close" in act["deadlines"]

    r = api.complete_act(act, "hello world")
    assert r.status_code == 200, r.text
    assert r.json()["outcome"] == "completed"
    next_task = r.json()["next_task_id"]
    assert next_task

    task2 = api.poll_wf()
    assert task2 is not None and task2["task_id"] == next_task
    assert task2["workflow_wait_kind"] == "activity"
    assert task2["activity_type"] == "greet.say"
    types = [e["event_type"] for e in task2["history_events"]]
    assert types[-3:] == ["ActivityScheduled", "ActivityStarted", "ActivityCompleted"]
    completed = task2["history_events"][-1]["payload"]
    assert completed["result"] == avro("hello world")["blob"]
    assert completed["sequence"] == task2["history_events"][-3]["payload"]["sequence"]

    r = api.complete_wf(task2, [{"type": "complete_workflow", "result": avro("done")}])
    assert r.status_code == 200, r.text
    assert r.json()["run_status"] == "completed"

    desc = api.describe("rt-1")
    assert desc["status"] == "completed"
    assert desc["status_bucket"] == "completed"
    assert desc["is_terminal"] is True
    assert desc["output"] == "done"
    assert desc["output_envelope"] == avro("done")
    assert desc["input"] == ["world"]
    assert desc["control_plane"]["operation"] == "describe"
    assert api.event_types("rt-1") == [
        "StartAccepted",
        "WorkflowStarted",
        "ActivityScheduled",
        "ActivityStarted",
        "ActivityCompleted",
        "WorkflowCompleted",
    ]


def test_fail_workflow_command(api: Api) -> None:
    api.start("rt-fail")
    api.register()
    task = api.poll_wf()
    assert task is not None
    r = api.complete_wf(
        task,
        [
            {
                "type": "fail_workflow",
                "message": "bad input",
                "exception_type": "ValueError",
                "exception_class": "builtins.ValueError",
            }
        ],
    )
    assert r.status_code == 200, r.text
    assert r.json()["run_status"] == "failed"
    desc = api.describe("rt-fail")
    assert desc["status"] == "failed" and desc["status_bucket"] == "failed"
    failed = api.history("rt-fail")[-1]
    assert failed["event_type"] == "WorkflowFailed"
    assert failed["payload"]["message"] == "bad input"
    assert failed["payload"]["exception_type"] == "ValueError"
    assert failed["payload"]["failure_category"] == "application"


def test_start_duplicate_policies_and_runs(api: Api) -> None:
    first = api.start("dup-1")
    r = api.cp("POST", "/api/workflows", {"workflow_id": "dup-1", "workflow_type": "greet"})
    assert r.status_code == 409
    assert r.json()["outcome"] == "rejected_duplicate"
    r = api.cp(
        "POST",
        "/api/workflows",
        {"workflow_id": "dup-1", "workflow_type": "greet", "duplicate_policy": "use-existing"},
    )
    assert r.status_code == 200
    assert r.json()["outcome"] == "returned_existing_active"
    assert r.json()["run_id"] == first["run_id"]
    r = api.cp(
        "POST",
        "/api/workflows",
        {
            "workflow_id": "dup-2",
            "workflow_type": "greet",
            "duplicate_policy": "terminate_existing",
        },
    )
    assert r.status_code == 422
    assert r.json()["reason"] == "validation_failed"
    assert "duplicate_policy" in r.json()["errors"]
    runs = api.cp("GET", "/api/workflows/dup-1/runs").json()
    assert runs["run_count"] == 1 and runs["runs"][0]["run_id"] == first["run_id"]


def test_plain_array_input_is_encoded(api: Api) -> None:
    r = api.cp(
        "POST", "/api/workflows", {"workflow_type": "greet", "task_queue": "q", "input": ["a", 1]}
    )
    assert r.status_code == 201, r.text
    workflow_id = r.json()["workflow_id"]
    desc = api.describe(workflow_id)
    assert desc["input"] == ["a", 1]
    assert desc["input_envelope"] == avro(["a", 1])


def test_list_filters_and_paging(api: Api) -> None:
    for i in range(3):
        api.start(f"list-{i}", workflow_type="listed", search_attributes={"CustomerId": f"c{i}"})
    api.start("other-1", workflow_type="other")
    r = api.cp("GET", "/api/workflows", params={"workflow_type": "listed", "page_size": 2})
    body = r.json()
    assert r.status_code == 200
    assert body["workflow_count"] == 2 and body["next_page_token"]
    r2 = api.cp(
        "GET",
        "/api/workflows",
        params={
            "workflow_type": "listed",
            "page_size": 2,
            "next_page_token": body["next_page_token"],
        },
    )
    ids = {w["workflow_id"] for w in body["workflows"]} | {
        w["workflow_id"] for w in r2.json()["workflows"]
    }
    assert ids == {"list-0", "list-1", "list-2"}
    assert r2.json()["next_page_token"] is None
    r = api.cp("GET", "/api/workflows", params={"query": 'CustomerId="c1"'})
    assert [w["workflow_id"] for w in r.json()["workflows"]] == ["list-1"]
    r = api.cp("GET", "/api/workflows", params={"query": "other"})
    assert [w["workflow_id"] for w in r.json()["workflows"]] == ["other-1"]
    r = api.cp("GET", "/api/workflows", params={"status": "cancelled"})
    assert r.status_code == 422


def test_history_paging_for_workers_and_control_plane(api: Api) -> None:
    api.start("page-1")
    api.register()
    task = api.poll_wf(history_page_size=1)
    assert task is not None
    assert len(task["history_events"]) == 1
    assert task["total_history_events"] == 2
    token = task["next_history_page_token"]
    assert token
    r = api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/history",
        {
            "lease_owner": "w1",
            "workflow_task_attempt": 1,
            "next_history_page_token": token,
            "history_page_size": 1,
        },
    )
    assert r.status_code == 200, r.text
    assert [e["sequence"] for e in r.json()["history_events"]] == [2]
    assert r.json()["next_history_page_token"] is None
    r = api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/history",
        {"lease_owner": "w1", "workflow_task_attempt": 1, "next_history_page_token": "not-a-token"},
    )
    assert r.status_code == 400
    assert r.json()["reason"] == "invalid_page_token"
    run_id = task["run_id"]
    r = api.cp("GET", f"/api/workflows/page-1/runs/{run_id}/history", params={"page_size": 1})
    assert len(r.json()["events"]) == 1 and r.json()["next_page_token"]
    r = api.cp(
        "GET",
        f"/api/workflows/page-1/runs/{run_id}/history",
        params={"page_size": 1, "next_page_token": r.json()["next_page_token"]},
    )
    assert r.json()["events"][0]["sequence"] == 2


def test_history_compression_when_asked(api: Api) -> None:
    import base64
    import gzip
    import json
    import zlib

    api.start("gz-1")
    api.register()
    task = api.poll_wf()
    assert task is not None
    api.complete_wf(
        task,
        [{"type": "record_side_effect", "result": avro(i)["blob"]} for i in range(60)]
        + [{"type": "start_timer", "delay_seconds": 1}],
    )
    api.dev.advance(1)
    task = api.poll_wf(accept_history_encoding="gzip")
    assert task is not None
    assert task["history_events"] == [] and task["history_events_encoding"] == "gzip"
    events = json.loads(gzip.decompress(base64.b64decode(task["history_events_compressed"])))
    assert (
        len(events) == task["total_history_events"] and events[0]["event_type"] == "StartAccepted"
    )
    r = api.wp(
        f"/api/worker/workflow-tasks/{task['task_id']}/history",
        {
            "lease_owner": "w1",
            "workflow_task_attempt": 1,
            "next_history_page_token": "MA==",
            "accept_history_encoding": "deflate",
        },
    )
    body = r.json()
    assert body["history_events_encoding"] == "deflate"
    raw = zlib.decompress(base64.b64decode(body["history_events_compressed"]), -15)
    assert json.loads(raw) == events
