"""Schedules: routes, firing on the clock, overlap policies, backfill, history, restarts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from durable_workflow.devserver.clock import ManualClock
from durable_workflow.devserver.engine import schedule_spec, schedules

try:
    from tests.devserver.test_admin_harness import START, FakeServer, client
    from tests.devserver.test_admin_namespaces import recorded, replay
except ImportError:  # pragma: no cover
    from test_admin_harness import START, FakeServer, client  # type: ignore[no-redef]
    from test_admin_namespaces import recorded, replay  # type: ignore[no-redef]

DAILY = {
    "schedule_id": "daily-greeting",
    "spec": {"cron_expressions": ["0 9 * * *"], "timezone": "UTC"},
    "action": {"workflow_type": "greeting", "task_queue": "schedule-q", "input": ["world"]},
}


def hourly(policy: str = "skip", **extra: Any) -> dict[str, Any]:
    return {
        "schedule_id": "hourly",
        "spec": {"intervals": [{"every": "PT1H"}]},
        "action": {"workflow_type": "greeting"},
        "overlap_policy": policy,
        **extra,
    }


def tick(server: FakeServer) -> list[dict[str, Any]]:
    return asyncio.run(schedules.tick(server))


def describe(c: Any, schedule_id: str = "hourly") -> dict[str, Any]:
    resp = c.get(f"/api/schedules/{schedule_id}")
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


def to_next_hour(server: FakeServer) -> None:
    now = server.clock.now()
    nxt = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    server.clock.advance((nxt - now).total_seconds())


# ── recorded exchanges ─────────────────────────────────────────────────────────────────────


def test_recorded_create_describe_and_error_exchanges() -> None:
    server = FakeServer()
    c = client(server)
    replay(c, "246-schedule-create-cron.json")
    replay(c, "247-schedule-create-interval.json")
    created = replay(c, "248-schedule-create-paused-generated-id.json", ignore=("schedule_id",))
    assert len(created["schedule_id"]) == 26 and created["schedule_id"].isupper()
    for name in (
        "249-schedule-create-duplicate.json",
        "250-schedule-create-missing-workflow-type.json",
        "251-schedule-create-empty-spec.json",
        "252-schedule-create-bad-overlap-policy.json",
        "254-schedule-create-unparseable-interval-accepted.json",
        "258-schedule-describe-unknown.json",
        "262-schedule-update-unknown.json",
        "265-schedule-pause-unknown.json",
        "267-schedule-resume-unknown.json",
        "261-schedule-update-bad-jitter.json",
        "272-schedule-trigger-bad-overlap-policy.json",
        "273-schedule-trigger-unknown.json",
        "275-schedule-backfill-end-before-start.json",
        "276-schedule-backfill-missing-times.json",
        "277-schedule-backfill-unknown.json",
        "282-schedule-history-unknown.json",
    ):
        replay(c, name)
    replay(c, "255-schedule-describe-cron.json", ignore=("created_at", "updated_at"))
    replay(
        c, "257-schedule-describe-unparseable-interval.json", ignore=("created_at", "updated_at")
    )
    interval = replay(
        c, "256-schedule-describe-interval.json", ignore=("created_at", "updated_at", "info")
    )
    next_fire = datetime.fromisoformat(interval["info"]["next_fire"])
    base = datetime(2026, 11, 24, 7, 5, tzinfo=UTC)
    assert base <= next_fire <= base + timedelta(seconds=30)
    listed = c.get("/api/schedules").json()["schedules"]
    expected = recorded("259-schedule-list-ok.json")["response"]["body"]["schedules"]
    # newest first, like the recording (whose generated id differs from ours)
    assert [s["schedule_id"] for s in listed] == [
        "bad-interval",
        created["schedule_id"],
        "hourly-greeting",
        "daily-greeting",
    ]
    assert len(expected) == len(listed)
    by_id = {s["schedule_id"]: s for s in listed}
    assert by_id["hourly-greeting"]["max_runs"] == 100
    assert by_id["hourly-greeting"]["remaining_actions"] == 100
    assert by_id["hourly-greeting"]["jitter_seconds"] == 30
    assert "jitter_seconds" not in by_id["daily-greeting"]
    assert by_id[created["schedule_id"]]["status"] == "paused"
    assert by_id[created["schedule_id"]]["next_fire"] == "2026-11-24T07:00:00+00:00"


def test_invalid_cron_is_a_validation_error_not_a_crash() -> None:
    c = client(FakeServer())
    resp = c.post(
        "/api/schedules",
        json={
            "spec": {"cron_expressions": ["every day at nine"]},
            "action": {"workflow_type": "g"},
        },
    )
    assert resp.status_code == 422
    assert resp.json()["errors"] == {
        "spec.cron_expressions.0": ["Invalid cron expression: [every day at nine]."]
    }
    bad_tz = c.post(
        "/api/schedules",
        json={
            "spec": {"cron_expressions": ["* * * * *"], "timezone": "Mars/Base"},
            "action": {"workflow_type": "g"},
        },
    )
    assert bad_tz.json()["errors"] == {
        "spec.timezone": ["The spec.timezone field must be a valid timezone."]
    }
    empty = c.post(
        "/api/schedules",
        json={"spec": {"cron_expressions": [], "intervals": []}, "action": {"workflow_type": "g"}},
    )
    assert empty.status_code == 422
    no_every = c.post(
        "/api/schedules",
        json={"spec": {"intervals": [{"offset": "PT1M"}]}, "action": {"workflow_type": "g"}},
    )
    assert no_every.json()["errors"] == {
        "spec.intervals.0.every": ["The spec.intervals.0.every field is required."]
    }
    memo = c.post("/api/schedules", json={**hourly(), "memo": {"x": "y" * 300_000}})
    assert memo.status_code == 422
    assert memo.json()["reason"] == "memo_too_large"
    assert memo.json()["limit"] == 262144


def test_update_merges_action_and_recomputes_next_fire() -> None:
    server = FakeServer()
    c = client(server)
    c.post(
        "/api/schedules",
        json={**DAILY, "action": {**DAILY["action"], "workflow_execution_timeout": 3600}},
    )
    assert describe(c, "daily-greeting")["action"]["execution_timeout_seconds"] == 3600
    replay(c, "260-schedule-update-ok.json")
    detail = describe(c, "daily-greeting")
    assert detail["spec"] == {"cron_expressions": ["30 8 * * 1-5"], "timezone": "Europe/Paris"}
    assert detail["action"] == {
        "workflow_type": "greeting",
        "task_queue": "schedule-q",
        "input": ["team"],
        "execution_timeout_seconds": 3600,
    }
    assert detail["state"]["note"] == "weekdays only"
    assert detail["jitter_seconds"] == 60
    # Tuesday 24 Nov 2026, 08:30 Paris = 07:30 UTC, plus up to 60 s of jitter
    next_fire = datetime.fromisoformat(detail["info"]["next_fire"])
    base = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    assert base <= next_fire <= base + timedelta(seconds=60)
    resp = c.put("/api/schedules/daily-greeting", json={"max_runs": 5, "memo": None})
    assert resp.status_code == 200
    detail = describe(c, "daily-greeting")
    assert detail["max_runs"] == 5
    assert detail["remaining_actions"] == 5
    assert detail["memo"] is None


# ── firing ─────────────────────────────────────────────────────────────────────────────────


def test_cron_schedule_fires_when_the_clock_reaches_it() -> None:
    server = FakeServer()
    c = client(server)
    assert c.post("/api/schedules", json=DAILY).status_code == 201
    assert tick(server) == []
    server.clock.advance((datetime(2026, 11, 24, 8, 59, 59, tzinfo=UTC) - START).total_seconds())
    assert tick(server) == []
    server.clock.advance(1)
    fired = tick(server)
    assert [r["outcome"] for r in fired] == ["triggered"]
    namespace, body, source = server.workflows.starts[0]
    assert namespace == "default"
    assert source == "schedule"
    assert body["workflow_type"] == "greeting"
    assert body["task_queue"] == "schedule-q"
    assert body["input"] == ["world"]
    detail = describe(c, "daily-greeting")
    assert detail["info"]["fires_count"] == 1
    assert detail["fires_count"] == 1
    assert detail["info"]["last_fire"] == "2026-11-24T09:00:00+00:00"
    assert detail["info"]["next_fire"] == "2026-11-25T09:00:00+00:00"
    assert detail["next_fire_at"] == "2026-11-25T09:00:00+00:00"
    assert detail["latest_workflow_instance_id"] == fired[0]["workflow_id"]
    action = detail["info"]["recent_actions"][0]
    assert action["outcome"] == "scheduled"
    assert action["occurrence_time"].startswith("2026-11-24T09:00:00")
    assert tick(server) == []


def test_interval_schedule_with_offset_fires_each_period() -> None:
    server = FakeServer()
    c = client(server)
    c.post(
        "/api/schedules",
        json={**hourly("allow_all"), "spec": {"intervals": [{"every": "PT1H", "offset": "PT5M"}]}},
    )
    assert describe(c)["info"]["next_fire"] == "2026-11-24T07:05:00+00:00"
    server.clock.advance((datetime(2026, 11, 24, 7, 5, tzinfo=UTC) - START).total_seconds())
    assert len(tick(server)) == 1
    server.clock.advance(3600)
    assert len(tick(server)) == 1
    assert describe(c)["info"]["next_fire"] == "2026-11-24T09:05:00+00:00"
    assert len(server.workflows.starts) == 2


def test_jitter_delays_within_the_window() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly(jitter_seconds=600))
    next_fire = datetime.fromisoformat(describe(c)["info"]["next_fire"])
    base = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    assert base <= next_fire <= base + timedelta(seconds=600)
    server.clock.advance((next_fire - START).total_seconds() - 1)
    assert tick(server) == []
    server.clock.advance(1)
    assert [r["outcome"] for r in tick(server)] == ["triggered"]


def test_skip_policy_skips_while_the_last_run_is_open() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly("skip"))
    to_next_hour(server)
    first = tick(server)[0]
    to_next_hour(server)
    skipped = tick(server)
    assert [(r["outcome"], r.get("reason")) for r in skipped] == [
        ("skipped", "overlap_policy_skip")
    ]
    assert skipped[0]["occurrence_time"].startswith("2026-11-24T08:00:00")
    detail = describe(c)
    assert detail["info"]["skipped_trigger_count"] == 1
    assert detail["info"]["last_skip_reason"] == "overlap_policy_skip"
    server.workflows.complete("default", first["workflow_id"])
    to_next_hour(server)
    assert [r["outcome"] for r in tick(server)] == ["triggered"]
    assert describe(c)["fires_count"] == 2


def test_buffer_one_buffers_then_drains_when_the_run_closes() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly("buffer_one"))
    first = c.post("/api/schedules/hourly/trigger", json={}).json()
    assert first["outcome"] == "triggered"
    assert first["schedule_id"] == "hourly"
    second = c.post("/api/schedules/hourly/trigger", json={}).json()
    assert second == {
        "schedule_id": "hourly",
        "namespace": "default",
        "outcome": "buffered",
        "buffer_depth": 1,
    }
    third = c.post("/api/schedules/hourly/trigger", json={}).json()
    assert third["outcome"] == "buffer_full"
    assert third["reason"] == "Previous workflow is still running and buffer is at capacity."
    skipped = c.post("/api/schedules/hourly/trigger", json={"overlap_policy": "skip"}).json()
    assert skipped["outcome"] == "skipped"
    assert skipped["reason"] == "overlap_policy_skip"
    detail = describe(c)
    assert len(detail["info"]["buffered_actions"]) == 1
    assert detail["info"]["skipped_trigger_count"] == 2
    assert tick(server) == []  # still running: nothing drains
    server.workflows.complete("default", first["workflow_id"])
    drained = tick(server)
    assert [r["outcome"] for r in drained] == ["drained"]
    detail = describe(c)
    assert detail["info"]["buffered_actions"] == []
    assert detail["fires_count"] == 2
    assert detail["latest_workflow_instance_id"] == drained[0]["workflow_id"]


def test_buffer_all_keeps_every_fire() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly("buffer_all"))
    first = c.post("/api/schedules/hourly/trigger").json()
    for depth in (1, 2, 3):
        assert c.post("/api/schedules/hourly/trigger").json()["buffer_depth"] == depth
    server.workflows.complete("default", first["workflow_id"])
    assert len(tick(server)) == 1
    assert len(describe(c)["info"]["buffered_actions"]) == 2


@pytest.mark.parametrize(
    ("policy", "closed"), [("cancel_other", "cancelled"), ("terminate_other", "terminated")]
)
def test_cancel_and_terminate_other_close_the_running_workflow(policy: str, closed: str) -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly(policy))
    first = c.post("/api/schedules/hourly/trigger").json()
    second = c.post("/api/schedules/hourly/trigger").json()
    assert second["outcome"] == "triggered"
    assert server.workflows.runs[("default", first["workflow_id"])]["status"] == closed
    assert server.workflows.is_running("default", second["workflow_id"])


def test_allow_all_starts_alongside_a_running_workflow() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly("skip"))
    c.post("/api/schedules/hourly/trigger")
    override = c.post("/api/schedules/hourly/trigger", json={"overlap_policy": "allow_all"}).json()
    assert override["outcome"] == "triggered"
    assert len(server.workflows.starts) == 2


def test_catch_up_after_a_jump_follows_the_overlap_policy() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly("allow_all", schedule_id="all"))
    c.post("/api/schedules", json=hourly("skip", schedule_id="one"))
    c.post("/api/schedules", json=hourly("buffer_one", schedule_id="buf"))
    server.clock.advance(3 * 3600)  # 09:56: missed 07:00, 08:00, 09:00
    results = tick(server)
    by_schedule: dict[str, list[str]] = {}
    for r in results:
        by_schedule.setdefault(r["schedule_id"], []).append(r["outcome"])
    assert by_schedule["all"] == ["triggered"] * 3
    assert by_schedule["one"] == ["triggered", "skipped", "skipped"]
    assert by_schedule["buf"] == ["triggered", "buffered", "buffer_full"]
    assert describe(c, "all")["info"]["next_fire"] == "2026-11-24T10:00:00+00:00"


def test_schedules_survive_a_restart_and_catch_up(tmp_path: Path) -> None:
    path = str(tmp_path / "dev.sqlite")
    server = FakeServer(path)
    c = client(server)
    c.post("/api/schedules", json=hourly("allow_all", max_runs=10))
    c.post("/api/schedules/hourly/pause", json={"note": "hold"})
    c.post("/api/schedules/hourly/resume", json={})
    to_next_hour(server)
    assert len(tick(server)) == 1
    server.db.close()
    later = ManualClock(server.clock.now() + timedelta(hours=2, minutes=30))
    restarted = FakeServer(path, clock=later)
    c2 = client(restarted)
    before = describe(c2)
    assert before["fires_count"] == 1
    assert before["remaining_actions"] == 9
    assert before["state"]["note"] == "hold"
    fired = tick(restarted)
    assert [r["occurrence_time"][:19] for r in fired] == [
        "2026-11-24T08:00:00",
        "2026-11-24T09:00:00",
    ]
    after = describe(c2)
    assert after["fires_count"] == 3
    assert after["remaining_actions"] == 7
    history = c2.get("/api/schedules/hourly/history").json()
    assert [e["event_type"] for e in history["events"]] == [
        "ScheduleCreated",
        "SchedulePaused",
        "ScheduleResumed",
        "ScheduleTriggered",
        "ScheduleTriggered",
        "ScheduleTriggered",
    ]


def test_pause_stops_firing_and_resume_does_not_catch_up() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly("allow_all"))
    paused = c.post("/api/schedules/hourly/pause", json={"note": "freeze"}).json()
    assert paused["outcome"] == "paused"
    assert paused["paused"] is True
    assert paused["note"] == "freeze"
    detail = describe(c)
    assert detail["state"] == {"status": "paused", "paused": True, "note": "freeze"}
    assert detail["paused_at"] is not None
    server.clock.advance(5 * 3600)
    assert tick(server) == []
    skipped = c.post("/api/schedules/hourly/trigger").json()
    assert skipped["outcome"] == "skipped"
    assert skipped["reason"] == "status_not_triggerable"
    resumed = c.post("/api/schedules/hourly/resume", json={"note": "thaw"}).json()
    assert resumed["outcome"] == "resumed"
    assert resumed["paused"] is False
    detail = describe(c)
    assert detail["state"] == {"status": "active", "paused": False, "note": "thaw"}
    assert tick(server) == []
    assert detail["info"]["next_fire"] == "2026-11-24T12:00:00+00:00"
    assert c.post("/api/schedules/hourly/resume").status_code == 200
    assert c.post("/api/schedules/hourly/pause", json={"note": 5}).status_code == 422


def test_max_runs_counts_down_and_deletes_the_schedule() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly("allow_all", max_runs=2))
    c.post("/api/schedules/hourly/trigger")
    assert describe(c)["remaining_actions"] == 1
    c.post("/api/schedules/hourly/trigger")
    assert c.get("/api/schedules/hourly").status_code == 404
    events = c.get("/api/schedules/hourly/history").json()["events"]
    assert events[-1]["event_type"] == "ScheduleDeleted"
    assert events[-1]["payload"]["reason"] == "max_runs_exhausted"


def test_trigger_failure_is_reported_and_counted() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly())
    server.workflows.fail_next_start = "engine unavailable"
    resp = c.post("/api/schedules/hourly/trigger")
    assert resp.status_code == 500
    assert resp.json() == {
        "schedule_id": "hourly",
        "namespace": "default",
        "outcome": "trigger_failed",
        "reason": "engine unavailable",
    }
    detail = describe(c)
    assert detail["failures_count"] == 1
    assert detail["info"]["recent_actions"][0]["outcome"] == "failed"
    assert detail["fires_count"] == 0


def test_backfill_fires_each_occurrence_in_the_window() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=DAILY)
    c.put(
        "/api/schedules/daily-greeting",
        json={"spec": {"cron_expressions": ["30 8 * * 1-5"], "timezone": "Europe/Paris"}},
    )
    body = replay(c, "274-schedule-backfill-ok.json", ignore=("results",))
    assert [r["fire_time"] for r in body["results"]] == [
        "2026-11-16T08:30:00+01:00",
        "2026-11-17T08:30:00+01:00",
        "2026-11-18T08:30:00+01:00",
    ]
    assert all(r["outcome"] == "started" and r["workflow_id"] for r in body["results"])
    assert describe(c, "daily-greeting")["fires_count"] == 3
    # half-open window, skip policy while the last backfilled run is open
    skip = c.post(
        "/api/schedules/daily-greeting/backfill",
        json={"start_time": "2026-11-19T07:30:00Z", "end_time": "2026-11-20T07:30:00Z"},
    )
    assert [r["outcome"] for r in skip.json()["results"]] == ["skipped"]
    bad = c.post(
        "/api/schedules/daily-greeting/backfill",
        json={"start_time": "yesterday", "end_time": "2026-11-20T07:30:00Z"},
    )
    assert bad.json()["errors"] == {"start_time": ["The start time field must be a valid date."]}


def test_history_pages_with_a_cursor() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly())
    c.put("/api/schedules/hourly", json={"note": "n", "jitter_seconds": 5})
    c.post("/api/schedules/hourly/pause", json={"note": "p"})
    c.post("/api/schedules/hourly/resume", json={})
    first = c.get("/api/schedules/hourly/history", params={"limit": 2}).json()
    assert [e["sequence"] for e in first["events"]] == [1, 2]
    assert first["has_more"] is True
    assert first["next_cursor"] == 2
    assert first["events"][1]["payload"]["changed_fields"] == [
        "spec",
        "action",
        "jitter_seconds",
        "note",
    ]
    created = first["events"][0]
    assert created["event_type"] == "ScheduleCreated"
    assert created["payload"]["command_context"]["context"]["server"]["command"] == (
        "schedule.create"
    )
    assert created["payload"]["schedule"]["schedule_id"] == "hourly"
    second = c.get(
        "/api/schedules/hourly/history", params={"limit": 2, "after_sequence": first["next_cursor"]}
    ).json()
    assert [e["event_type"] for e in second["events"]] == ["SchedulePaused", "ScheduleResumed"]
    assert second["events"][0]["payload"]["reason"] == "p"
    assert second["has_more"] is False
    assert second["next_cursor"] is None
    default = c.get("/api/schedules/hourly/history", params={"limit": "abc"}).json()
    assert len(default["events"]) == 4
    for bad in ("-1", "x", "1.5"):
        resp = c.get("/api/schedules/hourly/history", params={"after_sequence": bad})
        assert resp.status_code == 422
        assert resp.json()["reason"] == "invalid_after_sequence"
    c.delete("/api/schedules/hourly")
    gone = c.get("/api/schedules/hourly/history").json()
    assert gone["events"][-1]["event_type"] == "ScheduleDeleted"
    assert gone["events"][-1]["payload"]["schedule"]["status"] == "deleted"


def test_delete_and_recreate() -> None:
    c = client(FakeServer())
    c.post("/api/schedules", json=hourly())
    deleted = c.delete("/api/schedules/hourly")
    assert deleted.json()["outcome"] == "deleted"
    assert c.delete("/api/schedules/hourly").json()["reason"] == "schedule_not_found"
    for path in ("", "/pause", "/resume", "/trigger", "/backfill"):
        method = "GET" if not path else "POST"
        assert c.request(method, "/api/schedules/hourly" + path, json={}).status_code == 404
    assert c.get("/api/schedules").json()["schedules"] == []
    assert c.post("/api/schedules", json=hourly()).status_code == 201
    assert c.get("/api/schedules/hourly/history").json()["events"][0]["sequence"] == 1


def test_list_filters_and_pages() -> None:
    server = FakeServer()
    c = client(server)
    for index in range(5):
        body = hourly(schedule_id=f"s{index}")
        if index % 2:
            body["action"] = {"workflow_type": "other"}
            body["paused"] = True
        c.post("/api/schedules", json=body)
    listed = c.get("/api/schedules").json()
    assert [s["schedule_id"] for s in listed["schedules"]] == ["s4", "s3", "s2", "s1", "s0"]
    assert listed["next_page_token"] is None
    assert listed["namespace"] == "default"
    paused = c.get("/api/schedules", params={"status": "paused"}).json()["schedules"]
    assert [s["schedule_id"] for s in paused] == ["s3", "s1"]
    typed = c.get("/api/schedules", params={"workflow_type": "greeting"}).json()["schedules"]
    assert [s["schedule_id"] for s in typed] == ["s4", "s2", "s0"]
    page = c.get("/api/schedules", params={"page_size": 2}).json()
    seen = [s["schedule_id"] for s in page["schedules"]]
    while page["next_page_token"]:
        page = c.get(
            "/api/schedules", params={"page_size": 2, "next_page_token": page["next_page_token"]}
        ).json()
        seen += [s["schedule_id"] for s in page["schedules"]]
    assert seen == ["s4", "s3", "s2", "s1", "s0"]
    assert c.get("/api/schedules", params={"page_size": 2}).json()["schedule_count"] == 5
    bad = c.get("/api/schedules", params={"status": "gone"})
    assert bad.status_code == 422
    assert bad.json()["field"] == "status"


def test_schedules_are_invisible_from_other_namespaces() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/namespaces", json={"name": "orders"})
    orders = {"X-Namespace": "orders"}
    assert c.post("/api/schedules", json=hourly(), headers=orders).status_code == 201
    assert c.get("/api/schedules").json()["schedules"] == []
    assert c.get("/api/schedules/hourly").status_code == 404
    assert c.get("/api/schedules/hourly/history").status_code == 404
    assert c.post("/api/schedules/hourly/trigger").status_code == 404
    assert c.post("/api/schedules", json=hourly()).status_code == 201  # same id, other namespace
    fired = c.post("/api/schedules/hourly/trigger", headers=orders).json()
    assert server.workflows.starts[-1][0] == "orders"
    assert describe(c)["fires_count"] == 0
    assert fired["namespace"] == "orders"


async def test_background_loop_fires_on_manual_clock_advance() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/schedules", json=hourly("allow_all"))
    task = asyncio.create_task(schedules.background(server))
    try:
        await asyncio.sleep(0.05)
        assert server.workflows.starts == []
        server.clock.advance(3600)
        for _ in range(1000):
            if server.workflows.starts:
                break
            await asyncio.sleep(0.01)
        assert len(server.workflows.starts) == 1
        # a new schedule wakes the loop too, and a further advance fires both
        c.post("/api/schedules", json=hourly("allow_all", schedule_id="second"))
        server.clock.advance(3600)
        for _ in range(1000):
            if len(server.workflows.starts) == 3:
                break
            await asyncio.sleep(0.01)
        assert len(server.workflows.starts) == 3
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


def test_duration_and_cron_helpers() -> None:
    assert schedule_spec.duration_seconds("PT30M") == 1800
    assert schedule_spec.duration_seconds("P1DT1S") == 86401
    assert schedule_spec.duration_seconds("P2W") == 14 * 86400
    assert schedule_spec.duration_seconds("P1Y1M") == 395 * 86400
    for bad in ("banana", "P", "PT", "", None, "P1DT"):
        assert schedule_spec.duration_seconds(bad) is None
    assert schedule_spec.valid_cron("*/15 * * * *")
    assert schedule_spec.valid_cron("@daily")
    assert not schedule_spec.valid_cron("0 0 * * * *")
    spec = {"cron_expressions": ["0 7 * * *"], "intervals": [{"every": "PT4H"}]}
    after = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    assert schedule_spec.next_occurrence(spec, after) == datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    spec["cron_expressions"] = ["0 12 * * *"]
    assert schedule_spec.next_occurrence(spec, after) == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    window = schedule_spec.occurrences_between(
        {"intervals": [{"every": "PT1H"}]}, after, after + timedelta(hours=3)
    )
    assert window == [after + timedelta(hours=h) for h in range(3)]


def test_out_of_range_numbers_and_dates_are_refused_or_tolerated() -> None:
    c = client(FakeServer())
    huge = c.post("/api/schedules", json={**hourly(), "max_runs": 10**30})
    assert huge.status_code == 422
    assert set(huge.json()["errors"]) == {"max_runs"}
    far = c.post(
        "/api/schedules",
        json={**hourly(schedule_id="far"), "spec": {"intervals": [{"every": "P99999999999Y"}]}},
    )
    assert far.status_code == 201
    assert describe(c, "far")["next_fire_at"] is None
    c.post("/api/schedules", json=hourly())
    early = c.post(
        "/api/schedules/hourly/backfill",
        json={"start_time": "0001-01-01T00:00:00Z", "end_time": "0001-01-01T03:00:00Z"},
    )
    assert early.status_code == 200
    assert early.json()["fires_attempted"] == 2
    history = c.get("/api/schedules/hourly/history", params={"after_sequence": "9" * 30})
    assert history.status_code == 200
    assert history.json()["events"] == []


def test_actions_the_engine_would_refuse_are_refused_up_front() -> None:
    c = client(FakeServer())
    memo_list = c.post("/api/schedules", json={**hourly(), "memo": [1, 2]})
    assert memo_list.json()["errors"] == {"memo": ["The memo field must be an array."]}
    assert c.post("/api/schedules", json={**hourly(), "memo": []}).status_code == 201
    codec = c.post(
        "/api/schedules",
        json={
            **hourly(schedule_id="c"),
            "action": {"workflow_type": "g", "input": {"codec": "json", "blob": "x"}},
        },
    )
    assert codec.json()["errors"] == {
        "action.input.codec": ['Unknown payload codec "json". Known codecs: avro.']
    }
    engine = c.post(
        "/api/schedules",
        json={**hourly(schedule_id="u"), "action": {"workflow_type": "unloadable"}},
    )
    assert engine.status_code == 422
    assert engine.json()["errors"] == {
        "action.workflow_type": ["The workflow type cannot be loaded."]
    }
    update = c.put("/api/schedules/hourly", json={"action": {"workflow_type": "unloadable"}})
    assert update.status_code == 422
    assert describe(c)["action"]["workflow_type"] == "greeting"


def test_recorded_trigger_sequence_and_resulting_state() -> None:
    server = FakeServer()
    c = client(server)
    replay(c, "247-schedule-create-interval.json")
    server.clock.advance(1)  # the recording's triggers came one second later
    replay(c, "268-schedule-trigger-ok.json", ignore=("workflow_id", "run_id"))
    replay(c, "269-schedule-trigger-buffered.json")
    replay(c, "270-schedule-trigger-buffer-full.json")
    replay(c, "271-schedule-trigger-overlap-skip.json")
    detail = replay(
        c,
        "283-schedule-describe-after-activity.json",
        ignore=("info", "created_at", "updated_at", "latest_workflow_instance_id"),
    )
    expected = recorded("283-schedule-describe-after-activity.json")["response"]["body"]["info"]
    info = detail["info"]
    for key in (
        "last_fire",
        "fires_count",
        "failures_count",
        "skipped_trigger_count",
        "last_skip_reason",
        "last_skipped_at",
    ):
        assert info[key] == expected[key], key
    assert [a["outcome"] for a in info["recent_actions"]] == ["scheduled"]
    assert info["recent_actions"][0]["workflow_id"] == detail["latest_workflow_instance_id"]
    assert info["buffered_actions"] == expected["buffered_actions"]
    history = c.get("/api/schedules/hourly-greeting/history").json()
    assert [e["event_type"] for e in history["events"]] == [
        "ScheduleCreated",
        "ScheduleTriggered",
        "ScheduleTriggerSkipped",
        "ScheduleTriggerSkipped",
    ]
    expected_events = recorded("278-schedule-history-ok.json")["response"]["body"]["events"]
    assert [e["event_type"] for e in expected_events][:3] == [
        e["event_type"] for e in history["events"]
    ][:3]
    triggered = history["events"][1]["payload"]
    assert triggered["outcome"] == "scheduled"
    assert triggered["effective_overlap_policy"] == "buffer_one"
    assert triggered["trigger_number"] == 1
    assert triggered["schedule_id"] == "hourly-greeting"
    assert triggered["overlap_policy"] == "buffer_one"
    assert "cron_expression" not in triggered  # interval spec
    assert history["events"][1]["workflow_instance_id"] == triggered["workflow_instance_id"]
    assert history["events"][2]["payload"]["reason"] == "buffer_full"
    assert history["events"][3]["payload"]["reason"] == "overlap_policy_skip"


def test_operator_metrics_block() -> None:
    server = FakeServer()
    c = client(server)
    empty = schedules.operator_metrics(server, "default")
    assert empty == {
        "active": 0,
        "paused": 0,
        "missed": 0,
        "oldest_overdue_at": None,
        "max_overdue_ms": 0,
        "fires_total": 0,
        "failures_total": 0,
    }
    c.post("/api/schedules", json=hourly("allow_all"))
    c.post("/api/schedules", json={**hourly(schedule_id="p"), "paused": True})
    c.post("/api/schedules/hourly/trigger")
    server.clock.advance(3600)  # 07:56: the 07:00 fire is overdue until the loop runs
    metrics = schedules.operator_metrics(server, "default")
    assert metrics["active"] == 1
    assert metrics["paused"] == 1
    assert metrics["missed"] == 1
    assert metrics["oldest_overdue_at"] == "2026-11-24T07:00:00+00:00"
    assert metrics["max_overdue_ms"] == (56 * 60 + 27) * 1000
    assert metrics["fires_total"] == 1
    tick(server)
    assert schedules.operator_metrics(server, "default")["missed"] == 0
    assert schedules.operator_metrics(server, "other")["active"] == 0
