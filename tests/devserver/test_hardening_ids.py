"""One id rule for every kind of id: what can be created can be addressed."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.devserver.conftest import WP, Api

BAD_IDS = ["a/b", "..", ".", "nul\x00", "sp ace", "q?x", "h#sh", "pct%2F", "é"]
SCHEDULE = {"spec": {"intervals": [{"every": "PT1H"}]}, "action": {"workflow_type": "t"}}


@pytest.mark.parametrize("bad", BAD_IDS)
def test_unaddressable_ids_are_refused_at_creation(api: Api, bad: str) -> None:
    r = api.cp("POST", "/api/schedules", {"schedule_id": bad, **SCHEDULE})
    assert r.status_code == 422, r.text
    assert "schedule_id" in r.json()["errors"]
    r = api.cp("POST", "/api/workflows", {"workflow_type": "t", "workflow_id": bad})
    assert r.status_code == 422, r.text
    r = api.cp("POST", "/api/workflows", {"workflow_type": "t", "task_queue": bad})
    assert r.status_code == 422, r.text
    r = api.http.post(
        "/api/worker/register",
        json={"worker_id": bad, "task_queue": "q", "runtime": "python"},
        headers=WP,
    )
    assert r.status_code == 422, r.text


@pytest.mark.parametrize("good", ["a.b", "x:y-z_1", "...", "A" * 128])
def test_every_id_the_rule_admits_round_trips(api: Api, good: str) -> None:
    r = api.cp("POST", "/api/schedules", {"schedule_id": good, **SCHEDULE})
    assert r.status_code == 201, r.text
    assert api.cp("GET", f"/api/schedules/{quote(good)}").status_code == 200
    assert api.cp("DELETE", f"/api/schedules/{quote(good)}").status_code in (200, 204)
    api.start(good)
    assert api.cp("GET", f"/api/workflows/{quote(good)}").status_code == 200
    r = api.http.post(
        "/api/worker/register",
        json={"worker_id": good, "task_queue": "q", "runtime": "python"},
        headers=WP,
    )
    assert r.status_code in (200, 201), r.text
    r = api.http.delete(f"/api/worker/registrations/{quote(good)}", headers=WP)
    assert r.status_code == 200, r.text
