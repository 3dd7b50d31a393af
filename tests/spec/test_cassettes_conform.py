"""Every request and response recorded in ``tests/cassettes`` conforms to ``openapi/``.

A cassette therefore cannot drift from the protocol: re-recording against a server that answers
outside the spec, or a client change that sends an undocumented body, fails here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

from tests.cassette_support import CASSETTES
from tests.spec.specdoc import errors_against, find_operation, spec


def _cassettes() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def _json(text: Any) -> Any:
    if isinstance(text, dict):
        text = text.get("string", "")
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if not text:
        return None
    return json.loads(text)


def _query_errors(operation: Any, query: dict[str, str]) -> list[str]:
    params = {
        p["name"]: p
        for p in operation.body.get("parameters", [])
        if "$ref" not in p and p.get("in") == "query"
    }
    for ref in operation.body.get("parameters", []):
        if "$ref" in ref:
            param = spec()["components"]["parameters"][ref["$ref"].rsplit("/", 1)[-1]]
            if param.get("in") == "query":
                params[param["name"]] = param
    return [f"undocumented query parameter {name!r}" for name in query if name not in params]


def test_there_are_cassettes() -> None:
    assert _cassettes(), "no cassettes under tests/cassettes"


@pytest.mark.parametrize(
    "path", _cassettes(), ids=lambda p: str(p.relative_to(CASSETTES)).removesuffix(".yaml")
)
def test_cassette_conforms(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    interactions = data.get("interactions") or []
    assert interactions, f"{path.name} records nothing"
    for index, interaction in enumerate(interactions):
        request, response = interaction["request"], interaction["response"]
        url = urlsplit(request["uri"])
        label = f"{path.name}#{index} {request['method']} {url.path}"
        operation = find_operation(request["method"], url.path)
        assert operation is not None, f"{label}: no such operation in openapi/"
        assert not _query_errors(operation, dict(parse_qsl(url.query))), label

        body = _json(request.get("body"))
        if body is not None:
            pointer = operation.request_schema_pointer()
            assert pointer is not None, f"{label}: sends a body the operation does not take"
            problems = errors_against(pointer, body)
            assert not problems, f"{label} request: {problems}"

        status = response["status"]["code"]
        documented = {str(code) for code in operation.body.get("responses", {})}
        assert str(status) in documented, f"{label}: status {status} is not documented"
        answer = _json(response.get("body"))
        if answer is not None:
            pointers = operation.response_schema_pointers(status)
            assert pointers, f"{label}: status {status} documents no JSON body"
            results = [errors_against(p, answer) for p in pointers]
            assert any(not r for r in results), f"{label} response {status}: {results}"


def test_every_seed_operation_is_recorded_in_a_cassette() -> None:
    """Each server call of the seed's Client is exercised by at least one cassette."""
    from tests.spec.test_seed_coverage import SEED_CALLS

    recorded: set[str] = set()
    for path in _cassettes():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for interaction in data.get("interactions") or []:
            request = interaction["request"]
            operation = find_operation(request["method"], urlsplit(request["uri"]).path)
            if operation is not None:
                recorded.add(operation.operation_id)
    missing = []
    for method, calls in SEED_CALLS.items():
        for verb, template in calls:
            operation = find_operation(verb, template.replace("{", "x").replace("}", "x"))
            if operation is not None and operation.operation_id not in recorded:
                missing.append(f"{method}: {operation.operation_id}")
    assert not missing, "seed calls no cassette records:\n" + "\n".join(missing)
