"""Rows of ``timers`` and ``condition_waits``."""

from __future__ import annotations

from .db import Executor, execute


def delete_run_timers(ex: Executor, run_id: str) -> int:
    """Remove every timer of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM timers WHERE run_id = ?", (run_id,))


def delete_run_condition_waits(ex: Executor, run_id: str) -> int:
    """Remove every condition wait of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM condition_waits WHERE run_id = ?", (run_id,))
