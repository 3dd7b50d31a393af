"""Schedule methods and handles: exact requests, mapped results, validation, both clients."""

from __future__ import annotations

import json
from typing import Any

import pytest

from durable_workflow import errors
from durable_workflow.client import (
    ScheduleAction,
    ScheduleDescription,
    ScheduleHandle,
    ScheduleHistoryEvent,
    ScheduleSpec,
    SyncScheduleHandle,
    TransportRetryPolicy,
)
from durable_workflow.client._payloads import default_payload_codec
from durable_workflow.codec import UndecodablePayload
from tests.conftest import shared_fixtures, shared_fixtures_dir

from .conftest import FakePayloads, Script, call, fake_blob, make_client, reply

SPEC = ScheduleSpec(cron_expressions=["15 7 * * *"], timezone="UTC")
ACTION = ScheduleAction(workflow_type="inventory.check", task_queue="inventory")

# The server snapshot's nested describe shape (A.9.3).
NESTED = {
    "schedule_id": "nightly",
    "spec": {"cron_expressions": ["0 2 * * *"], "timezone": "UTC"},
    "action": {"workflow_type": "reports.build", "task_queue": "reports", "input": []},
    "overlap_policy": "skip",
    "state": {"status": "paused", "paused": True, "note": "maintenance"},
    "info": {
        "next_fire": None,
        "last_fire": "2026-04-21T02:00:00+00:00",
        "fires_count": 7,
        "failures_count": 2,
        "recent_actions": [],
        "buffered_actions": [],
        "skipped_trigger_count": 1,
        "last_skip_reason": "overlap_policy_skip",
        "last_skipped_at": None,
    },
    "memo": {"team": "reports"},
    "search_attributes": [],
    "created_at": "2026-04-01T00:00:00+00:00",
    "updated_at": "2026-04-02T00:00:00+00:00",
    "jitter_seconds": 0,
    "max_runs": None,
    "remaining_actions": None,
    "latest_workflow_instance_id": "wf-1",
}

# The flattened describe shape (SDK 2.12.0 / fixtures).
FLAT = {
    "namespace": "default",
    "schedule_id": "nightly",
    "status": "active",
    "paused": False,
    "note": None,
    "spec": {"intervals": [{"every": "PT30M"}]},
    "action": {"workflow_type": "reports.build"},
    "overlap_policy": "buffer_one",
    "fires_count": 42,
    "failures_count": 1,
    "next_fire_at": "2026-04-22T06:00:00Z",
    "last_fired_at": "2026-04-21T06:00:00Z",
    "paused_at": None,
    "jitter_seconds": 30,
    "max_runs": 50,
    "remaining_actions": 8,
    "info": {"buffered_actions": [], "skipped_trigger_count": 0},
}


async def collect(iterator: Any) -> list[Any]:
    """Drain an async or a plain iterator."""
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)


def _control_headers(request: Any) -> None:
    assert request.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    assert request.headers["X-Namespace"] == "default"
    assert request.headers["Authorization"] == "Bearer shared-secret-token"


# --------------------------------------------------------------------------- create


async def test_create_schedule_minimal_request(kind: str) -> None:
    script = Script([reply(201, {"schedule_id": "sched-01", "outcome": "created"})])
    client = make_client(kind, script)
    handle = await call(client.create_schedule(spec=SPEC, action=ACTION))
    request = script.last
    assert (request.method, request.url.path) == ("POST", "/api/schedules")
    _control_headers(request)
    assert request.headers["Content-Type"] == "application/json"
    assert script.body() == {
        "spec": {"cron_expressions": ["15 7 * * *"], "timezone": "UTC"},
        "action": {"workflow_type": "inventory.check", "task_queue": "inventory"},
    }
    assert isinstance(handle, ScheduleHandle if kind == "async" else SyncScheduleHandle)
    assert handle.schedule_id == "sched-01"
    assert repr(handle) == f"{type(handle).__name__}(schedule_id='sched-01')"


