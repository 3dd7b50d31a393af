"""The exchanges recorded from the real server (an older protocol generation) fit openapi/.

For every recorded exchange on a route the spec describes: the answer's status is documented
for that operation, its JSON body validates against the schema documented for that status, and
a request the server accepted (2xx) validates against the request schema. This keeps the spec
honest about what a real server sends, not only about what the newest documents say.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_fixtures, shared_fixtures_dir
from tests.spec.specdoc import Operation, errors_against, find_operation

CORPUS = "real-server-2026-04"


def _exchanges() -> list[Path]:
    folder = shared_fixtures_dir() / CORPUS
    return sorted(folder.glob("[0-9]*.json")) if folder.is_dir() else []


def _documented(operation: Operation, status: int) -> bool:
    codes = {str(code) for code in operation.body.get("responses") or {}}
    return str(status) in codes or f"{str(status)[0]}XX" in codes or "default" in codes


@pytest.mark.parametrize("path", _exchanges(), ids=lambda p: p.stem)
def test_exchange_fits_the_spec(path: Path) -> None:
    shared_fixtures(CORPUS)
    exchange: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    request, response = exchange["request"], exchange["response"]
    operation = find_operation(request["method"], request["path"])
    if operation is None:
        assert response["status"] in (404, 405), (
            f"{request['method']} {request['path']} answered {response['status']} "
            "but the spec has no such operation"
        )
        return
    status = response["status"]
    if status >= 500:
        return  # framework failures carry no protocol body
    assert _documented(operation, status), (
        f"{operation.operation_id} answered {status}, which the spec does not document"
    )
    body = response.get("body")
    if isinstance(body, dict | list):
        pointers = operation.response_schema_pointers(status)
        if pointers:
            results = [errors_against(p, body) for p in pointers]
            assert any(not r for r in results), (
                f"{status} body vs {operation.operation_id}: {results}"
            )
    if 200 <= status < 300 and isinstance(request.get("body"), dict):
        pointer = operation.request_schema_pointer()
        if pointer is not None:
            problems = errors_against(pointer, request["body"])
            assert not problems, f"accepted request vs {operation.operation_id}: {problems}"
