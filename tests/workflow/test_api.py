"""The authoring API on the pure runtime: commands produced, events fed back, next commands."""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from durable_workflow import ActivityRetryPolicy, ApplicationError, activity, workflow
from durable_workflow.codec import decode_payload
from durable_workflow.workflow import (
    ActivityError,
    ChildWorkflowError,
    UnsupportedWorkflowCommand,
    WorkflowInstance,
    WorkflowUsageError,
)

from .helpers import Run, blob


@dataclass
class Order:
    order_id: str
    amount: int


@dataclass
class Receipt:
    order_id: str
    charged: int


@activity.defn(name="payments.charge")
async def charge(order: Order) -> Receipt:
    return Receipt(order.order_id, order.amount)


@activity.defn
def refund(order_id: str) -> None:
    return None


def _one(run: Run) -> dict[str, Any]:
    result = run.task()
    assert result.failure is None, result.failure
    assert len(result.commands) == 1, result.commands
    run.apply(result)
    return result.commands[0]


def _result(command: dict[str, Any]) -> Any:
    assert command["type"] == "complete_workflow", command
    return decode_payload(command["result"])


def test_activity_definition_defaults_and_typed_result() -> None:
    assert activity.get_definition(refund).name == "refund"
    assert activity.get_definition(charge).result_type is Receipt

    @workflow.defn
    class Charging:
        @workflow.run
        async def run(self, order: Order) -> str:
            receipt = await workflow.execute_activity(
                charge,
                order,
                task_queue="payments",
                start_to_close_timeout=timedelta(seconds=30),
                schedule_to_start_timeout=10,
                schedule_to_close_timeout=timedelta(minutes=2),
                heartbeat_timeout=5.5,
                retry_policy=ActivityRetryPolicy(
                    max_attempts=4,
                    initial_interval=timedelta(seconds=1.5),
                    maximum_interval=5,
                    non_retryable_error_types=["CardDeclined"],
                ),
            )
            assert isinstance(receipt, Receipt)
            return f"{receipt.order_id}:{receipt.charged}"

    assert workflow.get_definition(Charging).name == "Charging"
    run = Run(Charging, Order("o-1", 42))
    command = _one(run)
    assert command == {
        "type": "schedule_activity",
        "activity_type": "payments.charge",
        "arguments": command["arguments"],
        "queue": "payments",
        "retry_policy": {
            "max_attempts": 4,
            "backoff_seconds": [2, 3, 5],
            "non_retryable_error_types": ["CardDeclined"],
        },
        "start_to_close_timeout": 30,
        "schedule_to_start_timeout": 10,
        "schedule_to_close_timeout": 120,
        "heartbeat_timeout": 6,
    }
    assert decode_payload(command["arguments"]) == [{"order_id": "o-1", "amount": 42}]
    run.complete_activity(1, Receipt("o-1", 42))
    assert _result(_one(run)) == "o-1:42"


def test_retry_policy_snapshot() -> None:
    assert ActivityRetryPolicy().to_wire() == {
        "max_attempts": 3,
        "backoff_seconds": [1, 2],
        "non_retryable_error_types": [],
    }
    assert ActivityRetryPolicy(max_attempts=1).backoff_seconds() == []
    with pytest.raises(WorkflowUsageError):
        ActivityRetryPolicy(max_attempts=0)


@workflow.defn
class Failing:
    @workflow.run
    async def run(self) -> str:
        try:
            await workflow.execute_activity(refund, "o-1")
        except ActivityError as failure:
            raise ApplicationError(
                f"refund failed: {failure.message}", type="RefundFailed", non_retryable=True
            ) from failure
        return "refunded"


def test_activity_failure_and_application_error() -> None:
    run = Run(Failing)
    assert _one(run)["activity_type"] == "refund"
    run.add(
        "ActivityFailed",
        {
            "sequence": 1,
            "message": "bank down",
            "exception_type": "BankDown",
            "non_retryable": True,
        },
    )
    command = _one(run)
    assert command == {
        "type": "fail_workflow",
        "message": "refund failed: bank down",
        "exception_type": "RefundFailed",
        "exception_class": "durable_workflow.workflow._errors.ApplicationError",
        "non_retryable": True,
    }


