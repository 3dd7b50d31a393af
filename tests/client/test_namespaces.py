"""Discovery and namespace methods: exact requests and mapped results, both clients."""

from __future__ import annotations

import pytest

from durable_workflow import errors
from durable_workflow.client import ExternalPayloadStoragePolicy, NamespaceDescription

from .conftest import Script, call, make_client, reply

NS = {
    "name": "billing",
    "description": "Billing workflows",
    "retention_days": 14,
    "status": "active",
    "external_payload_storage": None,
    "created_at": "2026-04-02T00:00:00+00:00",
    "updated_at": "2026-04-03T00:00:00+00:00",
}


def _cp_headers_ok(request: object, namespace: str = "default") -> None:
    headers = request.headers  # type: ignore[attr-defined]
    assert headers["X-Durable-Workflow-Control-Plane-Version"] == "2"
    assert headers["X-Namespace"] == namespace
    assert headers["Authorization"] == "Bearer shared-secret-token"


async def test_list_namespaces(kind: str) -> None:
    script = Script([reply(200, {"namespaces": [NS, {"name": "default", "future": 1}]})])
    client = make_client(kind, script)
    result = await call(client.list_namespaces())
    request = script.last
    assert (request.method, request.url.path, request.url.query) == ("GET", "/api/namespaces", b"")
    _cp_headers_ok(request)
    assert result.namespaces[0] == NamespaceDescription(
        name="billing",
        description="Billing workflows",
        retention_days=14,
        status="active",
        created_at="2026-04-02T00:00:00+00:00",
        updated_at="2026-04-03T00:00:00+00:00",
    )
    assert result.namespaces[1].name == "default"


async def test_describe_namespace_encodes_the_name(kind: str) -> None:
    script = Script([reply(200, NS)])
    client = make_client(kind, script, namespace="other")
    result = await call(client.describe_namespace("bil ling/x"))
    assert script.last.method == "GET"
    assert script.last.url.raw_path == b"/api/namespaces/bil%20ling%2Fx"
    _cp_headers_ok(script.last, "other")
    assert result.name == "billing"


async def test_describe_unknown_namespace(kind: str) -> None:
    body = {
        "message": "Namespace [x] not found.",
        "reason": "namespace_not_found",
        "namespace": "x",
    }
    client = make_client(kind, Script([reply(404, body)]))
    with pytest.raises(errors.NamespaceNotFound):
        await call(client.describe_namespace("x"))


async def test_create_namespace_sends_all_three_keys(kind: str) -> None:
    script = Script([reply(201, {**NS, "updated_at": None})])
    client = make_client(kind, script)
    result = await call(client.create_namespace("billing"))
    assert (script.last.method, script.last.url.path) == ("POST", "/api/namespaces")
    assert script.last.headers["Content-Type"] == "application/json"
    assert script.body() == {"name": "billing", "description": None, "retention_days": 30}
    assert result.status == "active"


async def test_create_namespace_with_values_and_conflict(kind: str) -> None:
    conflict = {"message": "exists", "reason": "namespace_already_exists", "namespace": "b"}
    script = Script([reply(201, NS), reply(409, conflict)])
    client = make_client(kind, script)
    await call(client.create_namespace("b", description="d", retention_days=7))
    assert script.body() == {"name": "b", "description": "d", "retention_days": 7}
    with pytest.raises(errors.NamespaceAlreadyExists) as caught:
        await call(client.create_namespace("b"))
    assert caught.value.status == 409


async def test_update_namespace_sends_only_given_fields(kind: str) -> None:
    script = Script([reply(200, NS), reply(200, NS), reply(200, NS)])
    client = make_client(kind, script)
    await call(client.update_namespace("billing", retention_days=10))
    assert (script.last.method, script.last.url.path) == ("PUT", "/api/namespaces/billing")
    assert script.body() == {"retention_days": 10}
    await call(client.update_namespace("billing", description="new"))
    assert script.body() == {"description": "new"}
    await call(client.update_namespace("billing"))
    assert script.body() == {}


async def test_delete_namespace(kind: str) -> None:
    body = {
        "name": "billing",
        "status": "deleted",
        "deleted": {"workflow_runs": 2, "workflow_schedules": 1, "note": "x"},
    }
    script = Script([reply(200, body)])
    client = make_client(kind, script)
    result = await call(client.delete_namespace("billing"))
    assert (script.last.method, script.last.url.path) == ("DELETE", "/api/namespaces/billing")
    assert script.last.content == b""
    assert result.status == "deleted"
    assert result.deleted == {"workflow_runs": 2, "workflow_schedules": 1}


async def test_delete_namespace_on_a_server_without_the_route(kind: str) -> None:
    body = {"message": "The DELETE method is not supported.", "reason": "method_not_allowed"}
    client = make_client(kind, Script([reply(405, body)]))
    with pytest.raises(errors.UnsupportedByServer) as caught:
        await call(client.delete_namespace("billing"))
    assert caught.value.method == "delete_namespace"
    assert caught.value.missing == "DELETE /api/namespaces/billing"
    assert caught.value.status == 405


async def test_set_namespace_external_storage(kind: str) -> None:
    storage = {
        "driver": "s3",
        "enabled": True,
        "threshold_bytes": 1024,
        "config": {"bucket": "b", "disk": "s3"},
    }
    script = Script([reply(200, {**NS, "external_payload_storage": storage}), reply(200, NS)])
    client = make_client(kind, script)
    result = await call(
        client.set_namespace_external_storage(
            "billing", driver="s3", threshold_bytes=1024, config={"bucket": "b", "disk": "s3"}
        )
    )
    assert (script.last.method, script.last.url.path) == (
        "PUT",
        "/api/namespaces/billing/external-storage",
    )
    assert script.body() == {
        "driver": "s3",
        "enabled": True,
        "threshold_bytes": 1024,
        "config": {"bucket": "b", "disk": "s3"},
    }
    assert result.external_payload_storage == ExternalPayloadStoragePolicy(
        driver="s3",
        enabled=True,
        threshold_bytes=1024,
        config={"bucket": "b", "disk": "s3"},
        raw=storage,
    )
    await call(client.set_namespace_external_storage("billing", driver="local", enabled=False))
    assert script.body() == {"driver": "local", "enabled": False}


async def test_set_namespace_external_storage_deprecated_alias(kind: str) -> None:
    script = Script([reply(200, NS)])
    client = make_client(kind, script)
    with pytest.warns(DeprecationWarning, match="namespace"):
        await call(client.set_namespace_external_storage(namespace="billing", driver="local"))
    assert script.last.url.path == "/api/namespaces/billing/external-storage"
    with pytest.raises(errors.InvalidArgument):
        await call(client.set_namespace_external_storage("a", namespace="b", driver="local"))
    with pytest.raises(errors.InvalidArgument):
        await call(client.set_namespace_external_storage(driver="local"))
    with pytest.raises(errors.InvalidArgument):
        await call(client.set_namespace_external_storage("a", driver="local", threshold_bytes=0))
    assert len(script.requests) == 1


async def test_bad_names_fail_before_sending(kind: str) -> None:
    script = Script()
    client = make_client(kind, script)
    for bad in ("", "  "):
        with pytest.raises(errors.InvalidArgument):
            await call(client.describe_namespace(bad))
        with pytest.raises(errors.InvalidArgument):
            await call(client.create_namespace(bad))
    assert script.requests == []
