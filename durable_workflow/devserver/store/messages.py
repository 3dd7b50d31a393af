"""Rows of ``workflow_signals``, ``workflow_updates`` and ``workflow_messages``."""

from __future__ import annotations

from .db import Executor, execute


def delete_run_signals(ex: Executor, run_id: str) -> int:
    """Remove every signal of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM workflow_signals WHERE run_id = ?", (run_id,))


def delete_run_updates(ex: Executor, run_id: str) -> int:
    """Remove every update of a run; returns the number of rows removed."""
    return execute(ex, "DELETE FROM workflow_updates WHERE run_id = ?", (run_id,))
