from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.worker_plane_deregister_response import WorkerPlaneDeregisterResponse
    from ...models.worker_plane_error import WorkerPlaneError


def _get_kwargs(
    worker_id: str,
    *,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Durable-Workflow-Protocol-Version"] = x_durable_workflow_protocol_version

    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/worker/registrations/{worker_id}".format(
            worker_id=quote(str(worker_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkerPlaneDeregisterResponse | WorkerPlaneError | None:
    from ...models.worker_plane_deregister_response import WorkerPlaneDeregisterResponse
    from ...models.worker_plane_error import WorkerPlaneError

    if response.status_code == 200:
        response_200 = WorkerPlaneDeregisterResponse.from_dict(response.json())

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
        response_404 = WorkerPlaneError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WorkerPlaneError.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = WorkerPlaneError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkerPlaneDeregisterResponse | WorkerPlaneError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    worker_id: str,
    *,
    client: AuthenticatedClient,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[WorkerPlaneDeregisterResponse | WorkerPlaneError]:
    """Gracefully deregister a worker (unfenced) and release its workflow-task leases.

     Removes the registration in the resolved namespace and recovers its outstanding workflow- task
    leases for replacement workers. A 404 `worker_not_found` means it is already gone.

    Args:
        worker_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkerPlaneDeregisterResponse | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        worker_id=worker_id,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    worker_id: str,
    *,
    client: AuthenticatedClient,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> WorkerPlaneDeregisterResponse | WorkerPlaneError | None:
    """Gracefully deregister a worker (unfenced) and release its workflow-task leases.

     Removes the registration in the resolved namespace and recovers its outstanding workflow- task
    leases for replacement workers. A 404 `worker_not_found` means it is already gone.

    Args:
        worker_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkerPlaneDeregisterResponse | WorkerPlaneError
    """

    return sync_detailed(
        worker_id=worker_id,
        client=client,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    ).parsed


async def asyncio_detailed(
    worker_id: str,
    *,
    client: AuthenticatedClient,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[WorkerPlaneDeregisterResponse | WorkerPlaneError]:
    """Gracefully deregister a worker (unfenced) and release its workflow-task leases.

     Removes the registration in the resolved namespace and recovers its outstanding workflow- task
    leases for replacement workers. A 404 `worker_not_found` means it is already gone.

    Args:
        worker_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkerPlaneDeregisterResponse | WorkerPlaneError]
    """

    kwargs = _get_kwargs(
        worker_id=worker_id,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    worker_id: str,
    *,
    client: AuthenticatedClient,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> WorkerPlaneDeregisterResponse | WorkerPlaneError | None:
    """Gracefully deregister a worker (unfenced) and release its workflow-task leases.

     Removes the registration in the resolved namespace and recovers its outstanding workflow- task
    leases for replacement workers. A 404 `worker_not_found` means it is already gone.

    Args:
        worker_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkerPlaneDeregisterResponse | WorkerPlaneError
    """

    return (
        await asyncio_detailed(
            worker_id=worker_id,
            client=client,
            x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
            x_namespace=x_namespace,
        )
    ).parsed
