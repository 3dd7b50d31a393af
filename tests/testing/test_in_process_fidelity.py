"""The in-process environment writes the history the embedded development server writes.

The same workflow (side effect, version marker, search attributes, an activity, a timer, a
signal, a condition wait that times out, a child workflow) runs twice: on the development
server, driven task by task through the runtime as a worker drives it, and in the in-process
environment. Both histories must hold the
same events, in the same order, with the same step numbers, and the environment's payloads must
carry every key the server's do (the server's control-plane ``command``/``source`` records of a
start aside).
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from durable_workflow import SyncClient, activity, workflow
from durable_workflow.codec import decode_arguments
from durable_workflow.devserver.testing import run_dev_server
from durable_workflow.testing import InProcessEnvironment
from durable_workflow.workflow import Activation, WorkflowInfo, WorkflowInstance

QUEUE = "fidelity"
WORKER = "fidelity-driver"
SERVER_ONLY_KEYS = {"command", "source"}


@activity.defn(name="fidelity.shout")
def shout(text: str) -> str:
    return text.upper()


@workflow.defn(name="fidelity.child")
class Child:
    @workflow.run
    async def run(self, text: str) -> str:
        return f"{text}!"


@workflow.defn(name="fidelity.parent")
class Parent:
    def __init__(self) -> None:
        self.approved_by: str | None = None

    @workflow.run
    async def run(self, name: str) -> dict[str, Any]:
        version = workflow.get_version("fidelity-v2", workflow.DEFAULT_VERSION, 2)
        token = await workflow.side_effect(lambda: "token-1")
        workflow.upsert_search_attributes({"Customer": name})
        text = await workflow.execute_activity(
            shout, name, start_to_close_timeout=timedelta(seconds=30)
        )
        await workflow.sleep(5)
        escalated = not await workflow.wait_condition(
            lambda: self.approved_by == "the board", timeout=timedelta(minutes=1), key="board"
        )
        child = await workflow.execute_child_workflow(Child, text)
        return {
            "version": version,
            "token": token,
            "escalated": escalated,
            "by": self.approved_by,
            "child": child,
        }

    @workflow.signal
    def approve(self, by: str) -> None:
        self.approved_by = by


DEFINITIONS = {workflow.get_definition(c).name: workflow.get_definition(c) for c in (Parent, Child)}
EXPECTED = {"version": 2, "token": "token-1", "escalated": True, "by": "grace", "child": "ADA!"}


class Driver:
    """What a worker does, by hand: poll, activate the run's instance, complete the task."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client
        self.instances: dict[str, WorkflowInstance] = {}

    def workflow_task(self) -> bool:
        task = self.client.poll_workflow_task(worker_id=WORKER, task_queue=QUEUE, timeout=0.2)
        if task is None:
            return False
        definition = DEFINITIONS[task["workflow_type"]]
        instance = self.instances.get(task["run_id"])
        if instance is None:
            info = WorkflowInfo(task["workflow_id"], task["run_id"], definition.name, QUEUE)
            instance = self.instances[task["run_id"]] = WorkflowInstance(definition, info)
        history = list(task.get("history_events") or [])
        result = instance.activate(Activation.from_task(task, history=history))
        fencing = {
            "task_id": task["task_id"],
            "lease_owner": task["lease_owner"],
            "workflow_task_attempt": task["workflow_task_attempt"],
        }
        if result.failure is not None:
            assert result.failure.type == "WorkflowTaskWaitingForHistory", result.failure
            self.client.fail_workflow_task(
                **fencing, message=result.failure.message, failure_type=result.failure.type
            )
        else:
            self.client.complete_workflow_task(**fencing, commands=result.commands)
        return True

    def activity_task(self) -> bool:
        task = self.client.poll_activity_task(worker_id=WORKER, task_queue=QUEUE, timeout=0.2)
        if task is None:
            return False
        self.client.complete_activity_task(
            task_id=task["task_id"],
            activity_attempt_id=task["activity_attempt_id"],
            lease_owner=task["lease_owner"],
            result=shout(*decode_arguments(task["arguments"])),
        )
        return True

    def drain_until(self, done: Any) -> None:
        deadline = time.monotonic() + 20
        while not done():
            assert time.monotonic() < deadline, "the development server run did not progress"
            if not (self.workflow_task() or self.activity_task()):
                time.sleep(0.01)


def server_history() -> list[dict[str, Any]]:
    with run_dev_server() as server, SyncClient(server.base_url) as client:
        client.register_worker(
            worker_id=WORKER,
            task_queue=QUEUE,
            supported_workflow_types=list(DEFINITIONS),
            supported_activity_types=["fidelity.shout"],
        )
        handle = client.start_workflow(
            workflow_type="fidelity.parent",
            task_queue=QUEUE,
            workflow_id="fidelity-1",
            input=["ada"],
        )
        driver = Driver(client)

        def recorded(event_type: str) -> Any:
            def check() -> bool:
                run_id = handle.describe().run_id or ""
                events = client.get_history("fidelity-1", run_id)["events"]
                return any(e["event_type"] == event_type for e in events)

            return check

        driver.drain_until(recorded("TimerScheduled"))
        client.signal_workflow("fidelity-1", "approve", args=["grace"])
        driver.drain_until(recorded("SignalReceived"))
        server.clock.advance(6)
        driver.drain_until(recorded("ConditionWaitOpened"))
        server.clock.advance(60)
        driver.drain_until(recorded("WorkflowCompleted"))
        assert handle.result(timeout=10) == EXPECTED
        run_id = handle.describe().run_id or ""
        events: list[dict[str, Any]] = client.get_history("fidelity-1", run_id)["events"]
        return events


async def environment_history() -> list[dict[str, Any]]:
    async with InProcessEnvironment(workflows=[Parent, Child], activities=[shout]) as env:
        handle = await env.start_workflow(
            Parent, "ada", id="fidelity-1", execution_timeout=3600, run_timeout=600
        )
        await env.settle()
        await handle.signal("approve", ["grace"])
        await env.skip(6)
        assert await handle.result() == EXPECTED  # the one-minute wait times out by skipping
        return handle.history()


def steps(events: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [
        (e["event_type"], (e.get("payload") or {}).get("sequence"))
        for e in events
        if e["event_type"] != "RepairRequested"  # the server's own lease repairs
    ]


async def test_the_environment_writes_the_servers_history() -> None:
    server = server_history()
    ours = await environment_history()
    assert steps(ours) == steps(server)
    server_events = [e for e in server if e["event_type"] != "RepairRequested"]
    for theirs, mine in zip(server_events, ours, strict=True):
        missing = set(theirs["payload"]) - set(mine["payload"]) - SERVER_ONLY_KEYS
        assert not missing, (theirs["event_type"], sorted(missing))
