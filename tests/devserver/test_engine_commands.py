"""Child workflows, continue-as-new, and the non-blocking commands; archive."""

from __future__ import annotations

from typing import Any

from tests.devserver.conftest import Api, avro


def _first_task(api: Api, workflow_id: str, **start: Any) -> dict[str, Any]:
    api.start(workflow_id, **start)
    api.register()
    task = api.poll_wf()
    assert task is not None and task["workflow_id"] == workflow_id
    return task


def test_child_workflow_completes_and_notifies_parent(api: Api) -> None:
    task = _first_task(api, "parent-1")
    r = api.complete_wf(
        task,
        [
            {
                "type": "start_child_workflow",
                "workflow_type": "child",
                "arguments": avro(["c"]),
                "parent_close_policy": "terminate",
            }
        ],
    )
    assert r.status_code == 200, r.text
    types = api.event_types("parent-1")
    assert types[-2:] == ["ChildWorkflowScheduled", "ChildRunStarted"]
    started = api.history("parent-1")[-1]["payload"]
    child_id = started["child_workflow_instance_id"]
    child_task = api.poll_wf()
    assert child_task is not None and child_task["workflow_id"] == child_id
    assert child_task["workflow_type"] == "child"
    assert child_task["arguments"] == avro(["c"])
    child_started = child_task["history_events"][0]
    assert child_started["event_type"] == "WorkflowStarted"
    assert child_started["payload"]["parent_workflow_instance_id"] == "parent-1"
    r = api.complete_wf(child_task, [{"type": "complete_workflow", "result": avro("child-done")}])
    assert r.status_code == 200
    parent_task = api.poll_wf()
    assert parent_task is not None and parent_task["workflow_id"] == "parent-1"
    assert parent_task["workflow_wait_kind"] == "child"
    done = parent_task["history_events"][-1]
    assert done["event_type"] == "ChildRunCompleted"
    assert done["payload"]["output"] == avro("child-done")["blob"]
    assert done["payload"]["sequence"] == started["sequence"]


def test_child_failure_with_retry_and_parent_close_policy(api: Api) -> None:
    task = _first_task(api, "parent-2")
    api.complete_wf(
        task,
        [
            {
                "type": "start_child_workflow",
                "workflow_type": "child",
                "retry_policy": {"max_attempts": 2},
                "parent_close_policy": "terminate",
            }
        ],
    )
    child_task = api.poll_wf()
    assert child_task is not None
    child_id = child_task["workflow_id"]
    api.complete_wf(child_task, [{"type": "fail_workflow", "message": "first"}])
    retry_task = api.poll_wf()
    assert retry_task is not None and retry_task["workflow_id"] == child_id
    assert retry_task["run_id"] != child_task["run_id"]
    assert api.event_types("parent-2").count("ChildRunStarted") == 2
    # the parent is cancelled: the child is terminated by its parent-close policy
    r = api.cp("POST", "/api/workflows/parent-2/cancel", {})
    assert r.status_code == 200
    assert api.describe(child_id)["status"] == "terminated"
    assert "ParentClosePolicyApplied" in api.event_types("parent-2")


def test_continue_as_new_chain(api: Api) -> None:
    task = _first_task(api, "can-1", search_attributes={"Stage": "one"})
    r = api.complete_wf(task, [{"type": "continue_as_new", "arguments": avro([2])}])
    assert r.status_code == 200, r.text
    assert r.json()["run_status"] == "completed"
    new_task_id = r.json()["created_task_ids"][-1]
    runs = api.cp("GET", "/api/workflows/can-1/runs").json()
    assert runs["run_count"] == 2
    first, second = runs["runs"]
    assert first["status"] == "completed" and second["status"] == "pending"
    assert (
        api.cp("GET", f"/api/workflows/can-1/runs/{first['run_id']}").json()["closed_reason"]
        == "continued"
    )
    assert api.event_types("can-1", first["run_id"])[-1] == "WorkflowContinuedAsNew"
    next_task = api.poll_wf()
    assert next_task is not None and next_task["task_id"] == new_task_id
    assert next_task["arguments"] == avro([2])
    started = next_task["history_events"][0]
    assert started["event_type"] == "WorkflowStarted"
    assert started["payload"]["continued_from_run_id"] == first["run_id"]
    desc = api.describe("can-1")
    assert desc["run_number"] == 2 and desc["run_count"] == 2
    assert desc["search_attributes"] == {"Stage": "one"}
    r = api.cp("POST", f"/api/workflows/can-1/runs/{first['run_id']}/signal/s", {})
    assert r.status_code == 409 and r.json()["reason"] == "historical_run_command_rejected"


