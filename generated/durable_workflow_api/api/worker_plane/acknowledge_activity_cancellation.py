from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.activity_task_cancellation_ack_request import ActivityTaskCancellationAckRequest
    from ...models.activity_task_cancellation_ack_response import (
        ActivityTaskCancellationAckResponse,
    )
    from ...models.activity_task_rejection import ActivityTaskRejection
    from ...models.worker_plane_error import WorkerPlaneError


def _get_kwargs(
    task_id: str,
    *,
    body: ActivityTaskCancellationAckRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Durable-Workflow-Protocol-Version"] = x_durable_workflow_protocol_version

    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/worker/activity-tasks/{task_id}/acknowledge-cancellation".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError | None:
    from ...models.activity_task_cancellation_ack_response import (
        ActivityTaskCancellationAckResponse,
    )
    from ...models.activity_task_rejection import ActivityTaskRejection
    from ...models.worker_plane_error import WorkerPlaneError

    if response.status_code == 200:
        response_200 = ActivityTaskCancellationAckResponse.from_dict(response.json())

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
        response_404 = ActivityTaskRejection.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ActivityTaskRejection.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = WorkerPlaneError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    body: ActivityTaskCancellationAckRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError]:
    """Report that a cancelled activity callback has stopped and been joined (protocol 1.20).

     Duplicates answer the original receipt. Never renews leases, records heartbeats, restores
    publication authority or extends the cleanup deadline.

    Args:
        task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (ActivityTaskCancellationAckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient,
    body: ActivityTaskCancellationAckRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError | None:
    """Report that a cancelled activity callback has stopped and been joined (protocol 1.20).

     Duplicates answer the original receipt. Never renews leases, records heartbeats, restores
    publication authority or extends the cleanup deadline.

    Args:
        task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (ActivityTaskCancellationAckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    body: ActivityTaskCancellationAckRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError]:
    """Report that a cancelled activity callback has stopped and been joined (protocol 1.20).

     Duplicates answer the original receipt. Never renews leases, records heartbeats, restores
    publication authority or extends the cleanup deadline.

    Args:
        task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (ActivityTaskCancellationAckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient,
    body: ActivityTaskCancellationAckRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError | None:
    """Report that a cancelled activity callback has stopped and been joined (protocol 1.20).

     Duplicates answer the original receipt. Never renews leases, records heartbeats, restores
    publication authority or extends the cleanup deadline.

    Args:
        task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (ActivityTaskCancellationAckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityTaskCancellationAckResponse | ActivityTaskRejection | WorkerPlaneError
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
            x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
            x_namespace=x_namespace,
        )
    ).parsed