async def test_create_schedule_every_field_and_encoded_input(kind: str) -> None:
    script = Script([reply(201, {"outcome": "created"})])
    client = make_client(kind, script)
    action = ScheduleAction(
        workflow_type="inventory.check",
        task_queue="inventory",
        input=[{"warehouse": "west-1"}, 25],
        execution_timeout_seconds=900,
        run_timeout_seconds=600,
    )
    handle = await call(
        client.create_schedule(
            schedule_id="daily",
            spec=ScheduleSpec(intervals=[{"every": "PT30M", "offset": "PT5M"}]),
            action=action,
            overlap_policy="buffer_one",
            jitter_seconds=45,
            max_runs=30,
            memo={"team": "ops"},
            search_attributes={"Tier": "gold"},
            paused=True,
            note="created paused",
        )
    )
    body = script.body()
    assert body == {
        "schedule_id": "daily",
        "spec": {"intervals": [{"every": "PT30M", "offset": "PT5M"}]},
        "action": {
            "workflow_type": "inventory.check",
            "task_queue": "inventory",
            "input": {"codec": "avro", "blob": fake_blob([{"warehouse": "west-1"}, 25])},
            "execution_timeout_seconds": 900,
            "run_timeout_seconds": 600,
        },
        "overlap_policy": "buffer_one",
        "jitter_seconds": 45,
        "max_runs": 30,
        "memo": {"team": "ops"},
        "search_attributes": {"Tier": "gold"},
        "paused": True,
        "note": "created paused",
    }
    # The id the server did not echo is the one sent.
    assert handle.schedule_id == "daily"


async def test_create_schedule_accepts_dicts(kind: str) -> None:
    script = Script([reply(201, {"schedule_id": "s", "outcome": "created"})])
    client = make_client(kind, script)
    await call(
        client.create_schedule(
            spec={"cron_expressions": ["* * * * *"]},
            action={"workflow_type": "t", "input": []},
        )
    )
    body = script.body()
    assert body["spec"] == {"cron_expressions": ["* * * * *"]}
    assert body["action"]["workflow_type"] == "t"
    assert FakePayloads().decode(body["action"]["input"]) == []


async def test_create_schedule_conflict(kind: str) -> None:
    body = {"message": "exists", "reason": "schedule_already_exists", "schedule_id": "s"}
    client = make_client(kind, Script([reply(409, body)]))
    with pytest.raises(errors.ScheduleAlreadyExists) as caught:
        await call(client.create_schedule(schedule_id="s", spec=SPEC, action=ACTION))
    assert caught.value.status == 409


async def test_create_schedule_without_any_id_is_an_unexpected_answer(kind: str) -> None:
    client = make_client(kind, Script([reply(201, {"outcome": "created"})]))
    with pytest.raises(errors.UnexpectedResponse):
        await call(client.create_schedule(spec=SPEC, action=ACTION))


BAD_CREATE: list[tuple[str, dict[str, Any]]] = [
    ("empty spec", {"spec": ScheduleSpec()}),
    ("spec type", {"spec": "0 * * * *"}),
    ("spec unknown key", {"spec": {"cron": ["* * * * *"]}}),
    ("interval shape", {"spec": ScheduleSpec(intervals=[{"offset": "PT1M"}])}),
    ("cron not strings", {"spec": ScheduleSpec(cron_expressions=[5])}),  # type: ignore[list-item]
    ("action type", {"action": "reports.build"}),
    ("action unknown key", {"action": {"workflow_type": "t", "queue": "q"}}),
    ("action needs type", {"action": {"task_queue": "q"}}),
    ("blank workflow_type", {"action": ScheduleAction(workflow_type=" ")}),
    ("input not a list", {"action": ScheduleAction(workflow_type="t", input="x")}),  # type: ignore[arg-type]
    ("timeout", {"action": ScheduleAction(workflow_type="t", run_timeout_seconds=0)}),
    ("overlap", {"overlap_policy": "reject"}),
    ("jitter high", {"jitter_seconds": 3601}),
    ("jitter negative", {"jitter_seconds": -1}),
    ("jitter bool", {"jitter_seconds": True}),
    ("max_runs", {"max_runs": 0}),
    ("memo", {"memo": ["x"]}),
    ("search attributes", {"search_attributes": "x"}),
    ("note type", {"note": 5}),
    ("note length", {"note": "x" * 1001}),
    ("schedule id blank", {"schedule_id": ""}),
    ("schedule id long", {"schedule_id": "x" * 129}),
    ("paused", {"paused": "yes"}),
]


@pytest.mark.parametrize(("case", "overrides"), BAD_CREATE, ids=[c for c, _ in BAD_CREATE])
async def test_create_schedule_rejects_bad_arguments_before_sending(
    kind: str, case: str, overrides: dict[str, Any]
) -> None:
    script = Script()
    client = make_client(kind, script)
    kwargs: dict[str, Any] = {"spec": SPEC, "action": ACTION, **overrides}
    with pytest.raises(errors.InvalidArgument):
        await call(client.create_schedule(**kwargs))
    assert script.requests == []


# --------------------------------------------------------------------------- describe / list