def test_non_blocking_commands_record_history(api: Api) -> None:
    task = _first_task(api, "cmds-1")
    r = api.complete_wf(
        task,
        [
            {"type": "record_side_effect", "result": avro(42)["blob"]},
            {
                "type": "record_version_marker",
                "change_id": "c1",
                "version": 2,
                "min_supported": 1,
                "max_supported": 2,
            },
            {"type": "upsert_search_attributes", "attributes": {"Stage": "two", "Count": 3}},
            {"type": "upsert_memo", "entries": avro({"note": "hi"})},
            {"type": "start_timer", "delay_seconds": 10},
        ],
    )
    assert r.status_code == 200, r.text
    events = api.history("cmds-1")[2:]
    assert [e["event_type"] for e in events] == [
        "SideEffectRecorded",
        "VersionMarkerRecorded",
        "SearchAttributesUpserted",
        "MemoUpserted",
        "TimerScheduled",
    ]
    assert [e["payload"]["sequence"] for e in events] == [1, 2, 3, 4, 5]
    assert events[2]["payload"]["merged"] == {"Count": 3, "Stage": "two"}
    desc = api.describe("cmds-1")
    assert desc["search_attributes"] == {"Count": 3, "Stage": "two"}
    assert desc["memo"] == {"note": "hi"}
    listed = api.cp("GET", "/api/workflows", params={"query": 'Stage="two"'}).json()["workflows"]
    assert [w["workflow_id"] for w in listed] == ["cmds-1"]
    task2 = api.poll_wf()
    assert task2 is None
    r = api.complete_wf(
        task,
        [
            {
                "type": "record_version_marker",
                "change_id": "c",
                "version": 5,
                "min_supported": 1,
                "max_supported": 2,
            }
        ],
    )
    assert r.status_code == 409  # the task is already completed


def test_condition_wait_times_out(api: Api) -> None:
    task = _first_task(api, "cond-1")
    api.complete_wf(
        task, [{"type": "open_condition_wait", "condition_key": "k", "timeout_seconds": 5}]
    )
    opened = api.history("cond-1")[-2]
    assert opened["event_type"] == "ConditionWaitOpened"
    api.dev.advance(5)
    task = api.poll_wf()
    assert task is not None
    fired = task["history_events"][-1]
    assert fired["event_type"] == "TimerFired"
    assert fired["payload"]["timer_kind"] == "condition_timeout"
    assert fired["payload"]["condition_wait_id"] == opened["payload"]["condition_wait_id"]
    assert task["workflow_wait_kind"] == "condition"


def test_archive_and_repair(api: Api) -> None:
    task = _first_task(api, "arch-1")
    r = api.cp("POST", "/api/workflows/arch-1/archive", {})
    assert r.status_code == 409 and r.json()["reason"] == "run_not_closed"
    r = api.cp("POST", "/api/workflows/arch-1/repair", {})
    assert r.status_code == 200 and r.json()["outcome"] == "repair_not_needed"
    api.complete_wf(task, [{"type": "complete_workflow"}])
    r = api.cp("POST", "/api/workflows/arch-1/archive", {"reason": "done"})
    assert r.status_code == 200 and r.json()["outcome"] == "archived"
    r = api.cp("POST", "/api/workflows/arch-1/archive", {})
    assert r.json()["outcome"] == "archive_not_needed"
    assert api.event_types("arch-1")[-2:] == ["ArchiveRequested", "WorkflowArchived"]
    r = api.cp("POST", "/api/workflows/missing/archive", {})
    assert r.status_code == 404 and r.json()["reason"] == "instance_not_found"


def test_run_deadline_times_out_workflow(api: Api) -> None:
    _first_task(api, "deadline-1", run_timeout_seconds=60)
    api.dev.advance(60)
    desc = api.describe("deadline-1")
    assert desc["status"] == "failed" and desc["closed_reason"] == "timed_out"
    assert api.event_types("deadline-1")[-1] == "WorkflowTimedOut"


