"""A payload field that could not be decoded, kept as a value instead of failing the whole read.

Reads (describe a workflow or a run, list activities, ...) return many fields; one payload in a
framing or codec this SDK cannot read must not lose the others. Such a field holds an
:class:`UndecodablePayload`: it keeps the raw envelope (:attr:`~UndecodablePayload.raw`) and the
codec, and raises the typed decode error (:attr:`~UndecodablePayload.error`, a
:class:`~durable_workflow.errors.PayloadError`) as soon as the value is used -- read
(:attr:`~UndecodablePayload.value`), iterated, indexed, compared with another value, tested for
truth, converted to text or a number, or asked for an attribute it does not have. ``repr`` and
the three attributes above stay safe, so a described workflow still prints.
"""

from __future__ import annotations

from typing import Any, NoReturn

from ..errors import PayloadError

__all__ = ["UndecodablePayload", "is_undecodable"]


class UndecodablePayload:
    """Stands in for a payload value that failed to decode; raises its error when touched."""

    __slots__ = ("codec", "error", "raw")

    raw: Any
    codec: str | None
    error: PayloadError

    def __init__(self, raw: Any, codec: str | None, error: PayloadError) -> None:
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "codec", codec)
        object.__setattr__(self, "error", error)

    @property
    def value(self) -> NoReturn:
        """The decoded value: always raises :attr:`error` (it could not be decoded)."""
        self._raise()

    def _raise(self) -> NoReturn:
        raise self.error

    def __repr__(self) -> str:
        return f"UndecodablePayload(codec={self.codec!r}, error={self.error!r})"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        self._raise()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("UndecodablePayload is read-only")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UndecodablePayload):
            return bool(self.raw == other.raw and self.codec == other.codec)
        self._raise()

    def __hash__(self) -> int:
        self._raise()

    def __bool__(self) -> bool:
        self._raise()

    def __str__(self) -> str:
        self._raise()

    def __len__(self) -> int:
        self._raise()

    def __iter__(self) -> Any:
        self._raise()

    def __contains__(self, item: object) -> bool:
        self._raise()

    def __getitem__(self, key: Any) -> Any:
        self._raise()

    def __int__(self) -> int:
        self._raise()

    def __float__(self) -> float:
        self._raise()

    def __index__(self) -> int:
        self._raise()


def is_undecodable(value: object) -> bool:
    """Whether ``value`` is an :class:`UndecodablePayload` (never raises)."""
    return type(value) is UndecodablePayload