async def test_describe_schedule_nested_shape(kind: str) -> None:
    script = Script([reply(200, NESTED)])
    client = make_client(kind, script)
    described = await call(client.describe_schedule("nightly"))
    assert (script.last.method, script.last.url.path) == ("GET", "/api/schedules/nightly")
    assert script.last.content == b""
    _control_headers(script.last)
    assert described == ScheduleDescription(
        schedule_id="nightly",
        status="paused",
        spec=NESTED["spec"],
        action=NESTED["action"],
        overlap_policy="skip",
        note="maintenance",
        memo={"team": "reports"},
        search_attributes={},
        jitter_seconds=0,
        max_runs=None,
        remaining_actions=None,
        fires_count=7,
        failures_count=2,
        next_fire_at=None,
        last_fired_at="2026-04-21T02:00:00+00:00",
        latest_workflow_instance_id="wf-1",
        paused_at=None,
        created_at="2026-04-01T00:00:00+00:00",
        updated_at="2026-04-02T00:00:00+00:00",
        info=NESTED["info"],
    )


async def test_describe_schedule_flat_shape(kind: str) -> None:
    client = make_client(kind, Script([reply(200, FLAT)]))
    described = await call(client.describe_schedule("nightly"))
    assert described.status == "active"
    assert described.fires_count == 42 and described.failures_count == 1
    assert described.next_fire_at == "2026-04-22T06:00:00Z"
    assert described.last_fired_at == "2026-04-21T06:00:00Z"
    assert (described.jitter_seconds, described.max_runs, described.remaining_actions) == (
        30,
        50,
        8,
    )
    assert described.info == {"buffered_actions": [], "skipped_trigger_count": 0}


async def test_describe_schedule_shows_the_decoded_action_input(kind: str) -> None:
    from datetime import UTC, datetime

    envelope = FakePayloads().encode([{"order_id": 42}, "gold"])
    body = {**FLAT, "action": {"workflow_type": "orders.process", "input": envelope}}
    client = make_client(kind, Script([reply(200, body)]))
    described = await call(client.describe_schedule("nightly"))
    assert described.action == {
        "workflow_type": "orders.process",
        "input": [{"order_id": 42}, "gold"],
    }
    assert described.raw["action"]["input"] == envelope  # what the server sent
    assert described.next_fire_at_dt == datetime(2026, 4, 22, 6, 0, tzinfo=UTC)


async def test_describe_schedule_keeps_an_undecodable_input_as_sent(kind: str) -> None:
    body = {**FLAT, "action": {"workflow_type": "t", "input": {"codec": "avro", "blob": "%%%"}}}
    client = make_client(kind, Script([reply(200, body)]))
    client._core.payloads = default_payload_codec(
        payload_size_limit_bytes=10**6,
        payload_size_warning_threshold_percent=80,
        payload_size_warnings=False,
        external_storage=None,
        external_storage_threshold_bytes=None,
        external_storage_cache=None,
    )
    described = await call(client.describe_schedule("nightly"))
    assert described.action["workflow_type"] == "t"
    kept = described.action["input"]
    assert isinstance(kept, UndecodablePayload)
    assert kept.raw == {"codec": "avro", "blob": "%%%"}
    with pytest.raises(errors.PayloadError):
        kept.value()


async def test_describe_schedule_status_from_paused_flag_only(kind: str) -> None:
    body = {"schedule_id": "s", "state": {"paused": False}}
    client = make_client(kind, Script([reply(200, body)]))
    described = await call(client.describe_schedule("s"))
    assert described.status == "active"
    assert described.fires_count == 0


async def test_describe_schedule_encodes_id_and_maps_404(kind: str) -> None:
    script = Script(
        [reply(404, {"message": "Schedule [a/b] not found.", "reason": "schedule_not_found"})]
    )
    client = make_client(kind, script)
    with pytest.raises(errors.ScheduleNotFound):
        await call(client.describe_schedule("a/b"))
    assert script.last.url.raw_path == b"/api/schedules/a%2Fb"


async def test_reasonless_404_is_schedule_not_found(kind: str) -> None:
    client = make_client(kind, Script([reply(404, {"message": "gone"})]))
    with pytest.raises(errors.ScheduleNotFound):
        await call(client.describe_schedule("s"))


async def test_describe_schedule_non_object_body(kind: str) -> None:
    client = make_client(kind, Script([reply(200, ["not", "an", "object"])]))
    with pytest.raises(errors.UnexpectedResponse):
        await call(client.describe_schedule("s"))


