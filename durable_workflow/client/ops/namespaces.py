"""Namespaces: ``/api/namespaces`` (list, describe, create, update, delete, external storage)."""

from __future__ import annotations

import warnings
from typing import Any

from durable_workflow_api import models
from durable_workflow_api.api.namespaces import (
    create_namespace as _create,
)
from durable_workflow_api.api.namespaces import (
    delete_namespace as _delete,
)
from durable_workflow_api.api.namespaces import (
    get_namespace as _get,
)
from durable_workflow_api.api.namespaces import (
    list_namespaces as _list,
)
from durable_workflow_api.api.namespaces import (
    update_namespace as _update,
)
from durable_workflow_api.api.namespaces import (
    update_namespace_external_storage as _set_storage,
)

from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.client.types import NamespaceDescription, NamespaceList
from durable_workflow.errors import InvalidArgument, NamespaceNotFound


def _checked_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidArgument("namespace name must be a non-empty string")
    return name


def _resolve_name(name: str | None, alias: str | None) -> str:
    if alias is not None:
        if name is not None:
            raise InvalidArgument(
                "set_namespace_external_storage() got both 'name' and the deprecated alias "
                "'namespace'; pass only 'name'"
            )
        warnings.warn(
            "set_namespace_external_storage(namespace=...) is deprecated; pass the namespace "
            "name as the first argument ('name') instead",
            DeprecationWarning,
            stacklevel=3,
        )
        name = alias
    if name is None:
        raise InvalidArgument("set_namespace_external_storage() needs the namespace name")
    return name


# --------------------------------------------------------------------------- operations


def list_namespaces(core: ClientCore) -> Operation[NamespaceList]:
    """``GET /api/namespaces``."""
    response = yield Request.from_kwargs(
        _list._get_kwargs(**core.control_header_args()), operation="list_namespaces"
    )
    return NamespaceList.from_wire(json_object(response, operation="list_namespaces"))


def describe_namespace(core: ClientCore, name: str) -> Operation[NamespaceDescription]:
    """``GET /api/namespaces/{name}``."""
    response = yield Request.from_kwargs(
        _get._get_kwargs(_checked_name(name), **core.control_header_args()),
        operation="describe_namespace",
        not_found=NamespaceNotFound,
    )
    return NamespaceDescription.from_wire(json_object(response, operation="describe_namespace"))


def create_namespace(
    core: ClientCore, name: str, *, description: str | None, retention_days: int | None
) -> Operation[NamespaceDescription]:
    """``POST /api/namespaces`` with all three keys."""
    body = {
        "name": _checked_name(name),
        "description": description,
        "retention_days": retention_days,
    }
    response = yield Request.from_kwargs(
        _create._get_kwargs(
            body=models.NamespaceCreateRequest.from_dict(body), **core.control_header_args()
        ),
        operation="create_namespace",
    )
    return NamespaceDescription.from_wire(json_object(response, operation="create_namespace"))


