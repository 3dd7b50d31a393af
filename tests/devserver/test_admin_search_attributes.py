"""Search attribute definitions: system vs custom, reserved names, the limit, namespaces."""

from __future__ import annotations

try:
    from tests.devserver.test_admin_harness import FakeServer, client
    from tests.devserver.test_admin_namespaces import replay
except ImportError:  # pragma: no cover
    from test_admin_harness import FakeServer, client  # type: ignore[no-redef]
    from test_admin_namespaces import replay  # type: ignore[no-redef]


def test_recorded_search_attribute_exchanges_replay() -> None:
    c = client(FakeServer())
    for name in (
        "025-search-attribute-list-ok.json",
        "026-search-attribute-create-ok.json",
        "027-search-attribute-create-int.json",
        "028-search-attribute-create-duplicate.json",
        "029-search-attribute-create-reserved-name.json",
        "030-search-attribute-create-invalid-type.json",
        "031-search-attribute-list-after-create.json",
        "032-search-attribute-delete-ok.json",
        "033-search-attribute-delete-unknown.json",
        "034-search-attribute-delete-system-attribute.json",
    ):
        replay(c, name)


def test_names_types_and_sorting() -> None:
    c = client(FakeServer())
    for name, kind in (("zeta", "keyword_list"), ("Alpha_1", "double"), ("mid", "datetime")):
        assert (
            c.post("/api/search-attributes", json={"name": name, "type": kind}).status_code == 201
        )
    listed = c.get("/api/search-attributes").json()
    assert list(listed["custom_attributes"]) == ["Alpha_1", "mid", "zeta"]
    assert listed["system_attributes"]["StartTime"] == "datetime"
    bad = c.post("/api/search-attributes", json={"name": "1abc", "type": "text"})
    assert bad.status_code == 422
    assert bad.json()["errors"] == {"name": ["The name field format is invalid."]}
    missing = c.post("/api/search-attributes", json={})
    assert missing.json()["message"] == "The name field is required. (and 1 more error)"
    assert (
        c.post("/api/search-attributes", json={"name": "a" * 129, "type": "int"}).status_code == 422
    )


def test_limit_per_namespace() -> None:
    server = FakeServer()
    server.config.max_search_attributes = 2
    c = client(server)
    assert c.post("/api/search-attributes", json={"name": "a", "type": "int"}).status_code == 201
    assert c.post("/api/search-attributes", json={"name": "b", "type": "int"}).status_code == 201
    full = c.post("/api/search-attributes", json={"name": "c", "type": "int"})
    assert full.status_code == 422
    assert full.json()["reason"] == "search_attribute_limit_reached"
    assert full.json()["limit"] == 2


def test_definitions_are_scoped_to_their_namespace() -> None:
    c = client(FakeServer())
    c.post("/api/namespaces", json={"name": "orders"})
    orders = {"X-Namespace": "orders"}
    assert (
        c.post(
            "/api/search-attributes", json={"name": "Tier", "type": "keyword"}, headers=orders
        ).status_code
        == 201
    )
    assert c.get("/api/search-attributes").json()["custom_attributes"] == []
    assert c.get("/api/search-attributes", headers=orders).json()["custom_attributes"] == {
        "Tier": "keyword"
    }
    assert c.delete("/api/search-attributes/Tier").status_code == 404
    # the same name may exist, with another type, in another namespace
    assert c.post("/api/search-attributes", json={"name": "Tier", "type": "int"}).status_code == 201
    assert c.delete("/api/search-attributes/Tier", headers=orders).status_code == 200
    assert c.get("/api/search-attributes").json()["custom_attributes"] == {"Tier": "int"}
    assert (
        c.get("/api/search-attributes", headers={"X-Namespace": "nope"}).json()["reason"]
        == "namespace_not_found"
    )
