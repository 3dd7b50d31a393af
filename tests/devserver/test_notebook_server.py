"""The notebook start of the embedded server: alive until stop(), on the wall clock."""

from __future__ import annotations

import gc
import time

import httpx
import pytest

pytest.importorskip("uvicorn")

from durable_workflow import errors
from durable_workflow.devserver.clock import SystemClock
from durable_workflow.devserver.notebook import start_dev_server


def test_the_server_lives_until_stop_even_without_a_reference() -> None:
    dev = start_dev_server()
    base_url = dev.base_url
    assert isinstance(dev._running.clock, SystemClock)
    del dev
    gc.collect()
    time.sleep(0.1)
    assert httpx.get(f"{base_url}/api/health", timeout=5).status_code == 200
    from durable_workflow.devserver.notebook import _RUNNING

    (handle,) = [h for h in _RUNNING if h.base_url == base_url]
    handle.stop()
    handle.stop()  # idempotent
    assert not handle.running
    assert "stopped" in repr(handle) and "stopped" in handle._repr_html_()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/api/health", timeout=2)


def test_a_client_from_the_handle_runs_a_workflow_wait() -> None:
    with start_dev_server(poll_timeout=1.0) as dev, dev.client() as client:
        handle = client.start_workflow(
            workflow_type="nb.flow", task_queue="nb", workflow_id="nb-1", input=("a", 1)
        )
        with pytest.raises(errors.WorkflowWaitTimeout, match=r"'nb-1'.*no worker polls"):
            handle.result(timeout=0.3)
    assert not dev.running
