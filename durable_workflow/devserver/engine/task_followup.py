"""A failed workflow task whose run received new history while it was leased.

Signals, updates and other new work recorded while a workflow task is leased do not get a task
of their own (the leased one is open). When that task completes, the run is checked for unseen
history; when it fails, the new work would otherwise wait for the repair back-off. This rule
gives the run its next task at once instead.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..store import runs as runs_store
from ..store import tasks as tasks_store
from . import tasks as wtasks

if TYPE_CHECKING:
    from ..server import DevServer


def follow_up_failed_task(server: DevServer, conn: sqlite3.Connection, task_id: str) -> str | None:
    """Create the run's next workflow task if history grew during ``task_id``'s lease."""
    task = tasks_store.get_workflow_task_lease_sequence(conn, task_id)
    if task is None:
        return None
    run = runs_store.get_run(conn, task["run_id"])
    if run is None or run["status"] not in wtasks.OPEN_RUN_STATUSES:
        return None
    if int(run["last_sequence"] or 0) <= int(task["seq_at_lease"] or 0):
        return None
    if wtasks.open_workflow_task(conn, run["run_id"]) is not None:
        return None
    return wtasks.create_workflow_task(server, conn, run)
