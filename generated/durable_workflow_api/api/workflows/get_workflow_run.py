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
    from ...models.workflow_error_response import WorkflowErrorResponse
    from ...models.workflow_run_detail import WorkflowRunDetail


def _get_kwargs(
    workflow_id: str,
    run_id: str,
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
        "url": "/api/workflows/{workflow_id}/runs/{run_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail | None:
    from ...models.error_response import ErrorResponse
    from ...models.workflow_error_response import WorkflowErrorResponse
    from ...models.workflow_run_detail import WorkflowRunDetail

    if response.status_code == 200:
        response_200 = WorkflowRunDetail.from_dict(response.json())

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
        response_404 = WorkflowErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail]:
    """Describe one run of a workflow.

    Args:
        workflow_id (str):
        run_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        run_id=run_id,
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
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail | None:
    """Describe one run of a workflow.

    Args:
        workflow_id (str):
        run_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail
    """

    return sync_detailed(
        workflow_id=workflow_id,
        run_id=run_id,
        client=client,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail]:
    """Describe one run of a workflow.

    Args:
        workflow_id (str):
        run_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        run_id=run_id,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail | None:
    """Describe one run of a workflow.

    Args:
        workflow_id (str):
        run_id (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowErrorResponse | WorkflowRunDetail
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            run_id=run_id,
            client=client,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
