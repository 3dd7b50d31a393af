from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.local_activity_recover_request import LocalActivityRecoverRequest
    from ...models.local_activity_recover_response import LocalActivityRecoverResponse
    from ...models.worker_plane_error import WorkerPlaneError
    from ...models.workflow_task_rejection import WorkflowTaskRejection


def _get_kwargs(
    task_id: str,
    *,
    body: LocalActivityRecoverRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Durable-Workflow-Protocol-Version"] = x_durable_workflow_protocol_version

    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/worker/workflow-tasks/{task_id}/local-activities/recover".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection | None:
    from ...models.local_activity_recover_response import LocalActivityRecoverResponse
    from ...models.worker_plane_error import WorkerPlaneError
    from ...models.workflow_task_rejection import WorkflowTaskRejection

    if response.status_code == 200:
        response_200 = LocalActivityRecoverResponse.from_dict(response.json())

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
        response_404 = WorkflowTaskRejection.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WorkflowTaskRejection.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = WorkerPlaneError.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = WorkerPlaneError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection]:
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
    body: LocalActivityRecoverRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection]:
    """Recover an expired local activity attempt from a replacement workflow-task claim.

     Records the original callback's stop state as unknown and keeps the original total timeout budget
    (retry or terminal failure/time-out).

    Args:
        task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (LocalActivityRecoverRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection]
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
    body: LocalActivityRecoverRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection | None:
    """Recover an expired local activity attempt from a replacement workflow-task claim.

     Records the original callback's stop state as unknown and keeps the original total timeout budget
    (retry or terminal failure/time-out).

    Args:
        task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (LocalActivityRecoverRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection
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
    body: LocalActivityRecoverRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection]:
    """Recover an expired local activity attempt from a replacement workflow-task claim.

     Records the original callback's stop state as unknown and keeps the original total timeout budget
    (retry or terminal failure/time-out).

    Args:
        task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (LocalActivityRecoverRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection]
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
    body: LocalActivityRecoverRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection | None:
    """Recover an expired local activity attempt from a replacement workflow-task claim.

     Records the original callback's stop state as unknown and keeps the original total timeout budget
    (retry or terminal failure/time-out).

    Args:
        task_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (LocalActivityRecoverRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocalActivityRecoverResponse | WorkerPlaneError | WorkflowTaskRejection
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
