"""Search attribute definitions: the fixed system attributes and each namespace's custom ones."""

from __future__ import annotations

from ..store import search_attributes as search_attributes_store
from ..store.db import Database
from ..store.rows import AdminServer

ATTRIBUTE_TYPES: tuple[str, ...] = (
    "keyword",
    "text",
    "int",
    "double",
    "bool",
    "datetime",
    "keyword_list",
)
SYSTEM_ATTRIBUTES: dict[str, str] = {
    "WorkflowType": "keyword",
    "WorkflowId": "keyword",
    "RunId": "keyword",
    "Status": "keyword",
    "StartTime": "datetime",
    "CloseTime": "datetime",
    "TaskQueue": "keyword",
    "BuildId": "keyword",
}
NAME_PATTERN = r"[a-zA-Z][a-zA-Z0-9_]*"
DEFAULT_LIMIT = 100


def custom_attributes(db: Database, namespace: str) -> dict[str, str]:
    """The custom attribute definitions of a namespace, name -> type, sorted by name."""
    rows = search_attributes_store.list_attribute_definitions(db, namespace)
    return {row["name"]: row["type"] for row in rows}


def attribute_limit(server: AdminServer) -> int:
    """How many custom attributes a namespace may define (``max_search_attributes``)."""
    value = getattr(server.config, "max_search_attributes", None)
    return value if isinstance(value, int) and value > 0 else DEFAULT_LIMIT
