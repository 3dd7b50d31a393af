"""Notebook display of the client's result types: compact HTML tables and pretty text.

:class:`Displayable` gives a dataclass ``_repr_html_`` (Jupyter) and ``_repr_pretty_``
(IPython's text display): one row per set field for an object, one row per item for a list
type (the first field holding a list of dataclasses). Values are shortened (a long string or a
big nested structure never becomes a megabyte line), ``raw`` is left out, payloads show as the
decoded values the types hold. List types also get :meth:`Displayable.to_dataframe` when pandas
is installed (the ``pandas`` extra).
"""

from __future__ import annotations

import dataclasses
import html
import reprlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from durable_workflow.errors import ConfigurationError

MAX_VALUE_CHARS = 80
MAX_ROWS = 50
MAX_COLUMNS = 8

_short = reprlib.Repr()
_short.maxstring = MAX_VALUE_CHARS
_short.maxother = MAX_VALUE_CHARS
_short.maxlist = 6
_short.maxdict = 6
_short.maxlevel = 2

_STYLE = (
    "border-collapse:collapse;font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;"
    "margin:2px 0"
)
_CELL = "border:1px solid #ccd;padding:2px 6px;text-align:left;vertical-align:top"


def short(value: Any) -> str:
    """A one-line text of ``value`` of at most about :data:`MAX_VALUE_CHARS` characters."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Displayable):
        return value._summary()
    if isinstance(value, str):
        return value if len(value) <= MAX_VALUE_CHARS else value[: MAX_VALUE_CHARS - 1] + "…"
    text = _short.repr(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def _fields(obj: Any) -> list[tuple[str, Any]]:
    return [
        (f.name, getattr(obj, f.name))
        for f in dataclasses.fields(obj)
        if f.name != "raw" and f.repr is not False
    ]


#: Field names that hold the items of a list type.
ITEM_FIELDS = frozenset(
    {"executions", "runs", "task_queues", "workers", "namespaces", "schedules", "events"}
    | {"activities", "attributes", "items"}
)


def _items_field(obj: Any) -> tuple[str, list[Any]] | None:
    for name, value in _fields(obj):
        if name in ITEM_FIELDS and isinstance(value, list):
            return name, value
    return None


def _columns(items: list[Any]) -> list[str]:
    if not items or not dataclasses.is_dataclass(items[0]):
        return []
    names: list[str] = []
    for name, _ in _fields(items[0]):
        values = [getattr(item, name, None) for item in items]
        if all(v is None or v == {} or v == [] for v in values):
            continue
        names.append(name)
    return names[:MAX_COLUMNS]


def html_table(rows: Iterable[Iterable[Any]], header: list[str] | None = None) -> str:
    """An HTML table of ``rows`` (cells shortened and escaped)."""
    out = [f'<table style="{_STYLE}">']
    if header:
        cells = "".join(
            f'<th style="{_CELL};background:#eef">{html.escape(h)}</th>' for h in header
        )
        out.append(f"<tr>{cells}</tr>")
    for row in rows:
        cells = "".join(f'<td style="{_CELL}">{html.escape(short(v))}</td>' for v in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def _line(cells: list[str], widths: list[int]) -> str:
    fitted = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(cells, widths, strict=True)]
    return "  " + "  ".join(c.ljust(w) for c, w in zip(fitted, widths, strict=True))


class Displayable:
    """Mixin for dataclasses: ``_repr_html_``, ``_repr_pretty_``, ``to_dataframe``."""

    def _summary(self) -> str:
        fields = [(n, v) for n, v in _fields(self) if v is not None]
        head = ", ".join(f"{n}={short(v)}" for n, v in fields[:2])
        return f"{type(self).__name__}({head})"

    def _rows(self) -> tuple[list[str], list[list[Any]], str | None]:
        """Header, rows and a note ("… 12 more") for the display of this object."""
        listed = _items_field(self)
        if listed is not None:
            name, items = listed
            columns = _columns(items)
            rows = [[getattr(item, c, None) for c in columns] for item in items[:MAX_ROWS]]
            more = len(items) - MAX_ROWS
            extra = [f"{n}={short(v)}" for n, v in _fields(self) if n != name and v is not None]
            note = ", ".join(([f"… {more} more"] if more > 0 else []) + extra) or None
            return columns, rows, note
        rows = [[n, v] for n, v in _fields(self) if v is not None and v != {} and v != []]
        return ["field", "value"], rows, None

    def _repr_html_(self) -> str:
        header, rows, note = self._rows()
        title = html.escape(type(self).__name__)
        count = f" ({len(rows)})" if header != ["field", "value"] else ""
        caption = f"<div style='font:bold 12px sans-serif'>{title}{count}</div>"
        tail = (
            f"<div style='font:11px sans-serif;color:#556'>{html.escape(note)}</div>"
            if note
            else ""
        )
        return caption + html_table(rows, header) + tail

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        if cycle:
            p.text(f"{type(self).__name__}(...)")
            return
        p.text(self._pretty_text())

    def _pretty_text(self) -> str:
        header, rows, note = self._rows()
        lines = [type(self).__name__]
        if header == ["field", "value"]:
            width = max((len(str(r[0])) for r in rows), default=0)
            lines += [f"  {r[0]!s:<{width}}  {short(r[1])}" for r in rows]
        else:
            texts = [[short(v) for v in row] for row in rows]
            widths = [
                min(40, max([len(h)] + [len(t[i]) for t in texts])) for i, h in enumerate(header)
            ]
            lines.append("  " + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
            for t in texts:
                cells = [
                    c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(t, widths, strict=True)
                ]
                lines.append(
                    "  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))
                )
        if note:
            lines.append(f"  {note}")
        return "\n".join(line.rstrip() for line in lines)

    def to_dataframe(self) -> Any:
        """The listed items as a pandas ``DataFrame`` (needs the ``pandas`` extra).

        Columns are the items' fields (``raw`` left out); ``*_at`` fields and timestamps become
        timezone-aware datetime columns.
        """
        listed = _items_field(self)
        if listed is None:
            raise TypeError(f"{type(self).__name__} is not a list type; it has no to_dataframe()")
        _, items = listed
        records = [dict(_fields(item)) for item in items if dataclasses.is_dataclass(item)]
        names = {n for record in records for n in record}
        return dataframe(
            records,
            datetime_columns=tuple(n for n in names if n.endswith("_at") or n == "timestamp"),
        )


def dataframe(records: Sequence[Mapping[str, Any]], *, datetime_columns: Iterable[str] = ()) -> Any:
    """A pandas ``DataFrame`` of ``records`` with ``datetime_columns`` parsed as UTC datetimes."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ConfigurationError(
            "to_dataframe() needs pandas: pip install 'durable-workflow[pandas]'"
        ) from exc
    frame = pd.DataFrame.from_records(list(records))
    for column in datetime_columns:
        if column in frame.columns:
            frame[column] = pd.to_datetime(
                frame[column], utc=True, errors="coerce", format="ISO8601"
            )
    return frame
