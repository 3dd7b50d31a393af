"""Rows of ``workflow_instances`` and ``workflow_runs`` (including the visibility list)."""

from __future__ import annotations

import sqlite3
from typing import Any

from .db import Executor, execute, fetch_all, fetch_one


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


def mark_run_closed(
    ex: Executor,
    run_id: str,
    *,
    status: str,
    closed_reason: str,
    closed_at: str,
    output: str | None,
    failure: str | None,
) -> None:
    """Record a run's closing status, reason, time, output and failure (JSON columns)."""
    execute(
        ex,
        "UPDATE workflow_runs SET status = ?, closed_reason = ?, closed_at = ?, output = ?,"
        " failure = ? WHERE run_id = ?",
        (status, closed_reason, closed_at, output, failure, run_id),
    )


def insert_run(
    ex: Executor,
    *,
    run_id: str,
    namespace: str,
    workflow_id: str,
    run_number: int,
    workflow_type: str,
    task_queue: str,
    business_key: str | None,
    payload_codec: str,
    arguments: str,
    memo: str,
    search_attributes: str,
    execution_timeout_seconds: int | None,
    run_timeout_seconds: int | None,
    execution_deadline_at: str | None,
    run_deadline_at: str | None,
    compatibility: str | None,
    parent_run_id: str | None,
    parent_workflow_id: str | None,
    parent_sequence: int | None,
    child_call_id: str | None,
    parent_close_policy: str | None,
    continued_from_run_id: str | None,
    started_at: str,
) -> None:
    """Insert a new ``pending`` run (JSON columns already encoded)."""
    execute(
        ex,
        "INSERT INTO workflow_runs (run_id, namespace, workflow_id, run_number, workflow_type,"
        " task_queue, business_key, status, payload_codec, arguments, memo, search_attributes,"
        " execution_timeout_seconds, run_timeout_seconds, execution_deadline_at, run_deadline_at,"
        " compatibility, parent_run_id, parent_workflow_id, parent_sequence, child_call_id,"
        " parent_close_policy, continued_from_run_id, started_at, last_progress_at)"
        " VALUES (?,?,?,?,?,?,?,'pending',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            run_id,
            namespace,
            workflow_id,
            run_number,
            workflow_type,
            task_queue,
            business_key,
            payload_codec,
            arguments,
            memo,
            search_attributes,
            execution_timeout_seconds,
            run_timeout_seconds,
            execution_deadline_at,
            run_deadline_at,
            compatibility,
            parent_run_id,
            parent_workflow_id,
            parent_sequence,
            child_call_id,
            parent_close_policy,
            continued_from_run_id,
            started_at,
            started_at,
        ),
    )


def get_run_sequence(ex: Executor, run_id: str) -> sqlite3.Row | None:
    """The run's ``namespace`` and ``last_sequence`` (its newest history event)."""
    return fetch_one(
        ex, "SELECT namespace, last_sequence FROM workflow_runs WHERE run_id = ?", (run_id,)
    )


def set_run_last_sequence(ex: Executor, run_id: str, sequence: int, progress_at: str) -> None:
    """Record the run's newest history sequence and the time of that progress."""
    execute(
        ex,
        "UPDATE workflow_runs SET last_sequence = ?, last_progress_at = ? WHERE run_id = ?",
        (sequence, progress_at, run_id),
    )


def count_instance_command(ex: Executor, workflow_id: str) -> sqlite3.Row | None:
    """Count one more command on the instance; the row of its new ``command_count``."""
    execute(
        ex,
        "UPDATE workflow_instances SET command_count = command_count + 1 WHERE workflow_id = ?",
        (workflow_id,),
    )
    return fetch_one(
        ex, "SELECT command_count FROM workflow_instances WHERE workflow_id = ?", (workflow_id,)
    )


def get_run_in_namespace(
    ex: Executor, namespace: str, workflow_id: str, run_id: str
) -> sqlite3.Row | None:
    """A run by id, only if it belongs to ``workflow_id`` in ``namespace``."""
    return fetch_one(
        ex,
        "SELECT * FROM workflow_runs WHERE run_id = ? AND workflow_id = ? AND namespace = ?",
        (run_id, workflow_id, namespace),
    )


