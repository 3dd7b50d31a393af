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
    from ...models.schedule_error_response import ScheduleErrorResponse
    from ...models.schedule_resume_request import ScheduleResumeRequest
    from ...models.schedule_resume_response import ScheduleResumeResponse


def _get_kwargs(
    schedule_id: str,
    *,
    body: ScheduleResumeRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/schedules/{schedule_id}/resume".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.schedule_error_response import ScheduleErrorResponse
    from ...models.schedule_resume_response import ScheduleResumeResponse

    if response.status_code == 200:
        response_200 = ScheduleResumeResponse.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ScheduleErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse]:
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
    body: ScheduleResumeRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse]:
    """Resume a paused schedule.

     Operator role.

    Args:
        schedule_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (ScheduleResumeRequest | Unset): Body of the resume route; a given note replaces the
            schedule note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        body=body,
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
    body: ScheduleResumeRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse | None:
    """Resume a paused schedule.

     Operator role.

    Args:
        schedule_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (ScheduleResumeRequest | Unset): Body of the resume route; a given note replaces the
            schedule note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    body: ScheduleResumeRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse]:
    """Resume a paused schedule.

     Operator role.

    Args:
        schedule_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (ScheduleResumeRequest | Unset): Body of the resume route; a given note replaces the
            schedule note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    body: ScheduleResumeRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse | None:
    """Resume a paused schedule.

     Operator role.

    Args:
        schedule_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (ScheduleResumeRequest | Unset): Body of the resume route; a given note replaces the
            schedule note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduleErrorResponse | ScheduleResumeResponse
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            body=body,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
