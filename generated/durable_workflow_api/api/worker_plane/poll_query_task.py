from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.query_task_poll_request import QueryTaskPollRequest
    from ...models.query_task_poll_response import QueryTaskPollResponse
    from ...models.worker_plane_error import WorkerPlaneError


def _get_kwargs(
    *,
    body: QueryTaskPollRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Durable-Workflow-Protocol-Version"] = x_durable_workflow_protocol_version

    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/worker/query-tasks/poll",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueryTaskPollResponse | WorkerPlaneError | None:
    from ...models.query_task_poll_response import QueryTaskPollResponse
    from ...models.worker_plane_error import WorkerPlaneError

    if response.status_code == 200:
        response_200 = QueryTaskPollResponse.from_dict(response.json())

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
        response_404 = WorkerPlaneError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WorkerPlaneError.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = WorkerPlaneError.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = WorkerPlaneError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = WorkerPlaneError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = WorkerPlaneError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = WorkerPlaneError.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = WorkerPlaneError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueryTaskPollResponse | WorkerPlaneError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QueryTaskPollRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[QueryTaskPollResponse | WorkerPlaneError]:
    """Long-poll for a query task and lease it.

     Query tasks live only in server memory (never in history). The lease lasts
    `DW_QUERY_TASK_LEASE_TIMEOUT` (default 60 s) and cannot be renewed. The whole run history is inlined
    (no paging).

    Args:
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (QueryTaskPollRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryTaskPollResponse | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: QueryTaskPollRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> QueryTaskPollResponse | WorkerPlaneError | None:
    """Long-poll for a query task and lease it.

     Query tasks live only in server memory (never in history). The lease lasts
    `DW_QUERY_TASK_LEASE_TIMEOUT` (default 60 s) and cannot be renewed. The whole run history is inlined
    (no paging).

    Args:
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (QueryTaskPollRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryTaskPollResponse | WorkerPlaneError
    """

    return sync_detailed(
        client=client,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QueryTaskPollRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[QueryTaskPollResponse | WorkerPlaneError]:
    """Long-poll for a query task and lease it.

     Query tasks live only in server memory (never in history). The lease lasts
    `DW_QUERY_TASK_LEASE_TIMEOUT` (default 60 s) and cannot be renewed. The whole run history is inlined
    (no paging).

    Args:
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (QueryTaskPollRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryTaskPollResponse | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QueryTaskPollRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> QueryTaskPollResponse | WorkerPlaneError | None:
    """Long-poll for a query task and lease it.

     Query tasks live only in server memory (never in history). The lease lasts
    `DW_QUERY_TASK_LEASE_TIMEOUT` (default 60 s) and cannot be renewed. The whole run history is inlined
    (no paging).

    Args:
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (QueryTaskPollRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryTaskPollResponse | WorkerPlaneError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
            x_namespace=x_namespace,
        )
    ).parsed
