"""Validation of request bodies and query parameters against the packaged OpenAPI document."""

from __future__ import annotations

import logging
import re
from typing import Any

from ..errors import validation_error

log = logging.getLogger("durable_workflow.devserver")


# ------------------------------------------------------------------ spec-driven request validation


class SpecValidator:
    """Validates request bodies and query parameters against the packaged OpenAPI document.

    Failures become the real server's ``422 validation_failed`` envelope, keyed by the dotted
    field path, with the same wording the handlers use. Command lists of workflow-task
    completions are checked item by item by the handler (which knows each command's rules), so
    the spec check stops at the list itself there.
    """

    _PARAM_RE = re.compile(r"\{[^}]+\}")

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.components = spec.get("components", {})
        self.operations: list[tuple[str, re.Pattern[str], dict[str, Any]]] = []
        for template, item in (spec.get("paths") or {}).items():
            pattern = re.compile("^" + self._PARAM_RE.sub("[^/]+", template) + "$")
            for method, op in item.items():
                if method in ("get", "post", "put", "patch", "delete") and isinstance(op, dict):
                    self.operations.append((method.upper(), pattern, op))
        self._validators: dict[int, Any] = {}

    @classmethod
    def load(cls) -> SpecValidator | None:
        """The validator of the packaged spec (``None`` when the spec or libraries are missing)."""
        try:
            from importlib import resources

            import yaml

            text = (resources.files("durable_workflow.devserver") / "openapi.yaml").read_text()
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            spec = yaml.load(text, Loader=loader)
        except Exception:  # pragma: no cover - the spec ships with the package
            return None
        return cls(spec) if isinstance(spec, dict) else None

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node and len(node) == 1:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return node
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node

    def _validator(self, schema: dict[str, Any]) -> Any:
        key = id(schema)
        if key not in self._validators:
            from jsonschema import Draft202012Validator

            root = {**schema, "components": self.components}
            self._validators[key] = Draft202012Validator(root)
        return self._validators[key]

    def operation(self, method: str, path: str) -> dict[str, Any] | None:
        for op_method, pattern, op in self.operations:
            if op_method == method and pattern.match(path):
                return op
        return None

    def validate(
        self, method: str, path: str, query: dict[str, str], body: Any, has_body: bool
    ) -> None:
        op = self.operation(method, path)
        if op is None:
            return
        errors: dict[str, list[str]] = {}
        for param in op.get("parameters", []):
            param = self._resolve(param)
            if not isinstance(param, dict) or param.get("in") != "query":
                continue
            name = param.get("name")
            if name not in query:
                continue
            schema = self._resolve(param.get("schema") or {})
            value: Any = _coerce_query(query[name], schema)
            for err in self._validator(schema).iter_errors(value):
                errors.setdefault(name, []).append(_message(name, err))
                break
        request_body = self._resolve(op.get("requestBody") or {})
        content = (
            (request_body.get("content") or {}).get("application/json") if request_body else None
        )
        if content and (has_body or body is not None):
            schema = content.get("schema") or {}
            commands = body.get("commands") if isinstance(body, dict) else None
            checked = body
            if isinstance(commands, list) and commands:
                # Each command is checked by the completion handler: the spec check sees the
                # list without its items (validating them only to drop the errors is most of
                # a completion's cost).
                checked = {**body, "commands": []}
            for err in sorted(
                self._validator(schema).iter_errors(checked),
                key=lambda e: list(e.absolute_path),
            ):
                where = list(err.absolute_path)
                if len(where) >= 2 and where[0] == "commands":
                    continue  # each command is checked by the completion handler
                if (
                    checked is not body
                    and where == ["commands"]
                    and err.validator in ("minItems", "contains", "minContains")
                    and isinstance(commands, list)
                    and (err.validator != "minItems" or len(commands) >= err.validator_value)
                ):
                    continue  # an artefact of checking the list without its items
                if err.validator == "not" and isinstance(err.instance, dict):
                    for key, message in _legacy_start_errors(err.instance):
                        errors.setdefault(key, []).append(message)
                    continue
                field, message = _field_message(err)
                if field == "body" and not isinstance(body, dict):
                    message = "The request body must be a JSON object."
                if message not in errors.get(field, []):
                    errors.setdefault(field, []).append(message)
        handler_fields = _HANDLER_CHECKED.get(str(op.get("operationId")), set())
        if errors and not (set(errors) & handler_fields):
            raise validation_error(errors)


