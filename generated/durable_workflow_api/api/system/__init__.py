"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import enforce_activity_timeouts as enforce_activity_timeouts
    from . import enforce_retention as enforce_retention
    from . import get_activity_timeout_status as get_activity_timeout_status
    from . import get_operator_metrics as get_operator_metrics
    from . import get_repair_status as get_repair_status
    from . import get_retention_status as get_retention_status
    from . import get_system_metrics as get_system_metrics
    from . import run_repair_pass as run_repair_pass

_MODULES = frozenset(
    (
        "enforce_activity_timeouts",
        "enforce_retention",
        "get_activity_timeout_status",
        "get_operator_metrics",
        "get_repair_status",
        "get_retention_status",
        "get_system_metrics",
        "run_repair_pass",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
