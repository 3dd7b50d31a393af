"""The dev-server database from many threads: one writer, a read connection per thread."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest

from durable_workflow.devserver.store import _scratch
from durable_workflow.devserver.store.db import Database, execute, fetch_all, fetch_one

T = TypeVar("T")


@pytest.fixture(params=["memory", "file"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    path = ":memory:" if request.param == "memory" else str(tmp_path / "threads.sqlite3")
    database = Database(path)
    database.migrate([("t_001", "CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER NOT NULL)")])
    try:
        yield database
    finally:
        database.close()


def in_thread(fn: Callable[[], T]) -> T:
    """``fn()`` run to its end in a new thread (its own read connection)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result(timeout=30)


def count(db: Database) -> int:
    row = fetch_one(db, "SELECT COUNT(*) AS n FROM t")
    assert row is not None
    return int(row["n"])


def test_a_read_inside_a_transaction_sees_its_own_writes_and_others_do_not(db: Database) -> None:
    with db.transaction() as conn:
        execute(conn, "INSERT INTO t (v) VALUES (1)")
        # through the database object too: a read of the thread that owns the transaction
        assert count(db) == 1
        assert fetch_all(db, "SELECT v FROM t")[0]["v"] == 1
        # another thread reads what was committed, without waiting for this transaction
        assert in_thread(lambda: count(db)) == 0
    assert in_thread(lambda: count(db)) == 1
    assert count(db) == 1