async def test_list_schedules_without_and_with_filters(kind: str) -> None:
    page = {
        "schedules": [
            {"schedule_id": "a", "status": "active", "next_fire": "2026-04-22T06:00:00Z"},
            {"schedule_id": "b", "status": "paused", "fires_count": 3},
        ],
        "next_page_token": None,
    }
    script = Script([reply(200, page), reply(200, {**page, "next_page_token": "p2"})])
    client = make_client(kind, script)
    listed = await call(client.list_schedules())
    assert (script.last.method, script.last.url.path, script.last.url.query) == (
        "GET",
        "/api/schedules",
        b"",
    )
    assert [s.schedule_id for s in listed.schedules] == ["a", "b"]
    assert listed.schedules[0].next_fire_at == "2026-04-22T06:00:00Z"
    assert listed.schedules[1].fires_count == 3
    assert listed.next_page_token is None
    second = await call(
        client.list_schedules(
            status="paused", workflow_type="t", query="q", page_size=10, next_page_token="p1"
        )
    )
    assert dict(script.last.url.params) == {
        "status": "paused",
        "workflow_type": "t",
        "query": "q",
        "page_size": "10",
        "next_page_token": "p1",
    }
    assert second.next_page_token == "p2"


@pytest.mark.parametrize(
    "kwargs", [{"status": "running"}, {"page_size": 0}, {"next_page_token": ""}, {"query": 5}]
)
async def test_list_schedules_rejects_bad_arguments(kind: str, kwargs: dict[str, Any]) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).list_schedules(**kwargs))
    assert script.requests == []


# --------------------------------------------------------------------------- mutations


async def test_update_schedule_sends_only_provided_fields(kind: str) -> None:
    script = Script([reply(200, {"schedule_id": "s", "outcome": "updated"})] * 2)
    client = make_client(kind, script)
    assert await call(client.update_schedule("s", note="n")) is None
    assert (script.last.method, script.last.url.path) == ("PUT", "/api/schedules/s")
    assert script.body() == {"note": "n"}
    await call(
        client.update_schedule(
            "s",
            spec=ScheduleSpec(intervals=[{"every": "PT1H"}]),
            action={"task_queue": "priority", "input": ["x"]},
            overlap_policy="allow_all",
            jitter_seconds=0,
            max_runs=5,
            memo={},
            search_attributes={"A": 1},
        )
    )
    assert script.body() == {
        "spec": {"intervals": [{"every": "PT1H"}]},
        "action": {"task_queue": "priority", "input": {"codec": "avro", "blob": fake_blob(["x"])}},
        "overlap_policy": "allow_all",
        "jitter_seconds": 0,
        "max_runs": 5,
        "memo": {},
        "search_attributes": {"A": 1},
    }


async def test_update_unknown_schedule(kind: str) -> None:
    client = make_client(kind, Script([reply(404, {"reason": "schedule_not_found"})]))
    with pytest.raises(errors.ScheduleNotFound):
        await call(client.update_schedule("s", note="x"))


async def test_update_validation_error_from_server(kind: str) -> None:
    body = {
        "message": "The given data was invalid.",
        "reason": "validation_failed",
        "errors": {"spec.cron_expressions.0": ["The cron expression is invalid."]},
    }
    client = make_client(kind, Script([reply(422, body)]))
    with pytest.raises(errors.InvalidArgument) as caught:
        await call(client.update_schedule("s", spec=ScheduleSpec(cron_expressions=["nope"])))
    assert caught.value.errors == body["errors"]


@pytest.mark.parametrize(
    ("method", "path"), [("pause_schedule", "pause"), ("resume_schedule", "resume")]
)
async def test_pause_and_resume(kind: str, method: str, path: str) -> None:
    ok = reply(200, {"schedule_id": "s", "outcome": path + "d"})
    script = Script([ok, ok])
    client = make_client(kind, script)
    assert await call(getattr(client, method)("s")) is None
    assert (script.last.method, script.last.url.path) == ("POST", f"/api/schedules/s/{path}")
    assert script.body() == {}
    await call(getattr(client, method)("s", note="window"))
    assert script.body() == {"note": "window"}


