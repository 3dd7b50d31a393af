from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.query_task_rejection import QueryTaskRejection
    from ...models.query_task_status_response import QueryTaskStatusResponse
    from ...models.worker_plane_error import WorkerPlaneError


def _get_kwargs(
    query_task_id: str,
    *,
    lease_owner: str,
    query_task_attempt: int,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Durable-Workflow-Protocol-Version"] = x_durable_workflow_protocol_version

    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    params: dict[str, Any] = {}

    params["lease_owner"] = lease_owner

    params["query_task_attempt"] = query_task_attempt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/worker/query-tasks/{query_task_id}/status".format(
            query_task_id=quote(str(query_task_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError | None:
    from ...models.query_task_rejection import QueryTaskRejection
    from ...models.query_task_status_response import QueryTaskStatusResponse
    from ...models.worker_plane_error import WorkerPlaneError

    if response.status_code == 200:
        response_200 = QueryTaskStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WorkerPlaneError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WorkerPlaneError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WorkerPlaneError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = QueryTaskRejection.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = QueryTaskRejection.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = WorkerPlaneError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    query_task_id: str,
    *,
    client: AuthenticatedClient,
    lease_owner: str,
    query_task_attempt: int,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError]:
    """Observe whether this worker still owns a leased query task (protocol 1.20).

     Needs `server_capabilities.query_task_authority`. Read-only: never renews the lease.

    Args:
        query_task_id (str):
        lease_owner (str):
        query_task_attempt (int):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        query_task_id=query_task_id,
        lease_owner=lease_owner,
        query_task_attempt=query_task_attempt,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    query_task_id: str,
    *,
    client: AuthenticatedClient,
    lease_owner: str,
    query_task_attempt: int,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError | None:
    """Observe whether this worker still owns a leased query task (protocol 1.20).

     Needs `server_capabilities.query_task_authority`. Read-only: never renews the lease.

    Args:
        query_task_id (str):
        lease_owner (str):
        query_task_attempt (int):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError
    """

    return sync_detailed(
        query_task_id=query_task_id,
        client=client,
        lease_owner=lease_owner,
        query_task_attempt=query_task_attempt,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    ).parsed


async def asyncio_detailed(
    query_task_id: str,
    *,
    client: AuthenticatedClient,
    lease_owner: str,
    query_task_attempt: int,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError]:
    """Observe whether this worker still owns a leased query task (protocol 1.20).

     Needs `server_capabilities.query_task_authority`. Read-only: never renews the lease.

    Args:
        query_task_id (str):
        lease_owner (str):
        query_task_attempt (int):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        query_task_id=query_task_id,
        lease_owner=lease_owner,
        query_task_attempt=query_task_attempt,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    query_task_id: str,
    *,
    client: AuthenticatedClient,
    lease_owner: str,
    query_task_attempt: int,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError | None:
    """Observe whether this worker still owns a leased query task (protocol 1.20).

     Needs `server_capabilities.query_task_authority`. Read-only: never renews the lease.

    Args:
        query_task_id (str):
        lease_owner (str):
        query_task_attempt (int):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryTaskRejection | QueryTaskStatusResponse | WorkerPlaneError
    """

    return (
        await asyncio_detailed(
            query_task_id=query_task_id,
            client=client,
            lease_owner=lease_owner,
            query_task_attempt=query_task_attempt,
            x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
            x_namespace=x_namespace,
        )
    ).parsed
