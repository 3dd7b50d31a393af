from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.worker_plane_error import WorkerPlaneError
    from ...models.worker_session_heartbeat_request import WorkerSessionHeartbeatRequest
    from ...models.worker_session_operation_response import WorkerSessionOperationResponse


def _get_kwargs(
    session_id: str,
    *,
    body: WorkerSessionHeartbeatRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Durable-Workflow-Protocol-Version"] = x_durable_workflow_protocol_version

    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/worker/sessions/{session_id}/heartbeat".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkerPlaneError | WorkerSessionOperationResponse | None:
    from ...models.worker_plane_error import WorkerPlaneError
    from ...models.worker_session_operation_response import WorkerSessionOperationResponse

    if response.status_code == 200:
        response_200 = WorkerSessionOperationResponse.from_dict(response.json())

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
        response_404 = WorkerSessionOperationResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WorkerSessionOperationResponse.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = WorkerSessionOperationResponse.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = WorkerPlaneError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = WorkerPlaneError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = WorkerSessionOperationResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkerPlaneError | WorkerSessionOperationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkerSessionHeartbeatRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[WorkerPlaneError | WorkerSessionOperationResponse]:
    """Renew the lease of a worker session held by this worker.

    Args:
        session_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (WorkerSessionHeartbeatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkerPlaneError | WorkerSessionOperationResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkerSessionHeartbeatRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> WorkerPlaneError | WorkerSessionOperationResponse | None:
    """Renew the lease of a worker session held by this worker.

    Args:
        session_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (WorkerSessionHeartbeatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkerPlaneError | WorkerSessionOperationResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkerSessionHeartbeatRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[WorkerPlaneError | WorkerSessionOperationResponse]:
    """Renew the lease of a worker session held by this worker.

    Args:
        session_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (WorkerSessionHeartbeatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkerPlaneError | WorkerSessionOperationResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkerSessionHeartbeatRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> WorkerPlaneError | WorkerSessionOperationResponse | None:
    """Renew the lease of a worker session held by this worker.

    Args:
        session_id (str):
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (WorkerSessionHeartbeatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkerPlaneError | WorkerSessionOperationResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
            x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
            x_namespace=x_namespace,
        )
    ).parsed
