"""The workflow reads other operations build on: describe and one history page.

``GET /api/workflows/{id}`` (the current run) and ``GET /api/workflows/{id}/runs/{run_id}/history``
(one page, optionally long-polled with ``wait_new_event``).
"""

from __future__ import annotations

from typing import Any

from durable_workflow_api.api.workflows import get_workflow as _get_workflow
from durable_workflow_api.api.workflows import get_workflow_run_history as _get_history
from durable_workflow_api.types import UNSET

from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._transport import Request


def checked_workflow_id(workflow_id: str) -> str:
    """``workflow_id`` when it is a non-empty string (path use), else ``InvalidArgument``."""
    if not isinstance(workflow_id, str) or not workflow_id:
        raise e.InvalidArgument("workflow_id must be a non-empty string")
    return workflow_id


def checked_run_id(run_id: str) -> str:
    """``run_id`` when it is a non-empty string (path use), else ``InvalidArgument``."""
    if not isinstance(run_id, str) or not run_id:
        raise e.InvalidArgument("run_id must be a non-empty string")
    return run_id


def describe_request(core: ClientCore, workflow_id: str, operation: str) -> Request:
    """``GET /api/workflows/{workflow_id}`` (the current run)."""
    return Request.from_kwargs(
        _get_workflow._get_kwargs(checked_workflow_id(workflow_id), **core.control_header_args()),
        operation=operation,
        not_found=e.WorkflowNotFound,
    )


def history_request(
    core: ClientCore,
    workflow_id: str,
    run_id: str,
    *,
    page_size: int | None = None,
    next_page_token: str | None = None,
    wait_new_event: bool = False,
    operation: str = "get_history",
    timeout: float | None = None,
) -> Request:
    """One ``GET …/runs/{run_id}/history`` request; ``wait_new_event`` makes it a long poll.

    A long poll is not repeated by the transport (``idempotent=False``): the waiting operation
    decides itself when to ask again, so a time-out never turns into a burst of retries.
    """
    kwargs = _get_history._get_kwargs(
        checked_workflow_id(workflow_id),
        checked_run_id(run_id),
        page_size=UNSET if page_size is None else page_size,
        next_page_token=UNSET if next_page_token is None else next_page_token,
        wait_new_event="1" if wait_new_event else UNSET,
        **core.control_header_args(),
    )
    return Request.from_kwargs(
        kwargs,
        operation=operation,
        not_found=e.WorkflowNotFound,
        timeout=timeout,
        idempotent=False if wait_new_event else None,
    )


def history_page(
    core: ClientCore,
    workflow_id: str,
    run_id: str,
    *,
    page_size: int | None = None,
    next_page_token: str | None = None,
    operation: str = "get_history",
) -> Operation[dict[str, Any]]:
    """One ``GET /api/workflows/{id}/runs/{run_id}/history`` page, as the raw object."""
    response = yield history_request(
        core,
        workflow_id,
        run_id,
        page_size=page_size,
        next_page_token=next_page_token,
        operation=operation,
    )
    return json_object(response, operation=operation)
