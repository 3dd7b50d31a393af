"""Workflow history and command methods replayed from cassettes recorded against the dev server.

The workflows progress because the test acts as their worker with plain ``httpx`` on the worker
plane (register, poll, complete); those requests are recorded in the cassette too. Queries and
updates block until a worker answers, so the worker runs in a background thread while the client
call waits in the test.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.codec import encode_payload
from tests.cassette_support import Recording, recorded

from .conftest import call

WP = {"X-Durable-Workflow-Protocol-Version": "1.20"}
CP = {"X-Durable-Workflow-Control-Plane-Version": "2"}
WORKER = "cassette-worker"


class Worker:
    """The test's worker: raw worker-plane calls on the cassette's server."""

    def __init__(self, rec: Recording, queue: str) -> None:
        self.queue = queue
        self.http = httpx.Client(
            base_url=rec.base_url,
            headers={**WP, "Authorization": "Bearer cassette-token"},
            timeout=30,
        )

    def close(self) -> None:
        self.http.close()

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.http.post(path, json=body)

    def register(self) -> None:
        r = self.post(
            "/api/worker/register",
            {"worker_id": WORKER, "task_queue": self.queue, "runtime": "python"},
        )
        assert r.status_code in (200, 201), r.text

    def poll_workflow_task(self, attempts: int = 20) -> dict[str, Any]:
        for _ in range(attempts):
            r = self.post(
                "/api/worker/workflow-tasks/poll", {"worker_id": WORKER, "task_queue": self.queue}
            )
            assert r.status_code == 200, r.text
            task = r.json()["task"]
            if task is not None:
                return dict(task)
        raise AssertionError("no workflow task")

    def complete(self, task: dict[str, Any], commands: list[dict[str, Any]]) -> None:
        r = self.post(
            f"/api/worker/workflow-tasks/{task['task_id']}/complete",
            {
                "lease_owner": WORKER,
                "workflow_task_attempt": task["workflow_task_attempt"],
                "commands": commands,
            },
        )
        assert r.status_code == 200, r.text

    def poll_query_task(self, attempts: int = 20) -> dict[str, Any]:
        for _ in range(attempts):
            r = self.post(
                "/api/worker/query-tasks/poll", {"worker_id": WORKER, "task_queue": self.queue}
            )
            assert r.status_code == 200, r.text
            task = r.json()["task"]
            if task is not None:
                return dict(task)
        raise AssertionError("no query task")


def in_thread(fn: Callable[[], None]) -> tuple[threading.Thread, list[BaseException]]:
    """Run ``fn`` in a thread; failures are collected for the test to re-raise."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # re-raised by the test
            failures.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, failures


def joined(thread: threading.Thread, failures: list[BaseException]) -> None:
    thread.join(30)
    assert not thread.is_alive(), "the worker thread did not finish"
    if failures:
        raise failures[0]


def sent(rec: Recording, method: str, path: str) -> list[tuple[Any, Any]]:
    """(query, JSON body) of every recorded request with this method and path."""
    out = []
    for index, request in enumerate(rec.requests):
        if request.method == method and request.path == path:
            out.append((request.query, rec.json_body(index)))
    return out


async def start(client: Any, workflow_id: str, queue: str, args: list[Any]) -> Any:
    return await call(
        client.start_workflow(
            workflow_type="cassette.flow", task_queue=queue, workflow_id=workflow_id, input=args
        )
    )


# --------------------------------------------------------------------------- history


