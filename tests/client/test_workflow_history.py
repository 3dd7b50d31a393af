"""Workflow list/iterate, runs, run detail, history and export through ``httpx.MockTransport``."""

from __future__ import annotations

from typing import Any

import pytest

from durable_workflow import errors
from durable_workflow.client import AsyncClient, WorkflowList, WorkflowRun, WorkflowRunList

from .conftest import Script, call, fake_blob, make_client, reply

CP_VERSION = "X-Durable-Workflow-Control-Plane-Version"


async def collect(client: Any, **kwargs: Any) -> list[Any]:
    iterator = client.iter_workflows(**kwargs)
    if isinstance(client, AsyncClient):
        return [item async for item in iterator]
    return list(iterator)


def _item(n: int) -> dict[str, Any]:
    return {
        "workflow_id": f"wf-{n}",
        "run_id": f"run-{n}",
        "workflow_type": "orders.process",
        "status": "running",
        "status_bucket": "running",
        "task_queue": "orders",
        "is_terminal": False,
        "search_attributes": [],
    }


# --------------------------------------------------------------------------- list_workflows


async def test_list_workflows_sends_only_given_filters(kind: str) -> None:
    script = Script([reply(200, {"workflows": [_item(1)], "next_page_token": "tok-2"})])
    client = make_client(kind, script)
    page = await call(
        client.list_workflows(
            workflow_type="orders.process", status="running", query="order-4", page_size=25
        )
    )
    sent = script.last
    assert (sent.method, sent.url.path) == ("GET", "/api/workflows")
    assert dict(sent.url.params) == {
        "workflow_type": "orders.process",
        "status": "running",
        "query": "order-4",
        "page_size": "25",
    }
    assert sent.headers[CP_VERSION] == "2"
    assert sent.content == b""
    assert isinstance(page, WorkflowList)
    assert page.next_page_token == "tok-2"
    assert [(x.workflow_id, x.run_id, x.status, x.task_queue) for x in page.executions] == [
        ("wf-1", "run-1", "running", "orders")
    ]
    assert page.executions[0].input is None and page.executions[0].output is None


async def test_list_workflows_without_filters_and_last_page(kind: str) -> None:
    script = Script([reply(200, {"workflows": [], "workflow_count": 0, "next_page_token": None})])
    client = make_client(kind, script)
    page = await call(client.list_workflows(next_page_token="abc"))
    assert dict(script.last.url.params) == {"next_page_token": "abc"}
    assert page.executions == [] and page.next_page_token is None


@pytest.mark.parametrize(
    ("status", "wire"), [("RUNNING", "running"), (" completed ", "completed"), ("failed", "failed")]
)
async def test_list_status_buckets_are_normalised(kind: str, status: str, wire: str) -> None:
    script = Script([reply(200, {"workflows": []})])
    await call(make_client(kind, script).list_workflows(status=status))
    assert script.last.url.params["status"] == wire


@pytest.mark.parametrize(
    ("status", "hint"),
    [
        ("cancelled", "'failed'"),
        ("terminated", "'failed'"),
        ("pending", "'running'"),
        ("waiting", "'running'"),
        ("active", None),
    ],
)
async def test_list_status_outside_buckets_is_refused_before_sending(
    kind: str, status: str, hint: str | None
) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument) as info:
        await call(client.list_workflows(status=status))
    assert info.value.reason == "unsupported_status_filter"
    if hint:
        assert hint in str(info.value)
    assert script.requests == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"page_size": 0},
        {"page_size": 201},
        {"page_size": True},
        {"page_size": "10"},
        {"workflow_type": ""},
        {"next_page_token": ""},
        {"query": 5},
    ],
)
async def test_list_argument_validation(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).list_workflows(**kwargs))
    assert script.requests == []


async def test_list_validation_error_from_server(kind: str) -> None:
    body = {
        "message": "The given data was invalid.",
        "reason": "validation_failed",
        "errors": {"page_size": ["The page size field must not be greater than 200."]},
    }
    script = Script([reply(422, body)])
    with pytest.raises(errors.InvalidArgument) as info:
        await call(make_client(kind, script).list_workflows())
    assert info.value.errors == body["errors"]


# --------------------------------------------------------------------------- iter_workflows


