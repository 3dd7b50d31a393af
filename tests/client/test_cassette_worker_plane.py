"""Worker-plane methods replayed from cassettes recorded against the dev server.

Each test drives the protocol by hand with the client's own methods (a workflow started with the
client, then registered, polled, completed, failed, heartbeated as a worker would) and checks the
recorded requests and the parsed results. Both kinds of client replay the same cassette.
"""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from durable_workflow import errors as e
from durable_workflow.codec import decode_payload, encode_payload
from tests.cassette_support import Recording, recorded

from .conftest import call

WORKER = "wp-worker"
CP_HEADERS = {"X-Durable-Workflow-Control-Plane-Version": "2", "X-Namespace": "default"}


def sent(rec: Recording) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in rec.requests]


def body_of(rec: Recording, method: str, path: str, nth: int = 0) -> Any:
    """The JSON body of the ``nth`` recorded request to ``method path``."""
    matches = [i for i, r in enumerate(rec.requests) if (r.method, r.path) == (method, path)]
    return rec.json_body(matches[nth])


def event_types(events: list[dict[str, Any]]) -> list[str]:
    return [event["event_type"] for event in events]


async def register(client: Any, queue: str, **kwargs: Any) -> dict[str, Any]:
    result: dict[str, Any] = await call(
        client.register_worker(
            worker_id=WORKER, task_queue=queue, sdk_version="durable-workflow-python/test", **kwargs
        )
    )
    return result


