"""When may the test environment move the clock on its own?

Only when nothing can happen without time passing: no workflow or activity task is ready or
leased (no worker is busy, no task waits for a worker), and every open run waits on time — a
pending timer, an activity retry or workflow task due later — or on a child run (which is then
itself an open run checked the same way). The clock then jumps to the earliest such moment.
A run waiting only on a signal, an update or a running activity stops the clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..devserver.clock import isoformat

_OPEN = ("pending", "running", "waiting")


def next_skip_target(server: Any) -> datetime | None:
    """The moment the clock may jump to now, or ``None`` when something is still happening."""
    now = isoformat(server.clock.now())
    with server.db.transaction() as conn:
        busy = conn.execute(
            "SELECT 1 FROM workflow_tasks WHERE status = 'leased'"
            " OR (status = 'ready' AND available_at <= ?) LIMIT 1",
            (now,),
        ).fetchone()
        if busy is not None:
            return None
        busy = conn.execute(
            "SELECT 1 FROM activity_tasks WHERE status = 'leased'"
            " OR (status = 'ready' AND available_at <= ?) LIMIT 1",
            (now,),
        ).fetchone()
        if busy is not None:
            return None
        runs = [
            row["run_id"]
            for row in conn.execute(
                f"SELECT run_id FROM workflow_runs WHERE status IN ({','.join('?' * len(_OPEN))})",
                _OPEN,
            )
        ]
        if not runs:
            return None
        due: list[str] = []
        for run_id in runs:
            times = [
                row[0]
                for row in conn.execute(
                    "SELECT fire_at FROM timers WHERE run_id = ? AND status = 'pending'"
                    " UNION ALL SELECT available_at FROM activity_tasks WHERE run_id = ?"
                    " AND status = 'ready'"
                    " UNION ALL SELECT available_at FROM workflow_tasks WHERE run_id = ?"
                    " AND status = 'ready'",
                    (run_id, run_id, run_id),
                )
                if row[0]
            ]
            if times:
                due.append(min(times))
                continue
            child = conn.execute(
                "SELECT 1 FROM child_calls WHERE parent_run_id = ? AND status != 'closed' LIMIT 1",
                (run_id,),
            ).fetchone()
            if child is None:
                return None
    if not due:
        return None
    return datetime.fromisoformat(min(due).replace("Z", "+00:00"))


def advance_keeping_workers_live(running: Any, seconds: float) -> None:
    """Move the clock by ``seconds`` and fire what is due; workers that were live before the
    jump stay live (skipped time must not make a heartbeating worker look stale)."""
    server = running.server
    before = server.clock.now()
    cutoff = isoformat(before - timedelta(seconds=server.config.stale_after_seconds))
    running.clock.advance(seconds)
    now = isoformat(server.clock.now())
    with server.db.transaction() as conn:
        conn.execute(
            "UPDATE workers SET last_heartbeat_at = ? WHERE last_heartbeat_at >= ?", (now, cutoff)
        )
    running.sweep()