async def test_iter_workflows_follows_tokens_to_the_end(kind: str) -> None:
    script = Script(
        [
            reply(200, {"workflows": [_item(1), _item(2)], "next_page_token": "p2"}),
            reply(200, {"workflows": [_item(3)], "next_page_token": "p3"}),
            reply(200, {"workflows": [], "next_page_token": None}),
        ]
    )
    client = make_client(kind, script)
    items = await collect(client, workflow_type="orders.process", page_size=2)
    assert [x.workflow_id for x in items] == ["wf-1", "wf-2", "wf-3"]
    assert [dict(r.url.params) for r in script.requests] == [
        {"workflow_type": "orders.process", "page_size": "2"},
        {"workflow_type": "orders.process", "page_size": "2", "next_page_token": "p2"},
        {"workflow_type": "orders.process", "page_size": "2", "next_page_token": "p3"},
    ]


async def test_iter_workflows_reports_progress(kind: str) -> None:
    from durable_workflow.client.progress import Progress

    script = Script(
        [
            reply(200, {"workflows": [_item(1), _item(2)], "next_page_token": "p2"}),
            reply(200, {"workflows": [_item(3)], "next_page_token": None}),
        ]
    )
    reports: list[Progress] = []
    client = make_client(kind, script)
    items = await collect(client, progress=reports.append)
    assert len(items) == 3
    assert [(r.what, r.count, r.latest, r.done) for r in reports] == [
        ("iter_workflows", 2, "page 1", False),
        ("iter_workflows", 3, "page 2", True),
    ]


def test_progress_true_is_a_bar_or_text(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    from durable_workflow.client.progress import Progress, progress_hook

    hook = progress_hook(True)
    assert hook is not None
    hook(Progress(what="workflow wf", count=2, latest="ActivityScheduled", elapsed=0.1))
    hook(Progress(what="workflow wf", count=3, latest="WorkflowCompleted", elapsed=0.2, done=True))
    shown = capsys.readouterr().err
    assert "workflow wf" in shown
    if importlib.util.find_spec("tqdm") is None:
        assert "3 seen latest=WorkflowCompleted" in shown
    assert progress_hook(None) is None and progress_hook(False) is None
    with pytest.raises(errors.ConfigurationError):
        progress_hook("yes")  # type: ignore[arg-type]


async def test_iter_workflows_refuses_a_repeated_token(kind: str) -> None:
    script = Script(
        [
            reply(200, {"workflows": [_item(1)], "next_page_token": "same"}),
            reply(200, {"workflows": [_item(2)], "next_page_token": "same"}),
        ]
    )
    with pytest.raises(errors.UnexpectedResponse) as info:
        await collect(make_client(kind, script))
    assert info.value.reason == "repeated_page_token"
    assert len(script.requests) == 2


async def test_iter_workflows_validates_before_the_first_request(kind: str) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await collect(make_client(kind, script), status="cancelled")
    assert script.requests == []


# --------------------------------------------------------------------------- get_history


def _event(seq: int, kind: str = "ActivityScheduled") -> dict[str, Any]:
    return {"sequence": seq, "event_type": kind, "timestamp": None, "payload": {}}


async def test_get_history_reads_every_page(kind: str) -> None:
    script = Script(
        [
            reply(
                200,
                {
                    "workflow_id": "wf",
                    "run_id": "r1",
                    "events": [_event(1, "WorkflowStarted"), _event(2)],
                    "next_page_token": "t2",
                    "control_plane": {"operation": "history"},
                },
            ),
            reply(
                200,
                {
                    "workflow_id": "wf",
                    "run_id": "r1",
                    "events": [_event(3, "WorkflowCompleted")],
                    "next_page_token": None,
                    "control_plane": {"operation": "history"},
                },
            ),
        ]
    )
    history = await call(make_client(kind, script).get_history("wf", "r1", page_size=2))
    assert [(r.method, r.url.path) for r in script.requests] == [
        ("GET", "/api/workflows/wf/runs/r1/history")
    ] * 2
    assert [dict(r.url.params) for r in script.requests] == [
        {"page_size": "2"},
        {"page_size": "2", "next_page_token": "t2"},
    ]
    assert [e["sequence"] for e in history["events"]] == [1, 2, 3]
    assert history["next_page_token"] is None
    assert (history["workflow_id"], history["run_id"]) == ("wf", "r1")
    assert history["control_plane"] == {"operation": "history"}


async def test_get_history_resumes_from_a_token(kind: str) -> None:
    script = Script([reply(200, {"events": [_event(7)], "next_page_token": None})])
    history = await call(make_client(kind, script).get_history("wf", "r1", next_page_token="t7"))
    assert dict(script.last.url.params) == {"next_page_token": "t7"}
    assert history == {
        "workflow_id": "wf",
        "run_id": "r1",
        "events": [_event(7)],
        "next_page_token": None,
    }


async def test_get_history_refuses_a_repeated_token(kind: str) -> None:
    script = Script(
        [
            reply(200, {"events": [_event(1)], "next_page_token": "a"}),
            reply(200, {"events": [_event(2)], "next_page_token": "a"}),
        ]
    )
    with pytest.raises(errors.UnexpectedResponse) as info:
        await call(make_client(kind, script).get_history("wf", "r1"))
    assert info.value.reason == "repeated_page_token"


async def test_get_history_rejects_a_non_list_events_field(kind: str) -> None:
    script = Script([reply(200, {"events": {"1": {}}, "next_page_token": None})])
    with pytest.raises(errors.UnexpectedResponse):
        await call(make_client(kind, script).get_history("wf", "r1"))


async def test_get_history_unknown_run(kind: str) -> None:
    body = {"message": "Workflow run not found.", "reason": "run_not_found"}
    script = Script([reply(404, body)])
    with pytest.raises(errors.WorkflowNotFound) as info:
        await call(make_client(kind, script).get_history("wf", "nope"))
    assert info.value.reason == "run_not_found"


@pytest.mark.parametrize(
    "args",
    [("", "r1"), ("wf", ""), ("wf", None)],
)
async def test_get_history_needs_ids(kind: str, args: tuple[Any, Any]) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).get_history(*args))
    assert script.requests == []


