from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.build_id_request import BuildIdRequest
    from ...models.error_response import ErrorResponse
    from ...models.task_queue_build_id_rollout_state import TaskQueueBuildIdRolloutState


def _get_kwargs(
    task_queue: str,
    *,
    body: BuildIdRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/task-queues/{task_queue}/build-ids/drain".format(
            task_queue=quote(str(task_queue), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskQueueBuildIdRolloutState | None:
    from ...models.error_response import ErrorResponse
    from ...models.task_queue_build_id_rollout_state import TaskQueueBuildIdRolloutState

    if response.status_code == 200:
        response_200 = TaskQueueBuildIdRolloutState.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaskQueueBuildIdRolloutState]:
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
    body: BuildIdRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | TaskQueueBuildIdRolloutState]:
    """Mark a build-id cohort as draining.

     Operator role. Its workers keep in-flight work but stop claiming new tasks; workers heartbeating
    later under the same build id are draining too. Idempotent; repeated drains keep the first
    `drained_at`.

    Args:
        task_queue (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (BuildIdRequest): Body of the build-id drain, resume and promote routes. The
            `build_id` key must be present; null, empty or whitespace selects the unversioned cohort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskQueueBuildIdRolloutState]
    """

    kwargs = _get_kwargs(
        task_queue=task_queue,
        body=body,
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
    body: BuildIdRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | TaskQueueBuildIdRolloutState | None:
    """Mark a build-id cohort as draining.

     Operator role. Its workers keep in-flight work but stop claiming new tasks; workers heartbeating
    later under the same build id are draining too. Idempotent; repeated drains keep the first
    `drained_at`.

    Args:
        task_queue (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (BuildIdRequest): Body of the build-id drain, resume and promote routes. The
            `build_id` key must be present; null, empty or whitespace selects the unversioned cohort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskQueueBuildIdRolloutState
    """

    return sync_detailed(
        task_queue=task_queue,
        client=client,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    task_queue: str,
    *,
    client: AuthenticatedClient,
    body: BuildIdRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | TaskQueueBuildIdRolloutState]:
    """Mark a build-id cohort as draining.

     Operator role. Its workers keep in-flight work but stop claiming new tasks; workers heartbeating
    later under the same build id are draining too. Idempotent; repeated drains keep the first
    `drained_at`.

    Args:
        task_queue (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (BuildIdRequest): Body of the build-id drain, resume and promote routes. The
            `build_id` key must be present; null, empty or whitespace selects the unversioned cohort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskQueueBuildIdRolloutState]
    """

    kwargs = _get_kwargs(
        task_queue=task_queue,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_queue: str,
    *,
    client: AuthenticatedClient,
    body: BuildIdRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | TaskQueueBuildIdRolloutState | None:
    """Mark a build-id cohort as draining.

     Operator role. Its workers keep in-flight work but stop claiming new tasks; workers heartbeating
    later under the same build id are draining too. Idempotent; repeated drains keep the first
    `drained_at`.

    Args:
        task_queue (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (BuildIdRequest): Body of the build-id drain, resume and promote routes. The
            `build_id` key must be present; null, empty or whitespace selects the unversioned cohort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskQueueBuildIdRolloutState
    """

    return (
        await asyncio_detailed(
            task_queue=task_queue,
            client=client,
            body=body,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
