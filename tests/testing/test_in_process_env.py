"""The in-process environment running real workflow code: every authoring feature, its result
and the history written for it."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from durable_workflow import activity, workflow
from durable_workflow.codec import decode_payload
from durable_workflow.errors import (
    SignalFailed,
    UpdateFailed,
    UpdateRejected,
    WorkflowCancelled,
    WorkflowFailed,
    WorkflowTerminated,
    WorkflowTimedOut,
)
from durable_workflow.testing import (
    EnvironmentSetupError,
    InProcessEnvironment,
    SimulatedTimeout,
    WorkflowStalled,
    WorkflowTaskFailed,
    replay,
)
from durable_workflow.workflow import ActivityError, ActivityRetryPolicy, ApplicationError

START = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


@dataclass
class Order:
    order_id: str
    amount: int


@activity.defn(name="inventory.reserve")
async def reserve(order: Order) -> str:
    return f"res-{order.order_id}"


@activity.defn(name="payments.charge")
def charge(order: Order) -> str:
    return f"charged-{order.amount}"


@activity.defn(name="payments.refund")
def refund(order: Order) -> str:
    return "refunded"


@workflow.defn(name="orders.process")
class OrderWorkflow:
    @workflow.run
    async def run(self, order: Order) -> list[str]:
        reservation = await workflow.execute_activity(
            reserve, order, start_to_close_timeout=timedelta(seconds=30)
        )
        charged = await workflow.execute_activity(
            charge, order, start_to_close_timeout=timedelta(seconds=30)
        )
        return [reservation, charged]


def types(events: list[dict[str, Any]]) -> list[str]:
    return [e["event_type"] for e in events]


def payloads(events: list[dict[str, Any]], event_type: str) -> list[dict[str, Any]]:
    return [e["payload"] for e in events if e["event_type"] == event_type]


@pytest.fixture
async def env() -> Any:
    async with InProcessEnvironment(
        start_time=START, activities=[reserve, charge, refund], stall_timeout=0.2
    ) as environment:
        yield environment


# --------------------------------------------------------------------------- activities


async def test_sequential_activities_sync_and_async(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(OrderWorkflow, Order("o-1", 42), id="order-1")
    assert await handle.result() == ["res-o-1", "charged-42"]
    events = handle.history()
    assert types(events) == [
        "StartAccepted",
        "WorkflowStarted",
        "ActivityScheduled",
        "ActivityStarted",
        "ActivityCompleted",
        "ActivityScheduled",
        "ActivityStarted",
        "ActivityCompleted",
        "WorkflowCompleted",
    ]
    assert [e["sequence"] for e in events] == list(range(1, 10))
    scheduled = payloads(events, "ActivityScheduled")
    assert [p["sequence"] for p in scheduled] == [1, 2]
    assert [p["activity_type"] for p in scheduled] == ["inventory.reserve", "payments.charge"]
    assert scheduled[0]["activity"]["retry_policy"]["start_to_close_timeout"] == 30
    assert handle.status == "completed"


async def test_the_history_replays(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(OrderWorkflow, Order("o-2", 7))
    await handle.result()
    result = replay(OrderWorkflow, handle.export_history())
    assert result.finished


async def test_mocks_replace_activities_by_name_or_function(env: InProcessEnvironment) -> None:
    calls: list[Order] = []

    def fake_reserve(order: Order) -> str:
        calls.append(order)
        return "mocked"

    env.mock_activity("inventory.reserve", fake_reserve)
    env.mock_activity(charge, returns="canned")
    assert await env.execute_workflow(OrderWorkflow, Order("o-3", 1)) == ["mocked", "canned"]
    assert calls == [Order("o-3", 1)]  # the mock gets the real activity's argument types


async def test_async_mock(env: InProcessEnvironment) -> None:
    async def slow_reserve(order: Order) -> str:
        await asyncio.sleep(0)
        return "async-mock"

    env.mock_activity(reserve, slow_reserve)
    assert await env.execute_workflow(OrderWorkflow, Order("o", 2)) == ["async-mock", "charged-2"]


async def test_sync_activities_in_an_executor() -> None:
    with ThreadPoolExecutor(2) as pool:
        async with InProcessEnvironment(
            activities=[reserve, charge], activity_executor=pool
        ) as env:
            assert await env.execute_workflow(OrderWorkflow, Order("x", 3)) == [
                "res-x",
                "charged-3",
            ]


@workflow.defn(name="retrying")
class RetryingWorkflow:
    @workflow.run
    async def run(self) -> str:
        try:
            return await workflow.execute_activity(
                "flaky",
                start_to_close_timeout=timedelta(seconds=10),
                retry_policy=ActivityRetryPolicy(max_attempts=3, initial_interval=2),
            )
        except ActivityError as exc:
            return f"gave up: {exc.type}: {exc.message}"


async def test_retries_follow_the_policy_on_the_virtual_clock(env: InProcessEnvironment) -> None:
    attempts: list[float] = []

    def flaky() -> str:
        attempts.append((env.now() - START).total_seconds())
        if len(attempts) < 3:
            raise ConnectionError("try again")
        return "third time lucky"

    env.mock_activity("flaky", flaky)
    wall = time.perf_counter()
    handle = await env.start_workflow(RetryingWorkflow)
    assert await handle.result() == "third time lucky"
    assert time.perf_counter() - wall < 2  # back-offs skip, they do not wait
    assert attempts == [0.0, 2.0, 6.0]
    retries = payloads(handle.history(), "ActivityRetryScheduled")
    assert [r["retry_backoff_seconds"] for r in retries] == [2, 4]
    assert retries[0]["exception_type"] == "ConnectionError"
    assert retries[0]["message"] == "try again"


async def test_exhausted_retries_raise_activity_error(env: InProcessEnvironment) -> None:
    env.mock_activity("flaky", raises=ApplicationError("card declined", type="Declined"))
    handle = await env.start_workflow(RetryingWorkflow)
    assert await handle.result() == "gave up: Declined: card declined"
    failed = payloads(handle.history(), "ActivityFailed")
    assert len(failed) == 1 and failed[0]["attempt_number"] == 3


async def test_non_retryable_failure_stops_at_once(env: InProcessEnvironment) -> None:
    env.mock_activity(
        "flaky", raises=ApplicationError("bad card", type="Invalid", non_retryable=True)
    )
    handle = await env.start_workflow(RetryingWorkflow)
    assert await handle.result() == "gave up: Invalid: bad card"
    assert "ActivityRetryScheduled" not in types(handle.history())


async def test_an_unregistered_activity_fails_clearly(env: InProcessEnvironment) -> None:
    result = await env.execute_workflow(RetryingWorkflow)
    assert result.startswith("gave up: ActivityNotRegistered: no activity registered for 'flaky'")


async def test_an_uncaught_failure_fails_the_workflow(env: InProcessEnvironment) -> None:
    env.mock_activity(charge, raises=ApplicationError("no funds", type="NoFunds"))
    handle = await env.start_workflow(OrderWorkflow, Order("o", 5))
    with pytest.raises(WorkflowFailed) as caught:
        await handle.result()
    assert caught.value.workflow_id == handle.workflow_id
    assert "no funds" in caught.value.message
    assert types(handle.history())[-1] == "WorkflowFailed"


# --------------------------------------------------------------------------- timers


@workflow.defn(name="sleeper")
class Sleeper:
    @workflow.run
    async def run(self, hours: int) -> str:
        before = workflow.now()
        await workflow.sleep(timedelta(hours=hours))
        return str(workflow.now() - before)


async def test_timers_skip_time(env: InProcessEnvironment) -> None:
    wall = time.perf_counter()
    handle = await env.start_workflow(Sleeper, 5)
    assert await handle.result() == "5:00:00"
    assert time.perf_counter() - wall < 2
    assert env.now() == START + timedelta(hours=5)
    scheduled = payloads(handle.history(), "TimerScheduled")[0]
    fired = payloads(handle.history(), "TimerFired")[0]
    assert scheduled["delay_seconds"] == 5 * 3600
    assert fired["fired_at"] == "2026-05-01T14:00:00.000000Z"


async def test_skip_moves_time_without_a_waiter(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Sleeper, 1)
    await env.skip(timedelta(minutes=30))
    assert handle.status == "waiting"
    await env.skip(timedelta(minutes=30))
    assert handle.status == "completed"
    assert await handle.result() == "1:00:00"


# --------------------------------------------------------------------------- signals, queries


@workflow.defn(name="approval")
class Approval:
    def __init__(self) -> None:
        self.approver: str | None = None
        self.notes: list[str] = []

    @workflow.run
    async def run(self, timeout_hours: int) -> str:
        approved = await workflow.wait_condition(
            lambda: self.approver is not None, timeout=timedelta(hours=timeout_hours)
        )
        return f"approved by {self.approver}" if approved else "timed out"

    @workflow.signal
    def approve(self, who: str) -> None:
        self.approver = who

    @workflow.signal
    def note(self, text: str) -> None:
        self.notes.append(text)

    @workflow.query
    def status(self) -> dict[str, Any]:
        return {"approver": self.approver, "notes": self.notes}


async def test_signals_wake_a_condition_and_queries_read_state(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Approval, 24)
    await handle.signal("note", ["looks fine"])
    assert await handle.query("status") == {"approver": None, "notes": ["looks fine"]}
    await handle.signal("approve", ["alice"])
    assert await handle.result() == "approved by alice"
    events = handle.history()
    received = payloads(events, "SignalReceived")
    assert [r["signal_name"] for r in received] == ["note", "approve"]
    assert decode_payload(received[1]["arguments"], "avro") == ["alice"]
    assert "ConditionWaitOpened" in types(events)
    assert types(events)[-1] == "WorkflowCompleted"
    assert env.now() == START  # nothing waited on the clock
    assert replay(Approval, handle.export_history()).finished


async def test_condition_timeout(env: InProcessEnvironment) -> None:
    assert await env.execute_workflow(Approval, 2) == "timed out"
    assert env.now() == START + timedelta(hours=2)


async def test_unknown_signal_and_closed_run_are_refused(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Approval, 1)
    with pytest.raises(SignalFailed, match="no signal 'nope'"):
        await handle.signal("nope")
    await handle.result()
    with pytest.raises(SignalFailed, match="not running"):
        await handle.signal("approve", ["late"])


@workflow.defn(name="forever")
class WaitsForever:
    @workflow.run
    async def run(self) -> None:
        await workflow.wait_condition(lambda: False)


async def test_a_workflow_nothing_can_move_stalls(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(WaitsForever)
    with pytest.raises(WorkflowStalled) as caught:
        await handle.result()
    assert caught.value.workflow_id == handle.workflow_id
    assert handle.status == "waiting"


# --------------------------------------------------------------------------- updates


@workflow.defn(name="cart")
class Cart:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.done = False

    @workflow.run
    async def run(self) -> list[str]:
        await workflow.wait_condition(lambda: self.done)
        return self.items

    @workflow.update
    def add(self, item: str) -> int:
        if item == "boom":
            raise ApplicationError("cannot add boom", type="Boom")
        self.items.append(item)
        return len(self.items)

    @add.validator
    def _check_add(self, item: str) -> None:
        if not item:
            raise ValueError("empty item")

    @workflow.signal
    def checkout(self) -> None:
        self.done = True


async def test_updates_validate_apply_and_fail(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Cart)
    assert await handle.update("add", ["apple"]) == 1
    assert await handle.update("add", ["pear"]) == 2
    with pytest.raises(UpdateRejected, match="empty item"):
        await handle.update("add", [""])
    with pytest.raises(UpdateFailed, match="cannot add boom"):
        await handle.update("add", ["boom"])
    await handle.signal("checkout")
    assert await handle.result() == ["apple", "pear"]
    events = handle.history()
    assert len(payloads(events, "UpdateAccepted")) == 3
    assert len(payloads(events, "UpdateRejected")) == 1
    completed = payloads(events, "UpdateCompleted")
    assert [decode_payload(c["result"], "avro") for c in completed[:2]] == [1, 2]
    assert completed[2]["exception_type"] == "Boom"
    assert replay(Cart, handle.export_history()).finished


# --------------------------------------------------------------------------- children


@workflow.defn(name="child.double")
class Double:
    @workflow.run
    async def run(self, value: int) -> int:
        if value < 0:
            raise ApplicationError("negative", type="Negative")
        return value * 2


@workflow.defn(name="parent")
class Parent:
    @workflow.run
    async def run(self, value: int) -> str:
        try:
            doubled = await workflow.execute_child_workflow(Double, value)
        except workflow.ChildWorkflowError as exc:
            return f"child failed: {exc.type}"
        return f"doubled {doubled}"


async def test_child_workflows(env: InProcessEnvironment) -> None:
    env.register_workflow(Double)
    handle = await env.start_workflow(Parent, 21)
    assert await handle.result() == "doubled 42"
    events = handle.history()
    assert types(events)[2:] == [
        "ChildWorkflowScheduled",
        "ChildRunStarted",
        "ChildRunCompleted",
        "WorkflowCompleted",
    ]
    child_id = payloads(events, "ChildRunStarted")[0]["child_workflow_instance_id"]
    child = env.get_workflow_handle(child_id)
    assert await child.result() == 42
    assert payloads(child.history(), "WorkflowStarted")[0]["parent_workflow_instance_id"] == (
        handle.workflow_id
    )
    assert await env.execute_workflow(Parent, -1) == "child failed: Negative"


# --------------------------------------------------------------------------- continue-as-new


@workflow.defn(name="countdown")
class Countdown:
    @workflow.run
    async def run(self, left: int) -> str:
        if left > 0:
            workflow.continue_as_new(left - 1)
        return "liftoff"


async def test_continue_as_new_chains_runs(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Countdown, 3)
    assert await handle.result() == "liftoff"
    assert len(handle.run_ids) == 4
    first = handle.history(handle.run_ids[0])
    assert types(first)[-1] == "WorkflowContinuedAsNew"
    assert payloads(first, "WorkflowContinuedAsNew")[0]["continued_to_run_id"] == handle.run_ids[1]
    last = handle.history()
    assert payloads(last, "WorkflowStarted")[0]["continued_from_run_id"] == handle.run_ids[2]


# --------------------------------------------------------------------------- cancellation


@workflow.defn(name="saga")
class Saga:
    @workflow.run
    async def run(self, order: Order) -> str:
        await workflow.execute_activity(charge, order, start_to_close_timeout=SECOND * 5)
        try:
            await workflow.sleep(timedelta(days=1))
        except asyncio.CancelledError:
            await workflow.execute_activity(refund, order, start_to_close_timeout=SECOND * 5)
            raise
        return "shipped"


async def test_cancellation_runs_compensation(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Saga, Order("o", 9))
    await env.skip(timedelta(hours=1))
    await handle.cancel(reason="customer changed their mind")
    with pytest.raises(WorkflowCancelled, match="customer changed their mind"):
        await handle.result()
    events = handle.history()
    assert "CancelRequested" in types(events)
    assert [p["activity_type"] for p in payloads(events, "ActivityCompleted")] == [
        "payments.charge",
        "payments.refund",
    ]
    assert types(events)[-1] == "WorkflowCancelled"
    assert handle.status == "cancelled"


async def test_termination_is_immediate(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Saga, Order("o", 9))
    await env.skip(timedelta(minutes=1))
    await handle.terminate(reason="ops")
    with pytest.raises(WorkflowTerminated, match="ops"):
        await handle.result()
    assert types(handle.history())[-3:] == [
        "TerminateRequested",
        "TimerCancelled",
        "WorkflowTerminated",
    ]


# --------------------------------------------------------------------------- the rest


@workflow.defn(name="bookkeeping")
class Bookkeeping:
    @workflow.run
    async def run(self) -> dict[str, Any]:
        token = await workflow.side_effect(lambda: "tok-1")
        version = workflow.get_version("new-pricing", 1, 2)
        workflow.upsert_search_attributes({"Stage": "priced"})
        workflow.upsert_memo({"note": "hello"})
        return {"token": token, "version": version, "id": workflow.info().workflow_id}


async def test_side_effects_versions_and_upserts(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Bookkeeping, id="books-1")
    assert await handle.result() == {"token": "tok-1", "version": 2, "id": "books-1"}
    events = handle.history()
    assert decode_payload(payloads(events, "SideEffectRecorded")[0]["result"], "avro") == "tok-1"
    marker = payloads(events, "VersionMarkerRecorded")[0]
    assert (marker["change_id"], marker["version"]) == ("new-pricing", 2)
    assert handle.search_attributes == {"Stage": "priced"}
    assert handle.memo == {"note": "hello"}
    steps = [e["payload"]["sequence"] for e in events[2:-1]]
    assert steps == sorted(steps) and len(set(steps)) == len(steps)
    assert replay(Bookkeeping, handle.export_history()).finished


async def test_misuse_is_a_typed_error(env: InProcessEnvironment) -> None:
    with pytest.raises(EnvironmentSetupError, match="no workflow registered"):
        await env.start_workflow("nobody.knows")
    with pytest.raises(EnvironmentSetupError, match="exactly one"):
        env.mock_activity("x")
    await env.start_workflow(Sleeper, 1, id="same")
    with pytest.raises(EnvironmentSetupError, match="already running"):
        await env.start_workflow(Sleeper, 1, id="same")


# --------------------------------------------------------------------------- parallel, failures


@workflow.defn(name="fan-out")
class FanOut:
    @workflow.run
    async def run(self, orders: list[Order]) -> list[str]:
        return list(
            await asyncio.gather(
                *(
                    workflow.execute_activity(reserve, o, start_to_close_timeout=SECOND * 5)
                    for o in orders
                )
            )
        )


async def test_parallel_activities_with_gather(env: InProcessEnvironment) -> None:
    finished: list[str] = []

    async def slow_reserve(order: Order) -> str:
        for _ in range(int(order.amount)):
            await asyncio.sleep(0)
        finished.append(order.order_id)
        return order.order_id.upper()

    env.mock_activity(reserve, slow_reserve)
    orders = [Order("a", 30), Order("b", 1), Order("c", 10)]
    handle = await env.start_workflow(FanOut, orders)
    assert await handle.result() == ["A", "B", "C"]  # in authored order
    assert finished == ["b", "c", "a"]  # though they completed in another order
    scheduled = payloads(handle.history(), "ActivityScheduled")
    assert [p["sequence"] for p in scheduled] == [1, 2, 3]
    assert {p.get("parallel_group_size") for p in scheduled} == {3}
    assert replay(FanOut, handle.export_history()).finished


async def test_a_failing_workflow_task_is_reported(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(OrderWorkflow)  # no order argument
    with pytest.raises(WorkflowTaskFailed) as caught:
        await handle.result()
    assert caught.value.failure_type == "WorkflowEntryArgumentsMismatchError"
    assert handle.status == "waiting"  # the run stays open, as on the server


@workflow.defn(name="orphan-parent")
class OrphanParent:
    @workflow.run
    async def run(self) -> None:
        await workflow.execute_child_workflow("not.registered")


async def test_a_child_of_an_unregistered_type_is_reported(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(OrphanParent)
    with pytest.raises(WorkflowTaskFailed, match="no workflow registered for type"):
        await handle.result()


async def test_every_recorded_run_replays(env: InProcessEnvironment) -> None:
    env.register_workflow(Double)
    classes = {"parent": Parent, "child.double": Double, "countdown": Countdown}
    await env.execute_workflow(Parent, 4)
    await env.execute_workflow(Countdown, 2)
    replayed = 0
    for workflow_id in env.workflow_ids():
        handle = env.get_workflow_handle(workflow_id)
        for run_id in handle.run_ids:
            bundle = handle.export_history(run_id)
            assert replay(classes[bundle["workflow"]["workflow_type"]], bundle).finished
            replayed += 1
    assert replayed == 5  # parent, child, and three countdown runs


async def test_queries_answer_after_the_workflow_finished(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Approval, 1)
    await handle.signal("note", ["n1"])
    await handle.result()
    assert await handle.query("status") == {"approver": None, "notes": ["n1"]}


# --------------------------------------------------------------------------- workflow timeouts


async def test_execution_timeout_ends_the_workflow(env: InProcessEnvironment) -> None:
    handle = await env.start_workflow(Sleeper, 5, execution_timeout=timedelta(hours=1))
    with pytest.raises(WorkflowTimedOut, match="execution deadline"):
        await handle.result()
    assert env.now() == START + timedelta(hours=1)
    events = handle.history()
    assert types(events)[-2:] == ["TimerCancelled", "WorkflowTimedOut"]
    timed_out = payloads(events, "WorkflowTimedOut")[0]
    assert timed_out["timeout_kind"] == "execution"
    assert timed_out["execution_deadline_at"] == "2026-05-01T10:00:00.000000Z"


@workflow.defn(name="impatient-parent")
class ImpatientParent:
    @workflow.run
    async def run(self) -> str:
        try:
            await workflow.execute_child_workflow(Sleeper, 3, run_timeout=timedelta(minutes=5))
        except workflow.ChildWorkflowError as exc:
            return f"child {exc.kind}: {exc.message}"
        return "child finished"


async def test_a_child_run_timeout_fails_the_child(env: InProcessEnvironment) -> None:
    env.register_workflow(Sleeper)
    assert await env.execute_workflow(ImpatientParent) == (
        "child failed: Workflow run deadline expired."
    )
    assert env.now() == START + timedelta(minutes=5)


# --------------------------------------------------------------------------- activity timeouts


@workflow.defn(name="deadline-aware")
class DeadlineAware:
    @workflow.run
    async def run(self, attempts: int) -> str:
        try:
            return await workflow.execute_activity(
                "slow.call",
                start_to_close_timeout=timedelta(seconds=10),
                retry_policy=ActivityRetryPolicy(max_attempts=attempts, initial_interval=1),
            )
        except ActivityError as exc:
            return f"{exc.kind}: {exc.message}"


async def test_a_simulated_timeout_is_retried_on_the_clock(env: InProcessEnvironment) -> None:
    outcomes: list[Any] = [SimulatedTimeout(), "answered"]

    def slow_call() -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return str(outcome)

    env.mock_activity("slow.call", slow_call)
    handle = await env.start_workflow(DeadlineAware, 3)
    assert await handle.result() == "answered"
    retry = payloads(handle.history(), "ActivityRetryScheduled")[0]
    assert retry["timeout_kind"] == "start_to_close"
    assert "start-to-close deadline expired" in retry["message"]
    assert env.now() == START + timedelta(seconds=11)  # the 10 s budget, then 1 s back-off


async def test_a_last_attempt_timing_out_is_activity_timed_out(env: InProcessEnvironment) -> None:
    env.mock_activity("slow.call", raises=SimulatedTimeout())
    handle = await env.start_workflow(DeadlineAware, 1)
    result = await handle.result()
    assert result.startswith("timed_out: Activity slow.call start-to-close deadline expired")
    timed_out = payloads(handle.history(), "ActivityTimedOut")[0]
    assert timed_out["timeout_kind"] == "start_to_close"
    assert timed_out["failure_category"] == "timeout"


async def test_a_heartbeat_timeout_needs_a_heartbeat_budget(env: InProcessEnvironment) -> None:
    env.mock_activity("slow.call", raises=SimulatedTimeout("heartbeat"))
    result = await env.execute_workflow(DeadlineAware, 1)
    assert result == "failed: the activity never answers and has no heartbeat timeout"
    with pytest.raises(EnvironmentSetupError):
        SimulatedTimeout("forever")


async def test_a_closed_workflow_id_may_start_again(env: InProcessEnvironment) -> None:
    first = await env.start_workflow(Countdown, 1, id="again")
    await first.result()
    assert len(first.run_ids) == 2
    second = await env.start_workflow(Countdown, 0, id="again")
    assert await second.result() == "liftoff"
    assert second.run_ids == [second.first_run_id] != [first.first_run_id]
    assert env.get_workflow_handle("again").run_ids == second.run_ids


async def test_result_timeout_bounds_real_waiting() -> None:
    async with InProcessEnvironment(stall_timeout=None) as env:
        handle = await env.start_workflow(WaitsForever)
        with pytest.raises(TimeoutError):
            await handle.result(timeout=0.05)
        await handle.terminate(reason="done waiting")
        with pytest.raises(WorkflowTerminated):
            await handle.result()


async def test_a_mock_wins_over_a_later_registration() -> None:
    async with InProcessEnvironment() as env:
        env.mock_activity("payments.charge", lambda order: f"mock-{order.amount}")
        env.register_activity(reserve)
        env.register_activity(charge)  # registered after its mock: the mock stays
        assert await env.execute_workflow(OrderWorkflow, Order("z", 8)) == ["res-z", "mock-8"]


@workflow.defn(name="noted-order")
class NotedOrder(OrderWorkflow):
    def __init__(self) -> None:
        self.notes: list[str] = []

    @workflow.signal
    def note(self, text: str) -> None:
        self.notes.append(text)

    @workflow.query
    def noted(self) -> list[str]:
        return self.notes


async def test_a_signal_while_an_activity_runs(env: InProcessEnvironment) -> None:
    release = asyncio.Event()

    async def held_reserve(order: Order) -> str:
        await release.wait()
        return "held"

    env.mock_activity(reserve, held_reserve)
    handle = await env.start_workflow(NotedOrder, Order("n", 1))
    result = asyncio.ensure_future(handle.result())
    for _ in range(5):
        await asyncio.sleep(0)
    await handle.signal("note", ["while reserving"])
    assert await handle.query("noted") == ["while reserving"]
    release.set()
    assert await result == ["held", "charged-1"]
    events = handle.history()
    assert types(events).index("SignalReceived") < types(events).index("ActivityCompleted")
    assert replay(NotedOrder, handle.export_history()).finished


async def test_the_same_test_writes_the_same_history() -> None:
    histories = []
    for _ in range(2):
        async with InProcessEnvironment(start_time=START, activities=[reserve, charge]) as env:
            handle = await env.start_workflow(OrderWorkflow, Order("o-9", 9), id="same-order")
            await handle.result()
            histories.append(handle.history())
    assert histories[0] == histories[1]  # ids, times and payloads alike
    ids = [e["id"] for e in histories[0]]
    assert len(set(ids)) == len(ids) and ids == sorted(ids)


async def test_shutdown_releases_waiting_callers() -> None:
    env = InProcessEnvironment(stall_timeout=None)
    async with env:
        handle = await env.start_workflow(WaitsForever)
        waiting = asyncio.ensure_future(handle.result())
        await env.settle()
    with pytest.raises(EnvironmentSetupError, match="shut down before workflow"):
        await waiting
    with pytest.raises(EnvironmentSetupError, match="shut down"):
        await env.start_workflow(WaitsForever)


@workflow.defn(name="priced-cart")
class PricedCart(Cart):
    @workflow.update
    async def price(self, order: Order) -> str:
        charged = await workflow.execute_activity(charge, order, start_to_close_timeout=SECOND * 5)
        await workflow.sleep(30)
        return f"{charged} after {workflow.now() - START}"


async def test_an_async_update_handler_runs_activities_and_timers(
    env: InProcessEnvironment,
) -> None:
    handle = await env.start_workflow(PricedCart)
    assert await handle.update("price", [Order("p", 12)]) == "charged-12 after 0:00:30"
    await handle.signal("checkout")
    assert await handle.result() == []
    events = handle.history()
    assert [p["activity_type"] for p in payloads(events, "ActivityCompleted")] == [
        "payments.charge"
    ]
    assert len(payloads(events, "UpdateCompleted")) == 1
    assert replay(PricedCart, handle.export_history()).finished


# --------------------------------------------------------------------------- child policies

CHILD_RUNS: list[str] = []


@workflow.defn(name="child.flaky")
class FlakyChild:
    @workflow.run
    async def run(self) -> str:
        if not workflow.is_replaying():
            CHILD_RUNS.append(workflow.info().run_id)
        if len(CHILD_RUNS) < 2:
            raise ApplicationError("first run fails", type="Flaky")
        return "second run"


@workflow.defn(name="retrying-parent")
class RetryingParent:
    @workflow.run
    async def run(self) -> str:
        return await workflow.execute_child_workflow(
            FlakyChild, retry_policy=ActivityRetryPolicy(max_attempts=2, initial_interval=3)
        )


async def test_a_failed_child_is_retried_by_its_policy(env: InProcessEnvironment) -> None:
    CHILD_RUNS.clear()
    env.register_workflow(FlakyChild)
    handle = await env.start_workflow(RetryingParent)
    assert await handle.result() == "second run"
    events = handle.history()
    started = payloads(events, "ChildRunStarted")
    assert len(started) == 2 and started[1]["retry_attempt"] == 2
    assert started[1]["retry_of_child_workflow_run_id"] == CHILD_RUNS[0]
    assert started[1]["child_workflow_run_id"] == CHILD_RUNS[1]
    assert "ChildRunFailed" not in types(events)
    assert replay(RetryingParent, handle.export_history()).finished


@workflow.defn(name="leaving-parent")
class LeavingParent:
    @workflow.run
    async def run(self) -> str:
        workflow.start_child_workflow(Saga, Order("c", 1), parent_close_policy="request_cancel")
        await workflow.sleep(1)
        return "left"


async def test_request_cancel_policy_cancels_the_child(env: InProcessEnvironment) -> None:
    env.register_workflow(Saga)
    handle = await env.start_workflow(LeavingParent)
    assert await handle.result() == "left"
    applied = payloads(handle.history(), "ParentClosePolicyApplied")[0]
    child = env.get_workflow_handle(applied["child_instance_id"])
    with pytest.raises(WorkflowCancelled):
        await child.result()
    child_events = child.history()
    assert "CancelRequested" in types(child_events)
    assert [p["activity_type"] for p in payloads(child_events, "ActivityCompleted")] == [
        "payments.charge",
        "payments.refund",  # the child compensated before it ended
    ]
