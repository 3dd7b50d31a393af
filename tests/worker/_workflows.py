"""Workflows and activities the end-to-end worker tests run."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from durable_workflow import activity, workflow
from durable_workflow.workflow import ActivityError, ActivityRetryPolicy, ApplicationError

SHORT = timedelta(seconds=30)


@dataclass
class Order:
    order_id: int
    items: list[str]


@dataclass
class Reservation:
    order_id: int
    reserved: list[str]


FLAKY_CALLS: list[int] = []
LOG: list[str] = []


@activity.defn(name="inventory.reserve")
async def reserve(order: Order) -> Reservation:
    return Reservation(order.order_id, sorted(order.items))


@activity.defn(name="flaky")
def flaky(failures: int) -> str:
    FLAKY_CALLS.append(activity.info().attempt)
    if activity.info().attempt <= failures:
        raise RuntimeError(f"transient failure {activity.info().attempt}")
    return f"ok after {activity.info().attempt}"


@activity.defn(name="declined")
async def declined() -> None:
    raise ApplicationError("card declined", "card-1", type="PaymentDeclined", non_retryable=True)


@activity.defn(name="record")
async def record(step: str) -> str:
    LOG.append(step)
    return step


@workflow.defn(name="typed")
class TypedWorkflow:
    @workflow.run
    async def run(self, order: Order) -> dict[str, Any]:
        reservation = await workflow.execute_activity(reserve, order, start_to_close_timeout=SHORT)
        assert isinstance(reservation, Reservation)
        return {"order": reservation.order_id, "reserved": reservation.reserved}


@workflow.defn(name="retrying")
class RetryingWorkflow:
    @workflow.run
    async def run(self, failures: int) -> str:
        result: str = await workflow.execute_activity(
            flaky,
            failures,
            start_to_close_timeout=SHORT,
            retry_policy=ActivityRetryPolicy(max_attempts=5, initial_interval=1),
        )
        return result


@workflow.defn(name="declining")
class DecliningWorkflow:
    @workflow.run
    async def run(self) -> dict[str, Any]:
        try:
            await workflow.execute_activity(
                declined,
                start_to_close_timeout=SHORT,
                retry_policy=ActivityRetryPolicy(max_attempts=3),
            )
        except ActivityError as err:
            return {"type": err.type, "message": err.message, "non_retryable": err.non_retryable}
        return {}


@workflow.defn(name="sleeper")
class SleeperWorkflow:
    @workflow.run
    async def run(self, minutes: int) -> float:
        start = workflow.now()
        await workflow.sleep(timedelta(minutes=minutes))
        return (workflow.now() - start).total_seconds()


@workflow.defn(name="approval")
class ApprovalWorkflow:
    def __init__(self) -> None:
        self.approved_by: str | None = None
        self.status = "waiting"
        self.items: list[str] = []

    @workflow.run
    async def run(self, timeout_minutes: int) -> dict[str, Any]:
        ok = await workflow.wait_condition(
            lambda: self.approved_by is not None, timeout=timedelta(minutes=timeout_minutes)
        )
        self.status = "approved" if ok else "timed out"
        return {"approved": ok, "by": self.approved_by, "items": self.items}

    @workflow.signal
    def approve(self, by: str) -> None:
        self.approved_by = by

    @workflow.query
    def current_status(self) -> str:
        return self.status

    @workflow.update
    async def add_item(self, item: str) -> int:
        self.items.append(item)
        return len(self.items)

    @add_item.validator
    def _check_item(self, item: str) -> None:
        if not item:
            raise ValueError("an item needs a name")


@workflow.defn(name="fan-out")
class FanOutWorkflow:
    @workflow.run
    async def run(self, names: list[str]) -> list[str]:
        results = await asyncio.gather(
            *(workflow.execute_activity(record, n, start_to_close_timeout=SHORT) for n in names)
        )
        return list(results)


@workflow.defn(name="determinism")
class DeterminismWorkflow:
    @workflow.run
    async def run(self) -> dict[str, Any]:
        token = await workflow.side_effect(lambda: "token-" + str(workflow.uuid4()))
        version = workflow.get_version("new-step", workflow.DEFAULT_VERSION, 2)
        patched = workflow.patched("fix-1")
        workflow.upsert_search_attributes({"CustomerId": "c-7"})
        await workflow.sleep(1)
        same = await workflow.side_effect(lambda: "never called on replay")
        return {"token": token, "version": version, "patched": patched, "same": same}


@workflow.defn(name="child")
class ChildWorkflow:
    @workflow.run
    async def run(self, value: int) -> int:
        if value < 0:
            raise ApplicationError("negative", type="BadValue")
        await workflow.sleep(60)
        return value * 10


@workflow.defn(name="parent")
class ParentWorkflow:
    @workflow.run
    async def run(self, value: int) -> dict[str, Any]:
        try:
            result = await workflow.execute_child_workflow(ChildWorkflow, value)
            return {"result": result}
        except workflow.ChildWorkflowError as err:
            return {"error": err.type, "message": str(err)}


@workflow.defn(name="abandoning-parent")
class AbandoningParent:
    @workflow.run
    async def run(self, policy: str) -> str:
        workflow.start_child_workflow(ChildWorkflow, 5, parent_close_policy=policy)
        await workflow.sleep(1)
        return "parent done"


@workflow.defn(name="counter")
class CounterWorkflow:
    @workflow.run
    async def run(self, count: int, limit: int) -> int:
        await workflow.execute_activity(record, f"count-{count}", start_to_close_timeout=SHORT)
        if count < limit:
            workflow.continue_as_new(count + 1, limit)
        return count


@activity.defn(name="charge")
async def charge(order_id: int) -> str:
    LOG.append(f"charge-{order_id}")
    if order_id < 0:
        raise ApplicationError("card declined", type="PaymentDeclined", non_retryable=True)
    return f"charged-{order_id}"


@workflow.defn(name="saga")
class SagaWorkflow:
    """Reserve, charge, ship; a failed step undoes the steps before it (in reverse)."""

    @workflow.run
    async def run(self, order_id: int) -> str:
        compensations: list[str] = []
        try:
            await workflow.execute_activity(
                record, f"reserve-{order_id}", start_to_close_timeout=SHORT
            )
            compensations.append(f"release-{order_id}")
            await workflow.execute_activity(charge, order_id, start_to_close_timeout=SHORT)
            compensations.append(f"refund-{order_id}")
            await workflow.sleep(timedelta(minutes=1))
            return "shipped"
        except (ActivityError, asyncio.CancelledError):
            for step in reversed(compensations):
                await workflow.execute_activity(record, step, start_to_close_timeout=SHORT)
            raise


@workflow.defn(name="failing")
class FailingWorkflow:
    @workflow.run
    async def run(self) -> None:
        raise ApplicationError("out of stock", type="OutOfStock", non_retryable=True)


@activity.defn(name="crash.step")
async def crash_step(value: int) -> int:
    marker = os.environ.get("DW_CRASH_MARKER")
    if marker:  # the worker process about to be killed: announce the attempt, then hang
        Path(marker).write_text(str(activity.info().attempt))
        await asyncio.sleep(3600)
    return value * 2


@workflow.defn(name="crashy")
class CrashyWorkflow:
    """An activity and a timer pending at the same time."""

    @workflow.run
    async def run(self, value: int) -> str:
        step = workflow.start_activity(
            crash_step,
            value,
            start_to_close_timeout=120,
            retry_policy=ActivityRetryPolicy(max_attempts=3, initial_interval=1),
        )
        await workflow.sleep(timedelta(minutes=2))
        doubled = await step
        return f"{value}->{doubled}"


@workflow.defn(name="many-steps")
class ManyStepsWorkflow:
    @workflow.run
    async def run(self, steps: int) -> list[str]:
        done = []
        for n in range(steps):
            done.append(
                await workflow.execute_activity(record, f"s{n}", start_to_close_timeout=SHORT)
            )
        return done


@workflow.defn(name="memo")
class MemoWorkflow:
    @workflow.run
    async def run(self, note: str) -> str:
        workflow.upsert_memo({"note": note})
        return note
