from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.start_workflow_error_response import StartWorkflowErrorResponse
    from ...models.start_workflow_request import StartWorkflowRequest
    from ...models.start_workflow_response import StartWorkflowResponse
    from ...models.workflow_error_response import WorkflowErrorResponse


def _get_kwargs(
    *,
    body: StartWorkflowRequest,
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
        "url": "/api/workflows",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | StartWorkflowErrorResponse
    | StartWorkflowResponse
    | WorkflowErrorResponse
    | None
):
    from ...models.error_response import ErrorResponse
    from ...models.start_workflow_error_response import StartWorkflowErrorResponse
    from ...models.start_workflow_response import StartWorkflowResponse
    from ...models.workflow_error_response import WorkflowErrorResponse

    if response.status_code == 200:
        response_200 = StartWorkflowResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = StartWorkflowResponse.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = StartWorkflowErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = StartWorkflowErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse | StartWorkflowErrorResponse | StartWorkflowResponse | WorkflowErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartWorkflowRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> Response[
    ErrorResponse | StartWorkflowErrorResponse | StartWorkflowResponse | WorkflowErrorResponse
]:
    """Start a workflow.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        x_request_id (str | Unset):
        x_correlation_id (str | Unset):
        body (StartWorkflowRequest): Start a workflow. The legacy fields
            `workflow_execution_timeout`, `workflow_run_timeout`, `workflow_task_timeout`,
            `retry_policy`, `idempotency_key` and `request_id` are rejected with 422 when present at
            all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StartWorkflowErrorResponse | StartWorkflowResponse | WorkflowErrorResponse]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient,
    body: StartWorkflowRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> (
    ErrorResponse
    | StartWorkflowErrorResponse
    | StartWorkflowResponse
    | WorkflowErrorResponse
    | None
):
    """Start a workflow.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        x_request_id (str | Unset):
        x_correlation_id (str | Unset):
        body (StartWorkflowRequest): Start a workflow. The legacy fields
            `workflow_execution_timeout`, `workflow_run_timeout`, `workflow_task_timeout`,
            `retry_policy`, `idempotency_key` and `request_id` are rejected with 422 when present at
            all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StartWorkflowErrorResponse | StartWorkflowResponse | WorkflowErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        x_request_id=x_request_id,
        x_correlation_id=x_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartWorkflowRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> Response[
    ErrorResponse | StartWorkflowErrorResponse | StartWorkflowResponse | WorkflowErrorResponse
]:
    """Start a workflow.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        x_request_id (str | Unset):
        x_correlation_id (str | Unset):
        body (StartWorkflowRequest): Start a workflow. The legacy fields
            `workflow_execution_timeout`, `workflow_run_timeout`, `workflow_task_timeout`,
            `retry_policy`, `idempotency_key` and `request_id` are rejected with 422 when present at
            all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StartWorkflowErrorResponse | StartWorkflowResponse | WorkflowErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        x_request_id=x_request_id,
        x_correlation_id=x_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartWorkflowRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
    x_request_id: str | Unset = UNSET,
    x_correlation_id: str | Unset = UNSET,
) -> (
    ErrorResponse
    | StartWorkflowErrorResponse
    | StartWorkflowResponse
    | WorkflowErrorResponse
    | None
):
    """Start a workflow.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        x_request_id (str | Unset):
        x_correlation_id (str | Unset):
        body (StartWorkflowRequest): Start a workflow. The legacy fields
            `workflow_execution_timeout`, `workflow_run_timeout`, `workflow_task_timeout`,
            `retry_policy`, `idempotency_key` and `request_id` are rejected with 422 when present at
            all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StartWorkflowErrorResponse | StartWorkflowResponse | WorkflowErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
        )
    ).parsed