async def test_workflow_and_activity_round_trip(kind: str) -> None:
    queue = "wp-orders"
    with recorded("worker_plane/round_trip") as rec:
        client = rec.client(kind)
        handle = await call(
            client.start_workflow(
                workflow_type="orders.fulfil",
                task_queue=queue,
                workflow_id="wp-order-1",
                input=["order-1", 3],
            )
        )
        registered = await register(
            client,
            queue,
            supported_workflow_types=["orders.fulfil"],
            supported_activity_types=["inventory.reserve"],
            max_concurrent_workflow_tasks=2,
            max_concurrent_activity_tasks=3,
        )
        beat = await call(
            client.heartbeat_worker(
                worker_id=WORKER,
                task_slots={"workflow_available": 2, "activity_available": 3},
                process_metrics={"process_id": 4242},
            )
        )
        task = await call(client.poll_workflow_task(worker_id=WORKER, task_queue=queue, timeout=5))
        scheduled = await call(
            client.complete_workflow_task(
                task_id=task["task_id"],
                lease_owner=task["lease_owner"],
                workflow_task_attempt=task["workflow_task_attempt"],
                commands=[
                    {
                        "type": "schedule_activity",
                        "activity_type": "inventory.reserve",
                        "arguments": encode_payload(["order-1", 3]),
                        "start_to_close_timeout": 60,
                    }
                ],
            )
        )
        activity = await call(
            client.poll_activity_task(worker_id=WORKER, task_queue=queue, timeout=5)
        )
        ids = {
            "task_id": activity["task_id"],
            "activity_attempt_id": activity["activity_attempt_id"],
            "lease_owner": WORKER,
        }
        ack = await call(client.heartbeat_activity_task(**ids, details={"reserved": 1}))
        completed = await call(
            client.complete_activity_task(
                **ids, result={"reserved": 3}, activity_name="inventory.reserve"
            )
        )
        resumed = await call(
            client.poll_workflow_task(worker_id=WORKER, task_queue=queue, timeout=5)
        )
        finished = await call(
            client.complete_workflow_task(
                task_id=resumed["task_id"],
                lease_owner=WORKER,
                workflow_task_attempt=resumed["workflow_task_attempt"],
                commands=[
                    {"type": "complete_workflow", "result": encode_payload({"status": "done"})}
                ],
            )
        )
        outcome = await call(handle.result(poll_interval=0.05, timeout=5))
        paths = sent(rec)
        bodies = {
            "register": body_of(rec, "POST", "/api/worker/register"),
            "heartbeat": body_of(rec, "POST", "/api/worker/heartbeat"),
            "poll": body_of(rec, "POST", "/api/worker/workflow-tasks/poll"),
            "complete": body_of(
                rec, "POST", f"/api/worker/workflow-tasks/{task['task_id']}/complete"
            ),
            "act_poll": body_of(rec, "POST", "/api/worker/activity-tasks/poll"),
            "act_beat": body_of(
                rec, "POST", f"/api/worker/activity-tasks/{activity['task_id']}/heartbeat"
            ),
            "act_done": body_of(
                rec, "POST", f"/api/worker/activity-tasks/{activity['task_id']}/complete"
            ),
        }
        headers = [r.headers for r in rec.requests if r.path.startswith("/api/worker/")]

    worker_calls = [p for p in paths if p[1].startswith("/api/worker/")]
    assert worker_calls == [
        ("POST", "/api/worker/register"),
        ("POST", "/api/worker/heartbeat"),
        ("POST", "/api/worker/workflow-tasks/poll"),
        ("POST", f"/api/worker/workflow-tasks/{task['task_id']}/complete"),
        ("POST", "/api/worker/activity-tasks/poll"),
        ("POST", f"/api/worker/activity-tasks/{activity['task_id']}/heartbeat"),
        ("POST", f"/api/worker/activity-tasks/{activity['task_id']}/complete"),
        ("POST", "/api/worker/workflow-tasks/poll"),
        ("POST", f"/api/worker/workflow-tasks/{resumed['task_id']}/complete"),
    ]
    for sent_headers in headers:
        assert sent_headers["X-Durable-Workflow-Protocol-Version"] == "1.20"
        assert "X-Durable-Workflow-Control-Plane-Version" not in sent_headers

    assert bodies["register"] == {
        "worker_id": WORKER,
        "task_queue": queue,
        "runtime": "python",
        "sdk_version": "durable-workflow-python/test",
        "supported_workflow_types": ["orders.fulfil"],
        "supported_activity_types": ["inventory.reserve"],
        "max_concurrent_workflow_tasks": 2,
        "max_concurrent_activity_tasks": 3,
    }
    assert registered["worker_id"] == WORKER and registered["registered"] is True
    assert bodies["heartbeat"] == {
        "worker_id": WORKER,
        "task_slots": {"workflow_available": 2, "activity_available": 3},
        "process_metrics": {"process_id": 4242},
    }
    assert beat["acknowledged"] is True

    poll_body = dict(bodies["poll"])
    assert poll_body.pop("poll_request_id").startswith("wf-poll-")
    assert poll_body == {"worker_id": WORKER, "task_queue": queue, "timeout_seconds": 5}
    assert task["workflow_id"] == "wp-order-1" and task["run_id"] == handle.run_id
    assert task["workflow_task_attempt"] == 1 and task["lease_owner"] == WORKER
    assert decode_payload(task["arguments"]) == ["order-1", 3]  # the raw task: still encoded
    assert "WorkflowStarted" in event_types(task["history_events"])

    assert bodies["complete"]["lease_owner"] == WORKER
    assert bodies["complete"]["workflow_task_attempt"] == 1
    assert bodies["complete"]["commands"][0]["type"] == "schedule_activity"
    assert scheduled["outcome"] == "completed" and scheduled["recorded"] is True
    assert scheduled["run_status"] == "waiting"

    act_poll = dict(bodies["act_poll"])
    assert act_poll.pop("poll_request_id").startswith("activity-poll-")
    assert act_poll == {"worker_id": WORKER, "task_queue": queue, "timeout_seconds": 5}
    assert activity["activity_type"] == "inventory.reserve"
    assert activity["attempt_number"] == 1
    assert decode_payload(activity["arguments"]) == ["order-1", 3]

    assert bodies["act_beat"] == {
        "activity_attempt_id": activity["activity_attempt_id"],
        "lease_owner": WORKER,
        "details": {"reserved": 1},
    }
    assert ack["can_continue"] is True and ack["cancel_requested"] is False

    assert bodies["act_done"]["activity_attempt_id"] == activity["activity_attempt_id"]
    assert bodies["act_done"]["lease_owner"] == WORKER
    assert decode_payload(bodies["act_done"]["result"]) == {"reserved": 3}
    assert completed["outcome"] == "completed" and completed["recorded"] is True
    assert completed["next_task_id"] == resumed["task_id"]

    assert "ActivityCompleted" in event_types(resumed["history_events"])
    assert finished["run_status"] == "completed"
    assert outcome == {"status": "done"}


