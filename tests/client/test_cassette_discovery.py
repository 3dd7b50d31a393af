"""Discovery and namespace methods replayed from cassettes recorded against the dev server."""

from __future__ import annotations

from tests.cassette_support import REDACTED, recorded

from .conftest import call


async def test_get_cluster_info(kind: str) -> None:
    with recorded("discovery/get_cluster_info") as rec:
        info = await call(rec.client(kind).get_cluster_info())
        sent = rec.requests[0]
    assert (sent.method, sent.path) == ("GET", "/api/cluster/info")
    assert sent.headers["Authorization"] == REDACTED
    assert info["worker_protocol"]["version"] == "1.20"
    assert "avro" in str(info)


async def test_namespace_lifecycle(kind: str) -> None:
    with recorded("namespaces/lifecycle") as rec:
        client = rec.client(kind)
        created = await call(
            client.create_namespace("billing", description="Billing", retention_days=14)
        )
        described = await call(client.describe_namespace("billing"))
        updated = await call(client.update_namespace("billing", retention_days=21))
        listed = await call(client.list_namespaces())
        deleted = await call(client.delete_namespace("billing"))
        bodies = [rec.json_body(i) for i in range(len(rec.requests))]
        paths = [(r.method, r.path) for r in rec.requests]
    assert paths == [
        ("POST", "/api/namespaces"),
        ("GET", "/api/namespaces/billing"),
        ("PUT", "/api/namespaces/billing"),
        ("GET", "/api/namespaces"),
        ("DELETE", "/api/namespaces/billing"),
    ]
    assert bodies[0] == {"name": "billing", "description": "Billing", "retention_days": 14}
    assert bodies[2] == {"retention_days": 21}
    assert created.name == described.name == "billing"
    assert described.retention_days == 14
    assert updated.retention_days == 21
    assert {ns.name for ns in listed.namespaces} >= {"default", "billing"}
    assert bodies[4] is None
    assert deleted.name == "billing"
    assert deleted.status == "deleted"
    assert isinstance(deleted.deleted, dict)
