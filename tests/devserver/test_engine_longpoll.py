"""Long polls return as soon as work arrives, and empty at the poll timeout."""

from __future__ import annotations

import threading
import time

from tests.devserver.conftest import Api


def _poll_in_thread(
    api: Api, path: str, body: dict[str, object]
) -> tuple[threading.Thread, dict[str, object]]:
    out: dict[str, object] = {}

    def run() -> None:
        t0 = time.monotonic()
        r = api.wp(path, body)
        out["elapsed"] = time.monotonic() - t0
        out["done_at"] = time.monotonic()
        out["body"] = r.json()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def test_workflow_poll_wakes_when_work_arrives(api: Api) -> None:
    api.dev.server.config.poll_timeout = 5.0
    api.register("w1")
    thread, out = _poll_in_thread(
        api, "/api/worker/workflow-tasks/poll", {"worker_id": "w1", "task_queue": "q"}
    )
    time.sleep(0.3)
    t_start = time.monotonic()
    api.start("lp-1")
    thread.join(10)
    latency = float(out["done_at"]) - t_start  # type: ignore[arg-type]
    assert out["body"]["task"]["workflow_id"] == "lp-1"  # type: ignore[index]
    assert latency < 0.5, latency  # well under the 5 s poll window
    assert float(out["elapsed"]) < 2.0  # type: ignore[arg-type]


def test_activity_poll_wakes_when_activity_scheduled(api: Api) -> None:
    api.dev.server.config.poll_timeout = 5.0
    api.start("lp-2")
    api.register("w1")
    task = api.poll_wf("w1")
    assert task is not None
    thread, out = _poll_in_thread(
        api, "/api/worker/activity-tasks/poll", {"worker_id": "w1", "task_queue": "q"}
    )
    time.sleep(0.3)
    t_start = time.monotonic()
    api.complete_wf(task, [{"type": "schedule_activity", "activity_type": "a"}])
    thread.join(10)
    assert out["body"]["task"]["activity_type"] == "a"  # type: ignore[index]
    assert float(out["done_at"]) - t_start < 0.5  # type: ignore[arg-type]


def test_empty_poll_returns_at_timeout(api: Api) -> None:
    api.register("w1")
    t0 = time.monotonic()
    assert api.poll_wf("w1") is None
    elapsed = time.monotonic() - t0
    assert 0.9 <= elapsed < 2.0, elapsed  # poll_timeout is 1 s in tests


def test_poll_wakes_on_retry_becoming_due_after_clock_advance(api: Api) -> None:
    api.dev.server.config.poll_timeout = 5.0
    api.start("lp-3")
    api.register("w1")
    task = api.poll_wf("w1")
    assert task is not None
    api.complete_wf(
        task,
        [
            {
                "type": "schedule_activity",
                "activity_type": "a",
                "retry_policy": {"max_attempts": 2, "backoff_seconds": [30]},
            }
        ],
    )
    act = api.poll_act("w1")
    assert act is not None
    api.fail_act(act, {"message": "transient"})
    thread, out = _poll_in_thread(
        api, "/api/worker/activity-tasks/poll", {"worker_id": "w1", "task_queue": "q"}
    )
    time.sleep(0.3)
    t_start = time.monotonic()
    api.dev.clock.advance(30)  # type: ignore[attr-defined]
    thread.join(10)
    assert out["body"]["task"]["attempt_number"] == 2  # type: ignore[index]
    assert float(out["done_at"]) - t_start < 0.5  # type: ignore[arg-type]


def test_history_wait_new_event_long_poll(api: Api) -> None:
    api.dev.server.config.poll_timeout = 5.0
    started = api.start("lp-4")
    run_id = started["run_id"]
    path = f"/api/workflows/lp-4/runs/{run_id}/history"
    first = api.cp("GET", path).json()
    last_token = first["next_page_token"]
    assert last_token is None  # the whole history fits one page
    from durable_workflow.devserver.engine.history import encode_token

    after = encode_token(first["events"][-1]["sequence"])
    out: dict[str, object] = {}

    def wait() -> None:
        r = api.cp("GET", path, params={"wait_new_event": "1", "next_page_token": after})
        out["body"] = r.json()
        out["at"] = time.monotonic()

    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    api.cp("POST", "/api/workflows/lp-4/signal/s", {})
    waiter.join(10)
    body = out["body"]
    assert [e["event_type"] for e in body["events"]] == ["SignalReceived"]  # type: ignore[index]
    assert body["next_page_token"]  # type: ignore[index]
    assert float(out["at"]) - t0 < 0.5  # type: ignore[arg-type]
    r = api.cp("GET", path, params={"wait_new_event": "true"})
    assert r.status_code == 422
