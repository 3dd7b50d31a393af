"""Rows of ``workflow_instances`` and ``workflow_runs``."""

from __future__ import annotations

import sqlite3

from .db import Executor, fetch_one


def get_run(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """A workflow run by id."""
    return fetch_one(ex, "SELECT * FROM workflow_runs WHERE run_id = ?", (run_id,))
