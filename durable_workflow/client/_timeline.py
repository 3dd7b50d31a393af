"""A workflow history drawn as a timeline (inline SVG inside HTML, for notebooks).

Each event is a tick on a time axis; activities become bars from ``ActivityScheduled`` to their
closing event (completed, failed, timed out, cancelled), labelled with their type, attempt count
and duration; workflow and timer events are marked by colour. Below the drawing a compact table
lists the events with their decoded payload fields.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from durable_workflow.client._display import MAX_ROWS, html_table, short

if TYPE_CHECKING:
    from durable_workflow.client.history import HistoryEvent, RunHistory

WIDTH = 720
ROW = 18
LEFT = 150
_ACTIVITY_END = {
    "ActivityCompleted": "#2e7d32",
    "ActivityFailed": "#c62828",
    "ActivityTimedOut": "#ef6c00",
    "ActivityCancelled": "#757575",
}
_COLOURS = {
    "Workflow": "#1565c0",
    "Activity": "#2e7d32",
    "Timer": "#6a1b9a",
    "Signal": "#00838f",
    "Update": "#ad1457",
}


@dataclass
class _Bar:
    label: str
    start: datetime
    end: datetime | None
    attempts: int
    colour: str


def _colour(event_type: str) -> str:
    for prefix, colour in _COLOURS.items():
        if event_type.startswith(prefix):
            return colour
    return "#455a64"


def _activity_key(event: HistoryEvent) -> str:
    payload = event.payload
    for key in ("activity_execution_id", "activity_id", "sequence"):
        value = payload.get(key)
        if value is not None:
            return str(value)
    return str(event.sequence)


def activity_bars(events: list[HistoryEvent]) -> list[_Bar]:
    """One bar per activity: scheduled -> closed, with its attempts."""
    bars: dict[str, _Bar] = {}
    for event in events:
        if event.timestamp is None or not event.event_type.startswith("Activity"):
            continue
        key = _activity_key(event)
        bar = bars.get(key)
        if bar is None:
            label = str(event.payload.get("activity_type") or "activity")
            bar = bars[key] = _Bar(label, event.timestamp, None, 0, "#90a4ae")
        if event.event_type == "ActivityStarted":
            bar.attempts += 1
        if event.event_type in _ACTIVITY_END:
            bar.end = event.timestamp
            bar.colour = _ACTIVITY_END[event.event_type]
    return list(bars.values())


def _seconds(delta_start: datetime, moment: datetime) -> float:
    return (moment - delta_start).total_seconds()


def timeline_svg(history: RunHistory) -> str:
    """The SVG drawing of ``history`` (events on a time axis, activities as bars)."""
    timed = [ev for ev in history.events if ev.timestamp is not None]
    bars = activity_bars(history.events)
    if not timed:
        return "<svg xmlns='http://www.w3.org/2000/svg' width='300' height='20'></svg>"
    start = min(ev.timestamp for ev in timed if ev.timestamp is not None)
    end = max(ev.timestamp for ev in timed if ev.timestamp is not None)
    span = max(_seconds(start, end), 1e-3)
    scale = (WIDTH - LEFT - 20) / span

    def x(moment: datetime) -> float:
        return LEFT + _seconds(start, moment) * scale

    height = 40 + ROW * (len(bars) + 1)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{height}' "
        "style='background:#fff;font:11px sans-serif'>",
        f"<line x1='{LEFT}' y1='22' x2='{WIDTH - 20}' y2='22' stroke='#90a4ae'/>",
        f"<text x='4' y='26'>events ({len(timed)})</text>",
        f"<text x='{LEFT}' y='12' fill='#556'>0 s</text>",
        f"<text x='{WIDTH - 20}' y='12' fill='#556' text-anchor='end'>{span:.3g} s</text>",
    ]
    for ev in timed:
        assert ev.timestamp is not None
        title = html.escape(f"#{ev.sequence} {ev.event_type} at {ev.timestamp.isoformat()}")
        parts.append(
            f"<rect x='{x(ev.timestamp) - 2:.1f}' y='15' width='4' height='14' "
            f"fill='{_colour(ev.event_type)}'><title>{title}</title></rect>"
        )
    for row, bar in enumerate(bars, start=1):
        y = 24 + ROW * row
        finish = bar.end or end
        width = max(3.0, (x(finish) - x(bar.start)))
        duration = _seconds(bar.start, finish)
        state = "" if bar.end else " (open)"
        label = f"{bar.label} x{bar.attempts} {duration:.3g}s{state}"
        parts.append(f"<text x='4' y='{y + 11}'>{html.escape(short(bar.label)[:22])}</text>")
        parts.append(
            f"<rect x='{x(bar.start):.1f}' y='{y}' width='{width:.1f}' height='{ROW - 5}' "
            f"rx='3' fill='{bar.colour}'><title>{html.escape(label)}</title></rect>"
        )
        parts.append(
            f"<text x='{x(bar.start) + width + 4:.1f}' y='{y + 11}' fill='#333'>"
            f"{html.escape(f'x{bar.attempts} {duration:.3g}s{state}')}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _payload_summary(event: HistoryEvent) -> Any:
    shown = {
        k: v
        for k, v in event.payload.items()
        if k in ("input", "arguments", "result", "output", "message", "reason", "activity_type")
    }
    return shown or ""


def history_html(history: RunHistory) -> str:
    """The notebook display of ``history``: the timeline, then the events table."""
    rows = [
        [ev.sequence, ev.event_type, ev.timestamp, _payload_summary(ev)]
        for ev in history.events[:MAX_ROWS]
    ]
    more = len(history.events) - MAX_ROWS
    note = f"<div style='font:11px sans-serif'>… {more} more events</div>" if more > 0 else ""
    title = html.escape(
        f"RunHistory {history.workflow_id} / {history.run_id} ({len(history.events)} events)"
    )
    return (
        f"<div style='font:bold 12px sans-serif'>{title}</div>"
        + timeline_svg(history)
        + html_table(rows, ["seq", "event", "time", "payload"])
        + note
    )
