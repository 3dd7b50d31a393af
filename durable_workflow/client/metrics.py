"""Client metrics hook.

Pass an object with the two methods of :class:`MetricsRecorder` as ``metrics=`` to a client to
observe its HTTP traffic. The client calls :meth:`MetricsRecorder.record_request` once per HTTP
attempt (so a retried call reports every attempt) and :meth:`MetricsRecorder.record_retry` each
time it decides to retry. Labels are low-cardinality: the operation name (the client method, e.g.
``"describe_workflow"``), the plane (``"control"``, ``"worker"`` or ``"discovery"``) and the status
(the HTTP status as a string, or ``"connect_error"``, ``"timeout"``, ``"transport_error"`` when no
answer arrived). Ids, tokens and URLs are never labels.

:data:`NOOP_METRICS` is the default. :class:`InMemoryMetrics` keeps counters in memory, which is
handy in tests and for quick inspection.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol, runtime_checkable

import attrs


@runtime_checkable
class MetricsRecorder(Protocol):
    """What the client reports. Implementations must be cheap and must not raise."""

    def record_request(
        self,
        *,
        operation: str,
        plane: str,
        method: str,
        status: str,
        duration_seconds: float,
    ) -> None:
        """One HTTP attempt finished (with an answer or a transport failure)."""

    def record_retry(
        self,
        *,
        operation: str,
        plane: str,
        status: str,
        attempt: int,
        delay_seconds: float,
    ) -> None:
        """Attempt number ``attempt`` (1-based) failed with ``status``; retrying after a delay."""


class NoopMetrics:
    """A recorder that drops everything (the default)."""

    def record_request(
        self,
        *,
        operation: str,
        plane: str,
        method: str,
        status: str,
        duration_seconds: float,
    ) -> None:
        """Ignore the request."""

    def record_retry(
        self,
        *,
        operation: str,
        plane: str,
        status: str,
        attempt: int,
        delay_seconds: float,
    ) -> None:
        """Ignore the retry."""


NOOP_METRICS = NoopMetrics()


@attrs.define
class InMemoryMetrics:
    """Counts requests and retries per ``(operation, plane, status)`` and keeps latencies."""

    requests: Counter[tuple[str, str, str]] = attrs.field(factory=Counter)
    retries: Counter[tuple[str, str, str]] = attrs.field(factory=Counter)
    latencies: dict[tuple[str, str], list[float]] = attrs.field(factory=dict)
    retry_delays: list[float] = attrs.field(factory=list)
    #: Worker tasks per ``(kind, outcome)`` and their durations per kind (see ``record_task``).
    tasks: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    task_latencies: dict[str, list[float]] = attrs.field(factory=dict)

    def record_request(
        self,
        *,
        operation: str,
        plane: str,
        method: str,
        status: str,
        duration_seconds: float,
    ) -> None:
        """Count the attempt and keep its latency."""
        self.requests[(operation, plane, status)] += 1
        self.latencies.setdefault((operation, plane), []).append(duration_seconds)

    def record_retry(
        self,
        *,
        operation: str,
        plane: str,
        status: str,
        attempt: int,
        delay_seconds: float,
    ) -> None:
        """Count the retry and keep its delay."""
        self.retries[(operation, plane, status)] += 1
        self.retry_delays.append(delay_seconds)

    def record_task(self, *, kind: str, outcome: str, duration_seconds: float) -> None:
        """Count one task a :class:`~durable_workflow.Worker` finished and keep its duration.

        ``kind`` is ``workflow``, ``activity`` or ``query``; ``outcome`` is ``completed``,
        ``failed``, ``cancelled``, ``rejected`` or ``abandoned``. Any recorder with this method
        receives these calls from workers built on its client.
        """
        self.tasks[(kind, outcome)] += 1
        self.task_latencies.setdefault(kind, []).append(duration_seconds)
