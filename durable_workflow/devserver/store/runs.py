"""Rows of ``workflow_instances`` and ``workflow_runs`` (including the visibility list)."""

from __future__ import annotations

import sqlite3
from typing import Any

from .db import Executor, execute, fetch_all, fetch_one


def get_run(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """A run by id."""
    return fetch_one(ex, "SELECT * FROM workflow_runs WHERE run_id = ?", (run_id,))


def open_runs_without_open_task(ex: Executor, namespace: str | None) -> list[sqlite3.Row]:
    """Open runs (standalone activities excepted) with no ready or leased workflow task.

    ``namespace=None`` looks at every namespace.
    """
    sql = (
        "SELECT r.* FROM workflow_runs r WHERE r.status IN ('pending','running','waiting')"
        " AND r.workflow_type != 'dw.standalone_activity'"
        " AND NOT EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.run_id = r.run_id AND t.status"
        " IN ('ready','leased'))"
    )
    args: list[Any] = []
    if namespace is not None:
        sql += " AND r.namespace = ?"
        args.append(namespace)
    return fetch_all(ex, sql, args)


def get_namespace_run(ex: Executor, namespace: str, run_id: str) -> sqlite3.Row | None:
    """A workflow run of a namespace by its id, or ``None``."""
    return fetch_one(
        ex, "SELECT * FROM workflow_runs WHERE run_id = ? AND namespace = ?", (run_id, namespace)
    )


def closed_run_ids_before(ex: Executor, namespace: str, cutoff: str, limit: int) -> list[str]:
    """Ids of unarchived closed runs of a namespace closed before ``cutoff``, oldest first."""
    rows = fetch_all(
        ex,
        "SELECT run_id FROM workflow_runs WHERE namespace = ? AND status IN"
        " ('completed','failed','cancelled','terminated')"
        " AND archived_at IS NULL AND closed_at < ? ORDER BY closed_at LIMIT ?",
        (namespace, cutoff, limit),
    )
    return [r["run_id"] for r in rows]


def delete_run(ex: Executor, run_id: str) -> int:
    """Remove a run's row; returns the number of rows removed."""
    return execute(ex, "DELETE FROM workflow_runs WHERE run_id = ?", (run_id,))


def latest_run_id_of_workflow(ex: Executor, workflow_id: str) -> str | None:
    """The id of a workflow instance's highest-numbered run, or ``None`` when it has none."""
    row = fetch_one(
        ex,
        "SELECT run_id FROM workflow_runs WHERE workflow_id = ? ORDER BY run_number DESC LIMIT 1",
        (workflow_id,),
    )
    return None if row is None else str(row["run_id"])


def delete_workflow_instance(ex: Executor, workflow_id: str) -> int:
    """Remove a workflow instance's row; returns the number of rows removed."""
    return execute(ex, "DELETE FROM workflow_instances WHERE workflow_id = ?", (workflow_id,))


def replace_current_run(ex: Executor, workflow_id: str, old_run_id: str, new_run_id: str) -> int:
    """Point an instance whose current run is ``old_run_id`` at ``new_run_id`` instead."""
    return execute(
        ex,
        "UPDATE workflow_instances SET current_run_id = ? WHERE workflow_id = ? AND"
        " current_run_id = ?",
        (new_run_id, workflow_id, old_run_id),
    )


def count_open_runs(ex: Executor, namespace: str) -> int:
    """How many runs of a namespace are open (pending, running or waiting)."""
    row = fetch_one(
        ex,
        "SELECT COUNT(*) FROM workflow_runs WHERE namespace = ? AND status IN"
        " ('pending','running','waiting')",
        (namespace,),
    )
    return int(row[0]) if row else 0