def test_uncaught_activity_error_copies_the_activity_failure() -> None:
    @workflow.defn
    class Plain:
        @workflow.run
        async def run(self) -> None:
            await workflow.execute_activity("x")

    run = Run(Plain)
    _one(run)
    run.add("ActivityTimedOut", {"sequence": 1, "message": "deadline", "exception_class": "T"})
    command = _one(run)
    assert command["type"] == "fail_workflow"
    assert command["exception_class"] == "T"
    assert command["exception"]["message"] == "deadline"


@workflow.defn(name="child.parent")
class Parent:
    child_ids: tuple[Any, Any] = (None, None)

    @workflow.run
    async def run(self, n: int) -> Any:
        handle = workflow.start_child_workflow(
            "child.kid",
            n,
            task_queue="kids",
            parent_close_policy="request_cancel",
            execution_timeout=timedelta(hours=1),
            run_timeout=600,
            retry_policy=ActivityRetryPolicy(max_attempts=2),
        )
        assert handle.workflow_type == "child.kid"
        try:
            value = await handle
            Parent.child_ids = (handle.workflow_id, handle.run_id)
            return value
        except ChildWorkflowError as failure:
            return f"child {failure.kind}: {failure.message}"


def test_child_workflow_completed_and_failed() -> None:
    run = Run(Parent, 3)
    command = _one(run)
    assert command == {
        "type": "start_child_workflow",
        "workflow_type": "child.kid",
        "arguments": command["arguments"],
        "queue": "kids",
        "parent_close_policy": "request_cancel",
        "retry_policy": {
            "max_attempts": 2,
            "backoff_seconds": [1],
            "non_retryable_error_types": [],
        },
        "execution_timeout_seconds": 3600,
        "run_timeout_seconds": 600,
    }
    run.add(
        "ChildRunStarted",
        {"sequence": 1, "child_workflow_instance_id": "kid-1", "child_workflow_run_id": "kr-1"},
    )
    run.add("ChildRunCompleted", {"sequence": 1, "output": blob(9)})
    assert _result(_one(run)) == 9
    assert Parent.child_ids == ("kid-1", "kr-1")
    other = Run(Parent, 3)
    _one(other)
    other.add("ChildRunFailed", {"sequence": 1, "message": "boom"})
    assert _result(_one(other)) == "child failed: boom"


def test_child_workflow_rejects_an_id() -> None:
    @workflow.defn
    class WithId:
        @workflow.run
        async def run(self) -> None:
            await workflow.execute_child_workflow("kid", id="kid-1")

    command = _one(Run(WithId))
    assert command["type"] == "fail_workflow"
    assert command["exception_type"] == "WorkflowUsageError"


@workflow.defn
class Sleeper:
    def __init__(self) -> None:
        self.ready = False

    @workflow.run
    async def run(self) -> list[Any]:
        await workflow.sleep(0.2)
        first = await workflow.wait_condition(lambda: self.ready, timeout=timedelta(seconds=5))
        second = await workflow.wait_condition(lambda: self.ready, timeout=5, key="again")
        return [first, second]

    @workflow.signal
    def go(self) -> None:
        self.ready = True


def test_sleep_and_wait_condition_timeout_then_satisfied() -> None:
    run = Run(Sleeper)
    assert _one(run) == {"type": "start_timer", "delay_seconds": 1}
    run.fire_timer(1)
    assert _one(run) == {"type": "open_condition_wait", "timeout_seconds": 5}
    run.add("TimerScheduled", {"sequence": 2, "timer_kind": "condition_timeout"})
    run.add("TimerFired", {"sequence": 2, "timer_kind": "condition_timeout"})
    assert _one(run) == {
        "type": "open_condition_wait",
        "condition_key": "again",
        "timeout_seconds": 5,
    }
    run.signal("go")
    assert _result(_one(run)) == [False, True]
    assert run.replay().finished


def test_signal_that_does_not_satisfy_reopens_the_wait() -> None:
    @workflow.defn
    class Counter:
        def __init__(self) -> None:
            self.count = 0

        @workflow.run
        async def run(self) -> int:
            await workflow.wait_condition(lambda: self.count >= 2, key="two")
            return self.count

        @workflow.signal
        def bump(self) -> None:
            self.count += 1

    run = Run(Counter)
    assert _one(run) == {"type": "open_condition_wait", "condition_key": "two"}
    run.signal("bump")
    assert _one(run) == {"type": "open_condition_wait", "condition_key": "two"}
    run.signal("bump")
    assert _result(_one(run)) == 2
    replayed = run.replay()
    assert replayed.failure is None and replayed.finished


