"""Request bodies JSON cannot carry are refused at write time, and stored values never fail a read.

NaN, Infinity and lone UTF-16 surrogates were accepted once (in a memo, search attributes, a
schedule action, worker metrics) and then made every list, describe and poll that touched them
answer 500; bodies nested a thousand levels deep failed with a 500 before authentication.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from durable_workflow.devserver.http.json_io import MAX_DEPTH, render
from tests.devserver.conftest import CP, WP, Api


def _post(api: Api, path: str, raw: str, headers: dict[str, str] = CP) -> Any:
    return api.http.post(
        path, content=raw.encode("utf-8"), headers={**headers, "content-type": "application/json"}
    )


def _envelope(response: Any) -> dict[str, Any]:
    body = response.json()
    assert isinstance(body, dict)
    assert body.get("reason")
    return body


NON_FINITE = ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"]


@pytest.mark.parametrize("literal", NON_FINITE)
def test_a_start_with_a_non_finite_memo_value_is_a_422_and_lists_keep_working(
    api: Api, literal: str
) -> None:
    raw = '{"workflow_type":"t","workflow_id":"wf-nan","memo":{"x":' + literal + "}}"
    r = _post(api, "/api/workflows", raw)
    assert r.status_code == 422, r.text
    body = _envelope(r)
    assert body["reason"] == "validation_failed"
    assert "memo.x" in body["errors"]
    assert api.cp("GET", "/api/workflows").status_code == 200
    assert api.cp("GET", "/api/workflows/wf-nan").status_code == 404


def test_non_finite_search_attributes_schedule_memo_and_worker_metrics_are_422(api: Api) -> None:
    r = _post(api, "/api/workflows", '{"workflow_type":"t","search_attributes":{"A":NaN}}')
    assert r.status_code == 422 and "search_attributes.A" in r.json()["errors"]
    raw = (
        '{"schedule_id":"s1","spec":{"intervals":[{"every":"PT1H"}]},'
        '"action":{"workflow_type":"t","memo":{"x":Infinity}}}'
    )
    r = _post(api, "/api/schedules", raw)
    assert r.status_code == 422 and "action.memo.x" in r.json()["errors"]
    raw = '{"worker_id":"w1","task_queue":"q","runtime":"python","process_metrics":{"cpu":NaN}}'
    r = _post(api, "/api/worker/register", raw, WP)
    assert r.status_code == 422, r.text
    for path in ("/api/workflows", "/api/schedules", "/api/workers"):
        assert api.cp("GET", path).status_code == 200, path


@pytest.mark.parametrize(
    "field,raw",
    [
        ("workflow_type", '{"workflow_type":"a\\ud800b"}'),
        ("business_key", '{"workflow_type":"t","business_key":"\\udfff"}'),
        ("task_queue", '{"workflow_type":"t","task_queue":"q\\ud83d"}'),
        ("search_attributes.K", '{"workflow_type":"t","search_attributes":{"K":"\\ud800"}}'),
        ("memo.\\ud800", None),
    ],
)
def test_lone_surrogates_in_stored_strings_are_422(api: Api, field: str, raw: str | None) -> None:
    if raw is None:  # a lone surrogate in a key
        raw = '{"workflow_type":"t","memo":{"\\ud800":1}}'
        r = _post(api, "/api/workflows", raw)
        assert r.status_code == 422, r.text
        return
    r = _post(api, "/api/workflows", raw)
    assert r.status_code == 422, r.text
    assert field in _envelope(r)["errors"]


def test_a_surrogate_pair_is_one_ordinary_character(api: Api) -> None:
    r = _post(
        api,
        "/api/workflows",
        '{"workflow_type":"t","workflow_id":"pair","memo":{"e":"\\ud83d\\ude00"}}',
    )
    assert r.status_code == 201, r.text
    assert api.describe("pair")["memo"] == {"e": "\U0001f600"}


def test_lone_surrogates_in_signals_schedule_notes_and_namespace_descriptions_are_422(
    api: Api,
) -> None:
    api.start("sig")
    cases = [
        ("/api/workflows/sig/signal/go", '{"request_id":"%s"}'),
        (
            "/api/schedules",
            '{"schedule_id":"s2","note":"%s","spec":{"intervals":[{"every":"PT1H"}]},'
            '"action":{"workflow_type":"t"}}',
        ),
        ("/api/namespaces", '{"name":"ns-x","description":"%s","retention_days":3}'),
    ]
    for path, template in cases:
        assert _post(api, path, template.replace("%s", "\\ud800")).status_code == 422, path
        ok = _post(api, path, template.replace("%s", "plain"))
        assert ok.status_code in (200, 201, 202), (path, ok.text)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 970, 5000, 100_000])
def test_deeply_nested_bodies_are_400_even_without_credentials(api: Api, depth: int) -> None:
    raw = "[" * depth + "]" * depth
    r = _post(api, "/api/workflows", raw)
    assert r.status_code == 400, r.text
    assert _envelope(r)["reason"] == "malformed_json"
    raw = '{"workflow_type":"t","memo":' + '{"a":' * depth + "1" + "}" * depth + "}"
    r = _post(api, "/api/workflows", raw)
    assert r.status_code == 400, r.text


def test_nesting_up_to_the_limit_is_accepted(api: Api) -> None:
    memo = json.loads('{"a":' * (MAX_DEPTH - 2) + "1" + "}" * (MAX_DEPTH - 2))
    r = api.cp(
        "POST", "/api/workflows", {"workflow_type": "t", "workflow_id": "deep", "memo": memo}
    )
    assert r.status_code == 201, r.text


def test_stored_values_json_cannot_carry_are_rendered_safely() -> None:
    doc = {"a": float("nan"), "b": [float("inf"), "x\ud800y"], "\udc00": 1}
    assert json.loads(render(doc)) == {"a": None, "b": [None, "x\ufffdy"], "\ufffd": 1}
    assert json.loads(render({"ok": 1.5})) == {"ok": 1.5}


def test_a_poisoned_row_from_an_older_server_does_not_fail_reads(api: Api) -> None:
    api.start("poisoned")
    with api.dev.server.db.transaction() as conn:
        conn.execute(
            "UPDATE workflow_runs SET memo = ? WHERE workflow_id = ?", ('{"x": NaN}', "poisoned")
        )
    assert api.cp("GET", "/api/workflows").status_code == 200
    r = api.cp("GET", "/api/workflows/poisoned")
    assert r.status_code == 200, r.text
    assert r.json()["memo"] == {"x": None}