async def test_pause_rejects_bad_note_and_maps_404(kind: str) -> None:
    script = Script([reply(404, {"reason": "schedule_not_found"})])
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument):
        await call(client.pause_schedule("s", note=3))  # type: ignore[arg-type]
    with pytest.raises(errors.ScheduleNotFound):
        await call(client.pause_schedule("s"))
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            {"schedule_id": "s", "outcome": "triggered", "workflow_id": "w", "run_id": "r"},
            ("triggered", "w", "r", None, None),
        ),
        (
            {"schedule_id": "s", "outcome": "buffered", "buffer_depth": 2},
            ("buffered",) + (None,) * 3 + (2,),
        ),
        (
            {"schedule_id": "s", "outcome": "skipped", "reason": "status_not_triggerable"},
            ("skipped", None, None, "status_not_triggerable", None),
        ),
        ({"outcome": "buffer_full", "reason": "full"}, ("buffer_full", None, None, "full", None)),
    ],
)
async def test_trigger_schedule_outcomes(
    kind: str, answer: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    script = Script([reply(200, answer)])
    client = make_client(kind, script)
    result = await call(client.trigger_schedule("s", overlap_policy="allow_all"))
    assert (script.last.method, script.last.url.path) == ("POST", "/api/schedules/s/trigger")
    assert script.body() == {"overlap_policy": "allow_all"}
    assert result.schedule_id == "s"
    assert (
        result.outcome,
        result.workflow_id,
        result.run_id,
        result.reason,
        result.buffer_depth,
    ) == expected


async def test_trigger_schedule_failed_start_is_a_server_error(kind: str) -> None:
    body = {"schedule_id": "s", "outcome": "trigger_failed", "reason": "boom"}
    script = Script([reply(500, body)] * 3)
    client = make_client(
        kind,
        script,
        retry_policy=TransportRetryPolicy(initial_backoff_seconds=0, jitter=False),
    )
    with pytest.raises(errors.ServerError) as caught:
        await call(client.trigger_schedule("s"))
    assert caught.value.status == 500
    assert script.body() == {}
    # A trigger is not idempotent: never repeated after the server may have acted.
    assert len(script.requests) == 1


async def test_trigger_rejects_unknown_overlap_policy(kind: str) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(make_client(kind, script).trigger_schedule("s", overlap_policy="nope"))
    assert script.requests == []


async def test_delete_schedule(kind: str) -> None:
    script = Script([reply(200, {"schedule_id": "s", "outcome": "deleted"})])
    client = make_client(kind, script)
    assert await call(client.delete_schedule("s")) is None
    assert (script.last.method, script.last.url.path) == ("DELETE", "/api/schedules/s")
    assert script.last.content == b""


async def test_backfill_schedule_both_answer_shapes(kind: str) -> None:
    snapshot = {
        "schedule_id": "s",
        "outcome": "backfill_started",
        "fires_attempted": 2,
        "results": [
            {"fire_time": "2026-04-20T00:00:00+00:00", "workflow_id": "w1", "outcome": "started"},
            {"fire_time": "2026-04-20T01:00:00+00:00", "outcome": "skipped", "reason": "x"},
        ],
    }
    fixture = {
        "namespace": "ns",
        "schedule_id": "s",
        "outcome": "accepted",
        "fires_attempted": 1,
        "results": [{"fire_time": "t", "outcome": "buffered", "buffer_depth": 1}],
    }
    script = Script([reply(200, snapshot), reply(200, fixture)])
    client = make_client(kind, script)
    result = await call(
        client.backfill_schedule(
            "s", start_time="2026-04-20T00:00:00Z", end_time="2026-04-20T02:00:00Z"
        )
    )
    assert (script.last.method, script.last.url.path) == ("POST", "/api/schedules/s/backfill")
    assert script.body() == {
        "start_time": "2026-04-20T00:00:00Z",
        "end_time": "2026-04-20T02:00:00Z",
    }
    assert (result.outcome, result.fires_attempted) == ("backfill_started", 2)
    assert result.results == snapshot["results"]
    other = await call(
        client.backfill_schedule("s", start_time="a", end_time="b", overlap_policy="buffer_all")
    )
    assert script.body()["overlap_policy"] == "buffer_all"
    assert (other.outcome, other.fires_attempted, other.results[0]["buffer_depth"]) == (
        "accepted",
        1,
        1,
    )


async def test_backfill_invalid_time_range(kind: str) -> None:
    body = {"message": "end_time must be after start_time.", "reason": "invalid_time_range"}
    client = make_client(kind, Script([reply(422, body)]))
    with pytest.raises(errors.InvalidArgument) as caught:
        await call(client.backfill_schedule("s", start_time="b", end_time="a"))
    assert caught.value.reason == "invalid_time_range"


@pytest.mark.parametrize("times", [("", "x"), ("x", None), (1, "x")])
async def test_backfill_rejects_missing_times(kind: str, times: tuple[Any, Any]) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(
            make_client(kind, script).backfill_schedule("s", start_time=times[0], end_time=times[1])
        )
    assert script.requests == []


@pytest.mark.parametrize(
    "method",
    [
        "describe_schedule",
        "delete_schedule",
        "pause_schedule",
        "resume_schedule",
        "trigger_schedule",
        "get_schedule_history",
        "get_schedule_handle",
    ],
)
@pytest.mark.parametrize("schedule_id", ["", None, 5])
async def test_schedule_id_is_checked_before_sending(
    kind: str, method: str, schedule_id: Any
) -> None:
    script = Script()
    with pytest.raises(errors.InvalidArgument):
        await call(getattr(make_client(kind, script), method)(schedule_id))
    assert script.requests == []


# --------------------------------------------------------------------------- history


def _event(sequence: int, event_type: str = "ScheduleTriggered") -> dict[str, Any]:
    return {
        "id": f"evt-{sequence}",
        "sequence": sequence,
        "event_type": event_type,
        "recorded_at": "2026-04-22T06:00:00Z",
        "workflow_instance_id": None,
        "workflow_run_id": None,
        "payload": {"n": sequence},
    }


async def test_get_schedule_history_page(kind: str) -> None:
    page = {
        "schedule_id": "s",
        "namespace": "default",
        "events": [_event(6), _event(7, "ScheduleUpdated")],
        "has_more": True,
        "next_cursor": "7",
    }
    script = Script(
        [reply(200, page), reply(200, {**page, "has_more": False, "next_cursor": None})]
    )
    client = make_client(kind, script)
    result = await call(client.get_schedule_history("s", limit=2, after_sequence=5))
    assert (script.last.method, script.last.url.path) == ("GET", "/api/schedules/s/history")
    assert dict(script.last.url.params) == {"limit": "2", "after_sequence": "5"}
    assert result.has_more is True and result.next_cursor == 7
    assert result.namespace == "default"
    assert result.events[1] == ScheduleHistoryEvent(
        sequence=7,
        event_type="ScheduleUpdated",
        recorded_at="2026-04-22T06:00:00Z",
        payload={"n": 7},
        id="evt-7",
    )
    last = await call(client.get_schedule_history("s"))
    # Defaults are the server's: neither parameter is sent.
    assert script.last.url.query == b""
    assert (last.has_more, last.next_cursor) == (False, None)


@pytest.mark.parametrize(
    "kwargs",
    [{"limit": 0}, {"limit": -5}, {"limit": True}, {"after_sequence": -1}, {"after_sequence": "3"}],
)
async def test_history_arguments_are_checked_before_sending(
    kind: str, kwargs: dict[str, Any]
) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument):
        await call(client.get_schedule_history("s", **kwargs))
    with pytest.raises(errors.InvalidArgument):
        await collect(client.iter_schedule_history("s", **kwargs))
    assert script.requests == []


