from typing import Literal

BridgeWebhookAction = Literal["signal_workflow", "start_workflow", "update_workflow"]

BRIDGE_WEBHOOK_ACTION_VALUES: set[BridgeWebhookAction] = {
    "signal_workflow",
    "start_workflow",
    "update_workflow",
}


def check_bridge_webhook_action(value: str) -> BridgeWebhookAction:
    if value in BRIDGE_WEBHOOK_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BRIDGE_WEBHOOK_ACTION_VALUES!r}")
