"""A user module written against the authoring API; checked with ``mypy --strict``.

The ``reveal_type``-free assignments below only type-check if ``execute_activity`` and
``start_activity`` infer the activity's return type.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta

from durable_workflow import ActivityRetryPolicy, ApplicationError, activity, workflow


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
def count_items(order: Order) -> int:
    return order.amount


@workflow.defn(name="orders.process")
class OrderWorkflow:
    def __init__(self) -> None:
        self.approved = False
        self.address = ""

    @workflow.run
    async def run(self, order: Order) -> Receipt:
        receipt: Receipt = await workflow.execute_activity(
            charge,
            order,
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=ActivityRetryPolicy(max_attempts=3),
        )
        items: int = await workflow.execute_activity(count_items, order)
        handle: workflow.ActivityHandle[Receipt] = workflow.start_activity(charge, order)
        first, second = await asyncio.gather(handle, workflow.execute_activity(count_items, order))
        total: int = first.charged + second + items
        if not await workflow.wait_condition(lambda: self.approved, timeout=timedelta(hours=1)):
            raise ApplicationError("not approved", type="NotApproved")
        await workflow.sleep(5)
        child_total: int = await workflow.execute_child_workflow(
            "orders.child", order, result_type=int
        )
        total += child_total
        when = workflow.now().isoformat()
        token = str(workflow.uuid4()) + when
        workflow.logger.info("charged %s (%s)", total, token)
        return receipt

    @workflow.signal
    def approve(self, by: str) -> None:
        self.approved = bool(by)

    @workflow.query
    def status(self) -> str:
        return "approved" if self.approved else "waiting"

    @workflow.update
    async def change_address(self, address: str) -> str:
        self.address = address
        return address

    @change_address.validator
    def _check_address(self, address: str) -> None:
        if not address:
            raise ValueError("empty address")
