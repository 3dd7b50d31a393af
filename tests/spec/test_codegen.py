"""codegen.py: fragments merge deterministically, conflicts are refused, and the generated
package offers the four call functions for every operation of the spec."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

import codegen
from tests.spec.specdoc import operations, spec

COMMON = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "components": {"schemas": {"Shared": {"type": "string"}}},
}


def _write(folder: Path, name: str, doc: dict[str, object]) -> None:
    (folder / name).write_text(yaml.safe_dump(doc), encoding="utf-8")


def _op(op_id: str, tag: str) -> dict[str, object]:
    return {"operationId": op_id, "tags": [tag], "responses": {"200": {"description": "ok"}}}


def test_bundle_merges_fragments_in_a_stable_order(tmp_path: Path) -> None:
    _write(tmp_path, "common.yaml", COMMON)
    _write(tmp_path, "b.yaml", {"paths": {"/api/b": {"get": _op("getB", "beta")}}})
    _write(
        tmp_path,
        "a.yaml",
        {
            "paths": {"/api/a": {"get": _op("getA", "alpha")}},
            "components": {"schemas": {"Shared": {"type": "string"}, "A": {"type": "integer"}}},
        },
    )
    doc = codegen.bundle(tmp_path)
    assert list(doc["paths"]) == ["/api/a", "/api/b"]
    assert list(doc["components"]["schemas"]) == ["A", "Shared"]
    assert doc["tags"] == [{"name": "alpha"}, {"name": "beta"}]
    codegen.validate(doc)
    assert codegen.dump(doc) == codegen.dump(codegen.bundle(tmp_path))


def test_bundle_refuses_a_component_defined_twice_differently(tmp_path: Path) -> None:
    _write(tmp_path, "common.yaml", COMMON)
    _write(tmp_path, "x.yaml", {"components": {"schemas": {"Shared": {"type": "integer"}}}})
    with pytest.raises(codegen.SpecError, match="Shared"):
        codegen.bundle(tmp_path)


def test_bundle_refuses_a_route_defined_twice(tmp_path: Path) -> None:
    _write(tmp_path, "common.yaml", COMMON)
    _write(tmp_path, "x.yaml", {"paths": {"/api/a": {"get": _op("one", "t")}}})
    _write(tmp_path, "y.yaml", {"paths": {"/api/a": {"get": _op("two", "t")}}})
    with pytest.raises(codegen.SpecError, match="/api/a"):
        codegen.bundle(tmp_path)


def test_validate_refuses_duplicate_operation_ids(tmp_path: Path) -> None:
    _write(tmp_path, "common.yaml", COMMON)
    _write(tmp_path, "x.yaml", {"paths": {"/api/a": {"get": _op("same", "t")}}})
    _write(tmp_path, "y.yaml", {"paths": {"/api/b": {"get": _op("same", "t")}}})
    with pytest.raises(codegen.SpecError, match="same"):
        codegen.validate(codegen.bundle(tmp_path))


def test_committed_bundle_matches_the_fragments() -> None:
    assert codegen.dump(codegen.bundle()) == codegen.BUNDLE.read_text(encoding="utf-8")


def test_every_operation_has_id_summary_tag_and_security() -> None:
    problems = []
    for op in operations():
        body = op.body
        label = f"{op.method.upper()} {op.path}"
        if not body.get("summary"):
            problems.append(f"{label}: no summary")
        if len(body.get("tags") or []) != 1:
            problems.append(f"{label}: needs exactly one tag")
        if "security" not in body and "security" not in spec():
            problems.append(f"{label}: no security requirement")
    assert not problems, "\n".join(problems)


def test_generated_package_has_sync_and_async_calls_for_every_operation() -> None:
    from openapi_python_client.strings import snake_case

    missing = []
    count = 0
    for op in operations():
        module_name = (
            f"durable_workflow_api.api.{snake_case(op.body['tags'][0])}."
            f"{snake_case(op.operation_id)}"
        )
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            missing.append(f"{op.operation_id}: module {module_name} not generated")
            continue
        count += 1
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            if not callable(getattr(module, function, None)):
                missing.append(f"{op.operation_id}: no {function}()")
    assert not missing, "\n".join(missing)
    assert count == len(list(operations()))