def list_runs_of_workflow(ex: Executor, workflow_id: str) -> list[sqlite3.Row]:
    """Every run of a workflow instance, first run first."""
    return fetch_all(
        ex,
        "SELECT * FROM workflow_runs WHERE workflow_id = ? ORDER BY run_number",
        (workflow_id,),
    )


def list_runs_page(
    ex: Executor,
    namespace: str,
    *,
    excluded_type: str,
    workflow_type: str | None,
    statuses: tuple[str, ...] | None,
    text: str | None,
    search_attributes: list[tuple[str, str]],
    after: tuple[str, str] | None,
    limit: int,
) -> list[sqlite3.Row]:
    """One page of the visibility list, newest run first (keyset ``(started_at, run_id)``).

    ``text`` matches a substring of the workflow id or business key; each
    ``search_attributes`` pair ``(key, value)`` must match (see :func:`search_attribute_clause`);
    ``after`` is the sort key of the previous page's last run.
    """
    where = ["namespace = ?", "workflow_type != ?"]
    args: list[Any] = [namespace, excluded_type]
    if workflow_type:
        where.append("workflow_type = ?")
        args.append(workflow_type)
    if statuses:
        where.append(f"status IN ({','.join('?' * len(statuses))})")
        args.extend(statuses)
    if text:
        pattern = f"%{like_escape(text)}%"
        where.append("(workflow_id LIKE ? ESCAPE '\\' OR business_key LIKE ? ESCAPE '\\')")
        args.extend([pattern, pattern])
    for key, expected in search_attributes:
        clause, clause_args = search_attribute_clause(key, expected)
        where.append(clause)
        args.extend(clause_args)
    if after is not None:
        where.append("(started_at < ? OR (started_at = ? AND run_id < ?))")
        args.extend([after[0], after[0], after[1]])
    return fetch_all(
        ex,
        f"SELECT * FROM workflow_runs WHERE {' AND '.join(where)}"
        " ORDER BY started_at DESC, run_id DESC LIMIT ?",
        [*args, limit],
    )


def like_escape(text: str) -> str:
    """``text`` for a ``LIKE ... ESCAPE '\\'`` pattern that matches it literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_attribute_clause(key: str, expected: str) -> tuple[str, list[Any]]:
    """SQL that matches runs whose search attribute ``key`` (or one of its values) is ``expected``.

    Booleans compare case-insensitively with ``true``/``false``; other values by their text.
    """
    clause = (
        "EXISTS (SELECT 1 FROM json_each(workflow_runs.search_attributes, ?) AS sa WHERE"
        " CASE sa.type WHEN 'true' THEN lower(?) = 'true' WHEN 'false' THEN lower(?) = 'false'"
        " WHEN 'null' THEN 0 ELSE CAST(sa.value AS TEXT) = ? END)"
    )
    return clause, [f'$."{key}"', expected, expected, expected]


def list_open_runs_past_deadline(ex: Executor, now: str) -> list[sqlite3.Row]:
    """``run_id`` of every open run whose execution or run deadline is at or before ``now``."""
    return fetch_all(
        ex,
        # one indexed range per deadline (an OR of the two would walk every run)
        "SELECT run_id FROM workflow_runs WHERE status IN ('pending','running','waiting')"
        " AND execution_deadline_at <= ? UNION SELECT run_id FROM workflow_runs"
        " WHERE status IN ('pending','running','waiting') AND run_deadline_at <= ?",
        (now, now),
    )


def next_open_run_deadline(ex: Executor) -> str | None:
    """The earliest execution or run deadline of any open run."""
    row = fetch_one(
        ex,
        "SELECT MIN(d) AS due FROM (SELECT MIN(execution_deadline_at) AS d FROM workflow_runs"
        " WHERE status IN ('pending','running','waiting') UNION ALL SELECT MIN(run_deadline_at)"
        " FROM workflow_runs WHERE status IN ('pending','running','waiting'))",
    )
    return row["due"] if row and row["due"] else None


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


def standalone_activity_runs(ex: Executor, namespace: str) -> list[sqlite3.Row]:
    """The workflow id and status of a namespace's standalone-activity host runs, newest first."""
    return fetch_all(
        ex,
        "SELECT workflow_id, status FROM workflow_runs WHERE namespace = ?"
        " AND workflow_type = 'dw.standalone_activity' ORDER BY started_at DESC, run_id DESC",
        (namespace,),
    )


