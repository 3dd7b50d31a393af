"""The database's liveness probe (reads no table)."""

from __future__ import annotations

from .db import Executor, fetch_one


def ping(ex: Executor) -> None:
    """Run a trivial query; raises when the database cannot answer."""
    fetch_one(ex, "SELECT 1")
