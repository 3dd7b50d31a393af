"""Helpers to look up operations in the bundled OpenAPI document and validate bodies against it."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.conftest import REPO_ROOT

SPEC_PATH = REPO_ROOT / "openapi" / "openapi.yaml"
SPEC_URI = "urn:durable-workflow:openapi"
METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def _registry() -> Registry:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    body: dict[str, Any]

    def request_schema_pointer(self) -> str | None:
        content = (self.body.get("requestBody") or {}).get("content") or {}
        if "application/json" not in content:
            return None
        return _pointer(
            "paths", self.path, self.method, "requestBody", "content", "application/json", "schema"
        )

    def response_schema_pointers(self, status: int | None = None) -> list[str]:
        pointers = []
        for code, response in (self.body.get("responses") or {}).items():
            code_str = str(code)
            if status is None and not code_str.startswith("2"):
                continue
            if status is not None and code_str not in (str(status), f"{str(status)[0]}XX"):
                continue
            if "$ref" in response:
                name = response["$ref"].rsplit("/", 1)[-1]
                base = ("components", "responses", name)
                response = spec()["components"]["responses"][name]
            else:
                base = ("paths", self.path, self.method, "responses", code_str)
            if "application/json" in (response.get("content") or {}):
                pointers.append(_pointer(*base, "content", "application/json", "schema"))
        return pointers


def operations() -> Iterator[Operation]:
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                yield Operation(method, path, item[method]["operationId"], item[method])


def _template_regex(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$")


def find_operation(method: str, path: str) -> Operation | None:
    """The operation serving ``method path`` (literal segments win over templated ones)."""
    if not path.startswith("/api/"):
        path = "/api" + path
    path = path.split("?", 1)[0]
    candidates = [
        op
        for op in operations()
        if op.method == method.lower() and _template_regex(op.path).match(path)
    ]
    candidates.sort(key=lambda op: op.path.count("{"))
    return candidates[0] if candidates else None


def errors_against(pointer: str, instance: Any) -> list[str]:
    """Validation messages for ``instance`` against the schema at ``pointer`` (empty when valid)."""
    validator = Draft202012Validator({"$ref": f"{SPEC_URI}#/{pointer}"}, registry=_registry())
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(instance)
    ]
