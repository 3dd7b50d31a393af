"""How the worker waits after a failed call: server back-pressure first, else jittered back-off."""

from __future__ import annotations

import random

from ..errors import (
    RateLimited,
    ServerError,
    ServerTimeout,
    ServiceUnavailable,
    TransportError,
)

#: First and largest back-off after an error, seconds.
INITIAL_BACKOFF = 0.2
MAX_BACKOFF = 30.0


def is_transient(exc: BaseException) -> bool:
    """Whether ``exc`` says nothing final about the request: transport trouble, 429 or 5xx."""
    if isinstance(exc, TransportError | RateLimited | ServiceUnavailable | ServerTimeout):
        return True
    return isinstance(exc, ServerError) and exc.status is not None and exc.status >= 500


def retry_after(exc: BaseException) -> float | None:
    """The server's requested wait (``Retry-After`` or ``retry_after_seconds``), if any."""
    if not isinstance(exc, ServerError):
        return None
    if exc.retry_after is not None and exc.retry_after >= 0:
        return float(exc.retry_after)
    body = exc.body
    if isinstance(body, dict):
        value = body.get("retry_after_seconds")
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            return float(value)
    return None


class Backoff:
    """Exponential back-off with full jitter between ``INITIAL_BACKOFF`` and ``MAX_BACKOFF``.

    :meth:`next_delay` honours the server's requested wait when the error carries one.
    :meth:`reset` after a success.
    """

    def __init__(self, initial: float = INITIAL_BACKOFF, maximum: float = MAX_BACKOFF) -> None:
        self.initial = initial
        self.maximum = maximum
        self.failures = 0

    def reset(self) -> None:
        self.failures = 0

    def next_delay(self, exc: BaseException | None = None) -> float:
        self.failures += 1
        asked = retry_after(exc) if exc is not None else None
        if asked is not None:
            return min(asked, 60.0)
        ceiling = min(self.maximum, self.initial * float(2 ** min(self.failures - 1, 16)))
        return float(ceiling / 2 + random.uniform(0, ceiling / 2))
