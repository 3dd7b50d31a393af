"""WorkflowInstance as the worker uses it: caching, stale state, task failures."""

from __future__ import annotations

import asyncio

import pytest

from durable_workflow import workflow
from durable_workflow.codec import encode_arguments
from durable_workflow.workflow import (
    Activation,
    UnknownHandlerError,
    WorkflowInfo,
    WorkflowInstance,
    WorkflowRuntimeError,
)

from .helpers import Run


@workflow.defn(name="two-steps")
class TwoSteps:
    def __init__(self) -> None:
        self.seen: list[str] = []

    @workflow.run
    async def run(self, name: str) -> str:
        first = await workflow.execute_activity("first", name)
        second = await workflow.execute_activity("second", first)
        return f"{second}:{','.join(self.seen)}"

    @workflow.signal
    def note(self, text: str) -> None:
        self.seen.append(text)

    @workflow.query
    def notes(self) -> list[str]:
        return self.seen


def _instance() -> WorkflowInstance:
    return WorkflowInstance(
        workflow.get_definition(TwoSteps), WorkflowInfo("w", "r", "two-steps", "q")
    )


def test_a_cached_instance_rebuilds_itself_when_its_commands_were_not_applied() -> None:
    run = Run(TwoSteps, "x")
    first = run.task()
    assert first.commands[0]["activity_type"] == "first"
    # The completion was lost: the next task's history has a signal but not our command.
    run.signal("note", "hello")
    again = run.task()
    assert again.failure is None
    assert [c["activity_type"] for c in again.commands] == ["first"]
    run.apply(again)
    run.complete_activity(1, "one")
    assert run.task().commands[0]["activity_type"] == "second"


def test_stale_instance_without_the_whole_history_fails_the_task() -> None:
    run = Run(TwoSteps, "x")
    run.task()
    run.signal("note", "hello")
    result = run.instance.activate(Activation(history=run.history[1:], arguments=run.arguments))
    assert result.failure is not None
    assert result.failure.type == "WorkflowRuntimeError"


def test_signal_query_and_unknown_names() -> None:
    run = Run(TwoSteps, "x")
    run.apply(run.task())
    run.signal("note", "a")
    run.signal("nobody-listens", "b")
    waiting = run.task()
    assert waiting.failure is not None
    assert waiting.failure.type == "WorkflowTaskWaitingForHistory"
    assert run.instance.query("notes") == ["a"]
    with pytest.raises(UnknownHandlerError):
        run.instance.query("missing")
    with pytest.raises(UnknownHandlerError):
        run.instance.validate_update("missing")
    run.complete_activity(1, "one")
    run.apply(run.task())
    run.complete_activity(2, "two")
    final = run.task()
    assert final.finished
    assert run.instance.last_sequence == len(run.history)


def test_query_before_the_first_task() -> None:
    with pytest.raises(WorkflowRuntimeError):
        _instance().query("notes")


@pytest.mark.parametrize(
    ("activation", "failure_type"),
    [
        (
            Activation(arguments=encode_arguments(["x"]), payload_codec="json"),
            "UnsupportedPayloadCodec",
        ),
        (
            Activation(arguments=encode_arguments(["x"]), payload_codec=None),
            "UnsupportedPayloadCodec",
        ),
        (
            Activation(arguments=encode_arguments(["x", "y"]), payload_codec="avro"),
            "WorkflowEntryArgumentsMismatchError",
        ),
        (
            Activation(arguments={"codec": "avro", "blob": "not-avro"}, payload_codec="avro"),
            "WorkflowPayloadDecodeError",
        ),
    ],
)
def test_bad_activations_fail_the_task(activation: Activation, failure_type: str) -> None:
    result = _instance().activate(activation)
    assert result.commands == []
    assert result.failure is not None
    assert result.failure.type == failure_type
    assert result.failure.to_wire()["type"] == failure_type


