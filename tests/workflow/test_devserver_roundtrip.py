"""The runtime against the embedded development server, with a minimal hand-written driver.

The driver does what a worker does (poll, activate the cached instance with the task's whole
history, complete or fail the task; run activity tasks) so that every command the runtime
produces is accepted and recorded by a real server, and the recorded history replays.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from durable_workflow import SyncClient, activity, workflow
from durable_workflow.codec import decode_arguments
from durable_workflow.testing import replay
from durable_workflow.workflow import Activation, WorkflowInfo, WorkflowInstance

pytest.importorskip("starlette")

QUEUE = "runtime-roundtrip"
VALUE_V1_PREFIX = "wwHioz3/VYAiN"  # every Avro Value v1 blob starts so
WORKER = "runtime-driver"


@activity.defn(name="roundtrip.greet")
def greet(name: str) -> str:
    return f"hello {name}"


@workflow.defn(name="roundtrip.child")
class Child:
    @workflow.run
    async def run(self, text: str) -> str:
        return text.upper()


@workflow.defn(name="roundtrip.parent")
class Parent:
    def __init__(self) -> None:
        self.approved_by: str | None = None
        self.note = ""

    @workflow.run
    async def run(self, name: str) -> dict[str, Any]:
        version = workflow.get_version("greeting-v2", workflow.DEFAULT_VERSION, 2)
        token = await workflow.side_effect(lambda: "token-1")
        workflow.upsert_search_attributes({"Customer": name})
        text = await workflow.execute_activity(
            greet, name, start_to_close_timeout=timedelta(seconds=30)
        )
        await workflow.sleep(5)
        approved = await workflow.wait_condition(
            lambda: self.approved_by is not None, timeout=timedelta(minutes=10), key="approval"
        )
        shouted = await workflow.execute_child_workflow(Child, text)
        return {
            "version": version,
            "token": token,
            "text": text,
            "approved": approved,
            "by": self.approved_by,
            "child": shouted,
            "note": self.note,
        }

    @workflow.signal
    def approve(self, by: str) -> None:
        self.approved_by = by

    @workflow.update
    def set_note(self, note: str) -> str:
        self.note = note
        return f"noted: {note}"

    @set_note.validator
    def _check_note(self, note: str) -> None:
        if not note:
            raise ValueError("empty note")


DEFINITIONS = {workflow.get_definition(c).name: workflow.get_definition(c) for c in (Parent, Child)}


class Driver:
    def __init__(self, client: SyncClient, framing: str) -> None:
        self.client = client
        self.framing = framing
        self.instances: dict[str, WorkflowInstance] = {}

    def workflow_task(self) -> bool:
        task = self.client.poll_workflow_task(worker_id=WORKER, task_queue=QUEUE, timeout=0.5)
        if task is None:
            return False
        events = list(task.get("history_events") or [])
        token = task.get("next_history_page_token")
        while token:
            page = self.client.workflow_task_history(
                task_id=task["task_id"],
                next_history_page_token=token,
                lease_owner=task["lease_owner"],
                workflow_task_attempt=task["workflow_task_attempt"],
            )
            events.extend(page.get("history_events") or [])
            token = page.get("next_history_page_token")
        definition = DEFINITIONS[task["workflow_type"]]
        instance = self.instances.get(task["run_id"])
        if instance is None:
            info = WorkflowInfo(task["workflow_id"], task["run_id"], definition.name, QUEUE)
            instance = self.instances[task["run_id"]] = WorkflowInstance(
                definition, info, framing=self.framing
            )
        result = instance.activate(Activation.from_task(task, history=events))
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
            for command in result.commands:
                envelope = command.get("arguments") or command.get("result")
                if isinstance(envelope, dict) and envelope.get("blob"):
                    value_v1 = envelope["blob"].startswith(VALUE_V1_PREFIX)
                    assert value_v1 == (self.framing == "avro-value-v1"), command
            self.client.complete_workflow_task(**fencing, commands=result.commands)
        return True

    def activity_task(self) -> bool:
        task = self.client.poll_activity_task(worker_id=WORKER, task_queue=QUEUE, timeout=0.5)
        if task is None:
            return False
        args = decode_arguments(task["arguments"])
        self.client.complete_activity_task(
            task_id=task["task_id"],
            activity_attempt_id=task["activity_attempt_id"],
            lease_owner=task["lease_owner"],
            result=greet(*args),
        )
        return True

    def drain(self) -> None:
        while self.workflow_task() or self.activity_task():
            pass


@pytest.mark.parametrize(
    ("generation", "framing"), [(None, "avro-value-v1"), ("2026-04", "avro-legacy")]
)
def test_roundtrip_on_the_dev_server(generation: str | None, framing: str) -> None:
    from durable_workflow.devserver.testing import run_dev_server

    options = {} if generation is None else {"generation": generation}
    with run_dev_server(**options) as server, SyncClient(server.base_url) as client:
        client.register_worker(
            worker_id=WORKER,
            task_queue=QUEUE,
            supported_workflow_types=list(DEFINITIONS),
            supported_activity_types=["roundtrip.greet"],
        )
        handle = client.start_workflow(
            workflow_type="roundtrip.parent", task_queue=QUEUE, workflow_id="rt-1", input=["Ada"]
        )
        driver = Driver(client, framing)
        driver.drain()
        server.clock.advance(6)
        driver.drain()
        accepted = client.update_workflow("rt-1", "set_note", args=["fragile"], wait_for="accepted")
        driver.drain()
        assert accepted
        rejected = client.update_workflow("rt-1", "set_note", args=[""], wait_for="accepted")
        driver.drain()
        assert rejected
        client.signal_workflow("rt-1", "approve", args=["Grace"])
        driver.drain()
        assert handle.result(timeout=10) == {
            "version": 2,
            "token": "token-1",
            "text": "hello Ada",
            "approved": True,
            "by": "Grace",
            "child": "HELLO ADA",
            "note": "fragile",
        }
        run_id = handle.describe().run_id or ""
        history = client.get_history("rt-1", run_id)
        kinds = [event["event_type"] for event in history["events"]]
        completed = [
            event["payload"]
            for event in history["events"]
            if event["event_type"] == "UpdateCompleted"
        ]
        assert [bool(p.get("result")) for p in completed] == [True, False]
        assert completed[1]["exception_type"] == "ValueError"
        assert kinds.index("SignalReceived") < kinds.index("ChildWorkflowScheduled")
        replayed = replay(Parent, history, arguments=["Ada"])
        assert replayed.finished
        assert replayed.commands[0]["type"] == "complete_workflow"
