from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.worker_plane_error import WorkerPlaneError
    from ...models.worker_register_conflict import WorkerRegisterConflict
    from ...models.worker_register_request import WorkerRegisterRequest
    from ...models.worker_register_response import WorkerRegisterResponse


def _get_kwargs(
    *,
    body: WorkerRegisterRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Durable-Workflow-Protocol-Version"] = x_durable_workflow_protocol_version

    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/worker/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse | None:
    from ...models.worker_plane_error import WorkerPlaneError
    from ...models.worker_register_conflict import WorkerRegisterConflict
    from ...models.worker_register_response import WorkerRegisterResponse

    if response.status_code == 201:
        response_201 = WorkerRegisterResponse.from_dict(response.json())

        return response_201

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
        response_409 = WorkerRegisterConflict.from_dict(response.json())

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
) -> Response[WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkerRegisterRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse]:
    """Register (upsert) a worker for one task queue in the namespace.

     Keyed by `(worker_id, namespace)`; marks the registration active (or draining when an operator
    drained its build id on the queue). Re-registering a changed workflow definition fingerprint under
    the same active worker id answers 409 `workflow_definition_changed`. Newer servers also refuse
    capabilities declared below their protocol floor (409).

    Args:
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (WorkerRegisterRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WorkerRegisterRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse | None:
    """Register (upsert) a worker for one task queue in the namespace.

     Keyed by `(worker_id, namespace)`; marks the registration active (or draining when an operator
    drained its build id on the queue). Re-registering a changed workflow definition fingerprint under
    the same active worker id answers 409 `workflow_definition_changed`. Newer servers also refuse
    capabilities declared below their protocol floor (409).

    Args:
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (WorkerRegisterRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkerRegisterRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> Response[WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse]:
    """Register (upsert) a worker for one task queue in the namespace.

     Keyed by `(worker_id, namespace)`; marks the registration active (or draining when an operator
    drained its build id on the queue). Re-registering a changed workflow definition fingerprint under
    the same active worker id answers 409 `workflow_definition_changed`. Newer servers also refuse
    capabilities declared below their protocol floor (409).

    Args:
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (WorkerRegisterRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
        x_namespace=x_namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkerRegisterRequest,
    x_durable_workflow_protocol_version: str,
    x_namespace: str | Unset = UNSET,
) -> WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse | None:
    """Register (upsert) a worker for one task queue in the namespace.

     Keyed by `(worker_id, namespace)`; marks the registration active (or draining when an operator
    drained its build id on the queue). Re-registering a changed workflow definition fingerprint under
    the same active worker id answers 409 `workflow_definition_changed`. Newer servers also refuse
    capabilities declared below their protocol floor (409).

    Args:
        x_durable_workflow_protocol_version (str):
        x_namespace (str | Unset):
        body (WorkerRegisterRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkerPlaneError | WorkerRegisterConflict | WorkerRegisterResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_durable_workflow_protocol_version=x_durable_workflow_protocol_version,
            x_namespace=x_namespace,
        )
    ).parsed