async def test_activity_failures_and_workflow_task_failure(kind: str) -> None:
    queue = "wp-failures"
    with recorded("worker_plane/failures") as rec:
        client = rec.client(kind)
        await call(
            client.start_workflow(
                workflow_type="orders.fulfil", task_queue=queue, workflow_id="wp-order-2"
            )
        )
        await register(client, queue)
        task = await call(client.poll_workflow_task(worker_id=WORKER, task_queue=queue, timeout=5))
        await call(
            client.complete_workflow_task(
                task_id=task["task_id"],
                lease_owner=WORKER,
                workflow_task_attempt=task["workflow_task_attempt"],
                commands=[
                    {
                        "type": "schedule_activity",
                        "activity_type": "inventory.reserve",
                        "retry_policy": {"max_attempts": 3, "backoff_seconds": [0, 0]},
                    }
                ],
            )
        )
        with pytest.raises(e.Conflict) as stale_completion:
            await call(
                client.complete_workflow_task(
                    task_id=task["task_id"],
                    lease_owner=WORKER,
                    workflow_task_attempt=task["workflow_task_attempt"],
                    commands=[{"type": "complete_workflow"}],
                )
            )
        first = await call(client.poll_activity_task(worker_id=WORKER, task_queue=queue, timeout=5))
        retried = await call(
            client.fail_activity_task(
                task_id=first["task_id"],
                activity_attempt_id=first["activity_attempt_id"],
                lease_owner=WORKER,
                message="inventory service busy",
                failure_type="Transient",
                details={"attempt": 1},
                activity_name="inventory.reserve",
            )
        )
        second = await call(
            client.poll_activity_task(worker_id=WORKER, task_queue=queue, timeout=5)
        )
        with pytest.raises(e.Conflict) as stale_attempt:
            await call(
                client.complete_activity_task(
                    task_id=second["task_id"],
                    activity_attempt_id=second["activity_attempt_id"],
                    lease_owner="someone-else",
                    result=None,
                )
            )
        final = await call(
            client.fail_activity_task(
                task_id=second["task_id"],
                activity_attempt_id=second["activity_attempt_id"],
                lease_owner=WORKER,
                message="order rejected",
                failure_type="UpstreamRejected",
                stack_trace="reserve() line 3",
                non_retryable=True,
            )
        )
        resumed = await call(
            client.poll_workflow_task(worker_id=WORKER, task_queue=queue, timeout=5)
        )
        failed = await call(
            client.fail_workflow_task(
                task_id=resumed["task_id"],
                lease_owner=WORKER,
                workflow_task_attempt=resumed["workflow_task_attempt"],
                message="non-deterministic command sequence",
                failure_type="NonDeterminism",
                stack_trace="command 1 mismatch",
            )
        )
        fail_bodies = [
            body_of(rec, "POST", f"/api/worker/activity-tasks/{first['task_id']}/fail"),
            body_of(rec, "POST", f"/api/worker/activity-tasks/{second['task_id']}/fail"),
        ]
        wf_fail_body = body_of(rec, "POST", f"/api/worker/workflow-tasks/{resumed['task_id']}/fail")

    assert (stale_completion.value.status, stale_completion.value.reason) == (
        409,
        "task_not_leased",
    )
    assert fail_bodies[0]["activity_attempt_id"] == first["activity_attempt_id"]
    failure = fail_bodies[0]["failure"]
    assert (failure["message"], failure["type"]) == ("inventory service busy", "Transient")
    assert "non_retryable" not in failure
    assert decode_payload(failure["details"]) == {"attempt": 1}
    assert retried["outcome"] == "failed"
    assert retried["next_task_id"] == second["task_id"]
    assert second["attempt_number"] == 2

    assert stale_attempt.value.status == 409
    assert stale_attempt.value.reason == "lease_owner_mismatch"

    assert fail_bodies[1] == {
        "activity_attempt_id": second["activity_attempt_id"],
        "lease_owner": WORKER,
        "failure": {
            "message": "order rejected",
            "type": "UpstreamRejected",
            "stack_trace": "reserve() line 3",
            "non_retryable": True,
        },
    }
    assert final["outcome"] == "failed"
    assert final["next_task_id"] == resumed["task_id"]
    assert "ActivityFailed" in event_types(resumed["history_events"])

    assert wf_fail_body == {
        "lease_owner": WORKER,
        "workflow_task_attempt": resumed["workflow_task_attempt"],
        "failure": {
            "message": "non-deterministic command sequence",
            "type": "NonDeterminism",
            "stack_trace": "command 1 mismatch",
        },
    }
    assert failed["outcome"] == "failed" and failed["recorded"] is True


