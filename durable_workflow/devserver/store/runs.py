"""Rows of ``workflow_instances`` and ``workflow_runs`` (including the visibility list)."""

from __future__ import annotations

import sqlite3

from .db import Executor, fetch_all


def standalone_activity_runs(ex: Executor, namespace: str) -> list[sqlite3.Row]:
    """The workflow id and status of a namespace's standalone-activity host runs, newest first."""
    return fetch_all(
        ex,
        "SELECT workflow_id, status FROM workflow_runs WHERE namespace = ?"
        " AND workflow_type = 'dw.standalone_activity' ORDER BY started_at DESC, run_id DESC",
        (namespace,),
    )
