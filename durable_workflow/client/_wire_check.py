"""What may be sent: JSON bodies and query parameters the wire can carry, checked before sending.

``httpx`` serialises a request body with ``json.dumps(..., allow_nan=False)`` and encodes it as
UTF-8; a value JSON cannot carry fails there with a bare ``ValueError`` (NaN, ±Infinity),
``TypeError`` (a value that is not JSON) or ``UnicodeEncodeError`` (a string holding a lone
surrogate), after the operation already did its work. :func:`check_body` and
:func:`check_params` find such a value before anything is sent and raise
:class:`~durable_workflow.errors.InvalidArgument` naming the field and the path inside it
(``memo.x``, ``search_attributes['a b'][2]``, ``commands[0].memo.note``).

Every request goes through ``ClientCore.prepare`` (``_core.py``), the one place where a request
becomes what the driver sends, so the check runs there for every operation. Text an operation
itself cannot encode (an id with a lone surrogate in a URL path) is turned into the same error by
``ClientCore.flow``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from durable_workflow.errors import InvalidArgument

#: Deeper nesting is refused: it is no business data, and servers refuse it too.
MAX_DEPTH = 256

_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _key_path(parent: str, key: Any) -> str:
    if isinstance(key, str) and _IDENTIFIER.match(key):
        return f"{parent}.{key}" if parent else key
    return f"{parent}[{_shown(key)}]"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _text_problem(text: str) -> str | None:
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return (
        f"holds a lone surrogate ({found.group()!r} at index {found.start()}), "
        "which is not text and cannot be encoded as UTF-8"
    )


def _key_problem(key: Any) -> str | None:
    if isinstance(key, str):
        problem = _text_problem(key)
        return None if problem is None else f"has a key that {problem}"
    if isinstance(key, float) and not math.isfinite(key):
        return f"has the key {key!r}; JSON has no NaN or Infinity"
    if key is None or isinstance(key, int | float):
        return None
    return f"has a key of type {type(key).__name__}; JSON object keys are strings"


def _value_problem(value: Any) -> str | None:
    """What is wrong with a scalar ``value`` (``None``: nothing); containers are walked."""
    if value is None or isinstance(value, bool | int):
        return None
    if isinstance(value, str):
        return _text_problem(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return None
        return f"is {value!r}; JSON has no NaN or Infinity"
    return f"is of type {type(value).__name__}, which is not a JSON value"


def find_problem(value: Any, path: str = "") -> tuple[str, str] | None:
    """The first value JSON cannot carry inside ``value``: ``(path, what is wrong)``, or ``None``.

    Walks iteratively (no recursion limit); nesting deeper than :data:`MAX_DEPTH` containers
    (which a self-referencing container always reaches) is a problem too. ASCII strings,
    integers, booleans and ``None`` are passed over without building their path.
    """
    stack: list[tuple[Any, str, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        children: Any
        if isinstance(item, Mapping):
            children = item.items()
        elif isinstance(item, list | tuple):
            children = enumerate(item)
        else:
            problem = _value_problem(item)
            if problem is not None:
                return where or "body", problem
            continue
        if depth >= MAX_DEPTH:
            return where or "body", f"is nested deeper than {MAX_DEPTH} levels"
        mapping = not isinstance(item, list | tuple)
        for key, child in children:
            if mapping and not (type(key) is str and key.isascii()):
                problem = _key_problem(key)
                if problem is not None:
                    return where or "body", problem
            kind = type(child)
            if (kind is str and child.isascii()) or kind is int or kind is bool or child is None:
                continue
            child_path = _key_path(where, key) if mapping else f"{where}[{key}]"
            stack.append((child, child_path, depth + 1))
    return None


def check_body(body: Any, *, operation: str) -> None:
    """Raise :class:`InvalidArgument` when the JSON ``body`` of ``operation`` cannot be sent."""
    if body is None:
        return
    found = find_problem(body)
    if found is not None:
        where, problem = found
        raise InvalidArgument(
            f"{operation}: {where} {problem}; the request was not sent", errors={where: [problem]}
        )


def check_params(params: Mapping[str, Any] | None, *, operation: str) -> None:
    """Raise :class:`InvalidArgument` when a query parameter of ``operation`` cannot be sent."""
    for name, value in (params or {}).items():
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            problem = _text_problem(item) if isinstance(item, str) else None
            if isinstance(item, float) and not math.isfinite(item):
                problem = f"is {item!r}, which is not a number a query can carry"
            if problem is not None:
                raise InvalidArgument(
                    f"{operation}: query parameter {name} {problem}; the request was not sent",
                    errors={name: [problem]},
                )