async def test_invalid_after_sequence_from_server(kind: str) -> None:
    body = {
        "message": "after_sequence must be a non-negative integer.",
        "reason": "invalid_after_sequence",
    }
    client = make_client(kind, Script([reply(422, body)]))
    with pytest.raises(errors.InvalidArgument) as caught:
        await call(client.get_schedule_history("s"))
    assert caught.value.reason == "invalid_after_sequence"


async def test_iter_schedule_history_follows_the_cursor(kind: str) -> None:
    script = Script(
        [
            reply(200, {"events": [_event(1), _event(2)], "has_more": True, "next_cursor": 2}),
            reply(200, {"events": [_event(3)], "has_more": True, "next_cursor": 3}),
            reply(200, {"events": [], "has_more": False, "next_cursor": None}),
        ]
    )
    client = make_client(kind, script)
    events = await collect(client.iter_schedule_history("s", limit=2))
    assert [e.sequence for e in events] == [1, 2, 3]
    assert [dict(r.url.params) for r in script.requests] == [
        {"limit": "2"},
        {"limit": "2", "after_sequence": "2"},
        {"limit": "2", "after_sequence": "3"},
    ]


@pytest.mark.parametrize("via", ["client", "handle"])
async def test_iter_schedule_history_reports_progress(kind: str, via: str) -> None:
    from durable_workflow.client.progress import Progress

    script = Script(
        [
            reply(200, {"events": [_event(1), _event(2)], "has_more": True, "next_cursor": 2}),
            reply(200, {"events": [_event(3)], "has_more": False, "next_cursor": None}),
        ]
    )
    reports: list[Progress] = []
    client = make_client(kind, script)
    events = await collect(
        client.iter_schedule_history("s", progress=reports.append)
        if via == "client"
        else client.get_schedule_handle("s").iter_history(progress=reports.append)
    )
    assert [e.sequence for e in events] == [1, 2, 3]
    assert [(r.what, r.count, r.latest, r.done) for r in reports] == [
        ("iter_schedule_history", 2, "page 1", False),
        ("iter_schedule_history", 3, "page 2", True),
    ]


async def test_iter_schedule_history_stops_on_a_cursor_that_does_not_advance(kind: str) -> None:
    script = Script(
        [
            reply(200, {"events": [_event(5)], "has_more": True, "next_cursor": 5}),
            reply(200, {"events": [_event(5)], "has_more": True, "next_cursor": 5}),
        ]
    )
    client = make_client(kind, script)
    with pytest.raises(errors.UnexpectedResponse):
        await collect(client.iter_schedule_history("s"))
    assert len(script.requests) == 2


# --------------------------------------------------------------------------- handles


