"""Contains methods for accessing the API

Each tag package is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import activities as activities
    from . import bridge as bridge
    from . import discovery as discovery
    from . import namespaces as namespaces
    from . import schedules as schedules
    from . import search_attributes as search_attributes
    from . import storage as storage
    from . import system as system
    from . import task_queues as task_queues
    from . import worker_plane as worker_plane
    from . import workers as workers
    from . import workflows as workflows

_PACKAGES = frozenset(
    (
        "activities",
        "bridge",
        "discovery",
        "namespaces",
        "schedules",
        "search_attributes",
        "storage",
        "system",
        "task_queues",
        "worker_plane",
        "workers",
        "workflows",
    )
)


def __getattr__(name: str) -> object:
    if name not in _PACKAGES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _PACKAGES)