def test_a_rolled_back_write_is_seen_by_no_thread(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as conn:
        execute(conn, "INSERT INTO t (v) VALUES (1)")
        raise RuntimeError("abort")
    assert count(db) == 0
    assert in_thread(lambda: count(db)) == 0


def test_a_read_only_block_reads_one_snapshot_and_cannot_write(db: Database) -> None:
    execute(db, "INSERT INTO t (v) VALUES (1)")
    with db.read_only(), db.transaction() as conn:
        assert count(db) == 1
        # a write committed meanwhile by another thread is not part of this snapshot
        in_thread(lambda: execute(db, "INSERT INTO t (v) VALUES (2)"))
        assert count(db) == 1
        assert len(fetch_all(conn, "SELECT * FROM t")) == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO t (v) VALUES (3)")
    with db.read_only(), pytest.raises(sqlite3.OperationalError, match="readonly"):
        execute(db, "INSERT INTO t (v) VALUES (4)")
    # outside the block the thread reads the latest commit and writes again
    assert count(db) == 2
    assert execute(db, "INSERT INTO t (v) VALUES (5)") == 1
    assert count(db) == 3


def test_a_read_only_block_inside_a_write_transaction_keeps_its_writes(db: Database) -> None:
    with db.transaction() as conn:
        execute(conn, "INSERT INTO t (v) VALUES (1)")
        with db.read_only(), db.transaction() as inner:
            assert inner is conn
            assert count(db) == 1
    assert count(db) == 1


def test_concurrent_reads_and_writes_from_many_threads_stay_consistent(db: Database) -> None:
    """Each transaction adds a pair of rows; no reader ever sees half a pair or a count go back."""
    writers, pairs = 4, 40
    done = threading.Event()

    def write(w: int) -> None:
        for i in range(pairs):
            with db.transaction() as conn:
                execute(conn, "INSERT INTO t (v) VALUES (?)", (w * 1000 + i,))
                execute(conn, "INSERT INTO t (v) VALUES (?)", (-(w * 1000 + i),))

    def read() -> list[int]:
        seen = []
        while not done.is_set():
            with db.read_only(), db.transaction():
                rows = fetch_all(db, "SELECT v FROM t")
                total = count(db)
            assert total == len(rows)
            assert sum(row["v"] for row in rows) == 0  # both rows of every pair, or neither
            seen.append(total)
            seen.append(count(db))  # outside any transaction
        return seen

    with ThreadPoolExecutor(writers + 4) as pool:
        readers = [pool.submit(read) for _ in range(4)]
        for future in [pool.submit(write, w) for w in range(writers)]:
            future.result(timeout=60)
        done.set()
        for reader in readers:
            seen = reader.result(timeout=60)
            assert all(n % 2 == 0 for n in seen)
            assert seen == sorted(seen)
    assert count(db) == writers * pairs * 2
    assert in_thread(lambda: count(db)) == writers * pairs * 2


def test_close_closes_every_connection(tmp_path: Path) -> None:
    db = Database(":memory:")
    db.migrate([("t_001", "CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER NOT NULL)")])
    row = db.query_one("PRAGMA database_list")
    assert row is not None and row["file"]
    temp_file = str(row["file"])
    assert os.path.exists(temp_file)
    hold, opened = threading.Event(), threading.Barrier(4)
    outcomes: list[str] = []

    def reader() -> None:
        with db.read_only():
            count(db)  # on this thread's read connection
        opened.wait(timeout=30)
        hold.wait(timeout=30)
        try:
            with db.read_only():
                count(db)
        except sqlite3.ProgrammingError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    opened.wait(timeout=30)
    db.close()
    hold.set()
    for thread in threads:
        thread.join(timeout=30)
    assert len(outcomes) == 3
    assert all("closed" in text for text in outcomes)
    for op in (lambda: count(db), lambda: in_thread(lambda: count(db))):
        with pytest.raises(sqlite3.ProgrammingError):
            op()
    with pytest.raises(sqlite3.ProgrammingError), db.transaction():
        pass
    # a memory database's private file goes with it
    assert not os.path.exists(temp_file)
    assert not os.path.exists(os.path.dirname(temp_file))
    db.close()  # closing twice is harmless


def test_memory_databases_are_private(tmp_path: Path) -> None:
    first, second = Database(":memory:"), Database(":memory:")
    try:
        for each in (first, second):
            each.migrate([("t_001", "CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER)")])
        execute(first, "INSERT INTO t (v) VALUES (1)")
        assert count(first) == 1
        assert count(second) == 0
        assert in_thread(lambda: count(second)) == 0
    finally:
        first.close()
        second.close()


def test_a_file_database_keeps_its_data_across_connections(tmp_path: Path) -> None:
    path = str(tmp_path / "keep.sqlite3")
    db = Database(path)
    db.migrate([("t_001", "CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER)")])
    execute(db, "INSERT INTO t (v) VALUES (7)")
    db.close()
    again = Database(path)
    try:
        assert again.migrate([("t_001", "CREATE TABLE t (k INTEGER)")]) == []
        rows: list[Any] = in_thread(lambda: fetch_all(again, "SELECT v FROM t"))
        assert [r["v"] for r in rows] == [7]
        mode = again.query_one("PRAGMA journal_mode")
        assert mode is not None and mode[0] == "wal"
    finally:
        again.close()


def test_scratch_folders_of_gone_owners_are_swept_and_no_others(tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")

    def folder(name: str, *, lock_file: bool = True) -> Path:
        path = tmp_path / name
        path.mkdir()
        (path / "memory.sqlite3").write_bytes(b"x")
        if lock_file:
            (path / _scratch.LOCK_NAME).touch()
        return path

    orphan = folder(_scratch.PREFIX + "orphan")
    alive = folder(_scratch.PREFIX + "alive")
    unborn = folder(_scratch.PREFIX + "unborn", lock_file=False)
    foreign = folder("someone-else", lock_file=True)
    holder = os.open(alive / _scratch.LOCK_NAME, os.O_RDWR)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as its owner does while it lives
        assert _scratch.sweep(str(tmp_path)) == [str(orphan)]
        assert not orphan.exists()
        assert alive.exists() and unborn.exists() and foreign.exists()
    finally:
        os.close(holder)
    assert _scratch.sweep(str(tmp_path)) == [str(alive)]  # its owner has gone now


def test_a_killed_process_leaves_a_scratch_file_the_next_database_removes() -> None:
    code = (
        "import os, signal\n"
        "from durable_workflow.devserver.store.db import Database\n"
        "db = Database(':memory:')\n"
        "print(db.query_one('PRAGMA database_list')['file'], flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    left = Path(proc.stdout.strip()).parent
    assert left.is_dir()  # nothing ran to remove it
    db = Database(":memory:")
    try:
        assert not left.exists()
        row = db.query_one("PRAGMA database_list")
        assert row is not None and Path(row["file"]).parent.is_dir()
    finally:
        db.close()


#: A read that runs for a while: counts through a recursive CTE.
SLOW_READ = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000)"
    " SELECT COUNT(*) AS c FROM n"
)


_CLOSE_UNDER_A_READ = f"""
import sqlite3, threading
from durable_workflow.devserver.store.db import Database, fetch_one

db = Database(":memory:")
started = threading.Event()
outcome = {{}}

def slow_reader():
    with db.read_only():
        started.set()
        outcome["count"] = fetch_one(db, {SLOW_READ!r})["c"]

thread = threading.Thread(target=slow_reader)
thread.start()
assert started.wait(10)
db.close()  # must not close the connection under the running statement
assert outcome.get("count") == 3000000, outcome
thread.join(10)
try:
    with db.read_only():
        pass
except sqlite3.ProgrammingError:
    print("refused")
"""


def test_close_waits_for_a_read_running_in_another_thread_and_refuses_new_ones() -> None:
    # in a process of its own: closing a connection under a running statement can crash it
    done = subprocess.run(
        [sys.executable, "-c", _CLOSE_UNDER_A_READ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "refused"


def test_close_gives_up_on_a_read_that_does_not_end() -> None:
    db = Database(":memory:")
    release = threading.Event()
    inside = threading.Event()

    def stuck_reader() -> None:
        with db.read_only():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=stuck_reader)
    thread.start()
    assert inside.wait(10)
    with pytest.raises(RuntimeError, match="still running"):
        db.close(wait=0.05)
    release.set()
    thread.join(10)
    db.close()
