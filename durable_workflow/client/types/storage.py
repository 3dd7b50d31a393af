"""Storage-probe and bridge-adapter results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from durable_workflow.client.types._wire import (
    _bool,
    _int,
    _int_or,
    _map,
    _str,
    _str_or,
    wire_dict,
)


@dataclass
class StoragePayloadTestResult:
    """Result for one payload size exercised by the server storage probe."""

    status: str
    bytes: int | None = None
    sha256: str | None = None
    reference_uri: str | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> StoragePayloadTestResult:
        """Map ``small_payload`` / ``large_payload``."""
        d = wire_dict(data)
        return cls(
            status=_str_or(d.get("status"), ""),
            bytes=_int(d.get("bytes")),
            sha256=_str(d.get("sha256")),
            reference_uri=_str(d.get("reference_uri")),
            raw=d,
        )


@dataclass
class StorageTestResult:
    """Server response for an external payload storage probe."""

    status: str
    namespace: str | None = None
    driver: str | None = None
    small_payload: StoragePayloadTestResult | None = None
    large_payload: StoragePayloadTestResult | None = None
    raw: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any) -> StorageTestResult:
        """Map the storage probe document (passed or failed diagnostic)."""
        d = wire_dict(data)
        small, large = d.get("small_payload"), d.get("large_payload")
        return cls(
            status=_str_or(d.get("status"), ""),
            namespace=_str(d.get("namespace")),
            driver=_str(d.get("driver")),
            small_payload=StoragePayloadTestResult.from_wire(small)
            if isinstance(small, dict)
            else None,
            large_payload=StoragePayloadTestResult.from_wire(large)
            if isinstance(large, dict)
            else None,
            raw=d,
        )


# --------------------------------------------------------------------------- bridge adapters


@dataclass
class BridgeAdapterOutcome:
    """Machine-readable result returned by a bridge adapter event."""

    schema: str
    version: int
    adapter: str
    action: str | None
    accepted: bool
    outcome: str
    idempotency_key: str | None = None
    reason: str | None = None
    target: dict[str, Any] | None = None
    correlation: dict[str, Any] | None = None
    workflow_id: str | None = None
    run_id: str | None = None
    workflow_type: str | None = None
    control_plane_outcome: str | None = None
    raw: dict[str, Any] | None = field(default=None)

    @classmethod
    def from_wire(cls, data: Any) -> BridgeAdapterOutcome:
        """Map an outcome document (202, 200 or 422)."""
        d = wire_dict(data)
        return cls(
            schema=_str_or(d.get("schema"), ""),
            version=_int_or(d.get("version"), 0),
            adapter=_str_or(d.get("adapter"), ""),
            action=_str(d.get("action")),
            accepted=_bool(d.get("accepted")) or False,
            outcome=_str_or(d.get("outcome"), ""),
            idempotency_key=_str(d.get("idempotency_key")),
            reason=_str(d.get("reason")),
            target=_map(d.get("target")),
            correlation=_map(d.get("correlation")),
            workflow_id=_str(d.get("workflow_id")),
            run_id=_str(d.get("run_id")),
            workflow_type=_str(d.get("workflow_type")),
            control_plane_outcome=_str(d.get("control_plane_outcome")),
            raw=d,
        )
