"""SQLite storage of the development server: one connection, WAL mode, migrations.

Each module of the server declares its own migrations as ``(name, sql)`` pairs in a module-level
``MIGRATIONS`` list and passes them to :meth:`Database.migrate`; a migration runs once per database
file and is recorded in the ``schema_migrations`` table. Writes that belong together go through
:meth:`Database.transaction`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeAlias


class Database:
    """A single SQLite connection shared by the server (access is serialised by a lock)."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
        )
        self._depth = 0

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
        """Run a block in one transaction (nested blocks join the outer one)."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self._conn
            except BaseException as exc:
                self._depth -= 1
                if outer:
                    # An error marked ``keep_writes`` reports a failure whose cause the block
                    # has already repaired (a lease freed on expiry): its writes are committed.
                    keep = getattr(exc, "keep_writes", False) is True
                    self._conn.execute("COMMIT" if keep else "ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows."""
        with self._lock:
            return list(self._conn.execute(sql, tuple(params)))

    def query_one(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        """Run a read query and return the first row, or ``None``."""
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        with self._lock:
            self._conn.close()


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
