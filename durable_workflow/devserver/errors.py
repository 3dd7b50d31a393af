"""Error envelopes the development server answers with, shaped like the real server's."""

from __future__ import annotations

from typing import Any

#: The one rule for every id a client names (workflow, run, activity, schedule, worker, task
#: queue, adapter): letters, digits and ``. _ : -``, never ``.`` or ``..`` alone, so that every
#: id that can be created can also be addressed in a URL path.
ID_PATTERN = r"(?!\.\.?$)[A-Za-z0-9._:-]+"


class ApiError(Exception):
    """An error answer: HTTP ``status``, stable ``reason``, human ``message`` and extra fields."""

    #: Set on an error whose transaction's writes stand even though the request fails (see
    #: :meth:`durable_workflow.devserver.store.db.Database.transaction`).
    keep_writes: bool = False

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
    more = sum(len(msgs) for msgs in errors.values()) - 1
    if more > 0:
        first += f" (and {more} more error{'s' if more > 1 else ''})"
    return ApiError(status, "validation_failed", first, errors=errors, validation_errors=errors)


class WorkerError(ApiError):
    """A worker-plane controller error: the human text travels as ``error``, not ``message``."""

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {}
        body.update(
            {
                k: v
                for k, v in self.extra.items()
                if k
                in (
                    "task_id",
                    "workflow_task_attempt",
                    "activity_attempt_id",
                    "query_task_id",
                    "query_task_attempt",
                )
            }
        )
        body["error"] = self.message
        if self.reason is not None:
            body["reason"] = self.reason
        for key, value in self.extra.items():
            body.setdefault(key, value)
        return body


class Validator:
    """Field checks with the real server's (Laravel-style) messages, collected per field."""

    def __init__(self, data: Any) -> None:
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        self.errors: dict[str, list[str]] = {}

    @staticmethod
    def label(field: str) -> str:
        return field.replace("_", " ")

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, []).append(message)

    def present(self, field: str) -> bool:
        return field in self.data

    def _get(self, field: str, required: bool) -> Any:
        value = self.data.get(field)
        empty = value is None or (isinstance(value, str) and value.strip() == "") or value == []
        if empty:
            if required:
                self.add(field, f"The {self.label(field)} field is required.")
            return None
        return value

    def string(
        self,
        field: str,
        *,
        required: bool = False,
        max: int | None = None,
        pattern: str | None = None,
    ) -> str | None:
        value = self._get(field, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.add(field, f"The {self.label(field)} field must be a string.")
            return None
        if max is not None and len(value) > max:
            self.add(
                field, f"The {self.label(field)} field must not be greater than {max} characters."
            )
            return None
        if pattern is not None:
            import re

            if not re.fullmatch(pattern, value):
                self.add(field, f"The {self.label(field)} field format is invalid.")
                return None
        return value

    def integer(
        self, field: str, *, required: bool = False, min: int | None = None, max: int | None = None
    ) -> int | None:
        value = self._get(field, required)
        if value is None:
            return None
        if isinstance(value, bool):
            value = None
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value.strip())
        if not isinstance(value, int) or not -(2**63) <= value < 2**63:
            # Beyond a signed 64-bit integer the real server sees a float: not an integer.
            self.add(field, f"The {self.label(field)} field must be an integer.")
            return None
        if min is not None and value < min:
            self.add(field, f"The {self.label(field)} field must be at least {min}.")
            return None
        if max is not None and value > max:
            self.add(field, f"The {self.label(field)} field must not be greater than {max}.")
            return None
        return value

    def boolean(self, field: str, *, required: bool = False) -> bool | None:
        value = self.data.get(field)
        if value is None:
            if required:
                self.add(field, f"The {self.label(field)} field is required.")
            return None
        if isinstance(value, bool):
            return value
        if value in (0, 1, "0", "1"):
            return bool(int(value))
        self.add(field, f"The {self.label(field)} field must be true or false.")
        return None

    def one_of(self, field: str, values: list[str], *, required: bool = False) -> str | None:
        value = self._get(field, required)
        if value is None:
            return None
        if value not in values:
            self.add(field, f"The selected {self.label(field)} is invalid.")
            return None
        return str(value)

    def array(
        self, field: str, *, required: bool = False, max_items: int | None = None
    ) -> list[Any] | None:
        value = self.data.get(field)
        if value is None or value == []:
            if required:
                self.add(field, f"The {self.label(field)} field is required.")
            return [] if value == [] else None
        if not isinstance(value, list):
            self.add(field, f"The {self.label(field)} field must be an array.")
            return None
        if max_items is not None and len(value) > max_items:
            self.add(
                field, f"The {self.label(field)} field must not have more than {max_items} items."
            )
            return None
        return value

    def obj(self, field: str, *, required: bool = False) -> dict[str, Any] | None:
        value = self.data.get(field)
        if value is None:
            if required:
                self.add(field, f"The {self.label(field)} field is required.")
            return None
        if isinstance(value, list) and not value:
            return {}
        if not isinstance(value, dict):
            self.add(field, f"The {self.label(field)} field must be an array.")
            return None
        return value

    def check(self) -> None:
        """Raise the ``validation_failed`` error when any check failed."""
        if self.errors:
            raise validation_error(self.errors)