def _coerce_query(value: str, schema: dict[str, Any]) -> Any:
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "integer" in types and re.fullmatch(r"-?\d+", value.strip()):
        return int(value)
    if "boolean" in types:
        # Boolean query flags are read like PHP's filter_var: 1/true/yes/on are true, anything
        # else is false.
        return value.strip().lower() in ("1", "true", "yes", "on")
    return value


_LEGACY_START = {
    "workflow_execution_timeout": (
        "Use execution_timeout_seconds instead of workflow_execution_timeout."
    ),
    "workflow_run_timeout": "Use run_timeout_seconds instead of workflow_run_timeout.",
}


def _field_message(err: Any) -> tuple[str, str]:
    path = [str(p) for p in err.absolute_path]
    if err.validator == "required" and isinstance(err.instance, dict):
        missing = next((m for m in err.validator_value if m not in err.instance), None)
        if missing is not None:
            field = ".".join([*path, missing])
            prop = (err.schema.get("properties") or {}).get(missing) or {}
            types = prop.get("type")
            nullable = "null" in types if isinstance(types, list) else types == "null"
            if nullable or any(alt.get("type") == "null" for alt in prop.get("anyOf", [])):
                return field, f"The {field.replace('_', ' ')} field must be present."
            return field, f"The {field.replace('_', ' ')} field is required."
    field = ".".join(path) if path else "body"
    if err.validator in ("anyOf", "oneOf") and err.context:
        best = max(err.context, key=lambda e: len(list(e.absolute_path)))
        if len(list(best.absolute_path)) > len(path):
            return _field_message(best)
    return field, _message(field, err)


_START_LEGACY_ORDER = (
    "workflow_execution_timeout",
    "workflow_run_timeout",
    "workflow_task_timeout",
    "retry_policy",
    "idempotency_key",
    "request_id",
)


def _legacy_start_errors(instance: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for key in _START_LEGACY_ORDER:
        if key in instance:
            message = _LEGACY_START.get(key) or (
                f"The {key} field is not supported by the v2 workflow start API."
            )
            out.append((key, message))
    return out


def _message(field: str, err: Any) -> str:
    label = field.replace("_", " ")
    kind = err.validator
    value = err.validator_value
    if kind in ("anyOf", "oneOf"):
        kinds = {c.validator for c in err.context or []}
        if "enum" in kinds or "const" in kinds:
            return f"The selected {label} is invalid."
        types: set[str] = set()
        for ctx in err.context or []:
            if ctx.validator == "type":
                vals = ctx.validator_value
                types |= set(vals if isinstance(vals, list) else [vals])
        if types & {"array", "object"}:
            return f"The {label} field must be an array."
        if "string" in types:
            return f"The {label} field must be a string."
        if "integer" in types:
            return f"The {label} field must be an integer."
        return f"The {label} field is invalid."
    if kind == "type":
        vals = set(value if isinstance(value, list) else [value]) - {"null"}
        if vals & {"array", "object"}:
            return f"The {label} field must be an array."
        if "integer" in vals:
            return f"The {label} field must be an integer."
        if "number" in vals:
            return f"The {label} field must be a number."
        if "boolean" in vals:
            return f"The {label} field must be true or false."
        return f"The {label} field must be a string."
    if kind in ("enum", "const"):
        return f"The selected {label} is invalid."
    if kind == "pattern":
        return f"The {label} field format is invalid."
    if kind == "maxLength":
        return f"The {label} field must not be greater than {value} characters."
    if kind == "minLength":
        return (
            f"The {label} field is required."
            if value == 1
            else (f"The {label} field must be at least {value} characters.")
        )
    if kind == "minimum":
        return f"The {label} field must be at least {value}."
    if kind == "maximum":
        return f"The {label} field must not be greater than {value}."
    if kind == "maxItems":
        return f"The {label} field must not have more than {value} items."
    if kind == "minItems":
        if value == 1:
            return f"The {label} field is required."
        return f"The {label} field must have at least {value} items."
    if kind == "required":
        return f"The {label} field is required."
    return f"The {label} field is invalid."


#: Fields whose handlers answer with the real server's own wording; a spec failure on one of
#: them is left to the handler (which validates the whole request itself).
_HANDLER_CHECKED: dict[str, set[str]] = {
    "startWorkflow": {"duplicate_policy", "search_attributes", "memo", "input"},
    "updateWorkflow": {"wait_policy"},
    "updateWorkflowRun": {"wait_policy"},
}
