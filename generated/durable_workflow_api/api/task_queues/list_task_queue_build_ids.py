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
    from ...models.task_queue_build_id_rollout import TaskQueueBuildIdRollout


def _get_kwargs(
    task_queue: str,
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
        "url": "/api/task-queues/{task_queue}/build-ids".format(
            task_queue=quote(str(task_queue), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskQueueBuildIdRollout | None:
    from ...models.error_response import ErrorResponse
    from ...models.task_queue_build_id_rollout import TaskQueueBuildIdRollout

    if response.status_code == 200:
        response_200 = TaskQueueBuildIdRollout.from_dict(response.json())

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
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaskQueueBuildIdRollout]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_queue: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | TaskQueueBuildIdRollout]:
    """Build-id rollout snapshot of a task queue.

     Operator role. Cohorts are sorted by rollout status (`active`, `active_with_draining`, `draining`,
    `stale_only`, others), named builds before the unversioned cohort, then most recent heartbeat first.

    Args:
        task_queue (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskQueueBuildIdRollout]
    """

    kwargs = _get_kwargs(
        task_queue=task_queue,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_queue: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | TaskQueueBuildIdRollout | None:
    """Build-id rollout snapshot of a task queue.

     Operator role. Cohorts are sorted by rollout status (`active`, `active_with_draining`, `draining`,
    `stale_only`, others), named builds before the unversioned cohort, then most recent heartbeat first.

    Args:
        task_queue (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskQueueBuildIdRollout
    """

    return sync_detailed(
        task_queue=task_queue,
        client=client,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    task_queue: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | TaskQueueBuildIdRollout]:
    """Build-id rollout snapshot of a task queue.

     Operator role. Cohorts are sorted by rollout status (`active`, `active_with_draining`, `draining`,
    `stale_only`, others), named builds before the unversioned cohort, then most recent heartbeat first.

    Args:
        task_queue (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskQueueBuildIdRollout]
    """

    kwargs = _get_kwargs(
        task_queue=task_queue,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_queue: str,
    *,
    client: AuthenticatedClient,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | TaskQueueBuildIdRollout | None:
    """Build-id rollout snapshot of a task queue.

     Operator role. Cohorts are sorted by rollout status (`active`, `active_with_draining`, `draining`,
    `stale_only`, others), named builds before the unversioned cohort, then most recent heartbeat first.

    Args:
        task_queue (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskQueueBuildIdRollout
    """

    return (
        await asyncio_detailed(
            task_queue=task_queue,
            client=client,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
