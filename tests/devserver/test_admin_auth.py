"""Roles per route, token checks and the 401/403 envelopes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from durable_workflow.devserver.errors import ApiError
from durable_workflow.devserver.http import auth

try:
    from tests.devserver.test_admin_harness import FakeConfig, FakeServer, client
except ImportError:  # pragma: no cover
    from test_admin_harness import FakeConfig, FakeServer, client  # type: ignore[no-redef]

TOKENS = {"admin": "adm-1", "operator": "op-1", "worker": "wk-1"}


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/api/health", None),
        ("GET", "/api/ready", None),
        ("GET", "/api/cluster/info", ("worker", "operator", "admin")),
        ("POST", "/api/worker/register", ("worker",)),
        ("POST", "/api/worker/workflow-tasks/poll", ("worker",)),
        ("GET", "/api/namespaces", ("operator", "admin")),
        ("GET", "/api/namespaces/orders", ("operator", "admin")),
        ("POST", "/api/namespaces", ("admin",)),
        ("PUT", "/api/namespaces/orders", ("admin",)),
        ("DELETE", "/api/namespaces/orders", ("admin",)),
        ("PUT", "/api/namespaces/orders/external-storage", ("admin",)),
        ("POST", "/api/storage/test", ("admin",)),
        ("GET", "/api/system/metrics", ("admin",)),
        ("POST", "/api/system/retention/pass", ("admin",)),
        ("DELETE", "/api/workers/w-1", ("admin",)),
        ("GET", "/api/workers/w-1", ("operator", "admin")),
        ("GET", "/api/workflows", ("operator", "admin")),
        ("POST", "/api/schedules/s/trigger", ("operator", "admin")),
        ("DELETE", "/api/schedules/s", ("operator", "admin")),
        ("POST", "/api/search-attributes", ("operator", "admin")),
        ("POST", "/api/bridge-adapters/webhook/stripe", ("operator", "admin")),
    ],
)
def test_route_roles(method: str, path: str, expected: tuple[str, ...] | None) -> None:
    assert auth.route_roles(method, path) == expected


def test_auth_is_off_by_default() -> None:
    principal = auth.check_request(SimpleNamespace(), "POST", "/api/worker/register", None)
    assert principal is not None
    assert principal.role == "admin"
    assert principal.full_access
    assert principal.method == "none"
    assert not auth.auth_enabled(FakeConfig())


def test_role_tokens() -> None:
    config = FakeConfig(auth_tokens=dict(TOKENS))
    with pytest.raises(ApiError) as missing:
        auth.check_request(config, "GET", "/api/workflows", None)
    assert missing.value.status == 401
    assert missing.value.body() == {
        "reason": "unauthorized",
        "message": "Invalid or missing authentication token.",
    }
    with pytest.raises(ApiError) as wrong:
        auth.check_request(config, "GET", "/api/workflows", "Bearer nope")
    assert wrong.value.status == 401
    with pytest.raises(ApiError) as basic:
        auth.check_request(config, "GET", "/api/workflows", "Basic op-1")
    assert basic.value.status == 401
    with pytest.raises(ApiError) as forbidden:
        auth.check_request(config, "GET", "/api/workflows", "Bearer wk-1")
    assert forbidden.value.status == 403
    assert forbidden.value.body() == {
        "reason": "forbidden",
        "message": "Authenticated role is not allowed to access this endpoint.",
        "role": "worker",
        "allowed_roles": ["operator", "admin"],
    }
    with pytest.raises(ApiError) as admin_on_worker:
        auth.check_request(config, "POST", "/api/worker/register", "Bearer adm-1")
    assert admin_on_worker.value.extra == {"role": "admin", "allowed_roles": ["worker"]}
    op = auth.check_request(config, "GET", "/api/schedules", "bearer op-1")
    assert op is not None and op.role == "operator"
    assert auth.check_request(config, "GET", "/api/health", None) is None


def test_legacy_token() -> None:
    legacy_only = FakeConfig(token="shared")
    principal = auth.check_request(legacy_only, "POST", "/api/worker/register", "Bearer shared")
    assert principal is not None and principal.full_access
    with pytest.raises(ApiError):
        auth.check_request(legacy_only, "GET", "/api/workflows", "Bearer other")
    mixed = FakeConfig(token="shared", auth_tokens={"worker": "wk-1"})
    admin = auth.check_request(mixed, "POST", "/api/namespaces", "Bearer shared")
    assert admin is not None and admin.role == "admin" and not admin.full_access
    with pytest.raises(ApiError) as no_worker:
        auth.check_request(mixed, "POST", "/api/worker/register", "Bearer shared")
    assert no_worker.value.status == 403
    strict = FakeConfig(token="shared", auth_tokens={"worker": "wk-1"})
    strict.auth_backward_compatible = False  # type: ignore[attr-defined]
    with pytest.raises(ApiError) as refused:
        auth.check_request(strict, "POST", "/api/namespaces", "Bearer shared")
    assert refused.value.status == 401


def test_roles_enforced_on_admin_routes() -> None:
    server = FakeServer(config=FakeConfig(auth_tokens=dict(TOKENS)))
    c = client(server)
    op = {"Authorization": "Bearer op-1"}
    adm = {"Authorization": "Bearer adm-1"}
    wk = {"Authorization": "Bearer wk-1"}
    assert c.get("/api/namespaces").status_code == 401
    assert c.get("/api/namespaces", headers=op).status_code == 200
    created = c.post("/api/namespaces", json={"name": "billing"}, headers=op)
    assert created.status_code == 403
    assert created.json()["allowed_roles"] == ["admin"]
    assert c.post("/api/namespaces", json={"name": "billing"}, headers=adm).status_code == 201
    probe = {"small_payload_bytes": 1, "large_payload_bytes": 1}
    assert c.post("/api/storage/test", json=probe, headers=op).status_code == 403
    assert c.post("/api/storage/test", json=probe, headers=adm).status_code == 422
    assert c.get("/api/search-attributes", headers=wk).status_code == 403
    assert c.get("/api/search-attributes", headers=op).status_code == 200
    schedules = c.get("/api/schedules", headers=wk)
    assert schedules.status_code == 403
    assert schedules.json()["role"] == "worker"
    hook = c.post("/api/bridge-adapters/webhook/x", json={}, headers=wk)
    assert hook.status_code == 403
    # a wrong role is refused before the namespace is looked at
    hidden = c.get("/api/schedules", headers={**wk, "X-Namespace": "no-such"})
    assert hidden.status_code == 403


def test_signature_driver() -> None:
    import hashlib
    import hmac

    config = SimpleNamespace(
        auth_driver="signature", signature_keys={"operator": "op-key", "worker": "wk-key"}
    )
    body = b'{"name": "x"}'
    good = hmac.new(b"op-key", body, hashlib.sha256).hexdigest()
    principal = auth.check_request(
        config, "POST", "/api/schedules", None, signature=good, body=body
    )
    assert principal is not None
    assert (principal.role, principal.method) == ("operator", "signature")
    with pytest.raises(ApiError) as missing:
        auth.check_request(config, "POST", "/api/schedules", None, body=body)
    assert missing.value.body() == {
        "reason": "unauthorized",
        "message": "Missing request signature.",
    }
    with pytest.raises(ApiError) as tampered:
        auth.check_request(config, "POST", "/api/schedules", None, signature=good, body=b"{}")
    assert tampered.value.message == "Invalid request signature."
    worker = hmac.new(b"wk-key", b"", hashlib.sha256).hexdigest()
    with pytest.raises(ApiError) as forbidden:
        auth.check_request(config, "GET", "/api/schedules", None, signature=worker)
    assert forbidden.value.status == 403
    unconfigured = SimpleNamespace(auth_driver="signature")
    with pytest.raises(ApiError) as broken:
        auth.check_request(unconfigured, "GET", "/api/schedules", None, signature="00")
    assert (broken.value.status, broken.value.reason) == (500, "server_error")


def test_explicit_drivers() -> None:
    with pytest.raises(ApiError) as broken:
        auth.check_request(SimpleNamespace(auth_driver="token"), "GET", "/api/schedules", None)
    assert (broken.value.status, broken.value.reason) == (500, "server_error")
    open_config = SimpleNamespace(auth_driver="none", auth_tokens=dict(TOKENS))
    principal = auth.check_request(open_config, "POST", "/api/worker/register", None)
    assert principal is not None and principal.full_access
    assert auth.auth_enabled(FakeConfig(token="t"))
    assert not auth.auth_enabled(open_config)
