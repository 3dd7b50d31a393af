"""Bad input never produces a 5xx: every spec operation is probed with malformed requests."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from durable_workflow.devserver.http.spec_validation import SpecValidator
from tests.devserver.conftest import CP, WP, Api

BAD_BODIES: list[Any] = [
    {},
    [],
    "text",
    123,
    None,
    {"workflow_type": 5, "task_queue": [], "input": {"codec": 1}},
    {"worker_id": {"x": 1}, "task_queue": 7, "runtime": None},
    {"lease_owner": 1, "workflow_task_attempt": "x", "commands": "nope"},
    {
        "lease_owner": "w",
        "workflow_task_attempt": 1,
        "commands": [1, {"type": 2}, {"type": "schedule_activity"}],
    },
    {"activity_attempt_id": [], "lease_owner": {}, "failure": "boom"},
    {"build_id": 5, "run_ids": "x", "limit": -1, "execution_ids": [1, 2]},
    {"input": {"codec": "avro", "blob": 5}, "wait_for": 1, "reason": ["x"]},
    {"input": {"codec": "avro", "blob": "not-base64!!"}, "items": [1]},
]


def _operations() -> list[tuple[str, str]]:
    validator = SpecValidator.load()
    assert validator is not None
    ops = []
    for template, item in validator.spec["paths"].items():
        for method in item:
            if method in ("get", "post", "put", "delete"):
                ops.append((method.upper(), template))
    return ops


def _concrete(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "zz-unknown", template)


def test_spec_is_packaged() -> None:
    validator = SpecValidator.load()
    assert validator is not None and len(validator.operations) > 50
    assert yaml  # the loader dependency is present


@pytest.mark.parametrize("method,template", _operations())
def test_no_server_error_on_bad_input(shared_api: Api, method: str, template: str) -> None:
    path = _concrete(template)
    headers = WP if template.startswith("/api/worker/") else CP
    for body in BAD_BODIES if method != "GET" else [None]:
        r = shared_api.http.request(
            method,
            path,
            json=body,
            headers=headers,
            params={"page_size": "x", "limit": "-5", "next_page_token": "%%%"},
        )
        assert r.status_code < 500, (method, path, body, r.status_code, r.text[:300])
        assert r.headers["content-type"].startswith("application/json")
        doc = r.json()
        if r.status_code >= 400:
            assert "reason" in doc or "outcome" in doc, doc
