"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_namespace as create_namespace
    from . import delete_namespace as delete_namespace
    from . import get_namespace as get_namespace
    from . import list_namespaces as list_namespaces
    from . import update_namespace as update_namespace
    from . import update_namespace_external_storage as update_namespace_external_storage

_MODULES = frozenset(
    (
        "create_namespace",
        "delete_namespace",
        "get_namespace",
        "list_namespaces",
        "update_namespace",
        "update_namespace_external_storage",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
