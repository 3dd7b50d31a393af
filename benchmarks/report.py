"""Figures measured against a floor in the same run, printed and written to ``BENCHMARKS.md``."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    workload: str
    ours: str
    floor: str
    ratio: float
    target: str
    met: bool | None  # None: informational, no target

    def verdict(self) -> str:
        return "" if self.met is None else ("met" if self.met else "MISSED")


@dataclass
class Report:
    sections: dict[str, list[Row]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, section: str, row: Row) -> None:
        self.sections.setdefault(section, []).append(row)
        print(
            f"  {row.workload:<44} {row.ours:>16}  floor {row.floor:>16}  "
            f"ratio {row.ratio:6.2f}  {row.target:<14} {row.verdict()}",
            flush=True,
        )

    def markdown(self) -> str:
        machine = platform.uname()
        uname = _uname()
        lines = [
            "# Benchmarks",
            "",
            "Written by `make bench` (`python -m benchmarks`). Every figure is printed next to its",
            "floor measured in the same run, on the same machine, interleaved so noise hits both;",
            "on a shared machine the ratios matter, not the absolute times.",
            "",
            f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
            f"- machine: `{uname or machine}`",
            f"- cpu count: {os.cpu_count()}",
            f"- python: {sys.version.split()[0]} ({platform.python_implementation()})",
            "",
        ]
        for section, rows in self.sections.items():
            lines += [
                f"## {section}",
                "",
                "| workload | this SDK | floor | ratio | target | |",
                "|---|---:|---:|---:|---|---|",
            ]
            lines += [
                f"| {r.workload} | {r.ours} | {r.floor} | {r.ratio:.2f} | {r.target} "
                f"| {r.verdict()} |"
                for r in rows
            ]
            lines.append("")
        if self.notes:
            lines += ["## Notes", ""] + [f"- {note}" for note in self.notes] + [""]
        return "\n".join(lines)

    def write(self, path: Path = ROOT / "BENCHMARKS.md") -> None:
        path.write_text(self.markdown(), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


def _uname() -> str:
    try:
        return subprocess.run(["uname", "-a"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def interleaved(
    ours: Callable[[], float], floor: Callable[[], float], rounds: int
) -> tuple[float, float]:
    """Median of each of two measurements taken alternately ``rounds`` times."""
    a: list[float] = []
    b: list[float] = []
    for index in range(rounds):
        # alternate which one goes first, so a trend in the noise does not favour either
        if index % 2:
            b.append(floor())
            a.append(ours())
        else:
            a.append(ours())
            b.append(floor())
    return statistics.median(a), statistics.median(b)
