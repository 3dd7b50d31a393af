"""Search attribute definitions: ``/api/search-attributes…``.

``create_search_attribute`` sends ``{"name", "type"}``; the type is checked against the server's
list (:data:`SEARCH_ATTRIBUTE_TYPES`) before sending. Refusals map to typed errors:
``409 attribute_already_exists`` -> :class:`~durable_workflow.errors.AlreadyExists`,
``409 name_reserved`` / ``system_attribute`` -> :class:`~durable_workflow.errors.Conflict`,
``404 attribute_not_found`` -> :class:`~durable_workflow.errors.SearchAttributeNotFound`,
``422`` (limit reached, bad name) -> :class:`~durable_workflow.errors.InvalidArgument`.
"""

from __future__ import annotations

from typing import Any

from durable_workflow_api import models
from durable_workflow_api.api.search_attributes import (
    create_search_attribute as _create,
)
from durable_workflow_api.api.search_attributes import (
    delete_search_attribute as _delete,
)
from durable_workflow_api.api.search_attributes import (
    list_search_attributes as _list,
)
from durable_workflow_api.models.search_attribute_type import SEARCH_ATTRIBUTE_TYPE_VALUES

from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.client.types import SearchAttributeList
from durable_workflow.errors import InvalidArgument, SearchAttributeNotFound

#: Attribute types the server accepts.
SEARCH_ATTRIBUTE_TYPES: tuple[str, ...] = tuple(sorted(SEARCH_ATTRIBUTE_TYPE_VALUES))


def _checked_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidArgument("search attribute name must be a non-empty string")
    return name


# --------------------------------------------------------------------------- operations


def list_search_attributes(core: ClientCore) -> Operation[SearchAttributeList]:
    """``GET /api/search-attributes``."""
    response = yield Request.from_kwargs(
        _list._get_kwargs(**core.control_header_args()), operation="list_search_attributes"
    )
    return SearchAttributeList.from_wire(json_object(response, operation="list_search_attributes"))


def create_search_attribute(
    core: ClientCore, name: str, attribute_type: str
) -> Operation[dict[str, Any]]:
    """``POST /api/search-attributes`` with ``{"name": name, "type": attribute_type}``."""
    if attribute_type not in SEARCH_ATTRIBUTE_TYPE_VALUES:
        raise InvalidArgument(
            f"attribute_type must be one of {', '.join(SEARCH_ATTRIBUTE_TYPES)}, "
            f"got {attribute_type!r}"
        )
    body = {"name": _checked_name(name), "type": attribute_type}
    response = yield Request.from_kwargs(
        _create._get_kwargs(
            body=models.SearchAttributeCreateRequest.from_dict(body), **core.control_header_args()
        ),
        operation="create_search_attribute",
    )
    return json_object(response, operation="create_search_attribute")


def delete_search_attribute(core: ClientCore, name: str) -> Operation[dict[str, Any]]:
    """``DELETE /api/search-attributes/{name}``."""
    response = yield Request.from_kwargs(
        _delete._get_kwargs(_checked_name(name), **core.control_header_args()),
        operation="delete_search_attribute",
        not_found=SearchAttributeNotFound,
    )
    return json_object(response, operation="delete_search_attribute")


# --------------------------------------------------------------------------- async methods


class AsyncSearchAttributes(AsyncBase):
    """Methods of :class:`~durable_workflow.client.AsyncClient`: search attribute definitions."""

    async def list_search_attributes(self) -> SearchAttributeList:
        """List system and custom search attribute definitions for this namespace."""
        return await self._run(list_search_attributes(self._core))

    async def create_search_attribute(self, name: str, attribute_type: str) -> dict[str, Any]:
        """Register a custom search attribute and return the server response.

        ``attribute_type`` is one of ``bool``, ``datetime``, ``double``, ``int``, ``keyword``,
        ``keyword_list`` or ``text`` (anything else raises
        :class:`~durable_workflow.errors.InvalidArgument` before sending). The response is
        ``{"name", "type", "outcome": "created"}``; an existing name raises
        :class:`~durable_workflow.errors.AlreadyExists`.
        """
        return await self._run(create_search_attribute(self._core, name, attribute_type))

    async def delete_search_attribute(self, name: str) -> dict[str, Any]:
        """Remove a custom search attribute and return the server response.

        The response is ``{"name", "outcome": "deleted"}``; an unknown name raises
        :class:`~durable_workflow.errors.SearchAttributeNotFound`.
        """
        return await self._run(delete_search_attribute(self._core, name))


# --------------------------------------------------------------------------- sync methods


class SyncSearchAttributes(SyncBase):
    """Methods of :class:`~durable_workflow.client.SyncClient`: search attribute definitions."""

    def list_search_attributes(self) -> SearchAttributeList:
        """List system and custom search attribute definitions for this namespace."""
        return self._run(list_search_attributes(self._core))

    def create_search_attribute(self, name: str, attribute_type: str) -> dict[str, Any]:
        """Register a custom search attribute and return the server response.

        ``attribute_type`` is one of ``bool``, ``datetime``, ``double``, ``int``, ``keyword``,
        ``keyword_list`` or ``text`` (anything else raises
        :class:`~durable_workflow.errors.InvalidArgument` before sending). The response is
        ``{"name", "type", "outcome": "created"}``; an existing name raises
        :class:`~durable_workflow.errors.AlreadyExists`.
        """
        return self._run(create_search_attribute(self._core, name, attribute_type))

    def delete_search_attribute(self, name: str) -> dict[str, Any]:
        """Remove a custom search attribute and return the server response.

        The response is ``{"name", "outcome": "deleted"}``; an unknown name raises
        :class:`~durable_workflow.errors.SearchAttributeNotFound`.
        """
        return self._run(delete_search_attribute(self._core, name))