def test_continue_as_new() -> None:
    @workflow.defn
    class Looping:
        @workflow.run
        async def run(self, n: int) -> None:
            try:
                workflow.continue_as_new(n + 1, task_queue="next")
            except Exception:  # continue_as_new is not an Exception
                raise AssertionError("swallowed") from None

    command = _one(Run(Looping, 1))
    assert command["type"] == "continue_as_new"
    assert command["queue"] == "next"
    assert decode_payload(command["arguments"]) == [2]


def test_side_effect_runs_once_and_replays_its_value() -> None:
    calls: list[int] = []

    def pick() -> int:
        calls.append(1)
        return 7 + len(calls)

    @workflow.defn
    class Picking:
        @workflow.run
        async def run(self) -> int:
            value = await workflow.side_effect(pick)
            await workflow.sleep(1)
            return value

    run = Run(Picking)
    result = run.task()
    assert [c["type"] for c in result.commands] == ["record_side_effect", "start_timer"]
    assert decode_payload(result.commands[0]["result"], "avro") == 8
    run.apply(result)
    run.fire_timer(2)
    assert _result(_one(run)) == 8
    assert run.replay().commands[0]["type"] == "complete_workflow"
    assert decode_payload(run.replay().commands[0]["result"]) == 8
    assert len(calls) == 1


def test_get_version_and_patched() -> None:
    @workflow.defn
    class Versioned:
        @workflow.run
        async def run(self) -> list[Any]:
            first = workflow.get_version("step-a", workflow.DEFAULT_VERSION, 2)
            again = workflow.get_version("step-a", workflow.DEFAULT_VERSION, 2)
            return [first, again, workflow.patched("fix-b")]

    run = Run(Versioned)
    result = run.task()
    assert result.commands[:2] == [
        {
            "type": "record_version_marker",
            "change_id": "step-a",
            "version": 2,
            "min_supported": -1,
            "max_supported": 2,
        },
        {
            "type": "record_version_marker",
            "change_id": "fix-b",
            "version": 1,
            "min_supported": -1,
            "max_supported": 1,
        },
    ]
    assert _result(result.commands[2]) == [2, 2, True]
    run.apply(result)
    assert _result(run.replay().commands[0]) == [2, 2, True]


def test_history_recorded_before_a_patch_takes_the_old_path() -> None:
    @workflow.defn
    class Patched:
        @workflow.run
        async def run(self) -> str:
            if workflow.patched("new-fee"):
                await workflow.execute_activity("fee")
            return await workflow.execute_activity("ship")

    run = Run(Patched)
    run.add("ActivityScheduled", {"sequence": 1, "activity_type": "ship"})
    run.add("ActivityCompleted", {"sequence": 1, "result": blob("shipped")})
    assert _result(_one(run)) == "shipped"


def test_upserts() -> None:
    @workflow.defn
    class Tagging:
        @workflow.run
        async def run(self) -> None:
            workflow.upsert_search_attributes({"Customer": "ada", "Priority": 2, "Old": None})
            workflow.upsert_memo({"note": {"text": "hi"}})
            with pytest.raises(WorkflowUsageError):
                workflow.upsert_search_attributes({"bad key!": 1})

    run = Run(Tagging)
    result = run.task()
    assert result.commands[0] == {
        "type": "upsert_search_attributes",
        "attributes": {"Customer": "ada", "Priority": 2, "Old": None},
    }
    assert result.commands[1]["type"] == "upsert_memo"
    assert decode_payload(result.commands[1]["entries"]) == {"note": {"text": "hi"}}
    assert result.commands[2]["type"] == "complete_workflow"
    run.apply(result)
    assert run.replay().finished


