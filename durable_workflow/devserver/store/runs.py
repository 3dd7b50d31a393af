"""Rows of ``workflow_instances`` and ``workflow_runs`` (including the visibility list)."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_one


def get_run(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """A run by id."""
    return fetch_one(ex, "SELECT * FROM workflow_runs WHERE run_id = ?", (run_id,))


def insert_instance(
    ex: Executor, workflow_id: str, namespace: str, current_run_id: str, created_at: str
) -> None:
    """Insert a workflow instance with its first run (run count 1, no commands yet)."""
    execute(
        ex,
        "INSERT INTO workflow_instances (workflow_id, namespace, current_run_id, run_count,"
        " command_count, created_at) VALUES (?,?,?,1,0,?)",
        (workflow_id, namespace, current_run_id, created_at),
    )


def get_instance(ex: Executor, workflow_id: str) -> sqlite3.Row | None:
    """A workflow instance by id (in any namespace)."""
    return fetch_one(ex, "SELECT * FROM workflow_instances WHERE workflow_id = ?", (workflow_id,))


def get_instance_in_namespace(ex: Executor, namespace: str, workflow_id: str) -> sqlite3.Row | None:
    """A workflow instance by id within ``namespace``."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_instances WHERE workflow_id = ? AND namespace = ?",
        (workflow_id, namespace),
    )


def mark_run_running(ex: Executor, run_id: str) -> None:
    """Set a run's status to ``running``."""
    execute(ex, "UPDATE workflow_runs SET status = 'running' WHERE run_id = ?", (run_id,))


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


def mark_run_waiting(ex: Executor, run_id: str) -> None:
    """Set a run's status to ``waiting``."""
    execute(ex, "UPDATE workflow_runs SET status = 'waiting' WHERE run_id = ?", (run_id,))


def advance_step_counter(ex: Executor, run_id: str) -> int:
    """Count one more workflow step on a run; returns the new count."""
    execute(
        ex, "UPDATE workflow_runs SET step_counter = step_counter + 1 WHERE run_id = ?", (run_id,)
    )
    row = fetch_one(ex, "SELECT step_counter FROM workflow_runs WHERE run_id = ?", (run_id,))
    assert row is not None  # the run was just updated
    return int(row["step_counter"])


def advance_current_run(ex: Executor, workflow_id: str, run_id: str) -> None:
    """Make ``run_id`` the current run of a workflow instance and count it."""
    execute(
        ex,
        "UPDATE workflow_instances SET current_run_id = ?, run_count = run_count + 1 WHERE"
        " workflow_id = ?",
        (run_id, workflow_id),
    )


def increment_repair_count(ex: Executor, run_id: str) -> None:
    """Count one more repair of a run."""
    execute(
        ex, "UPDATE workflow_runs SET repair_count = repair_count + 1 WHERE run_id = ?", (run_id,)
    )


def set_run_archived_at(ex: Executor, run_id: str, now: str) -> None:
    """Mark a run archived at ``now``."""
    execute(ex, "UPDATE workflow_runs SET archived_at = ? WHERE run_id = ?", (now, run_id))
