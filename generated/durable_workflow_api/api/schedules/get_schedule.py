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
    from ...models.schedule_description import ScheduleDescription
    from ...models.schedule_error_response import ScheduleErrorResponse


def _get_kwargs(
    schedule_id: str,
    *,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/schedules/{schedule_id}".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScheduleDescription | ScheduleErrorResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.schedule_description import ScheduleDescription
    from ...models.schedule_error_response import ScheduleErrorResponse

    if response.status_code == 200:
        response_200 = ScheduleDescription.from_dict(response.json())

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
        response_404 = ScheduleErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ScheduleDescription | ScheduleErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | ScheduleDescription | ScheduleErrorResponse]:
    """Describe a schedule.

     Operator role. Accepts both the nested (`state`, `info`) and the flattened answer shapes.

    Args:
        schedule_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduleDescription | ScheduleErrorResponse]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | ScheduleDescription | ScheduleErrorResponse | None:
    """Describe a schedule.

     Operator role. Accepts both the nested (`state`, `info`) and the flattened answer shapes.

    Args:
        schedule_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduleDescription | ScheduleErrorResponse
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | ScheduleDescription | ScheduleErrorResponse]:
    """Describe a schedule.

     Operator role. Accepts both the nested (`state`, `info`) and the flattened answer shapes.

    Args:
        schedule_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduleDescription | ScheduleErrorResponse]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | ScheduleDescription | ScheduleErrorResponse | None:
    """Describe a schedule.

     Operator role. Accepts both the nested (`state`, `info`) and the flattened answer shapes.

    Args:
        schedule_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduleDescription | ScheduleErrorResponse
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
