"""Rows of ``workflow_instances`` and ``workflow_runs``."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_one


def get_run(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """A workflow run by id."""
    return fetch_one(ex, "SELECT * FROM workflow_runs WHERE run_id = ?", (run_id,))


def set_run_search_attributes(ex: Executor, run_id: str, search_attributes: str) -> None:
    """Replace the search attributes (JSON text) of a run."""
    execute(
        ex,
        "UPDATE workflow_runs SET search_attributes = ? WHERE run_id = ?",
        (search_attributes, run_id),
    )


def set_run_memo(ex: Executor, run_id: str, memo: str) -> None:
    """Replace the memo (JSON text) of a run."""
    execute(ex, "UPDATE workflow_runs SET memo = ? WHERE run_id = ?", (memo, run_id))
