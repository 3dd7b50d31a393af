"""``python -m durable_workflow.devserver``: binds, prints its base URL, serves, keeps its file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import REPO_ROOT


def _run(db: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "durable_workflow.devserver",
            "--port",
            "0",
            "--db",
            str(db),
            "--poll-timeout",
            "1",
        ],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    return proc, url


def test_module_entry_point_serves_and_persists(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    proc, url = _run(db)
    try:
        assert url.startswith("http://127.0.0.1:")
        assert not url.endswith(":0")
        r = httpx.get(url + "/api/health", timeout=10)
        assert r.status_code == 200
        r = httpx.post(
            url + "/api/workflows",
            json={"workflow_id": "cli-1", "workflow_type": "g"},
            headers={"X-Durable-Workflow-Control-Plane-Version": "2"},
            timeout=10,
        )
        assert r.status_code == 201, r.text
    finally:
        proc.terminate()
        proc.wait(10)
    proc, url = _run(db)
    try:
        r = httpx.get(
            url + "/api/workflows/cli-1",
            headers={"X-Durable-Workflow-Control-Plane-Version": "2"},
            timeout=10,
        )
        assert r.status_code == 200 and r.json()["status"] == "pending"
    finally:
        proc.terminate()
        proc.wait(10)
