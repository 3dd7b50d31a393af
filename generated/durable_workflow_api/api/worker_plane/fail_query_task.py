from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.query_task_fail_request import QueryTaskFailRequest
    from ...models.query_task_fail_response import QueryTaskFailResponse
    from ...models.query_task_rejection import QueryTaskRejection
    from ...models.worker_plane_error import WorkerPlaneError


def _get_kwargs(
    query_task_id: str,
    *,
    body: QueryTaskFailRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Durable-Workflow-Protocol-Version"] = x_durable_workflow_protocol_version

    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/worker/query-tasks/{query_task_id}/fail".format(
            query_task_id=quote(str(query_task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError | None:
    from ...models.query_task_fail_response import QueryTaskFailResponse
    from ...models.query_task_rejection import QueryTaskRejection
    from ...models.worker_plane_error import WorkerPlaneError

    if response.status_code == 200:
        response_200 = QueryTaskFailResponse.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = WorkerPlaneError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = WorkerPlaneError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = WorkerPlaneError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError]:
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
    body: QueryTaskFailRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError]:
    """Fail a leased query task (for example an unknown query name).

     `failure.reason` `rejected_unknown_query` makes the waiting caller receive 404, any other reason
    409.

    Args:
        query_task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (QueryTaskFailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        query_task_id=query_task_id,
        body=body,
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
    body: QueryTaskFailRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError | None:
    """Fail a leased query task (for example an unknown query name).

     `failure.reason` `rejected_unknown_query` makes the waiting caller receive 404, any other reason
    409.

    Args:
        query_task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (QueryTaskFailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError
    """

    return sync_detailed(
        query_task_id=query_task_id,
        client=client,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    ).parsed


async def asyncio_detailed(
    query_task_id: str,
    *,
    client: AuthenticatedClient,
    body: QueryTaskFailRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError]:
    """Fail a leased query task (for example an unknown query name).

     `failure.reason` `rejected_unknown_query` makes the waiting caller receive 404, any other reason
    409.

    Args:
        query_task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (QueryTaskFailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        query_task_id=query_task_id,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    query_task_id: str,
    *,
    client: AuthenticatedClient,
    body: QueryTaskFailRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError | None:
    """Fail a leased query task (for example an unknown query name).

     `failure.reason` `rejected_unknown_query` makes the waiting caller receive 404, any other reason
    409.

    Args:
        query_task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (QueryTaskFailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryTaskFailResponse | QueryTaskRejection | WorkerPlaneError
    """

    return (
        await asyncio_detailed(
            query_task_id=query_task_id,
            client=client,
            body=body,
            x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
            x_namespace=x_namespace,
        )
    ).parsed
