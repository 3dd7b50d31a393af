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
