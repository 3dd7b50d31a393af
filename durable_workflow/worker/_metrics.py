"""Worker figures through the client's metrics hook.

The client's :class:`~durable_workflow.client.metrics.MetricsRecorder` counts HTTP requests; a
recorder that also has ``record_task(kind=, outcome=, duration_seconds=)`` receives one call per
task the worker finished (``kind``: ``workflow``, ``activity``, ``query``; ``outcome``:
``completed``, ``failed``, ``rejected``, ``cancelled``, ``abandoned``).
"""

from __future__ import annotations

from typing import Any


def record_task(client: Any, *, kind: str, outcome: str, duration_seconds: float) -> None:
    """Report one finished task to the client's recorder (when it takes task figures)."""
    core = getattr(client, "_core", None)
    recorder = getattr(core, "metrics", None)
    hook = getattr(recorder, "record_task", None)
    if callable(hook):
        try:
            hook(kind=kind, outcome=outcome, duration_seconds=duration_seconds)
        except Exception:  # a recorder must never break the worker
            return
