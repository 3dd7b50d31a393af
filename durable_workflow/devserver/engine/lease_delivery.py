"""Leases whose poll answer never left the server are released when the server starts.

A poll commits its lease before it answers. If the process dies between the two, no worker
holds the task, yet the lease would keep it from every other poll until it expires (five
minutes by default). So the HTTP layer calls :func:`mark_delivered` once a poll's answer has
been written, and :func:`release_undelivered_leases` runs when the server starts serving: every
lease without a delivery goes back to ``ready`` (an activity attempt ends as ``expired``), and
the next claim raises the attempt, which fences off any worker that might still hold the old
one. Leases that were delivered stay valid across the restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import lease_deliveries as store
from .activity_records import act_key
from .history import now_iso
from .tasks import wf_key

if TYPE_CHECKING:
    from ..server import DevServer

WORKFLOW = store.WORKFLOW
ACTIVITY = store.ACTIVITY

#: Deliveries of ended leases are pruned after this many new ones.
PRUNE_EVERY = 1000


def mark_delivered(server: DevServer, kind: str, task_id: str, lease_ref: str) -> None:
    """Record that the poll answer leasing ``task_id`` (attempt ``lease_ref``) was sent."""
    count = int(server.state.get("lease_deliveries_since_prune", 0)) + 1
    with server.db.transaction() as conn:
        store.record(conn, kind, task_id, lease_ref)
        if count >= PRUNE_EVERY:
            store.prune(conn)
            count = 0
    server.state["lease_deliveries_since_prune"] = count


def release_undelivered_leases(server: DevServer) -> tuple[int, int]:
    """Release every lease whose answer was never sent; (workflow, activity) counts."""
    now = now_iso(server)
    with server.db.transaction() as conn:
        workflow_rows = store.undelivered_workflow_leases(conn)
        for row in workflow_rows:
            store.release_workflow_lease(conn, row["task_id"], now)
        activity_rows = store.undelivered_activity_leases(conn)
        for row in activity_rows:
            store.release_activity_lease(conn, row, now)
        store.prune(conn)
    for row in workflow_rows:
        server.notifier.notify(wf_key(row["namespace"], row["task_queue"]))
    for row in activity_rows:
        server.notifier.notify(act_key(row["namespace"], row["task_queue"]))
    return len(workflow_rows), len(activity_rows)
