"""The pytest plugin: declared as a ``pytest11`` entry point, fixtures usable by a test file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_plugin_is_a_pytest11_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    plugins = project["project"]["entry-points"]["pytest11"]
    assert plugins == {"durable_workflow": "durable_workflow.testing.pytest_plugin"}


def test_a_test_file_gets_workflow_env_and_client(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            from datetime import timedelta
            from durable_workflow import activity, workflow

            @activity.defn(name="add")
            async def add(a: int, b: int) -> int:
                return a + b

            @workflow.defn(name="adder")
            class Adder:
                @workflow.run
                async def run(self, a: int, b: int) -> int:
                    await workflow.sleep(timedelta(minutes=5))
                    return await workflow.execute_activity(add, a, b, start_to_close_timeout=10)

            async def test_adder(workflow_env, client):
                assert client is workflow_env.client
                async with workflow_env.worker(task_queue="t", workflows=[Adder], activities=[add]):
                    handle = await client.start_workflow(
                        workflow_type="adder", task_queue="t", workflow_id="a", input=[2, 3])
                    assert await handle.result(poll_interval=0.05, timeout=30) == 5
            """
        )
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    # An installed project loads the plugin through its entry point, as users get it; naming it
    # with -p as well would register it twice.
    installed = any(
        point.value == "durable_workflow.testing.pytest_plugin"
        for point in entry_points(group="pytest11")
    )
    load = [] if installed else ["-p", "durable_workflow.testing.pytest_plugin"]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            *load,
            "-p",
            "no:cacheprovider",
            "-o",
            "asyncio_mode=auto",
            str(tmp_path / "test_user.py"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
