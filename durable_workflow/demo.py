"""A tour of the SDK: an order workflow run by a real worker on the embedded server.

``make demo`` (``python -m durable_workflow.demo``) starts the development server in this
process with a test clock that skips waits, a :class:`~durable_workflow.Worker` for the order
workflow and its activities, and then plays the customer and the back office with the client:

* ``inventory.reserve`` fails once and succeeds on its retry (an activity retry policy);
* the workflow waits for an ``approve`` signal, answers ``status`` queries meanwhile, and
  takes a ``change_address`` update (with a validator that rejects an empty address);
* it waits an hour on a durable timer (skipped by the test clock), then ships through a
  child workflow;
* a second order's payment is declined: the saga releases the reserved stock
  (compensation) and the workflow fails with the payment's error.

Each order's result and a summary of its history are printed.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from durable_workflow import activity, workflow
from durable_workflow.workflow import ActivityError, ActivityRetryPolicy, ApplicationError

TASK_QUEUE = "orders"
STEP = timedelta(seconds=30)


@dataclass
class Order:
    order_id: int
    customer: str
    items: list[str]
    total_cents: int


@dataclass
class Receipt:
    order_id: int
    reserved: list[str]
    payment: str
    tracking: str
    address: str
    approved_by: str


@dataclass
class Warehouse:
    """The outside world the activities talk to (in memory here)."""

    stock_calls: int = 0
    released: list[int] = field(default_factory=list)


WAREHOUSE = Warehouse()


@activity.defn(name="inventory.reserve")
async def reserve_inventory(order: Order) -> list[str]:
    WAREHOUSE.stock_calls += 1
    if activity.info().attempt == 1:
        raise ConnectionError("warehouse API timed out")  # retried by the server
    return sorted(order.items)


@activity.defn(name="inventory.release")
async def release_inventory(order_id: int) -> None:
    WAREHOUSE.released.append(order_id)


@activity.defn(name="payments.charge")
def charge_card(order: Order) -> str:
    if order.total_cents > 100_000:
        raise ApplicationError(
            "card declined: over the limit", type="PaymentDeclined", non_retryable=True
        )
    return f"ch_{order.order_id:04d}"


@activity.defn(name="shipping.book")
async def book_courier(order_id: int, address: str) -> str:
    return f"TRACK-{order_id}-{len(address)}"


@workflow.defn(name="orders.ship")
class ShippingWorkflow:
    @workflow.run
    async def run(self, order_id: int, address: str) -> str:
        tracking: str = await workflow.execute_activity(
            book_courier, order_id, address, start_to_close_timeout=STEP
        )
        return tracking


@workflow.defn(name="orders.process")
class OrderWorkflow:
    def __init__(self) -> None:
        self.status = "received"
        self.approved_by: str | None = None
        self.address = "unknown"

    @workflow.run
    async def run(self, order: Order) -> Receipt:
        self.status = "reserving stock"
        reserved = await workflow.execute_activity(
            reserve_inventory,
            order,
            start_to_close_timeout=STEP,
            retry_policy=ActivityRetryPolicy(max_attempts=3, initial_interval=1),
        )
        try:
            self.status = "awaiting approval"
            await workflow.wait_condition(lambda: self.approved_by is not None)
            self.status = "charging"
            payment = await workflow.execute_activity(
                charge_card,
                order,
                start_to_close_timeout=STEP,
                retry_policy=ActivityRetryPolicy(max_attempts=2),
            )
        except ActivityError:
            self.status = "compensating"
            await workflow.execute_activity(
                release_inventory, order.order_id, start_to_close_timeout=STEP
            )
            raise
        self.status = "cooling off"
        await workflow.sleep(timedelta(hours=1))
        self.status = "shipping"
        tracking = await workflow.execute_child_workflow(
            ShippingWorkflow, order.order_id, self.address
        )
        self.status = "done"
        return Receipt(
            order.order_id, reserved, payment, tracking, self.address, self.approved_by or ""
        )

    @workflow.signal
    def approve(self, by: str) -> None:
        self.approved_by = by

    @workflow.query
    def current_status(self) -> str:
        return self.status

    @workflow.update
    def change_address(self, address: str) -> str:
        self.address = address
        return f"shipping to {address}"

    @change_address.validator
    def _check_address(self, address: str) -> None:
        if not address.strip():
            raise ValueError("an address cannot be empty")


def say(step: str, detail: object = "") -> None:
    print(f"  {step:<30} {detail}")


def summarize(history: dict[str, Any]) -> str:
    events = history.get("history_events") or history.get("events") or []
    counts = Counter(str(e.get("event_type") or e.get("type")) for e in events)
    return ", ".join(f"{name} x{n}" if n > 1 else name for name, n in counts.items())


async def _wait_for_status(handle: Any, wanted: str) -> None:
    for _ in range(400):
        if await handle.query("current_status") == wanted:
            return
        await asyncio.sleep(0.05)
    raise SystemExit(f"the order never reached {wanted!r}")


async def tour() -> None:
    from durable_workflow.errors import UpdateFailed, WorkflowFailed
    from durable_workflow.testing import WorkflowEnvironment

    async with WorkflowEnvironment.start_local() as env:
        client = env.client
        say("server", f"{env.base_url} (embedded, test clock)")
        async with env.worker(
            task_queue=TASK_QUEUE,
            workflows=[OrderWorkflow, ShippingWorkflow],
            activities=[reserve_inventory, release_inventory, charge_card, book_courier],
        ) as worker:
            say("worker", f"{worker.worker_id} on {TASK_QUEUE!r}")
            order = Order(42, "Ada", ["widget", "gizmo"], 4_999)
            handle = await client.start_workflow(
                workflow_type="orders.process",
                task_queue=TASK_QUEUE,
                workflow_id="order-42",
                input=[order],
                run_timeout_seconds=7200,
                execution_timeout_seconds=7200,
            )
            say("started", f"order-42 run {handle.run_id}")
            await _wait_for_status(handle, "awaiting approval")
            say("query current_status", "awaiting approval")
            try:
                await handle.update("change_address", [" "], wait_for="completed")
            except UpdateFailed as rejected:
                say("update rejected", rejected.message)
            changed = await handle.update("change_address", ["1 Loop Rd"], wait_for="completed")
            say("update change_address", changed["result"])
            await handle.signal("approve", ["Grace"])
            say("signal approve", "Grace")
            receipt = await handle.result(poll_interval=0.05, timeout=60)
            say("result", receipt)
            say("history", summarize(await handle.export_history()))

            big = Order(43, "Lin", ["piano"], 250_000)
            declined = await client.start_workflow(
                workflow_type="orders.process",
                task_queue=TASK_QUEUE,
                workflow_id="order-43",
                input=[big],
                run_timeout_seconds=7200,
                execution_timeout_seconds=7200,
            )
            await _wait_for_status(declined, "awaiting approval")
            await declined.signal("approve", ["Grace"])
            try:
                await declined.result(poll_interval=0.05, timeout=60)
            except WorkflowFailed as failed:
                say("order-43 failed", failed)
            say("compensation", f"stock released for orders {WAREHOUSE.released}")
            say("history", summarize(await declined.export_history()))


def main() -> int:
    try:
        import uvicorn  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        print(f"the embedded server needs the 'server' extra: durable-workflow[server] ({exc})")
        return 1
    print("durable-workflow demo: an order workflow on a real worker")
    asyncio.run(tour())
    print("done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
