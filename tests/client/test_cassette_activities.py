"""Standalone activities replayed from cassettes recorded against the dev server.

The activities finish because the test acts as their worker with plain ``httpx`` on the worker
plane (register, poll the activity task, complete it with an Avro envelope or fail it); those
requests are recorded in the cassette too, and the client calls are checked for their exact
requests and parsed results.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import StandaloneActivityHandle, SyncStandaloneActivityHandle
from durable_workflow.codec import decode_payload, encode_payload
from tests.cassette_support import Recording, recorded

from .conftest import call

pytest.importorskip("vcr")

WP = {"X-Durable-Workflow-Protocol-Version": "1.20", "Authorization": "Bearer cassette-token"}
WORKER = "cassette-activity-worker"
QUEUE = "billing"


class ActivityWorker:
    """The test's worker: raw worker-plane calls on the cassette's server."""

    def __init__(self, rec: Recording) -> None:
        self.http = httpx.Client(base_url=rec.base_url, headers=WP, timeout=30)
        r = self.http.post(
            "/api/worker/register",
            json={
                "worker_id": WORKER,
                "task_queue": QUEUE,
                "runtime": "python",
                "supported_activity_types": ["billing.charge"],
            },
        )
        assert r.status_code in (200, 201), r.text

    def close(self) -> None:
        self.http.close()

    def poll(self) -> dict[str, Any]:
        for _ in range(10):
            r = self.http.post(
                "/api/worker/activity-tasks/poll", json={"worker_id": WORKER, "task_queue": QUEUE}
            )
            assert r.status_code == 200, r.text
            task = r.json()["task"]
            if task is not None:
                return dict(task)
        raise AssertionError("no activity task")

    def complete(self, task: dict[str, Any], result: Any) -> None:
        r = self.http.post(
            f"/api/worker/activity-tasks/{task['task_id']}/complete",
            json={
                "activity_attempt_id": task["activity_attempt_id"],
                "lease_owner": task["lease_owner"],
                "result": encode_payload(result),
            },
        )
        assert r.status_code == 200, r.text

    def fail(self, task: dict[str, Any], message: str) -> None:
        r = self.http.post(
            f"/api/worker/activity-tasks/{task['task_id']}/fail",
            json={
                "activity_attempt_id": task["activity_attempt_id"],
                "lease_owner": task["lease_owner"],
                "failure": {"message": message, "type": "CardDeclined", "non_retryable": True},
            },
        )
        assert r.status_code == 200, r.text


def control(rec: Recording) -> list[tuple[str, str, dict[str, str], Any]]:
    """(method, path, query, JSON body) of the recorded requests outside the worker plane."""
    return [
        (r.method, r.path, dict(r.query), rec.json_body(i))
        for i, r in enumerate(rec.requests)
        if not r.path.startswith("/api/worker/")
    ]


async def test_activity_completes_with_a_result(kind: str) -> None:
    with recorded("activities/complete") as rec:
        worker = ActivityWorker(rec)
        try:
            client = rec.client(kind)
            handle = await call(
                client.start_activity(
                    activity_type="billing.charge",
                    task_queue=QUEUE,
                    activity_id="charge-1",
                    activity_class="Charge",
                    input=[{"amount_cents": 1299}, "EUR"],
                    business_key="order-1",
                    retry_policy={"max_attempts": 2, "backoff_seconds": 1},
                    start_to_close_timeout_seconds=30,
                    schedule_to_close_timeout_seconds=300,
                    heartbeat_timeout_seconds=10,
                )
            )
            running = await call(handle.describe())
            task = worker.poll()
            worker.complete(task, {"charged": True, "receipt": "r-1"})
            result = await call(handle.result(poll_interval=0))
            described = await call(client.describe_activity("charge-1"))
            with pytest.raises(errors.Conflict) as duplicate:
                await call(
                    client.start_activity(
                        activity_type="billing.charge", task_queue=QUEUE, activity_id="charge-1"
                    )
                )
            with pytest.raises(errors.WorkflowNotFound):
                await call(client.describe_activity("no-such-activity"))
        finally:
            worker.close()
        requests = control(rec)

    expected_cls = StandaloneActivityHandle if kind == "async" else SyncStandaloneActivityHandle
    assert isinstance(handle, expected_cls)
    assert handle.activity_id == "charge-1"
    assert handle.workflow_type == "dw.standalone_activity"
    assert handle.activity_type == "billing.charge"
    assert handle.workflow_run_id and handle.activity_execution_id

    assert [(m, p, q) for m, p, q, _ in requests] == [
        ("POST", "/api/activities", {}),
        ("GET", "/api/activities/charge-1", {}),
        ("GET", "/api/activities/charge-1", {}),
        ("GET", "/api/activities/charge-1", {}),
        ("POST", "/api/activities", {}),
        ("GET", "/api/activities/no-such-activity", {}),
    ]
    start_body = requests[0][3]
    assert decode_payload(start_body.pop("input")) == [{"amount_cents": 1299}, "EUR"]
    assert start_body == {
        "activity_type": "billing.charge",
        "task_queue": QUEUE,
        "activity_id": "charge-1",
        "activity_class": "Charge",
        "business_key": "order-1",
        "retry_policy": {"max_attempts": 2, "backoff_seconds": 1},
        "start_to_close_timeout_seconds": 30,
        "schedule_to_close_timeout_seconds": 300,
        "heartbeat_timeout_seconds": 10,
    }
    assert requests[4][3] == {
        "activity_type": "billing.charge",
        "task_queue": QUEUE,
        "activity_id": "charge-1",
    }
    # The worker saw the arguments the client encoded.
    assert decode_payload(task["arguments"]) == [{"amount_cents": 1299}, "EUR"]

    assert (running.activity_id, running.status, running.result) == ("charge-1", "running", None)
    assert (running.activity_type, running.activity_class, running.business_key) == (
        "billing.charge",
        "Charge",
        "order-1",
    )
    assert running.workflow_run_id == handle.workflow_run_id
    assert running.schedule_to_close_deadline_at is not None

    assert result == {"charged": True, "receipt": "r-1"}
    assert (described.status, described.result) == ("completed", result)
    assert described.closed_at is not None and described.attempt_count == 1
    assert duplicate.value.reason == "activity_already_started"


async def test_activity_failure_cancel_and_listing(kind: str) -> None:
    with recorded("activities/fail_cancel_list") as rec:
        worker = ActivityWorker(rec)
        try:
            client = rec.client(kind)
            failing = await call(
                client.start_activity(
                    activity_type="billing.charge",
                    task_queue=QUEUE,
                    activity_id="charge-fails",
                    input=[1],
                )
            )
            worker.fail(worker.poll(), "card declined")
            with pytest.raises(errors.WorkflowFailed) as failed:
                await call(failing.result(poll_interval=0))

            cancelled = await call(
                client.start_activity(
                    activity_type="billing.charge", task_queue=QUEUE, activity_id="charge-cancel"
                )
            )
            await call(cancelled.cancel(reason="customer asked"))
            with pytest.raises(errors.WorkflowCancelled) as was_cancelled:
                await call(client.get_activity_result(cancelled, poll_interval=0))

            generated = await call(
                client.start_activity(activity_type="billing.charge", task_queue=QUEUE)
            )
            worker.complete(worker.poll(), 42)
            assert await call(generated.result(poll_interval=0)) == 42

            everything = await call(client.list_activities())
            completed = await call(client.list_activities(status="completed"))
            first = await call(client.list_activities(page_size=2))
            second = await call(
                client.list_activities(page_size=2, next_page_token=first.next_page_token)
            )
            iterated = await call(_collect(client.iter_activities(status="failed", page_size=1)))
        finally:
            worker.close()
        requests = control(rec)

    token = first.next_page_token
    assert token
    tail = requests[-1][2].get("next_page_token")
    assert tail
    generated_path = f"/api/activities/{generated.activity_id}"
    assert [(m, p, q) for m, p, q, _ in requests] == [
        ("POST", "/api/activities", {}),
        ("GET", "/api/activities/charge-fails", {}),
        ("POST", "/api/activities", {}),
        ("POST", "/api/workflows/charge-cancel/cancel", {}),
        ("GET", "/api/activities/charge-cancel", {}),
        ("POST", "/api/activities", {}),
        ("GET", generated_path, {}),
        ("GET", "/api/activities", {}),
        ("GET", "/api/activities", {"status": "completed"}),
        ("GET", "/api/activities", {"page_size": "2"}),
        ("GET", "/api/activities", {"page_size": "2", "next_page_token": token}),
        ("GET", "/api/activities", {"status": "failed", "page_size": "1"}),
        ("GET", "/api/activities", {"status": "failed", "page_size": "1", "next_page_token": tail}),
    ]
    assert requests[3][3] == {"reason": "customer asked"}
    assert requests[5][3] == {"activity_type": "billing.charge", "task_queue": QUEUE}

    assert str(failed.value) == "card declined"
    assert failed.value.workflow_id == "charge-fails"
    assert failed.value.run_id == failing.workflow_run_id
    assert was_cancelled.value.workflow_id == "charge-cancel"

    assert generated.activity_id and generated.activity_id not in ("charge-fails", "charge-cancel")
    assert {a.activity_id for a in everything.activities} == {
        "charge-fails",
        "charge-cancel",
        generated.activity_id,
    }
    assert everything.activity_count == 3 and everything.next_page_token is None
    by_id = {a.activity_id: a for a in everything.activities}
    assert by_id["charge-fails"].status == "failed"
    assert by_id["charge-cancel"].status == "cancelled"
    assert by_id[generated.activity_id].result == 42
    assert [a.activity_id for a in completed.activities] == [generated.activity_id]
    assert completed.activities[0].result == 42
    assert len(first.activities) == 2 and len(second.activities) == 1
    assert second.next_page_token is None
    assert {a.activity_id for a in first.activities + second.activities} == set(by_id)
    # The host run's "failed" bucket holds the cancelled activity too.
    assert sorted(a.activity_id for a in iterated) == ["charge-cancel", "charge-fails"]


async def _collect(iterator: Any) -> list[Any]:
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)