async def test_heartbeat_reports_cancellation_without_raising(kind: str) -> None:
    queue = "wp-cancel"
    with recorded("worker_plane/cancel") as rec:
        client = rec.client(kind)
        await call(
            client.start_workflow(
                workflow_type="orders.fulfil", task_queue=queue, workflow_id="wp-order-3"
            )
        )
        await register(client, queue)
        task = await call(client.poll_workflow_task(worker_id=WORKER, task_queue=queue, timeout=5))
        await call(
            client.complete_workflow_task(
                task_id=task["task_id"],
                lease_owner=WORKER,
                workflow_task_attempt=task["workflow_task_attempt"],
                commands=[{"type": "schedule_activity", "activity_type": "slow.job"}],
            )
        )
        activity = await call(
            client.poll_activity_task(worker_id=WORKER, task_queue=queue, timeout=5)
        )
        with httpx.Client(base_url=rec.base_url, headers=CP_HEADERS, timeout=10) as http:
            cancelled = http.post("/api/workflows/wp-order-3/cancel", json={"reason": "stop"})
        ids = {
            "task_id": activity["task_id"],
            "activity_attempt_id": activity["activity_attempt_id"],
            "lease_owner": WORKER,
        }
        ack = await call(client.heartbeat_activity_task(**ids))
        with pytest.raises(e.Conflict) as late:
            await call(client.complete_activity_task(**ids, result="too late"))

    assert cancelled.status_code == 200, cancelled.text
    assert ack["cancel_requested"] is True
    assert ack["can_continue"] is False and ack["reason"] == "run_cancelled"
    assert (late.value.status, late.value.reason) == (409, "run_cancelled")
    assert late.value.body["outcome"] == "ignored"


async def test_history_paging(kind: str) -> None:
    queue = "wp-history"
    with recorded("worker_plane/history") as rec:
        client = rec.client(kind)
        await call(
            client.start_workflow(
                workflow_type="orders.fulfil", task_queue=queue, workflow_id="wp-order-4"
            )
        )
        await register(client, queue)
        task = await call(
            client.poll_workflow_task(
                worker_id=WORKER, task_queue=queue, timeout=5, history_page_size=1
            )
        )
        fence = {"lease_owner": WORKER, "workflow_task_attempt": task["workflow_task_attempt"]}
        page = await call(
            client.workflow_task_history(
                task_id=task["task_id"],
                next_history_page_token=task["next_history_page_token"],
                **fence,
            )
        )
        again = await call(
            client.workflow_task_history(
                task_id=task["task_id"], page_token=task["next_history_page_token"], **fence
            )
        )
        with pytest.raises(e.InvalidArgument) as bad_token:
            await call(
                client.workflow_task_history(
                    task_id=task["task_id"], next_history_page_token="not-a-token", **fence
                )
            )
        with pytest.raises(e.Conflict) as wrong_attempt:
            await call(
                client.workflow_task_history(
                    task_id=task["task_id"],
                    next_history_page_token=task["next_history_page_token"],
                    lease_owner=WORKER,
                    workflow_task_attempt=task["workflow_task_attempt"] + 1,
                )
            )
        history_path = f"/api/worker/workflow-tasks/{task['task_id']}/history"
        poll_body = body_of(rec, "POST", "/api/worker/workflow-tasks/poll")
        history_bodies = [body_of(rec, "POST", history_path, i) for i in range(4)]

    assert poll_body["history_page_size"] == 1
    assert len(task["history_events"]) == 1
    token = task["next_history_page_token"]
    assert isinstance(token, str) and token
    assert history_bodies[0] == history_bodies[1] == {"next_history_page_token": token, **fence}
    assert page["history_events"][0]["sequence"] == task["history_events"][0]["sequence"] + 1
    assert page["next_history_page_token"] is None
    assert page["total_history_events"] == len(task["history_events"]) + len(page["history_events"])
    assert again == page
    assert (bad_token.value.status, bad_token.value.reason) == (400, "invalid_page_token")
    assert wrong_attempt.value.reason == "workflow_task_attempt_mismatch"
    assert history_bodies[3]["workflow_task_attempt"] == fence["workflow_task_attempt"] + 1


def _query_in_thread(
    rec: Recording, name: str, answers: dict[str, httpx.Response]
) -> threading.Thread:
    def ask() -> None:
        with httpx.Client(base_url=rec.base_url, headers=CP_HEADERS, timeout=20) as http:
            answers[name] = http.post(f"/api/workflows/wp-order-5/query/{name}", json={})

    thread = threading.Thread(target=ask, name=f"query-{name}", daemon=True)
    thread.start()
    return thread