async def test_schedule_handle_delegates(kind: str) -> None:
    ok = {"schedule_id": "s", "outcome": "ok"}
    script = Script(
        [
            reply(200, FLAT),
            reply(200, ok),
            reply(200, ok),
            reply(200, ok),
            reply(200, {"schedule_id": "s", "outcome": "triggered"}),
            reply(200, {"schedule_id": "s", "outcome": "backfill_started", "fires_attempted": 0}),
            reply(200, {"events": [_event(1)], "has_more": False}),
            reply(200, {"events": [_event(1)], "has_more": False}),
            reply(200, ok),
        ]
    )
    client = make_client(kind, script)
    handle = client.get_schedule_handle("s")
    assert script.requests == []
    assert (await call(handle.describe())).fires_count == 42
    await call(handle.update(max_runs=3))
    await call(handle.pause(note="p"))
    await call(handle.resume())
    assert (await call(handle.trigger(overlap_policy="skip"))).outcome == "triggered"
    assert (await call(handle.backfill(start_time="a", end_time="b"))).fires_attempted == 0
    assert (await call(handle.history(limit=1))).events[0].sequence == 1
    assert [e.sequence for e in await collect(handle.iter_history(after_sequence=0))] == [1]
    await call(handle.delete())
    sent = [
        (r.method, r.url.path, json.loads(r.content) if r.content else None)
        for r in script.requests
    ]
    assert sent == [
        ("GET", "/api/schedules/s", None),
        ("PUT", "/api/schedules/s", {"max_runs": 3}),
        ("POST", "/api/schedules/s/pause", {"note": "p"}),
        ("POST", "/api/schedules/s/resume", {}),
        ("POST", "/api/schedules/s/trigger", {"overlap_policy": "skip"}),
        ("POST", "/api/schedules/s/backfill", {"start_time": "a", "end_time": "b"}),
        ("GET", "/api/schedules/s/history", None),
        ("GET", "/api/schedules/s/history", None),
        ("DELETE", "/api/schedules/s", None),
    ]
    assert dict(script.requests[7].url.params) == {"after_sequence": "0"}


# --------------------------------------------------------------------------- reference semantics


