"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_cluster_info as get_cluster_info
    from . import get_health as get_health
    from . import get_readiness as get_readiness

_MODULES = frozenset(
    (
        "get_cluster_info",
        "get_health",
        "get_readiness",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
