from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.bridge_adapter_outcome import BridgeAdapterOutcome
    from ...models.bridge_webhook_request import BridgeWebhookRequest
    from ...models.error_response import ErrorResponse


def _get_kwargs(
    adapter: str,
    *,
    body: BridgeWebhookRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_namespace, Unset):
        headers["X-Namespace"] = x_namespace

    headers["X-Durable-Workflow-Control-Plane-Version"] = x_durable_workflow_control_plane_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/bridge-adapters/webhook/{adapter}".format(
            adapter=quote(str(adapter), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BridgeAdapterOutcome | ErrorResponse | None:
    from ...models.bridge_adapter_outcome import BridgeAdapterOutcome
    from ...models.error_response import ErrorResponse

    if response.status_code == 200:
        response_200 = BridgeAdapterOutcome.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BridgeAdapterOutcome.from_dict(response.json())

        return response_202

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
        response_422 = BridgeAdapterOutcome.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BridgeAdapterOutcome | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    adapter: str,
    *,
    client: AuthenticatedClient,
    body: BridgeWebhookRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[BridgeAdapterOutcome | ErrorResponse]:
    """Turn one external event into a workflow command.

     Start, signal or update a workflow from a webhook event, with idempotency. The answer is always an
    outcome document, rejections included (HTTP 422).

    Args:
        adapter (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (BridgeWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BridgeAdapterOutcome | ErrorResponse]
    """

    kwargs = _get_kwargs(
        adapter=adapter,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    adapter: str,
    *,
    client: AuthenticatedClient,
    body: BridgeWebhookRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> BridgeAdapterOutcome | ErrorResponse | None:
    """Turn one external event into a workflow command.

     Start, signal or update a workflow from a webhook event, with idempotency. The answer is always an
    outcome document, rejections included (HTTP 422).

    Args:
        adapter (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (BridgeWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BridgeAdapterOutcome | ErrorResponse
    """

    return sync_detailed(
        adapter=adapter,
        client=client,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    ).parsed


async def asyncio_detailed(
    adapter: str,
    *,
    client: AuthenticatedClient,
    body: BridgeWebhookRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> Response[BridgeAdapterOutcome | ErrorResponse]:
    """Turn one external event into a workflow command.

     Start, signal or update a workflow from a webhook event, with idempotency. The answer is always an
    outcome document, rejections included (HTTP 422).

    Args:
        adapter (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (BridgeWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BridgeAdapterOutcome | ErrorResponse]
    """

    kwargs = _get_kwargs(
        adapter=adapter,
        body=body,
        x_namespace=x_namespace,
        x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    adapter: str,
    *,
    client: AuthenticatedClient,
    body: BridgeWebhookRequest,
    x_namespace: str | Unset = UNSET,
    x_durable_workflow_control_plane_version: str,
) -> BridgeAdapterOutcome | ErrorResponse | None:
    """Turn one external event into a workflow command.

     Start, signal or update a workflow from a webhook event, with idempotency. The answer is always an
    outcome document, rejections included (HTTP 422).

    Args:
        adapter (str):
        x_namespace (str | Unset):
        x_durable_workflow_control_plane_version (str):
        body (BridgeWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BridgeAdapterOutcome | ErrorResponse
    """

    return (
        await asyncio_detailed(
            adapter=adapter,
            client=client,
            body=body,
            x_namespace=x_namespace,
            x_durable_workflow_control_plane_version=x_durable_workflow_control_plane_version,
        )
    ).parsed