async def test_history_runs_and_listing(kind: str) -> None:
    queue = "cassette-history"
    with recorded("workflows/history") as rec:
        client = rec.client(kind)
        worker = Worker(rec, queue)
        try:
            worker.register()
            handle = await start(client, "wf-history-1", queue, ["order-1", 3])
            await start(client, "wf-history-2", queue, ["order-2", 1])
            task = worker.poll_workflow_task()
            worker.complete(
                task, [{"type": "complete_workflow", "result": encode_payload({"total": 3})}]
            )
        finally:
            worker.close()
        completed_id = task["workflow_id"]
        page = await call(client.list_workflows(workflow_type="cassette.flow", page_size=1))
        everything = client.iter_workflows(workflow_type="cassette.flow", page_size=1)
        iterated = [x async for x in everything] if kind == "async" else list(everything)
        done = await call(client.list_workflows(status="completed"))
        runs = await call(client.list_workflow_runs(completed_id))
        run_id = runs.runs[0].run_id
        run = await call(client.describe_workflow_run(completed_id, run_id))
        history = await call(client.get_history(completed_id, run_id, page_size=2))
        bundle = await call(client.export_history(completed_id, run_id))
        pinned = client.get_workflow_handle(handle.workflow_id, run_id=handle.run_id)
        pinned_runs = await call(pinned.list_runs())
        pinned_run = await call(pinned.describe_run())
        pinned_bundle = await call(pinned.export_history())
        with pytest.raises(errors.WorkflowNotFound):
            await call(client.describe_workflow_run(completed_id, "no-such-run"))
        with pytest.raises(errors.WorkflowNotFound):
            await call(client.get_history(completed_id, "no-such-run"))
        with pytest.raises(errors.WorkflowNotFound):
            await call(client.list_workflow_runs("no-such-workflow"))
        list_queries = [q for q, _ in sent(rec, "GET", "/api/workflows")]
        history_queries = [
            q for q, _ in sent(rec, "GET", f"/api/workflows/{completed_id}/runs/{run_id}/history")
        ]

    assert list_queries[0] == [("page_size", "1"), ("workflow_type", "cassette.flow")]
    assert list_queries[-1] == [("status", "completed")]
    assert len(page.executions) == 1 and page.next_page_token
    assert sorted(x.workflow_id for x in iterated) == ["wf-history-1", "wf-history-2"]
    assert [x.workflow_id for x in done.executions] == [completed_id]
    assert done.executions[0].status == "completed"

    assert runs.workflow_id == completed_id and runs.run_count == 1
    assert (runs.runs[0].run_number, runs.runs[0].status) == (1, "completed")
    assert (run.workflow_id, run.run_id, run.status) == (completed_id, run_id, "completed")
    assert run.output == {"total": 3}
    assert run.input in (["order-1", 3], ["order-2", 1])

    assert len(history_queries) >= 2, "page_size=2 must take more than one page"
    assert history_queries[0] == [("page_size", "2")]
    assert all(("page_size", "2") in q for q in history_queries)
    assert any(k == "next_page_token" for k, _ in history_queries[1])
    sequences = [e["sequence"] for e in history["events"]]
    assert sequences == sorted(sequences) and len(sequences) == len(set(sequences))
    assert history["events"][0]["event_type"] in ("StartAccepted", "WorkflowStarted")
    assert history["events"][-1]["event_type"] == "WorkflowCompleted"
    assert history["next_page_token"] is None
    assert (history["workflow_id"], history["run_id"]) == (completed_id, run_id)

    assert bundle["schema"] == "durable-workflow.v2.history-export"
    assert bundle["history_complete"] is True
    assert len(bundle["history_events"]) == len(history["events"])
    assert "control_plane" not in bundle

    assert pinned_runs.workflow_id == handle.workflow_id
    assert pinned_run.run_id == handle.run_id
    assert pinned_bundle["workflow"]["run_id"] == handle.run_id


# --------------------------------------------------------------------------- signal and commands


