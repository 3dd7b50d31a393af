"""Bridge adapters: ``POST /api/bridge-adapters/webhook/{adapter}``.

The route answers with an *outcome document* for accepted (202), duplicate (200) and rejected
(422) events alike; all three are returned as :class:`BridgeAdapterOutcome`. Only answers that
are not outcome documents (auth failures, a 422 validation envelope, 5xx, …) go through the
normal error mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from durable_workflow_api import models
from durable_workflow_api.api.bridge import bridge_adapter_webhook as _webhook

from durable_workflow import errors as e
from durable_workflow.client._core import ClientCore, Operation, decode_body
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.client.types import BridgeAdapterOutcome

#: Actions the webhook route accepts.
BRIDGE_ACTIONS = frozenset({"start_workflow", "signal_workflow", "update_workflow"})
#: What a target of each action needs.
_TARGET_REQUIRED = {
    "start_workflow": ("workflow_type",),
    "signal_workflow": ("workflow_id", "signal_name"),
    "update_workflow": ("workflow_id", "update_name"),
}
INVALID_BRIDGE_OUTCOME = "invalid_bridge_outcome"


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise e.InvalidArgument(f"{name} must be a non-empty string")
    return value


def _request_body(
    *,
    action: str,
    idempotency_key: str,
    target: Mapping[str, Any],
    input: Any,
    correlation: Mapping[str, Any] | None,
) -> models.BridgeWebhookRequest:
    if action not in BRIDGE_ACTIONS:
        raise e.InvalidArgument(
            f"action must be one of {', '.join(sorted(BRIDGE_ACTIONS))}; got {action!r}",
        )
    _text("idempotency_key", idempotency_key)
    if not isinstance(target, Mapping):
        raise e.InvalidArgument(f"target must be a dict, got {type(target).__name__}")
    missing = [k for k in _TARGET_REQUIRED[action] if not target.get(k)]
    if missing:
        raise e.InvalidArgument(f"target of {action} needs {', '.join(missing)}")
    if input is not None and not isinstance(input, Mapping | list | tuple):
        raise e.InvalidArgument(
            f"input must be a dict or a list (plain JSON), got {type(input).__name__}"
        )
    if correlation is not None and not isinstance(correlation, Mapping):
        raise e.InvalidArgument(f"correlation must be a dict, got {type(correlation).__name__}")
    body: dict[str, Any] = {
        "action": action,
        "idempotency_key": idempotency_key,
        "target": dict(target),
    }
    if input is not None:
        body["input"] = dict(input) if isinstance(input, Mapping) else list(input)
    if correlation is not None:
        body["correlation"] = dict(correlation)
    try:
        return models.BridgeWebhookRequest.from_dict(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise e.InvalidArgument(f"target of {action} is not valid: {exc}") from exc


# --------------------------------------------------------------------------- operations


def send_webhook_bridge_event(
    core: ClientCore,
    adapter: str,
    *,
    action: str,
    idempotency_key: str,
    target: dict[str, Any],
    input: Any,
    correlation: dict[str, Any] | None,
) -> Operation[BridgeAdapterOutcome]:
    """``POST /api/bridge-adapters/webhook/{adapter}``; 202/200/422 outcome documents returned."""
    _text("adapter", adapter)
    model = _request_body(
        action=action,
        idempotency_key=idempotency_key,
        target=target,
        input=input,
        correlation=correlation,
    )
    request = Request.from_kwargs(
        _webhook._get_kwargs(adapter, body=model, **core.control_header_args()),
        operation="send_webhook_bridge_event",
        ok_statuses=frozenset({422}),
    )
    response = yield request
    body = decode_body(response)
    is_outcome = isinstance(body, dict) and isinstance(body.get("outcome"), str)
    if response.status_code == 422 and not is_outcome:
        raise core.error_for(response, request)
    if not isinstance(body, dict) or not body or not is_outcome:
        raise e.UnexpectedResponse(
            f"send_webhook_bridge_event: expected a bridge outcome document, got "
            f"{'an empty body' if not body else type(body).__name__}",
            status=response.status_code,
            reason=INVALID_BRIDGE_OUTCOME,
            body=body,
        )
    return BridgeAdapterOutcome.from_wire(body)


# --------------------------------------------------------------------------- methods


class AsyncBridge(AsyncBase):
    """Bridge-adapter methods of :class:`~durable_workflow.client.AsyncClient`."""

    async def send_webhook_bridge_event(
        self,
        adapter: str,
        *,
        action: str,
        idempotency_key: str,
        target: dict[str, Any],
        input: dict[str, Any] | list[Any] | None = None,
        correlation: dict[str, Any] | None = None,
    ) -> BridgeAdapterOutcome:
        """Send one bounded webhook bridge event and return its contract outcome.

        ``action`` is ``start_workflow``, ``signal_workflow`` or ``update_workflow``;
        ``target`` is the action's target object (start: ``workflow_type`` and optionally
        ``workflow_id``, ``task_queue``, ``business_key``, ``duplicate_policy``
        ``reject_duplicate``/``use_existing``; signal: ``workflow_id``, ``signal_name``; update:
        ``workflow_id``, ``update_name``, ``wait_for``, ``wait_timeout_seconds``).
        ``idempotency_key`` (e.g. the provider's event id) deduplicates deliveries. ``input`` is
        sent as given (plain JSON, not a payload envelope); ``correlation`` is echoed back.

        The bridge endpoint intentionally returns machine-readable rejected outcomes as HTTP
        422. This method returns those outcomes (``accepted=False``, ``outcome="rejected"``,
        ``reason``) instead of raising :class:`InvalidArgument`, like accepted (202) and
        duplicate (200) ones, while auth and unexpected server failures still use the normal
        SDK exception mapping. An answer that is not an outcome document raises
        :class:`~durable_workflow.errors.UnexpectedResponse` (reason ``invalid_bridge_outcome``).
        An unknown ``action`` or a target missing its required keys raises
        :class:`~durable_workflow.errors.InvalidArgument` before sending.
        """
        return await self._run(
            send_webhook_bridge_event(
                self._core,
                adapter,
                action=action,
                idempotency_key=idempotency_key,
                target=target,
                input=input,
                correlation=correlation,
            )
        )


class SyncBridge(SyncBase):
    """Bridge-adapter methods of :class:`~durable_workflow.client.SyncClient`."""

    def send_webhook_bridge_event(
        self,
        adapter: str,
        *,
        action: str,
        idempotency_key: str,
        target: dict[str, Any],
        input: dict[str, Any] | list[Any] | None = None,
        correlation: dict[str, Any] | None = None,
    ) -> BridgeAdapterOutcome:
        """Send one bounded webhook bridge event and return its contract outcome.

        ``action`` is ``start_workflow``, ``signal_workflow`` or ``update_workflow``;
        ``target`` is the action's target object (start: ``workflow_type`` and optionally
        ``workflow_id``, ``task_queue``, ``business_key``, ``duplicate_policy``
        ``reject_duplicate``/``use_existing``; signal: ``workflow_id``, ``signal_name``; update:
        ``workflow_id``, ``update_name``, ``wait_for``, ``wait_timeout_seconds``).
        ``idempotency_key`` (e.g. the provider's event id) deduplicates deliveries. ``input`` is
        sent as given (plain JSON, not a payload envelope); ``correlation`` is echoed back.

        The bridge endpoint intentionally returns machine-readable rejected outcomes as HTTP
        422. This method returns those outcomes (``accepted=False``, ``outcome="rejected"``,
        ``reason``) instead of raising :class:`InvalidArgument`, like accepted (202) and
        duplicate (200) ones, while auth and unexpected server failures still use the normal
        SDK exception mapping. An answer that is not an outcome document raises
        :class:`~durable_workflow.errors.UnexpectedResponse` (reason ``invalid_bridge_outcome``).
        An unknown ``action`` or a target missing its required keys raises
        :class:`~durable_workflow.errors.InvalidArgument` before sending.
        """
        return self._run(
            send_webhook_bridge_event(
                self._core,
                adapter,
                action=action,
                idempotency_key=idempotency_key,
                target=target,
                input=input,
                correlation=correlation,
            )
        )