def test_now_uuid_random_info_are_deterministic(caplog: pytest.LogCaptureFixture) -> None:
    @workflow.defn(name="det")
    class Deterministic:
        @workflow.run
        async def run(self) -> list[Any]:
            workflow.logger.info("starting")
            start = workflow.now()
            await workflow.sleep(5)
            workflow.logger.info("after sleep")
            info = workflow.info()
            return [
                start.isoformat(),
                workflow.now().isoformat(),
                str(workflow.uuid4()),
                workflow.random(),
                [info.workflow_id, info.run_id, info.workflow_type, info.task_queue],
                [info.namespace, info.attempt],
            ]

    run = Run(Deterministic)
    run.history[0]["payload"]["timestamp"] = "2026-03-01T10:00:00Z"
    caplog.set_level(logging.INFO, logger="durable_workflow.workflow.user")
    _one(run)
    run.add("TimerFired", {"sequence": 1}, recorded_at="2026-03-01T10:00:05+00:00")
    value = _result(_one(run))
    assert value[0] == datetime(2026, 3, 1, 10, tzinfo=UTC).isoformat()
    assert value[1] == "2026-03-01T10:00:05+00:00"
    assert uuid.UUID(value[2]).version == 4
    assert 0 <= value[3] < 1
    assert value[4] == ["wf-1", "run-1", "det", "queue-1"]
    assert value[5] == ["default", 1]
    assert [r.getMessage() for r in caplog.records] == ["starting", "after sleep"]
    caplog.clear()
    assert _result(run.replay().commands[0]) == value
    assert caplog.records == []  # silent while replaying
    other = Run(Deterministic, run_id="run-2")
    _one(other)
    other.add("TimerFired", {"sequence": 1})
    assert _result(_one(other))[2] != value[2]


def test_gather_and_wait_are_deterministic() -> None:
    @workflow.defn
    class Fanout:
        @workflow.run
        async def run(self) -> list[Any]:
            both = await asyncio.gather(
                workflow.execute_activity("a"), workflow.execute_activity("b")
            )
            timer = asyncio.ensure_future(workflow.sleep(60))
            work = workflow.start_activity("c")
            done, _ = await asyncio.wait([timer, work], return_when=asyncio.FIRST_COMPLETED)
            winner = "c" if work in done else "timer"
            return [*both, winner]

    run = Run(Fanout)
    first = run.task()
    assert [c["activity_type"] for c in first.commands] == ["a", "b"]
    assert [c["parallel_group_index"] for c in first.commands] == [0, 1]
    assert first.commands[0]["parallel_group_id"] == "parallel-activities:1:2"
    run.apply(first)
    run.complete_activity(2, "B")
    assert run.task().failure is not None  # waiting for the sibling
    run.complete_activity(1, "A")
    second = run.task()
    # start_activity issues at once; the timer's task issues when it first runs
    assert [c["type"] for c in second.commands] == ["schedule_activity", "start_timer"]
    assert "parallel_group_id" not in second.commands[0]
    run.apply(second)
    run.complete_activity(3, "C")
    assert _result(_one(run)) == ["A", "B", "c"]
    assert run.replay().finished


@workflow.defn
class Saga:
    @workflow.run
    async def run(self) -> str:
        await workflow.execute_activity("reserve")
        try:
            await workflow.execute_activity("charge")
        except asyncio.CancelledError:
            await workflow.execute_activity("release")
            await workflow.sleep(1)
            raise
        return "done"


def test_cancellation_raises_at_the_current_await_and_allows_compensation() -> None:
    run = Run(Saga)
    _one(run)
    run.complete_activity(1, None)
    assert _one(run)["activity_type"] == "charge"
    run.add("CancelRequested", {"reason": "customer asked"})
    assert _one(run)["activity_type"] == "release"
    run.complete_activity(3, None)
    assert _one(run) == {"type": "start_timer", "delay_seconds": 1}
    run.fire_timer(4)
    command = _one(run)
    assert command["type"] == "fail_workflow"
    assert command["exception_type"] == "CancelledError"
    assert run.replay().finished