async def test_signal_cancel_terminate_repair_archive(kind: str) -> None:
    queue = "cassette-commands"
    with recorded("workflows/commands") as rec:
        client = rec.client(kind)
        worker = Worker(rec, queue)
        try:
            worker.register()
            handle = await start(client, "wf-cmd-1", queue, [1])
            other = await start(client, "wf-cmd-2", queue, [2])
            for _ in range(2):
                task = worker.poll_workflow_task()
                worker.complete(task, [{"type": "start_timer", "delay_seconds": 600}])
        finally:
            worker.close()
        receipt = await call(
            client.signal_workflow("wf-cmd-1", "approve", args=[{"by": "ada"}], request_id="sig-1")
        )
        generated = await call(client.signal_workflow("wf-cmd-1", "ping"))
        run_targeted = await call(
            client.signal_workflow("wf-cmd-1", "ping", run_id=handle.run_id, request_id="sig-3")
        )
        from_handle = await call(handle.signal("approve", [{"by": "bob"}]))
        repaired = await call(client.repair_workflow("wf-cmd-1"))
        with pytest.raises(errors.Conflict) as still_open:
            await call(client.archive_workflow("wf-cmd-1"))
        await call(client.cancel_workflow("wf-cmd-1", reason="customer asked"))
        await call(other.terminate(reason="operator"))
        with pytest.raises(errors.SignalFailed) as closed_signal:
            await call(client.signal_workflow("wf-cmd-1", "ping", request_id="sig-late"))
        with pytest.raises(errors.Conflict) as closed_cancel:
            await call(client.cancel_workflow("wf-cmd-1"))
        archived = await call(client.archive_workflow("wf-cmd-1", reason="retention"))
        archived_handle = await call(other.archive())
        described = await call(client.describe_workflow("wf-cmd-1"))
        terminated = await call(client.describe_workflow("wf-cmd-2"))
        history = await call(client.get_history("wf-cmd-1", handle.run_id))
        signal_bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-cmd-1/signal/approve")]
        ping_bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-cmd-1/signal/ping")]
        run_bodies = [
            b
            for _, b in sent(
                rec, "POST", f"/api/workflows/wf-cmd-1/runs/{handle.run_id}/signal/ping"
            )
        ]
        handle_bodies = [
            b
            for _, b in sent(
                rec, "POST", f"/api/workflows/wf-cmd-1/runs/{handle.run_id}/signal/approve"
            )
        ]
        cancel_bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-cmd-1/cancel")]
        terminate_bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-cmd-2/terminate")]
        repair_bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-cmd-1/repair")]
        archive_bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-cmd-1/archive")]

    # what was sent
    assert signal_bodies[0]["request_id"] == "sig-1"
    assert signal_bodies[0]["input"]["codec"] == "avro"
    assert set(signal_bodies[0]) == {"input", "request_id"}
    assert len(signal_bodies) == 1, "a handle pinned to a run signals the run-targeted route"
    assert handle_bodies[0]["request_id"].startswith("sdk-python-signal-")
    # the dev server does not echo request ids: the receipt carries the one the client sent
    # (compared exactly in test_workflow_commands.py; generated ids differ between replays)
    assert from_handle["request_id"].startswith("sdk-python-signal-")
    assert set(handle_bodies[0]) == {"input", "request_id"}
    assert set(ping_bodies[0]) == {"request_id"}
    assert ping_bodies[0]["request_id"].startswith("sdk-python-signal-")
    assert generated["request_id"].startswith("sdk-python-signal-")
    assert ping_bodies[1] == {"request_id": "sig-late"}
    assert run_bodies == [{"request_id": "sig-3"}]
    assert cancel_bodies == [{"reason": "customer asked"}, {}]
    assert terminate_bodies == [{"reason": "operator"}]
    assert repair_bodies == [{}]
    assert archive_bodies == [{}, {"reason": "retention"}]

    # what came back
    assert receipt["outcome"] == "signal_received" and receipt["request_id"] == "sig-1"
    assert receipt["command_status"] == "accepted" and receipt["command_id"]
    assert run_targeted["outcome"] == "signal_received"
    assert run_targeted["run_id"] == handle.run_id
    assert from_handle["outcome"] == "signal_received"
    assert repaired.workflow_id == "wf-cmd-1"
    assert repaired.outcome in ("repair_dispatched", "repair_not_needed")
    assert still_open.value.reason == "run_not_closed"
    assert closed_signal.value.reason == "run_not_active"
    assert closed_cancel.value.reason == "run_not_active"
    assert (archived.workflow_id, archived.outcome) == ("wf-cmd-1", "archived")
    assert archived.command_status == "accepted"
    assert archived_handle.outcome == "archived"
    assert described.status == "cancelled"
    assert terminated.status == "terminated"
    types = [e["event_type"] for e in history["events"]]
    assert types.count("SignalReceived") == 4
    assert "WorkflowCancelled" in types


# --------------------------------------------------------------------------- query


async def test_query_answered_by_a_worker(kind: str) -> None:
    queue = "cassette-query"
    with recorded("workflows/query", query_timeout=10.0) as rec:
        client = rec.client(kind)
        worker = Worker(rec, queue)
        try:
            worker.register()
            await start(client, "wf-query-1", queue, ["world"])
            seen: dict[str, Any] = {}

            def answer_twice() -> None:
                task = worker.poll_query_task()
                seen["first"] = task
                r = worker.post(
                    f"/api/worker/query-tasks/{task['query_task_id']}/complete",
                    {
                        "lease_owner": WORKER,
                        "query_task_attempt": task["query_task_attempt"],
                        "result_envelope": encode_payload({"state": "busy", "n": 2}),
                    },
                )
                assert r.status_code == 200, r.text
                task = worker.poll_query_task()
                seen["second"] = task
                r = worker.post(
                    f"/api/worker/query-tasks/{task['query_task_id']}/fail",
                    {
                        "lease_owner": WORKER,
                        "query_task_attempt": task["query_task_attempt"],
                        "failure": {
                            "message": "no such query",
                            "reason": "rejected_unknown_query",
                        },
                    },
                )
                assert r.status_code == 200, r.text

            thread, failures = in_thread(answer_twice)
            handle = client.get_workflow_handle("wf-query-1")
            value = await call(handle.query("status", ["verbose"]))
            with pytest.raises(errors.QueryFailed) as unknown:
                await call(client.query_workflow("wf-query-1", "nope"))
            joined(thread, failures)
            with pytest.raises(errors.WorkflowNotFound):
                await call(client.query_workflow("no-such-workflow", "status"))
        finally:
            worker.close()
        query_bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-query-1/query/status")]
        nope_bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-query-1/query/nope")]
        discovery = sent(rec, "GET", "/api/cluster/info")

    assert len(discovery) == 1, "discovery is read once and cached"
    assert len(query_bodies) == 1 and set(query_bodies[0]) == {"input"}
    assert query_bodies[0]["input"]["codec"] == "avro"
    assert nope_bodies == [{}]
    assert value == {"state": "busy", "n": 2}
    assert seen["first"]["query_name"] == "status"
    assert seen["first"]["query_arguments"] == query_bodies[0]["input"]
    assert unknown.value.status == 404
    assert unknown.value.reason == "rejected_unknown_query"
    assert unknown.value.message == "no such query"


