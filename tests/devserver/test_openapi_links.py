"""Every OpenAPI link in the bundled document points somewhere real.

A link names an ``operationId`` that exists; each of its parameters names a parameter the target
operation declares in that location; each ``requestBody`` field is a property of the target's
request body; and each runtime expression reads something the source defines - a property of the
response the link hangs on (``$response.body#/...``), of the source's request body
(``$request.body#/...``) or a parameter of the source (``$request.header.X``) - whose type fits
the place it goes. Schemathesis must also accept every link as a transition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from .schemathesis_support import SPEC

DOC: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
METHODS = {"get", "put", "post", "delete", "patch"}
EXPRESSION = re.compile(
    r"^\$(?P<source>response|request)\.(?:body#(?P<pointer>(?:/[^/]+)+)|"
    r"(?P<location>header|path|query)\.(?P<name>[A-Za-z0-9_-]+))$"
)


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = DOC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in DOC["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                found[operation["operationId"]] = (method, path, operation)
    return found


OPERATIONS = _operations()


def _links() -> Iterator[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
    for source_id, (_, _, operation) in OPERATIONS.items():
        for status, response in operation["responses"].items():
            response = _resolve(response)
            for name, link in (response.get("links") or {}).items():
                yield source_id, status, name, _resolve(link), response


LINKS = list(_links())


def _parameters(operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    params = (_resolve(p) for p in operation.get("parameters", []))
    return {(p["in"], p["name"]): p for p in params}


def _types(schema: Any) -> set[str]:
    """The JSON types ``schema`` admits (an empty set: any)."""
    schema = _resolve(schema)
    if not isinstance(schema, dict):
        return set()
    kind = schema.get("type")
    if kind is not None:
        return {kind} if isinstance(kind, str) else set(kind)
    types: set[str] = set()
    for key in ("oneOf", "anyOf"):
        for option in schema.get(key, []):
            option_types = _types(option)
            if not option_types:
                return set()
            types |= option_types
    for part in schema.get("allOf", []):
        types |= _types(part)
    return types


def _property(schema: Any, name: str) -> list[Any]:
    """The schemas ``name`` may have inside ``schema`` (through allOf/oneOf/anyOf)."""
    schema = _resolve(schema)
    if not isinstance(schema, dict):
        return []
    found = []
    if name in schema.get("properties", {}):
        found.append(schema["properties"][name])
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key, []):
            found.extend(_property(part, name))
    return found


def _pointer(schema: Any, pointer: str) -> list[Any]:
    """The schemas the JSON pointer reaches inside ``schema``; empty when it reaches nothing."""
    current = [schema]
    for part in pointer.strip("/").split("/"):
        current = [found for node in current for found in _property(node, part)]
    return current


def _json_body(holder: dict[str, Any]) -> Any:
    holder = _resolve(holder)
    return holder.get("content", {}).get("application/json", {}).get("schema")


def _source_schema(
    source: dict[str, Any], response: dict[str, Any], expression: str
) -> tuple[list[Any], str]:
    """The schemas an expression reads, and a description of what it reads."""
    match = EXPRESSION.fullmatch(expression)
    assert match, f"not a runtime expression this document uses: {expression}"
    if match["pointer"]:
        holder = response if match["source"] == "response" else source.get("requestBody", {})
        return _pointer(_json_body(holder), match["pointer"]), f"{match['source']} body"
    assert match["source"] == "request", expression
    param = _parameters(source).get((match["location"], match["name"]))
    return ([param["schema"]] if param else []), f"{match['location']} parameter"


def _check_fit(read: list[Any], target: Any, what: str) -> None:
    """A value read from one of ``read`` may go where ``target`` is expected."""
    wanted = _types(target) - {"null"}
    got = set().union(*(_types(schema) for schema in read)) - {"null"}
    if wanted and got:
        assert got & wanted, f"{what}: reads {sorted(got)}, target wants {sorted(wanted)}"


def test_the_document_has_links_from_every_producer() -> None:
    sources = {source for source, *_ in LINKS}
    assert {
        "startWorkflow",
        "createSchedule",
        "createNamespace",
        "registerWorker",
        "pollWorkflowTask",
        "pollActivityTask",
        "pollQueryTask",
        "pollUpdateValidationTask",
        "startStandaloneActivity",
        "createSearchAttribute",
        "createWorkerSession",
    } <= sources
    assert len(LINKS) >= 70


@pytest.mark.parametrize(
    ("source_id", "status", "name", "link", "response"),
    LINKS,
    ids=[f"{source}-{status}-{name}" for source, status, name, _, _ in LINKS],
)
def test_link_resolves(
    source_id: str, status: str, name: str, link: dict[str, Any], response: dict[str, Any]
) -> None:
    assert set(link) <= {"operationId", "description", "parameters", "requestBody"}, link
    assert link["operationId"] in OPERATIONS, f"{name}: no operation {link['operationId']}"
    source = OPERATIONS[source_id][2]
    target = OPERATIONS[link["operationId"]][2]
    target_params = _parameters(target)
    for qualified, expression in (link.get("parameters") or {}).items():
        location, _, param_name = qualified.partition(".")
        assert (location, param_name) in target_params, f"{name}: target has no {qualified}"
        read, what = _source_schema(source, response, expression)
        assert read, f"{name}: {expression} reads nothing in the {what} of {source_id}"
        _check_fit(read, target_params[(location, param_name)]["schema"], f"{name}.{qualified}")
    body = link.get("requestBody")
    if body is not None:
        assert isinstance(body, dict), f"{name}: requestBody is a mapping of fields"
        target_body = _json_body(target.get("requestBody", {}))
        assert target_body is not None, f"{name}: {link['operationId']} takes no JSON body"
        for field, expression in body.items():
            slots = _property(target_body, field)
            assert slots, f"{name}: {link['operationId']} body has no field {field}"
            read, what = _source_schema(source, response, expression)
            assert read, f"{name}: {expression} reads nothing in the {what} of {source_id}"
            for slot in slots:
                _check_fit(read, slot, f"{name}.requestBody.{field}")


def test_schemathesis_accepts_every_link() -> None:
    schemathesis = pytest.importorskip("schemathesis")
    from schemathesis.core.result import Ok
    from schemathesis.specs.openapi.stateful import collect_transitions

    schema = schemathesis.openapi.from_path(str(SPEC))
    operations = [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
    transitions = collect_transitions(operations)  # raises on a link it cannot follow
    outgoing = sum(len(entry.outgoing) for entry in transitions.operations.values())
    assert outgoing == len(LINKS)
