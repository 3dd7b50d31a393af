"""Schedule methods and handles replayed from cassettes recorded against the dev server.

Each test drives one client (sync or async, both replay the same cassette) through a schedule's
life and checks the exact requests (method, path, query, JSON body) and the parsed results.
Schedules are created paused or with far-apart cron times, so no fire of their own lands in the
middle of a recording.
"""

from __future__ import annotations

from typing import Any

import pytest

from durable_workflow import errors
from durable_workflow.client import (
    ScheduleAction,
    ScheduleHandle,
    ScheduleSpec,
    SyncScheduleHandle,
)
from durable_workflow.codec import decode_payload
from tests.cassette_support import Recording, recorded

from .conftest import call

pytest.importorskip("vcr")

SCHEDULE = "nightly-report"


async def collect(iterator: Any) -> list[Any]:
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)


def sent(rec: Recording) -> list[tuple[str, str, dict[str, str], Any]]:
    """(method, path, query, JSON body) of every recorded request."""
    return [(r.method, r.path, dict(r.query), rec.json_body(i)) for i, r in enumerate(rec.requests)]


async def test_schedule_lifecycle(kind: str) -> None:
    with recorded("schedules/lifecycle") as rec:
        client = rec.client(kind)
        handle = await call(
            client.create_schedule(
                schedule_id=SCHEDULE,
                spec=ScheduleSpec(cron_expressions=["0 2 * * *"], timezone="UTC"),
                action=ScheduleAction(
                    workflow_type="reports.build",
                    task_queue="reports",
                    input=["eu", 3],
                    execution_timeout_seconds=600,
                ),
                overlap_policy="allow_all",
                max_runs=10,
                memo={"team": "reports"},
                paused=True,
                note="created paused",
            )
        )
        with pytest.raises(errors.ScheduleAlreadyExists):
            await call(
                client.create_schedule(
                    schedule_id=SCHEDULE,
                    spec=ScheduleSpec(cron_expressions=["0 2 * * *"]),
                    action=ScheduleAction(workflow_type="reports.build"),
                )
            )
        paused = await call(handle.describe())
        await call(
            client.update_schedule(
                SCHEDULE,
                spec=ScheduleSpec(cron_expressions=["30 3 * * *"], timezone="Europe/Berlin"),
                action=ScheduleAction(workflow_type="reports.build", run_timeout_seconds=120),
                jitter_seconds=5,
                note="moved to 03:30",
            )
        )
        await call(client.resume_schedule(SCHEDULE, note="live"))
        active = await call(client.describe_schedule(SCHEDULE))
        triggered = await call(client.trigger_schedule(SCHEDULE, overlap_policy="allow_all"))
        await call(handle.pause(note="hold"))
        skipped = await call(handle.trigger())
        await call(handle.resume())
        listed = await call(client.list_schedules())
        await call(handle.update(max_runs=20, memo={"team": "platform"}))
        updated = await call(client.get_schedule_handle(SCHEDULE).describe())
        await call(handle.delete())
        with pytest.raises(errors.ScheduleNotFound):
            await call(handle.describe())
        requests = sent(rec)

    assert isinstance(handle, ScheduleHandle if kind == "async" else SyncScheduleHandle)
    assert handle.schedule_id == SCHEDULE
    create_body = requests[0][3]
    assert requests[0][:3] == ("POST", "/api/schedules", {})
    assert decode_payload(create_body["action"].pop("input")) == ["eu", 3]
    assert create_body == {
        "schedule_id": SCHEDULE,
        "spec": {"cron_expressions": ["0 2 * * *"], "timezone": "UTC"},
        "action": {
            "workflow_type": "reports.build",
            "task_queue": "reports",
            "execution_timeout_seconds": 600,
        },
        "overlap_policy": "allow_all",
        "max_runs": 10,
        "memo": {"team": "reports"},
        "paused": True,
        "note": "created paused",
    }
    assert requests[1][3] == {
        "schedule_id": SCHEDULE,
        "spec": {"cron_expressions": ["0 2 * * *"]},
        "action": {"workflow_type": "reports.build"},
    }
    assert [(m, p, q) for m, p, q, _ in requests[2:]] == [
        ("GET", f"/api/schedules/{SCHEDULE}", {}),
        ("PUT", f"/api/schedules/{SCHEDULE}", {}),
        ("POST", f"/api/schedules/{SCHEDULE}/resume", {}),
        ("GET", f"/api/schedules/{SCHEDULE}", {}),
        ("POST", f"/api/schedules/{SCHEDULE}/trigger", {}),
        ("POST", f"/api/schedules/{SCHEDULE}/pause", {}),
        ("POST", f"/api/schedules/{SCHEDULE}/trigger", {}),
        ("POST", f"/api/schedules/{SCHEDULE}/resume", {}),
        ("GET", "/api/schedules", {}),
        ("PUT", f"/api/schedules/{SCHEDULE}", {}),
        ("GET", f"/api/schedules/{SCHEDULE}", {}),
        ("DELETE", f"/api/schedules/{SCHEDULE}", {}),
        ("GET", f"/api/schedules/{SCHEDULE}", {}),
    ]
    bodies = [body for _, _, _, body in requests[2:]]
    assert bodies == [
        None,
        {
            "spec": {"cron_expressions": ["30 3 * * *"], "timezone": "Europe/Berlin"},
            "action": {"workflow_type": "reports.build", "run_timeout_seconds": 120},
            "jitter_seconds": 5,
            "note": "moved to 03:30",
        },
        {"note": "live"},
        None,
        {"overlap_policy": "allow_all"},
        {"note": "hold"},
        {},
        {},
        None,
        {"max_runs": 20, "memo": {"team": "platform"}},
        None,
        None,
        None,
    ]

    assert paused.schedule_id == SCHEDULE
    assert (paused.status, paused.note, paused.overlap_policy) == (
        "paused",
        "created paused",
        "allow_all",
    )
    assert paused.spec == {"cron_expressions": ["0 2 * * *"], "timezone": "UTC"}
    assert paused.action is not None and paused.action["task_queue"] == "reports"
    assert paused.action["execution_timeout_seconds"] == 600
    assert (paused.max_runs, paused.remaining_actions, paused.fires_count) == (10, 10, 0)
    assert paused.memo == {"team": "reports"}
    assert paused.created_at is not None

    assert (active.status, active.note, active.jitter_seconds) == ("active", "live", 5)
    assert active.spec == {"cron_expressions": ["30 3 * * *"], "timezone": "Europe/Berlin"}
    assert active.action is not None and active.action["run_timeout_seconds"] == 120
    # The update merged the action: the task queue set at creation is still there.
    assert active.action["task_queue"] == "reports"
    assert active.next_fire_at is not None

    assert (triggered.schedule_id, triggered.outcome) == (SCHEDULE, "triggered")
    assert triggered.workflow_id and triggered.run_id
    assert (skipped.outcome, skipped.reason, skipped.workflow_id) == (
        "skipped",
        "status_not_triggerable",
        None,
    )
    [item] = [s for s in listed.schedules if s.schedule_id == SCHEDULE]
    assert (item.status, item.fires_count) == ("active", 1)
    assert listed.next_page_token is None
    assert (updated.max_runs, updated.memo, updated.fires_count) == (20, {"team": "platform"}, 1)


