"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import test_external_storage as test_external_storage

_MODULES = frozenset(("test_external_storage",))


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