@workflow.defn
class Account:
    def __init__(self) -> None:
        self.balance = 0

    @workflow.run
    async def run(self) -> int:
        await workflow.wait_condition(lambda: self.balance >= 100)
        return self.balance

    @workflow.update
    async def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance

    @deposit.validator
    def _check(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")

    @workflow.query
    def current(self, prefix: str) -> str:
        return f"{prefix}{self.balance}"


def test_updates_validators_and_queries() -> None:
    run = Run(Account)
    _one(run)
    run.instance.validate_update("deposit", [5])
    with pytest.raises(ValueError, match="positive"):
        run.instance.validate_update("deposit", [-5])
    args = {"codec": "avro", "blob": blob([60])}
    run.add(
        "UpdateAccepted", {"update_id": "u-1", "update_name": "deposit", "arguments": args["blob"]}
    )
    result = run.task(update_id="u-1")
    assert result.commands[0]["type"] == "complete_update"
    assert result.commands[0]["update_id"] == "u-1"
    assert decode_payload(result.commands[0]["result"]) == 60
    run.apply(result)
    assert run.instance.query("current", ["$"]) == "$60"
    run.add(
        "UpdateAccepted", {"update_id": "u-2", "update_name": "deposit", "arguments": blob([-1])}
    )
    failed = run.task(update_id="u-2")
    assert failed.commands[0]["type"] == "fail_update"
    assert failed.commands[0]["exception_type"] == "ValueError"
    run.apply(failed)
    run.add("UpdateAccepted", {"update_id": "u-3", "update_name": "nope", "arguments": blob([])})
    unknown = run.task(update_id="u-3")
    assert unknown.commands[0]["exception_type"] == "UnknownUpdate"
    run.apply(unknown)
    run.add(
        "UpdateAccepted", {"update_id": "u-4", "update_name": "deposit", "arguments": blob([40])}
    )
    last = run.task(update_id="u-4")
    assert [c["type"] for c in last.commands] == ["complete_update", "complete_workflow"]
    run.apply(last)
    replayed = run.replay()
    assert replayed.finished and replayed.commands[0]["type"] == "complete_workflow"
    missing = run.task(update_id="u-9")
    assert missing.commands[0]["exception_type"] == "UpdateNotFound"


def test_apis_refuse_outside_workflow_code_and_in_queries() -> None:
    with pytest.raises(WorkflowUsageError):
        workflow.now()

    @workflow.defn
    class Sneaky:
        @workflow.run
        async def run(self) -> None:
            await workflow.wait_condition(lambda: False)

        @workflow.query
        def peek(self) -> str:
            workflow.start_activity("x")
            return "never"

    run = Run(Sneaky)
    _one(run)
    with pytest.raises(WorkflowUsageError, match="query"):
        run.instance.query("peek", [])


def test_cancelling_an_activity_handle_stops_waiting_and_ignores_its_late_result() -> None:
    @workflow.defn
    class Impatient:
        @workflow.run
        async def run(self) -> str:
            slow = workflow.start_activity("slow")
            await workflow.sleep(10)
            if not slow.done():
                slow.cancel()
            try:
                await slow
            except asyncio.CancelledError:
                return "gave up"
            return "finished"

    run = Run(Impatient)
    first = run.task()
    assert [c["type"] for c in first.commands] == ["schedule_activity", "start_timer"]
    run.apply(first)
    run.fire_timer(2)
    assert _result(_one(run)) == "gave up"
    run.complete_activity(1, "late")
    assert run.replay().finished


def test_a_failing_signal_handler_fails_the_workflow() -> None:
    @workflow.defn
    class Touchy:
        @workflow.run
        async def run(self) -> None:
            await workflow.wait_condition(lambda: False)

        @workflow.signal
        async def poke(self, text: str) -> None:
            raise ApplicationError(f"poked with {text}", type="Poked")

    run = Run(Touchy)
    _one(run)
    run.signal("poke", "a stick")
    command = _one(run)
    assert command["type"] == "fail_workflow"
    assert command["exception_type"] == "Poked"
    assert command["message"] == "poked with a stick"


def test_a_command_the_server_does_not_support_fails_the_task_naming_it() -> None:
    @workflow.defn
    class Memoing:
        @workflow.run
        async def run(self) -> str:
            workflow.upsert_search_attributes({"Customer": "ada"})
            workflow.upsert_memo({"note": "hi"})
            return "done"

    supported = frozenset({"upsert_search_attributes", "complete_workflow"})
    run = Run(Memoing)
    run.instance = WorkflowInstance(
        workflow.get_definition(Memoing), run.info, supported_commands=supported
    )
    result = run.task()
    assert result.commands == []
    assert result.failure is not None
    assert result.failure.type == "UnsupportedWorkflowCommand"
    assert "upsert_memo" in result.failure.message
    assert result.failure.details == {
        "reason": "unsupported_workflow_command",
        "command": "upsert_memo",
    }
    assert isinstance(result.failure.exception, UnsupportedWorkflowCommand)
    assert result.failure.exception.supported == supported

    # Without upsert_memo the same run completes: only what the server supports is checked.
    @workflow.defn
    class Tagging:
        @workflow.run
        async def run(self) -> str:
            workflow.upsert_search_attributes({"Customer": "ada"})
            return "done"

    tagging = Run(Tagging)
    tagging.instance = WorkflowInstance(
        workflow.get_definition(Tagging), tagging.info, supported_commands=supported
    )
    done = tagging.task()
    assert done.failure is None
    assert [c["type"] for c in done.commands] == ["upsert_search_attributes", "complete_workflow"]
