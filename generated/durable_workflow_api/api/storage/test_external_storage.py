from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.storage_test_error_response import StorageTestErrorResponse
    from ...models.storage_test_request import StorageTestRequest
    from ...models.storage_test_result import StorageTestResult


def _get_kwargs(
    *,
    body: StorageTestRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/storage/test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StorageTestErrorResponse | StorageTestResult | None:
    from ...models.error_response import ErrorResponse
    from ...models.storage_test_error_response import StorageTestErrorResponse
    from ...models.storage_test_result import StorageTestResult

    if response.status_code == 200:
        response_200 = StorageTestResult.from_dict(response.json())

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
        response_422 = StorageTestErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | StorageTestErrorResponse | StorageTestResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StorageTestRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | StorageTestErrorResponse | StorageTestResult]:
    """Round-trip probe of the namespace's external payload storage.

     Admin role; the namespace (from `X-Namespace`) must exist. Writes, reads back, verifies (SHA-256)
    and deletes one payload of each size. A diagnostic failure answers 422 with `status: failed`; an
    integrity failure answers 500.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (StorageTestRequest): Body of `POST /api/storage/test`. The server requires both
            sizes (the reference SDK treats them as optional; omitting them yields `422
            validation_failed`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StorageTestErrorResponse | StorageTestResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StorageTestRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | StorageTestErrorResponse | StorageTestResult | None:
    """Round-trip probe of the namespace's external payload storage.

     Admin role; the namespace (from `X-Namespace`) must exist. Writes, reads back, verifies (SHA-256)
    and deletes one payload of each size. A diagnostic failure answers 422 with `status: failed`; an
    integrity failure answers 500.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (StorageTestRequest): Body of `POST /api/storage/test`. The server requires both
            sizes (the reference SDK treats them as optional; omitting them yields `422
            validation_failed`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StorageTestErrorResponse | StorageTestResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StorageTestRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[ErrorResponse | StorageTestErrorResponse | StorageTestResult]:
    """Round-trip probe of the namespace's external payload storage.

     Admin role; the namespace (from `X-Namespace`) must exist. Writes, reads back, verifies (SHA-256)
    and deletes one payload of each size. A diagnostic failure answers 422 with `status: failed`; an
    integrity failure answers 500.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (StorageTestRequest): Body of `POST /api/storage/test`. The server requires both
            sizes (the reference SDK treats them as optional; omitting them yields `422
            validation_failed`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StorageTestErrorResponse | StorageTestResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StorageTestRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> ErrorResponse | StorageTestErrorResponse | StorageTestResult | None:
    """Round-trip probe of the namespace's external payload storage.

     Admin role; the namespace (from `X-Namespace`) must exist. Writes, reads back, verifies (SHA-256)
    and deletes one payload of each size. A diagnostic failure answers 422 with `status: failed`; an
    integrity failure answers 500.

    Args:
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (StorageTestRequest): Body of `POST /api/storage/test`. The server requires both
            sizes (the reference SDK treats them as optional; omitting them yields `422
            validation_failed`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StorageTestErrorResponse | StorageTestResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
