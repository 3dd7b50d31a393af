"""The README's quickstart runs as written, twice in a row (a fresh process each time)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

pytest.importorskip("uvicorn")


def quickstart() -> str:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the Quickstart section has a python block"
    return match.group(1)


def test_the_quickstart_runs_twice() -> None:
    code = quickstart()
    assert "Worker(" in code and "@workflow.defn" in code and "start_dev_server()" in code
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "Hello, World!"


def test_the_clients_example_runs_twice() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Clients", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the Clients section has a python block"
    code = match.group(1)
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[0] == "pending"
        assert lines[1] == "{'shipped': True}"
        assert "WorkflowCompleted" in lines[2]
