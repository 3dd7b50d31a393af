from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.query_workflow_error_response import QueryWorkflowErrorResponse
    from ...models.query_workflow_request import QueryWorkflowRequest
    from ...models.query_workflow_response import QueryWorkflowResponse


def _get_kwargs(
    workflow_id: str,
    run_id: str,
    query_name: str,
    *,
    body: QueryWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/workflows/{workflow_id}/runs/{run_id}/query/{query_name}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            run_id=quote(str(run_id), safe=""),
            query_name=quote(str(query_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.query_workflow_error_response import QueryWorkflowErrorResponse
    from ...models.query_workflow_response import QueryWorkflowResponse

    if response.status_code == 200:
        response_200 = QueryWorkflowResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = QueryWorkflowErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = QueryWorkflowErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = QueryWorkflowErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = QueryWorkflowErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = QueryWorkflowErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = QueryWorkflowErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    run_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    body: QueryWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse]:
    """Query a workflow run (read-only).

     For workflows run by non-PHP workers the server turns the query into a worker-plane query task and
    waits for an answer (server query timeout, default 30 s). Run-targeted: the run must be the current
    run, otherwise `409 historical_run_command_rejected` (`target_scope: run`).

    Args:
        workflow_id (str):
        run_id (str):
        query_name (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (QueryWorkflowRequest | Unset): Query arguments; send `{}` when there are none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        run_id=run_id,
        query_name=query_name,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    run_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    body: QueryWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse | None:
    """Query a workflow run (read-only).

     For workflows run by non-PHP workers the server turns the query into a worker-plane query task and
    waits for an answer (server query timeout, default 30 s). Run-targeted: the run must be the current
    run, otherwise `409 historical_run_command_rejected` (`target_scope: run`).

    Args:
        workflow_id (str):
        run_id (str):
        query_name (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (QueryWorkflowRequest | Unset): Query arguments; send `{}` when there are none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        run_id=run_id,
        query_name=query_name,
        client=client,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    run_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    body: QueryWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse]:
    """Query a workflow run (read-only).

     For workflows run by non-PHP workers the server turns the query into a worker-plane query task and
    waits for an answer (server query timeout, default 30 s). Run-targeted: the run must be the current
    run, otherwise `409 historical_run_command_rejected` (`target_scope: run`).

    Args:
        workflow_id (str):
        run_id (str):
        query_name (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (QueryWorkflowRequest | Unset): Query arguments; send `{}` when there are none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        run_id=run_id,
        query_name=query_name,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    run_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    body: QueryWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse | None:
    """Query a workflow run (read-only).

     For workflows run by non-PHP workers the server turns the query into a worker-plane query task and
    waits for an answer (server query timeout, default 30 s). Run-targeted: the run must be the current
    run, otherwise `409 historical_run_command_rejected` (`target_scope: run`).

    Args:
        workflow_id (str):
        run_id (str):
        query_name (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (QueryWorkflowRequest | Unset): Query arguments; send `{}` when there are none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | QueryWorkflowErrorResponse | QueryWorkflowResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            run_id=run_id,
            query_name=query_name,
            client=client,
            body=body,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
