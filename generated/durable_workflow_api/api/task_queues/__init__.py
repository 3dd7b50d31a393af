"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import drain_task_queue_build_id as drain_task_queue_build_id
    from . import get_task_queue as get_task_queue
    from . import list_task_queue_build_ids as list_task_queue_build_ids
    from . import list_task_queues as list_task_queues
    from . import promote_task_queue_build_id as promote_task_queue_build_id
    from . import resume_task_queue_build_id as resume_task_queue_build_id

_MODULES = frozenset(
    (
        "drain_task_queue_build_id",
        "get_task_queue",
        "list_task_queue_build_ids",
        "list_task_queues",
        "promote_task_queue_build_id",
        "resume_task_queue_build_id",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
