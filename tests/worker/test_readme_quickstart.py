"""The README's quickstart (workflow, worker and client in one file) runs as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from durable_workflow.devserver.clock import SystemClock
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server

ROOT = Path(__file__).resolve().parents[2]


def quickstart_source() -> str:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Quickstart", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "the quickstart has a python block"
    return match.group(1)


def test_the_quickstart_file_runs_against_a_server(tmp_path: Path) -> None:
    source = quickstart_source()
    assert "Worker(" in source and "@workflow.defn" in source and "start_workflow(" in source
    script = tmp_path / "quickstart.py"
    script.write_text(source)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    with run_dev_server(ServerConfig(poll_timeout=1.0), clock=SystemClock()) as server:
        env["DURABLE_WORKFLOW_SERVER_URL"] = server.base_url
        done = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Hello, World!"
