"""Workflows equivalent to the ones that recorded the reference histories, written with our API."""

from __future__ import annotations

import asyncio
from typing import Any

from durable_workflow import workflow
from durable_workflow.workflow import ActivityError, ChildWorkflowError


@workflow.defn(name="golden.single-activity")
class SingleActivity:
    @workflow.run
    async def run(self, name: str) -> str:
        result: str = await workflow.execute_activity("golden.greet", name, result_type=str)
        return result


@workflow.defn(name="golden.signal-wait")
class SignalWait:
    def __init__(self) -> None:
        self.approved_by: str | None = None

    @workflow.run
    async def run(self) -> dict[str, Any]:
        await workflow.wait_condition(
            lambda: self.approved_by is not None, timeout=30, key="approval"
        )
        notified = await workflow.execute_activity("golden.notify", self.approved_by)
        return {"approved_by": self.approved_by, "activity_result": notified}

    @workflow.signal
    def approve(self, by: str) -> None:
        self.approved_by = by


@workflow.defn(name="golden.timeout-wait")
class TimeoutWait:
    def __init__(self) -> None:
        self.approved = False

    @workflow.run
    async def run(self) -> str:
        if await workflow.wait_condition(lambda: self.approved, timeout=5, key="approval"):
            return "approved"
        return "timed-out"

    @workflow.signal
    def approve(self) -> None:
        self.approved = True


@workflow.defn(name="golden.version-marker")
class VersionMarker:
    @workflow.run
    async def run(self) -> Any:
        if workflow.get_version("golden-version", 1, 2) == 2:
            return await workflow.execute_activity("golden.version-new-path")
        return await workflow.execute_activity("golden.version-old-path")


@workflow.defn(name="golden.saga-compensation")
class SagaCompensation:
    @workflow.run
    async def run(self, order_id: str) -> str:
        reservation = await workflow.execute_activity("golden.reserve-inventory", order_id)
        try:
            await workflow.execute_child_workflow("golden.payment", order_id, reservation)
        except ChildWorkflowError as failure:
            await workflow.execute_activity(
                "golden.release-inventory", order_id, reservation, failure.message
            )
            return "compensated"
        return "paid"


@workflow.defn(name="tests.replay.parallel-metadata-producer")
class ParallelMetadataProducer:
    @workflow.run
    async def run(self) -> list[Any]:
        return list(
            await asyncio.gather(
                workflow.execute_activity("tests.parallel-activity"),
                workflow.execute_child_workflow("tests.parallel-child"),
                workflow.sleep(1),
            )
        )


@workflow.defn(name="tests.replay.parallel-result-binding")
class ParallelResultBinding:
    @workflow.run
    async def run(self) -> dict[str, Any]:
        results = await asyncio.gather(
            workflow.execute_activity("position-first"),
            workflow.execute_activity("position-second"),
        )
        return {"results": list(results)}


@workflow.defn(name="tests.replay.update-signal-condition-timer")
class UpdateSignalConditionTimer:
    def __init__(self) -> None:
        self.message: str | None = None
        self.signal_marker: str | None = None
        self.finish_value: dict[str, Any] | None = None

    @workflow.run
    async def run(self) -> dict[str, Any]:
        await workflow.sleep(1)
        successful = await workflow.execute_activity("successful")
        failure_type = None
        try:
            await workflow.execute_activity("non-retryable-failure")
        except ActivityError as failure:
            failure_type = failure.type
        condition_completed = await workflow.wait_condition(
            lambda: self.finish_value is not None, timeout=1, key="update-and-signal"
        )
        after_condition = await workflow.execute_activity("after-condition")
        await workflow.wait_condition(lambda: self.finish_value is not None, key="finish")
        return {
            "status": "completed",
            "successful": successful,
            "failure_type": failure_type,
            "message": self.message,
            "signal_marker": self.signal_marker,
            "condition_completed": condition_completed,
            "after_condition": after_condition,
            "result": self.finish_value,
        }

    @workflow.update
    def set_message(self, message: str) -> dict[str, str]:
        self.message = message
        return {"message": message}

    @workflow.signal
    def condition_ready(self, marker: str) -> None:
        self.signal_marker = marker

    @workflow.signal
    def finish(self, value: dict[str, Any]) -> None:
        self.finish_value = value


FIXTURE_WORKFLOWS: list[type] = [
    SingleActivity,
    SignalWait,
    TimeoutWait,
    VersionMarker,
    SagaCompensation,
    ParallelMetadataProducer,
    ParallelResultBinding,
    UpdateSignalConditionTimer,
]
