"""Every reference golden history and replay regression, replayed with our workflows.

The 0.3.1 golden set and the non-``-avro`` regressions hold JSON-text blobs from the pre-Avro
protocol; they are transcoded to Avro Value payloads first (the values are unchanged), then
replayed like the others.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from durable_workflow.codec import decode_payload, encode_payload
from durable_workflow.errors import UnsupportedPayloadCodec
from durable_workflow.testing import Replayer
from durable_workflow.workflow import (
    Activation,
    WorkflowInfo,
    WorkflowInstance,
    get_definition,
)
from tests.conftest import shared_fixtures

from .fixture_workflows import FIXTURE_WORKFLOWS

_PAYLOAD_KEYS = ("result", "arguments", "value", "output")
_COMMAND_TYPES = {
    "CompleteWorkflow": "complete_workflow",
    "ScheduleActivity": "schedule_activity",
}


def _json_blob(text: str) -> str:
    return str(encode_payload(json.loads(text))["blob"])


def _transcode(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    events = []
    for event in history:
        payload = dict(event.get("payload") or {})
        for key in _PAYLOAD_KEYS:
            value = payload.get(key)
            if isinstance(value, str) and not value.startswith("wwHioz3/VYAiN"):
                payload[key] = _json_blob(value)
        events.append({**event, "payload": payload})
    return events


def _cases() -> list[Any]:
    cases = []
    for path in sorted(shared_fixtures("golden_history").glob("*.json")):
        for case in json.loads(path.read_text())["cases"]:
            cases.append(
                pytest.param(
                    case["workflow_type"],
                    case["history"],
                    case.get("start_input", []),
                    case["expected"],
                    id=f"{path.stem}:{case['name']}",
                )
            )
    for path in sorted(shared_fixtures("replay_regressions").glob("*.json")):
        document = json.loads(path.read_text())
        workflow = document["workflow"]
        cases.append(
            pytest.param(
                workflow["type"],
                document["history"],
                workflow.get("input", []),
                document["expected"],
                id=f"regression:{path.stem}",
            )
        )
    return cases


CASES = _cases()
REPLAYABLE = [case for case in CASES if "error" not in case.values[3]]
DEFINITIONS = {get_definition(cls).name: get_definition(cls) for cls in FIXTURE_WORKFLOWS}


def _run(workflow_type: str, history: list[dict[str, Any]], start_input: list[Any]) -> Any:
    definition = DEFINITIONS[workflow_type]
    instance = WorkflowInstance(
        definition, WorkflowInfo("fixture", "fixture-run", workflow_type, "fixtures")
    )
    return instance.activate(
        Activation(
            history=_transcode(history),
            arguments=encode_payload(start_input),
            payload_codec="avro",
        )
    )


def _check(command: dict[str, Any], expected: dict[str, Any]) -> None:
    kind = expected.get("type") or _COMMAND_TYPES[expected["command_type"]]
    assert command["type"] == kind
    if kind == "complete_workflow":
        assert decode_payload(command["result"]) == expected["result"]
    if kind == "schedule_activity" and "activity_type" in expected:
        assert command["activity_type"] == expected["activity_type"]
        assert decode_payload(command["arguments"]) == expected["arguments"]
    for key, value in expected.items():
        if key.startswith("parallel_group_"):
            assert command[key] == value


def test_every_fixture_is_collected() -> None:
    # none skipped: 5 golden cases in the 0.3.1 set, 5 in the Avro files, 7 regressions
    assert len(CASES) == 5 + 5 + 7
    assert {p.values[0] for p in CASES} <= set(DEFINITIONS)


@pytest.mark.parametrize(("workflow_type", "history", "start_input", "expected"), CASES)
def test_fixture_replays(
    workflow_type: str, history: list[dict[str, Any]], start_input: list[Any], expected: Any
) -> None:
    result = _run(workflow_type, history, start_input)
    if "error" in expected:
        assert result.failure is not None
        assert result.failure.type == "UnsupportedPayloadCodec"
        assert expected["error"] in result.failure.message
        assert isinstance(result.failure.exception, UnsupportedPayloadCodec)
        return
    assert result.failure is None, result.failure
    if "command_sequence" in expected:
        assert len(result.commands) == len(expected["command_sequence"])
        for command, wanted in zip(result.commands, expected["command_sequence"], strict=True):
            _check(command, wanted)
        return
    _check(result.commands[0], expected)


@pytest.mark.parametrize(("workflow_type", "history", "start_input", "expected"), REPLAYABLE)
def test_cached_instance_matches_replay(
    workflow_type: str, history: list[dict[str, Any]], start_input: list[Any], expected: Any
) -> None:
    """Feeding the history one event per task to one cached instance gives the same commands
    as a from-scratch replay of the whole history."""
    whole = _run(workflow_type, history, start_input)
    definition = DEFINITIONS[workflow_type]
    instance = WorkflowInstance(
        definition, WorkflowInfo("fixture", "fixture-run", workflow_type, "q")
    )
    events = [{**event, "sequence": index + 1} for index, event in enumerate(_transcode(history))]
    last = None
    for index in range(len(events) + 1):
        last = instance.activate(
            Activation(
                history=events[:index], arguments=encode_payload(start_input), payload_codec="avro"
            )
        )
        assert last.failure is None or last.failure.type == "WorkflowTaskWaitingForHistory"
    assert last is not None
    assert last.commands == whole.commands
    assert last.finished == whole.finished


def test_replayer_picks_the_class_by_type(tmp_path: Path) -> None:
    replayer = Replayer(FIXTURE_WORKFLOWS)
    document = json.loads(
        shared_fixtures(
            "replay_regressions", "server-2.0.0-rc.39-parallel-completion-order.json"
        ).read_text()
    )
    file = tmp_path / "history.json"
    file.write_text(json.dumps({"events": document["history"]}))
    result = replayer.replay(file)
    assert result.workflow_type == "tests.replay.parallel-result-binding"
    assert result.finished
    assert decode_payload(result.commands[0]["result"]) == document["expected"]["result"]