@pytest.mark.parametrize("page_size", [0, 1001, 2.5])
async def test_get_history_page_size_bounds(kind: str, page_size: Any) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).get_history("wf", "r1", page_size=page_size))
    assert script.requests == []


async def test_history_ids_are_percent_encoded(kind: str) -> None:
    script = Script([reply(200, {"events": [], "next_page_token": None})])
    await call(make_client(kind, script).get_history("a/b c", "r:1"))
    assert script.last.url.raw_path == b"/api/workflows/a%2Fb%20c/runs/r%3A1/history"


# --------------------------------------------------------------------------- export_history


async def test_export_history_returns_the_bundle_untouched(kind: str) -> None:
    bundle = {
        "schema": "durable-workflow.v2.history-export",
        "schema_version": 1,
        "history_events": [{"sequence": 1, "event_type": "WorkflowStarted"}],
        "integrity": {"checksum_algorithm": "sha256", "checksum": "ab" * 32},
    }
    script = Script([reply(200, bundle)])
    result = await call(make_client(kind, script).export_history("wf", "r1"))
    assert (script.last.method, script.last.url.path) == (
        "GET",
        "/api/workflows/wf/runs/r1/history/export",
    )
    assert result == bundle


async def test_export_history_unknown_run(kind: str) -> None:
    script = Script([reply(404, {"reason": "run_not_found", "message": "Workflow run not found."})])
    with pytest.raises(errors.WorkflowNotFound):
        await call(make_client(kind, script).export_history("wf", "nope"))


async def test_export_history_non_object_body(kind: str) -> None:
    script = Script([reply(200, ["not", "a", "bundle"])])
    with pytest.raises(errors.UnexpectedResponse):
        await call(make_client(kind, script).export_history("wf", "r1"))


# --------------------------------------------------------------------------- runs


async def test_list_workflow_runs_maps_every_run(kind: str) -> None:
    body = {
        "workflow_id": "wf",
        "run_count": 2,
        "runs": [
            {"run_id": "r1", "run_number": 1, "workflow_type": "t", "status": "completed"},
            {"run_id": "r2", "run_number": 2, "workflow_type": "t", "status": "running"},
        ],
        "control_plane": {"operation": "list_runs"},
    }
    script = Script([reply(200, body)])
    runs = await call(make_client(kind, script).list_workflow_runs("wf"))
    assert (script.last.method, script.last.url.path) == ("GET", "/api/workflows/wf/runs")
    assert isinstance(runs, WorkflowRunList)
    assert runs.run_count == 2 and runs.workflow_id == "wf"
    assert [(r.workflow_id, r.run_id, r.run_number, r.status) for r in runs.runs] == [
        ("wf", "r1", 1, "completed"),
        ("wf", "r2", 2, "running"),
    ]


