"""JSON at the HTTP boundary: strict request parsing and response rendering that cannot fail.

Requests: a body must be JSON (RFC 8259), nested at most :data:`MAX_DEPTH` levels, with finite
numbers only (``NaN``/``Infinity`` are not JSON) and no lone UTF-16 surrogate in any string or
key. Whatever passes can be stored in SQLite and rendered back, so one accepted write can never
make later reads fail.

Responses: :class:`JSONResponse` renders like Starlette's, and should a stored value still be
unrenderable (written by an older server), it answers with that value made safe (non-finite
numbers become ``null``, lone surrogates U+FFFD) instead of failing the read.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from starlette.responses import JSONResponse as _StarletteJSONResponse

from ..errors import ApiError, validation_error

#: Deepest nesting of arrays and objects a request body may have.
MAX_DEPTH = 100

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _NonFinite:
    """Stands for a NaN or infinite number while the body is parsed."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _malformed() -> ApiError:
    return ApiError(
        400,
        "malformed_json",
        "Request bodies must contain valid JSON.",
        json_error="Syntax error",
    )


def _too_deep() -> ApiError:
    return ApiError(
        400,
        "malformed_json",
        f"Request bodies must not nest arrays and objects deeper than {MAX_DEPTH} levels.",
        json_error="Maximum stack depth exceeded",
        max_depth=MAX_DEPTH,
    )


def _field(path: list[str | int]) -> str:
    return ".".join(str(part) for part in path) or "body"


def _first_problem(doc: Any, surrogates: bool) -> tuple[str, list[str | int]] | None:
    """The first non-finite number / lone surrogate / too-deep level, with its path."""
    stack: list[tuple[Any, list[str | int], int]] = [(doc, [], 1)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, dict):
            if depth > MAX_DEPTH:
                return "depth", path
            for key, item in value.items():
                if surrogates and _LONE_SURROGATE.search(key):
                    return "surrogate", [*path, key]
                stack.append((item, [*path, key], depth + 1))
        elif isinstance(value, list):
            if depth > MAX_DEPTH:
                return "depth", path
            stack.extend((item, [*path, i], depth + 1) for i, item in enumerate(value))
        elif isinstance(value, _NonFinite):
            return "number", path
        elif surrogates and isinstance(value, str) and _LONE_SURROGATE.search(value):
            return "surrogate", path
    return None


def parse_request_json(body: bytes) -> Any:
    """Parse a request body; 400 for what is not JSON or nests too deep, 422 for bad values."""
    found_constant = False

    def constant(text: str) -> _NonFinite:
        nonlocal found_constant
        found_constant = True
        return _NonFinite(text)

    def number(text: str) -> float | _NonFinite:
        nonlocal found_constant
        value = float(text)
        if math.isfinite(value):
            return value
        found_constant = True
        return _NonFinite(text)

    try:
        text = body.decode("utf-8")  # strict: JSON is UTF-8, and no encoded surrogates
        doc = json.loads(text, parse_constant=constant, parse_float=number)
    except RecursionError:
        raise _too_deep() from None
    except (ValueError, UnicodeDecodeError):
        raise _malformed() from None
    surrogates = _SURROGATE_ESCAPE.search(body) is not None
    deep = body.count(b"[") + body.count(b"{") > MAX_DEPTH
    if not (found_constant or surrogates or deep):
        return doc
    problem = _first_problem(doc, surrogates)
    if problem is None:
        return doc
    kind, path = problem
    if kind == "depth":
        raise _too_deep()
    field = _field(path)
    if kind == "number":
        message = f"The {field} field must not hold NaN or Infinity (they are not JSON numbers)."
    else:
        message = f"The {field} field must not hold a lone UTF-16 surrogate (\\ud800-\\udfff)."
    raise validation_error({field: [message]})


def _safe(value: Any) -> Any:
    """``value`` with non-finite numbers as ``None`` and lone surrogates as U+FFFD."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_safe(k) if isinstance(k, str) else k: _safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_safe(v) for v in value]
    return value


def render(content: Any) -> bytes:
    """JSON bytes of ``content``; values JSON cannot carry are made safe instead of failing."""
    try:
        return json.dumps(
            content, ensure_ascii=False, allow_nan=False, separators=(",", ":")
        ).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return json.dumps(
            _safe(content), ensure_ascii=False, allow_nan=False, separators=(",", ":")
        ).encode("utf-8")


class JSONResponse(_StarletteJSONResponse):
    """Starlette's JSON response whose rendering never fails on stored data."""

    def render(self, content: Any) -> bytes:
        return render(content)


__all__ = ["MAX_DEPTH", "JSONResponse", "parse_request_json", "render"]
