"""Tables of schedules and their row access (load, save, events)."""

from __future__ import annotations

import sqlite3
from typing import Any

from .db import Executor, execute, fetch_all, fetch_one
from .rows import AdminServer, db_to_iso, dumps, loads, new_ulid, to_db_time

MIGRATIONS: list[tuple[str, str]] = [
    (
        "schedules_001",
        """
        CREATE TABLE IF NOT EXISTS schedules (
            id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            schedule_id TEXT NOT NULL,
            spec TEXT NOT NULL,
            action TEXT NOT NULL,
            overlap_policy TEXT NOT NULL DEFAULT 'skip',
            jitter_seconds INTEGER NOT NULL DEFAULT 0,
            max_runs INTEGER,
            remaining_actions INTEGER,
            memo TEXT,
            search_attributes TEXT,
            note TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            fires_count INTEGER NOT NULL DEFAULT 0,
            failures_count INTEGER NOT NULL DEFAULT 0,
            skipped_trigger_count INTEGER NOT NULL DEFAULT 0,
            last_skip_reason TEXT,
            last_skipped_at TEXT,
            recent_actions TEXT NOT NULL DEFAULT '[]',
            buffered_actions TEXT NOT NULL DEFAULT '[]',
            next_occurrence_at TEXT,
            next_fire_at TEXT,
            last_fired_at TEXT,
            latest_workflow_instance_id TEXT,
            latest_workflow_run_id TEXT,
            paused_at TEXT,
            deleted_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS schedules_by_id ON schedules (namespace, schedule_id);
        CREATE INDEX IF NOT EXISTS schedules_due ON schedules (status, next_fire_at);
        CREATE TABLE IF NOT EXISTS schedule_events (
            id TEXT PRIMARY KEY,
            schedule_pk TEXT NOT NULL,
            namespace TEXT NOT NULL,
            schedule_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            event_type TEXT NOT NULL,
            payload TEXT NOT NULL,
            workflow_instance_id TEXT,
            workflow_run_id TEXT,
            recorded_at TEXT NOT NULL,
            UNIQUE (schedule_pk, sequence)
        )
        """,
    ),
]


_JSON_COLUMNS = (
    "spec",
    "action",
    "memo",
    "search_attributes",
    "recent_actions",
    "buffered_actions",
)


# ── storage ───────────────────────────────────────────────────────────────────────────────


def _row_to_dict(row: Any) -> dict[str, Any]:
    data = {key: row[key] for key in row.keys()}  # noqa: SIM118 - sqlite3.Row
    for key in _JSON_COLUMNS:
        data[key] = loads(data[key])
    data["recent_actions"] = data["recent_actions"] or []
    data["buffered_actions"] = data["buffered_actions"] or []
    return data


def _load(server: AdminServer, pk: str) -> dict[str, Any]:
    row = server.db.query_one("SELECT * FROM schedules WHERE id = ?", (pk,))
    assert row is not None
    return _row_to_dict(row)


def find_schedule(
    server: AdminServer, namespace: str, schedule_id: str, *, include_deleted: bool = False
) -> dict[str, Any] | None:
    """A schedule of a namespace by its id (the live one first), or ``None``."""
    sql = "SELECT * FROM schedules WHERE namespace = ? AND schedule_id = ?"
    if not include_deleted:
        sql += " AND status != 'deleted'"
    sql += " ORDER BY (status != 'deleted') DESC, created_at DESC, rowid DESC LIMIT 1"
    row = server.db.query_one(sql, (namespace, schedule_id))
    return _row_to_dict(row) if row is not None else None


def _save(server: AdminServer, sched: dict[str, Any], *fields: str) -> None:
    sched["updated_at"] = to_db_time(server.clock.now())
    names = (*fields, "updated_at")
    values = [dumps(sched[f]) if f in _JSON_COLUMNS else sched[f] for f in names]
    with server.db.transaction() as conn:
        conn.execute(
            f"UPDATE schedules SET {', '.join(f'{f} = ?' for f in names)} WHERE id = ?",
            (*values, sched["id"]),
        )


def _snapshot(sched: dict[str, Any]) -> dict[str, Any]:
    snap: dict[str, Any] = {
        "id": sched["id"],
        "schedule_id": sched["schedule_id"],
        "namespace": sched["namespace"],
        "status": sched["status"],
        "overlap_policy": sched["overlap_policy"],
    }
    for key in ("next_fire_at", "paused_at", "deleted_at"):
        if sched.get(key):
            snap[key] = db_to_iso(sched[key])
    snap["fires_count"] = sched["fires_count"]
    snap["skipped_trigger_count"] = sched["skipped_trigger_count"]
    if sched.get("note") is not None:
        snap["note"] = sched["note"]
    return snap


