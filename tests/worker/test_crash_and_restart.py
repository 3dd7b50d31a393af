"""Durability: a worker killed with SIGKILL mid-workflow, a server restarted under a running
worker, and clients of both kinds on one worker."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from durable_workflow.testing import WorkflowEnvironment

from . import _workflows as w
from .conftest import BOTH_GENERATIONS

ROOT = Path(__file__).resolve().parents[2]
QUEUE = "durable"


def _python_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    env.update(extra)
    return env


async def _until(predicate, seconds: float = 20.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not reached in time")


def _events(env: WorkflowEnvironment, workflow_id: str) -> list[str]:
    rows = env.server.db.query(
        "SELECT h.event_type FROM history_events h JOIN workflow_runs r ON r.run_id = h.run_id"
        " WHERE r.workflow_id = ? ORDER BY h.sequence",
        (workflow_id,),
    )
    return [row["event_type"] for row in rows]


async def _crash_and_recover(tmp_path: Path, rounds: int) -> None:
    async with WorkflowEnvironment.start_local() as env:
        for index in range(rounds):
            workflow_id = f"crashy-{index}"
            marker = tmp_path / f"attempt-{index}"
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.worker._worker_process", env.base_url, QUEUE],
                cwd=ROOT,
                env=_python_env(DW_CRASH_MARKER=str(marker)),
            )
            try:
                handle = await env.client.start_workflow(
                    workflow_type="crashy", task_queue=QUEUE, workflow_id=workflow_id, input=[21]
                )
                await _until(marker.exists)
                await _until(lambda wid=workflow_id: "TimerScheduled" in _events(env, wid))
            finally:
                process.send_signal(signal.SIGKILL)
                process.wait(10)
            assert process.returncode == -signal.SIGKILL
            # Long polls the dead worker had open end within the server's poll window; a task
            # they claim before that is leased to a dead worker until its lease runs out.
            await asyncio.sleep(1.0)
            events = _events(env, workflow_id)
            assert "ActivityStarted" in events and "TimerScheduled" in events
            assert "WorkflowCompleted" not in events
            async with env.worker(
                task_queue=QUEUE, workflows=[w.CrashyWorkflow], activities=[w.crash_step]
            ):
                # The dead worker's activity lease runs out; the timer is due by then too.
                await env.skip(timedelta(minutes=6))
                assert await handle.result(poll_interval=0.05, timeout=30) == "21->42"


async def test_a_killed_worker_is_replaced_and_the_workflow_completes(tmp_path: Path):
    await _crash_and_recover(tmp_path, rounds=1)


@pytest.mark.soak
async def test_many_crashes_in_a_row(tmp_path: Path):
    await _crash_and_recover(tmp_path, rounds=10)


async def test_the_server_restarts_under_a_running_worker():
    async with (
        WorkflowEnvironment.start_local(persistent=True) as env,
        env.worker(
            task_queue=QUEUE, workflows=[w.SleeperWorkflow, w.TypedWorkflow], activities=[w.reserve]
        ) as worker,
    ):
        with env.time_skipping_paused():
            handle = await env.client.start_workflow(
                workflow_type="sleeper", task_queue=QUEUE, workflow_id="through-restart", input=[3]
            )
            await _until(lambda: "TimerScheduled" in _events(env, "through-restart"))
            await env.restart_server(down_for=1.5)
        assert await handle.result(poll_interval=0.05, timeout=30) == 180
        after = await env.client.start_workflow(
            workflow_type="typed",
            task_queue=QUEUE,
            workflow_id="after-restart",
            input=[w.Order(5, ["q"])],
        )
        assert await after.result(poll_interval=0.05, timeout=30) == {"order": 5, "reserved": ["q"]}
        assert worker.is_running


@BOTH_GENERATIONS
async def test_sync_script_and_asyncio_service_share_one_worker(workflow_env: WorkflowEnvironment):
    script = textwrap.dedent(
        f"""
        from durable_workflow import SyncClient
        from tests.worker._workflows import Order

        with SyncClient({workflow_env.base_url!r}) as client:
            handle = client.start_workflow(
                workflow_type="typed", task_queue={QUEUE!r}, workflow_id="from-script",
                input=[Order(1, ["s"])],
            )
            print(handle.result(poll_interval=0.05, timeout=30))
        """
    )
    async with workflow_env.worker(
        task_queue=QUEUE, workflows=[w.TypedWorkflow], activities=[w.reserve]
    ):
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            script,
            cwd=ROOT,
            env=_python_env(),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        handle = await workflow_env.client.start_workflow(
            workflow_type="typed",
            task_queue=QUEUE,
            workflow_id="from-asyncio",
            input=[w.Order(2, ["a"])],
        )
        from_asyncio = await handle.result(poll_interval=0.05, timeout=30)
        out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    assert out.decode().strip() == "{'order': 1, 'reserved': ['s']}"
    assert from_asyncio == {"order": 2, "reserved": ["a"]}
