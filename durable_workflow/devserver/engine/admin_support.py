"""Helpers shared by the administrative engine modules: validation, times, ids, JSON columns."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import ApiError

DEFAULT_NAMESPACE = "default"
MAX_MEMO_BYTES = 262_144
#: Largest integer a request may carry where no smaller maximum applies (fits SQLite INTEGER).
MAX_STORED_INT = 2**63 - 1


def humanize(field: str) -> str:
    """The attribute name the real server puts into validation messages."""
    return field.replace("_", " ")


def _more_suffix(count: int) -> str:
    return f" (and {count} more error{'s' if count != 1 else ''})"


def validation_failed(errors: Mapping[str, list[str]]) -> ApiError:
    """A ``422 validation_failed`` error whose message counts the further errors."""
    messages = [msg for msgs in errors.values() for msg in msgs]
    first = messages[0] if messages else "The given data was invalid."
    if len(messages) > 1:
        first += _more_suffix(len(messages) - 1)
    plain = {key: list(value) for key, value in errors.items()}
    return ApiError(422, "validation_failed", first, errors=plain, validation_errors=plain)


class Validator:
    """Collects field errors with the real server's wording, in field order."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.errors: dict[str, list[str]] = {}

    def add(self, field: str, message: str) -> None:
        """Record one message for ``field``."""
        self.errors.setdefault(field, []).append(message)

    def has(self, field: str) -> bool:
        """Whether ``field`` already failed a check."""
        return field in self.errors

    @staticmethod
    def present(value: Any) -> bool:
        """Whether a value satisfies a ``required`` rule (non-null, non-blank, non-empty)."""
        if value is None:
            return False
        if isinstance(value, str) and not value.strip():
            return False
        return not (isinstance(value, list | dict) and not value)

    def required(self, field: str, value: Any) -> bool:
        """Check a ``required`` field; False (and an error) when it is missing or empty."""
        if not self.present(value):
            self.add(field, f"The {humanize(field)} field is required.")
            return False
        return True

    def string(
        self, field: str, value: Any, *, max_length: int | None = None, pattern: str | None = None
    ) -> bool:
        """Check an optional string (``None`` passes)."""
        if value is None:
            return True
        if not isinstance(value, str):
            self.add(field, f"The {humanize(field)} field must be a string.")
            return False
        if max_length is not None and len(value) > max_length:
            self.add(
                field,
                f"The {humanize(field)} field must not be greater than {max_length} characters.",
            )
            return False
        if pattern is not None and not re.fullmatch(pattern, value):
            self.add(field, f"The {humanize(field)} field format is invalid.")
            return False
        return True

    def integer(
        self, field: str, value: Any, *, minimum: int | None = None, maximum: int | None = None
    ) -> bool:
        """Check an optional integer (``None`` passes); integral strings are accepted.

        Without an explicit ``maximum`` the value must still fit a 64-bit column.
        """
        if value is None:
            return True
        if maximum is None:
            maximum = MAX_STORED_INT
        number = as_int(value)
        if number is None:
            self.add(field, f"The {humanize(field)} field must be an integer.")
            return False
        if minimum is not None and number < minimum:
            self.add(field, f"The {humanize(field)} field must be at least {minimum}.")
            return False
        if maximum is not None and number > maximum:
            self.add(field, f"The {humanize(field)} field must not be greater than {maximum}.")
            return False
        return True

    def one_of(self, field: str, value: Any, allowed: Iterable[str]) -> bool:
        """Check an optional enumerated string (``None`` passes)."""
        if value is None:
            return True
        if not isinstance(value, str) or value not in set(allowed):
            self.add(field, f"The selected {humanize(field)} is invalid.")
            return False
        return True

    def array(self, field: str, value: Any) -> bool:
        """Check an optional JSON array/object (``None`` passes)."""
        if value is None or isinstance(value, list | dict):
            return True
        self.add(field, f"The {humanize(field)} field must be an array.")
        return False

    def boolean(self, field: str, value: Any) -> bool:
        """Check an optional boolean (``true``/``false``/``0``/``1``)."""
        if value is None or isinstance(value, bool) or value in (0, 1, "0", "1"):
            return True
        self.add(field, f"The {humanize(field)} field must be true or false.")
        return False

    def raise_if_failed(self) -> None:
        """Raise the ``422 validation_failed`` error when any check failed."""
        if self.errors:
            raise validation_failed(self.errors)


def as_int(value: Any) -> int | None:
    """An integer from a JSON number or an integral string; ``None`` otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    return None


def as_bool(value: Any) -> bool:
    """Whether a JSON value means true (``true``, ``1``, ``"1"``, ``"true"``)."""
    return value in (True, 1, "1", "true")


def memo_too_large(memo: Any, limit: int = MAX_MEMO_BYTES) -> ApiError | None:
    """The ``memo_too_large`` error when a memo's JSON form exceeds ``limit`` bytes."""
    if not isinstance(memo, dict | list):
        return None
    size = len(json.dumps(memo, separators=(",", ":"), ensure_ascii=False).encode())
    if size <= limit:
        return None
    return ApiError(
        422,
        "memo_too_large",
        f"The memo exceeds the maximum allowed size of {limit} bytes.",
        limit=limit,
    )
