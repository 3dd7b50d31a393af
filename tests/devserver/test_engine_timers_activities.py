"""Timers on the manual clock; activity retries, back-off, non-retryable failures, timeouts."""

from __future__ import annotations

from typing import Any

from tests.devserver.conftest import Api


def _schedule(api: Api, workflow_id: str, command: dict[str, Any]) -> dict[str, Any]:
    api.start(workflow_id)
    api.register()
    task = api.poll_wf()
    assert task is not None
    r = api.complete_wf(task, [command])
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_timer_fires_on_manual_clock_advance(api: Api) -> None:
    _schedule(api, "timer-1", {"type": "start_timer", "delay_seconds": 60})
    scheduled = api.history("timer-1")[-1]
    assert scheduled["event_type"] == "TimerScheduled"
    assert scheduled["payload"]["delay_seconds"] == 60
    api.dev.advance(59)
    assert api.poll_wf() is None
    assert api.describe("timer-1")["wait_kind"] == "timer"
    api.dev.advance(1)
    task = api.poll_wf()
    assert task is not None
    assert task["workflow_wait_kind"] == "timer"
    assert task["resume_source_kind"] == "timer"
    fired = task["history_events"][-1]
    assert fired["event_type"] == "TimerFired"
    assert fired["payload"]["timer_id"] == scheduled["payload"]["timer_id"]
    assert fired["payload"]["sequence"] == scheduled["payload"]["sequence"]


def test_timer_fires_from_background_sweep_without_explicit_sweep(api: Api) -> None:
    _schedule(api, "timer-2", {"type": "start_timer", "delay_seconds": 5})
    api.dev.server.config.poll_timeout = 3.0
    api.dev.clock.advance(5)  # type: ignore[attr-defined]  # listeners wake the background sweep
    task = api.poll_wf()
    assert task is not None and task["timer_id"]


def test_activity_retry_with_backoff_then_success(api: Api) -> None:
    _schedule(
        api,
        "retry-1",
        {
            "type": "schedule_activity",
            "activity_type": "flaky",
            "retry_policy": {"max_attempts": 3, "backoff_seconds": [10, 20]},
        },
    )
    act = api.poll_act()
    assert act is not None and act["attempt_number"] == 1
    r = api.fail_act(act, {"message": "try again", "type": "IOError"})
    assert r.status_code == 200, r.text
    retry_task = r.json()["next_task_id"]
    assert retry_task and retry_task != act["task_id"]
    assert api.event_types("retry-1")[-1] == "ActivityRetryScheduled"
    retry = api.history("retry-1")[-1]["payload"]
    assert retry["retry_backoff_seconds"] == 10 and retry["retry_after_attempt"] == 1
    assert api.poll_act() is None  # back-off not elapsed
    api.dev.advance(10)
    act2 = api.poll_act()
    assert act2 is not None and act2["attempt_number"] == 2 and act2["task_id"] == retry_task
    assert act2["activity_execution_id"] == act["activity_execution_id"]
    r = api.fail_act(act2, {"message": "again"})
    assert r.json()["next_task_id"]
    api.dev.advance(19)
    assert api.poll_act() is None
    api.dev.advance(1)
    act3 = api.poll_act()
    assert act3 is not None and act3["attempt_number"] == 3
    r = api.complete_act(act3, "ok")
    assert r.status_code == 200
    task = api.poll_wf()
    assert task is not None
    assert task["history_events"][-1]["event_type"] == "ActivityCompleted"
    # a late outcome from an old attempt is stale
    r = api.complete_act(act, "late")
    assert r.status_code == 409 and r.json()["reason"] == "stale_attempt"


def test_retries_exhausted_fail_the_activity(api: Api) -> None:
    _schedule(
        api,
        "retry-2",
        {
            "type": "schedule_activity",
            "activity_type": "flaky",
            "retry_policy": {"max_attempts": 2, "backoff_seconds": []},
        },
    )
    act = api.poll_act()
    assert act is not None
    api.fail_act(act, {"message": "one"})
    act2 = api.poll_act()
    assert act2 is not None and act2["attempt_number"] == 2
    r = api.fail_act(act2, {"message": "two", "type": "IOError"})
    task = api.poll_wf()
    assert task is not None and task["task_id"] == r.json()["next_task_id"]
    failed = task["history_events"][-1]
    assert failed["event_type"] == "ActivityFailed"
    assert failed["payload"]["message"] == "two"
    assert failed["payload"]["attempt_number"] == 2
    assert failed["payload"]["non_retryable"] is False


