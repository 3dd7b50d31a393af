"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import backfill_schedule as backfill_schedule
    from . import create_schedule as create_schedule
    from . import delete_schedule as delete_schedule
    from . import get_schedule as get_schedule
    from . import get_schedule_history as get_schedule_history
    from . import list_schedules as list_schedules
    from . import pause_schedule as pause_schedule
    from . import resume_schedule as resume_schedule
    from . import trigger_schedule as trigger_schedule
    from . import update_schedule as update_schedule

_MODULES = frozenset(
    (
        "backfill_schedule",
        "create_schedule",
        "delete_schedule",
        "get_schedule",
        "get_schedule_history",
        "list_schedules",
        "pause_schedule",
        "resume_schedule",
        "trigger_schedule",
        "update_schedule",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