async def test_schedule_backfill_history_and_delete(kind: str) -> None:
    with recorded("schedules/backfill_history_delete") as rec:
        client = rec.client(kind)
        handle = await call(
            client.create_schedule(
                schedule_id="hourly-sync",
                spec=ScheduleSpec(cron_expressions=["0 * * * *"]),
                action=ScheduleAction(workflow_type="sync.run", task_queue="sync"),
                overlap_policy="allow_all",
            )
        )
        backfill = await call(
            handle.backfill(
                start_time="2026-04-20T00:00:00Z",
                end_time="2026-04-20T03:00:00Z",
                overlap_policy="allow_all",
            )
        )
        with pytest.raises(errors.InvalidArgument) as bad_range:
            await call(
                client.backfill_schedule(
                    "hourly-sync",
                    start_time="2026-04-20T03:00:00Z",
                    end_time="2026-04-20T00:00:00Z",
                )
            )
        await call(client.delete_schedule("hourly-sync"))
        with pytest.raises(errors.ScheduleNotFound):
            await call(client.describe_schedule("hourly-sync"))
        first = await call(client.get_schedule_history("hourly-sync", limit=2))
        second = await call(handle.history(limit=2, after_sequence=first.next_cursor))
        everything = await call(collect(client.iter_schedule_history("hourly-sync", limit=2)))
        tail = await call(collect(handle.iter_history(after_sequence=2)))
        with pytest.raises(errors.InvalidArgument):
            await call(client.get_schedule_history("hourly-sync", after_sequence=-1))
        with pytest.raises(errors.ScheduleNotFound):
            await call(client.get_schedule_history("never-existed"))
        requests = sent(rec)

    history = "/api/schedules/hourly-sync/history"
    assert [(m, p, q) for m, p, q, _ in requests] == [
        ("POST", "/api/schedules", {}),
        ("POST", "/api/schedules/hourly-sync/backfill", {}),
        ("POST", "/api/schedules/hourly-sync/backfill", {}),
        ("DELETE", "/api/schedules/hourly-sync", {}),
        ("GET", "/api/schedules/hourly-sync", {}),
        ("GET", history, {"limit": "2"}),
        ("GET", history, {"limit": "2", "after_sequence": "2"}),
        # iter_schedule_history: pages until has_more is false
        ("GET", history, {"limit": "2"}),
        ("GET", history, {"limit": "2", "after_sequence": "2"}),
        ("GET", history, {"limit": "2", "after_sequence": "4"}),
        # the handle's iter_history from a cursor, server-default page size
        ("GET", history, {"after_sequence": "2"}),
        ("GET", "/api/schedules/never-existed/history", {}),
    ]
    assert requests[1][3] == {
        "start_time": "2026-04-20T00:00:00Z",
        "end_time": "2026-04-20T03:00:00Z",
        "overlap_policy": "allow_all",
    }
    assert requests[2][3] == {
        "start_time": "2026-04-20T03:00:00Z",
        "end_time": "2026-04-20T00:00:00Z",
    }
    assert requests[3][3] is None

    # Half-open window: 00:00, 01:00 and 02:00 fire; 03:00 does not.
    assert (backfill.schedule_id, backfill.fires_attempted) == ("hourly-sync", 3)
    assert backfill.results is not None
    assert [r["outcome"] for r in backfill.results] == ["started"] * 3
    assert [r["fire_time"][:19] for r in backfill.results] == [
        "2026-04-20T00:00:00",
        "2026-04-20T01:00:00",
        "2026-04-20T02:00:00",
    ]
    assert bad_range.value.reason == "invalid_time_range"

    assert first.schedule_id == "hourly-sync" and first.namespace == "default"
    assert [e.sequence for e in first.events] == [1, 2]
    assert first.has_more is True and first.next_cursor == 2
    assert [e.sequence for e in second.events] == [3, 4]
    assert (second.has_more, second.next_cursor) == (True, 4)
    assert [(e.sequence, e.event_type) for e in everything] == [
        (1, "ScheduleCreated"),
        (2, "ScheduleTriggered"),
        (3, "ScheduleTriggered"),
        (4, "ScheduleTriggered"),
        (5, "ScheduleDeleted"),
    ]
    assert [e.sequence for e in tail] == [3, 4, 5]
    assert all(e.recorded_at and e.id for e in everything)
    started = [r["workflow_id"] for r in backfill.results]
    assert [e.workflow_instance_id for e in everything[1:4]] == started
    assert everything[0].payload is not None
    assert everything[0].payload["spec"] == {"cron_expressions": ["0 * * * *"]}
