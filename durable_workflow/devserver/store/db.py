"""SQLite storage of the development server: a write connection, a read connection per thread.

Each module of the server declares its own migrations as ``(name, sql)`` pairs in a module-level
``MIGRATIONS`` list and passes them to :meth:`Database.migrate`; a migration runs once per database
file and is recorded in the ``schema_migrations`` table. Writes that belong together go through
:meth:`Database.transaction`.

Concurrency: the database runs in WAL mode, so readers work beside the one writer.

- Every transaction runs on the single write connection (``BEGIN IMMEDIATE``, one thread at a
  time). A read made by a thread inside its own open transaction runs there too, so it sees the
  transaction's writes.
- A read outside a transaction sees what was committed before it started. It runs on the write
  connection when that is idle (its page cache is warm), else on a read connection of the calling
  thread, so it never waits for a writer.
- Code that only reads may run in worker threads inside :meth:`Database.read_only`: there every
  read uses the thread's read connection and transactions become read snapshots on it, so a slow
  read never holds the write connection, and a write fails.

``:memory:`` (and ``""``) databases live in a private scratch file (in ``/dev/shm`` where there
is one, so in memory still; see :mod:`._scratch`), removed on :meth:`Database.close`: every
thread's connection sees the same data and reads never wait for the writer, exactly as with a
file. Nothing of it is synced to disk.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeAlias

from ._scratch import Scratch

#: Seconds a connection waits for a lock held by another one before failing.
BUSY_TIMEOUT = 5.0
#: Seconds :meth:`Database.close` waits for reads running in other threads to end.
CLOSE_WAIT = 30.0
#: Bytes of the database file a read connection reads through memory mapping: a thread's read
#: connection starts with a cold page cache, and mapped pages cost it no copy and no system call.
MMAP_BYTES = 256 * 1024 * 1024


class Database:
    """The server's SQLite database: one write connection and one read connection per thread."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        scratch = Scratch() if path in ("", ":memory:") else None
        self._file = scratch.path("memory.sqlite3") if scratch is not None else path
        #: A scratch file is never synced to disk (it goes when the database closes).
        self._synchronous = "OFF" if scratch is not None else "NORMAL"
        self._conn = self._connect()
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
        )
        #: Held by the thread whose transaction is open on the write connection.
        self._lock = threading.RLock()
        self._depth = 0
        self._owner: int | None = None
        self._closed = False
        #: Reads running on read connections right now; :meth:`close` waits for them to end.
        self._active = 0
        self._idle = threading.Condition(threading.Lock())
        self._local = threading.local()
        #: Every open read connection (each thread's, until the thread ends or the database closes).
        self._readers: set[sqlite3.Connection] = set()
        self._finalizer = weakref.finalize(self, _release, self._conn, self._readers, scratch)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self._file, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA synchronous={self._synchronous}")
        return conn

    def migrate(self, migrations: Iterable[tuple[str, str]]) -> list[str]:
        """Apply the migrations not yet recorded; returns the names applied now."""
        applied: list[str] = []
        with self.transaction() as conn:
            done = {row["name"] for row in conn.execute("SELECT name FROM schema_migrations")}
            for name, sql in migrations:
                if name in done:
                    continue
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations (name) VALUES (?)", (name,))
                applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block in one transaction (nested blocks join the outer one).

        Inside :meth:`read_only` (and outside a write transaction of the same thread) the block
        is a read snapshot on the thread's read connection instead.
        """
        reader = self._local_reader()
        if reader is not None and reader.read_only and self._owner != threading.get_ident():
            with reader.snapshot() as conn:
                yield conn
            return
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN IMMEDIATE")
                self._owner = threading.get_ident()
            self._depth += 1
            try:
                yield self._conn
            except BaseException as exc:
                self._depth -= 1
                if outer:
                    # An error marked ``keep_writes`` reports a failure whose cause the block
                    # has already repaired (a lease freed on expiry): its writes are committed.
                    keep = getattr(exc, "keep_writes", False) is True
                    try:
                        self._conn.execute("COMMIT" if keep else "ROLLBACK")
                    finally:
                        self._owner = None
                raise
            self._depth -= 1
            if outer:
                try:
                    self._conn.execute("COMMIT")
                finally:
                    self._owner = None

    @contextmanager
    def read_only(self) -> Iterator[None]:
        """Mark the block, on this thread, as one that only reads.

        Its transactions become read snapshots on the thread's read connection: they take no
        write lock, so the writer never waits for them, and a write in them fails
        (``sqlite3.OperationalError``). Meant for read-only service calls run in worker threads.
        """
        reader = self._reader()
        reader.read_only += 1
        try:
            with self._reading():
                yield
        finally:
            reader.read_only -= 1

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Count a read running on a read connection, so that closing waits for it to end
        (a connection closed under a running statement can crash the interpreter)."""
        with self._idle:
            if self._closed:
                raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
            self._active += 1
        try:
            yield
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows.

        Inside a transaction of the calling thread it reads through that transaction; otherwise
        what was committed, without waiting for a writer (see the module's notes).
        """
        if self._owner == threading.get_ident():
            with self._lock:
                return list(self._conn.execute(sql, tuple(params)))
        reader = self._local_reader()
        if (reader is None or not reader.read_only) and self._lock.acquire(blocking=False):
            # the write connection is idle: a read made there finds its page cache warm
            try:
                return list(self._conn.execute(sql, tuple(params)))
            finally:
                self._lock.release()
        with self._reading():
            return list(self._reader().conn.execute(sql, tuple(params)))

    def query_one(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        """Run a read query and return the first row, or ``None``."""
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def close(self, wait: float = CLOSE_WAIT) -> None:
        """Close every connection, once an open transaction and the reads running on read
        connections have ended (reads are given up to ``wait`` seconds; new ones are refused)."""
        with self._lock:
            with self._idle:
                self._closed = True
                self._idle.wait_for(lambda: self._active == 0, timeout=wait)
                if self._active:
                    raise RuntimeError(
                        f"{self._active} database read(s) still running after {wait:g} s;"
                        " the connections stay open"
                    )
            self._finalizer()

    def _local_reader(self) -> _Reader | None:
        reader: _Reader | None = getattr(self._local, "reader", None)
        return reader

    def _reader(self) -> _Reader:
        """The calling thread's read connection (opened on first use)."""
        reader = self._local_reader()
        if reader is None:
            if self._closed:
                raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
            conn = self._connect()
            conn.execute("PRAGMA query_only=ON")
            conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            reader = _Reader(conn)
            self._readers.add(conn)
            # The connection closes when its thread ends (the thread-local state is dropped).
            weakref.finalize(reader, _close_reader, conn, self._readers)
            self._local.reader = reader
        return reader


class _Reader:
    """A thread's read connection and the state of that thread's read-only blocks."""

    __slots__ = ("__weakref__", "conn", "depth", "read_only")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.depth = 0
        self.read_only = 0

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction (nested blocks join the outer one)."""
        outer = self.depth == 0
        if outer:
            self.conn.execute("BEGIN")
        self.depth += 1
        try:
            yield self.conn
        finally:
            self.depth -= 1
            if outer and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")


def _close_reader(conn: sqlite3.Connection, readers: set[sqlite3.Connection]) -> None:
    readers.discard(conn)
    conn.close()


def _release(
    writer: sqlite3.Connection,
    readers: set[sqlite3.Connection],
    scratch: Scratch | None,
) -> None:
    """Close every connection and remove a ``:memory:`` database's scratch file."""
    for conn in readers.copy():
        _close_reader(conn, readers)
    writer.close()
    if scratch is not None:
        scratch.remove()


#: What store functions run their SQL on: the server's :class:`Database` (a read outside any
#: transaction, or a write in a transaction of its own) or the connection of an open transaction.
Executor: TypeAlias = "sqlite3.Connection | Database"


def fetch_all(ex: Executor, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
    """All rows of a read query."""
    if isinstance(ex, Database):
        return ex.query(sql, params)
    return list(ex.execute(sql, tuple(params)))


def fetch_one(ex: Executor, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
    """The first row of a read query, or ``None``."""
    if isinstance(ex, Database):
        return ex.query_one(sql, params)
    row: sqlite3.Row | None = ex.execute(sql, tuple(params)).fetchone()
    return row


def execute(ex: Executor, sql: str, params: Iterable[Any] = ()) -> int:
    """Run a write statement; returns the number of rows it changed."""
    if isinstance(ex, Database):
        with ex.transaction() as conn:
            return conn.execute(sql, tuple(params)).rowcount
    return ex.execute(sql, tuple(params)).rowcount


def _statements(sql: str) -> Iterator[str]:
    for part in sql.split(";"):
        if part.strip():
            yield part
