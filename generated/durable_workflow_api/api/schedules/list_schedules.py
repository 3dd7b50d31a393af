from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.schedule_list_error_response import ScheduleListErrorResponse
    from ...models.schedule_list_response import ScheduleListResponse
    from ...models.schedule_status_filter import ScheduleStatusFilter


def _get_kwargs(
    *,
    status: ScheduleStatusFilter | Unset = UNSET,
    workflow_type: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page_size: int | Unset = 50,
    next_page_token: str | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["workflow_type"] = workflow_type

    params["query"] = query

    params["page_size"] = page_size

    params["next_page_token"] = next_page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/schedules",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.schedule_list_error_response import ScheduleListErrorResponse
    from ...models.schedule_list_response import ScheduleListResponse

    if response.status_code == 200:
        response_200 = ScheduleListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScheduleListErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScheduleListErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ScheduleListErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ScheduleListErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ScheduleStatusFilter | Unset = UNSET,
    workflow_type: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page_size: int | Unset = 50,
    next_page_token: str | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse]:
    """List the namespace's schedules, newest first.

     Operator role. The 2026-04 server snapshot takes no parameters, returns every schedule and a null
    `next_page_token`; newer servers filter (AND) and page with an opaque token bound to the filters.

    Args:
        status (ScheduleStatusFilter | Unset): Schedule status to filter a list by.
        workflow_type (str | Unset):
        query (str | Unset):
        page_size (int | Unset):  Default: 50.
        next_page_token (str | Unset):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        workflow_type=workflow_type,
        query=query,
        page_size=page_size,
        next_page_token=next_page_token,
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
    status: ScheduleStatusFilter | Unset = UNSET,
    workflow_type: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page_size: int | Unset = 50,
    next_page_token: str | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse | None:
    """List the namespace's schedules, newest first.

     Operator role. The 2026-04 server snapshot takes no parameters, returns every schedule and a null
    `next_page_token`; newer servers filter (AND) and page with an opaque token bound to the filters.

    Args:
        status (ScheduleStatusFilter | Unset): Schedule status to filter a list by.
        workflow_type (str | Unset):
        query (str | Unset):
        page_size (int | Unset):  Default: 50.
        next_page_token (str | Unset):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        workflow_type=workflow_type,
        query=query,
        page_size=page_size,
        next_page_token=next_page_token,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ScheduleStatusFilter | Unset = UNSET,
    workflow_type: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page_size: int | Unset = 50,
    next_page_token: str | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse]:
    """List the namespace's schedules, newest first.

     Operator role. The 2026-04 server snapshot takes no parameters, returns every schedule and a null
    `next_page_token`; newer servers filter (AND) and page with an opaque token bound to the filters.

    Args:
        status (ScheduleStatusFilter | Unset): Schedule status to filter a list by.
        workflow_type (str | Unset):
        query (str | Unset):
        page_size (int | Unset):  Default: 50.
        next_page_token (str | Unset):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        workflow_type=workflow_type,
        query=query,
        page_size=page_size,
        next_page_token=next_page_token,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ScheduleStatusFilter | Unset = UNSET,
    workflow_type: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page_size: int | Unset = 50,
    next_page_token: str | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse | None:
    """List the namespace's schedules, newest first.

     Operator role. The 2026-04 server snapshot takes no parameters, returns every schedule and a null
    `next_page_token`; newer servers filter (AND) and page with an opaque token bound to the filters.

    Args:
        status (ScheduleStatusFilter | Unset): Schedule status to filter a list by.
        workflow_type (str | Unset):
        query (str | Unset):
        page_size (int | Unset):  Default: 50.
        next_page_token (str | Unset):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduleListErrorResponse | ScheduleListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            workflow_type=workflow_type,
            query=query,
            page_size=page_size,
            next_page_token=next_page_token,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