def test_history_export_and_debug(api: Api) -> None:
    task = _first_task(api, "exp-1")
    api.complete_wf(task, [{"type": "complete_workflow", "result": avro(1)}])
    run_id = task["run_id"]
    r = api.cp("GET", f"/api/workflows/exp-1/runs/{run_id}/history/export")
    assert r.status_code == 200
    bundle = r.json()
    assert bundle["schema"] == "durable-workflow.v2.history-export"
    assert "control_plane" not in bundle
    assert bundle["history_complete"] is True
    assert len(bundle["history_events"]) == 3
    assert bundle["integrity"]["checksum_algorithm"] == "sha256"
    r = api.cp("GET", "/api/workflows/exp-1/debug")
    assert r.status_code == 200 and r.json()["diagnostic_status"] == "terminal"


def test_open_signal_wait_applies_the_signal(api: Api) -> None:
    task = _first_task(api, "sw-1")
    r = api.complete_wf(
        task, [{"type": "open_signal_wait", "signal_name": "go", "timeout_seconds": 30}]
    )
    assert r.status_code == 200, r.text
    opened = api.history("sw-1")[-2]
    assert opened["event_type"] == "SignalWaitOpened"
    wait_id = opened["payload"]["signal_wait_id"]
    api.cp("POST", "/api/workflows/sw-1/signal/go", {"input": avro(["now"])})
    task = api.poll_wf()
    assert task is not None
    assert task["signal_wait_id"] == wait_id
    received = task["history_events"][-1]
    assert received["payload"]["signal_wait_id"] == wait_id
    api.complete_wf(task, [{"type": "complete_workflow"}])
    types = api.event_types("sw-1")
    assert "SignalApplied" in types and "TimerCancelled" in types
    applied = next(e for e in api.history("sw-1") if e["event_type"] == "SignalApplied")
    assert applied["payload"]["value"] == avro(["now"])["blob"]
    assert applied["payload"]["sequence"] == opened["payload"]["sequence"]


def test_signal_wait_times_out(api: Api) -> None:
    task = _first_task(api, "sw-2")
    api.complete_wf(task, [{"type": "open_signal_wait", "signal_name": "go", "timeout_seconds": 5}])
    api.dev.advance(5)
    task = api.poll_wf()
    assert task is not None and task["workflow_wait_kind"] == "signal"
    fired = task["history_events"][-1]
    assert (
        fired["event_type"] == "TimerFired" and fired["payload"]["timer_kind"] == "signal_timeout"
    )


def test_record_local_activity_and_selection_cancel(api: Api) -> None:
    task = _first_task(api, "la-1")
    r = api.complete_wf(
        task,
        [
            {
                "type": "record_local_activity",
                "activity_type": "local.calc",
                "execution_mode": "local",
                "arguments": avro([1]),
                "outcome": "completed",
                "result": avro(2),
                "attempts": [{"attempt_id": "A1", "attempt_number": 1, "outcome": "completed"}],
                "start_to_close_timeout": 5,
            },
            {
                "type": "record_local_activity",
                "activity_type": "local.fail",
                "outcome": "failed",
                "message": "nope",
                "exception_type": "ValueError",
                "non_retryable": True,
            },
            {
                "type": "cancel_selection_operation",
                "selection_group_id": "g:1:2",
                "member_key": "a",
                "member_index": 0,
                "member_base_sequence": 1,
                "member_size": 2,
                "operation_kind": "timer",
                "operation_identity": "t1",
            },
            {"type": "start_timer", "delay_seconds": 5},
        ],
    )
    assert r.status_code == 200, r.text
    events = api.history("la-1")[2:]
    types = [e["event_type"] for e in events]
    assert types[:6] == [
        "ActivityScheduled",
        "ActivityStarted",
        "ActivityCompleted",
        "ActivityScheduled",
        "ActivityStarted",
        "ActivityFailed",
    ]
    assert types[6] == "SelectionOperationCancelled"
    assert events[2]["payload"]["local_activity"] is True
    assert events[2]["payload"]["result"] == avro(2)["blob"]
    assert events[2]["payload"]["activity_attempt_id"] == "A1"
    assert events[5]["payload"]["message"] == "nope"
    assert events[6]["payload"]["selection_group_id"] == "g:1:2"
