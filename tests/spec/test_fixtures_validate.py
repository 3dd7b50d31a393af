"""Every request and response example of the reference fixtures validates against openapi/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_fixtures, shared_fixtures_dir
from tests.spec.specdoc import errors_against, find_operation


def _fixture_files() -> list[Path]:
    folder = shared_fixtures_dir() / "control-plane"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _request_bodies(fixture: dict[str, Any]) -> list[tuple[str, Any]]:
    bodies: list[tuple[str, Any]] = []
    request = fixture.get("request") or {}
    if "body" in request:
        bodies.append(("request.body", request["body"]))
    sdk = fixture.get("sdk_python") or {}
    for key in ("expected_body", "request_body"):
        if isinstance(sdk.get(key), dict):
            body = dict(sdk[key])
            envelope = sdk.get("payload_envelope")
            if isinstance(envelope, dict) and envelope.get("field") and key == "expected_body":
                # The fixture leaves the encoded payload out of the expected body and describes it
                # separately; put an envelope of the same codec back in its place.
                body[envelope["field"]] = {"codec": envelope.get("codec", "avro"), "blob": "AA=="}
            bodies.append((f"sdk_python.{key}", body))
    return bodies


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.stem)
def test_fixture_validates(path: Path) -> None:
    shared_fixtures("control-plane")
    fixture = json.loads(path.read_text(encoding="utf-8"))
    request = fixture["request"]
    operation = find_operation(request["method"], request["path"])
    assert operation is not None, f"no operation for {request['method']} {request['path']}"

    for label, body in _request_bodies(fixture):
        pointer = operation.request_schema_pointer()
        assert pointer is not None, f"{operation.operation_id} takes no JSON body ({label})"
        problems = errors_against(pointer, body)
        assert not problems, f"{label} of {path.name} vs {operation.operation_id}: {problems}"

    if "response_body" in fixture:
        pointers = operation.response_schema_pointers()
        assert pointers, f"{operation.operation_id} documents no JSON success response"
        results = [errors_against(p, fixture["response_body"]) for p in pointers]
        assert any(not r for r in results), (
            f"response_body of {path.name} vs {operation.operation_id}: {results}"
        )


def test_fixture_folder_is_not_empty() -> None:
    folder = shared_fixtures("control-plane")
    assert list(folder.glob("*.json")), "the reference fixture folder holds no fixtures"
