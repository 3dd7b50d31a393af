"""Page tokens this server did not issue are a 400, lists page in SQL, and search is literal."""

from __future__ import annotations

import pytest

from tests.devserver.conftest import Api

BAD_TOKENS = ["wrI=", "①", "9" * 4300, "%%%", "eyJhIjoxfQ", "WyJ4Il0", "W1tbW1tbXV1dXV1d", "!"]


@pytest.mark.parametrize("token", BAD_TOKENS)
def test_malformed_page_tokens_are_400_on_lists_and_history(api: Api, token: str) -> None:
    started = api.start("paged")
    paths = [
        "/api/workflows",
        f"/api/workflows/paged/runs/{started['run_id']}/history",
        "/api/schedules",
        "/api/activities",
    ]
    for path in paths:
        r = api.cp("GET", path, params={"next_page_token": token})
        assert r.status_code == 400, (path, r.status_code, r.text)
        assert r.json()["reason"] == "invalid_page_token", path


def test_workflow_lists_page_through_every_run_once_in_order(api: Api) -> None:
    ids = [f"wf-{i:02d}" for i in range(23)]
    for workflow_id in ids:
        api.start(workflow_id)
        api.dev.advance(1)
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        params = {"page_size": "5", **({"next_page_token": token} if token else {})}
        body = api.cp("GET", "/api/workflows", params=params).json()
        seen.extend(item["workflow_id"] for item in body["workflows"])
        pages += 1
        token = body["next_page_token"]
        if token is None:
            break
    assert seen == list(reversed(ids))
    assert pages == 5


def test_a_page_token_survives_new_starts(api: Api) -> None:
    for i in range(4):
        api.start(f"old-{i}")
        api.dev.advance(1)
    first = api.cp("GET", "/api/workflows", params={"page_size": "2"}).json()
    api.dev.advance(1)
    api.start("newer")
    rest = api.cp(
        "GET",
        "/api/workflows",
        params={"page_size": "10", "next_page_token": first["next_page_token"]},
    ).json()
    assert [w["workflow_id"] for w in rest["workflows"]] == ["old-1", "old-0"]


@pytest.mark.parametrize("query", ["%", "_", "a%", "\\"])
def test_visibility_search_matches_wildcards_literally(api: Api, query: str) -> None:
    api.start("plain-one")
    api.start("plain-two", business_key="abc")
    r = api.cp("GET", "/api/workflows", params={"query": query})
    assert r.status_code == 200, r.text
    assert r.json()["workflows"] == []


def test_visibility_search_still_finds_literal_underscores_and_percents(api: Api) -> None:
    api.start("order_1")
    api.start("order-2", business_key="50%off")
    api.start("orderx1")
    found = api.cp("GET", "/api/workflows", params={"query": "order_"}).json()["workflows"]
    assert [w["workflow_id"] for w in found] == ["order_1"]
    found = api.cp("GET", "/api/workflows", params={"query": "0%o"}).json()["workflows"]
    assert [w["workflow_id"] for w in found] == ["order-2"]


def test_search_attribute_filters_run_in_sql_and_page(api: Api) -> None:
    for i in range(6):
        api.start(f"sa-{i}", search_attributes={"Region": "eu" if i % 2 else "us", "Vip": i > 3})
        api.dev.advance(1)
    body = api.cp("GET", "/api/workflows", params={"query": 'Region="eu"', "page_size": "2"})
    first = body.json()
    assert [w["workflow_id"] for w in first["workflows"]] == ["sa-5", "sa-3"]
    second = api.cp(
        "GET",
        "/api/workflows",
        params={
            "query": 'Region="eu"',
            "page_size": "2",
            "next_page_token": first["next_page_token"],
        },
    ).json()
    assert [w["workflow_id"] for w in second["workflows"]] == ["sa-1"]
    assert second["next_page_token"] is None
    vip = api.cp("GET", "/api/workflows", params={"query": "Vip=TRUE AND Region=us"}).json()
    assert [w["workflow_id"] for w in vip["workflows"]] == ["sa-4"]
