"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_search_attribute as create_search_attribute
    from . import delete_search_attribute as delete_search_attribute
    from . import list_search_attributes as list_search_attributes

_MODULES = frozenset(
    (
        "create_search_attribute",
        "delete_search_attribute",
        "list_search_attributes",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