def _fixture(name: str) -> dict[str, Any]:
    data = json.loads(shared_fixtures("control-plane", name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


async def _replay(kind: str, name: str) -> tuple[dict[str, Any], Any]:
    """Call the fixture's method with its arguments against its response body."""
    fixture = _fixture(name)
    sdk = fixture["sdk_python"]
    client = make_client(kind, Script([reply(200, fixture["response_body"])]))
    kwargs = {**(sdk.get("args") or {}), **(sdk.get("kwargs") or {})}
    return fixture["semantic_body"], await call(getattr(client, sdk["method"])(**kwargs))


async def test_fixture_semantics_describe(kind: str) -> None:
    semantic, described = await _replay(kind, "schedule-describe-parity.json")
    assert described.schedule_id == semantic["schedule_id"]
    assert described.status == semantic["status"]
    assert described.overlap_policy == semantic["overlap_policy"]
    assert described.fires_count == semantic["fires_count"]
    assert described.remaining_actions == semantic["remaining_actions"]
    assert described.action is not None
    assert described.action["workflow_type"] == semantic["workflow_type"]
    assert described.action["task_queue"] == semantic["task_queue"]


async def test_fixture_semantics_history(kind: str) -> None:
    semantic, page = await _replay(kind, "schedule-history-parity.json")
    assert page.schedule_id == semantic["schedule_id"]
    assert page.namespace == semantic["namespace"]
    assert [e.event_type for e in page.events] == semantic["event_types"]
    assert [e.sequence for e in page.events] == semantic["sequences"]
    assert (page.has_more, page.next_cursor) == (semantic["has_more"], semantic["next_cursor"])
    by_sequence = {str(e.sequence): e for e in page.events}
    for sequence, refs in semantic["workflow_refs"].items():
        event = by_sequence[sequence]
        assert event.workflow_instance_id == refs["workflow_instance_id"]
        assert event.workflow_run_id == refs["workflow_run_id"]


async def test_fixture_semantics_trigger_backfill_list(kind: str) -> None:
    semantic, triggered = await _replay(kind, "schedule-trigger-parity.json")
    assert (triggered.schedule_id, triggered.outcome) == (
        semantic["schedule_id"],
        semantic["outcome"],
    )
    assert (triggered.workflow_id, triggered.run_id) == (
        semantic["workflow_id"],
        semantic["run_id"],
    )
    semantic, backfill = await _replay(kind, "schedule-backfill-parity.json")
    assert (backfill.schedule_id, backfill.outcome, backfill.fires_attempted) == (
        semantic["schedule_id"],
        semantic["outcome"],
        semantic["fires_attempted"],
    )
    semantic, listed = await _replay(kind, "schedule-list-parity.json")
    assert [s.schedule_id for s in listed.schedules] == semantic["schedule_ids"]
    assert [s.action["workflow_type"] for s in listed.schedules] == semantic["workflow_types"]
    assert {s.schedule_id: s.status for s in listed.schedules} == semantic["statuses"]
    assert listed.next_page_token == semantic["next_page_token"]


async def test_fixture_semantics_create_returns_the_schedule_handle(kind: str) -> None:
    semantic, handle = await _replay(kind, "schedule-create-parity.json")
    assert handle.schedule_id == semantic["schedule_id"]


# --------------------------------------------------------------------------- real server exchanges

REAL = "real-server-2026-04"
# Recorded requests the client refuses before sending (the server's own 422 for them is recorded).
REFUSED_LOCALLY = {
    "250-schedule-create-missing-workflow-type",
    "251-schedule-create-empty-spec",
    "252-schedule-create-bad-overlap-policy",
    "261-schedule-update-bad-jitter",
    "272-schedule-trigger-bad-overlap-policy",
    "276-schedule-backfill-missing-times",
    "281-schedule-history-invalid-after-sequence",
}
ERRORS = {
    403: errors.Forbidden,
    404: errors.ScheduleNotFound,
    409: errors.ScheduleAlreadyExists,
    422: errors.InvalidArgument,
    500: errors.ServerError,
}


def _schedule_exchanges() -> list[str]:
    folder = shared_fixtures_dir() / REAL
    return sorted(p.stem for p in folder.glob("2[4-8][0-9]-schedule-*.json"))


def _schedule_call(request: dict[str, Any]) -> tuple[str, list[Any], dict[str, Any]]:
    """The client method, positional and keyword arguments that make ``request``."""
    parts = request["path"].split("/")[3:]
    body = dict(request.get("body") or {})
    query = request.get("query") or {}
    method = request["method"]
    if not parts:
        if method == "POST":
            return "create_schedule", [], body
        return "list_schedules", [], {}
    schedule_id, rest = parts[0], parts[1:]
    if not rest:
        name = {"GET": "describe_schedule", "PUT": "update_schedule"}.get(method, "delete_schedule")
        return name, [schedule_id], body
    verb = rest[0]
    if verb == "history":
        return (
            "get_schedule_history",
            [schedule_id],
            {k: int(v) for k, v in query.items()},
        )
    if verb == "backfill":
        # Missing times are passed as None: the client refuses them itself.
        body = {"start_time": None, "end_time": None, **body}
    return f"{verb}_schedule", [schedule_id], body


def _plain_input(body: Any) -> Any:
    """The sent body with an encoded ``action.input`` replaced by its value."""
    action = body.get("action") if isinstance(body, dict) else None
    if isinstance(action, dict) and isinstance(action.get("input"), dict):
        action["input"] = FakePayloads().decode(action["input"])
    return body


@pytest.mark.parametrize("case", _schedule_exchanges() or ["none"])
async def test_real_server_schedule_exchange(kind: str, case: str) -> None:
    exchange = json.loads(shared_fixtures(REAL, f"{case}.json").read_text(encoding="utf-8"))
    request, response = exchange["request"], exchange["response"]
    name, args, kwargs = _schedule_call(request)
    script = Script([reply(response["status"], response["body"])])
    client = make_client(kind, script)
    result: Any = None
    if case in REFUSED_LOCALLY:
        with pytest.raises(errors.InvalidArgument):
            await call(getattr(client, name)(*args, **kwargs))
        assert script.requests == []
        return
    status = response["status"]
    if status >= 400:
        with pytest.raises(ERRORS[status]):
            await call(getattr(client, name)(*args, **kwargs))
    else:
        result = await call(getattr(client, name)(*args, **kwargs))
    sent = script.last
    assert (sent.method, sent.url.path) == (request["method"], request["path"])
    assert dict(sent.url.params) == (request.get("query") or {})
    expected_body = request.get("body")
    assert _plain_input(script.body()) == (
        None if request["method"] in ("GET", "DELETE") else expected_body
    )
    if name == "describe_schedule" and result is not None:
        state, info = response["body"]["state"], response["body"]["info"]
        assert (result.status, result.note) == (state["status"], state["note"])
        assert (result.fires_count, result.failures_count) == (
            info["fires_count"],
            info["failures_count"],
        )
        assert (result.next_fire_at, result.last_fired_at) == (info["next_fire"], info["last_fire"])
    if name == "get_schedule_history" and result is not None:
        assert [e.sequence for e in result.events] == [
            e["sequence"] for e in response["body"]["events"]
        ]
        assert result.next_cursor == response["body"]["next_cursor"]
    if name == "create_schedule" and result is not None:
        assert result.schedule_id == response["body"]["schedule_id"]