async def test_query_tasks(kind: str) -> None:
    queue = "wp-queries"
    answers: dict[str, httpx.Response] = {}
    with recorded("worker_plane/query", query_timeout=15.0) as rec:
        client = rec.client(kind)
        await call(
            client.start_workflow(
                workflow_type="orders.fulfil", task_queue=queue, workflow_id="wp-order-5"
            )
        )
        await register(client, queue, supported_workflow_types=["orders.fulfil"])
        asking = _query_in_thread(rec, "status", answers)
        query = await call(client.poll_query_task(worker_id=WORKER, task_queue=queue, timeout=5))
        done = await call(
            client.complete_query_task(
                query_task_id=query["query_task_id"],
                lease_owner=WORKER,
                query_task_attempt=query["query_task_attempt"],
                result={"stage": "reserved", "items": [1, 2]},
                workflow_id=query["workflow_id"],
                run_id=query["run_id"],
                query_name=query["query_name"],
            )
        )
        asking.join(20)
        with pytest.raises(e.Conflict) as again:
            await call(
                client.complete_query_task(
                    query_task_id=query["query_task_id"],
                    lease_owner=WORKER,
                    query_task_attempt=query["query_task_attempt"],
                    result=None,
                )
            )
        asking = _query_in_thread(rec, "missing", answers)
        unknown = await call(client.poll_query_task(worker_id=WORKER, task_queue=queue, timeout=5))
        refused = await call(
            client.fail_query_task(
                query_task_id=unknown["query_task_id"],
                lease_owner=WORKER,
                query_task_attempt=unknown["query_task_attempt"],
                message="no query handler named missing",
                reason="rejected_unknown_query",
                failure_type="QueryFailed",
            )
        )
        asking.join(20)
        complete_body = body_of(
            rec, "POST", f"/api/worker/query-tasks/{query['query_task_id']}/complete"
        )
        fail_body = body_of(rec, "POST", f"/api/worker/query-tasks/{unknown['query_task_id']}/fail")
        poll_body = body_of(rec, "POST", "/api/worker/query-tasks/poll")

    assert poll_body.pop("poll_request_id").startswith("query-poll-")
    assert poll_body == {"worker_id": WORKER, "task_queue": queue, "timeout_seconds": 5}
    assert query["query_name"] == "status" and query["workflow_id"] == "wp-order-5"
    assert query["query_task_attempt"] == 1 and query["lease_owner"] == WORKER
    assert complete_body["result"] == {"stage": "reserved", "items": [1, 2]}
    assert decode_payload(complete_body["result_envelope"]) == {
        "stage": "reserved",
        "items": [1, 2],
    }
    assert done["outcome"] == "completed"
    assert answers["status"].status_code == 200
    assert answers["status"].json()["result"] == {"stage": "reserved", "items": [1, 2]}
    assert (again.value.status, again.value.reason) == (409, "query_task_not_leased")

    assert unknown["query_name"] == "missing"
    assert fail_body["failure"] == {
        "message": "no query handler named missing",
        "reason": "rejected_unknown_query",
        "type": "QueryFailed",
    }
    assert refused["outcome"] == "failed"
    assert answers["missing"].status_code == 404
    assert answers["missing"].json()["reason"] == "rejected_unknown_query"


async def test_empty_polls_and_registration_guards(kind: str) -> None:
    queue = "wp-idle"
    with recorded("worker_plane/empty_polls") as rec:
        client = rec.client(kind)
        await register(client, queue)
        workflow = await call(
            client.poll_workflow_task(worker_id=WORKER, task_queue=queue, timeout=0)
        )
        activity = await call(
            client.poll_activity_task(worker_id=WORKER, task_queue=queue, timeout=0)
        )
        query = await call(client.poll_query_task(worker_id=WORKER, task_queue=queue, timeout=0))
        with pytest.raises(e.WorkerNotRegistered) as unregistered_poll:
            await call(client.poll_workflow_task(worker_id="nobody", task_queue=queue, timeout=0))
        with pytest.raises(e.WorkerNotRegistered) as unregistered_beat:
            await call(client.heartbeat_worker(worker_id="nobody"))
        with pytest.raises(e.Conflict) as wrong_queue:
            await call(
                client.poll_activity_task(worker_id=WORKER, task_queue="elsewhere", timeout=0)
            )
        polls = [rec.json_body(i) for i, r in enumerate(rec.requests) if r.path.endswith("/poll")]

    assert (workflow, activity, query) == (None, None, None)
    assert all(body["timeout_seconds"] == 0 for body in polls)
    assert (unregistered_poll.value.status, unregistered_beat.value.status) == (412, 404)
    assert (wrong_queue.value.status, wrong_queue.value.reason) == (409, "task_queue_mismatch")
