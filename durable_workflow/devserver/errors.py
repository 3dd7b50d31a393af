"""Error envelopes the development server answers with, shaped like the real server's."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answer: HTTP ``status``, stable ``reason``, human ``message`` and extra fields."""

    def __init__(self, status: int, reason: str | None, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.message = message
        self.extra = extra

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message}
        if self.reason is not None:
            body["reason"] = self.reason
        body.update(self.extra)
        return body


def validation_error(errors: dict[str, list[str]], status: int = 422) -> ApiError:
    """A ``validation_failed`` error; the message is the first field's first message."""
    first = next((msgs[0] for msgs in errors.values() if msgs), "The given data was invalid.")
    return ApiError(status, "validation_failed", first, errors=errors, validation_errors=errors)
