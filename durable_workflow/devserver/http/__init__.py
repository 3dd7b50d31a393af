"""HTTP layer: the protocol middleware and the Starlette routes of every area.

Routes parse and validate the request, call the engine, and shape the answer; the middleware
(:mod:`.middleware`) does what every request shares (body checks, authentication, versions,
namespaces, error envelopes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import (
    activities,
    bridge,
    cluster,
    namespaces,
    schedules,
    search_attributes,
    storage,
    system,
    task_queues,
    worker_extensions,
    worker_plane,
    workers,
    workflows,
)

if TYPE_CHECKING:
    from ..server import DevServer

#: Areas in mounting order (the first matching route wins).
AREAS = [
    cluster,
    workflows,
    activities,
    workers,
    worker_plane,
    worker_extensions,
    task_queues,
    system,
    namespaces,
    storage,
    search_attributes,
    schedules,
    bridge,
]


def routes(server: DevServer) -> list[Any]:
    """Every route of the server, in mounting order."""
    found: list[Any] = []
    for area in AREAS:
        found.extend(area.routes(server))
    return found


__all__ = ["AREAS", "routes"]
