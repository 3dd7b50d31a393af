"""Namespaces, external storage policy and the storage probe of the development server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import shared_fixtures

try:
    from tests.devserver.test_admin_harness import FakeConfig, FakeServer, client
except ImportError:  # pragma: no cover - collected without the package layout
    from test_admin_harness import FakeConfig, FakeServer, client  # type: ignore[no-redef]


def recorded(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        shared_fixtures("real-server-2026-04", name).read_text(encoding="utf-8")
    )
    return data


def replay(c: Any, name: str, *, ignore: tuple[str, ...] = ()) -> dict[str, Any]:
    """Send a recorded request and compare status and body (minus volatile fields)."""
    fx = recorded(name)
    req, res = fx["request"], fx["response"]
    headers = {k: v for k, v in req["headers"].items() if k.lower() == "x-namespace"}
    resp = c.request(
        req["method"],
        req["path"],
        params=req.get("query") or None,
        json=req["body"],
        headers=headers,
    )
    assert resp.status_code == res["status"], resp.text
    assert resp.headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    body: dict[str, Any] = resp.json()
    expected = res["body"]
    for key, value in expected.items():
        if key in ignore:
            assert key in body
            continue
        assert body.get(key) == value, (key, body)
    return body


TIMES = ("created_at", "updated_at")


def test_recorded_namespace_exchanges_replay() -> None:
    server = FakeServer()
    c = client(server)
    listed = replay(c, "006-namespace-list-ok.json", ignore=("namespaces",))
    assert [n["name"] for n in listed["namespaces"]] == ["default"]
    assert listed["namespaces"][0]["description"] == "Default namespace"
    replay(c, "007-namespace-create-ok.json", ignore=TIMES)
    replay(c, "008-namespace-create-duplicate.json")
    replay(c, "009-namespace-create-invalid-name.json")
    replay(c, "011-namespace-describe-ok.json", ignore=TIMES)
    replay(c, "012-namespace-describe-unknown.json")
    replay(c, "013-namespace-update-ok.json", ignore=TIMES)
    replay(c, "014-namespace-update-invalid-retention.json")
    replay(c, "015-namespace-update-unknown.json")
    replay(c, "016-namespace-external-storage-local-driver.json", ignore=TIMES)
    replay(c, "017-namespace-external-storage-unsupported-driver.json")
    replay(c, "018-namespace-external-storage-unknown-namespace.json")
    after = c.get("/api/namespaces").json()["namespaces"]
    assert [n["name"] for n in after] == ["default", "orders"]
    assert after[1]["external_payload_storage"]["driver"] == "local"
    replay(c, "020-storage-test-not-configured.json")
    replay(c, "022-storage-test-driver-not-configured.json")
    replay(c, "023-storage-test-validation-error.json")


def test_create_lowercases_and_validates() -> None:
    c = client(FakeServer())
    resp = c.post("/api/namespaces", json={"name": "Billing.EU", "description": None})
    assert resp.status_code == 201
    body = resp.json()
    assert body["name"] == "billing.eu"
    assert body["retention_days"] == 30
    assert body["status"] == "active"
    assert body["external_payload_storage"] is None
    assert c.get("/api/namespaces/BILLING.EU").json()["name"] == "billing.eu"
    bad = c.post("/api/namespaces", json={"description": 5, "retention_days": "x"})
    assert bad.status_code == 422
    assert bad.json()["reason"] == "validation_failed"
    assert set(bad.json()["errors"]) == {"name", "description", "retention_days"}
    assert bad.json()["message"] == "The name field is required. (and 2 more errors)"
    assert c.post("/api/namespaces", json={"name": "x" * 129}).status_code == 422
    assert c.post("/api/namespaces", json={"name": "default"}).status_code == 409


def test_update_changes_only_supplied_fields() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/namespaces", json={"name": "orders", "description": "d", "retention_days": 7})
    server.clock.advance(60)
    resp = c.put("/api/namespaces/orders", json={"retention_days": 9, "description": None})
    assert resp.status_code == 200
    body = resp.json()
    assert body["description"] == "d"
    assert body["retention_days"] == 9
    assert body["updated_at"] > body["created_at"]


def test_delete_namespace_removes_it_and_reports_counts() -> None:
    server = FakeServer()
    c = client(server)
    c.post("/api/namespaces", json={"name": "billing"})
    ns = {"X-Namespace": "billing"}
    assert (
        c.post(
            "/api/search-attributes", json={"name": "Tier", "type": "keyword"}, headers=ns
        ).status_code
        == 201
    )
    schedule = {
        "schedule_id": "s",
        "spec": {"intervals": [{"every": "PT1H"}]},
        "action": {"workflow_type": "g"},
    }
    assert c.post("/api/schedules", json=schedule, headers=ns).status_code == 201
    assert c.post("/api/schedules", json=schedule).status_code == 201
    # engine-owned tables: one keyed by namespace, one by run only
    with server.db.transaction() as conn:
        conn.execute("CREATE TABLE workflow_runs (run_id TEXT, namespace TEXT)")
        conn.execute("CREATE TABLE run_notes (run_id TEXT)")
        conn.executemany(
            "INSERT INTO workflow_runs VALUES (?, ?)",
            [("r1", "billing"), ("r2", "billing"), ("r3", "default")],
        )
        conn.executemany("INSERT INTO run_notes VALUES (?)", [("r1",), ("r3",)])
    resp = c.delete("/api/namespaces/billing")
    assert resp.status_code == 200
    body = resp.json()
    assert body["name"] == "billing"
    assert body["status"] == "deleted"
    assert body["deleted"] == {
        "workflow_runs": 2,
        "workflow_schedules": 1,
        "search_attribute_definitions": 1,
        "workflow_worker_registrations": 0,
    }
    assert [r["run_id"] for r in server.db.query("SELECT run_id FROM run_notes")] == ["r3"]
    assert [r["run_id"] for r in server.db.query("SELECT run_id FROM workflow_runs")] == ["r3"]
    assert c.get("/api/schedules/s").status_code == 200  # other namespaces untouched
    assert all(isinstance(v, int) for v in body["deleted"].values())
    assert c.get("/api/namespaces/billing").status_code == 404
    assert c.delete("/api/namespaces/billing").json()["reason"] == "namespace_not_found"
    assert c.delete("/api/namespaces/default").status_code == 422
    # re-created namespace starts empty
    c.post("/api/namespaces", json={"name": "billing"})
    assert c.get("/api/search-attributes", headers=ns).json()["custom_attributes"] == []
    assert c.get("/api/schedules/s/history", headers=ns).status_code == 404


def test_external_storage_policy_validation_and_replacement() -> None:
    c = client(FakeServer())
    resp = c.put(
        "/api/namespaces/default/external-storage",
        json={
            "driver": "s3",
            "enabled": True,
            "threshold_bytes": 2097152,
            "config": {"disk": "objects", "bucket": "dw", "prefix": "", "region": None},
        },
    )
    assert resp.status_code == 200
    assert resp.json()["external_payload_storage"] == {
        "driver": "s3",
        "enabled": True,
        "threshold_bytes": 2097152,
        "config": {"disk": "objects", "bucket": "dw"},
    }
    resp = c.put("/api/namespaces/default/external-storage", json={"driver": "local"})
    assert resp.json()["external_payload_storage"] == {"driver": "local", "enabled": True}
    bad = c.put(
        "/api/namespaces/default/external-storage",
        json={
            "driver": "local",
            "enabled": "maybe",
            "threshold_bytes": 0,
            "config": {"bucket": "b" * 256},
        },
    )
    assert bad.status_code == 422
    assert set(bad.json()["errors"]) == {"enabled", "threshold_bytes", "config.bucket"}
    missing = c.put("/api/namespaces/default/external-storage", json={})
    assert missing.json()["errors"] == {"driver": ["The driver field is required."]}


def test_storage_probe_round_trips_through_the_local_driver(tmp_path: Path) -> None:
    c = client(FakeServer(config=FakeConfig(external_storage_root=str(tmp_path))))
    c.post("/api/namespaces", json={"name": "orders"})
    uri = (tmp_path / "payloads").as_uri()
    c.put(
        "/api/namespaces/orders/external-storage", json={"driver": "local", "config": {"uri": uri}}
    )
    resp = c.post(
        "/api/storage/test",
        headers={"X-Namespace": "orders"},
        json={"driver": "local", "small_payload_bytes": 16, "large_payload_bytes": 4096},
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["status"] == "passed"
    assert body["namespace"] == "orders"
    small = body["small_payload"]
    assert small["sha256"] == "c3a1b8f1b1f7447a5ed53e71d6e879395998e3e7021e0c748d5b38d1a14301a5"
    assert small["reference_uri"] == f"{uri}/storage-test-small/c3/{small['sha256']}"
    assert body["large_payload"]["bytes"] == 4096
    # the probe cleans up after itself
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_storage_probe_diagnostics(tmp_path: Path) -> None:
    server = FakeServer()
    server.config.external_storage_root = str(tmp_path)
    c = client(server)
    sizes = {"small_payload_bytes": 1, "large_payload_bytes": 2}
    c.put("/api/namespaces/default/external-storage", json={"driver": "local", "enabled": False})
    off = c.post("/api/storage/test", json=sizes)
    assert off.status_code == 422
    assert off.json()["reason"] == "external_storage_disabled"
    assert off.json()["status"] == "failed"
    c.put("/api/namespaces/default/external-storage", json={"driver": "gcs"})
    gcs = c.post("/api/storage/test", json=sizes)
    assert gcs.json()["reason"] == "storage_driver_unavailable"
    assert gcs.json()["driver"] == "gcs"
    c.put("/api/namespaces/default/external-storage", json={"driver": "local"})
    ok = c.post("/api/storage/test", json=sizes)
    assert ok.status_code == 200
    assert ok.json()["small_payload"]["reference_uri"].startswith((tmp_path / "default").as_uri())
    too_big = c.post(
        "/api/storage/test", json={"small_payload_bytes": 1048577, "large_payload_bytes": 16777217}
    )
    assert too_big.status_code == 422
    assert too_big.json()["errors"]["large_payload_bytes"] == [
        "The large payload bytes field must not be greater than 16777216."
    ]


def test_storage_probe_unwritable_folder_is_a_diagnostic_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    c = client(FakeServer())
    c.put(
        "/api/namespaces/default/external-storage",
        json={"driver": "local", "config": {"uri": (blocker / "payloads").as_uri()}},
    )
    resp = c.post("/api/storage/test", json={"small_payload_bytes": 1, "large_payload_bytes": 1})
    assert resp.status_code == 422
    assert resp.json()["reason"] == "storage_driver_unavailable"
