"""A workflow run's history as typed events with decoded payloads.

:meth:`~durable_workflow.AsyncClient.get_history` and ``handle.history()`` return a
:class:`RunHistory`: ``events`` is a list of :class:`HistoryEvent` (``event_type``,
``sequence``, an aware ``datetime`` ``timestamp`` and a ``payload`` whose payload fields —
``input``, ``arguments``, ``result``, ``output`` — hold decoded Python values). Both keep the
server's object in ``raw`` and still read like it (``history["events"]``, ``event["payload"]``),
so code written against the plain dicts keeps working.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from durable_workflow.client._display import Displayable
from durable_workflow.client._time import parse_timestamp

#: Event payload fields that carry an encoded payload (a blob string or an envelope).
PAYLOAD_FIELDS = ("input", "arguments", "result", "output", "details")


class _RawMapping(Mapping[str, Any]):
    """Read access to ``raw`` with ``[]``, ``get``, ``in`` and iteration."""

    raw: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.raw)

    def __len__(self) -> int:
        return len(self.raw)

    __hash__ = None  # type: ignore[assignment]


@dataclass(eq=False, repr=False)
class HistoryEvent(_RawMapping, Displayable):
    """One history event. ``payload`` has its payload fields decoded; ``raw`` is as sent.

    ``undecoded`` names the payload fields that could not be decoded (they keep the wire
    value in ``payload``), so one bad blob never hides the rest of the history.
    """

    sequence: int
    event_type: str
    timestamp: datetime | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    undecoded: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, HistoryEvent):
            return self.raw == other.raw and self.payload == other.payload
        if isinstance(other, Mapping):
            return self.raw == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        when = self.timestamp.isoformat() if self.timestamp else None
        return f"HistoryEvent(sequence={self.sequence}, event_type={self.event_type!r}, at={when})"

    @classmethod
    def from_wire(cls, data: Any, decoded: Mapping[str, Any] | None = None) -> HistoryEvent:
        """Map one wire event; ``decoded`` holds the decoded values of its payload fields."""
        d = dict(data) if isinstance(data, Mapping) else {}
        payload = d.get("payload")
        payload = dict(payload) if isinstance(payload, Mapping) else {}
        values = dict(decoded or {})
        undecoded = tuple(
            name for name in PAYLOAD_FIELDS if payload.get(name) is not None and name not in values
        )
        sequence = d.get("sequence")
        kind = d.get("event_type")
        return cls(
            sequence=sequence
            if isinstance(sequence, int) and not isinstance(sequence, bool)
            else 0,
            event_type=kind if isinstance(kind, str) else "",
            timestamp=parse_timestamp(d.get("timestamp") or d.get("recorded_at")),
            payload={**payload, **values},
            undecoded=undecoded,
            raw=d,
        )


@dataclass(eq=False, repr=False)
class RunHistory(_RawMapping, Displayable):
    """Every event of one run, ascending by ``sequence``; ``raw`` is the merged server object."""

    workflow_id: str
    run_id: str
    events: list[HistoryEvent] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        return (
            f"RunHistory(workflow_id={self.workflow_id!r}, run_id={self.run_id!r}, "
            f"events={len(self.events)})"
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RunHistory | Mapping):
            return self.raw == (other.raw if isinstance(other, RunHistory) else dict(other))
        return NotImplemented

    def event_types(self) -> list[str]:
        """The event types in order (a quick look at what happened)."""
        return [event.event_type for event in self.events]

    def _repr_html_(self) -> str:
        from durable_workflow.client._timeline import history_html

        return history_html(self)

    def to_dataframe(self) -> Any:
        """The events as a pandas ``DataFrame`` (needs the ``pandas`` extra)."""
        from durable_workflow.client._display import dataframe

        return dataframe(
            [
                {
                    "sequence": ev.sequence,
                    "event_type": ev.event_type,
                    "timestamp": ev.timestamp,
                    "payload": ev.payload,
                }
                for ev in self.events
            ],
            datetime_columns=("timestamp",),
        )
