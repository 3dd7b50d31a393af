"""Rows of ``child_calls``."""

from __future__ import annotations

import sqlite3

from .db import Executor, execute, fetch_all, fetch_one


def set_child_run_id(ex: Executor, child_call_id: str, run_id: str) -> None:
    """Point a child call at the run that now carries it."""
    execute(
        ex,
        "UPDATE child_calls SET child_run_id = ? WHERE child_call_id = ?",
        (run_id, child_call_id),
    )


def insert_child_call(
    ex: Executor,
    child_call_id: str,
    *,
    namespace: str,
    parent_run_id: str,
    parent_workflow_id: str,
    sequence: int,
    workflow_link_id: str,
    child_workflow_id: str,
    workflow_type: str,
    task_queue: str,
    arguments: str,
    parent_close_policy: str,
    retry_policy: str | None,
    timeout_policy: str | None,
    parallel: str,
) -> None:
    """Record an ``open`` child call at its first attempt (JSON columns as text)."""
    execute(
        ex,
        "INSERT INTO child_calls (child_call_id, namespace, parent_run_id,"
        " parent_workflow_id, sequence,"
        " workflow_link_id, child_workflow_id, workflow_type, task_queue, arguments,"
        " parent_close_policy,"
        " retry_policy, timeout_policy, attempt, parallel, status) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,'open')",
        (
            child_call_id,
            namespace,
            parent_run_id,
            parent_workflow_id,
            sequence,
            workflow_link_id,
            child_workflow_id,
            workflow_type,
            task_queue,
            arguments,
            parent_close_policy,
            retry_policy,
            timeout_policy,
            parallel,
        ),
    )


def get_child_call(ex: Executor, child_call_id: str) -> sqlite3.Row | None:
    """A child call by id."""
    return fetch_one(ex, "SELECT * FROM child_calls WHERE child_call_id = ?", (child_call_id,))


def list_open_child_calls(ex: Executor, parent_run_id: str) -> list[sqlite3.Row]:
    """The parent run's child calls still ``open``."""
    return fetch_all(
        ex,
        "SELECT * FROM child_calls WHERE parent_run_id = ? AND status = 'open'",
        (parent_run_id,),
    )


def close_child_call(ex: Executor, child_call_id: str) -> None:
    """Mark a child call ``closed``."""
    execute(
        ex, "UPDATE child_calls SET status = 'closed' WHERE child_call_id = ?", (child_call_id,)
    )


def set_child_call_run(ex: Executor, child_call_id: str, child_run_id: str, attempt: int) -> None:
    """Point a child call at the child run started for its ``attempt``."""
    execute(
        ex,
        "UPDATE child_calls SET child_run_id = ?, attempt = ? WHERE child_call_id = ?",
        (child_run_id, attempt, child_call_id),
    )


def run_has_open_child_call(ex: Executor, parent_run_id: str) -> bool:
    """Whether the parent run has a child call still ``open``."""
    row = fetch_one(
        ex,
        "SELECT 1 FROM child_calls WHERE parent_run_id = ? AND status = 'open'",
        (parent_run_id,),
    )
    return row is not None


def list_child_call_summaries(ex: Executor, parent_run_id: str) -> list[sqlite3.Row]:
    """The parent run's child calls (child ids, type, status, close policy, sequence)."""
    return fetch_all(
        ex,
        "SELECT child_call_id, child_workflow_id, child_run_id, workflow_type, status,"
        " parent_close_policy, sequence FROM child_calls WHERE parent_run_id = ?",
        (parent_run_id,),
    )
