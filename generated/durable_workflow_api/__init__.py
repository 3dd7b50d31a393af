"""A client library for accessing Durable Workflow server protocol"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

# The client classes are imported on first access (PEP 562): code that only builds requests
# from ``models`` and ``api`` never loads them.
_CLIENT_NAMES = frozenset(("AuthenticatedClient", "Client"))


def __getattr__(name: str) -> object:
    if name not in _CLIENT_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(".client", __name__), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _CLIENT_NAMES)


__all__ = (
    "AuthenticatedClient",
    "Client",
)
