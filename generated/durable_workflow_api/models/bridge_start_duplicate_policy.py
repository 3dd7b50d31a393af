from typing import Literal

BridgeStartDuplicatePolicy = Literal["reject_duplicate", "use_existing"]

BRIDGE_START_DUPLICATE_POLICY_VALUES: set[BridgeStartDuplicatePolicy] = {
    "reject_duplicate",
    "use_existing",
}


def check_bridge_start_duplicate_policy(value: str) -> BridgeStartDuplicatePolicy:
    if value in BRIDGE_START_DUPLICATE_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIDGE_START_DUPLICATE_POLICY_VALUES!r}"
    )
