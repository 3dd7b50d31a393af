"""The worker-facing contract on a small workflow: activity, timer, signal, completion."""

from __future__ import annotations

from datetime import timedelta

from durable_workflow import activity, workflow
from durable_workflow.codec import decode_payload

from .helpers import Run


@activity.defn(name="greet")
async def greet(name: str) -> str:
    return f"hello {name}"


@workflow.defn(name="greeting")
class Greeting:
    def __init__(self) -> None:
        self.approved_by: str | None = None

    @workflow.run
    async def run(self, name: str) -> str:
        text = await workflow.execute_activity(
            greet, name, start_to_close_timeout=timedelta(seconds=30)
        )
        await workflow.sleep(timedelta(minutes=1))
        await workflow.wait_condition(lambda: self.approved_by is not None)
        return f"{text}, approved by {self.approved_by}"

    @workflow.signal
    def approve(self, by: str) -> None:
        self.approved_by = by

    @workflow.query
    def status(self) -> str:
        return "approved" if self.approved_by else "waiting"


def test_task_by_task() -> None:
    run = Run(Greeting, "Ada")
    first = run.task()
    assert first.commands == [
        {
            "type": "schedule_activity",
            "activity_type": "greet",
            "arguments": first.commands[0]["arguments"],
            "start_to_close_timeout": 30,
        }
    ]
    assert decode_payload(first.commands[0]["arguments"]) == ["Ada"]
    (activity_step,) = run.apply(first)
    run.complete_activity(activity_step, "hello Ada")
    second = run.task()
    assert second.commands == [{"type": "start_timer", "delay_seconds": 60}]
    (timer_step,) = run.apply(second)
    run.fire_timer(timer_step)
    third = run.task()
    assert third.commands == [{"type": "open_condition_wait"}]
    run.apply(third)
    assert run.instance.query("status", []) == "waiting"
    run.signal("approve", "Grace")
    fourth = run.task()
    assert fourth.failure is None
    assert fourth.finished
    assert fourth.commands[0]["type"] == "complete_workflow"
    assert decode_payload(fourth.commands[0]["result"]) == "hello Ada, approved by Grace"
    assert run.instance.query("status", []) == "approved"
    assert run.instance.last_sequence == len(run.history)
    run.apply(fourth)
    replayed = run.replay()
    assert replayed.failure is None
    assert replayed.finished