def repair_candidate_runs(
    ex: Executor,
    namespace: str | None,
    quiet_events: list[str],
    *,
    after_run_id: str = "",
    up_to_run_id: str | None = None,
    limit: int = -1,
    failed_by: list[tuple[int, str]] | None = None,
) -> list[sqlite3.Row]:
    """Open runs (standalone activities excepted) with no ready or leased workflow task that
    may need one: their newest workflow task is missing or ``failed``, or is ``completed`` and
    the run recorded an event outside ``quiet_events`` after the last sequence that task saw
    (its ``seq_at_lease`` or the last event it recorded).

    Each row is the run's columns plus ``last_task_status`` and ``last_task_updated_at`` (of
    its newest task, ``NULL`` when it has none). Runs come in ``run_id`` order, after
    ``after_run_id`` and up to ``up_to_run_id`` (inclusive) when given, at most ``limit``
    (``-1``: all). ``namespace=None`` looks at every namespace. ``failed_by`` pairs steps
    ``k`` with times: a run whose newest task failed then counts only when that task's
    ``updated_at`` is at or before the time of step ``min(repair_count, K)`` (``K`` the
    highest step given).
    """
    args: list[Any] = []
    steps = ""
    failed = "t.status = 'failed'"
    if failed_by:
        steps = "WITH steps(k, before) AS (VALUES " + ", ".join("(?, ?)" for _ in failed_by) + ") "
        args += [v for pair in failed_by for v in pair]
        failed += (
            " AND t.updated_at <= (SELECT s.before FROM steps s WHERE s.k = MIN(r.repair_count, ?))"
        )
    quiet = ", ".join("?" for _ in quiet_events) or "NULL"
    sql = (
        steps + "SELECT r.*, t.status AS last_task_status, t.updated_at AS last_task_updated_at"
        " FROM workflow_runs r INDEXED BY workflow_runs_open"
        " LEFT JOIN workflow_tasks t ON t.task_id = (SELECT l.task_id FROM workflow_tasks l"
        " WHERE l.run_id = r.run_id ORDER BY l.created_at DESC, l.rowid DESC LIMIT 1)"
        " WHERE r.status IN ('pending','running','waiting') AND r.run_id > ?"
        " AND r.workflow_type != 'dw.standalone_activity'"
        f" AND (t.task_id IS NULL OR ({failed}) OR (t.status = 'completed'"
        " AND EXISTS (SELECT 1 FROM history_events e WHERE e.run_id = r.run_id"
        " AND e.sequence > MAX(COALESCE(t.seq_at_lease, 0), COALESCE((SELECT MAX(h.sequence)"
        " FROM history_events h WHERE h.workflow_task_id = t.task_id), 0))"
        f" AND e.event_type NOT IN ({quiet}))))"
        " AND NOT EXISTS (SELECT 1 FROM workflow_tasks o WHERE o.run_id = r.run_id"
        " AND o.status IN ('ready','leased'))"
    )
    args.append(after_run_id)
    if failed_by:
        args.append(max(k for k, _ in failed_by))
    args += quiet_events
    if up_to_run_id is not None:
        sql += " AND r.run_id <= ?"
        args.append(up_to_run_id)
    if namespace is not None:
        sql += " AND r.namespace = ?"
        args.append(namespace)
    return fetch_all(ex, sql + " ORDER BY r.run_id LIMIT ?", [*args, limit])
