"""The webhook bridge adapter: one external event becomes one bounded workflow command."""

from __future__ import annotations

import hashlib

from ..errors import ID_PATTERN

ACTIONS = ("start_workflow", "signal_workflow", "update_workflow")
ADAPTER_PATTERN = ID_PATTERN
WORKFLOW_ID_PATTERN = ID_PATTERN


def default_workflow_id(adapter: str, idempotency_key: str) -> str:
    """The workflow id a start gets when the target names none."""
    digest = hashlib.sha256(idempotency_key.encode()).hexdigest()[:32]
    return f"bridge-{adapter}-{digest}"