def update_namespace(
    core: ClientCore, name: str, *, description: str | None, retention_days: int | None
) -> Operation[NamespaceDescription]:
    """``PUT /api/namespaces/{name}`` with only the provided fields."""
    body: dict[str, Any] = {}
    if description is not None:
        body["description"] = description
    if retention_days is not None:
        body["retention_days"] = retention_days
    response = yield Request.from_kwargs(
        _update._get_kwargs(
            _checked_name(name),
            body=models.NamespaceUpdateRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="update_namespace",
        not_found=NamespaceNotFound,
    )
    return NamespaceDescription.from_wire(json_object(response, operation="update_namespace"))


def delete_namespace(core: ClientCore, name: str) -> Operation[NamespaceDescription]:
    """``DELETE /api/namespaces/{name}`` (no body)."""
    response = yield Request.from_kwargs(
        _delete._get_kwargs(_checked_name(name), **core.control_header_args()),
        operation="delete_namespace",
        not_found=NamespaceNotFound,
    )
    return NamespaceDescription.from_wire(json_object(response, operation="delete_namespace"))


def set_namespace_external_storage(
    core: ClientCore,
    name: str,
    *,
    driver: str,
    enabled: bool,
    threshold_bytes: int | None,
    config: dict[str, Any] | None,
) -> Operation[NamespaceDescription]:
    """``PUT /api/namespaces/{name}/external-storage``."""
    if not isinstance(driver, str) or not driver.strip():
        raise InvalidArgument("driver must be a non-empty string (local, s3, gcs or azure)")
    if threshold_bytes is not None and (
        isinstance(threshold_bytes, bool)
        or not isinstance(threshold_bytes, int)
        or threshold_bytes < 1
    ):
        raise InvalidArgument("threshold_bytes must be a positive integer when given")
    body: dict[str, Any] = {"driver": driver, "enabled": bool(enabled)}
    if threshold_bytes is not None:
        body["threshold_bytes"] = threshold_bytes
    if config is not None:
        body["config"] = dict(config)
    response = yield Request.from_kwargs(
        _set_storage._get_kwargs(
            _checked_name(name),
            body=models.NamespaceSetExternalStorageRequest.from_dict(body),
            **core.control_header_args(),
        ),
        operation="set_namespace_external_storage",
        not_found=NamespaceNotFound,
    )
    return NamespaceDescription.from_wire(
        json_object(response, operation="set_namespace_external_storage")
    )


# --------------------------------------------------------------------------- async methods


class AsyncNamespaces(AsyncBase):
    """Namespace methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def list_namespaces(self) -> NamespaceList:
        """List namespaces visible to the current control-plane identity."""
        return await self._run(list_namespaces(self._core))

    async def describe_namespace(self, name: str) -> NamespaceDescription:
        """Return configuration and status for one namespace.

        Raises :class:`~durable_workflow.errors.NamespaceNotFound` when it does not exist.
        """
        return await self._run(describe_namespace(self._core, name))

    async def create_namespace(
        self, name: str, *, description: str | None = None, retention_days: int = 30
    ) -> NamespaceDescription:
        """Create a workflow namespace and return the server representation.

        Raises :class:`~durable_workflow.errors.NamespaceAlreadyExists` when the name is taken.
        Requires the admin role.
        """
        return await self._run(
            create_namespace(
                self._core, name, description=description, retention_days=retention_days
            )
        )

    async def update_namespace(
        self, name: str, *, description: str | None = None, retention_days: int | None = None
    ) -> NamespaceDescription:
        """Update namespace metadata. Only provided fields are sent."""
        return await self._run(
            update_namespace(
                self._core, name, description=description, retention_days=retention_days
            )
        )

    async def delete_namespace(self, name: str) -> NamespaceDescription:
        """Delete a namespace through the server lifecycle surface.

        The returned description has ``status == "deleted"`` and ``deleted`` counts per
        resource kind. On a server without this route (the 2026-04 generation) it raises
        :class:`~durable_workflow.errors.UnsupportedByServer`.
        """
        return await self._run(delete_namespace(self._core, name))

    async def set_namespace_external_storage(
        self,
        name: str | None = None,
        *,
        driver: str,
        enabled: bool = True,
        threshold_bytes: int | None = None,
        config: dict[str, Any] | None = None,
        namespace: str | None = None,
    ) -> NamespaceDescription:
        """Configure external payload storage for a namespace.

        The first positional argument is the namespace name, matching
        :meth:`describe_namespace`, :meth:`create_namespace`, and :meth:`update_namespace`.
        The ``namespace=`` keyword is accepted as a deprecated alias and emits a
        :class:`DeprecationWarning`; passing both raises
        :class:`~durable_workflow.errors.InvalidArgument`. ``driver`` is ``local``, ``s3``,
        ``gcs`` or ``azure``; ``threshold_bytes`` and ``config`` are sent only when given.
        """
        resolved = _resolve_name(name, namespace)
        return await self._run(
            set_namespace_external_storage(
                self._core,
                resolved,
                driver=driver,
                enabled=enabled,
                threshold_bytes=threshold_bytes,
                config=config,
            )
        )


# --------------------------------------------------------------------------- sync methods


class SyncNamespaces(SyncBase):
    """Namespace methods of :class:`~durable_workflow.client.SyncClient`."""

    def list_namespaces(self) -> NamespaceList:
        """List namespaces visible to the current control-plane identity."""
        return self._run(list_namespaces(self._core))

    def describe_namespace(self, name: str) -> NamespaceDescription:
        """Return configuration and status for one namespace.

        Raises :class:`~durable_workflow.errors.NamespaceNotFound` when it does not exist.
        """
        return self._run(describe_namespace(self._core, name))

    def create_namespace(
        self, name: str, *, description: str | None = None, retention_days: int = 30
    ) -> NamespaceDescription:
        """Create a workflow namespace and return the server representation.

        Raises :class:`~durable_workflow.errors.NamespaceAlreadyExists` when the name is taken.
        Requires the admin role.
        """
        return self._run(
            create_namespace(
                self._core, name, description=description, retention_days=retention_days
            )
        )

    def update_namespace(
        self, name: str, *, description: str | None = None, retention_days: int | None = None
    ) -> NamespaceDescription:
        """Update namespace metadata. Only provided fields are sent."""
        return self._run(
            update_namespace(
                self._core, name, description=description, retention_days=retention_days
            )
        )

    def delete_namespace(self, name: str) -> NamespaceDescription:
        """Delete a namespace through the server lifecycle surface.

        The returned description has ``status == "deleted"`` and ``deleted`` counts per
        resource kind. On a server without this route (the 2026-04 generation) it raises
        :class:`~durable_workflow.errors.UnsupportedByServer`.
        """
        return self._run(delete_namespace(self._core, name))

    def set_namespace_external_storage(
        self,
        name: str | None = None,
        *,
        driver: str,
        enabled: bool = True,
        threshold_bytes: int | None = None,
        config: dict[str, Any] | None = None,
        namespace: str | None = None,
    ) -> NamespaceDescription:
        """Configure external payload storage for a namespace.

        The first positional argument is the namespace name, matching
        :meth:`describe_namespace`, :meth:`create_namespace`, and :meth:`update_namespace`.
        The ``namespace=`` keyword is accepted as a deprecated alias and emits a
        :class:`DeprecationWarning`; passing both raises
        :class:`~durable_workflow.errors.InvalidArgument`. ``driver`` is ``local``, ``s3``,
        ``gcs`` or ``azure``; ``threshold_bytes`` and ``config`` are sent only when given.
        """
        resolved = _resolve_name(name, namespace)
        return self._run(
            set_namespace_external_storage(
                self._core,
                resolved,
                driver=driver,
                enabled=enabled,
                threshold_bytes=threshold_bytes,
                config=config,
            )
        )
