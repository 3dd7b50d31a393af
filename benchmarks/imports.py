"""Import cost in fresh interpreters, against ``import httpx, attrs, fastavro``.

Each sample is one new interpreter timing its own import statement (``perf_counter`` around it,
so interpreter start-up is left out of both sides); the two statements alternate. Bytecode is
compiled first for every module involved, as an installed package would have it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.report import Report, Row, interleaved

FLOOR = "import httpx, attrs, fastavro"
STATEMENTS = {
    "import durable_workflow": "import durable_workflow",
    "first use: from durable_workflow import Client": "from durable_workflow import Client",
}
OWN = ("durable_workflow", "durable_workflow_api")


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # let the warm-up runs write bytecode
    return env


def _sample(statement: str, env: dict[str, str]) -> tuple[float, int, int]:
    probe = (
        "import time, sys, json\n"
        "before = set(sys.modules)\n"
        "start = time.perf_counter()\n"
        f"{statement}\n"
        "elapsed = time.perf_counter() - start\n"
        f"own = [m for m in sys.modules if m.split('.')[0] in {OWN!r}]\n"
        "print(json.dumps([elapsed, len(own), len(set(sys.modules) - before)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env
    ).stdout
    elapsed, own, loaded = json.loads(out)
    return float(elapsed), int(own), int(loaded)


def bench_imports(report: Report, rounds: int) -> None:
    print("import (fresh interpreters, interleaved)")
    env = _env()
    for statement in (FLOOR, *STATEMENTS.values()):
        _sample(statement, env)  # warm-up: writes the bytecode caches
    for label, statement in STATEMENTS.items():
        counts: dict[str, tuple[int, int]] = {}

        def ours(statement: str = statement, counts: dict[str, tuple[int, int]] = counts) -> float:
            elapsed, own, loaded = _sample(statement, env)
            counts["ours"] = (own, loaded)
            return elapsed

        def floor(counts: dict[str, tuple[int, int]] = counts) -> float:
            elapsed, own, loaded = _sample(FLOOR, env)
            counts["floor"] = (own, loaded)
            return elapsed

        mine, base = interleaved(ours, floor, rounds)
        own, loaded = counts["ours"]
        first = label == "import durable_workflow"
        report.add(
            "Import",
            Row(
                label,
                f"{mine * 1e3:.1f} ms",
                f"{base * 1e3:.1f} ms",
                mine / base,
                "<= 1.30" if first else "",
                mine / base <= 1.3 if first else None,
            ),
        )
        report.add(
            "Import",
            Row(
                f"{label}: modules of our own (all new)",
                f"{own} ({loaded})",
                f"0 ({counts['floor'][1]})",
                loaded / counts["floor"][1],
                "<= 150 own" if first else "",
                own <= 150 if first else None,
            ),
        )
