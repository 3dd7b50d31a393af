from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cluster_info import ClusterInfo
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    *,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/cluster/info",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterInfo | ErrorResponse | None:
    from ...models.cluster_info import ClusterInfo
    from ...models.error_response import ErrorResponse

    if response.status_code == 200:
        response_200 = ClusterInfo.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClusterInfo | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
) -> Response[ClusterInfo | ErrorResponse]:
    """Discovery document advertising server identity, capabilities, limits and protocol manifests.

     Callable by any authenticated role (worker, operator or admin) or by anyone when auth is disabled.
    The control-plane version header is not required (this is the version-advertising endpoint) and the
    response carries neither that header nor a `control_plane` response block. `X-Namespace` selects the
    namespace of the `worker_fleet` summary but is not validated. Clients decide compatibility from
    `control_plane` and `worker_protocol`, never from the top-level `version`.

    Args:
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterInfo | ErrorResponse]
    """

    kwargs = _get_kwargs(
        x_namespace=x_namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
) -> ClusterInfo | ErrorResponse | None:
    """Discovery document advertising server identity, capabilities, limits and protocol manifests.

     Callable by any authenticated role (worker, operator or admin) or by anyone when auth is disabled.
    The control-plane version header is not required (this is the version-advertising endpoint) and the
    response carries neither that header nor a `control_plane` response block. `X-Namespace` selects the
    namespace of the `worker_fleet` summary but is not validated. Clients decide compatibility from
    `control_plane` and `worker_protocol`, never from the top-level `version`.

    Args:
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterInfo | ErrorResponse
    """

    return sync_detailed(
        client=client,
        x_namespace=x_namespace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
) -> Response[ClusterInfo | ErrorResponse]:
    """Discovery document advertising server identity, capabilities, limits and protocol manifests.

     Callable by any authenticated role (worker, operator or admin) or by anyone when auth is disabled.
    The control-plane version header is not required (this is the version-advertising endpoint) and the
    response carries neither that header nor a `control_plane` response block. `X-Namespace` selects the
    namespace of the `worker_fleet` summary but is not validated. Clients decide compatibility from
    `control_plane` and `worker_protocol`, never from the top-level `version`.

    Args:
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterInfo | ErrorResponse]
    """

    kwargs = _get_kwargs(
        x_namespace=x_namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
) -> ClusterInfo | ErrorResponse | None:
    """Discovery document advertising server identity, capabilities, limits and protocol manifests.

     Callable by any authenticated role (worker, operator or admin) or by anyone when auth is disabled.
    The control-plane version header is not required (this is the version-advertising endpoint) and the
    response carries neither that header nor a `control_plane` response block. `X-Namespace` selects the
    namespace of the `worker_fleet` summary but is not validated. Clients decide compatibility from
    `control_plane` and `worker_protocol`, never from the top-level `version`.

    Args:
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterInfo | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            x_namespace=x_namespace,
        )
    ).parsed
