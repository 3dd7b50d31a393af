"""The in-process server's history writing, driven by scripted workflow-task completions.

These tests feed the engine command lists as a worker would send them and check the events it
writes against the server's rules (``workflow-task-semantics.md``): event types, payload keys,
history sequences and step ``sequence`` numbers, retries, timers, waits, children, closing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from durable_workflow.codec import decode_payload, default_converter, encode_payload
from durable_workflow.testing._history_writer import VirtualClock
from durable_workflow.testing._in_process_engine import Engine
from durable_workflow.testing._in_process_state import RESUME_FIELDS, Run

START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class Scripted:
    """Plays the runtime: each workflow task of a run answers with the next scripted step."""

    def __init__(self) -> None:
        self.steps: dict[str, list[Any]] = {}
        self.resumes: list[dict[str, Any] | None] = []

    def activate(
        self, run: Run, resume: dict[str, Any] | None, task_id: str
    ) -> tuple[list[Any] | None, Any]:
        self.resumes.append(resume)
        run.applied = len(run.history)
        step = self.steps[run.workflow_type].pop(0)
        if isinstance(step, dict) and "failure" in step:
            return None, step["failure"]
        return (step(run, resume) if callable(step) else step), None


@pytest.fixture
def scripted() -> Scripted:
    return Scripted()


@pytest.fixture
async def engine(scripted: Scripted) -> Engine:
    return Engine(
        namespace="default",
        clock=VirtualClock(START),
        converter=default_converter(),
        activate=scripted.activate,
        new_instance=lambda run: None,
    )


def start(engine: Engine, workflow_type: str = "wf", args: list[Any] | None = None) -> Run:
    return engine.create_run(
        workflow_id=f"{workflow_type}-1",
        workflow_type=workflow_type,
        task_queue="q",
        arguments=encode_payload(args or []),
    )


def drain(engine: Engine) -> None:
    while engine.ready_tasks:
        engine.run_task(engine.ready_tasks.popleft())


def types(run: Run) -> list[str]:
    return [e["event_type"] for e in run.history.events]


def last(run: Run, event_type: str) -> dict[str, Any]:
    return run.history.of_type(event_type)[-1]["payload"]


def complete(value: Any) -> dict[str, Any]:
    return {"type": "complete_workflow", "result": encode_payload(value)}


def activity(name: str) -> dict[str, Any]:
    return {"type": "schedule_activity", "activity_type": name, "arguments": encode_payload([1])}


async def test_start_writes_start_accepted_and_workflow_started(engine: Engine) -> None:
    run = start(engine)
    assert types(run) == ["StartAccepted", "WorkflowStarted"]
    assert [e["sequence"] for e in run.history.events] == [1, 2]
    started = run.history.events[1]
    assert started["recorded_at"] == "2026-03-01T12:00:00.000000Z"
    assert started["payload"]["workflow_instance_id"] == "wf-1"
    assert started["payload"]["workflow_run_id"] == run.run_id
    assert set(started) == {
        "id",
        "sequence",
        "event_type",
        "payload",
        "workflow_task_id",
        "workflow_command_id",
        "recorded_at",
    }
    assert list(engine.ready_tasks) == [run]


async def test_activity_events_share_the_step_and_resume_the_run(
    engine: Engine, scripted: Scripted
) -> None:
    scripted.steps["wf"] = [[activity("greet")], [complete("done")]]
    run = start(engine)
    drain(engine)
    scheduled = last(run, "ActivityScheduled")
    assert scheduled["sequence"] == 1 and scheduled["activity_type"] == "greet"
    assert scheduled["activity"]["status"] == "pending"
    act = engine.ready_activities.popleft()
    engine.activity_started(act)
    engine.activity_completed(act, encode_payload("hi"))
    assert types(run)[2:] == ["ActivityScheduled", "ActivityStarted", "ActivityCompleted"]
    done = last(run, "ActivityCompleted")
    assert done["sequence"] == 1 and done["attempt_number"] == 1
    assert decode_payload(done["result"], done["payload_codec"]) == "hi"
    drain(engine)
    resume = scripted.resumes[-1]
    assert resume is not None and set(resume) == set(RESUME_FIELDS)
    assert resume["workflow_event_type"] == "ActivityCompleted"
    assert resume["activity_execution_id"] == done["activity_execution_id"]
    assert run.status == "completed"
    assert decode_payload(last(run, "WorkflowCompleted")["output"], "avro") == "done"


async def test_retry_policy_backs_off_on_the_clock_then_fails(
    engine: Engine, scripted: Scripted
) -> None:
    command = activity("flaky")
    command["retry_policy"] = {"max_attempts": 3, "backoff_seconds": [5, 10]}
    scripted.steps["wf"] = [[command], [complete(None)]]
    run = start(engine)
    drain(engine)
    act = engine.ready_activities.popleft()
    for expected_delay in (5, 10):
        engine.activity_started(act)
        engine.activity_failed(act, {"message": "boom", "type": "Boom", "class": "m.Boom"})
        retry = last(run, "ActivityRetryScheduled")
        assert retry["retry_backoff_seconds"] == expected_delay
        assert retry["message"] == "boom" and retry["exception_type"] == "Boom"
        assert not engine.ready_activities and not engine.ready_tasks
        timer = engine.next_timer()
        assert timer is not None and timer.fire_at == engine.clock.now() + timedelta(
            seconds=expected_delay
        )
        engine.clock.advance_to(timer.fire_at)
        engine.fire_due_timers()
        act = engine.ready_activities.popleft()
    engine.activity_started(act)
    engine.activity_failed(act, {"message": "boom", "type": "Boom", "class": "m.Boom"})
    failed = last(run, "ActivityFailed")
    assert failed["attempt_number"] == 3 and failed["non_retryable"] is False
    assert failed["failure_category"] == "activity" and failed["sequence"] == 1
    assert "TimerScheduled" not in types(run)  # back-offs are not workflow timers


async def test_non_retryable_types_fail_at_once(engine: Engine, scripted: Scripted) -> None:
    command = activity("strict")
    command["retry_policy"] = {"max_attempts": 5, "non_retryable_error_types": ["Invalid"]}
    scripted.steps["wf"] = [[command]]
    run = start(engine)
    drain(engine)
    act = engine.ready_activities.popleft()
    engine.activity_started(act)
    engine.activity_failed(act, {"message": "no", "type": "Invalid"})
    assert last(run, "ActivityFailed")["non_retryable"] is True
    assert "ActivityRetryScheduled" not in types(run)


async def test_schedule_to_close_deadline_times_the_activity_out(
    engine: Engine, scripted: Scripted
) -> None:
    command = activity("slow")
    command["retry_policy"] = {"max_attempts": 10, "backoff_seconds": [30]}
    command["schedule_to_close_timeout"] = 45
    scripted.steps["wf"] = [[command]]
    run = start(engine)
    drain(engine)
    act = engine.ready_activities.popleft()
    engine.activity_started(act)
    engine.activity_failed(act, {"message": "later"})
    engine.clock.advance_to(START + timedelta(seconds=30))
    engine.fire_due_timers()
    act = engine.ready_activities.popleft()
    engine.activity_started(act)
    engine.activity_failed(act, {"message": "later"})
    engine.clock.advance_to(START + timedelta(seconds=45))
    engine.fire_due_timers()
    timed_out = last(run, "ActivityTimedOut")
    assert timed_out["timeout_kind"] == "schedule_to_close"
    assert timed_out["failure_category"] == "timeout"
    assert engine.ready_tasks and engine.ready_tasks[0] is run


async def test_timer_fires_when_the_clock_reaches_it(engine: Engine, scripted: Scripted) -> None:
    scripted.steps["wf"] = [[{"type": "start_timer", "delay_seconds": 60}], [complete(1)]]
    run = start(engine)
    drain(engine)
    scheduled = last(run, "TimerScheduled")
    assert scheduled["fire_at"] == "2026-03-01T12:01:00.000000Z" and scheduled["sequence"] == 1
    assert not engine.fire_due_timers()
    engine.clock.advance_to(START + timedelta(seconds=60))
    assert engine.fire_due_timers()
    fired = last(run, "TimerFired")
    assert fired["timer_id"] == scheduled["timer_id"]
    assert fired["fired_at"] == "2026-03-01T12:01:00.000000Z"
    drain(engine)
    assert scripted.resumes[-1]["timer_id"] == scheduled["timer_id"]  # type: ignore[index]
    assert run.status == "completed"


async def test_signal_satisfies_an_open_condition_wait(engine: Engine, scripted: Scripted) -> None:
    wait = {"type": "open_condition_wait", "condition_key": "approved", "timeout_seconds": 30}
    scripted.steps["wf"] = [[wait], [complete("ok")]]
    run = start(engine)
    drain(engine)
    opened = last(run, "ConditionWaitOpened")
    timer = last(run, "TimerScheduled")
    assert timer["timer_kind"] == "condition_timeout" and timer["sequence"] == opened["sequence"]
    assert timer["condition_wait_id"] == opened["condition_wait_id"]
    run.history.append("SignalReceived", {"signal_name": "approve"})
    engine.request_task(
        run,
        {"resume_source_kind": "workflow_signal", "workflow_signal_id": "s1", "signal_name": "a"},
    )
    drain(engine)
    assert types(run)[-4:] == [
        "SignalReceived",
        "ConditionWaitSatisfied",
        "TimerCancelled",
        "WorkflowCompleted",
    ]
    assert last(run, "ConditionWaitSatisfied")["workflow_signal_id"] == "s1"
    assert engine.next_timer() is None


async def test_condition_timeout_fires_as_a_condition_timer(
    engine: Engine, scripted: Scripted
) -> None:
    scripted.steps["wf"] = [
        [{"type": "open_condition_wait", "condition_key": "k", "timeout_seconds": 5}],
        [complete(False)],
    ]
    run = start(engine)
    drain(engine)
    engine.clock.advance_to(START + timedelta(seconds=5))
    engine.fire_due_timers()
    assert last(run, "TimerFired")["timer_kind"] == "condition_timeout"
    drain(engine)
    assert scripted.resumes[-1]["workflow_wait_kind"] == "condition"  # type: ignore[index]


async def test_steps_are_numbered_in_list_order_across_tasks(
    engine: Engine, scripted: Scripted
) -> None:
    scripted.steps["wf"] = [
        [
            {"type": "record_side_effect", "result": encode_payload(7)["blob"]},
            {
                "type": "record_version_marker",
                "change_id": "c",
                "version": 2,
                "min_supported": 1,
                "max_supported": 2,
            },
            {"type": "upsert_search_attributes", "attributes": {"Stage": " paid ", "Gone": None}},
            {"type": "upsert_memo", "entries": encode_payload({"note": "x"})},
            {"type": "start_timer", "delay_seconds": 1},
        ],
        [complete(None)],
    ]
    run = start(engine)
    drain(engine)
    steps = [e["payload"].get("sequence") for e in run.history.events[2:]]
    assert steps == [1, 2, 3, 4, 5]
    assert last(run, "VersionMarkerRecorded")["version"] == 2
    upsert = last(run, "SearchAttributesUpserted")
    assert upsert["attributes"] == {"Gone": None, "Stage": "paid"}
    assert upsert["merged"] == {"Stage": "paid"}
    memo = last(run, "MemoUpserted")
    assert decode_payload(memo["merged"], "avro") == {"note": "x"}
    assert decode_payload(last(run, "SideEffectRecorded")["result"], "avro") == 7


@pytest.mark.parametrize(
    "commands",
    [
        [],
        [complete(1), complete(2)],
        [{"type": "launch_rocket"}],
        [{"type": "upsert_search_attributes", "attributes": {"bad key!": 1}}],
        [
            {
                "type": "record_version_marker",
                "change_id": "c",
                "version": 3,
                "min_supported": 1,
                "max_supported": 2,
            }
        ],
        [{"type": "fail_workflow", "message": ""}],
    ],
)
async def test_invalid_completions_fail_the_task_and_keep_the_run(
    engine: Engine, scripted: Scripted, commands: list[Any]
) -> None:
    scripted.steps["wf"] = [commands]
    run = start(engine)
    drain(engine)
    assert run.is_open
    assert run.task_failure is not None and run.task_failure["type"] == "invalid_commands"
    assert types(run) == ["StartAccepted", "WorkflowStarted"]


async def test_runtime_task_failure_is_kept(engine: Engine, scripted: Scripted) -> None:
    failure = {"type": "NondeterminismError", "message": "step 1 differs", "details": None}
    scripted.steps["wf"] = [{"failure": failure}]
    run = start(engine)
    drain(engine)
    assert run.task_failure == failure and run.is_open


async def test_fail_workflow_writes_the_failure_shape(engine: Engine, scripted: Scripted) -> None:
    scripted.steps["wf"] = [
        [
            {
                "type": "fail_workflow",
                "message": "bad input",
                "exception_type": "ValueError",
                "exception_class": "builtins.ValueError",
            }
        ]
    ]
    run = start(engine)
    drain(engine)
    failed = last(run, "WorkflowFailed")
    assert failed["failure_category"] == "application"
    assert failed["exception_type"] == "ValueError"
    assert failed["exception"]["class"] == "builtins.ValueError"
    assert failed["source_id"] == run.run_id
    assert run.status == "failed"


async def test_continue_as_new_starts_the_next_run(engine: Engine, scripted: Scripted) -> None:
    scripted.steps["wf"] = [
        [{"type": "continue_as_new", "arguments": encode_payload([2])}],
        [complete("second")],
    ]
    first = start(engine)
    drain(engine)
    moved = last(first, "WorkflowContinuedAsNew")
    second = engine.current["wf-1"]
    assert moved["continued_to_run_id"] == second.run_id
    assert moved["continued_to_run_number"] == 2 and moved["sequence"] == 1
    assert first.status == "completed" and first.closed_reason == "continued"
    assert types(second)[0] == "WorkflowStarted"  # a continued run has no StartAccepted
    assert second.history.events[0]["payload"]["continued_from_run_id"] == first.run_id
    assert decode_payload(second.arguments, "avro") == [2]
    assert second.status == "completed"


async def test_terminate_cancels_open_work_and_closes(engine: Engine, scripted: Scripted) -> None:
    scripted.steps["wf"] = [[activity("a"), {"type": "start_timer", "delay_seconds": 9}]]
    run = start(engine)
    drain(engine)
    engine.terminate(run, "enough", "cmd-1")
    assert types(run)[-4:] == [
        "TerminateRequested",
        "ActivityCancelled",
        "TimerCancelled",
        "WorkflowTerminated",
    ]
    assert last(run, "WorkflowTerminated")["message"] == "Workflow terminated: enough"
    assert run.status == "terminated" and run.closed.done()


async def test_child_workflow_round_trip(engine: Engine, scripted: Scripted) -> None:
    scripted.steps["parent"] = [
        [
            {
                "type": "start_child_workflow",
                "workflow_type": "child",
                "arguments": encode_payload([]),
            }
        ],
        [complete("parent done")],
    ]
    scripted.steps["child"] = [[complete("child done")]]
    parent = start(engine, "parent")
    drain(engine)
    assert types(parent)[2:] == [
        "ChildWorkflowScheduled",
        "ChildRunStarted",
        "ChildRunCompleted",
        "WorkflowCompleted",
    ]
    started = last(parent, "ChildRunStarted")
    child = engine.runs[started["child_workflow_run_id"]]
    child_started = child.history.events[0]["payload"]
    assert child_started["parent_workflow_run_id"] == parent.run_id
    assert child_started["parent_sequence"] == 1
    assert child.status == "completed"
    done = last(parent, "ChildRunCompleted")
    assert decode_payload(done["output"], done["payload_codec"]) == "child done"
    assert parent.status == "completed"


async def test_parent_close_policy_terminates_the_child(engine: Engine, scripted: Scripted) -> None:
    scripted.steps["parent"] = [
        [
            {
                "type": "start_child_workflow",
                "workflow_type": "child",
                "parent_close_policy": "terminate",
            }
        ],
        [complete(None)],
    ]
    scripted.steps["child"] = [[{"type": "start_timer", "delay_seconds": 100}]]
    parent = start(engine, "parent")
    drain(engine)
    child = engine.runs[last(parent, "ChildRunStarted")["child_workflow_run_id"]]
    engine.request_task(parent, None)
    drain(engine)
    assert child.status == "terminated"
    applied = last(parent, "ParentClosePolicyApplied")
    assert applied["policy"] == "terminate" and applied["child_run_id"] == child.run_id


async def test_cancel_request_lets_the_workflow_finish_as_cancelled(
    engine: Engine, scripted: Scripted
) -> None:
    scripted.steps["wf"] = [
        [activity("work")],
        [activity("compensate")],
        [
            {
                "type": "fail_workflow",
                "message": "workflow cancelled",
                "exception_type": "CancelledError",
                "exception_class": "asyncio.CancelledError",
            }
        ],
    ]
    run = start(engine)
    drain(engine)
    engine.request_cancel(run, "customer asked", "cmd-9")
    assert last(run, "CancelRequested")["reason"] == "customer asked"
    drain(engine)
    assert run.is_open  # compensation runs first
    work, compensate = engine.ready_activities
    engine.ready_activities.clear()
    engine.activity_started(compensate)
    engine.activity_completed(compensate, encode_payload(None))
    drain(engine)
    assert run.status == "cancelled"
    assert types(run)[-2:] == ["ActivityCancelled", "WorkflowCancelled"]
    assert last(run, "ActivityCancelled")["activity_execution_id"] == work.execution_id
    assert last(run, "WorkflowCancelled")["message"] == "Workflow cancelled: customer asked"


async def test_heartbeats_are_recorded_for_the_running_attempt(
    engine: Engine, scripted: Scripted
) -> None:
    scripted.steps["wf"] = [[activity("long")], [complete(None)]]
    run = start(engine)
    drain(engine)
    act = engine.ready_activities.popleft()
    engine.activity_started(act)
    details = encode_payload([50])
    engine.activity_heartbeat(act, 1, details)
    engine.activity_heartbeat(act, 7, details)  # a stale attempt's heartbeat is dropped
    beats = run.history.of_type("ActivityHeartbeatRecorded")
    assert len(beats) == 1
    beat = beats[0]["payload"]
    assert beat["sequence"] == 1 and beat["attempt_number"] == 1
    assert beat["progress"] == {"details": {"payload": details}}
    assert not engine.ready_tasks  # a heartbeat wakes no workflow task
