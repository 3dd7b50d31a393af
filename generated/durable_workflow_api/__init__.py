"""A client library for accessing Durable Workflow server protocol"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
