"""The Avro Value codec against stdlib ``json`` on the same values, bytes in and bytes out.

Avro: ``encode_value`` / ``decode_value`` (framed bytes). JSON: ``json.dumps(v).encode()`` /
``json.loads(b)``. Each figure is values per second (the median of interleaved rounds), so the
ratio is the throughput ratio on the same values. The pure-Python fast path is always measured;
the mypyc-compiled one too when ``make accelerate`` has built it.
"""

from __future__ import annotations

import importlib.util
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.report import Report, Row, interleaved
from durable_workflow.codec import _avro_fast, avro, decode_payload, encode_payload


def _values() -> dict[str, Any]:
    rng = random.Random(12)

    def leaf(i: int) -> dict[str, Any]:
        return {
            "id": rng.randrange(10**9),
            "name": f"customer-{rng.randrange(10**6)}",
            "score": rng.random() * 100,
            "active": rng.random() < 0.5,
            "note": None,
        }

    def nested(depth: int) -> dict[str, Any]:
        if depth == 0:
            return leaf(depth)
        node: dict[str, Any] = {f"child_{i}": nested(depth - 1) for i in range(4)}
        node["counts"] = [rng.randrange(1000) for _ in range(8)]
        node["labels"] = [f"label-{rng.randrange(100)}" for _ in range(4)]
        return node

    def mixed(i: int) -> Any:
        kind = i % 6
        if kind == 0:
            return {"row": i, "name": f"item-{i}", "value": i * 1.5, "ok": i % 2 == 0}
        if kind == 1:
            return f"text value number {i}"
        if kind == 2:
            return rng.randrange(-(10**12), 10**12)
        if kind == 3:
            return rng.random()
        if kind == 4:
            return [i, f"x{i}", None, True]
        return {"id": f"id-{i}", "tags": ["a", "b", "c"], "weight": i / 7}

    return {
        "small": {
            "order_id": 42,
            "customer": "Ada Lovelace",
            "status": "paid",
            "total": 1234.5,
            "express": True,
            "tags": ["gift", "eu"],
        },
        "medium": {"tree": nested(3), "meta": leaf(0)},
        "large": [mixed(i) for i in range(22_000)],
    }


def _pure_python_fast_path() -> ModuleType:
    source = Path(avro.__file__).with_name("_avro_fast.py")
    spec = importlib.util.spec_from_file_location("_avro_fast_pure_python", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rate(fn: Callable[[], Any], budget: float) -> Callable[[], float]:
    """A measurement: calls of ``fn`` per second over about ``budget`` seconds."""

    def run() -> float:
        calls = 0
        start = time.perf_counter()
        while True:
            fn()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= budget:
                return calls / elapsed

    return run


def _fmt(rate: float) -> str:
    return f"{rate / 1e3:.1f}k/s" if rate >= 1e3 else f"{rate:.1f}/s"


def bench_codec_floor(report: Report, rounds: int, budget: float) -> None:
    print("codec vs stdlib json (same values, interleaved)")
    values = _values()
    variants = [("python", _pure_python_fast_path())]
    if not _avro_fast.__file__.endswith(".py"):
        variants.append(("compiled", _avro_fast))
    active = avro._avro_fast
    try:
        for variant, module in variants:
            avro._avro_fast = module  # type: ignore[attr-defined]
            for size, value in values.items():
                framed = avro.encode_value(value)
                text = json.dumps(value).encode()
                assert avro.decode_value(framed) == json.loads(text)
                label = f"{size} ({len(text):,} B json, {len(framed):,} B avro), {variant}"
                for way, ours, floor in (
                    (
                        "encode",
                        lambda v=value: avro.encode_value(v),
                        lambda v=value: json.dumps(v).encode(),
                    ),
                    ("decode", lambda b=framed: avro.decode_value(b), lambda t=text: json.loads(t)),
                ):
                    mine, base = interleaved(_rate(ours, budget), _rate(floor, budget), rounds)
                    if size == "small":
                        need = 60e3 if way == "encode" else 40e3
                        target, met = f">= {need / 1e3:.0f}k/s", mine >= need
                    else:
                        target, met = ">= 0.50", mine / base >= 0.5
                    report.add(
                        "Codec",
                        Row(f"{way} {label}", _fmt(mine), _fmt(base), mine / base, target, met),
                    )
            _envelope_rows(report, variant, values["small"], rounds, budget)
    finally:
        avro._avro_fast = active  # type: ignore[attr-defined]


def _envelope_rows(report: Report, variant: str, small: Any, rounds: int, budget: float) -> None:
    envelope = encode_payload(small)
    text = json.dumps(small).encode()
    cases = (
        ("encode_payload", lambda: encode_payload(small), lambda: json.dumps(small).encode(), 60e3),
        ("decode_payload", lambda: decode_payload(envelope), lambda: json.loads(text), 40e3),
    )
    for way, ours, floor, need in cases:
        mine, base = interleaved(_rate(ours, budget), _rate(floor, budget), rounds)
        report.add(
            "Codec",
            Row(
                f"{way} small (envelope, converter, base64), {variant}",
                _fmt(mine),
                _fmt(base),
                mine / base,
                f">= {need / 1e3:.0f}k/s",
                mine >= need,
            ),
        )
