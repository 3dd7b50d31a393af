"""Helpers shared by the administrative modules of the development server.

Namespaces, storage, search attributes, schedules and the bridge adapter all read JSON bodies,
validate them with the real server's messages, answer JSON with the control-plane version
header and stamp records with the server clock; the pieces for that live here.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import auth_driver
from .clock import Clock
from .db import Database
from .errors import ApiError

DEFAULT_NAMESPACE = "default"
MAX_MEMO_BYTES = 262_144
#: Largest integer a request may carry where no smaller maximum applies (fits SQLite INTEGER).
MAX_STORED_INT = 2**63 - 1

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class AdminServer(Protocol):
    """What the administrative modules need from the development server object."""

    @property
    def db(self) -> Database: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def config(self) -> Any: ...


def json_response(body: Mapping[str, Any], status: int = 200) -> JSONResponse:
    """A JSON answer (the protocol middleware adds the control-plane version header)."""
    return JSONResponse(dict(body), status_code=status)


async def read_json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object (empty body or a non-object body reads as ``{}``).

    Malformed JSON is reported by the middleware before handlers run; here it is answered the
    same way should a handler be called directly.
    """
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise ApiError(
            400,
            "malformed_json",
            "Request bodies must contain valid JSON.",
            json_error=str(exc),
        ) from exc
    return value if isinstance(value, dict) else {}


def request_namespace(request: Request) -> str:
    """The namespace resolved for the request (middleware sets ``request.state.namespace``)."""
    namespace = getattr(request.state, "namespace", None)
    if isinstance(namespace, str) and namespace:
        return namespace.lower()
    header = request.headers.get("x-namespace") or request.query_params.get("namespace")
    return (header or DEFAULT_NAMESPACE).strip().lower() or DEFAULT_NAMESPACE


def request_role(request: Request) -> str:
    """The authenticated role of the caller (``admin`` when authentication is off)."""
    role = getattr(request.state, "role", None)
    return role if isinstance(role, str) and role else "admin"


def to_db_time(value: datetime) -> str:
    """A sortable UTC text form used for every timestamp column."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db_time(value: str | None) -> datetime | None:
    """Parse a timestamp column written by :func:`to_db_time` (``None`` stays ``None``)."""
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def iso_seconds(value: datetime | None) -> str | None:
    """Second-precision ISO-8601 with offset, the form namespaces and schedules answer with."""
    if value is None:
        return None
    return value.replace(microsecond=0).isoformat()


def db_to_iso(value: str | None) -> str | None:
    """A stored timestamp column as a second-precision ISO-8601 string with offset."""
    return iso_seconds(from_db_time(value))


def parse_datetime(value: Any) -> datetime | None:
    """Parse a client-supplied date-time leniently (ISO-8601; naive values are UTC)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def new_ulid(clock: Clock, *, lower: bool = True) -> str:
    """A ULID stamped with the server clock (lower-case like the server's record ids)."""
    millis = int(clock.now().timestamp() * 1000) & ((1 << 48) - 1)
    value = (millis << 80) | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    text = "".join(reversed(chars))
    return text.lower() if lower else text


def dumps(value: Any) -> str:
    """Compact JSON for storage columns."""
    return json.dumps(value, separators=(",", ":"), sort_keys=False)


def loads(value: str | None) -> Any:
    """Decode a JSON storage column (``None`` stays ``None``)."""
    return None if value is None else json.loads(value)


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


def command_context(
    request: Request, namespace: str, subject_id: str, command: str
) -> dict[str, Any]:
    """Attribution recorded with administrative commands (who, how, which request)."""
    role = request_role(request)
    client = request.client
    method = getattr(request.state, "auth_method", None)
    if not isinstance(method, str):
        server = getattr(request.state, "server", None)
        method = auth_driver(getattr(server, "config", None))
    return {
        "source": "control_plane",
        "context": {
            "caller": {"type": "server", "label": "Development Server"},
            "auth": {
                "status": "authorized",
                "method": method,
                "role": role,
                "roles": [role],
                "principal": {"subject": f"role:{role}", "roles": [role]},
            },
            "request": {
                "method": request.method,
                "path": request.url.path,
                "ip": client.host if client else None,
                "user_agent": request.headers.get("user-agent"),
            },
            "server": {
                "namespace": namespace,
                "workflow_id": subject_id,
                "command": command,
                "metadata": [],
            },
        },
    }
