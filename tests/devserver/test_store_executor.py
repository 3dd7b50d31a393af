"""Store functions run on the database or on an open transaction's connection alike."""

from __future__ import annotations

from durable_workflow.devserver.store.db import Database, execute, fetch_all, fetch_one


def _db() -> Database:
    db = Database(":memory:")
    db.migrate([("t_001", "CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)")])
    return db


def test_execute_on_database_commits_and_counts_rows() -> None:
    db = _db()
    assert execute(db, "INSERT INTO t (k, v) VALUES (?, ?)", ("a", 1)) == 1
    assert execute(db, "UPDATE t SET v = v + 1 WHERE k = ?", ("missing",)) == 0
    row = fetch_one(db, "SELECT v FROM t WHERE k = ?", ("a",))
    assert row is not None and row["v"] == 1


def test_execute_in_transaction_joins_it_and_rolls_back_with_it() -> None:
    db = _db()
    try:
        with db.transaction() as conn:
            execute(conn, "INSERT INTO t (k, v) VALUES (?, ?)", ("b", 2))
            assert [r["k"] for r in fetch_all(conn, "SELECT k FROM t")] == ["b"]
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    assert fetch_all(db, "SELECT k FROM t") == []
    assert fetch_one(db, "SELECT k FROM t") is None