def test_from_task() -> None:
    task = {
        "task_id": "t-1",
        "workflow_id": "w",
        "run_id": "r",
        "payload_codec": "avro",
        "arguments": encode_arguments(["x"]),
        "workflow_update_id": "",
        "history_events": [{"sequence": 1, "event_type": "WorkflowStarted", "payload": {}}],
    }
    activation = Activation.from_task(task)
    assert activation.workflow_update_id is None
    assert len(activation.history) == 1
    assert activation.resume["task_id"] == "t-1"
    result = _instance().activate(activation)
    assert result.commands[0]["activity_type"] == "first"
    query_task = {
        "query_task_id": "q-1",
        "payload_codec": "avro",
        "workflow_arguments": encode_arguments(["y"]),
        "query_arguments": {"codec": "avro", "blob": None},
        "history_events": task["history_events"],
    }
    instance = _instance()
    assert (
        instance.activate(Activation.from_task(query_task)).commands[0]["activity_type"] == "first"
    )
    assert instance.query("notes", query_task["query_arguments"]) == []


def test_asyncio_timers_are_refused_in_workflow_code() -> None:
    @workflow.defn
    class Clocky:
        @workflow.run
        async def run(self) -> None:
            await asyncio.sleep(0)  # a plain yield is fine
            await asyncio.sleep(1)

    result = Run(Clocky).task()
    assert result.commands[0]["type"] == "fail_workflow"
    assert result.commands[0]["exception_type"] == "WorkflowUsageError"
    assert "workflow.sleep" in result.commands[0]["message"]


def test_definitions_are_checked() -> None:
    from durable_workflow.workflow import WorkflowDefinitionError

    with pytest.raises(WorkflowDefinitionError):
        workflow.get_definition(int)

    with pytest.raises(WorkflowDefinitionError):

        @workflow.defn
        class NoRun:
            pass

    with pytest.raises(WorkflowDefinitionError):

        class SyncRun:
            @workflow.run
            def run(self) -> None:
                pass


def test_whole_history_with_gaps_in_the_numbers_is_read_from_the_first_new_event() -> None:
    instance = _instance()
    args = encode_arguments(["x"])
    history = [
        {"sequence": 3, "event_type": "WorkflowStarted", "payload": {}},
        {"sequence": 7, "event_type": "ActivityScheduled", "payload": {"sequence": 1}},
    ]
    first = instance.activate(Activation(history=history, arguments=args))
    assert first.failure is not None  # the activity is pending: nothing new to say
    assert instance.last_sequence == 7
    history.append(
        {
            "sequence": 9,
            "event_type": "SignalReceived",
            "payload": {"signal_name": "note", "arguments": encode_arguments(["a"])},
        }
    )
    history.append(
        {
            "sequence": 12,
            "event_type": "SignalReceived",
            "payload": {"signal_name": "note", "arguments": encode_arguments(["b"])},
        }
    )
    instance.activate(Activation(history=history, arguments=args))
    assert instance.query("notes") == ["a", "b"]
    instance.activate(Activation(history=history, arguments=args))  # nothing new: no repeat
    assert instance.query("notes") == ["a", "b"]
    assert instance.last_sequence == 12


def test_the_runtime_imports_no_clock_randomness_threads_or_network() -> None:
    import ast
    from pathlib import Path

    import durable_workflow.workflow as package

    forbidden = {"time", "random", "threading", "httpx", "socket", "concurrent", "secrets"}
    for path in Path(package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in forbidden, f"{path.name} imports {name}"


def test_a_signal_without_arguments_fails_the_task_when_its_handler_needs_some() -> None:
    # The 2026-04 release's SignalReceived events carry no arguments.
    @workflow.defn(name="pinged")
    class Pinged:
        def __init__(self) -> None:
            self.seen: list[str] = []

        @workflow.run
        async def run(self) -> list[str]:
            await workflow.wait_condition(lambda: len(self.seen) == 2)
            return self.seen

        @workflow.signal
        def ping(self, note: str = "bare") -> None:
            self.seen.append(note)

        @workflow.signal
        def named(self, note: str) -> None:
            self.seen.append(note)

    run = Run(Pinged)
    run.apply(run.task())
    run.add("SignalReceived", {"signal_name": "ping"})
    waiting = run.task()  # the defaulted parameter took the place of the missing argument
    assert waiting.commands == [{"type": "open_condition_wait"}]  # one of two: wait again
    run.apply(waiting)
    run.add("SignalReceived", {"signal_name": "named"})
    failed = run.task()
    assert failed.failure is not None
    assert failed.failure.type == "WorkflowRuntimeError"
    assert "'named' arrived without arguments" in failed.failure.message
    assert "needs 1" in failed.failure.message