async def test_list_workflow_runs_count_defaults_to_length(kind: str) -> None:
    script = Script([reply(200, {"runs": [{"run_id": "r1"}]})])
    runs = await call(make_client(kind, script).list_workflow_runs("wf"))
    assert (runs.workflow_id, runs.run_count) == ("wf", 1)


async def test_list_workflow_runs_unknown_workflow(kind: str) -> None:
    script = Script([reply(404, {"reason": "instance_not_found", "message": "not found"})])
    with pytest.raises(errors.WorkflowNotFound):
        await call(make_client(kind, script).list_workflow_runs("missing"))


async def test_describe_workflow_run_decodes_envelopes(kind: str) -> None:
    body = {
        "workflow_id": "wf",
        "run_id": "r2",
        "workflow_type": "t",
        "status": "completed",
        "run_number": 2,
        "is_current_run": True,
        "payload_codec": "avro",
        "input": ["server", "decoded"],
        "input_envelope": {"codec": "avro", "blob": fake_blob(["exact", 1])},
        "output": None,
        "output_envelope": {"codec": "avro", "blob": fake_blob({"ok": True})},
        "memo": [],
        "actions": {"can_signal": False},
    }
    script = Script([reply(200, body)])
    run = await call(make_client(kind, script).describe_workflow_run("wf", "r2"))
    assert (script.last.method, script.last.url.path) == ("GET", "/api/workflows/wf/runs/r2")
    assert isinstance(run, WorkflowRun)
    assert run.input == ["exact", 1]
    assert run.output == {"ok": True}
    assert (run.run_number, run.is_current_run, run.memo) == (2, True, {})
    assert run.actions == {"can_signal": False}


async def test_describe_workflow_run_takes_server_values_without_envelopes(kind: str) -> None:
    script = Script([reply(200, {"status": "running", "input": [1, 2]})])
    run = await call(make_client(kind, script).describe_workflow_run("wf", "r1"))
    assert (run.workflow_id, run.run_id, run.input, run.output) == ("wf", "r1", [1, 2], None)


async def test_describe_workflow_run_unknown(kind: str) -> None:
    body = {"message": "Workflow run not found.", "reason": "run_not_found", "run_id": "x"}
    script = Script([reply(404, body)])
    with pytest.raises(errors.WorkflowNotFound):
        await call(make_client(kind, script).describe_workflow_run("wf", "x"))


# --------------------------------------------------------------------------- handles


async def test_handle_history_methods(kind: str) -> None:
    script = Script(
        [
            reply(200, {"schema": "durable-workflow.v2.history-export"}),
            reply(200, {"workflow_id": "wf", "run_count": 0, "runs": []}),
            reply(200, {"run_id": "r1", "status": "running"}),
            reply(200, {"run_id": "r0", "status": "completed"}),
        ]
    )
    client = make_client(kind, script)
    handle = client.get_workflow_handle("wf", run_id="r1")
    assert await call(handle.export_history()) == {"schema": "durable-workflow.v2.history-export"}
    assert (await call(handle.list_runs())).run_count == 0
    assert (await call(handle.describe_run())).run_id == "r1"
    assert (await call(handle.describe_run("r0"))).status == "completed"
    assert [r.url.path for r in script.requests] == [
        "/api/workflows/wf/runs/r1/history/export",
        "/api/workflows/wf/runs",
        "/api/workflows/wf/runs/r1",
        "/api/workflows/wf/runs/r0",
    ]


async def test_unpinned_handle_needs_a_run_id(kind: str) -> None:
    script = Script()
    handle = make_client(kind, script).get_workflow_handle("wf")
    with pytest.raises(errors.InvalidArgument, match="run id"):
        await call(handle.export_history())
    with pytest.raises(errors.InvalidArgument, match="run id"):
        await call(handle.describe_run())
    assert script.requests == []