def _record_event(
    server: AdminServer,
    sched: dict[str, Any],
    event_type: str,
    payload: dict[str, Any],
    context: dict[str, Any] | None = None,
) -> None:
    body = dict(payload)
    if context is not None:
        body["command_context"] = context
    body["schedule"] = _snapshot(sched)
    with server.db.transaction() as conn:
        row = conn.execute(
            "SELECT COALESCE(MAX(sequence), 0) FROM schedule_events WHERE schedule_pk = ?",
            (sched["id"],),
        ).fetchone()
        conn.execute(
            "INSERT INTO schedule_events (id, schedule_pk, namespace, schedule_id, sequence,"
            " event_type, payload, workflow_instance_id, workflow_run_id, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_ulid(server.clock),
                sched["id"],
                sched["namespace"],
                sched["schedule_id"],
                int(row[0]) + 1,
                event_type,
                dumps(body),
                payload.get("workflow_instance_id"),
                payload.get("workflow_run_id"),
                to_db_time(server.clock.now()),
            ),
        )


def buffered_active_schedule_ids(ex: Executor) -> list[str]:
    """Row ids of the active schedules that hold buffered actions."""
    rows = fetch_all(
        ex, "SELECT id FROM schedules WHERE status = 'active' AND buffered_actions != '[]'"
    )
    return [row["id"] for row in rows]


def due_active_schedule_ids(ex: Executor, now: str) -> list[str]:
    """Row ids of the active schedules whose fire time is ``now`` or earlier, earliest first."""
    rows = fetch_all(
        ex,
        "SELECT id FROM schedules WHERE status = 'active' AND next_fire_at IS NOT NULL"
        " AND next_fire_at <= ? ORDER BY next_fire_at",
        (now,),
    )
    return [row["id"] for row in rows]


def schedule_metric_totals(ex: Executor, namespace: str, now: str) -> sqlite3.Row | None:
    """Totals of a namespace's live schedules.

    Columns: ``active``, ``paused``, ``missed`` (active and due before ``now``), ``oldest``
    (earliest such fire time), ``fires`` and ``failures``.
    """
    return fetch_one(
        ex,
        "SELECT SUM(status = 'active') AS active, SUM(status = 'paused') AS paused,"
        " SUM(status = 'active' AND next_fire_at IS NOT NULL AND next_fire_at < ?) AS missed,"
        " MIN(CASE WHEN status = 'active' AND next_fire_at < ? THEN next_fire_at END) AS oldest,"
        " SUM(fires_count) AS fires, SUM(failures_count) AS failures"
        " FROM schedules WHERE namespace = ? AND status != 'deleted'",
        (now, now, namespace),
    )


def earliest_active_fire_at(ex: Executor) -> str | None:
    """The earliest fire time of any active schedule, or ``None``."""
    row = fetch_one(ex, "SELECT MIN(next_fire_at) AS due FROM schedules WHERE status = 'active'")
    return row["due"] if row is not None else None


def buffered_schedule_latest_run_ids(ex: Executor) -> list[str | None]:
    """The latest run id of every active schedule that holds buffered actions."""
    rows = fetch_all(
        ex,
        "SELECT latest_workflow_run_id FROM schedules WHERE status = 'active'"
        " AND buffered_actions != '[]'",
    )
    return [row["latest_workflow_run_id"] for row in rows]


def live_schedules_of_namespace(
    ex: Executor, namespace: str, status: str | None
) -> list[sqlite3.Row]:
    """A namespace's schedules that are not deleted (only those in ``status`` when given),
    newest first."""
    sql = "SELECT * FROM schedules WHERE namespace = ? AND status != 'deleted'"
    params: list[Any] = [namespace]
    if status:
        sql += " AND status = ?"
        params.append(status)
    return fetch_all(ex, sql + " ORDER BY created_at DESC, rowid DESC", params)


def insert_schedule(ex: Executor, values: dict[str, Any]) -> None:
    """Insert an active schedule; ``values`` holds its columns (JSON columns already encoded)."""
    execute(
        ex,
        "INSERT INTO schedules (id, namespace, schedule_id, spec, action,"
        " overlap_policy, jitter_seconds, max_runs, remaining_actions, memo,"
        " search_attributes, note, status, next_occurrence_at, next_fire_at,"
        " created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)",
        tuple(values[name] for name in _INSERTED_COLUMNS),
    )


_INSERTED_COLUMNS = (
    "id",
    "namespace",
    "schedule_id",
    "spec",
    "action",
    "overlap_policy",
    "jitter_seconds",
    "max_runs",
    "remaining_actions",
    "memo",
    "search_attributes",
    "note",
    "next_occurrence_at",
    "next_fire_at",
    "created_at",
    "updated_at",
)


def schedule_events_after(
    ex: Executor, schedule_pk: str, after: int, limit: int
) -> list[sqlite3.Row]:
    """Up to ``limit`` events of a schedule with a sequence above ``after``, in order."""
    return fetch_all(
        ex,
        "SELECT * FROM schedule_events WHERE schedule_pk = ? AND sequence > ?"
        " ORDER BY sequence LIMIT ?",
        (schedule_pk, after, limit),
    )
