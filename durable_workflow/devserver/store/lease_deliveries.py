"""Rows of ``lease_deliveries``: which task leases had their poll answer sent.

A poll leases a task in one transaction and answers afterwards; when the process dies in
between (``kill -9``, power loss) the lease exists but no worker knows about it. The HTTP layer
records a delivery once the answer is written; at start-up every lease without one goes back
to ``ready`` (see :mod:`..engine.lease_delivery`).
"""

from __future__ import annotations

import sqlite3

WORKFLOW = "workflow"
ACTIVITY = "activity"


def record(conn: sqlite3.Connection, kind: str, task_id: str, lease_ref: str) -> None:
    """Note that the lease ``lease_ref`` of ``task_id`` reached its worker."""
    conn.execute(
        "INSERT OR IGNORE INTO lease_deliveries (kind, task_id, lease_ref) VALUES (?,?,?)",
        (kind, task_id, lease_ref),
    )


def prune(conn: sqlite3.Connection) -> None:
    """Forget deliveries of leases that ended (the task moved on or was re-leased)."""
    conn.execute(
        "DELETE FROM lease_deliveries WHERE kind = ? AND NOT EXISTS (SELECT 1 FROM"
        " workflow_tasks t WHERE t.task_id = lease_deliveries.task_id AND t.status = 'leased'"
        " AND CAST(t.attempt_count AS TEXT) = lease_deliveries.lease_ref)",
        (WORKFLOW,),
    )
    conn.execute(
        "DELETE FROM lease_deliveries WHERE kind = ? AND NOT EXISTS (SELECT 1 FROM"
        " activity_tasks t WHERE t.task_id = lease_deliveries.task_id AND t.status = 'leased'"
        " AND t.attempt_id = lease_deliveries.lease_ref)",
        (ACTIVITY,),
    )


def undelivered_workflow_leases(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Leased workflow tasks whose current lease was never delivered."""
    return list(
        conn.execute(
            "SELECT task_id, namespace, task_queue FROM workflow_tasks t WHERE status = 'leased'"
            " AND NOT EXISTS (SELECT 1 FROM lease_deliveries d WHERE d.kind = ? AND"
            " d.task_id = t.task_id AND d.lease_ref = CAST(t.attempt_count AS TEXT))",
            (WORKFLOW,),
        )
    )


def undelivered_activity_leases(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Leased activity tasks whose current attempt was never delivered."""
    return list(
        conn.execute(
            "SELECT task_id, namespace, task_queue, attempt_id, execution_id FROM activity_tasks t"
            " WHERE status = 'leased' AND NOT EXISTS (SELECT 1 FROM lease_deliveries d WHERE"
            " d.kind = ? AND d.task_id = t.task_id AND d.lease_ref = t.attempt_id)",
            (ACTIVITY,),
        )
    )


def release_workflow_lease(conn: sqlite3.Connection, task_id: str, now: str) -> None:
    """Put a leased workflow task back to ``ready`` (its next claim raises the attempt)."""
    conn.execute(
        "UPDATE workflow_tasks SET status = 'ready', lease_owner = NULL, lease_expires_at = NULL,"
        " available_at = ?, updated_at = ? WHERE task_id = ? AND status = 'leased'",
        (now, now, task_id),
    )


def release_activity_lease(conn: sqlite3.Connection, row: sqlite3.Row, now: str) -> None:
    """End a leased activity attempt as ``expired`` and put its task back to ``ready``."""
    conn.execute(
        "UPDATE activity_attempts SET status = 'expired', closed_at = ? WHERE attempt_id = ?"
        " AND status = 'running'",
        (now, row["attempt_id"]),
    )
    conn.execute(
        "UPDATE activity_tasks SET status = 'ready', lease_owner = NULL, lease_expires_at = NULL,"
        " attempt_id = NULL, available_at = ? WHERE task_id = ? AND status = 'leased'",
        (now, row["task_id"]),
    )
    conn.execute(
        "UPDATE activity_executions SET status = 'pending', current_attempt_id = NULL"
        " WHERE id = ? AND status = 'running' AND current_attempt_id = ?",
        (row["execution_id"], row["attempt_id"]),
    )
