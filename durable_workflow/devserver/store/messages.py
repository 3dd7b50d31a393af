"""Rows of ``workflow_signals``, ``workflow_updates`` and ``workflow_messages``."""

from __future__ import annotations

from .db import Executor, execute


def fail_accepted_updates(ex: Executor, run_id: str, closed_at: str, failure: str) -> None:
    """Close the run's still ``accepted`` updates as ``failed`` with ``failure`` (JSON)."""
    execute(
        ex,
        "UPDATE workflow_updates SET status = 'failed', closed_at = ?, failure = ?"
        " WHERE run_id = ? AND status = 'accepted'",
        (closed_at, failure, run_id),
    )