def test_non_retryable_failures_skip_retries(api: Api) -> None:
    _schedule(
        api,
        "nr-1",
        {
            "type": "schedule_activity",
            "activity_type": "a",
            "retry_policy": {"max_attempts": 5, "non_retryable_error_types": ["ValueError"]},
        },
    )
    act = api.poll_act()
    assert act is not None
    api.fail_act(act, {"message": "bad", "type": "ValueError"})
    assert api.event_types("nr-1")[-1] == "ActivityFailed"
    assert api.history("nr-1")[-1]["payload"]["non_retryable"] is True
    task = api.poll_wf()
    assert task is not None
    r = api.complete_wf(
        task,
        [{"type": "schedule_activity", "activity_type": "b", "retry_policy": {"max_attempts": 5}}],
    )
    assert r.status_code == 200
    act = api.poll_act()
    assert act is not None
    api.fail_act(act, {"message": "stop", "non_retryable": True})
    assert api.event_types("nr-1")[-1] == "ActivityFailed"


def test_no_retry_policy_means_one_attempt(api: Api) -> None:
    _schedule(api, "nr-2", {"type": "schedule_activity", "activity_type": "a"})
    act = api.poll_act()
    assert act is not None
    assert "retry_policy" not in act
    api.fail_act(act, {"message": "once"})
    assert api.event_types("nr-2")[-1] == "ActivityFailed"


def test_start_to_close_timeout_retries_then_times_out(api: Api) -> None:
    _schedule(
        api,
        "to-1",
        {
            "type": "schedule_activity",
            "activity_type": "slow",
            "start_to_close_timeout": 10,
            "retry_policy": {"max_attempts": 2, "backoff_seconds": [1]},
        },
    )
    act = api.poll_act()
    assert act is not None
    api.dev.advance(10)
    retry = api.history("to-1")[-1]
    assert retry["event_type"] == "ActivityRetryScheduled"
    assert retry["payload"]["timeout_kind"] == "start_to_close"
    r = api.complete_act(act, "late")
    assert r.status_code == 409 and r.json()["reason"] == "stale_attempt"
    api.dev.advance(1)
    act2 = api.poll_act()
    assert act2 is not None and act2["attempt_number"] == 2
    api.dev.advance(10)
    timed_out = api.history("to-1")[-1]
    assert timed_out["event_type"] == "ActivityTimedOut"
    assert timed_out["payload"]["timeout_kind"] == "start_to_close"
    assert timed_out["payload"]["failure_category"] == "timeout"
    task = api.poll_wf()
    assert task is not None and task["workflow_event_type"] == "ActivityTimedOut"


def test_heartbeat_timeout_and_schedule_to_close(api: Api) -> None:
    _schedule(
        api,
        "to-2",
        {
            "type": "schedule_activity",
            "activity_type": "hb",
            "heartbeat_timeout": 5,
            "start_to_close_timeout": 100,
            "schedule_to_close_timeout": 200,
        },
    )
    act = api.poll_act()
    assert act is not None
    for _ in range(3):
        api.dev.advance(4)
        r = api.wp(
            f"/api/worker/activity-tasks/{act['task_id']}/heartbeat",
            {
                "activity_attempt_id": act["activity_attempt_id"],
                "lease_owner": "w1",
                "message": "working",
            },
        )
        assert r.status_code == 200 and r.json()["can_continue"] is True
    assert "ActivityTimedOut" not in api.event_types("to-2")
    api.dev.advance(5)
    last = api.history("to-2")[-1]
    assert last["event_type"] == "ActivityTimedOut"
    assert last["payload"]["timeout_kind"] == "heartbeat"

    resumed = api.poll_wf()
    assert resumed is not None and resumed["workflow_id"] == "to-2"
    api.start("to-3")
    task = api.poll_wf()
    assert task is not None and task["workflow_id"] == "to-3"
    api.complete_wf(
        task,
        [
            {
                "type": "schedule_activity",
                "activity_type": "never",
                "schedule_to_close_timeout": 30,
                "retry_policy": {"max_attempts": 10},
            }
        ],
    )
    api.dev.advance(30)
    assert api.event_types("to-3")[-1] == "ActivityTimedOut"
    assert api.history("to-3")[-1]["payload"]["timeout_kind"] == "schedule_to_close"


def test_activity_timeout_system_endpoints(api: Api) -> None:
    api.dev.server.config.background_sweeps = False
    _schedule(
        api,
        "to-4",
        {"type": "schedule_activity", "activity_type": "s", "start_to_close_timeout": 5},
    )
    act = api.poll_act()
    assert act is not None
    api.dev.clock.advance(6)  # type: ignore[attr-defined]
    status = api.cp("GET", "/api/system/activity-timeouts").json()
    assert status["expired_count"] == 1
    assert status["expired_execution_ids"] == [act["activity_execution_id"]]
    r = api.cp("POST", "/api/system/activity-timeouts/pass", {})
    assert r.status_code == 200
    assert r.json()["enforced"] == 1
    assert r.json()["results"][0]["has_retry"] is False
    assert api.event_types("to-4")[-1] == "ActivityTimedOut"
    assert api.cp("GET", "/api/system/activity-timeouts").json()["expired_count"] == 0
    r = api.cp("GET", "/api/system/activity-timeouts", params={"limit": 0})
    assert r.status_code == 422
