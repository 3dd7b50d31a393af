"""On the wall clock, timers and retry back-offs wake waiting polls when they become due."""

from __future__ import annotations

import time

from durable_workflow.devserver.clock import SystemClock
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server
from tests.devserver.conftest import Api


def test_timer_and_retry_fire_on_the_wall_clock() -> None:
    with run_dev_server(ServerConfig(poll_timeout=5.0), clock=SystemClock()) as dev:
        api = Api(dev)
        api.register()
        api.start("wall-1")
        task = api.poll_wf()
        assert task is not None
        api.complete_wf(task, [{"type": "start_timer", "delay_seconds": 1}])
        t0 = time.monotonic()
        fired = api.poll_wf()
        elapsed = time.monotonic() - t0
        assert fired is not None and fired["history_events"][-1]["event_type"] == "TimerFired"
        assert 0.5 < elapsed < 2.5, elapsed
        api.complete_wf(
            fired,
            [
                {
                    "type": "schedule_activity",
                    "activity_type": "a",
                    "retry_policy": {"max_attempts": 2, "backoff_seconds": [1]},
                }
            ],
        )
        act = api.poll_act()
        assert act is not None
        api.fail_act(act, {"message": "again"})
        t0 = time.monotonic()
        retry = api.poll_act()
        elapsed = time.monotonic() - t0
        assert retry is not None and retry["attempt_number"] == 2
        assert 0.5 < elapsed < 2.5, elapsed
        api.close()
