"""Each kind of mismatch between replayed code and history gives a NondeterminismError."""

from __future__ import annotations

from typing import Any

import pytest

from durable_workflow import workflow
from durable_workflow.testing import replay
from durable_workflow.workflow import NondeterminismError

from .helpers import blob

STARTED = {"sequence": 1, "event_type": "WorkflowStarted", "payload": {}}


def _event(seq: int, event_type: str, **payload: Any) -> dict[str, Any]:
    return {"sequence": seq, "event_type": event_type, "payload": payload}


@workflow.defn(name="nd.activity")
class ActivityThenDone:
    @workflow.run
    async def run(self) -> None:
        await workflow.execute_activity("charge")


@workflow.defn(name="nd.timer")
class TimerFirst:
    @workflow.run
    async def run(self) -> None:
        await workflow.sleep(10)


@workflow.defn(name="nd.nothing")
class DoesNothing:
    @workflow.run
    async def run(self) -> str:
        return "done"


@workflow.defn(name="nd.child")
class ChildFirst:
    @workflow.run
    async def run(self) -> None:
        await workflow.execute_child_workflow("billing")


@workflow.defn(name="nd.version")
class VersionFirst:
    @workflow.run
    async def run(self) -> int:
        return workflow.get_version("feature-b", 1, 1)


@workflow.defn(name="nd.condition")
class ConditionFirst:
    @workflow.run
    async def run(self) -> bool:
        return await workflow.wait_condition(lambda: False, key="approval")


def _check(cls: type, history: list[dict[str, Any]], recorded: str, issued: str | None) -> None:
    with pytest.raises(NondeterminismError) as caught:
        replay(cls, [STARTED, *history])
    error = caught.value
    assert error.sequence == 1
    assert error.recorded is not None and recorded in error.recorded
    if issued is None:
        assert error.issued is None
    else:
        assert error.issued is not None and issued in error.issued
    assert "sequence 1" in str(error)


def test_other_activity_type() -> None:
    _check(
        ActivityThenDone,
        [_event(2, "ActivityScheduled", sequence=1, activity_type="refund")],
        "ActivityScheduled(activity_type='refund')",
        "activity(activity_type='charge')",
    )


def test_timer_where_an_activity_was() -> None:
    _check(
        TimerFirst,
        [_event(2, "ActivityScheduled", sequence=1, activity_type="charge")],
        "ActivityScheduled",
        "timer(delay_seconds=10)",
    )


def test_timer_with_another_delay() -> None:
    _check(
        TimerFirst,
        [_event(2, "TimerScheduled", sequence=1, delay_seconds=30)],
        "TimerScheduled(delay_seconds=30)",
        "timer(delay_seconds=10)",
    )


def test_missing_command() -> None:
    _check(
        DoesNothing,
        [_event(2, "ActivityScheduled", sequence=1, activity_type="charge")],
        "ActivityScheduled(activity_type='charge')",
        None,
    )


def test_other_child_workflow_type() -> None:
    _check(
        ChildFirst,
        [_event(2, "ChildWorkflowScheduled", sequence=1, child_workflow_type="shipping")],
        "ChildWorkflowScheduled(workflow_type='shipping')",
        "child workflow(workflow_type='billing')",
    )


def test_other_version_change_id() -> None:
    _check(
        VersionFirst,
        [
            _event(
                2,
                "VersionMarkerRecorded",
                sequence=1,
                change_id="feature-a",
                version=1,
                min_supported=1,
                max_supported=1,
            )
        ],
        "VersionMarkerRecorded(change_id='feature-a')",
        "version marker(change_id='feature-b')",
    )


def test_other_condition_key() -> None:
    _check(
        ConditionFirst,
        [_event(2, "ConditionWaitOpened", sequence=1, condition_key="payment")],
        "ConditionWaitOpened(condition_key='payment')",
        "condition wait(condition_key='approval')",
    )


def test_side_effect_where_an_activity_was() -> None:
    @workflow.defn(name="nd.side-effect")
    class SideEffectFirst:
        @workflow.run
        async def run(self) -> int:
            return await workflow.side_effect(lambda: 4)

    _check(
        SideEffectFirst,
        [_event(2, "ActivityScheduled", sequence=1, activity_type="charge")],
        "ActivityScheduled",
        "side effect",
    )


def test_finishing_where_history_goes_on() -> None:
    with pytest.raises(NondeterminismError, match="issued no command"):
        replay(
            DoesNothing,
            [
                STARTED,
                _event(2, "TimerScheduled", sequence=1, delay_seconds=5),
                _event(3, "TimerFired", sequence=1),
            ],
        )


def test_running_where_history_completed() -> None:
    history = [
        STARTED,
        _event(2, "ActivityScheduled", sequence=1, activity_type="charge"),
        _event(3, "WorkflowCompleted", output=blob(None)),
    ]
    with pytest.raises(NondeterminismError, match="WorkflowCompleted"):
        replay(ActivityThenDone, history)


def test_version_outside_supported_range() -> None:
    history = [
        STARTED,
        _event(
            2,
            "VersionMarkerRecorded",
            sequence=1,
            change_id="feature-b",
            version=3,
            min_supported=1,
            max_supported=3,
        ),
    ]
    with pytest.raises(NondeterminismError, match="outside the supported range"):
        replay(VersionFirst, history)


def test_worker_gets_a_task_failure_not_a_workflow_failure() -> None:
    from durable_workflow.workflow import Activation, WorkflowInfo, WorkflowInstance

    instance = WorkflowInstance(
        workflow.get_definition(ActivityThenDone), WorkflowInfo("w", "r", "nd.activity", "q")
    )
    result = instance.activate(
        Activation(history=[STARTED, _event(2, "ActivityScheduled", sequence=1, activity_type="x")])
    )
    assert result.commands == []
    assert result.failure is not None
    assert result.failure.type == "NondeterminismError"
    assert result.failure.details["sequence"] == 1
    assert result.failure.to_wire()["type"] == "NondeterminismError"
