"""Security posture of the development server: visible auth state, no silent exposure,
confined local storage, and namespace-scoped tokens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from durable_workflow.devserver.__main__ import auth_summary, main
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server
from tests.devserver.conftest import CP


def test_the_start_up_line_says_when_authentication_is_off() -> None:
    assert auth_summary(ServerConfig()) == "authentication: off (anyone on this host is admin)"
    on = auth_summary(ServerConfig(auth_tokens={"admin": "a"}))
    assert on.startswith("authentication: on") and "admin" in on
    scoped = auth_summary(ServerConfig(namespace_tokens={"t": ("operator", "billing")}))
    assert "billing" in scoped and scoped.startswith("authentication: on")


@pytest.mark.parametrize(
    "argv",
    [
        ["--host", "0.0.0.0", "--port", "0", "--db", ":memory:"],
        ["--host", "::", "--port", "0", "--db", ":memory:"],
        ["--token", "", "--port", "0", "--db", ":memory:"],
        ["--admin-token", "  ", "--port", "0", "--db", ":memory:"],
        ["--namespace-token", "boss=t@ns", "--port", "0", "--db", ":memory:"],
        ["--namespace-token", "admin=t", "--port", "0", "--db", ":memory:"],
    ],
)
def test_unsafe_start_ups_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert capsys.readouterr().err


@pytest.fixture
def scoped() -> Iterator[httpx.Client]:
    config = ServerConfig(
        auth_tokens={"admin": "root-token"},
        namespace_tokens={"billing-op": ("operator", "billing")},
    )
    with run_dev_server(config=config) as dev, httpx.Client(base_url=dev.base_url) as http:
        admin = {**CP, "Authorization": "Bearer root-token"}
        r = http.post("/api/namespaces", json={"name": "billing"}, headers=admin)
        assert r.status_code == 201, r.text
        r = http.post("/api/namespaces", json={"name": "payroll"}, headers=admin)
        assert r.status_code == 201, r.text
        yield http


def _as(token: str, namespace: str) -> dict[str, str]:
    return {**CP, "Authorization": f"Bearer {token}", "X-Namespace": namespace}


def test_a_namespace_token_works_in_its_namespace_only(scoped: httpx.Client) -> None:
    body = {"workflow_type": "t", "workflow_id": "inv-1"}
    r = scoped.post("/api/workflows", json=body, headers=_as("billing-op", "billing"))
    assert r.status_code == 201, r.text
    assert scoped.get("/api/workflows", headers=_as("billing-op", "billing")).status_code == 200
    for namespace in ("payroll", "default"):
        r = scoped.get("/api/workflows", headers=_as("billing-op", namespace))
        assert r.status_code == 403, r.text
        assert r.json()["reason"] == "forbidden"
    r = scoped.get("/api/namespaces/payroll", headers=_as("billing-op", "billing"))
    assert r.status_code == 403
    r = scoped.post("/api/namespaces", json={"name": "x"}, headers=_as("billing-op", "billing"))
    assert r.status_code == 403
    r = scoped.get("/api/namespaces", headers=_as("billing-op", "billing"))
    assert r.status_code == 403, r.text  # the list spans namespaces the token cannot see
    r = scoped.get("/api/namespaces/billing", headers=_as("billing-op", "billing"))
    assert r.status_code == 200, r.text
    assert scoped.get("/api/workflows", headers=_as("wrong", "billing")).status_code == 401
    assert scoped.get("/api/workflows", headers=_as("root-token", "payroll")).status_code == 200


def test_local_storage_is_confined_to_the_storage_root(tmp_path: Path) -> None:
    """A policy may name any folder (as on the real server), but the server writes only
    inside the root it was started with."""
    root = tmp_path / "root"
    outside = tmp_path / "elsewhere"
    config = ServerConfig(external_storage_root=str(root))
    probe = {"driver": "local", "small_payload_bytes": 10, "large_payload_bytes": 16_000_000}
    with run_dev_server(config=config) as dev, httpx.Client(base_url=dev.base_url) as http:
        path = "/api/namespaces/default/external-storage"
        for uri in (outside.as_uri(), (root / ".." / "elsewhere").as_uri(), "file:///"):
            r = http.put(path, json={"driver": "local", "config": {"uri": uri}}, headers=CP)
            assert r.status_code == 200, r.text
            r = http.post("/api/storage/test", json=probe, headers=CP)
            assert r.status_code == 422, r.text
            assert r.json()["reason"] == "storage_driver_unavailable"
        assert not outside.exists()
        inside = {"driver": "local", "config": {"uri": (root / "mine").as_uri()}}
        assert http.put(path, json=inside, headers=CP).status_code == 200
        probe["large_payload_bytes"] = 20
        r = http.post("/api/storage/test", json=probe, headers=CP)
        assert r.status_code == 200, r.text
        assert (root / "mine").is_dir()
