"""Storage layer: the SQLite database, its migrations per table group, and row access.

:data:`MIGRATIONS` lists every table group's migrations in the order they apply.
"""

from __future__ import annotations

from . import (
    activities,
    bridge,
    history,
    namespaces,
    schedules,
    search_attributes,
    tasks,
    workers,
    workflows,
)
from .db import Database

MIGRATIONS: list[tuple[str, str]] = [
    *history.MIGRATIONS,
    *tasks.MIGRATIONS,
    *workflows.MIGRATIONS,
    *activities.MIGRATIONS,
    *workers.MIGRATIONS,
    *namespaces.MIGRATIONS,
    *search_attributes.MIGRATIONS,
    *schedules.MIGRATIONS,
    *bridge.MIGRATIONS,
]

__all__ = ["MIGRATIONS", "Database"]
