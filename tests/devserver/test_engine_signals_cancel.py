"""Signals, cancellation and termination."""

from __future__ import annotations

from tests.devserver.conftest import Api, avro


def test_signal_records_history_and_creates_task(api: Api) -> None:
    api.start("sig-1")
    api.register()
    task = api.poll_wf()
    assert task is not None
    api.complete_wf(
        task, [{"type": "open_condition_wait", "condition_key": "approval", "timeout_seconds": 60}]
    )
    r = api.cp(
        "POST",
        "/api/workflows/sig-1/signal/approve",
        {"input": avro(["alice"]), "request_id": "r-1"},
    )
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["outcome"] == "signal_received" and body["command_status"] == "accepted"
    assert body["signal_name"] == "approve"
    assert body["control_plane"]["operation_name"] == "approve"
    task = api.poll_wf()
    assert task is not None
    assert task["resume_source_kind"] == "workflow_signal"
    assert task["signal_name"] == "approve"
    received = task["history_events"][-1]
    assert received["event_type"] == "SignalReceived"
    assert received["payload"]["arguments"] == avro(["alice"])
    r = api.complete_wf(task, [{"type": "complete_workflow", "result": avro("approved")}])
    assert r.status_code == 200
    types = api.event_types("sig-1")
    assert "ConditionWaitSatisfied" in types and "TimerCancelled" in types
    assert types[-1] == "WorkflowCompleted"


def test_signal_during_leased_task_gets_follow_up_task(api: Api) -> None:
    api.start("sig-2")
    api.register()
    task = api.poll_wf()
    assert task is not None
    r = api.cp("POST", "/api/workflows/sig-2/signal/ping", {"input": ["x"]})
    assert r.status_code == 202
    assert api.poll_wf() is None  # the leased task still owns the run
    r = api.complete_wf(task, [{"type": "start_timer", "delay_seconds": 100}])
    assert r.status_code == 200
    follow = api.poll_wf()
    assert follow is not None
    assert "SignalReceived" in [e["event_type"] for e in follow["history_events"]]


def test_signal_rejections(api: Api) -> None:
    r = api.cp("POST", "/api/workflows/missing/signal/x", {})
    assert r.status_code == 404 and r.json()["reason"] == "instance_not_found"
    api.start("sig-3")
    api.cp("POST", "/api/workflows/sig-3/terminate", {})
    r = api.cp("POST", "/api/workflows/sig-3/signal/x", {})
    assert r.status_code == 409 and r.json()["reason"] == "run_not_active"
    assert r.json()["outcome"] == "rejected_not_active"
    r = api.cp(
        "POST", "/api/workflows/sig-3/signal/x", {"input": {"codec": "json", "blob": "e30="}}
    )
    assert r.status_code == 422 and "input.codec" in r.json()["errors"]


def test_signal_rejected_when_worker_declares_other_signals(api: Api) -> None:
    api.register(
        workflow_command_contracts={"greet": {"signals": ["approve"], "queries": [], "updates": []}}
    )
    api.start("sig-4")
    r = api.cp("POST", "/api/workflows/sig-4/signal/unknown", {})
    assert r.status_code == 404 and r.json()["reason"] == "unknown_signal"
    r = api.cp("POST", "/api/workflows/sig-4/signal/approve", {})
    assert r.status_code == 202


def test_cancel_closes_run_and_cancels_open_work(api: Api) -> None:
    api.start("cancel-1")
    api.register()
    task = api.poll_wf()
    assert task is not None
    api.complete_wf(
        task,
        [
            {"type": "schedule_activity", "activity_type": "a"},
            {"type": "start_timer", "delay_seconds": 30},
        ],
    )
    act = api.poll_act()
    assert act is not None
    r = api.cp("POST", "/api/workflows/cancel-1/cancel", {"reason": "user asked"})
    assert r.status_code == 200, r.text
    assert r.json()["outcome"] == "cancelled" and r.json()["reason"] == "user asked"
    desc = api.describe("cancel-1")
    assert desc["status"] == "cancelled" and desc["status_bucket"] == "failed"
    types = api.event_types("cancel-1")
    assert types[-1] == "WorkflowCancelled"
    assert "CancelRequested" in types and "ActivityCancelled" in types and "TimerCancelled" in types
    assert api.history("cancel-1")[-1]["payload"]["reason"] == "user asked"
    # the activity worker learns about it on heartbeat and its outcome is ignored
    r = api.wp(
        f"/api/worker/activity-tasks/{act['task_id']}/heartbeat",
        {"activity_attempt_id": act["activity_attempt_id"], "lease_owner": "w1"},
    )
    assert r.json()["cancel_requested"] is True and r.json()["can_continue"] is False
    r = api.complete_act(act, "late")
    assert r.status_code == 409 and r.json()["outcome"] == "ignored"
    assert r.json()["reason"] == "run_cancelled"
    api.dev.advance(30)
    assert api.event_types("cancel-1")[-1] == "WorkflowCancelled"  # the timer never fires
    r = api.cp("POST", "/api/workflows/cancel-1/cancel", {})
    assert r.status_code == 409 and r.json()["reason"] == "run_not_active"


def test_terminate_fences_the_leased_workflow_task(api: Api) -> None:
    api.start("term-1")
    api.register()
    task = api.poll_wf()
    assert task is not None
    r = api.cp("POST", "/api/workflows/term-1/terminate", {"reason": "stop"})
    assert r.status_code == 200 and r.json()["outcome"] == "terminated"
    r = api.complete_wf(task, [{"type": "complete_workflow"}])
    assert r.status_code == 409
    assert r.json()["reason"] == "run_closed"
    assert r.json()["stop_reason"] == "run_terminated"
    assert r.json()["cancel_requested"] is True
    assert api.describe("term-1")["status"] == "terminated"
    assert api.event_types("term-1")[-2:] == ["TerminateRequested", "WorkflowTerminated"]


def test_run_targeted_commands_check_current_run(api: Api) -> None:
    started = api.start("rt-run-1")
    r = api.cp("POST", "/api/workflows/rt-run-1/runs/not-current/cancel", {})
    assert r.status_code == 409 and r.json()["reason"] == "historical_run_command_rejected"
    r = api.cp("POST", f"/api/workflows/rt-run-1/runs/{started['run_id']}/signal/s", {})
    assert r.status_code == 202
    assert r.json()["run_id"] == started["run_id"]


def test_signal_request_id_is_retained(api: Api) -> None:
    api.start("sig-5")
    first = api.cp(
        "POST", "/api/workflows/sig-5/signal/go", {"input": ["a"], "request_id": "req-1"}
    )
    assert first.status_code == 202 and first.json()["retained"] is False
    again = api.cp(
        "POST", "/api/workflows/sig-5/signal/go", {"input": ["a"], "request_id": "req-1"}
    )
    assert again.status_code == 202 and again.json()["retained"] is True
    assert again.json()["command_id"] == first.json()["command_id"]
    assert api.event_types("sig-5").count("SignalReceived") == 1
    clash = api.cp(
        "POST", "/api/workflows/sig-5/signal/go", {"input": ["b"], "request_id": "req-1"}
    )
    assert clash.status_code == 409 and clash.json()["reason"] == "request_id_conflict"
