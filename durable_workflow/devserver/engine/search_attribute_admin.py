"""Changes to custom search attribute definitions: create (within the limit) and remove."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..store import search_attributes as attribute_store
from ..store.rows import AdminServer, to_db_time
from .admin_support import Validator
from .search_attributes import ATTRIBUTE_TYPES, NAME_PATTERN, SYSTEM_ATTRIBUTES, attribute_limit


def create_attribute(server: AdminServer, namespace: str, body: dict[str, Any]) -> dict[str, Any]:
    """Validate a create request and define the custom attribute.

    409 for a system name or a name already defined, 422 once the namespace's limit is reached.
    """
    v = Validator(body)
    name = body.get("name")
    kind = body.get("type")
    if v.required("name", name):
        v.string("name", name, max_length=128, pattern=NAME_PATTERN)
    if v.required("type", kind):
        v.one_of("type", kind, ATTRIBUTE_TYPES)
    v.raise_if_failed()
    assert isinstance(name, str) and isinstance(kind, str)
    if name in SYSTEM_ATTRIBUTES:
        raise ApiError(
            409,
            "name_reserved",
            f"The name [{name}] is reserved as a system search attribute.",
        )
    limit = attribute_limit(server)
    with server.db.transaction() as conn:
        existing = attribute_store.get_attribute_definition(conn, namespace, name)
        if existing is not None:
            raise ApiError(
                409,
                "attribute_already_exists",
                f"A custom search attribute [{name}] already exists in namespace [{namespace}].",
                name=name,
                type=existing["type"],
            )
        if attribute_store.count_attribute_definitions(conn, namespace) >= limit:
            raise ApiError(
                422,
                "search_attribute_limit_reached",
                f"Namespace [{namespace}] has reached the maximum of {limit} custom search"
                " attributes.",
                limit=limit,
            )
        attribute_store.insert_attribute_definition(
            conn, namespace, name, kind, to_db_time(server.clock.now())
        )
    return {"name": name, "type": kind, "outcome": "created"}


def delete_attribute(server: AdminServer, namespace: str, name: str) -> dict[str, Any]:
    """Remove a custom attribute (409 for a system one, 404 when it is not defined)."""
    if name in SYSTEM_ATTRIBUTES:
        raise ApiError(
            409,
            "system_attribute",
            f"The system search attribute [{name}] cannot be removed.",
        )
    with server.db.transaction() as conn:
        if attribute_store.delete_attribute_definition(conn, namespace, name) == 0:
            raise ApiError(
                404,
                "attribute_not_found",
                f"Custom search attribute [{name}] not found in namespace [{namespace}].",
            )
    return {"name": name, "outcome": "deleted"}
