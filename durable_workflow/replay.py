"""Command line: replay a recorded history against workflow code.

    python -m durable_workflow.replay HISTORY.json package.module:WorkflowClass

The history is a JSON file as ``client.get_history(...)`` or ``client.export_history(...)``
return it (or a bare list of events). Exit status 0 when the code replays the history, 1 on
non-determinism or any other replay error, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _load_class(spec: str) -> type:
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise SystemExit(f"expected module:Class, got {spec!r}")
    target: object = importlib.import_module(module_name)
    for part in attr.split("."):
        target = getattr(target, part)
    if not isinstance(target, type):
        raise SystemExit(f"{spec} is not a class")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from .testing import replay

    parser = argparse.ArgumentParser(prog="python -m durable_workflow.replay")
    parser.add_argument("history", help="JSON file with the run's history")
    parser.add_argument("workflow", help="the workflow class, as module:Class")
    parser.add_argument("--input", help="start input as a JSON list (if the file has none)")
    args = parser.parse_args(argv)
    cls = _load_class(args.workflow)
    start = json.loads(args.input) if args.input else None
    try:
        result = replay(cls, args.history, arguments=start)
    except Exception as exc:
        print(f"replay failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    state = "finished" if result.finished else "running"
    print(f"replayed {result.events} events of {result.workflow_type} ({state})")
    for command in result.commands:
        print(f"  next: {command.get('type')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
