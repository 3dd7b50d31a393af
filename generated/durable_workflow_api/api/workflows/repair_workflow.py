from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.command_error_response import CommandErrorResponse
    from ...models.command_result import CommandResult
    from ...models.error_response import ErrorResponse
    from ...models.repair_workflow_request import RepairWorkflowRequest


def _get_kwargs(
    workflow_id: str,
    *,
    body: RepairWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    if not isinstance(x_request_id, Unset):
        headers["X-Request-Id"] = x_request_id

    if not isinstance(x_correlation_id, Unset):
        headers["X-Correlation-Id"] = x_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/workflows/{workflow_id}/repair".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommandErrorResponse | CommandResult | ErrorResponse | None:
    from ...models.command_error_response import CommandErrorResponse
    from ...models.command_result import CommandResult
    from ...models.error_response import ErrorResponse

    if response.status_code == 200:
        response_200 = CommandResult.from_dict(response.json())

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
        response_404 = CommandErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CommandErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = CommandErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommandErrorResponse | CommandResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: RepairWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> Response[CommandErrorResponse | CommandResult | ErrorResponse]:
    """Repair a workflow's stuck task dispatch.

    Args:
        workflow_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        x_request_id (str | Unset):
        x_correlation_id (str | Unset):
        body (RepairWorkflowRequest | Unset): Repair a run's task dispatch (clients usually send
            `{}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandErrorResponse | CommandResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        x_request_id=x_request_id,
        x_correlation_id=x_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: RepairWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> CommandErrorResponse | CommandResult | ErrorResponse | None:
    """Repair a workflow's stuck task dispatch.

    Args:
        workflow_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        x_request_id (str | Unset):
        x_correlation_id (str | Unset):
        body (RepairWorkflowRequest | Unset): Repair a run's task dispatch (clients usually send
            `{}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandErrorResponse | CommandResult | ErrorResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        x_request_id=x_request_id,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: RepairWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> Response[CommandErrorResponse | CommandResult | ErrorResponse]:
    """Repair a workflow's stuck task dispatch.

    Args:
        workflow_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        x_request_id (str | Unset):
        x_correlation_id (str | Unset):
        body (RepairWorkflowRequest | Unset): Repair a run's task dispatch (clients usually send
            `{}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandErrorResponse | CommandResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        x_request_id=x_request_id,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: RepairWorkflowRequest | Unset = UNSET,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> CommandErrorResponse | CommandResult | ErrorResponse | None:
    """Repair a workflow's stuck task dispatch.

    Args:
        workflow_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        x_request_id (str | Unset):
        x_correlation_id (str | Unset):
        body (RepairWorkflowRequest | Unset): Repair a run's task dispatch (clients usually send
            `{}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandErrorResponse | CommandResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
