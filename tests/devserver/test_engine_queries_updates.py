"""Queries routed to workers as query tasks; updates with accept/complete/reject and wait_for."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx

from tests.devserver.conftest import CP, Api, avro


def _in_thread(fn: Any) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        out["response"] = fn()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def _control(api: Api) -> httpx.Client:
    return httpx.Client(base_url=api.dev.base_url, timeout=30, headers=CP)


def test_query_answered_by_worker(api: Api) -> None:
    api.dev.server.config.query_timeout = 5.0
    api.register()
    api.start("q-1")
    with _control(api) as other:
        thread, out = _in_thread(
            lambda: other.post("/api/workflows/q-1/query/status", json={"input": avro([1])})
        )
        r = api.wp("/api/worker/query-tasks/poll", {"worker_id": "w1", "task_queue": "q"})
        task = r.json()["task"]
        assert task is not None
        assert task["query_name"] == "status"
        assert task["query_arguments"] == avro([1])
        assert task["workflow_arguments"] == avro(["world"])
        assert [e["event_type"] for e in task["history_events"]] == [
            "StartAccepted",
            "WorkflowStarted",
        ]
        r = api.wp(
            f"/api/worker/query-tasks/{task['query_task_id']}/complete",
            {
                "lease_owner": "w1",
                "query_task_attempt": task["query_task_attempt"],
                "result": "busy",
                "result_envelope": avro("busy"),
            },
        )
        assert r.status_code == 200 and r.json()["outcome"] == "completed"
        thread.join(10)
    resp = out["response"]
    assert resp.status_code == 200, resp.text
    assert resp.json()["result"] == "busy"
    assert resp.json()["result_envelope"] == avro("busy")
    assert resp.json()["control_plane"]["operation"] == "query"
    # nothing was written to history
    assert api.event_types("q-1") == ["StartAccepted", "WorkflowStarted"]
    r = api.wp(
        f"/api/worker/query-tasks/{task['query_task_id']}/complete",
        {"lease_owner": "w1", "query_task_attempt": 1, "result_envelope": avro("again")},
    )
    assert r.status_code == 409 and r.json()["reason"] == "query_task_not_leased"


def test_query_failure_reasons(api: Api) -> None:
    api.dev.server.config.query_timeout = 5.0
    api.register()
    api.start("q-2")
    with _control(api) as other:
        for reason, status in (("rejected_unknown_query", 404), ("query_rejected", 409)):
            thread, out = _in_thread(lambda: other.post("/api/workflows/q-2/query/nope", json={}))
            task = api.wp(
                "/api/worker/query-tasks/poll", {"worker_id": "w1", "task_queue": "q"}
            ).json()["task"]
            r = api.wp(
                f"/api/worker/query-tasks/{task['query_task_id']}/fail",
                {
                    "lease_owner": "w1",
                    "query_task_attempt": 1,
                    "failure": {"message": "no such query", "reason": reason},
                },
            )
            assert r.status_code == 200 and r.json()["reason"] == reason
            thread.join(10)
            resp = out["response"]
            assert resp.status_code == status
            assert resp.json()["reason"] == reason
            assert resp.json()["message"] == "no such query"


def test_query_timeout_and_no_worker(api: Api) -> None:
    api.start("q-3")
    r = api.cp("POST", "/api/workflows/q-3/query/status", {})
    assert r.status_code == 409 and r.json()["reason"] == "query_worker_unavailable"
    api.register()
    t0 = time.monotonic()
    r = api.cp("POST", "/api/workflows/q-3/query/status", {})
    assert r.status_code == 504 and r.json()["reason"] == "query_worker_timeout"
    assert time.monotonic() - t0 < 3
    r = api.wp(
        "/api/worker/query-tasks/nope/complete", {"lease_owner": "w1", "query_task_attempt": 1}
    )
    assert r.status_code == 404 and r.json()["reason"] == "query_task_not_found"
    r = api.wp("/api/worker/query-tasks/nope/complete", {"lease_owner": "w1"})
    assert r.status_code == 422
    assert r.json()["errors"] == {
        "query_task_attempt": ["The query task attempt field is required."]
    }


def test_update_wait_for_completed(api: Api) -> None:
    api.register()
    api.start("u-1")
    task = api.poll_wf()
    assert task is not None
    api.complete_wf(task, [{"type": "start_timer", "delay_seconds": 600}])
    with _control(api) as other:
        thread, out = _in_thread(
            lambda: other.post(
                "/api/workflows/u-1/update/set",
                json={"input": avro(["x"]), "wait_for": "completed", "wait_timeout_seconds": 20},
            )
        )
        upd_task = None
        for _ in range(20):
            upd_task = api.poll_wf()
            if upd_task is not None:
                break
        assert upd_task is not None
        update_id = upd_task["workflow_update_id"]
        assert update_id and upd_task["resume_source_kind"] == "workflow_update"
        accepted = upd_task["history_events"][-1]
        assert accepted["event_type"] == "UpdateAccepted"
        assert accepted["payload"]["arguments"] == avro(["x"])["blob"]
        r = api.complete_wf(
            upd_task,
            [{"type": "complete_update", "update_id": update_id, "result": avro("updated")}],
        )
        assert r.status_code == 200, r.text
        thread.join(10)
    resp = out["response"]
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["update_status"] == "completed" and body["outcome"] == "update_completed"
    assert body["result"] == "updated" and body["result_envelope"] == avro("updated")
    types = api.event_types("u-1")
    assert types[-2:] == ["UpdateApplied", "UpdateCompleted"]


def test_update_accepted_then_failed_and_rejections(api: Api) -> None:
    api.register()
    api.start("u-2")
    r = api.cp("POST", "/api/workflows/u-2/update/set", {"input": ["x"]})
    assert r.status_code == 202, r.text
    assert r.json()["update_status"] == "accepted" and r.json()["wait_for"] == "accepted"
    update_id = r.json()["update_id"]
    task = api.poll_wf()
    assert task is not None and task["workflow_update_id"] == update_id
    r = api.complete_wf(task, [{"type": "fail_update", "update_id": "other", "message": "x"}])
    assert r.status_code == 409 and r.json()["reason"] == "invalid_commands"
    r = api.complete_wf(
        task,
        [
            {
                "type": "fail_update",
                "update_id": update_id,
                "message": "nope",
                "exception_type": "ValueError",
            }
        ],
    )
    assert r.status_code == 200, r.text
    completed = api.history("u-2")[-1]
    assert completed["event_type"] == "UpdateCompleted"
    assert completed["payload"]["message"] == "nope"
    r = api.cp("POST", "/api/workflows/u-2/update/set", {"wait_policy": "completed"})
    assert r.status_code == 422 and "wait_policy" in r.json()["errors"]
    r = api.cp("POST", "/api/workflows/u-2/update/set", {"wait_for": "soon"})
    assert r.status_code == 422 and "wait_for" in r.json()["errors"]
    api.cp("POST", "/api/workflows/u-2/terminate", {})
    r = api.cp("POST", "/api/workflows/u-2/update/set", {})
    assert r.status_code == 409 and r.json()["reason"] == "run_not_active"
    assert r.json()["update_status"] == "rejected"


def test_update_wait_times_out_with_202(api: Api) -> None:
    api.register()
    api.start("u-3")
    r = api.cp(
        "POST",
        "/api/workflows/u-3/update/set",
        {"wait_for": "completed", "wait_timeout_seconds": 1},
    )
    assert r.status_code == 202
    assert r.json()["wait_timed_out"] is True and r.json()["update_status"] == "accepted"


def test_unknown_update_rejected_when_contracts_declared(api: Api) -> None:
    api.register(
        workflow_command_contracts={"greet": {"updates": ["set"], "signals": [], "queries": []}}
    )
    api.start("u-4")
    r = api.cp("POST", "/api/workflows/u-4/update/other", {})
    assert r.status_code == 404 and r.json()["reason"] == "unknown_update"
    assert r.json()["outcome"] == "rejected_unknown_update"


def test_update_task_is_followed_by_a_regular_task_when_a_condition_waits(api: Api) -> None:
    api.register()
    api.start("u-5")
    task = api.poll_wf()
    assert task is not None
    api.complete_wf(task, [{"type": "open_condition_wait", "condition_key": "approved"}])
    r = api.cp("POST", "/api/workflows/u-5/update/approve", {})
    assert r.status_code == 202
    upd = api.poll_wf()
    assert upd is not None and upd["workflow_update_id"] == r.json()["update_id"]
    api.complete_wf(upd, [{"type": "complete_update", "update_id": upd["workflow_update_id"]}])
    regular = api.poll_wf()
    assert regular is not None and regular["workflow_update_id"] is None
    r = api.complete_wf(regular, [{"type": "complete_workflow"}])
    assert r.status_code == 200
    assert api.describe("u-5")["status"] == "completed"


def test_signal_seen_only_by_an_update_task_gets_a_regular_task(api: Api) -> None:
    api.register()
    api.start("u-6")
    task = api.poll_wf()
    assert task is not None
    api.complete_wf(task, [{"type": "start_timer", "delay_seconds": 1000}])
    r = api.cp("POST", "/api/workflows/u-6/update/set", {})
    update_id = r.json()["update_id"]
    upd = api.poll_wf()
    assert upd is not None and upd["workflow_update_id"] == update_id
    api.cp("POST", "/api/workflows/u-6/signal/ping", {})
    api.complete_wf(upd, [{"type": "complete_update", "update_id": update_id}])
    regular = api.poll_wf()
    assert regular is not None and regular["workflow_update_id"] is None
    assert "SignalReceived" in [e["event_type"] for e in regular["history_events"]]


def test_update_request_id_is_retained(api: Api) -> None:
    api.register()
    api.start("u-7")
    first = api.cp("POST", "/api/workflows/u-7/update/set", {"input": ["x"], "request_id": "r-1"})
    assert first.status_code == 202
    again = api.cp("POST", "/api/workflows/u-7/update/set", {"input": ["x"], "request_id": "r-1"})
    assert again.status_code == 202 and again.json()["retained"] is True
    assert again.json()["update_id"] == first.json()["update_id"]
    task = api.poll_wf()
    assert task is not None
    api.complete_wf(
        task,
        [{"type": "complete_update", "update_id": first.json()["update_id"], "result": avro("ok")}],
    )
    done = api.cp("POST", "/api/workflows/u-7/update/set", {"input": ["x"], "request_id": "r-1"})
    assert done.status_code == 200 and done.json()["update_status"] == "completed"
    assert done.json()["result"] == "ok"
    clash = api.cp("POST", "/api/workflows/u-7/update/other", {"request_id": "r-1"})
    assert clash.status_code == 409 and clash.json()["reason"] == "request_id_conflict"
    assert api.event_types("u-7").count("UpdateAccepted") == 1
