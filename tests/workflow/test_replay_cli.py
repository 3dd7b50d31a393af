"""``replay()`` input shapes and ``python -m durable_workflow.replay``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from durable_workflow.codec import decode_payload, encode_payload
from durable_workflow.errors import ConfigurationError
from durable_workflow.replay import main
from durable_workflow.testing import Replayer, replay

from .fixture_workflows import ParallelResultBinding, SingleActivity

ROOT = Path(__file__).resolve().parents[2]


def _events() -> list[dict[str, Any]]:
    return [
        {
            "sequence": 1,
            "type": "WorkflowStarted",
            "payload": {"workflow_type": "golden.single-activity"},
        },
        {
            "sequence": 2,
            "type": "ActivityScheduled",
            "payload": {"sequence": 1, "activity_type": "golden.greet"},
        },
        {
            "sequence": 3,
            "type": "ActivityCompleted",
            "payload": {"sequence": 1, "result": encode_payload("hello Ada")["blob"]},
        },
    ]


def test_export_bundle_with_start_input() -> None:
    bundle = {
        "schema": "durable-workflow.v2.history-export",
        "workflow": {
            "instance_id": "wf-9",
            "run_id": "run-9",
            "workflow_type": "golden.single-activity",
        },
        "payloads": {
            "codec": "avro",
            "arguments": {"available": True, "data": encode_payload(["Ada"])},
        },
        "history_events": _events(),
    }
    result = replay(SingleActivity, bundle)
    assert result.finished
    assert decode_payload(result.commands[0]["result"]) == "hello Ada"


def test_get_history_result_and_explicit_arguments() -> None:
    result = replay(
        SingleActivity, {"events": _events(), "next_page_token": None}, arguments=["Ada"]
    )
    assert result.events == 3
    assert result.commands[0]["type"] == "complete_workflow"


def test_replayer_refuses_an_unknown_type() -> None:
    replayer = Replayer([ParallelResultBinding])
    with pytest.raises(ConfigurationError, match="no workflow registered"):
        replayer.replay(_events(), arguments=["Ada"])
    with pytest.raises(ConfigurationError):
        Replayer([])


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"events": _events()}))
    target = "tests.workflow.fixture_workflows:SingleActivity"
    assert main([str(good), target, "--input", '["Ada"]']) == 0
    assert "replayed 3 events of golden.single-activity (finished)" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    events = _events()
    events[1]["payload"]["activity_type"] = "golden.other"
    bad.write_text(json.dumps(events))
    assert main([str(bad), target, "--input", '["Ada"]']) == 1
    assert "NondeterminismError" in capsys.readouterr().err


def test_cli_as_a_module(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"events": _events()}))
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}"}
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "durable_workflow.replay",
            str(good),
            "tests.workflow.fixture_workflows:SingleActivity",
            "--input",
            '["Ada"]',
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "finished" in completed.stdout


def test_replay_all() -> None:
    replayer = Replayer([SingleActivity, ParallelResultBinding])
    bundle = {
        "workflow": {"run_id": "run-1", "workflow_type": "golden.single-activity"},
        "payloads": {
            "codec": "avro",
            "arguments": {"available": True, "data": encode_payload(["Ada"])},
        },
        "history_events": _events(),
    }
    results = replayer.replay_all([bundle, bundle])
    assert [r.workflow_type for r in results] == ["golden.single-activity"] * 2
    assert all(r.finished and r.commands[0]["type"] == "complete_workflow" for r in results)
