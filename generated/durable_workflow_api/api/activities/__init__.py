"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_standalone_activity as get_standalone_activity
    from . import list_standalone_activities as list_standalone_activities
    from . import start_standalone_activity as start_standalone_activity

_MODULES = frozenset(
    (
        "get_standalone_activity",
        "list_standalone_activities",
        "start_standalone_activity",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
