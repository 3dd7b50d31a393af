from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.namespace_create_request import NamespaceCreateRequest
    from ...models.namespace_description import NamespaceDescription
    from ...models.namespace_error_response import NamespaceErrorResponse


def _get_kwargs(
    *,
    body: NamespaceCreateRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/namespaces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NamespaceDescription | NamespaceErrorResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.namespace_description import NamespaceDescription
    from ...models.namespace_error_response import NamespaceErrorResponse

    if response.status_code == 201:
        response_201 = NamespaceDescription.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = NamespaceErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | NamespaceDescription | NamespaceErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NamespaceCreateRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | NamespaceDescription | NamespaceErrorResponse]:
    """Create a namespace.

     Admin role. The name is lower-cased. The reference SDK always sends all three keys.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (NamespaceCreateRequest): Body of `POST /api/namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NamespaceDescription | NamespaceErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NamespaceCreateRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | NamespaceDescription | NamespaceErrorResponse | None:
    """Create a namespace.

     Admin role. The name is lower-cased. The reference SDK always sends all three keys.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (NamespaceCreateRequest): Body of `POST /api/namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NamespaceDescription | NamespaceErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NamespaceCreateRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | NamespaceDescription | NamespaceErrorResponse]:
    """Create a namespace.

     Admin role. The name is lower-cased. The reference SDK always sends all three keys.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (NamespaceCreateRequest): Body of `POST /api/namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NamespaceDescription | NamespaceErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NamespaceCreateRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | NamespaceDescription | NamespaceErrorResponse | None:
    """Create a namespace.

     Admin role. The name is lower-cased. The reference SDK always sends all three keys.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (NamespaceCreateRequest): Body of `POST /api/namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NamespaceDescription | NamespaceErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