# --------------------------------------------------------------------------- update


async def test_update_completed_by_a_worker(kind: str) -> None:
    queue = "cassette-update"
    with recorded("workflows/update", update_wait_timeout=10.0) as rec:
        client = rec.client(kind)
        worker = Worker(rec, queue)
        try:
            worker.register()
            handle = await start(client, "wf-update-1", queue, [0])
            task = worker.poll_workflow_task()
            worker.complete(task, [{"type": "start_timer", "delay_seconds": 600}])
            seen: dict[str, Any] = {}

            def apply_update() -> None:
                task = worker.poll_workflow_task()
                seen["task"] = task
                worker.complete(
                    task,
                    [
                        {
                            "type": "complete_update",
                            "update_id": task["workflow_update_id"],
                            "result": encode_payload({"quota": 50}),
                        }
                    ],
                )

            thread, failures = in_thread(apply_update)
            completed = await call(
                client.update_workflow(
                    "wf-update-1",
                    "quota.adjust",
                    args=[{"quota": 50}],
                    wait_for="completed",
                    request_id="upd-1",
                )
            )
            joined(thread, failures)
            accepted = await call(handle.update("quota.adjust", [{"quota": 60}]))
            with pytest.raises(errors.InvalidArgument) as bad_stage:
                await call(handle.update("quota.adjust", wait_for="validated"))
            await call(client.terminate_workflow("wf-update-1"))
            with pytest.raises(errors.UpdateRejected) as rejected:
                await call(client.update_workflow("wf-update-1", "quota.adjust"))
        finally:
            worker.close()
        bodies = [b for _, b in sent(rec, "POST", "/api/workflows/wf-update-1/update/quota.adjust")]

    assert len(bodies) == 3, "the invalid wait stage is refused before sending"
    first = dict(bodies[0])
    assert first.pop("input")["codec"] == "avro"
    assert first == {"wait_for": "completed", "request_id": "upd-1"}
    assert bodies[1]["request_id"].startswith("sdk-python-update-")
    assert set(bodies[1]) == {"input", "request_id"}
    assert set(bodies[2]) == {"request_id"}

    assert completed["update_status"] == "completed"
    assert completed["outcome"] == "update_completed"
    assert completed["result"] == {"quota": 50}
    assert completed["request_id"] == "upd-1"
    assert completed["update_id"] == seen["task"]["workflow_update_id"]
    assert accepted["update_status"] == "accepted" and accepted["result"] is None
    assert accepted["request_id"].startswith("sdk-python-update-")
    assert bad_stage.value.reason == "unsupported_wait_for"
    assert rejected.value.reason == "run_not_active"
    assert json.dumps(completed)  # the answer stays plain JSON data


# --------------------------------------------------------------------------- run chains


async def test_continue_as_new_chain_and_historical_run_commands(kind: str) -> None:
    queue = "cassette-chain"
    with recorded("workflows/continued") as rec:
        client = rec.client(kind)
        worker = Worker(rec, queue)
        try:
            worker.register()
            first = await start(client, "wf-chain-1", queue, [1])
            task = worker.poll_workflow_task()
            worker.complete(task, [{"type": "continue_as_new", "arguments": encode_payload([2])}])
        finally:
            worker.close()
        runs = await call(first.list_runs())
        old_run = await call(first.describe_run())
        with pytest.raises(errors.SignalFailed) as historical:
            await call(first.signal("ping", request_id="sig-old"))
        current = await call(client.signal_workflow("wf-chain-1", "ping", request_id="sig-new"))
        old_history = await call(client.get_history("wf-chain-1", first.run_id))
        run_paths = [
            (r.method, r.path) for r in rec.requests if r.path.startswith("/api/workflows/")
        ]

    assert runs.run_count == 2 and len(runs.runs) == 2
    assert [r.run_number for r in runs.runs] == [1, 2]
    assert runs.runs[0].run_id == first.run_id
    assert runs.runs[0].status == "completed"
    assert (old_run.run_id, old_run.closed_reason) == (first.run_id, "continued")
    assert old_run.input == [1]
    assert historical.value.status == 409
    assert historical.value.reason == "historical_run_command_rejected"
    assert current["outcome"] == "signal_received"
    assert current["run_id"] == runs.runs[1].run_id
    assert old_history["events"][-1]["event_type"] == "WorkflowContinuedAsNew"
    assert ("POST", f"/api/workflows/wf-chain-1/runs/{first.run_id}/signal/ping") in run_paths
    assert ("POST", "/api/workflows/wf-chain-1/signal/ping") in run_paths
